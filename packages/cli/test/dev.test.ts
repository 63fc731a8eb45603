import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { getClaim, getMember, getReport } from '@lashou/sdk';
import { anvilDevKey, walletFor } from '@lashou/sdk/node';
import type { Address } from 'viem';
import { BIN, lashou } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lashou-dev-'));
const children: ChildProcessWithoutNullStreams[] = [];
after(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

type Ready = {
  rpcUrl: string; anvilPid: number; resumed: boolean; apiUrl: string | null; indexerPid: number | null; webUrl: string | null; webConfig: string | null;
  deployment: { pool: string; claims?: string; reports?: string };
  demo: { members?: number; lapsed?: string; exited?: string; fraudReportId?: string; witnesses?: { address: string; region: number }[]; claims?: { claimId: string; stage: string }[] };
  accounts: { address: string; role: string }[];
};

/** Starts `lashou dev --json` and resolves with its ready document once the JSON on stdout is complete. */
function startDev(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; ready: Ready; stderr: () => string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LASHOU_')));
  const child = spawn(process.execPath, [BIN, 'dev', '--json', '--port', '0', '--api-port', '0', '--web-port', '0', '--state-dir', join(dir, 'state'), '--deployments-dir', join(dir, 'deployments'), ...args], { env: base });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`lashou dev not ready after 240 s; stderr: ${stderr}`)), 240_000);
    child.on('exit', (code) => reject(new Error(`lashou dev exited early with ${code}: ${stderr}`)));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      try {
        const ready = JSON.parse(stdout) as Ready;
        clearTimeout(timer);
        resolve({ child, ready, stderr: () => stderr });
      } catch {
        // not complete yet
      }
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

test('lashou dev seeds a demo mutual, answers JSON-RPC, and leaves no process behind on SIGINT; state survives a restart', async () => {
  const first = await startDev(['--fresh', '--members', '12']);
  assert.equal(first.ready.resumed, false);
  assert.equal(first.ready.demo.members, 12);
  assert.match(first.ready.accounts[0]?.role ?? '', /operator/);
  assert.match(first.ready.accounts[1]?.role ?? '', /notary/);
  assert.match(first.ready.accounts[2]?.role ?? '', /supervisor/);
  assert.equal(first.ready.demo.witnesses?.length, 12);
  assert.equal(new Set(first.ready.demo.witnesses?.map((w) => w.region)).size, 3, 'witnesses in several regions');
  // Every claim is in the stage the seed says, read back through the SDK.
  const client = walletFor(first.ready.rpcUrl, anvilDevKey(0));
  const claims = first.ready.deployment.claims as Address;
  const seen = new Map<string, string>();
  for (const c of first.ready.demo.claims ?? []) seen.set(c.stage, (await getClaim(client, { claims, claimId: BigInt(c.claimId) })).state);
  for (const stage of ['Filed', 'Reviewed', 'WitnessesDrawn', 'Announced', 'Approved', 'Paid', 'Rejected', 'FraudConfirmed']) assert.equal(seen.get(stage), stage);
  const report = await getReport(client, { reports: first.ready.deployment.reports as Address, reportId: BigInt(first.ready.demo.fraudReportId ?? 0) });
  assert.equal(report.outcome, 'Confirmed');
  assert.equal((await getMember(client, { pool: first.ready.deployment.pool as Address, member: first.ready.demo.lapsed as Address })).status, 'Lapsed');
  assert.equal((await getMember(client, { pool: first.ready.deployment.pool as Address, member: first.ready.demo.exited as Address })).status, 'Exited');
  const response = await fetch(first.ready.rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }) });
  assert.equal(((await response.json()) as { result: string }).result, '0x7a69');
  const info = await lashou(['pool', 'info', '--json', '--rpc', first.ready.rpcUrl], { LASHOU_DEPLOYMENTS_DIR: join(dir, 'deployments') });
  assert.equal(info.code, 0, info.stderr);
  const pool = JSON.parse(info.stdout);
  assert.equal(pool.activeMembers, '10', '12 members: one lapsed, one exited (the expelled fraudster still pays its exit epoch)');
  assert.ok(BigInt(pool.epoch.nextToSettle) > 6n, 'epochs up to the claims settlement are settled');
  // The indexer runs next to the chain, has indexed it, and serves the same figures as the pool.
  assert.ok(first.ready.apiUrl && first.ready.indexerPid, 'lashou dev starts the indexer and prints its URL');
  const stats = (await (await fetch(`${first.ready.apiUrl}/api/stats`)).json()) as { members: { active: number }; money: { memberFunds: string } };
  assert.equal(String(stats.members.active), pool.activeMembers);
  assert.equal(stats.money.memberFunds, pool.memberFunds);
  const lapsed = (await (await fetch(`${first.ready.apiUrl}/api/members/${first.ready.demo.lapsed}`)).json()) as { status: string };
  assert.equal(lapsed.status, 'Lapsed');
  // The web app is served next to them: the built app (deep links too) and its runtime configuration.
  assert.ok(first.ready.webUrl, 'lashou dev serves the web app and prints its URL');
  for (const path of ['/', '/claims/4', '/join']) {
    const page: Response = await fetch(`${first.ready.webUrl}${path}`);
    assert.equal(page.status, 200, path);
    const html = await page.text();
    assert.match(html, /<script type="module"[^>]*src="\/assets\/index-[^"]+\.js"/, `${path} is the built app`);
    assert.match(html, /<div id="root"><\/div>/, path);
  }
  const webConfig = (await (await fetch(`${first.ready.webUrl}/lashou.json`)).json()) as { chainId: number; rpcUrl: string; apiUrl: string; deployment: { pool: string }; devAccounts?: { address: string }[] };
  assert.equal(webConfig.chainId, 31337);
  assert.equal(webConfig.rpcUrl, first.ready.rpcUrl);
  assert.equal(webConfig.apiUrl, first.ready.apiUrl);
  assert.equal(webConfig.deployment.pool.toLowerCase(), first.ready.deployment.pool.toLowerCase());
  assert.equal(webConfig.devAccounts?.[0]?.address, first.ready.accounts[0]?.address, 'dev accounts on the local chain');
  assert.ok(alive(first.ready.anvilPid));
  assert.ok(alive(first.ready.indexerPid));
  assert.equal(await stop(first.child), 0);
  await assert.rejects(fetch(`${first.ready.webUrl}/`), 'the web app must be stopped with lashou dev');
  assert.equal(alive(first.ready.anvilPid), false, 'anvil must be stopped with lashou dev');
  assert.equal(alive(first.ready.indexerPid), false, 'the indexer must be stopped with lashou dev');
  assert.ok(existsSync(join(dir, 'state', 'anvil-state.json')), 'the chain state was saved');

  const second = await startDev([]);
  assert.equal(second.ready.resumed, true);
  assert.equal(second.ready.deployment.pool, first.ready.deployment.pool);
  assert.equal(second.ready.demo.members, undefined, 'nothing re-seeded');
  const again = (await (await fetch(`${second.ready.apiUrl}/api/stats`)).json()) as { members: { active: number } };
  assert.equal(String(again.members.active), pool.activeMembers, 'the resumed index serves the same mutual');
  assert.equal((await fetch(`${second.ready.webUrl}/lashou.json`)).status, 200, 'the resumed mutual serves the web app too');
  assert.equal(await stop(second.child), 0);
  assert.equal(alive(second.ready.anvilPid), false);
  assert.ok(second.ready.indexerPid);
  assert.equal(alive(second.ready.indexerPid), false);
});
