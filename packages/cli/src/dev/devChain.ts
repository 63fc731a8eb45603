import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Deployment, parseDeployment } from '@lashou/abi';
import { findKeeperSteps, getPool, InvalidInputError, redactUrl, type KeeperStep } from '@lashou/sdk';
import type { PublicClient } from 'viem';
import { CliError, type Context } from '../context.js';
import { keeperDeployment } from '../commands/keeper.js';
import { formatTime } from '../output.js';
import { readDevLock } from './stateLock.js';

export const LOCAL_CHAIN_ID = 31337;

const UNITS = [
  ['w', 7 * 86_400],
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
] as const;

/**
 * Parses a duration: plain seconds (`3600`), or whole numbers with units from weeks down to seconds, largest
 * first (`90d`, `36h`, `1w`, `30m`, `45s`, `1d12h`, `2w3d`). Returns seconds.
 */
export function parseDuration(text: string): number {
  const trimmed = text.trim().toLowerCase();
  const hint = 'give whole numbers with units w, d, h, m, s, largest first (e.g. 90d, 36h, 1w, 30m, 45s, 1d12h), or plain seconds (e.g. 3600)';
  let seconds: number;
  if (/^\d+$/.test(trimmed)) {
    seconds = Number(trimmed);
  } else {
    const match = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(trimmed);
    if (!match || trimmed === '') throw new InvalidInputError(`duration "${text}" is not a duration: ${hint}`, { code: 'dev.duration', params: { text } });
    seconds = UNITS.reduce((sum, [, size], i) => sum + Number(match[i + 1] ?? 0) * size, 0);
  }
  if (!Number.isSafeInteger(seconds)) throw new InvalidInputError(`duration "${text}" is too long: give at most a few years`, { code: 'dev.duration', params: { text } });
  if (seconds === 0) throw new InvalidInputError(`duration "${text}" is zero: give a time to move on, e.g. 1d`, { code: 'dev.duration', params: { text } });
  return seconds;
}

/** `129600` → `1d12h`; `45` → `45s`. */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  let rest = seconds;
  let text = '';
  for (const [unit, size] of UNITS) {
    if (unit === 'w') continue; // days read better than weeks: 90d, not 12w6d
    const n = Math.floor(rest / size);
    if (n > 0) text += `${n}${unit}`;
    rest -= n * size;
  }
  return text;
}

/** How the dev commands write a chain time (unix seconds): the local date and time with the zone, like all human output. */
export function chainTime(seconds: bigint | number): string {
  return formatTime(seconds);
}

/** `chainTime` next to how far the chain's clock is from this computer's ("(61 days ahead of this computer's clock)"). */
export function aheadOfWallClock(seconds: bigint | number): string {
  const delta = Number(seconds) - Math.floor(Date.now() / 1000);
  const size = Math.abs(delta);
  if (size < 120) return "in step with this computer's clock";
  const amount = size >= 2 * 86_400 ? `${Math.round(size / 86_400)} days` : size >= 7_200 ? `${Math.round(size / 3_600)} hours` : `${Math.round(size / 60)} minutes`;
  return `${amount} ${delta > 0 ? 'ahead of' : 'behind'} this computer's clock`;
}

/**
 * The chain the dev commands act on (--rpc, LASHOU_RPC_URL): refused unless it is a local anvil (chain 31337,
 * answering `anvil_nodeInfo`), since moving time or mining is what only a local chain allows.
 */
export async function localDevClient(ctx: Context, command: string): Promise<PublicClient> {
  const rpcUrl = ctx.rpcUrl();
  const chainId = await ctx.chainId();
  if (chainId !== LOCAL_CHAIN_ID) {
    throw new CliError(`${redactUrl(rpcUrl)} serves chain ${chainId}, not the local dev chain (${LOCAL_CHAIN_ID}): lashou dev ${command} only moves a local anvil; point --rpc (or LASHOU_RPC_URL) at the RPC URL lashou dev prints`, {
      code: 'dev.notLocal', params: { rpcUrl: redactUrl(rpcUrl), chainId },
    });
  }
  const client = await ctx.publicClient();
  try {
    await client.request({ method: 'anvil_nodeInfo' as never, params: [] as never });
  } catch (error) {
    const reason = String((error as { shortMessage?: string }).shortMessage ?? (error as Error).message).split('\n')[0];
    throw new CliError(`the node at ${redactUrl(rpcUrl)} does not answer anvil's methods (anvil_nodeInfo: ${reason}): lashou dev ${command} only moves a local anvil, such as the one lashou dev starts`, {
      code: 'dev.notAnvil', params: { rpcUrl: redactUrl(rpcUrl) },
    });
  }
  return client;
}

