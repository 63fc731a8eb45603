import { keccak_256 } from '@noble/hashes/sha3';
import { type Hex, bytesToHex } from 'viem';

/**
 * keccak256 over chunks as they arrive, reporting bytes read after each: the one streaming loop of `hashBlob`
 * (browser) and `hashDocument` (Node). Internal: not exported from the package.
 */
export async function hashChunks(
  chunks: AsyncIterable<Uint8Array>,
  total: number,
  onProgress: ((read: number, total: number) => void) | undefined,
): Promise<{ hash: Hex; size: number }> {
  const hasher = keccak_256.create();
  let read = 0;
  for await (const chunk of chunks) {
    hasher.update(chunk);
    read += chunk.length;
    onProgress?.(read, total);
  }
  return { hash: bytesToHex(hasher.digest()), size: read };
}
