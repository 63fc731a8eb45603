import { type Account, type Address, type Hash, formatEther, formatGwei } from 'viem';
import { estimateFeesPerGas, getBalance, getBlockNumber, getChainId, getTransactionReceipt } from 'viem/actions';
import { LashouContractError, toLashouError } from '../errors/contractErrors.js';
import { RpcUnreachableError, TokenRefusedError, type LashouError } from '../errors/LashouError.js';
import { redactSecrets } from '../errors/redact.js';
import { accountAddress, type LashouClient, resolveAccount } from '../internal/client.js';
import {
  createKeeperScanMemo, DEFERRED_STEP_KINDS, findKeeperSteps, KEEPER_STEP_GROUPS, type KeeperDeployment, type KeeperStep, type KeeperStepGroup, type KeeperStepKind,
} from './findKeeperSteps.js';
import { getKeeperSpending } from './getKeeperSpending.js';
import { DEFAULT_KEEPER_LAPSE_STEPS, DEFAULT_KEEPER_MAX_GAS, takeKeeperStep } from './takeKeeperStep.js';

/** One line of the keeper's log, as data. */
export type KeeperLogEntry = {
  /** Wall-clock time (ISO 8601). */
  at: string;
  /** `debug`: a deferred step held while the token refuses to move its money (said once per step and refusal). */
  level: 'debug' | 'info' | 'warn' | 'error';
  event: 'start' | 'action' | 'dry-run' | 'skipped' | 'failed' | 'retry' | 'recovered' | 'waiting' | 'mined' | 'stop';
  message: string;
  step?: string | undefined;
  kind?: KeeperStepKind | undefined;
  hash?: string | undefined;
  gasUsed?: bigint | undefined;
  block?: bigint | undefined;
};

/** Parameters of {@link createKeeper}. */
export type CreateKeeperParameters = {
  deployment: KeeperDeployment;
  /** The key that pays for the calls (default: the client's account). Not needed for a dry run without one. */
  account?: Account | Address | undefined;
  /** Which groups of steps to push (default all: pool, randomness, claims, reports, witnesses, deferred). */
  groups?: readonly KeeperStepGroup[] | undefined;
  /** How often to look for a new block, in milliseconds (default 2,000). */
  intervalMs?: number | undefined;
  /** Log what would be sent, send nothing. */
  dryRun?: boolean | undefined;
  /** Gas limit per call (default 3,000,000). */
  maxGas?: bigint | undefined;
  /** Members per `processLapses` call (default 200). */
  maxLapseSteps?: number | undefined;
  /** Send nothing while the network's fee per gas (wei) is above this. */
  maxFeePerGas?: bigint | undefined;
  /** Spend at most this much (wei) per 24 hours of chain time, counted from the chain at start. */
  dailyBudget?: bigint | undefined;
  /** Local development chains only: mine the blocks a randomness request waits for (nothing else makes blocks). */
  mineLocalBlocks?: boolean | undefined;
  /** Receives every log line. */
  onLog?: ((entry: KeeperLogEntry) => void) | undefined;
};

/** A step as the metrics show it. */
export type KeeperStepMetric = Pick<KeeperStep, 'key' | 'kind' | 'group' | 'detail' | 'allowedAt' | 'allowedAtBlock' | 'waitingFor'> & {
  /** How long it has been allowed, in seconds of chain time (due steps with a known start). */
  dueForSeconds?: bigint | undefined;
  /** Failed attempts in a row, and when it is tried again (wall-clock ISO time). */
  failures?: number | undefined;
  retryAt?: string | undefined;
  /** A deferred step the token still refuses (paused, payee blacklisted): its refusal. Tried again at each new block. */
  heldByToken?: string | undefined;
};

