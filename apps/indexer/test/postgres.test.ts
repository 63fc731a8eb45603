import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createIdentity, getPool, joinPoolWithPermit, requestTestTokens, settleEpoch, stakeWitness, topUpBalance } from '@lashou/sdk';
import { demoMemberKey, demoWitnessKey, findFreePort, startTestChain, walletFor, type TestChain } from '@lashou/sdk/node';
import { type Address, toHex } from 'viem';
import { type SeedResult, seedDemo } from '../../../packages/cli/src/dev/seedDemo';
import { startIndexer, type StartIndexerReturnType } from '../launcher/index';
import { startPostgres, type StartPostgresReturnType } from './utils/postgres';

// The production path: the same indexer on PostgreSQL must answer exactly what it answers on PGlite, and
// `ponder serve` replicas over the indexing process's database must answer what the indexing process answers,
// also after new blocks.

const UNIT = 1_000_000n;
const DAY = 86_400;

type Route = { name: string; path: string; body?: unknown };
type Answer = { status: number; body: unknown };

async function ask(baseUrl: string, route: Route): Promise<Answer> {
  const response = route.body
    ? await fetch(`${baseUrl}${route.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(route.body) })
    : await fetch(`${baseUrl}${route.path}`);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

async function answersOf(baseUrl: string, routes: Route[]): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  for (const route of routes) answers.set(route.name, await ask(baseUrl, route));
  return answers;
}

/** Where two JSON values first differ, as a path and both values. */
function firstDivergence(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDivergence((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${JSON.stringify(a)?.slice(0, 300)} vs ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** The first route on which two servers disagree, and where in the answer. */
function firstDifference(routes: Route[], a: Map<string, Answer>, b: Map<string, Answer>, names: [string, string]): string | null {
  for (const route of routes) {
    const divergence = firstDivergence(a.get(route.name), b.get(route.name));
    if (divergence) return `${route.name} (${route.path}): ${names[0]} vs ${names[1]} differ at ${divergence}`;
  }
  return null;
}

/**
 * Asks every server every route until all agree. Agreement is expected at once on a quiet chain; the retries
 * only absorb the API's chain-clock cache (refreshed in the background at most every 2 s), so the deadline is
 * short and a real disagreement still fails with the differing answers.
 */
async function assertSameAnswers(servers: { name: string; url: string }[], routes: Route[], timeoutMs = 15_000): Promise<Map<string, Answer>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await Promise.all(servers.map((s) => answersOf(s.url, routes)));
    const reference = all[0]!;
    const problems = servers
      .slice(1)
      .map((server, i) => firstDifference(routes, reference, all[i + 1]!, [servers[0]!.name, server.name]))
      .filter((p): p is string => p !== null);
    if (problems.length === 0) return reference;
    if (Date.now() > deadline) assert.fail(problems.join('\n'));
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function routesFor(seeded: SeedResult, extraMembers: Address[] = []): Route[] {
  const members = [seeded.patient, seeded.exited, seeded.lapsed, ...seeded.demoClaims.map((c) => c.claimant), ...extraMembers];
  const routes: Route[] = [
    { name: 'status', path: '/status' },
    { name: 'stats', path: '/api/stats' },
    { name: 'claims', path: '/api/claims?limit=500' },
    { name: 'claims by status', path: '/api/claims?status=Paid,Approved,Announced' },
    { name: 'claims page 2', path: '/api/claims?limit=3&cursor=6' },
    { name: 'epochs', path: '/api/epochs' },
    { name: 'witnesses', path: '/api/witnesses?limit=500' },
    { name: 'witnesses of region 1', path: '/api/witnesses?region=1&eligible=true' },
    { name: 'hint', path: `/api/hints?key=${300n * UNIT}` },
    { name: 'reserves', path: '/api/reserves' },
    { name: 'waiting for the token', path: '/api/waiting' },
    { name: 'governance', path: '/api/governance' },
    { name: 'openapi', path: '/api/openapi.json' },
    { name: 'unknown member', path: '/api/members/0x000000000000000000000000000000000000dead' },
    {
      name: 'graphql members',
      path: '/graphql',
      body: { query: '{ members(limit: 1000, orderBy: "address") { totalCount items { address memberId status key coverageStart totalDeposited } } }' },
    },
  ];
  for (const address of new Set(members.map((m) => m.toLowerCase()))) {
    routes.push({ name: `member ${address}`, path: `/api/members/${address}?limit=500` });
  }
  routes.push({ name: 'patient statement page', path: `/api/members/${seeded.patient}?limit=2` });
  for (const { claimId, stage } of seeded.demoClaims) routes.push({ name: `claim ${claimId} (${stage})`, path: `/api/claims/${claimId}` });
  return routes;
}

const bodyOf = (answers: Map<string, Answer>, name: string) => {
  const answer = answers.get(name);
  assert.equal(answer?.status, 200, `${name} answered ${JSON.stringify(answer)}`);
  return answer.body as Record<string, any>;
};

describe('indexer on PostgreSQL', { timeout: 240_000 }, () => {
  let chain: TestChain;
  let pg: StartPostgresReturnType;
  let dir: string;
  let seeded: SeedResult;
  let deploymentPath: string;
  let indexer: StartIndexerReturnType | undefined;
  let reference: StartIndexerReturnType | undefined;
  const replicas: StartIndexerReturnType[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lashou-indexer-pg-'));
    [chain, pg] = await Promise.all([startTestChain(), startPostgres()]);
    seeded = await seedDemo(chain.rpcUrl, { members: 30, deploymentsDir: dir, onProgress: () => {} });
    deploymentPath = join(dir, '31337.json');
  });

  after(async () => {
    await Promise.all([indexer?.stop(), reference?.stop(), ...replicas.map((r) => r.stop())]);
    await Promise.all([chain?.stop(), pg?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('ponder start on PostgreSQL answers exactly what the PGlite indexer answers', async () => {
    const [pgPort, pglitePort] = [await findFreePort(), await findFreePort()];
    [indexer, reference] = await Promise.all([
      startIndexer({ rpcUrl: chain.rpcUrl, deploymentPath, port: pgPort, databaseUrl: pg.url }),
      startIndexer({ rpcUrl: chain.rpcUrl, deploymentPath, port: pglitePort, pgliteDir: join(dir, 'pglite') }),
    ]);
    const head = await chain.dev(0).getBlockNumber();
    await Promise.all([indexer.waitForBlock(head), reference.waitForBlock(head)]);
    const answers = await assertSameAnswers(
      [
        { name: 'postgres', url: indexer.url },
        { name: 'pglite', url: reference.url },
      ],
      routesFor(seeded),
    );
    // The answers compared are real ones, not two identical errors.
    const stats = bodyOf(answers, 'stats');
    assert.equal(stats.members.ever, 30);
    assert.equal(stats.claims.filed, seeded.demoClaims.length);
    assert.equal(bodyOf(answers, 'claims').claims.length, seeded.demoClaims.length);
    assert.ok(bodyOf(answers, 'epochs').epochs.length > 0);
    assert.equal(bodyOf(answers, 'witnesses').witnesses.length, 12);
    assert.ok(bodyOf(answers, `member ${seeded.patient.toLowerCase()}`).statement.length > 2);
    assert.ok(bodyOf(answers, 'governance').roles.length > 0);
    assert.equal(answers.get('unknown member')?.status, 404);
    assert.equal(bodyOf(answers, 'graphql members').data.members.totalCount, 30);
  });

  test('two ponder serve replicas answer what the indexing process answers, before and after new blocks', async () => {
    assert.ok(indexer && reference, 'the first test starts the indexers');
    const [portA, portB] = [await findFreePort(), await findFreePort()];
    const replicaOptions = { rpcUrl: chain.rpcUrl, deploymentPath, databaseUrl: pg.url, schema: indexer.schema, mode: 'serve' as const };
    replicas.push(...(await Promise.all([startIndexer({ ...replicaOptions, port: portA }), startIndexer({ ...replicaOptions, port: portB })])));
    const servers = [
      { name: 'ponder start (postgres)', url: indexer.url },
      { name: 'ponder serve A', url: replicas[0]!.url },
      { name: 'ponder serve B', url: replicas[1]!.url },
      { name: 'ponder start (pglite)', url: reference.url },
    ];
    const before = await assertSameAnswers(servers, routesFor(seeded));

    // New truth: a member joins, another tops up, a witness stakes, and the open epoch (with the approved claim
    // queued) is settled.
    const operator = chain.dev(0);
    const newMember = walletFor(chain.rpcUrl, demoMemberKey(seeded.members + 1));
    const newWitness = walletFor(chain.rpcUrl, demoWitnessKey(40));
    for (const wallet of [newMember, newWitness]) {
      await operator.request({ method: 'anvil_setBalance' as never, params: [wallet.account.address, toHex(10n ** 19n)] as never });
    }
    await requestTestTokens(newMember, { token: seeded.token, amount: 500n * UNIT });
    await joinPoolWithPermit(newMember, {
      pool: seeded.pool,
      identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: 'CHN:E00000001', name: 'New Member' }).commitment,
      deposit: 123n * UNIT,
    });
    await topUpBalance(walletFor(chain.rpcUrl, demoMemberKey(3)), { pool: seeded.pool, amount: 7n * UNIT });
    await requestTestTokens(newWitness, { token: seeded.token, amount: 15_000n * UNIT });
    await stakeWitness(newWitness, { registry: seeded.registry as Address, amount: 15_000n * UNIT, region: 1 });
    await chain.increaseTime(31 * DAY);
    for (;;) {
      const { epoch } = await getPool(operator, { pool: seeded.pool });
      if (epoch.nextToSettle >= epoch.current) break;
      await settleEpoch(operator, { pool: seeded.pool });
    }
    const head = await operator.getBlockNumber();
    await Promise.all([indexer.waitForBlock(head), reference.waitForBlock(head), ...replicas.map((r) => r.waitForBlock(head))]);

    const routes = routesFor(seeded, [newMember.account.address, walletFor(chain.rpcUrl, demoMemberKey(3)).account.address]);
    const afterwards = await assertSameAnswers(servers, routes);
    // The replicas see the new truth, not what they answered before.
    const stats = bodyOf(afterwards, 'stats');
    assert.equal(stats.members.ever, bodyOf(before, 'stats').members.ever + 1);
    assert.ok(BigInt(stats.money.totalDeposited) > BigInt(bodyOf(before, 'stats').money.totalDeposited));
    assert.ok(bodyOf(afterwards, 'epochs').epochs.length > bodyOf(before, 'epochs').epochs.length);
    assert.equal(bodyOf(afterwards, 'witnesses').witnesses.length, 13);
    assert.equal(bodyOf(afterwards, `member ${newMember.account.address.toLowerCase()}`).totals.deposited, String(123n * UNIT));
    assert.notDeepStrictEqual(bodyOf(afterwards, 'status'), bodyOf(before, 'status'));
  });
});
