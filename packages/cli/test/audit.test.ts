// `lashou audit` against a local demo mutual seeded as `lashou dev` seeds it: a clean audit passes (exit 0) with
// members, epochs and claims counted; a node that lies about one member's balance (a JSON-RPC proxy that alters
// that one eth_call answer) is caught: exit 1, the member, the field and both values named.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type AddressInfo } from 'node:net';
import { lashou, startDev, stopAllDev } from './helpers.js';

/** anvil's account 3: the demo's patient of the paid claim (DEV_ROLES), a member with a balance. */
const MEMBER = '0x90F79bf6EB2c4f870365E785982E1f101E93b906';
const BALANCE_OF = '0x70a08231';

type Ready = { rpcUrl: string; deployment: { pool: string } };
type AuditDoc = {
  ok: boolean;
  block: number;
  sections: { area: string; items: number; comparisons: number; differences: number }[];
  differences: { area: string; item: string; field: string; source: string; recomputed: string; reported: string }[];
};

/** A JSON-RPC proxy to `target` that adds `delta` to the pool's `balanceOf(member)` answers (single and batched). */
function lyingNode(target: string, pool: string, member: string, delta: bigint): Promise<Server> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString();
    const upstream = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await upstream.text();
    const request = JSON.parse(body) as unknown;
    let answer = JSON.parse(text) as unknown;
    const requests = (Array.isArray(request) ? request : [request]) as { id: number; method: string; params?: [{ to?: string; data?: string }] }[];
    const answers = (Array.isArray(answer) ? answer : [answer]) as { id: number; result?: string }[];
    for (const r of requests) {
      const call = r.params?.[0];
      if (r.method !== 'eth_call' || call?.to?.toLowerCase() !== pool.toLowerCase() || !call.data?.startsWith(BALANCE_OF)) continue;
      if (!call.data.toLowerCase().endsWith(member.slice(2).toLowerCase())) continue;
      const a = answers.find((x) => x.id === r.id);
      if (a?.result) a.result = `0x${(BigInt(a.result) + delta).toString(16).padStart(64, '0')}`;
    }
    answer = Array.isArray(answer) ? answers : answers[0];
    res.writeHead(upstream.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('lashou audit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lashou-audit-'));
  let ready: Ready;
  let env: Record<string, string>;
  const servers: Server[] = [];
  before(async () => {
    const dev = await startDev<Ready>(['--json', '--no-web', '--no-indexer', '--no-keeper', '--members', '12', '--fresh', '--port', '0', '--state-dir', join(dir, 'state'), '--deployments-dir', join(dir, 'deployments')]);
    ready = dev.ready;
    env = { LASHOU_RPC_URL: ready.rpcUrl, LASHOU_DEPLOYMENTS_DIR: join(dir, 'deployments') };
  });
  after(async () => {
    for (const s of servers) s.close();
    await stopAllDev();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a clean audit of the seeded demo passes, with members, epochs and claims counted', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const result = await lashou(['audit', '--json'], env);
    const seconds = (Date.now() - started) / 1000;
    assert.equal(result.code, 0, `exit ${result.code}: ${result.stdout}\n${result.stderr}`);
    const doc = JSON.parse(result.stdout) as AuditDoc;
    assert.equal(doc.ok, true);
    assert.deepEqual(doc.differences, []);
    const area = (name: string) => doc.sections.find((s) => s.area === name);
    for (const name of ['events', 'member', 'epoch', 'claim', 'payment', 'witness', 'report', 'conservation', 'draw']) {
      assert.ok((area(name)?.items ?? 0) > 0, `${name}: items counted`);
      assert.ok((area(name)?.comparisons ?? 0) > 0, `${name}: comparisons made`);
    }
    assert.ok((area('member')?.items ?? 0) >= 12, 'every demo member audited');
    process.stderr.write(`audit of the seeded demo: ${seconds.toFixed(1)} s (including node start-up)\n`);
    // The human report says the same.
    const human = await lashou(['audit'], env);
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, /no difference/);
  });

  test("a node that lies about one member's balance is caught and named", { timeout: 120_000 }, async () => {
    const server = await lyingNode(ready.rpcUrl, ready.deployment.pool, MEMBER, 1_000_000n);
    servers.push(server);
    const proxy = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const result = await lashou(['audit', '--json', '--rpc', proxy], env);
    assert.equal(result.code, 1, `exit ${result.code}: ${result.stderr}`);
    const doc = JSON.parse(result.stdout) as AuditDoc;
    assert.equal(doc.ok, false);
    assert.equal(doc.differences.length, 1, JSON.stringify(doc.differences));
    const [d] = doc.differences;
    assert.equal(d!.area, 'member');
    assert.equal(d!.item, MEMBER);
    assert.equal(d!.field, 'balance');
    assert.equal(d!.source, 'contract');
    assert.equal(BigInt(d!.reported) - BigInt(d!.recomputed), 1_000_000n);
    // In words, with the token's decimals.
    const human = await lashou(['audit', '--rpc', proxy], env);
    assert.equal(human.code, 1);
    assert.match(human.stdout, new RegExp(`member ${MEMBER}: balance — recomputed [\\d.]+ tUSD \\(\\d+\\), contract says [\\d.]+ tUSD \\(\\d+\\)`));
  });

  test('an unreachable node is "could not audit" (exit 2), a bad --block a clear error', { timeout: 60_000 }, async () => {
    const down = await lashou(['audit', '--rpc', 'http://127.0.0.1:9'], env);
    assert.equal(down.code, 2, down.stderr);
    assert.match(down.stderr, /^error: could not audit: /);
    const bad = await lashou(['audit', '--block', 'latest'], env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--block "latest" is not a whole number/);
    const future = await lashou(['audit', '--block', '99999999'], env);
    assert.equal(future.code, 2);
    assert.match(future.stderr, /beyond the chain's head/);
  });
});
