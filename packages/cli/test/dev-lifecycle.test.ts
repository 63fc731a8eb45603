// The dev chain's lifecycle: one lashou dev per state directory, blocks on an idle chain, `dev time` / `dev mine` /
// `dev time advance`, a restart that keeps time moving forward, and the banner a resumed chain prints. One chain is
// seeded (12 members, without the indexer) and used by every test in order, then resumed once with the keeper.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { getClaim } from '@lashou/sdk';
import { anvilDevKey, startAnvil, walletFor } from '@lashou/sdk/node';
import type { Address } from 'viem';
import { DEV_ROLES } from '../src/dev/seedDemo.js';
import { type DevProcess, assertJsonSchema, assertOneLineError, jsonReady, lashou, startDev, alive, stopAllDev, stopDev } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lashou-dev-life-'));
const stateDir = join(dir, 'state');
const deploymentsDir = join(dir, 'deployments');
const lockPath = join(stateDir, 'dev.lock');
const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  await stopAllDev();
  for (const cleanup of cleanups) await cleanup().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** `formatTime`: the local date and time with the zone (TZ=Asia/Shanghai below). */
const LOCAL_TIME = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\+08:00/;

type Dev = DevProcess<unknown>;

/** Starts `lashou dev` on the shared state directory; resolves once `ready(stdout)` says it is up. */
const start = (args: string[], ready: (stdout: string) => unknown) =>
  startDev(['--port', '0', '--keeper-port', '0', '--no-indexer', '--state-dir', stateDir, '--deployments-dir', deploymentsDir, ...args], { env: { TZ: 'Asia/Shanghai' }, ready: (stdout) => ready(stdout) || undefined });

const bannerReady = (stdout: string) => stdout.includes('Ctrl-C stops the chain');

async function rpc<T>(rpcUrl: string, method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await response.json()) as { result: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}
const blockAt = async (rpcUrl: string, tag: number | 'latest' = 'latest') => {
  const b = await rpc<{ number: string; timestamp: string }>(rpcUrl, 'eth_getBlockByNumber', [tag === 'latest' ? tag : `0x${tag.toString(16)}`, false]);
  return { number: Number(b.number), timestamp: Number(b.timestamp) };
};

async function eventually(what: string, check: () => Promise<boolean>, detail: () => string = () => '', ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  assert.ok(await check(), `${what}${detail()}`);
}

type Ready = {
  rpcUrl: string; pid: number; anvilPid: number; resumed: boolean; stateDir: string; lockFile: string; blockTimeSeconds: number; chainTime: number; chainTimeIso: string; blockNumber: number;
  deployment: { pool: string; claims: string };
  demo: { members?: number; witnesses?: { address: string; privateKey: string; region: number }[]; claims?: { claimId: string; stage: string; claimant: string }[] };
};

// Shared between the tests below, in order.
let first: Dev;
let ready: Ready;
let saved: { block: number; timestamp: number; epoch: string; claims: Map<string, string> };

test('lashou dev keeps `lashou dev [options]` and adds dev time, dev time advance and dev mine, each with examples', async () => {
  const help = await lashou(['dev', '--help']);
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /--block-time <seconds>/);
  assert.match(help.stdout, /time\s/);
  assert.match(help.stdout, /mine \[n\]/);
  for (const args of [['dev', 'time', '--help'], ['dev', 'time', 'show', '--help'], ['dev', 'time', 'advance', '--help'], ['dev', 'mine', '--help']]) {
    const result = await lashou(args);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Examples:\n {2}\$ lashou dev /, args.join(' '));
  }
});

