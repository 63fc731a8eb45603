import { keccak_256 } from '@noble/hashes/sha3';
import { type Hex, bytesToHex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';

/** keccak256 of the bytes, and how many there were (the same shape as `hashDocument`'s result). */
export type HashBytesReturnType = { hash: Hex; size: number };

/**
 * Hashes a document already in memory with keccak256: the same hash `hashDocument` gives for a file with these
 * bytes and `hashBlob` for a Blob of them. Only this hash goes on chain; the document stays with its owner.
 * @example
 * const { hash } = hashBytes(new TextEncoder().encode('visit report'))
 */
export function hashBytes(bytes: Uint8Array): HashBytesReturnType {
  if (!(bytes instanceof Uint8Array)) {
    throw new InvalidInputError(`hashBytes needs a Uint8Array, not ${bytes === null ? 'null' : typeof bytes}: pass the document's bytes (or use hashBlob for a File)`, { code: 'document.notBytes', params: { given: bytes === null ? 'null' : typeof bytes } });
  }
  return { hash: bytesToHex(keccak_256(bytes)), size: bytes.length };
}