/** What a person reads on the health endpoint. */
export type KeeperMetrics = {
  healthy: boolean;
  status: 'starting' | 'ok' | 'degraded' | 'stopped';
  account: Address | null;
  chainId: number | null;
  dryRun: boolean;
  groups: KeeperStepGroup[];
  startedAt: string;
  lastTickAt: string | null;
  lastSuccessAt: string | null;
  block: bigint | null;
  chainTime: bigint | null;
  ticks: number;
  consecutiveFailures: number;
  stepsDone: Partial<Record<KeeperStepKind, number>>;
  stepsFailed: Partial<Record<KeeperStepKind, number>>;
  /** Steps found taken by another caller between the keeper's look and its call. */
  stepsSkipped: Partial<Record<KeeperStepKind, number>>;
  due: KeeperStepMetric[];
  waiting: KeeperStepMetric[];
  lastAction: KeeperLogEntry | null;
  lastError: KeeperLogEntry | null;
  spentLast24h: bigint;
  dailyBudget: bigint | null;
  maxFeePerGas: bigint | null;
  balance: bigint | null;
};

/** What one pass did. */
export type KeeperTickResult = { planned: boolean; taken: number; failed: number; due: number; waiting: number; blockNumber: bigint };

/** A running (or runnable) keeper. */
export type Keeper = {
  /** One pass: look at the chain, send every due step. Throws when the chain cannot be read. */
  tick: (options?: { force?: boolean }) => Promise<KeeperTickResult>;
  /** Runs passes until `stop`, retrying with backoff when the chain cannot be read. Resolves when stopped. */
  run: () => Promise<void>;
  stop: () => void;
  metrics: () => KeeperMetrics;
};

const DAY = 86_400n;
const DEFERRED = new Set<KeeperStepKind>(DEFERRED_STEP_KINDS);

/**
 * A keeper: pushes every permissionless step of one deployment as soon as the chain allows it (see
 * {@link findKeeperSteps}), one bounded-gas call per step, estimated before it is signed. It keeps nothing the
 * chain does not have: a restarted keeper finds the same steps, and its daily spending is recounted from its own
 * transactions. Two keepers at once only ever waste their own gas: a step one of them already took fails the
 * other's estimate before anything is signed or, when both sent it in the same block, reverts the second
 * transaction, which changes nothing. The loser logs the step as `skipped`. Money that waited for the token
 * (group `deferred`) is sent on as soon as the token moves: while it still refuses (paused, a payee blacklisted) the
 * step's simulation fails, the keeper says so once at `debug` level and tries again at each new block, without
 * counting a failure or backing off.
 * @example
 * const keeper = createKeeper(walletClient, { deployment, onLog: (entry) => console.log(formatKeeperLog(entry)) })
 * await keeper.run()
 */