test('dev time, dev time advance and dev mine refuse bad input and chains that are not a local anvil, with one clear line', async () => {
  for (const bad of ['3x', '1h1d', 'd', '1.5d', '90 days', '0', '']) {
    assertOneLineError(await lashou(['dev', 'time', 'advance', bad, '--rpc', 'http://127.0.0.1:1']), /^error: duration "[^"]*" is (not a duration: give whole numbers with units w, d, h, m, s|zero)/);
  }
  for (const bad of ['0', 'x', '2.5', '100001']) {
    assertOneLineError(await lashou(['dev', 'mine', bad, '--rpc', 'http://127.0.0.1:1']), /^error: block count "[^"]*" is not a whole number from 1 to 100000: e\.g\. lashou dev mine 5$/);
  }
  assertOneLineError(await lashou(['dev', '--block-time', 'fast', '--state-dir', join(dir, 'unused')]), /^error: --block-time "fast" is not a number of seconds from 0\.1 to 86400: e\.g\. --block-time 2, or --block-time 0/);
  // Another chain id: not the local dev chain.
  const other = await startAnvil({ chainId: 1 });
  cleanups.push(() => other.stop());
  for (const args of [['dev', 'time'], ['dev', 'time', 'advance', '1d'], ['dev', 'mine', '2']]) {
    assertOneLineError(await lashou([...args, '--rpc', other.rpcUrl]), new RegExp(`^error: ${escape(other.rpcUrl)} serves chain 1, not the local dev chain \\(31337\\): lashou dev (time|time advance|mine) only moves a local anvil`));
  }
  assert.equal(Number(await rpc<string>(other.rpcUrl, 'eth_blockNumber')), 0, 'nothing was mined on the refused chain');
  // Chain 31337 but not anvil: a node that does not answer anvil's methods.
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (d: Buffer) => (body += d.toString()));
    request.on('end', () => {
      const { id, method } = JSON.parse(body) as { id: number; method: string };
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(method === 'eth_chainId' ? { jsonrpc: '2.0', id, result: '0x7a69' } : { jsonrpc: '2.0', id, error: { code: -32601, message: `the method ${method} does not exist/is not available` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  assertOneLineError(await lashou(['dev', 'time', 'advance', '1d', '--rpc', url]), new RegExp(`^error: the node at ${escape(url)} does not answer anvil's methods \\(anvil_nodeInfo: .*\\): lashou dev time advance only moves a local anvil`));
});

test('a second lashou dev on the same state directory is refused with one line naming the first, and never touches its chain', async () => {
  first = await start(['--json', '--fresh', '--members', '12', '--no-keeper'], jsonReady);
  ready = JSON.parse(first.stdout()) as Ready;
  assert.equal(ready.resumed, false);
  assert.equal(ready.pid, first.child.pid);
  assert.equal(ready.lockFile, lockPath);
  assert.equal(ready.blockTimeSeconds, 2, 'a block every 2 s by default');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number; rpcUrl: string; startedAt: string };
  assert.equal(lock.pid, first.child.pid);
  assert.equal(lock.rpcUrl, ready.rpcUrl);
  assert.ok(!Number.isNaN(Date.parse(lock.startedAt)));
  const statePath = join(stateDir, 'anvil-state.json');
  await eventually('anvil writes its state file', async () => existsSync(statePath));
  const pool = ready.deployment.pool as Address;
  const codeBefore = await rpc<string>(ready.rpcUrl, 'eth_getCode', [pool, 'latest']);
  // Even --fresh (which would delete the state) and another port: refused before anything in the directory is touched.
  const expected = new RegExp(`^error: ${escape(stateDir)} is in use by lashou dev \\(pid ${first.child.pid}, RPC ${escape(ready.rpcUrl)}\\): stop it \\(Ctrl-C in its terminal, or kill ${first.child.pid}\\), or use another --state-dir$`);
  for (const extra of [['--fresh'], ['--json', '--port', '0']]) {
    const second = await lashou(['dev', '--members', '12', '--no-indexer', '--state-dir', stateDir, '--deployments-dir', deploymentsDir, ...extra]);
    assertOneLineError(second, expected);
    assert.equal(second.stdout, '');
  }
  assert.ok(existsSync(statePath), 'the running chain keeps its state file');
  assert.equal(JSON.parse(readFileSync(lockPath, 'utf8')).pid, first.child.pid, 'the lock is still the first one');
  assert.ok(alive(ready.anvilPid));
  assert.equal(await rpc<string>(ready.rpcUrl, 'eth_getCode', [pool, 'latest']), codeBefore, 'the chain still serves the same mutual');
});

test('an idle dev chain makes blocks by itself; dev time, dev mine and dev time advance move it and say where it stands', async () => {
  const start = await blockAt(ready.rpcUrl);
  await eventually('a block is mined on the idle chain within a few seconds', async () => (await blockAt(ready.rpcUrl)).number >= start.number + 2, () => '', 15_000);
  const later = await blockAt(ready.rpcUrl);
  assert.ok(later.timestamp > start.timestamp, 'the chain time moves with the interval blocks');
  const env = { LASHOU_DEPLOYMENTS_DIR: deploymentsDir, TZ: 'Asia/Shanghai' };

  const shown = await lashou(['dev', 'time', '--rpc', ready.rpcUrl], env);
  assert.equal(shown.code, 0, shown.stderr);
  assert.match(shown.stdout, new RegExp(`^chain time  ${LOCAL_TIME.source}   \\(block \\d+; \\d+ days ahead of this computer's clock\\)\\nepoch       \\d+, ends ${LOCAL_TIME.source}; next to settle \\d+\\n$`));
  const json = await lashou(['dev', 'time', 'show', '--json', '--rpc', ready.rpcUrl], env);
  assert.equal(json.code, 0, json.stderr);
  const clock = JSON.parse(json.stdout) as { chainId: number; blockNumber: number; time: number; timeIso: string; epoch: { current: number; endsAt: number } };
  assertJsonSchema(clock, 6);
  assert.equal(clock.chainId, 31337);
  assert.ok(clock.time >= later.timestamp && clock.blockNumber >= later.number);
  assert.ok(clock.epoch.endsAt > clock.time);

  const mined = await lashou(['dev', 'mine', '3', '--json', '--rpc', ready.rpcUrl], env);
  assert.equal(mined.code, 0, mined.stderr);
  const m = JSON.parse(mined.stdout) as { minedCount: number; previousBlockNumber: number; blockNumber: number };
  assertJsonSchema(m, 6);
  assert.equal(m.minedCount, 3);
  assert.ok(m.blockNumber >= m.previousBlockNumber + 3);
  const one = await lashou(['dev', 'mine', '--rpc', ready.rpcUrl], env);
  assert.match(one.stdout, new RegExp(`^mined 1 block\\(s\\): block \\d+ → \\d+; chain time ${LOCAL_TIME.source} \\(epoch \\d+\\)\\n$`));

  const advanced = await lashou(['dev', 'time', 'advance', '1d12h', '--rpc', ready.rpcUrl, '--state-dir', stateDir], env);
  assert.equal(advanced.code, 0, advanced.stderr);
  const lines = advanced.stdout.split('\n');
  assert.match(lines[0]!, new RegExp(`^chain time  ${LOCAL_TIME.source} \\(epoch \\d+\\)  →  ${LOCAL_TIME.source} \\(epoch \\d+\\)$`));
  assert.match(lines[1]!, /^moved on    1d12h \(129600 s\); block \d+; \d+ days ahead of this computer's clock$/);
  assert.match(advanced.stdout, new RegExp(`^keeper {6}none: lashou dev \\(pid ${first.child.pid}\\) runs without one \\(--no-keeper\\): lashou keeper --once takes what is due`, 'm'));
  const again = await lashou(['dev', 'time', 'advance', '3600', '--json', '--rpc', ready.rpcUrl], env);
  assert.equal(again.code, 0, again.stderr);
  const a = JSON.parse(again.stdout) as { advancedSeconds: number; before: { time: number; blockNumber: number }; after: { time: number; blockNumber: number }; keeper: unknown; due: unknown[] };
  assertJsonSchema(a, 6);
  assert.equal(a.advancedSeconds, 3600);
  assert.ok(a.after.time - a.before.time >= 3600 && a.after.time - a.before.time < 3600 + 30, `${a.after.time - a.before.time} s`);
  assert.ok(a.after.blockNumber > a.before.blockNumber);
  assert.equal(a.keeper, null);
  assert.ok(Array.isArray(a.due));
});

test('a restarted dev chain continues its clock from the last saved block: block times never go back and the epoch is unchanged', async (t) => {
  const env = { LASHOU_DEPLOYMENTS_DIR: deploymentsDir };
  const info = async (rpcUrl: string) => {
    const result = await lashou(['pool', 'info', '--json', '--rpc', rpcUrl], env);
    assert.equal(result.code, 0, result.stderr);
    return String((JSON.parse(result.stdout) as { epoch: { current: number | string } }).epoch.current);
  };
  const reader = walletFor(ready.rpcUrl, anvilDevKey(0));
  const claims = new Map<string, string>();
  for (const c of ready.demo.claims ?? []) claims.set(c.claimId, (await getClaim(reader, { claims: ready.deployment.claims as Address, claimId: BigInt(c.claimId) })).state);
  const epochBefore = await info(ready.rpcUrl);
  const headBefore = await blockAt(ready.rpcUrl);
  assert.equal(await stopDev(first.child), 0);
  assert.equal(existsSync(lockPath), false, 'the lock goes with lashou dev');
  assert.equal(alive(ready.anvilPid), false);
  // A lock left by a lashou dev that was killed (its process is gone) is taken over with a note.
  const dead = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => dead.once('exit', resolve));
  writeFileSync(lockPath, JSON.stringify({ pid: dead.pid, rpcUrl: 'http://127.0.0.1:1', startedAt: '2026-01-01T00:00:00.000Z' }));

  const resumed = await start([], bannerReady);
  first = resumed;
  const rpcUrl = /RPC URL {5}(http:\/\/\S+)/.exec(resumed.stdout())?.[1] as string;
  assert.ok(rpcUrl, resumed.stdout());
  // New blocks after the restart: a transaction, then empty blocks, one of them seconds later.
  await rpc(rpcUrl, 'eth_sendTransaction', [{ from: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', value: '0x1' }]);
  await rpc(rpcUrl, 'evm_mine');
  await new Promise((resolve) => setTimeout(resolve, 2_100));
  await rpc(rpcUrl, 'evm_mine');
  const head = await blockAt(rpcUrl);
  const times: number[] = [];
  for (let n = headBefore.number - 3; n <= head.number; n++) times.push((await blockAt(rpcUrl, n)).timestamp);
  for (let i = 1; i < times.length; i++) {
    const n = headBefore.number - 3 + i;
    assert.ok(times[i]! >= times[i - 1]!, `block times go back after the restart: block ${n - 1} at ${times[i - 1]}, block ${n} at ${times[i]} (${times[i - 1]! - times[i]!} s earlier)`);
  }
  assert.ok(head.timestamp >= headBefore.timestamp && head.timestamp - headBefore.timestamp < 120, `the chain time goes on from ${headBefore.timestamp}, now ${head.timestamp}`);
  assert.equal(await info(rpcUrl), epochBefore, "pool info's current epoch is unchanged by the restart");
  const resumedFrom = /resumed from saved state: block (\d+)/.exec(resumed.stdout());
  assert.ok(resumedFrom, resumed.stdout());
  const savedBlock = await blockAt(rpcUrl, Number(resumedFrom[1]));
  assert.ok(savedBlock.number >= headBefore.number);
  const firstNew = (await blockAt(rpcUrl, savedBlock.number + 1)).timestamp;
  assert.ok(firstNew >= savedBlock.timestamp && firstNew - savedBlock.timestamp < 60, `the first new block (${firstNew}) follows the last saved one (${savedBlock.timestamp})`);
  t.diagnostic(`saved block ${savedBlock.number} at ${savedBlock.timestamp}; first block after the restart at ${firstNew} (+${firstNew - savedBlock.timestamp} s); wall clock ${Math.floor(Date.now() / 1000)} (chain ${head.timestamp - Math.floor(Date.now() / 1000)} s ahead); epoch ${epochBefore} before and after`);
  assert.match(resumed.stderr(), new RegExp(`taking over the lock of an earlier lashou dev \\(pid ${dead.pid}, started 2026-01-01T00:00:00.000Z\\), which is no longer running`));
  assert.equal(JSON.parse(readFileSync(lockPath, 'utf8')).pid, resumed.child.pid);
  saved = { block: savedBlock.number, timestamp: savedBlock.timestamp, epoch: epochBefore, claims };
});

test('a resumed dev chain reprints the roles, the dev accounts, the witness keys and every claim in the state read from the chain, with local dates', async () => {
  const out = first.stdout();
  assert.match(out, new RegExp(`Lashou local mutual is running \\(resumed from saved state: block ${saved.block}, its clock continues from ${LOCAL_TIME.source}\\)`));
  assert.match(out, new RegExp(`^ {2}chain time {2}${LOCAL_TIME.source} {3}block \\d+; \\d+ days ahead of this computer's clock; a block every 2 s and one per transaction`, 'm'));
  assert.match(out, new RegExp(`^ {2}members {5}\\d+ active; .*; epoch ${saved.epoch} \\(ends ${LOCAL_TIME.source}\\)`, 'm'));
  DEV_ROLES.forEach((role, i) => assert.ok(out.includes(` #${i} `) && out.includes(role), `dev account #${i} with its role`));
  for (const name of ['dev:operator', 'dev:notary', 'dev:supervisor', 'dev:member']) assert.ok(out.includes(`  ${name} `), `${name}: the account name to use with --account`);
  const witnessLines = out.split('\n').filter((l) => / witness, region [123]/.test(l));
  assert.equal(witnessLines.length, 12, 'the 12 demo witnesses with their keys and regions');
  for (const line of witnessLines) assert.match(line, /^ {2}dev:witness-\d+ +0x[0-9a-fA-F]{40} {2}0x[0-9a-f]{64} {2}witness, region [123]/);
  for (const w of ready.demo.witnesses ?? []) assert.ok(out.includes(`${w.address}  ${w.privateKey}  witness, region ${w.region}`));
  assert.match(out, /^Claims \(their state now, read from the chain\):$/m);
  assert.equal(saved.claims.size, 8);
  for (const [claimId, state] of saved.claims) assert.match(out, new RegExp(`^ {2}claim ${claimId} +${state} +0x[0-9a-fA-F]{40} {2}\\d+\\.\\d+ tUSD$`, 'm'), `claim ${claimId} is shown ${state}`);
  // The demo's nullifier secret is public but is not printed: operator review uses it on the local chain by itself.
  assert.match(out, /^Operator nullifier secret: the public demo secret, refused on any other chain/m);
  assert.doesNotMatch(out, /secret.*0x[0-9a-f]{64}/i);
  assert.match(out, /npx lashou member status --account dev:member$/m);
  assert.doesNotMatch(out, /LASHOU_PRIVATE_KEY=/);
  assert.match(out, /lashou dev time advance 8d/);
});

test('with the keeper running, dev time advance past the announcement window gets the announced demo claim approved, and the approved one paid, by the keeper alone', async () => {
  const rpcUrl = /RPC URL {5}(http:\/\/\S+)/.exec(first.stdout())?.[1] as string;
  const keeperLog = join(stateDir, 'keeper.log');
  const log = () => `\nkeeper log:\n${existsSync(keeperLog) ? readFileSync(keeperLog, 'utf8') : '(none)'}\nstderr:\n${first.stderr()}`;
  const reader = walletFor(rpcUrl, anvilDevKey(0));
  const claims = ready.deployment.claims as Address;
  const idOf = (stage: string) => BigInt([...saved.claims].find(([, s]) => s === stage)?.[0] ?? 0);
  const announced = idOf('Announced');
  const approved = idOf('Approved');
  assert.ok(announced > 0n && approved > 0n);
  const claim = await getClaim(reader, { claims, claimId: announced });
  assert.equal(claim.state, 'Announced');
  const now = (await blockAt(rpcUrl)).timestamp;
  const days = Math.ceil((Number(claim.deadline) - now) / 86_400) + 1;
  // The lock tells dev time advance where the deployment and the keeper are: no LASHOU_* needed.
  const advanced = await lashou(['dev', 'time', 'advance', `${days}d`, '--rpc', rpcUrl, '--state-dir', stateDir]);
  assert.equal(advanced.code, 0, advanced.stderr);
  assert.match(advanced.stdout, /^due now     /m);
  assert.match(advanced.stdout, new RegExp(`^keeper {6}the keeper of lashou dev \\(pid ${first.child.pid}\\) takes what is due within seconds`, 'm'));
  await eventually('the keeper approves the announced claim', async () => (await getClaim(reader, { claims, claimId: announced })).state === 'Approved', log);
  await eventually('the keeper settles the epoch and marks the approved claim paid', async () => (await getClaim(reader, { claims, claimId: approved })).state === 'Paid', log);
  assert.match(readFileSync(keeperLog, 'utf8'), new RegExp(`approveClaim \\(claim ${announced} approveClaim\\)`));
  const anvilPid = Number(/anvil pid (\d+)/.exec(first.stdout())?.[1]);
  assert.equal(await stopDev(first.child), 0);
  assert.equal(existsSync(lockPath), false);
  assert.equal(alive(anvilPid), false, 'anvil is stopped with lashou dev');
});
