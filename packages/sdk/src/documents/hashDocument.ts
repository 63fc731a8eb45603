// Node only (node:fs): exported from `@lashou/sdk/node`.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Hex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import { hashChunks } from './hashChunks.js';

/** Parameters of {@link hashDocument}. */
export type HashDocumentParameters = {
  /** Path of the file (a diagnosis, a visit report, evidence). */
  path: string;
  /** Called after each chunk with bytes read so far and the total (for progress bars). */
  onProgress?: ((read: number, total: number) => void) | undefined;
};

/** keccak256 of the file's bytes, and its size. */
export type HashDocumentReturnType = { hash: Hex; size: number };

/**
 * Hashes a document with keccak256 while streaming it, so memory stays flat whatever its size.
 * Only this hash goes on chain; the document stays with its owner.
 * @example
 * const { hash } = await hashDocument({ path: 'diagnosis.pdf' })
 */
export async function hashDocument({ path, onProgress }: HashDocumentParameters): Promise<HashDocumentReturnType> {
  let total: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InvalidInputError(`${path} is not a file: give the path of the document`, { code: 'document.notAFile', params: { path } });
    total = info.size;
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      cause: error,
      code: 'document.unreadable',
      params: { path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
    });
  }
  return hashChunks(createReadStream(path, { highWaterMark: 1 << 20 }), total, onProgress);
}