/** `http://localhost:8545/` and `http://127.0.0.1:8545` are the same node. */
function sameRpc(a: string, b: string): boolean {
  const norm = (url: string) => url.replace(/\/+$/, '').replace('//localhost:', '//127.0.0.1:').replace('//[::1]:', '//127.0.0.1:').toLowerCase();
  return norm(a) === norm(b);
}

/** The state directory of `lashou dev` (its --state-dir, given before or after the subcommand; default .lashou). */
function devStateDir(ctx: Context): string {
  return resolve(String((ctx.options as { stateDir?: string }).stateDir ?? '.lashou'));
}

/** The `lashou dev` running on this RPC URL, from the lock in its state directory (`--state-dir`, default .lashou). */
export function devOnRpc(ctx: Context): { pid: number; stateDir: string; keeperHealthUrl: string | null; deploymentPath: string | null } | null {
  const stateDir = devStateDir(ctx);
  const lock = readDevLock(stateDir);
  if (!lock?.rpcUrl || !sameRpc(lock.rpcUrl, ctx.rpcUrl())) return null;
  return { pid: lock.pid, stateDir, keeperHealthUrl: lock.keeperHealthUrl ?? null, deploymentPath: lock.deploymentPath ?? null };
}

/** The deployment on the dev chain: --deployment and LASHOU_* first, then what the running `lashou dev` wrote; null if none. */
export async function devDeployment(ctx: Context, dev: ReturnType<typeof devOnRpc>): Promise<Deployment | null> {
  const explicit = ctx.options.deployment ?? process.env.LASHOU_DEPLOYMENT ?? process.env.LASHOU_DEPLOYMENTS_DIR;
  if (!explicit && dev?.deploymentPath) {
    try {
      return parseDeployment(JSON.parse(readFileSync(dev.deploymentPath, 'utf8')), dev.deploymentPath);
    } catch {
      // fall back to the usual places
    }
  }
  try {
    return await ctx.deployment();
  } catch {
    return null;
  }
}

export type ChainClock = {
  blockNumber: bigint;
  timestamp: bigint;
  epoch: { current: bigint; nextToSettle: bigint; endsAt: bigint } | null;
};

/** The latest block's number and time, and the pool's epoch at it (null without a deployment). */
export async function readChainClock(client: PublicClient, deployment: Deployment | null): Promise<ChainClock> {
  const block = await client.getBlock({ blockTag: 'latest' });
  if (!deployment) return { blockNumber: block.number, timestamp: block.timestamp, epoch: null };
  const pool = await getPool(client, { pool: deployment.pool });
  const endsAt = pool.parameters.genesis + (pool.epoch.current + 1n) * pool.parameters.epochLength;
  return { blockNumber: block.number, timestamp: pool.epoch.now, epoch: { current: pool.epoch.current, nextToSettle: pool.epoch.nextToSettle, endsAt } };
}

/** The clock for --json (the output schema writes `time` and `endsAt` as unix seconds plus `…Iso`, blocks and epochs as numbers). */
export function clockJson(clock: ChainClock) {
  return {
    blockNumber: clock.blockNumber,
    time: clock.timestamp,
    aheadSeconds: Number(clock.timestamp) - Math.floor(Date.now() / 1000),
    epoch: clock.epoch ? { current: clock.epoch.current, nextToSettle: clock.epoch.nextToSettle, endsAt: clock.epoch.endsAt } : null,
  };
}

function epochText(clock: ChainClock): string {
  return clock.epoch ? `epoch ${clock.epoch.current}` : 'no Lashou deployment found';
}

/** Whether the keeper of the `lashou dev` on this RPC answers its health endpoint. */
async function devKeeper(dev: ReturnType<typeof devOnRpc>): Promise<{ pid: number; healthUrl: string } | null> {
  if (!dev?.keeperHealthUrl) return null;
  try {
    const response = await fetch(dev.keeperHealthUrl, { signal: AbortSignal.timeout(2_000) });
    return response.status < 500 || response.status === 503 ? { pid: dev.pid, healthUrl: dev.keeperHealthUrl } : null;
  } catch {
    return null;
  }
}

async function stepsDue(client: PublicClient, deployment: Deployment | null): Promise<KeeperStep[] | null> {
  if (!deployment) return null;
  try {
    return (await findKeeperSteps(client, { deployment: keeperDeployment(deployment) })).due;
  } catch {
    return null;
  }
}

