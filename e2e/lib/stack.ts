/**
 * The local stack the browser tests run against: `lashou dev` (anvil, the contracts, a seeded demo mutual, the
 * indexer and its API, the built web app) on free ports in a temporary folder, and helpers to move its time.
 *
 * `e2e/run.ts` starts one stack for the whole run and passes it to the test files in LASHOU_E2E_STACK; a test
 * file run on its own (`node --import tsx --test e2e/pages.test.ts`) starts its own with {@link useStack}.
 * Either way everything is stopped at the end, failed or not.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anvilDevKey, demoMemberKey, demoResidentId, walletFor } from '@lashou/sdk/node';
import { getMember, requestTestTokens } from '@lashou/sdk';
import { privateKeyToAccount } from 'viem/accounts';
import { toHex, type Address, type Hex } from 'viem';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'packages/cli/bin/lashou.mjs');

/** Members seeded by the e2e stack (enough for three witnesses in each region's claims and spare claimants). */
export const E2E_MEMBERS = 20;
export const DAY = 86_400;

export type DevAccount = { label: string; address: Address; privateKey: Hex };
/** The seeded demo's identities: wallet i of the seed holds resident ID `demoResidentId(i)`, `Demo Member <i>` (packages/cli/src/dev/seedDemo.ts). */
export type Identity = { idNumber: string; name: string };

export type StackInfo = {
  rpcUrl: string;
  apiUrl: string;
  webUrl: string;
  webConfig: string;
  anvilPid: number;
  indexerPid: number;
  devPid: number;
  dir: string;
  deployment: { pool: Address; token: Address; claims: Address; reports: Address; registry: Address };
  demo: { claims: { claimId: string; stage: string; claimant: Address }[]; witnesses: { address: Address; privateKey: Hex; region: number }[]; fraudReportId: string };
  accounts: { index: number; address: Address; privateKey: Hex; role: string }[];
  /** Accounts added to the web app's dev-account picker for the tests. */
  extra: {
    /** Not a member, with ETH and 1,000 test tokens: joins in the join test. */
    joiner: DevAccount;
    /** Covered demo members without a claim, with their identities (the operator needs them for the nullifier). */
    claimants: (DevAccount & Identity)[];
    /** Not a witness yet, with ETH and 20,000 test tokens: stakes, seasons and is activated in the witness test. */
    witness: DevAccount;
  };
};

export type Stack = StackInfo & { stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
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

function killTree(pid: number | undefined, signal: NodeJS.Signals) {
  if (!pid) return;
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, signal);
    } catch {
      // gone already, or not a group leader
    }
  }
}

