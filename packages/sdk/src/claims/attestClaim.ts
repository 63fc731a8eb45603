import type { Account, Address, Hex } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId, requireHash } from './internal.js';

/** Parameters of {@link attestClaim}. */
export type AttestClaimParameters = {
  claims: Address;
  claimId: bigint;
  slot: number;
  /** `hashDocument(...).hash` of the signed visit report. */
  reportHash: Hex;
  /** true: the patient is as the claim says; false: the witness rejects (the operator arbitrates). Default true. */
  approve?: boolean | undefined;
  account?: Account | Address | undefined;
};
export type AttestClaimReturnType = WriteResult;

/**
 * An accepted witness attests after the visit, with the hash of the signed visit report.
 * @example
 * await attestClaim(witnessClient, { claims, claimId, slot: 0, reportHash: hashDocument({ bytes }).hash })
 */
export async function attestClaim(client: LashouClient, parameters: AttestClaimParameters): Promise<AttestClaimReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  const reportHash = requireHash('visit report hash', parameters.reportHash);
  return claimsWrite(client, {
    claims: parameters.claims, functionName: 'attest', args: [claimId, BigInt(parameters.slot), reportHash, parameters.approve ?? true], account: parameters.account,
  });
}
