import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { getClaim, getWitness, requestTestTokens, stakeWitness } from '@lashou/sdk';
import { deployLashou, startTestChain, type TestChain } from '@lashou/sdk/node';
import type { Address, Hex } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { seedDemo } from '../src/dev/seedDemo.js';
import { BIN, assertJsonSchema, assertOneLineError, lashou } from './helpers.js';

const DAY = 86_400;
const dir = mkdtempSync(join(tmpdir(), 'lashou-cli-keeper-'));
const deployments = join(dir, 'deployments');
const keeperKey = generatePrivateKey();
const keeperAddress = privateKeyToAccount(keeperKey).address;
let chain: TestChain;
let seeded: Awaited<ReturnType<typeof seedDemo>>;
let claims: Address;
const children: ChildProcessWithoutNullStreams[] = [];
const env = (extra: Record<string, string> = {}) => ({ LASHOU_RPC_URL: chain.rpcUrl, LASHOU_DEPLOYMENTS_DIR: deployments, ...extra });
const stageClaim = (stage: string) => {
  const found = seeded.demoClaims.find((c) => c.stage === stage);
  if (!found) throw new Error(`no demo claim in stage ${stage}`);
  return BigInt(found.claimId);
};
const state = async (claimId: bigint) => (await getClaim(chain.dev(0), { claims, claimId })).state;

type Line = { event: string; level: string; message: string; kind?: string; step?: string; hash?: string };

/** `lashou keeper --json …` as a process; resolves lines as they come. */
function startKeeper(args: string[], extra: Record<string, string> = {}) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LASHOU_')));
  const child = spawn(process.execPath, [BIN, 'keeper', '--json', ...args], { env: { LASHOU_JSON_STRICT: '1', ...base, ...env(extra) } });
  children.push(child);
  const lines: Line[] = [];
  let buffer = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, newline)) as Line & { at: unknown; atIso: unknown };
      // Every line follows the CLI's JSON schema: `at` in unix seconds with `atIso`, blocks and gas as numbers.
      assertJsonSchema(line, 6);
      if (typeof line.at !== 'number' || typeof line.atIso !== 'string') throw new Error(`keeper line without at/atIso: ${JSON.stringify(line)}`);
      lines.push(line);
      buffer = buffer.slice(newline + 1);
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const waitFor = async (what: string, match: (line: Line) => boolean, timeoutMs = 30_000) => {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      const found = lines.find(match);
      if (found) return found;
      if (child.exitCode !== null) throw new Error(`keeper exited (${child.exitCode}) before ${what}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}; lines: ${lines.map((l) => l.message).join('\n')}; stderr: ${stderr}`);
  };
  return { child, lines, waitFor, stderr: () => stderr };
}

