import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { keccak256, toBytes } from 'viem';
import { hashDocument } from './hashDocument.js';

test('hashDocument equals the one-shot keccak256 of the bytes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lashou-doc-'));
  try {
    const path = join(dir, 'diagnosis.txt');
    const content = 'diagnosis: 确诊\n'.repeat(100_000);
    writeFileSync(path, content);
    const { hash, size } = await hashDocument({ path });
    assert.equal(hash, keccak256(toBytes(content)));
    assert.equal(size, Buffer.byteLength(content));
    await assert.rejects(hashDocument({ path: join(dir, 'missing.pdf') }), /cannot read .*ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hashDocument streams: memory stays flat on a 200 MB file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lashou-doc-'));
  try {
    const path = join(dir, 'large.bin');
    const chunk = Buffer.alloc(4 << 20, 0x5a);
    const fd = openSync(path, 'w');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk); // 200 MiB
    closeSync(fd);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let calls = 0;
    const { size } = await hashDocument({
      path,
      onProgress: () => {
        if (++calls % 16 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      },
    });
    assert.equal(size, 200 * 1024 * 1024);
    const grownMiB = (peak - baseline) / (1 << 20);
    assert.ok(grownMiB < 64, `resident memory grew by ${grownMiB.toFixed(1)} MiB while hashing 200 MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
