import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mutualPoolAbi } from '@lashou/abi';
import { type Address, getAddress } from 'viem';
import { addHistory } from './utils/history';
import { api, dumpAll, indexer, seededChain, sleep, type Indexer, type SeededChain } from './utils/harness';

// SIGKILL of the whole indexer process group in the middle of its historical sync, then a restart on the same
// PGlite folder and schema: Ponder's crash recovery must resume, and the end state (every table, every API answer)
// must equal that of an uninterrupted run over the same chain.

let s: SeededChain;
const running: Indexer[] = [];

const status = async (url: string): Promise<number | null> => {
  try {
    const body = (await (await fetch(`${url}/status`)).json()) as Record<string, { block?: { number: number } }>;
    return Object.values(body)[0]?.block?.number ?? null;
  } catch {
    return null;
  }
};

/** Everything the REST API says about the mutual: stats, epochs, claims (each in full), witnesses, every member. */
async function apiState(url: string, members: Address[]) {
  const claims: any = await api(url, '/api/claims?limit=500');
  return {
    stats: await api(url, '/api/stats'),
    epochs: await api(url, '/api/epochs?limit=500'),
    claims,
    claimDetails: await Promise.all(claims.claims.map((c: any) => api(url, `/api/claims/${c.claimId}`))),
    witnesses: await api(url, '/api/witnesses?limit=500'),
    members: await Promise.all(members.map((m) => api(url, `/api/members/${m}?limit=500`))),
  };
}

describe('crash recovery', { timeout: 300_000 }, () => {
  before(async () => {
    s = await seededChain(12);
    // ~800 blocks with events: Ponder's catch-up takes long enough (it is bound by blocks) to be killed inside it.
    await addHistory(s.chain, { pool: s.seed.pool, token: s.seed.token, rounds: 200 });
  });
  after(async () => {
    for (const ix of running) await ix.stop();
    await s?.stop();
  });

  test('SIGKILL mid-sync, restart on the same folder and schema: the same state as an uninterrupted run', async () => {
    const head = Number(await s.chain.dev(0).getBlockNumber({ cacheTime: 0 }));
    const start = Number(s.seed.blockNumber);
    const first = await indexer({ rpcUrl: s.chain.rpcUrl, deploymentPath: s.deploymentPath });
    running.push(first);

    // Kill once the index has committed part of the history but well before the head.
    let seen: number | null = null;
    const until = Date.now() + 120_000;
    for (;;) {
      seen = await status(first.url);
      if (seen !== null && seen > start + 60 && seen < head - 40) break;
      assert.ok(seen === null || seen < head, `the indexer reached the head (${head}) before it could be killed mid-sync: make the history longer`);
      assert.ok(Date.now() < until, 'the indexer made no progress');
      await sleep(50);
    }
    await first.kill();
    const lastIndexed = [...first.logs().matchAll(/number=(\d+)/g)].map((m) => Number(m[1])).pop();
    console.log(`# killed at /status block ${seen} of ${start}..${head} (log: last block ${lastIndexed ?? 'none'})`);
    assert.ok(seen! < head, 'killed mid-sync');

    // The uninterrupted reference run, while the restarted one waits for the dead app's lock to expire (~25 s).
    const reference = await indexer({ rpcUrl: s.chain.rpcUrl, deploymentPath: s.deploymentPath });
    running.push(reference);
    const restarted = await indexer({ rpcUrl: s.chain.rpcUrl, deploymentPath: s.deploymentPath, pgliteDir: first.pgliteDir, schema: first.schema });
    running.push(restarted);
    await Promise.all([reference.waitForBlock(head, 180_000), restarted.waitForBlock(head, 180_000)]);
    assert.match(restarted.logs(), /Detected crash recovery/, "Ponder resumed the killed app's schema");
    assert.ok(!/Dropped existing database tables/.test(restarted.logs()), 'the restart did not start over');

    const [a, b] = [await dumpAll(restarted.url), await dumpAll(reference.url)];
    assert.deepEqual(Object.keys(a), Object.keys(b));
    for (const table of Object.keys(b)) assert.deepEqual(a[table], b[table], `table ${table} after recovery equals an uninterrupted run`);
    assert.ok(b.ledgers!.length > 800, 'the dump holds the whole history');

    const members = [...new Set((b.members as { address: string }[]).map((m) => getAddress(m.address)))];
    assert.deepEqual(await apiState(restarted.url, members), await apiState(reference.url, members));
    // And both agree with the chain.
    const stats: any = await api(restarted.url, '/api/stats');
    const funds = await s.chain.dev(0).readContract({ address: s.seed.pool, abi: mutualPoolAbi, functionName: 'memberFunds' });
    assert.equal(BigInt(stats.money.memberFunds), funds);
  });
});