/** `lashou dev time [show]`. */
export async function showTime(ctx: Context): Promise<void> {
  const client = await localDevClient(ctx, 'time');
  const dev = devOnRpc(ctx);
  const deployment = await devDeployment(ctx, dev);
  const clock = await readChainClock(client, deployment);
  await ctx.print(
    [
      `chain time  ${chainTime(clock.timestamp)}   (block ${clock.blockNumber}; ${aheadOfWallClock(clock.timestamp)})`,
      clock.epoch
        ? `epoch       ${clock.epoch.current}, ends ${chainTime(clock.epoch.endsAt)}; next to settle ${clock.epoch.nextToSettle}`
        : 'epoch       — (no Lashou deployment found for this chain: --deployment <file>)',
    ],
    { rpcUrl: redactUrl(ctx.rpcUrl()), chainId: LOCAL_CHAIN_ID, ...clockJson(clock) },
  );
}

/** `lashou dev time advance <duration>`: evm_increaseTime, one block, and what became due. */
export async function advanceTime(ctx: Context, durationText: string): Promise<void> {
  const seconds = parseDuration(durationText);
  const client = await localDevClient(ctx, 'time advance');
  const dev = devOnRpc(ctx);
  const deployment = await devDeployment(ctx, dev);
  const before = await readChainClock(client, deployment);
  await client.request({ method: 'evm_increaseTime' as never, params: [seconds] as never });
  await client.request({ method: 'evm_mine' as never, params: [] as never });
  const after = await readChainClock(client, deployment);
  const due = await stepsDue(client, deployment);
  const keeper = await devKeeper(dev);
  const shown = (due ?? []).slice(0, 12);
  const dueLines = [
    ...(due === null
      ? []
      : due.length === 0
        ? [`due now     nothing${keeper ? ' (or the keeper took it already: see its log)' : ''}`]
        : [
            `due now     ${due.length} step(s)${keeper ? ' (less what the keeper took already)' : ''}:`,
            ...shown.map((s) => `  ${s.key.padEnd(34)} ${s.detail}`),
            ...(due.length > shown.length ? [`  … and ${due.length - shown.length} more (lashou keeper --once --dry-run)`] : []),
          ]),
    keeper
      ? `keeper      the keeper of lashou dev (pid ${keeper.pid}) takes what is due within seconds: its lines follow in that terminal and in ${resolve(dev!.stateDir, 'keeper.log')}`
      : dev
        ? `keeper      none: lashou dev (pid ${dev.pid}) runs without one (--no-keeper): lashou keeper --once takes what is due (or lashou claim advance <id>, lashou pool settle)`
        : `keeper      no lashou dev for ${redactUrl(ctx.rpcUrl())} found in ${devStateDir(ctx)} (--state-dir): a keeper running there takes what is due; without one, lashou keeper --once (or lashou claim advance <id>, lashou pool settle)`,
  ];
  await ctx.print(
    [
      `chain time  ${chainTime(before.timestamp)} (${epochText(before)})  →  ${chainTime(after.timestamp)} (${epochText(after)})`,
      `moved on    ${formatDuration(seconds)} (${seconds} s); block ${after.blockNumber}; ${aheadOfWallClock(after.timestamp)}`,
      ...dueLines,
    ],
    {
      rpcUrl: redactUrl(ctx.rpcUrl()), chainId: LOCAL_CHAIN_ID, advancedSeconds: seconds, before: clockJson(before), after: clockJson(after),
      due: due?.map((s) => ({ step: s.key, kind: s.kind, detail: s.detail })) ?? null,
      keeper,
    },
  );
}

/** `lashou dev mine [n]`: n empty blocks (anvil_mine). */
export async function mineBlocks(ctx: Context, countText: string | undefined): Promise<void> {
  const text = countText ?? '1';
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > 100_000) {
    throw new InvalidInputError(`block count "${text}" is not a whole number from 1 to 100000: e.g. lashou dev mine 5`, { code: 'dev.blockCount', params: { text } });
  }
  const count = Number(text);
  const client = await localDevClient(ctx, 'mine');
  const deployment = await devDeployment(ctx, devOnRpc(ctx));
  const before = await client.getBlockNumber({ cacheTime: 0 });
  await client.request({ method: 'anvil_mine' as never, params: [`0x${count.toString(16)}`] as never });
  const after = await readChainClock(client, deployment);
  await ctx.print(
    `mined ${count} block(s): block ${before} → ${after.blockNumber}; chain time ${chainTime(after.timestamp)} (${epochText(after)})`,
    { rpcUrl: redactUrl(ctx.rpcUrl()), chainId: LOCAL_CHAIN_ID, minedCount: count, previousBlockNumber: before, ...clockJson(after) },
  );
}