export function createKeeper(client: LashouClient, parameters: CreateKeeperParameters): Keeper {
  const groups = [...(parameters.groups ?? KEEPER_STEP_GROUPS)];
  const intervalMs = parameters.intervalMs ?? 2_000;
  const dryRun = parameters.dryRun === true;
  const account = dryRun && !parameters.account && !client.account ? undefined : resolveAccount(client, parameters.account);
  const address = account ? accountAddress(account) : null;
  const memo = createKeeperScanMemo();
  const native = client.chain?.nativeCurrency.symbol ?? 'ETH';
  const failures = new Map<string, { count: number; retryAt: number }>();
  const announced = new Set<string>(); // dry-run lines already printed
  const notices = new Set<string>(); // waiting conditions in force (gas price, budget)
  const held = new Map<string, { code: string; message: string }>(); // deferred steps the token refuses, by key
  let spending: { timestamp: bigint; cost: bigint }[] | null = null;
  let lastPlannedBlock: bigint | null = null;
  let stopRequested = false;
  let wake: (() => void) | null = null;

  const metrics: KeeperMetrics = {
    healthy: false, status: 'starting', account: address, chainId: null, dryRun, groups, startedAt: new Date().toISOString(),
    lastTickAt: null, lastSuccessAt: null, block: null, chainTime: null, ticks: 0, consecutiveFailures: 0,
    stepsDone: {}, stepsFailed: {}, stepsSkipped: {}, due: [], waiting: [], lastAction: null, lastError: null,
    spentLast24h: 0n, dailyBudget: parameters.dailyBudget ?? null, maxFeePerGas: parameters.maxFeePerGas ?? null, balance: null,
  };

  const log = (entry: Omit<KeeperLogEntry, 'at'>) => {
    // A node's error text may quote the RPC URL, credentials included: logs carry it redacted.
    const full = { at: new Date().toISOString(), ...entry, message: redactSecrets(entry.message) };
    if (entry.event === 'action' || entry.event === 'dry-run' || entry.event === 'mined') metrics.lastAction = full;
    if (entry.level === 'error') metrics.lastError = full;
    parameters.onLog?.(full);
    return full;
  };

  const metric = (step: KeeperStep, now: bigint): KeeperStepMetric => {
    const failure = failures.get(step.key);
    return {
      key: step.key, kind: step.kind, group: step.group, detail: step.detail, allowedAt: step.allowedAt, allowedAtBlock: step.allowedAtBlock, waitingFor: step.waitingFor,
      dueForSeconds: step.due && step.allowedAt !== undefined && now >= step.allowedAt ? now - step.allowedAt : undefined,
      failures: failure?.count, retryAt: failure ? new Date(failure.retryAt).toISOString() : undefined,
      heldByToken: held.get(step.key)?.message,
    };
  };

  const spentSince = (now: bigint) => {
    if (!spending) return 0n;
    spending = spending.filter((s) => s.timestamp > now - DAY);
    return spending.reduce((sum, s) => sum + s.cost, 0n);
  };

  async function fees(): Promise<{ maxFeePerGas: bigint; maxPriorityFeePerGas: bigint } | undefined> {
    const ceiling = parameters.maxFeePerGas;
    if (ceiling === undefined && parameters.dailyBudget === undefined) return undefined;
    const estimate = await estimateFeesPerGas(client);
    return { maxFeePerGas: estimate.maxFeePerGas, maxPriorityFeePerGas: estimate.maxPriorityFeePerGas };
  }

  async function tick(options: { force?: boolean } = {}): Promise<KeeperTickResult> {
    metrics.ticks++;
    metrics.lastTickAt = new Date().toISOString();
    const blockNumber = await getBlockNumber(client, { cacheTime: 0 });
    const retryDue = [...failures.values()].some((f) => f.retryAt <= Date.now());
    if (!options.force && !retryDue && blockNumber === lastPlannedBlock) {
      markSuccess(blockNumber);
      return { planned: false, taken: 0, failed: 0, due: metrics.due.length, waiting: metrics.waiting.length, blockNumber };
    }
    metrics.chainId ??= await getChainId(client);
    const plan = await findKeeperSteps(client, { deployment: parameters.deployment, groups, memo });
    lastPlannedBlock = plan.blockNumber;
    metrics.chainTime = plan.now;
    // The chain answered: healthy from here, while the steps are sent (a pass with many may take a while).
    markSuccess(plan.blockNumber);
    metrics.due = plan.due.map((s) => metric(s, plan.now));
    metrics.waiting = plan.waiting.map((s) => metric(s, plan.now));
    for (const key of failures.keys()) if (!plan.due.some((s) => s.key === key)) failures.delete(key);
    for (const key of held.keys()) if (!plan.due.some((s) => s.key === key)) held.delete(key);
    if (parameters.dailyBudget !== undefined && spending === null && address) {
      const found = await getKeeperSpending(client, { deployment: parameters.deployment, account: address, since: plan.now - DAY });
      spending = found.transactions.map((t) => ({ timestamp: t.timestamp, cost: t.cost }));
    }
    metrics.spentLast24h = spentSince(plan.now);

    let taken = 0;
    let failed = 0;
    const done = new Set<string>();
    const feeCaps = plan.due.length !== 0 && !dryRun ? await fees() : undefined;
    const ceiling = parameters.maxFeePerGas;
    if (feeCaps && ceiling !== undefined && feeCaps.maxFeePerGas > ceiling) {
      notice('gas price', `the network asks ${formatGwei(feeCaps.maxFeePerGas)} gwei per gas, above the ceiling of ${formatGwei(ceiling)} gwei: ${plan.due.length} step(s) wait`);
    } else {
      if (feeCaps) clearNotice('gas price');
      for (const step of plan.due) {
        const failure = failures.get(step.key);
        if (failure && failure.retryAt > Date.now()) continue;
        const outcome = await take(step, plan.now, plan.blockNumber, feeCaps);
        if (outcome === 'taken' || outcome === 'skipped') done.add(step.key);
        if (outcome === 'taken') taken++;
        if (outcome === 'failed') failed++;
        if (outcome === 'budget') break;
      }
    }
    if (taken === 0 && parameters.mineLocalBlocks) await mineForRandomness(plan.waiting, plan.blockNumber);

    metrics.due = plan.due.filter((s) => !done.has(s.key)).map((s) => metric(s, plan.now));
    metrics.waiting = plan.waiting.map((s) => metric(s, plan.now));
    if (address) metrics.balance = await getBalance(client, { address });
    markSuccess(plan.blockNumber);
    // Anything sent changed the chain: look again at once rather than at the next block.
    if (taken !== 0) lastPlannedBlock = null;
    return { planned: true, taken, failed, due: plan.due.length, waiting: plan.waiting.length, blockNumber: plan.blockNumber };
  }

  function markSuccess(blockNumber: bigint) {
    metrics.block = blockNumber;
    metrics.lastSuccessAt = new Date().toISOString();
    metrics.consecutiveFailures = 0;
    metrics.status = 'ok';
    metrics.healthy = true;
  }

  /** Logs a waiting condition (gas price, budget) once, when it starts; `clearNotice` when it ends. */
  function notice(key: string, message: string) {
    if (notices.has(key)) return;
    notices.add(key);
    log({ level: 'warn', event: 'waiting', message });
  }

  function clearNotice(key: string) {
    if (notices.delete(key)) log({ level: 'info', event: 'waiting', message: `${key}: steps are sent again` });
  }

  async function take(step: KeeperStep, now: bigint, blockNumber: bigint, feeCaps: Awaited<ReturnType<typeof fees>>): Promise<'taken' | 'failed' | 'skipped' | 'budget' | 'dry-run' | 'held'> {
    const common = { deployment: parameters.deployment, step, account, maxGas: parameters.maxGas ?? DEFAULT_KEEPER_MAX_GAS, maxLapseSteps: parameters.maxLapseSteps ?? DEFAULT_KEEPER_LAPSE_STEPS, fees: feeCaps };
    try {
      if (dryRun) {
        const estimate = await takeKeeperStep(client, { ...common, account: account ?? '0x0000000000000000000000000000000000000001', dryRun: true });
        const line = `would ${estimate.functionName} (${step.key}): ${step.detail}; about ${estimate.estimatedGas} gas`;
        if (!announced.has(line)) {
          announced.add(line);
          log({ level: 'info', event: 'dry-run', message: line, step: step.key, kind: step.kind, block: blockNumber });
        }
        return 'dry-run';
      }
      if (parameters.dailyBudget !== undefined && feeCaps) {
        const { gasLimit } = await takeKeeperStep(client, { ...common, dryRun: true });
        const worst = gasLimit * feeCaps.maxFeePerGas;
        const spent = spentSince(now);
        if (spent + worst > parameters.dailyBudget) {
          notice('budget', `the daily budget of ${formatEther(parameters.dailyBudget)} ${native} is reached (${formatEther(spent)} spent in the last 24 h of chain time, the next call may cost up to ${formatEther(worst)}): steps wait`);
          return 'budget';
        }
      }
      const result = await takeKeeperStep(client, common);
      if (parameters.dailyBudget !== undefined) clearNotice('budget');
      recordTaken(step, result.cost ?? 0n, now);
      log({
        level: 'info', event: 'action', step: step.key, kind: step.kind, hash: result.hash, gasUsed: result.gasUsed, block: result.receipt?.blockNumber,
        message: `${result.functionName} (${step.key}): ${step.detail} → ${result.outcome}`,
      });
      return 'taken';
    } catch (error) {
      const explained = toLashouError(error) as LashouError;
      if (explained instanceof RpcUnreachableError) throw explained;
      // Money that waits for the token: expected to be refused until the token moves (an issuer's pause can last
      // days). Said once, quietly; tried again at the next block, with no backoff and no failure counted.
      if (DEFERRED.has(step.kind) && explained instanceof TokenRefusedError) {
        hold(step, explained, blockNumber);
        return 'held';
      }
      await countReverted(explained, now);
      if (await expireUnrecordableLocally(step, explained)) return 'skipped';
      // Another caller (a second keeper, anyone) may have taken the step between our look and our call.
      const again = await findKeeperSteps(client, { deployment: parameters.deployment, groups, memo });
      if (!again.due.some((s) => s.key === step.key)) {
        failures.delete(step.key);
        metrics.stepsSkipped[step.kind] = (metrics.stepsSkipped[step.kind] ?? 0) + 1;
        log({ level: 'info', event: 'skipped', step: step.key, kind: step.kind, block: again.blockNumber, message: `${step.key} was taken by someone else meanwhile (${explained.shortMessage})` });
        return 'skipped';
      }
      const previous = failures.get(step.key)?.count ?? 0;
      const delay = Math.min(intervalMs * 2 ** previous, 300_000);
      failures.set(step.key, { count: previous + 1, retryAt: Date.now() + delay });
      metrics.stepsFailed[step.kind] = (metrics.stepsFailed[step.kind] ?? 0) + 1;
      log({ level: 'error', event: 'failed', step: step.key, kind: step.kind, block: blockNumber, message: `${step.key} failed: ${explained.shortMessage}; tried again in ${(delay / 1000).toFixed(1)} s if still due` });
      return 'failed';
    }
  }

  /** A transaction of ours that was mined but reverted still cost gas: it counts against the budget. */
  async function countReverted(error: LashouError, now: bigint) {
    const hash = error.code === 'transaction.reverted' ? (error.params?.hash as Hash | undefined) : undefined;
    if (!hash || !spending) return;
    const receipt = await getTransactionReceipt(client, { hash });
    spending.push({ timestamp: now, cost: receipt.gasUsed * receipt.effectiveGasPrice });
  }

  /** Records a deferred step the token refuses; logs it when it starts, or when the refusal changes (paused → blacklisted). */
  function hold(step: KeeperStep, refusal: LashouError, blockNumber: bigint) {
    const previous = held.get(step.key);
    held.set(step.key, { code: refusal.code, message: refusal.shortMessage });
    if (previous?.code === refusal.code) return;
    log({
      level: 'debug', event: 'waiting', step: step.key, kind: step.kind, block: blockNumber,
      message: `${step.key} waits for the token: ${refusal.shortMessage}; tried again at each new block`,
    });
  }

  function recordTaken(step: KeeperStep, cost: bigint, now: bigint) {
    failures.delete(step.key);
    held.delete(step.key);
    metrics.stepsDone[step.kind] = (metrics.stepsDone[step.kind] ?? 0) + 1;
    if (spending) spending.push({ timestamp: now, cost });
  }

  /**
   * Local chains only (`mineLocalBlocks`): after anvil reloads a saved state, its BLOCKHASH no longer matches the
   * blocks it serves, so a request whose target block was mined before the reload can never be recorded. Mining
   * past the request's 256-block window expires it, and the next draw asks for fresh randomness. Real chains never
   * get here: there a header that hashes to the block's hash always matches BLOCKHASH.
   */
  async function expireUnrecordableLocally(step: KeeperStep, error: LashouError): Promise<boolean> {
    if (!parameters.mineLocalBlocks || step.kind !== 'fulfilRandomness' || step.allowedAtBlock === undefined) return false;
    if (!(error instanceof LashouContractError) || error.errorName !== 'RandomnessHeaderMismatch') return false;
    const current = await getBlockNumber(client, { cacheTime: 0 });
    const past = step.allowedAtBlock + 258n;
    if (past <= current) return false;
    await client.request({ method: 'anvil_mine' as never, params: [`0x${(past - current).toString(16)}`] as never });
    log({
      level: 'warn', event: 'mined', step: step.key, kind: step.kind, block: past,
      message: `local chain: block ${step.allowedAtBlock}'s header does not match the chain's own BLOCKHASH (anvil reloaded its saved state), so request ${step.requestId} cannot be recorded; mined ${past - current} block(s) so that it expires and the next draw asks for fresh randomness`,
    });
    failures.delete(step.key);
    lastPlannedBlock = null;
    return true;
  }

  /** On a local chain that makes blocks only for transactions, mines up to the nearest randomness target block. */
  async function mineForRandomness(waiting: KeeperStep[], blockNumber: bigint) {
    const targets = waiting.filter((s) => s.kind === 'fulfilRandomness' && s.allowedAtBlock !== undefined && s.allowedAtBlock > blockNumber).map((s) => s.allowedAtBlock!);
    if (targets.length === 0) return;
    const target = targets.reduce((min, t) => (t < min ? t : min));
    const blocks = target - blockNumber;
    await client.request({ method: 'anvil_mine' as never, params: [`0x${blocks.toString(16)}`] as never });
    log({ level: 'info', event: 'mined', block: target, message: `local chain: mined ${blocks} block(s) up to ${target}, the randomness target block a draw waits for` });
    lastPlannedBlock = null;
  }

  async function run(): Promise<void> {
    stopRequested = false;
    log({ level: 'info', event: 'start', message: `keeper started${address ? ` as ${address}` : ''}${dryRun ? ' (dry run: nothing is sent)' : ''}; steps: ${groups.join(', ')}; every ${intervalMs / 1000} s` });
    let outageSince: number | null = null;
    while (!stopRequested) {
      let delay = intervalMs;
      try {
        await tick();
        if (outageSince !== null) {
          log({ level: 'info', event: 'recovered', message: `the chain answers again after ${((Date.now() - outageSince) / 1000).toFixed(1)} s` });
          outageSince = null;
        }
      } catch (error) {
        const explained = toLashouError(error) as LashouError;
        metrics.consecutiveFailures++;
        metrics.status = 'degraded';
        metrics.healthy = false;
        outageSince ??= Date.now();
        delay = Math.min(intervalMs * 2 ** Math.min(metrics.consecutiveFailures, 10), 60_000);
        log({ level: 'error', event: 'retry', message: `cannot read the chain (${explained.shortMessage}); attempt ${metrics.consecutiveFailures}, next in ${(delay / 1000).toFixed(1)} s` });
      }
      if (stopRequested) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
    metrics.status = 'stopped';
    metrics.healthy = false;
    const done = Object.values(metrics.stepsDone).reduce((a, b) => a + (b ?? 0), 0);
    log({ level: 'info', event: 'stop', message: `keeper stopped after ${done} step(s)` });
  }

  return {
    tick,
    run,
    stop: () => {
      stopRequested = true;
      wake?.();
    },
    metrics: () => ({ ...metrics, healthy: metrics.healthy && metrics.lastSuccessAt !== null && Date.now() - Date.parse(metrics.lastSuccessAt) < Math.max(3 * intervalMs, 30_000) }),
  };
}
