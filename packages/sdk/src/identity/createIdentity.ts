import type { Hex } from 'viem';
import { IDENTITY_VERSION, computeIdentityCommitment, generateSalt, normaliseIdentity, type IdentityInput, type IdentitySecret } from './encodeIdentity.js';

/** Parameters of {@link createIdentity}. */
export type CreateIdentityParameters = IdentityInput & {
  /** A salt to reuse (tests, recovery); by default 32 fresh bytes from the CSPRNG. */
  salt?: Hex | undefined;
};

/** A normalised identity, its salt and its commitment: everything the member must keep. */
export type CreateIdentityReturnType = IdentitySecret & { version: typeof IDENTITY_VERSION; commitment: Hex };

/**
 * Validates and normalises a person's identity, draws a 256-bit salt and computes the commitment that
 * goes on chain. Nothing leaves the machine; keep the result with `saveIdentity`.
 * @example
 * const identity = createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name: '张三' })
 * await joinPool(client, { pool, identityCommitment: identity.commitment, deposit })
 */
export function createIdentity(parameters: CreateIdentityParameters): CreateIdentityReturnType {
  const normalised = normaliseIdentity(parameters);
  const salt = parameters.salt ?? generateSalt();
  const secret = { ...normalised, salt };
  return { version: IDENTITY_VERSION, ...secret, commitment: computeIdentityCommitment(secret) };
}