/** One JSON-RPC call to the stack's chain. */
export async function rpc<T = unknown>(rpcUrl: string, method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await response.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/** Moves the chain's clock forward and mines a block with the new time. */
export async function increaseTime(rpcUrl: string, seconds: number) {
  await rpc(rpcUrl, 'evm_increaseTime', [seconds]);
  await rpc(rpcUrl, 'evm_mine');
}

/** Mines `blocks` empty blocks (the witness draw waits for a future block's randomness). */
export async function mine(rpcUrl: string, blocks: number) {
  await rpc(rpcUrl, 'anvil_mine', [toHex(blocks)]);
}

/** The latest block's timestamp (seconds). */
export async function chainTime(rpcUrl: string): Promise<number> {
  const block = await rpc<{ timestamp: Hex }>(rpcUrl, 'eth_getBlockByNumber', ['latest', false]);
  return Number(block.timestamp);
}

/** Waits until the indexer's API has indexed the chain's current head (the pages read it). */
export async function waitForIndexer(stack: Pick<StackInfo, 'rpcUrl' | 'apiUrl'>, timeoutMs = 60_000) {
  const head = Number(await rpc<Hex>(stack.rpcUrl, 'eth_blockNumber'));
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const status = (await (await fetch(`${stack.apiUrl}/status`)).json()) as Record<string, { block?: { number?: number } }>;
      const indexed = Object.values(status)[0]?.block?.number ?? -1;
      last = `indexed block ${indexed}`;
      if (indexed >= head) return;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the indexer did not reach block ${head} in ${timeoutMs} ms (${last})`);
}

/**
 * Starts `lashou dev --fresh --json` on free ports in a temporary folder and waits until it is ready (chain
 * seeded, indexer caught up, web app served), then adds the test accounts to the web app's dev-account picker.
 * Without the keeper: the tests take each permissionless step in the browser (the operator page's buttons), and
 * the demo claims stay in the stages the tests expect (the keeper has its own tests in the SDK and the CLI).
 */
export async function startStack({ members = E2E_MEMBERS, webDist, log = (line: string) => process.stderr.write(`${line}\n`) }: { members?: number; webDist?: string; log?: (line: string) => void } = {}): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'lashou-e2e-'));
  // The app is built into (and served from) a folder of this run: another build of apps/web/dist meanwhile
  // (a developer's `vite build`) cannot take files away from under the tests.
  const [port, apiPort, webPort] = [await freePort(), await freePort(), await freePort()];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LASHOU_')));
  const args = [BIN, 'dev', '--fresh', '--json', '--members', String(members), '--state-dir', join(dir, 'state'), '--deployments-dir', join(dir, 'deployments'), '--port', String(port), '--api-port', String(apiPort), '--web-port', String(webPort), '--web-dist', webDist ?? join(dir, 'web'), '--no-keeper'];
  log(`e2e: starting lashou ${args.slice(1).join(' ')}`);
  const started = Date.now();
  // Its own process group, so nothing it started can outlive the tests.
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  let ready: Record<string, unknown> | null = null;
  const stopEmergency = () => {
    killTree(child.pid, 'SIGKILL');
    for (const key of ['indexerPid', 'anvilPid'] as const) killTree(ready?.[key] as number | undefined, 'SIGKILL');
  };
  process.once('exit', stopEmergency);
  try {
    ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`lashou dev was not ready after 240 s; stderr:\n${stderr.slice(-3000)}`)), 240_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`lashou dev exited early with code ${code}; stderr:\n${stderr.slice(-3000)}`));
      });
      child.stdout!.on('data', () => {
        try {
          const parsed = JSON.parse(stdout) as Record<string, unknown>;
          clearTimeout(timer);
          resolve(parsed);
        } catch {
          // the JSON document is not complete yet
        }
      });
    });
  } catch (error) {
    stopEmergency();
    process.removeListener('exit', stopEmergency);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (!ready.webUrl || !ready.apiUrl) {
    stopEmergency();
    throw new Error(`lashou dev did not start the web app or the API: ${JSON.stringify({ webUrl: ready.webUrl, apiUrl: ready.apiUrl })}`);
  }
  log(`e2e: stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s: web ${ready.webUrl}, API ${ready.apiUrl}, RPC ${ready.rpcUrl}`);

  const info = ready as unknown as Omit<StackInfo, 'extra' | 'dir' | 'devPid'>;
  let extra: StackInfo['extra'];
  try {
    extra = await addTestAccounts(info);
  } catch (error) {
    stopEmergency();
    process.removeListener('exit', stopEmergency);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      killTree(child.pid, 'SIGINT');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') log('e2e: lashou dev did not stop in 20 s: killing it');
      stopEmergency();
      for (const pid of [info.anvilPid, info.indexerPid]) if (pid && alive(pid)) killTree(pid, 'SIGKILL');
      process.removeListener('exit', stopEmergency);
      rmSync(dir, { recursive: true, force: true });
    })());
  return { ...info, dir, devPid: child.pid!, extra, stop };
}

/**
 * Test accounts in the web app's dev-account picker (the runtime configuration is re-read on every page load):
 * a funded non-member who joins through the UI, a funded non-witness who stakes in the witness test, and covered
 * demo members without a claim, with their identities.
 */
async function addTestAccounts(info: Omit<StackInfo, 'extra' | 'dir' | 'devPid'>): Promise<StackInfo['extra']> {
  const operator = walletFor(info.rpcUrl, anvilDevKey(0));
  const account = (label: string, privateKey: Hex): DevAccount => ({ label, address: privateKeyToAccount(privateKey).address, privateKey });
  const joiner = account('E2E joiner', anvilDevKey(30));
  await rpc(info.rpcUrl, 'anvil_setBalance', [joiner.address, toHex(10n ** 19n)]);
  await requestTestTokens(operator, { token: info.deployment.token, amount: 1_000_000_000n, to: joiner.address });
  const witness = account('E2E witness', anvilDevKey(31));
  await rpc(info.rpcUrl, 'anvil_setBalance', [witness.address, toHex(10n ** 19n)]);
  await requestTestTokens(operator, { token: info.deployment.token, amount: 20_000_000_000n, to: witness.address });
  // Seed wallets 14… are demo keys 7… (wallets 0–6 are anvil's #3–#9): members with no claim and no top-up.
  const claimants: (DevAccount & Identity)[] = [];
  for (let wallet = 14; wallet < E2E_MEMBERS && claimants.length < 3; wallet++) {
    const candidate = account(`E2E claimant ${claimants.length + 1}`, demoMemberKey(wallet - 7));
    const member = await getMember(operator, { pool: info.deployment.pool, member: candidate.address });
    if (member.status !== 'Covered') continue;
    claimants.push({ ...candidate, idNumber: demoResidentId(wallet), name: `Demo Member ${wallet}` });
  }
  if (claimants.length === 0) throw new Error('no covered demo member without a claim: the seed changed (packages/cli/src/dev/seedDemo.ts)');
  const config = JSON.parse(readFileSync(info.webConfig, 'utf8')) as { devAccounts?: DevAccount[] };
  config.devAccounts = [...(config.devAccounts ?? []), joiner, witness, ...claimants.map(({ label, address, privateKey }) => ({ label, address, privateKey }))];
  writeFileSync(info.webConfig, `${JSON.stringify(config, null, 2)}\n`);
  return { joiner, claimants, witness };
}

/** The stack this file started for itself (run alone), if any. */
let own: Awaited<ReturnType<typeof startStack>> | null = null;

/**
 * The stack of this run: the one `e2e/run.ts` started (LASHOU_E2E_STACK), or a new one for this file alone, which
 * the file's `after` stops with `releaseStack()`. (An `after` registered from inside the file's `before` ran as soon
 * as that hook ended and stopped the stack before the first test.)
 */
export async function useStack(): Promise<StackInfo> {
  const shared = process.env.LASHOU_E2E_STACK;
  if (shared && existsSync(shared)) return JSON.parse(readFileSync(shared, 'utf8')) as StackInfo;
  own ??= await startStack();
  return own;
}

/** Stops the stack `useStack` started for this file; nothing for the run's shared stack. */
export async function releaseStack(): Promise<void> {
  await own?.stop();
  own = null;
}
