import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, concatBytes, hexToBytes, stringToBytes, type Hex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import { type IdentityInput, normaliseIdentity } from '../identity/encodeIdentity.js';

/** The version tag of the nullifier message (docs/identity.md). */
export const NULLIFIER_VERSION = 'lashou-nullifier-v1';

/** Parameters of {@link computeNullifier}. */
export type ComputeNullifierParameters = {
  /** The claimant's identity, as revealed to the operator off chain (the salt is not used). */
  identity: IdentityInput;
  /** The operator's secret key: at least 32 bytes, kept off chain. */
  operatorSecret: Hex;
};
/** The 32-byte nullifier the operator records with an approval. */
export type ComputeNullifierReturnType = Hex;

/**
 * The operator's keyed nullifier of a person: `HMAC-SHA256(operatorSecret, "lashou-nullifier-v1" ‖ 0x00 ‖
 * docType ‖ 0x00 ‖ idNumber)`, fields normalised as for commitments. Name and salt are left out on purpose:
 * the same person must get the same nullifier whatever address, salt or spelling of the name they use, so
 * that one person is paid once. Without the secret nobody can test ID numbers against it.
 * @example
 * const nullifier = computeNullifier({ identity: { docType: 'CN_RESIDENT_ID', idNumber, name }, operatorSecret })
 */
export function computeNullifier(parameters: ComputeNullifierParameters): ComputeNullifierReturnType {
  const { operatorSecret } = parameters;
  if (!/^0x([0-9a-fA-F]{2}){32,}$/.test(operatorSecret)) {
    throw new InvalidInputError('the operator secret must be at least 32 bytes of hex (0x + 64 or more hex digits)', { code: 'nullifier.operatorSecret' });
  }
  const { docType, idNumber } = normaliseIdentity(parameters.identity);
  const zero = new Uint8Array([0]);
  const message = concatBytes([stringToBytes(NULLIFIER_VERSION), zero, stringToBytes(docType), zero, stringToBytes(idNumber)]);
  return bytesToHex(hmac(sha256, hexToBytes(operatorSecret), message));
}
