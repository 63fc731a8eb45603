/**
 * `lashou audit --api`: on the whole local stack (after the other e2e tests have used it), the audit's recomputation
 * from the chain's logs agrees with the contracts and with the indexer's API; then an API that lies about one
 * member's balance (a proxy that alters that one answer) is caught: exit 1, the member, the field and both values.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, releaseStack, useStack, waitForIndexer, type StackInfo } from './lib/stack.ts';

const BIN = join(ROOT, 'packages/cli/bin/lashou.mjs');

type AuditDoc = {
  ok: boolean;
  sections: { area: string; items: number; comparisons: number; differences: number }[];
  differences: { area: string; item: string; field: string; source: string; recomputed: string; reported: string }[];
};

let stack: StackInfo;
const servers: Server[] = [];
before(async () => {
  stack = await useStack();
  await waitForIndexer(stack);
});
after(async () => {
  for (const s of servers) s.close();
  await releaseStack();
});

function audit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LASHOU_'))) as Record<string, string>;
    const child = spawn(process.execPath, [BIN, 'audit', ...args], {
      env: { ...env, LASHOU_RPC_URL: stack.rpcUrl, LASHOU_DEPLOYMENTS_DIR: join(stack.dir, 'deployments') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** An HTTP proxy to the API that adds `delta` base units to `member`'s balance in /api/members/<member>. */
function lyingApi(apiUrl: string, member: string, delta: bigint): Promise<Server> {
  const server = createServer(async (req, res) => {
    const upstream = await fetch(`${apiUrl}${req.url}`);
    let text = await upstream.text();
    if (req.url?.toLowerCase().startsWith(`/api/members/${member.toLowerCase()}`) && upstream.ok) {
      const body = JSON.parse(text) as { balance: string };
      body.balance = (BigInt(body.balance) + delta).toString();
      text = JSON.stringify(body);
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(text);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('the audit agrees with the contracts and the API on the seeded local mutual', { timeout: 300_000 }, async () => {
  const started = Date.now();
  const result = await audit(['--json', '--api', stack.apiUrl]);
  const seconds = (Date.now() - started) / 1000;
  assert.equal(result.code, 0, `exit ${result.code}: ${result.stdout}\n${result.stderr}`);
  const doc = JSON.parse(result.stdout) as AuditDoc;
  assert.deepEqual(doc.differences, []);
  const api = doc.sections.find((s) => s.area === 'api');
  assert.ok(api && api.items > 0 && api.comparisons > 0, 'the API was compared');
  for (const area of ['member', 'epoch', 'claim']) assert.ok((doc.sections.find((s) => s.area === area)?.items ?? 0) > 0, `${area}: items counted`);
  process.stderr.write(`e2e: audit with --api took ${seconds.toFixed(1)} s\n`);
});

test("an API that alters one member's balance is caught and named", { timeout: 300_000 }, async () => {
  const member = stack.accounts[3]!.address;
  const server = await lyingApi(stack.apiUrl, member, 7n);
  servers.push(server);
  const result = await audit(['--json', '--api', `http://127.0.0.1:${(server.address() as AddressInfo).port}`]);
  assert.equal(result.code, 1, `exit ${result.code}: ${result.stderr}`);
  const doc = JSON.parse(result.stdout) as AuditDoc;
  assert.equal(doc.differences.length, 1, JSON.stringify(doc.differences));
  const [d] = doc.differences;
  assert.equal(d!.area, 'member');
  assert.equal(d!.item.toLowerCase(), member.toLowerCase());
  assert.equal(d!.field, 'balance');
  assert.equal(d!.source, 'api');
  assert.equal(BigInt(d!.reported) - BigInt(d!.recomputed), 7n);
});
