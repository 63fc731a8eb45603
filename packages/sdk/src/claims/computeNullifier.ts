import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, concatBytes, hexToBytes, numberToBytes, stringToBytes, type Hex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import type { IdentityInput } from '../identity/encodeIdentity.js';
import { type PersonKey, normalisePersonKey, personKey } from '../identity/personKey.js';

/** The version tag of the nullifier message (docs/identity.md). */
export const NULLIFIER_VERSION = 'lashou-nullifier-v2';

/** Parameters of {@link computeNullifier}: the person key, or an identity to take it from with `personKey(identity)`. */
export type ComputeNullifierParameters = (
  | {
      /** The claimant's person key (`personKey(identity, { residentId })`). */
      person: PersonKey;
      identity?: undefined;
    }
  | {
      /**
       * Shorthand for `person: personKey(identity)`: refused for a passport issued by CHN (whose key needs the resident
       * ID number) and blind to a renewed foreign passport; call `personKey` with its options for those.
       */
      identity: IdentityInput;
      person?: undefined;
    }
) & {
  /** The operator's secret key: at least 32 bytes, kept off chain. */
  operatorSecret: Hex;
  /** The generation of that secret: 1 for the first, 2 after the first rotation, … (default 1). */
  generation?: number | undefined;
};
/** The 32-byte nullifier the operator records with an approval. */
export type ComputeNullifierReturnType = Hex;

/**
 * The operator's keyed nullifier of a person: `HMAC-SHA256(operatorSecret, "lashou-nullifier-v2" ‖ 0x00 ‖
 * uint32be(generation) ‖ 0x00 ‖ kind ‖ 0x00 ‖ number)` over the person key (docs/identity.md). One resident ID number
 * gives one nullifier whatever document, address, salt or spelling of the name the person uses, so that one person is
 * paid once. Without the secret nobody can test ID numbers against it.
 * @example
 * const person = personKey(identity, { residentId }) // residentId: required for a passport issued by CHN
 * const nullifier = computeNullifier({ person, operatorSecret, generation: 1 })
 */
export function computeNullifier(parameters: ComputeNullifierParameters): ComputeNullifierReturnType {
  const { operatorSecret, generation = 1 } = parameters;
  if (typeof operatorSecret !== 'string' || !/^0x([0-9a-fA-F]{2}){32,}$/.test(operatorSecret)) {
    throw new InvalidInputError('the operator secret must be at least 32 bytes of hex (0x + 64 or more hex digits)', { code: 'nullifier.operatorSecret' });
  }
  if (!Number.isInteger(generation) || generation < 1 || generation > 0xffffffff) {
    throw new InvalidInputError('the generation of the operator secret must be a whole number from 1 (the first secret; 2 after the first rotation, …)', { code: 'nullifier.generation' });
  }
  const person = parameters.person !== undefined ? normalisePersonKey(parameters.person) : personKey(parameters.identity);
  const zero = new Uint8Array([0]);
  const message = concatBytes([
    stringToBytes(NULLIFIER_VERSION), zero,
    numberToBytes(generation, { size: 4 }), zero,
    stringToBytes(person.kind), zero,
    stringToBytes(person.number),
  ]);
  return bytesToHex(hmac(sha256, hexToBytes(operatorSecret), message));
}
