// Reading logs in ranges a node accepts: a refused range is halved until the node answers, every block is asked
// exactly once, and the logs come back decoded in chain order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mutualPoolAbi } from '@lashou/abi';
import { encodeEventTopics, encodeAbiParameters, type PublicClient, type Hex } from 'viem';
import { isRangeRefusal, readAuditLogs } from '../src/audit/logs.js';

const POOL = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0';
const hex = (n: bigint | number) => `0x${n.toString(16)}` as Hex;

/** A raw ReserveUsed(epoch, amount) log of the pool at `block`. */
function reserveUsed(block: bigint, logIndex: number, epoch: bigint, amount: bigint) {
  return {
    address: POOL.toLowerCase() as Hex,
    topics: encodeEventTopics({ abi: mutualPoolAbi, eventName: 'ReserveUsed', args: { epoch } }) as Hex[],
    data: encodeAbiParameters([{ type: 'uint256' }], [amount]),
    blockNumber: hex(block), logIndex: hex(logIndex), transactionIndex: '0x0' as Hex, transactionHash: hex(block * 1000n + BigInt(logIndex)).padEnd(66, '0') as Hex,
  };
}

test('a range the node refuses is halved until it answers; every block once; decoded and in chain order', async () => {
  // Logs at blocks 10, 500, 501 (two in one block, given out of order) and 1,999.
  const all = [reserveUsed(1_999n, 0, 4n, 7n), reserveUsed(501n, 3, 2n, 5n), reserveUsed(501n, 1, 1n, 4n), reserveUsed(500n, 0, 0n, 3n), reserveUsed(10n, 2, 9n, 1n)];
  const asked: [bigint, bigint][] = [];
  const client = {
    request: async ({ params }: { params: [{ fromBlock: Hex; toBlock: Hex }] }) => {
      const from = BigInt(params[0].fromBlock);
      const to = BigInt(params[0].toBlock);
      // The node takes at most 300 blocks per request, as some public nodes do.
      if (to - from + 1n > 300n) throw new Error('query exceeds max block range 300');
      asked.push([from, to]);
      return all.filter((l) => BigInt(l.blockNumber) >= from && BigInt(l.blockNumber) <= to);
    },
  } as unknown as PublicClient;
  const logs = await readAuditLogs(client, { contracts: [{ contract: 'pool', address: POOL }], fromBlock: 0n, toBlock: 2_499n, range: 1_000n });
  assert.deepEqual(logs.map((l) => [l.blockNumber, l.logIndex, l.eventName, l.args.amount]), [
    [10n, 2, 'ReserveUsed', 1n], [500n, 0, 'ReserveUsed', 3n], [501n, 1, 'ReserveUsed', 4n], [501n, 3, 'ReserveUsed', 5n], [1_999n, 0, 'ReserveUsed', 7n],
  ]);
  // Every block asked exactly once, in ranges of at most 300.
  const blocks = asked.flatMap(([from, to]) => Array.from({ length: Number(to - from + 1n) }, (_, i) => from + BigInt(i))).sort((a, b) => (a < b ? -1 : 1));
  assert.equal(blocks.length, 2_500);
  assert.equal(new Set(blocks).size, 2_500);
  assert.ok(asked.every(([from, to]) => to - from + 1n <= 300n));
});

test('a node error that is not about the range is not retried away', async () => {
  const client = { request: async () => { throw new Error('execution reverted'); } } as unknown as PublicClient;
  await assert.rejects(readAuditLogs(client, { contracts: [{ contract: 'pool', address: POOL }], fromBlock: 0n, toBlock: 10n }), /execution reverted/);
  assert.equal(isRangeRefusal(new Error('query returned more than 10000 results')), true);
  assert.equal(isRangeRefusal(new Error('Log response size exceeded')), true);
  assert.equal(isRangeRefusal(new Error('insufficient funds')), false);
});

test('every event of every audited contract decodes as viem decodes it (random values, signed and small types)', async () => {
  const { AUDIT_ABIS, decodeAuditLog } = await import('../src/audit/logs.js');
  const { decodeEventLog, encodeAbiParameters: encode, encodeEventTopics: topicsOf, getAddress } = await import('viem');
  let seed = 12345n;
  const rnd = (bits: number) => {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) % (1n << 64n);
    let v = seed;
    while (BigInt(v.toString(2).length) < BigInt(bits)) v = (v << 64n) | ((seed * 31n) % (1n << 64n));
    return v % (1n << BigInt(bits));
  };
  const valueOf = (type: string): unknown => {
    if (type === 'address') return getAddress(`0x${rnd(160).toString(16).padStart(40, '0')}`);
    if (type === 'bool') return rnd(1) === 1n;
    if (/^bytes\d+$/.test(type)) return `0x${rnd(8 * Number(type.slice(5))).toString(16).padStart(2 * Number(type.slice(5)), '0')}`;
    if (type === 'address[]') return [valueOf('address'), valueOf('address')];
    if (type === 'address[3]') return [valueOf('address'), valueOf('address'), valueOf('address')];
    const bits = Number(type.replace(/^u?int/, '') || 256);
    let v = rnd(bits);
    if (type.startsWith('int')) v -= 1n << BigInt(bits - 1);
    return bits <= 48 ? Number(v) : v;
  };
  let checked = 0;
  for (const [contract, abi] of Object.entries(AUDIT_ABIS)) {
    for (const item of abi) {
      if (item.type !== 'event') continue;
      const args = Object.fromEntries(item.inputs.map((i) => [i.name!, valueOf(i.type)]));
      const topics = topicsOf({ abi: [item], eventName: item.name, args: Object.fromEntries(item.inputs.filter((i) => i.indexed).map((i) => [i.name!, args[i.name!]])) } as never) as Hex[];
      const nonIndexed = item.inputs.filter((i) => !i.indexed);
      const data = encode(nonIndexed, nonIndexed.map((i) => args[i.name!]));
      const ours = decodeAuditLog(contract as never, { address: POOL, topics, data, blockNumber: '0x1', logIndex: '0x0', transactionIndex: '0x0', transactionHash: `0x${'1'.repeat(64)}` });
      const viems = decodeEventLog({ abi: [item], topics: topics as [Hex], data, strict: true });
      assert.equal(ours?.eventName, item.name, `${contract}.${item.name} decoded`);
      assert.deepEqual(ours?.args, viems.args ?? {}, `${contract}.${item.name}: as viem decodes it`);
      checked++;
    }
  }
  assert.ok(checked > 60, `${checked} events checked`);
});