before(async () => {
  chain = await startTestChain();
  seeded = await seedDemo(chain.rpcUrl, { members: 12, deploymentsDir: deployments, onProgress: () => {} });
  claims = seeded.claims as Address;
  await chain.dev(0).request({ method: 'anvil_setBalance' as never, params: [keeperAddress, '0x56bc75e2d63100000'] as never }); // 100 ETH
});
after(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('lashou keeper, as a real process', { timeout: 240_000 }, () => {
  test('--once --dry-run lists what is due and what waits, and sends nothing; a keystore gives its address without the password', async () => {
    const block = await chain.dev(0).getBlockNumber();
    const out = await lashou(['keeper', '--once', '--dry-run'], env({ LASHOU_PRIVATE_KEY: keeperKey }));
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /dry-run +would fulfill \(claim \d+ fulfilRandomness\): block \d+ is mined/);
    assert.match(out.stdout, /dry run, nothing sent\ndue now \(1\):\n {2}claim \d+ fulfilRandomness +due/);
    // Times in human output: the local date and time with the zone (formatTime), as everywhere in the CLI.
    assert.match(out.stdout, new RegExp(`claim ${stageClaim('Announced')} approveClaim +from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC`));
    assert.match(out.stdout, /chain time \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    assert.match(out.stdout, /pool settleEpoch +from /);
    const json = await lashou(['keeper', '--once', '--dry-run', '--json', '--steps', 'claims'], env());
    assert.equal(json.code, 0, json.stderr);
    const doc = JSON.parse(json.stdout.trim().split('\n').at(-1)!) as { due: { kind: string }[]; waiting: { kind: string; group: string; claimId?: unknown; allowedAt?: unknown; allowedAtIso?: unknown }[]; chainTime: unknown; chainTimeIso: unknown; blockNumber: unknown };
    // The CLI's JSON schema: ids as strings, times as unix seconds with <key>Iso, blocks as numbers.
    for (const line of json.stdout.trim().split('\n')) assertJsonSchema(JSON.parse(line), 6);
    assert.equal(typeof doc.chainTime, 'number');
    assert.equal(doc.chainTimeIso, new Date(Number(doc.chainTime) * 1000).toISOString().replace('.000Z', 'Z'));
    assert.equal(typeof doc.blockNumber, 'number');
    const approve = doc.waiting.find((s) => s.kind === 'approveClaim');
    assert.equal(approve?.claimId, String(stageClaim('Announced')));
    assert.equal(typeof approve?.allowedAt, 'number');
    assert.match(String(approve?.allowedAtIso), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.deepEqual(doc.due, [], 'randomness is not in --steps claims');
    assert.ok(doc.waiting.every((s) => s.group === 'claims'), 'only the groups asked for');
    assert.ok(doc.waiting.some((s) => s.kind === 'approveClaim'));
    // A keystore: the dry run reads its address and asks for no password (stdin is not a terminal here).
    const keystore = join(dir, 'keeper-key.json');
    assert.equal((await lashou(['key', 'new', '--out', keystore], { LASHOU_KEYSTORE_PASSWORD: 'a long keeper password' })).code, 0);
    const viaKeystore = await lashou(['keeper', '--once', '--dry-run', '--keystore', keystore], env());
    assert.equal(viaKeystore.code, 0, viaKeystore.stderr);
    assert.equal(await chain.dev(0).getBlockNumber(), block, 'nothing was sent');
  });

  test('bad options get one clear line each', async () => {
    assertOneLineError(await lashou(['keeper', '--steps', 'pool,bogus'], env()), /--steps: "bogus" is not a step group: use pool, randomness, claims, reports, witnesses, deferred$/);
    assertOneLineError(await lashou(['keeper', '--max-gas', '0'], env()), /--max-gas "0" is not a whole number above 0/);
    assertOneLineError(await lashou(['keeper', '--interval', 'soon'], env()), /--interval "soon" is not a positive number: e.g. --interval 12/);
    assertOneLineError(await lashou(['keeper', '--daily-budget', '-1'], env()), /--daily-budget "-1" is not a positive number/);
    assertOneLineError(await lashou(['keeper', '--max-gas-price', '0.0000000000001'], env()), /--max-gas-price "0.0000000000001" is below 1 wei/);
    assertOneLineError(await lashou(['keeper', '--health-port', '70000'], env()), /--health-port "70000" is not a port number/);
    assertOneLineError(await lashou(['keeper', '--once'], env()), /no signing key: pass --keystore <file> or --account <name>/);
  });

  test('killed with SIGKILL mid-run and started again, it picks up where the chain is; its health endpoint says what it did', async () => {
    const reviewed = stageClaim('Reviewed');
    const announced = stageClaim('Announced');
    const first = startKeeper(['--mine', '--interval', '0.2'], { LASHOU_PRIVATE_KEY: keeperKey });
    await first.waitFor('the reviewed claim to be drawn', (l) => l.event === 'action' && l.step === `claim ${reviewed} drawWitnesses`);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    assert.equal(await state(reviewed), 'WitnessesDrawn');
    assert.equal(await state(announced), 'Announced');

    await chain.increaseTime(8 * DAY);
    const second = startKeeper(['--mine', '--interval', '0.2', '--health-port', '0'], { LASHOU_PRIVATE_KEY: keeperKey });
    const healthLine = await second.waitFor('the health endpoint', (l) => l.event === 'start' && /health endpoint/.test(l.message));
    const url = /(http:\/\/127\.0\.0\.1:\d+)\/health/.exec(healthLine.message)?.[1];
    assert.ok(url, healthLine.message);
    await second.waitFor('the announced claim to be approved', (l) => l.event === 'action' && l.step === `claim ${announced} approveClaim`);
    assert.equal(await state(announced), 'Approved');
    await second.waitFor('the ended epoch to be settled', (l) => l.event === 'action' && l.kind === 'settleEpoch');

    type Metrics = { healthy: boolean; account: string; chainId: number; stepsDone: Record<string, number>; waiting: { key: string; allowedAt?: string }[]; lastAction: { message: string } };
    let m: Metrics | undefined;
    // The pass after the settlement shows the next one as waiting.
    for (let tries = 0; tries < 50 && !m?.waiting.some((s) => s.key === 'pool settleEpoch'); tries++) {
      const health: Response = await fetch(`${url}/health`);
      const body = await health.text();
      assert.equal(health.status, 200, body);
      m = JSON.parse(body) as Metrics;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(m);
    assert.equal(m.healthy, true);
    assert.equal(m.account, keeperAddress);
    assert.equal(m.chainId, 31337);
    assert.ok((m.stepsDone.approveClaim ?? 0) >= 1);
    assert.ok(m.waiting.some((s) => s.key === 'pool settleEpoch' && s.allowedAt), 'the next settlement and when');
    const metrics = await (await fetch(`${url}/metrics`)).text();
    assert.match(metrics, /^lashou_keeper_up 1$/m);
    assert.match(metrics, /^lashou_keeper_steps_done_total\{kind="approveClaim"\} [1-9]\d*$/m);
    const missing = await fetch(`${url}/nope`);
    assert.equal(missing.status, 404);
    assert.match(((await missing.json()) as { error: string }).error, /GET \/health .* GET \/metrics/);

    second.child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => second.child.once('exit', r));
    assert.equal(code, 0);
    assert.ok(second.lines.some((l) => l.event === 'stop'), 'it says it stopped');
    assert.deepEqual([...first.lines, ...second.lines].filter((l) => l.level === 'error').map((l) => l.message), [], 'no step failed');
  });

  test('on a public chain id it signs only with a keystore, refuses --mine, and warns without a budget or a gas price ceiling', async () => {
    const other = await startTestChain({ chainId: 11_155_111 });
    try {
      const otherDeployments = join(dir, 'other');
      await deployLashou(other.dev(0), { deploymentsDir: otherDeployments, timelockAdmin: other.dev(5).account.address, operator: other.dev(6).account.address });
      const otherEnv = { LASHOU_RPC_URL: other.rpcUrl, LASHOU_DEPLOYMENTS_DIR: otherDeployments };
      assertOneLineError(await lashou(['keeper', '--once'], { ...otherEnv, LASHOU_PRIVATE_KEY: keeperKey }), /on chain 11155111 the keeper signs only with a keystore: unset LASHOU_PRIVATE_KEY and pass --keystore/);
      assertOneLineError(await lashou(['keeper', '--mine'], otherEnv), /--mine is for the local development chain \(31337\) only/);
      const keystore = join(dir, 'public-keeper.json');
      assert.equal((await lashou(['key', 'new', '--out', keystore], { LASHOU_KEYSTORE_PASSWORD: 'another long password' })).code, 0);
      // --keystore wins over LASHOU_PRIVATE_KEY (flag → environment → config): the keeper signs with the keystore.
      const once = await lashou(['keeper', '--once', '--keystore', keystore], { ...otherEnv, LASHOU_KEYSTORE_PASSWORD: 'another long password', LASHOU_PRIVATE_KEY: keeperKey });
      assert.equal(once.code, 0, once.stderr);
      assert.match(once.stderr, /warning: no --daily-budget on chain 11155111/);
      assert.match(once.stderr, /warning: no --max-gas-price on chain 11155111/);
      assert.match(once.stdout, /0 step\(s\) taken/);
      const budgeted = await lashou(['keeper', '--once', '--keystore', keystore, '--daily-budget', '0.01', '--max-gas-price', '50'], { ...otherEnv, LASHOU_KEYSTORE_PASSWORD: 'another long password' });
      assert.equal(budgeted.code, 0, budgeted.stderr);
      assert.equal(budgeted.stderr, '', 'no warning once both limits are set');
    } finally {
      await other.stop();
    }
  });

  test('--steps witnesses: a new witness waits out its seasoning, then one pass activates it', async () => {
    const witness = chain.dev(9);
    const registry = seeded.registry as Address;
    await requestTestTokens(witness, { token: seeded.token, amount: 5_000n * 1_000_000n });
    await stakeWitness(witness, { registry, amount: 5_000n * 1_000_000n, region: 2 });
    const key = `witness ${witness.account.address} activate`;
    let out = await lashou(['keeper', '--once', '--dry-run', '--steps', 'witnesses'], env());
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /due now \(0\):\nwaiting \(1\):\n/);
    assert.match(out.stdout, new RegExp(`${key} +from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\S* +witness ${witness.account.address} is seasoning until`));
    await chain.increaseTime(31 * DAY);
    out = await lashou(['keeper', '--once', '--steps', 'witnesses'], env({ LASHOU_PRIVATE_KEY: keeperKey }));
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, new RegExp(`action +activate \\(${key}\\): .* → activated witness ${witness.account.address} \\(tier 0, region 2\\)`));
    assert.match(out.stdout, /1 step\(s\) taken\ndue now \(0\):\nwaiting \(0\):/);
    assert.equal((await getWitness(chain.dev(0), { registry, witness: witness.account.address })).eligible, true);
  });
});
