import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startAnvil } from './startAnvil.js';

const dir = mkdtempSync(join(tmpdir(), 'lashou-anvil-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function rpc<T>(rpcUrl: string, method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await response.json()) as { result: T; error?: { message: string } };
  if (body.error) throw new Error(body.error.message);
  return body.result;
}
const block = async (rpcUrl: string, tag: string | number = 'latest') => {
  const b = await rpc<{ number: string; timestamp: string }>(rpcUrl, 'eth_getBlockByNumber', [typeof tag === 'number' ? `0x${tag.toString(16)}` : tag, false]);
  return { number: Number(b.number), timestamp: Number(b.timestamp) };
};

test('a chain resumed from its state file continues its clock from the last saved block, even when time was moved past the wall clock', async () => {
  const statePath = join(dir, 'state.json');
  const first = await startAnvil({ statePath });
  assert.equal(first.resumed, undefined, 'no state file yet: a new chain');
  const DAY = 86_400;
  try {
    await rpc(first.rpcUrl, 'evm_increaseTime', [120 * DAY]);
    await rpc(first.rpcUrl, 'evm_mine');
  } finally {
    await first.stop();
  }
  const saved = await (async () => {
    const again = await startAnvil({ statePath });
    try {
      const last = await block(again.rpcUrl);
      assert.deepEqual(again.resumed, { blockNumber: BigInt(last.number), timestamp: BigInt(last.timestamp) });
      assert.ok(last.timestamp > Date.now() / 1000 + 100 * DAY, 'the saved chain is months ahead of the wall clock');
      // New blocks right away, then a few seconds later, then after a tx: never before the saved block.
      await rpc(again.rpcUrl, 'evm_mine');
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      await rpc(again.rpcUrl, 'evm_mine');
      await rpc(again.rpcUrl, 'eth_sendTransaction', [{ from: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', value: '0x1' }]);
      const times: number[] = [];
      for (let n = 0; n <= last.number + 3; n++) times.push((await block(again.rpcUrl, n)).timestamp);
      for (let n = 1; n < times.length; n++) assert.ok(times[n]! >= times[n - 1]!, `block ${n} (${times[n]}) is before block ${n - 1} (${times[n - 1]}): ${times.join(', ')}`);
      assert.ok(times[last.number + 1]! - last.timestamp <= 2, `the first new block follows the saved one (${times[last.number + 1]! - last.timestamp} s later)`);
      assert.ok(times[last.number + 2]! - times[last.number + 1]! >= 2, 'the clock runs on from there');
      // Moving time on still works from the continued clock.
      await rpc(again.rpcUrl, 'evm_increaseTime', [DAY]);
      await rpc(again.rpcUrl, 'evm_mine');
      const moved = await block(again.rpcUrl);
      assert.ok(moved.timestamp - times.at(-1)! >= DAY, 'evm_increaseTime moves on from the continued clock');
      return moved;
    } finally {
      await again.stop();
    }
  })();
  // A second restart continues from the blocks of the first.
  const third = await startAnvil({ statePath });
  try {
    assert.equal(third.resumed?.timestamp, BigInt(saved.timestamp));
    await rpc(third.rpcUrl, 'evm_mine');
    const next = await block(third.rpcUrl);
    assert.equal(next.number, saved.number + 1);
    assert.ok(next.timestamp >= saved.timestamp && next.timestamp - saved.timestamp <= 2, `${next.timestamp} follows ${saved.timestamp}`);
  } finally {
    await third.stop();
  }
});
