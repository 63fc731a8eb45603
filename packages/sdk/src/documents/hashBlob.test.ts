import assert from 'node:assert/strict';
import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { keccak256 } from 'viem';
import { hashBlob } from './hashBlob.js';
import { hashBytes } from './hashBytes.js';
import { hashDocument } from './hashDocument.js';

/** Deterministic bytes that are not all alike (a stuck chunk or a skipped one changes the hash). */
function sampleBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let x = 0x2545f491;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

test('hashBytes and hashBlob equal hashDocument of the same file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lashou-blob-'));
  try {
    // Empty, one byte, and a size that spans several stream chunks and ends mid-chunk.
    for (const size of [0, 1, 3 * 1024 * 1024 + 17]) {
      const bytes = sampleBytes(size);
      const path = join(dir, `document-${size}.bin`);
      writeFileSync(path, bytes);
      const fromFile = await hashDocument({ path });
      assert.equal(fromFile.hash, keccak256(bytes), 'hashDocument is keccak256 of the bytes');
      assert.deepEqual(hashBytes(bytes), fromFile, `hashBytes, ${size} bytes`);
      assert.deepEqual(await hashBlob(new Blob([bytes])), fromFile, `hashBlob of an in-memory Blob, ${size} bytes`);
      assert.deepEqual(await hashBlob(await openAsBlob(path)), fromFile, `hashBlob of the file as a Blob, ${size} bytes`);
      // A File (what an <input type="file"> gives) assembled from several parts hashes the same.
      const file = new File([bytes.subarray(0, size >> 1), bytes.subarray(size >> 1)], 'diagnosis.pdf', { type: 'application/pdf' });
      assert.deepEqual(await hashBlob(file), fromFile, `hashBlob of a File, ${size} bytes`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hashBlob reports progress up to the total, and the slice path (no stream()) gives the same hash', async () => {
  const bytes = sampleBytes(2.5 * 1024 * 1024);
  const dir = mkdtempSync(join(tmpdir(), 'lashou-blob-'));
  const path = join(dir, 'evidence.bin');
  writeFileSync(path, bytes);
  // A file-backed Blob streams in many chunks (an in-memory one may come in one).
  const blob = await openAsBlob(path);
  const progress: [number, number][] = [];
  const { hash } = await hashBlob(blob, { onProgress: (read, total) => progress.push([read, total]) });
  assert.equal(hash, keccak256(bytes));
  assert.ok(progress.length > 1, 'several chunks');
  assert.ok(progress.every(([read, total], i) => total === bytes.length && (i === 0 || read > progress[i - 1]![0])), 'read grows, total is the size');
  assert.deepEqual(progress.at(-1), [bytes.length, bytes.length]);
  // An older browser's Blob without stream(): read in slices.
  const sliceOnly = { size: blob.size, slice: blob.slice.bind(blob) } as unknown as Blob;
  const sliced: number[] = [];
  assert.equal((await hashBlob(sliceOnly, { onProgress: (read) => sliced.push(read) })).hash, hash);
  assert.deepEqual(sliced, [1 << 20, 2 << 20, bytes.length]);
  rmSync(dir, { recursive: true, force: true });
});

test('hashBytes and hashBlob refuse what is not bytes or a Blob', async () => {
  assert.throws(() => hashBytes('diagnosis' as never), /hashBytes needs a Uint8Array, not string/);
  await assert.rejects(hashBlob(null as never), /hashBlob needs a Blob or File, not null/);
});
