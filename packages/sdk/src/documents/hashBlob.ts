import type { Hex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import { hashChunks } from './hashChunks.js';

/** Options of {@link hashBlob}. */
export type HashBlobParameters = {
  /** Called after each chunk with bytes read so far and the total (`blob.size`), for progress bars. */
  onProgress?: ((read: number, total: number) => void) | undefined;
};

/** keccak256 of the blob's bytes, and its size (the same shape as `hashDocument`'s result). */
export type HashBlobReturnType = { hash: Hex; size: number };

/** Slice size when a Blob has no `stream()` (older browsers). */
const SLICE = 1 << 20;

/**
 * Hashes a Blob or File (a diagnosis, a visit report, evidence chosen in the browser) with keccak256 while
 * streaming it through `blob.stream()`, so memory stays flat whatever its size. Gives the same hash as
 * `hashDocument` on a file with the same bytes, and `hashBytes` on the bytes themselves. Only this hash goes on
 * chain; the document stays with its owner.
 * @example
 * const file = input.files[0]
 * const { hash } = await hashBlob(file, { onProgress: (read, total) => setProgress(read / total) })
 */
export async function hashBlob(blob: Blob, { onProgress }: HashBlobParameters = {}): Promise<HashBlobReturnType> {
  if (typeof blob !== 'object' || blob === null || typeof blob.size !== 'number' || typeof blob.slice !== 'function') {
    throw new InvalidInputError(`hashBlob needs a Blob or File, not ${blob === null ? 'null' : typeof blob}: pass the file the user chose`, { code: 'document.notBlob', params: { given: blob === null ? 'null' : typeof blob } });
  }
  return hashChunks(blobChunks(blob), blob.size, onProgress);
}

/** The blob's bytes through `stream()`, or in slices where a Blob has none. */
async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  if (typeof blob.stream === 'function') {
    const reader = blob.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  for (let offset = 0; offset < blob.size; offset += SLICE) {
    yield new Uint8Array(await blob.slice(offset, offset + SLICE).arrayBuffer());
  }
}
