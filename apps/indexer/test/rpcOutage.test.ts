import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mutualPoolAbi } from '@lashou/abi';
import { createIdentity, joinPoolWithPermit, requestTestTokens, topUpBalance } from '@lashou/sdk';
import { demoMemberKey, startTcpProxy, walletFor } from '@lashou/sdk/node';
import { type Address, toHex } from 'viem';
import { api, call, indexer, seededChain, sleep, type Indexer, type SeededChain } from './utils/harness';

// The indexer reaches anvil through a TCP proxy on 127.0.0.1. While it indexes live, the proxy is cut for ~10 s
// (open connections destroyed, new ones reset at once) and transactions keep being mined. The indexer must stay
// up, say in its log that it is retrying (Ponder 0.16.10 prints "Received JSON-RPC error … retry_count" for a
// failed request it will retry and "Failed to fetch latest block … retry_count" for its block poll), keep serving
// the API from its database, and once the proxy is back catch up to the new head with the right figures.

const UNIT = 1_000_000n;

let s: SeededChain;
let ix: Indexer;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;

describe('an RPC outage', { timeout: 240_000 }, () => {
  before(async () => {
    s = await seededChain(12);
    proxy = await startTcpProxy({ targetPort: s.chain.port });
    ix = await indexer({ rpcUrl: proxy.url, deploymentPath: s.deploymentPath });
    await ix.waitForBlock(await s.chain.dev(0).getBlockNumber({ cacheTime: 0 }));
  });
  after(async () => {
    await ix?.stop();
    await proxy?.close();
    await s?.stop();
  });

  test('of ~10 s while transactions are mined: the indexer retries, keeps serving, and catches up with correct data', async () => {
    const pool = s.seed.pool;
    const member = s.chain.dev(8);
    const joiner = walletFor(s.chain.rpcUrl, demoMemberKey(555));
    await s.chain.dev(0).request({ method: 'anvil_setBalance' as never, params: [joiner.account.address, toHex(10n ** 19n)] as never });
    await requestTestTokens(joiner, { token: s.seed.token, amount: 100n * UNIT });
    await requestTestTokens(member, { token: s.seed.token, amount: 100n * UNIT });
    await ix.waitForBlock(await s.chain.dev(0).getBlockNumber({ cacheTime: 0 }));
    const before: any = await api(ix.url, '/api/stats');
    const logLength = ix.logs().length;

    proxy.cut();
    const cutAt = Date.now();
    const step = (what: string) => console.log(`# ${Date.now() - cutAt} ms: ${what}`);
    // Transactions straight to anvil while the indexer cannot see it: a join and five top-ups over ~10 s.
    await joinPoolWithPermit(joiner, {
      pool,
      identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: 'CHN:O0000001', name: 'Joined During Outage' }).commitment,
      deposit: 33n * UNIT,
    });
    for (let i = 0; i < 5; i++) {
      await sleep(1_800);
      await topUpBalance(member, { pool, amount: BigInt(i + 1) * UNIT });
      // The API keeps answering from its database meanwhile.
      step(`top-up ${i + 1} mined`);
      const stats = await call(ix.url, '/api/stats', { signal: AbortSignal.timeout(5_000) });
      assert.equal(stats.status, 200, `/api/stats during the outage: ${stats.status} ${stats.text.slice(0, 200)}`);
    }
    const reserves = await call(ix.url, '/api/reserves', { signal: AbortSignal.timeout(8_000) });
    assert.ok(reserves.status === 503 && typeof reserves.body?.error === 'string', `/api/reserves needs the chain: 503 with a reason, not ${reserves.status} ${reserves.text.slice(0, 200)}`);
    await sleep(Math.max(0, 10_000 - (Date.now() - cutAt)));
    const head = await s.chain.dev(0).getBlockNumber({ cacheTime: 0 });

    assert.equal(ix.child.exitCode, null, 'the indexer is still running');
    assert.equal(ix.child.signalCode, null, 'the indexer is still running');
    const duringOutage = ix.logs().slice(logLength);
    assert.match(duringOutage, /(Received JSON-RPC error|Failed to fetch latest block)[^\n]*retry_count=/, `Ponder logs that it retries:\n${duringOutage.slice(-2000)}`);
    const status: any = await (await fetch(`${ix.url}/status`)).json();
    assert.ok(Object.values<any>(status)[0].block.number < Number(head), 'the index is behind the chain during the outage');
    assert.equal((await call(ix.url, `/api/members/${joiner.account.address}`)).status, 404, 'the join is not visible yet');

    proxy.restore();
    const restoredAt = Date.now();
    await ix.waitForBlock(head, 60_000);
    console.log(`# caught up ${Date.now() - restoredAt} ms after the proxy came back (outage ${restoredAt - cutAt} ms)`);

    const joined: any = await api(ix.url, `/api/members/${joiner.account.address}`);
    const read = (functionName: string, args: unknown[] = []) =>
      s.chain.dev(0).readContract({ address: pool, abi: mutualPoolAbi, functionName, args } as never) as Promise<bigint>;
    assert.equal(BigInt(joined.balance), await read('balanceOf', [joiner.account.address]));
    const topped: any = await api(ix.url, `/api/members/${member.account.address}`);
    assert.equal(BigInt(topped.balance), await read('balanceOf', [member.account.address as Address]));
    assert.deepEqual(
      topped.statement.slice(0, 5).map((i: any) => `${i.kind} ${i.amount}`),
      [5n, 4n, 3n, 2n, 1n].map((n) => `topUp ${n * UNIT}`),
    );
    const stats: any = await api(ix.url, '/api/stats');
    assert.equal(stats.members.active, before.members.active + 1);
    assert.equal(BigInt(stats.money.memberFunds), await read('memberFunds'));
    assert.equal(BigInt(stats.money.totalDeposited) - BigInt(before.money.totalDeposited), 33n * UNIT + 15n * UNIT);
    const after: any = await api(ix.url, '/api/reserves');
    assert.equal(after.balanced, true);
  });
});
