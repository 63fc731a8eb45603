import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { getClaim, getMember, getReport } from '@lashou/sdk';
import { anvilDevKey, walletFor } from '@lashou/sdk/node';
import type { Address } from 'viem';
import { assertJsonSchema, lashou, startDev, alive, stopAllDev, stopDev } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lashou-dev-'));
after(async () => {
  await stopAllDev();
  rmSync(dir, { recursive: true, force: true });
});

type Ready = {
  rpcUrl: string; anvilPid: number; resumed: boolean; keeper: { address: string; healthUrl: string; log: string } | null; apiUrl: string | null; indexerPid: number | null; webUrl: string | null; webConfig: string | null;
  deployment: { pool: string; claims?: string; reports?: string };
  demo: { members?: number; lapsed?: string; exited?: string; fraudReportId?: string; witnesses?: { address: string; region: number }[]; claims?: { claimId: string; stage: string }[] };
  accounts: { address: string; role: string }[];
  resumedFrom?: { blockNumber: number; time: number; timeIso: string } | null;
};

/** Starts `lashou dev --json` on free ports in the test's folder and resolves with its ready document. */
const start = (args: string[]) =>
  startDev<Ready>(['--json', '--port', '0', '--api-port', '0', '--web-port', '0', '--keeper-port', '0', '--state-dir', join(dir, 'state'), '--deployments-dir', join(dir, 'deployments'), ...args]);

test('lashou dev seeds a demo mutual, answers JSON-RPC, and leaves no process behind on SIGINT; state survives a restart', async () => {
  // Without the keeper, so that the demo claims are still in their seeded stages when read below.
  const first = await start(['--fresh', '--members', '12', '--no-keeper']);
  assert.equal(first.ready.resumed, false);
  assert.equal(first.ready.keeper, null);
  assert.equal(first.ready.demo.members, 12);
  // The ready document follows the CLI's output schema too (the address book's minimum balance is an amount).
  assertJsonSchema(first.ready, 6);
  assert.equal((first.ready.deployment as unknown as { parameters: { minimumBalanceBaseUnits: string } }).parameters.minimumBalanceBaseUnits, '10000000');
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
  // pool info --json follows the output schema: counts are numbers, amounts token units with <key>BaseUnits.
  assert.equal(pool.activeMembers, 10, '12 members: one lapsed, one exited (the expelled fraudster still pays its exit epoch)');
  assert.ok(BigInt(pool.epoch.nextToSettle) > 6n, 'epochs up to the claims settlement are settled');
  // The indexer runs next to the chain, has indexed it, and serves the same figures as the pool.
  assert.ok(first.ready.apiUrl && first.ready.indexerPid, 'lashou dev starts the indexer and prints its URL');
  const stats = (await (await fetch(`${first.ready.apiUrl}/api/stats`)).json()) as { members: { active: number }; money: { memberFunds: string } };
  assert.equal(Number(stats.members.active), pool.activeMembers);
  assert.equal(stats.money.memberFunds, pool.memberFundsBaseUnits);
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
  assert.equal(await stopDev(first.child), 0);
  await assert.rejects(fetch(`${first.ready.webUrl}/`), 'the web app must be stopped with lashou dev');
  assert.equal(alive(first.ready.anvilPid), false, 'anvil must be stopped with lashou dev');
  assert.equal(alive(first.ready.indexerPid), false, 'the indexer must be stopped with lashou dev');
  assert.ok(existsSync(join(dir, 'state', 'anvil-state.json')), 'the chain state was saved');

  const second = await start([]);
  assert.equal(second.ready.resumed, true);
  assert.equal(second.ready.deployment.pool, first.ready.deployment.pool);
  assert.equal(second.ready.demo.members, undefined, 'nothing re-seeded');
  // A resumed chain says as much as a new one: the witness keys and every claim in its state read from the chain
  // (the first run had no keeper and the second's starts after its banner: the states are the seeded ones).
  assert.deepEqual(second.ready.demo.witnesses, first.ready.demo.witnesses, 'the witnesses (keys, regions) on resume');
  assert.deepEqual(second.ready.demo.claims, first.ready.demo.claims, 'the claims in each stage on resume');
  assert.ok(second.ready.resumedFrom && second.ready.resumedFrom.blockNumber > 0, 'the block the chain resumed from');
  const again = (await (await fetch(`${second.ready.apiUrl}/api/stats`)).json()) as { members: { active: number } };
  assert.equal(Number(again.members.active), pool.activeMembers, 'the resumed index serves the same mutual');
  assert.equal((await fetch(`${second.ready.webUrl}/lashou.json`)).status, 200, 'the resumed mutual serves the web app too');
  // The keeper runs by default, here on the resumed chain.
  assert.ok(second.ready.keeper, 'lashou dev runs the keeper');
  const keeper = second.ready.keeper;
  const health = await fetch(keeper.healthUrl);
  const metrics = (await health.json()) as { account: string; chainId: number };
  assert.equal(metrics.account, keeper.address);
  assert.equal(metrics.chainId, 31337);
  const claimsManager = second.ready.deployment.claims as Address;
  const reader = walletFor(second.ready.rpcUrl, anvilDevKey(0));
  const stateOf = async (stage: string) => {
    const claimId = BigInt(first.ready.demo.claims?.find((c) => c.stage === stage)?.claimId ?? 0);
    return { claimId, claim: await getClaim(reader, { claims: claimsManager, claimId }) };
  };
  const keeperLog = () => (existsSync(keeper.log) ? readFileSync(keeper.log, 'utf8') : '(no keeper log)');
  const eventually = async (what: string, check: () => Promise<boolean>) => {
    const deadline = Date.now() + 60_000;
    while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    assert.ok(await check(), `${what}; keeper log:\n${keeperLog()}\nhealth: ${await (await fetch(keeper.healthUrl)).text()}`);
  };
  // The reviewed demo claim's randomness target was mined before the restart, and a reloaded anvil's BLOCKHASH no
  // longer matches the blocks it serves: the keeper lets that request expire (local chain only) and draws afresh.
  await eventually('the reviewed demo claim is drawn by the keeper', async () => (await stateOf('Reviewed')).claim.state === 'WitnessesDrawn');
  assert.match(keeperLog(), /mined \d+ block\(s\) so that it expires and the next draw asks for fresh randomness/);
  // Once the announcement is over, the announced demo claim is approved with no call from anyone.
  const announced = await stateOf('Announced');
  assert.equal(announced.claim.state, 'Announced');
  await reader.request({ method: 'evm_setNextBlockTimestamp' as never, params: [Number(announced.claim.deadline + 1n)] as never });
  await reader.request({ method: 'evm_mine' as never, params: [] as never });
  await eventually('the keeper approves the claim once its announcement is over', async () => (await stateOf('Announced')).claim.state === 'Approved');
  assert.match(keeperLog(), new RegExp(`action +approveClaim \\(claim ${announced.claimId} approveClaim\\): .* — tx 0x[0-9a-f]{64}`), 'one line per action in the keeper log');
  assert.equal(await stopDev(second.child), 0);
  await assert.rejects(fetch(second.ready.keeper.healthUrl), 'the keeper is stopped with lashou dev');
  assert.equal(alive(second.ready.anvilPid), false);
  assert.ok(second.ready.indexerPid);
  assert.equal(alive(second.ready.indexerPid), false);
});
