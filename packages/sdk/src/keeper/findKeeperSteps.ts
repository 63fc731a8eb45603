import { claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, witnessRegistryAbi } from '@lashou/abi';
import { type AbiEvent, type Address, getAbiItem, getAddress } from 'viem';
import { getBlock, getContractEvents, getLogs, readContract } from 'viem/actions';
import { getTokenInfo } from '../actions/getTokenInfo.js';
import { formatAmount } from '../amounts/formatAmount.js';
import { getClaim, type GetClaimReturnType } from '../claims/getClaim.js';
import { CLAIM_STATES } from '../errors/contractErrors.js';
import { read } from '../claims/internal.js';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { getReport } from '../reports/getReport.js';
import { getClaimRandomness } from './getClaimRandomness.js';
import { getClaimStepContext } from './getClaimStepContext.js';
import { type ClaimStepKind, type ClaimWaitingFor, nextClaimStep } from './nextClaimStep.js';
import { formatTimestamp } from '../amounts/formatTimestamp.js';

/** The groups of steps a keeper may be told to push (`lashou keeper --steps`). */
export const KEEPER_STEP_GROUPS = ['pool', 'randomness', 'claims', 'reports', 'witnesses', 'deferred'] as const;
export type KeeperStepGroup = (typeof KEEPER_STEP_GROUPS)[number];

/** Every permissionless call the keeper knows. */
export type KeeperStepKind = ClaimStepKind | 'processLapses' | 'settleEpoch' | 'expireReport' | 'activateWitness' | DeferredStepKind;

/**
 * The steps of group `deferred`: money a decision moved while the token could not (paused, or a payee blacklisted),
 * sent on once it can. In the order they are taken: the registry's owed stake first (the credits and refunds below
 * fetch it themselves otherwise), then the members' credits, then what is kept for payees and reporters.
 */
export const DEFERRED_STEP_KINDS = ['payOwedStake', 'creditPendingNoShow', 'creditPendingReport', 'releasePayout', 'releaseReportRefund'] as const;
export type DeferredStepKind = (typeof DEFERRED_STEP_KINDS)[number];

/** Whom or what a step waits for: a claim's party, or (`seasoning`) a new witness's seasoning period. */
export type KeeperWaitingFor = ClaimWaitingFor | 'seasoning';

/** One permissionless step: due now, or waiting until a chain time or block. */
export type KeeperStep = {
  /** Stable name of the step, e.g. `claim 4 approveClaim` (the same step keeps its key from tick to tick). */
  key: string;
  kind: KeeperStepKind;
  group: KeeperStepGroup;
  due: boolean;
  /** Chain time (unix seconds) from which it is allowed, when known. */
  allowedAt?: bigint | undefined;
  /** Block from which it is allowed (a randomness target block). */
  allowedAtBlock?: bigint | undefined;
  claimId?: bigint | undefined;
  reportId?: bigint | undefined;
  epoch?: bigint | undefined;
  slot?: number | undefined;
  /** The randomness request concerned (fulfilRandomness, drawWitnesses). */
  requestId?: bigint | undefined;
  /** The witness concerned (activateWitness). */
  witness?: Address | undefined;
  /** Who the money goes to (deferred steps): the module owed stake, the payee or the reporter; the pool for credits. */
  recipient?: Address | undefined;
  /** The money the step moves (deferred steps), in token base units. */
  amount?: bigint | undefined;
  /** Whom the protocol waits for until the step is allowed. */
  waitingFor?: KeeperWaitingFor | undefined;
  detail: string;
};

/** The contracts a keeper works on (a deployment record has them all). */
export type KeeperDeployment = {
  pool: Address;
  claims?: Address | undefined;
  reports?: Address | undefined;
  randomness?: Address | undefined;
  randomnessKind?: 'prevrandao' | 'vrf' | undefined;
  /** The WitnessRegistry: witnesses whose seasoning ended are activated (group `witnesses`). */
  registry?: Address | undefined;
  /** The deployment's first block (`deployment.blockNumber`): witness registrations are searched from there (default 0). */
  fromBlock?: bigint | number | undefined;
};

/**
 * What a scan learnt that can never change again: claims and reports in a final state, the witness registrations
 * read so far (up to `seasoningScannedTo`) and which of them may still need activating. Passing the same object to
 * every call saves re-reading them; a fresh object (a restarted keeper) re-reads everything once. It holds nothing
 * the chain does not have.
 */
export type KeeperScanMemo = {
  finalClaims: Set<bigint>;
  finalReports: Set<bigint>;
  /** Registered witnesses not yet seen in the draw, by address, with the `seasonedAt` of their registration. */
  seasoning: Map<Address, bigint>;
  /** The last block whose `WitnessSeasoning` logs were read. */
  seasoningScannedTo: bigint | undefined;
  /**
   * Where money may wait for the token, from the logs read so far (up to `scannedTo`): claims with a `CreditDeferred`
   * (no-show), reports with one, payees of a `PaymentMade` with `transferred = false`, reporters of a
   * `ReporterPaymentDeferred`. An entry is dropped once its view reads 0; a new event brings it back.
   */
  deferred: { scannedTo: bigint | undefined; claims: Set<bigint>; reports: Set<bigint>; payees: Set<Address>; reporters: Set<Address> };
};

/** Parameters of {@link findKeeperSteps}. */
export type FindKeeperStepsParameters = {
  deployment: KeeperDeployment;
  /** Which groups to look at (default: all). */
  groups?: readonly KeeperStepGroup[] | undefined;
  memo?: KeeperScanMemo | undefined;
  /** Reads in flight at once (default 16). */
  concurrency?: number | undefined;
};

/** The chain's clock and every step, due or waiting. */
export type FindKeeperStepsReturnType = { blockNumber: bigint; now: bigint; due: KeeperStep[]; waiting: KeeperStep[] };

/** Creates an empty {@link KeeperScanMemo}. */
export function createKeeperScanMemo(): KeeperScanMemo {
  return {
    finalClaims: new Set(), finalReports: new Set(), seasoning: new Map(), seasoningScannedTo: undefined,
    deferred: { scannedTo: undefined, claims: new Set(), reports: new Set(), payees: new Set(), reporters: new Set() },
  };
}

/**
 * Reads the protocol and lists every permissionless step: processing lapses, settling the oldest ended epoch,
 * recording prevrandao randomness, drawing and replacing witnesses (also while a claim is under arbitration),
 * approving announced claims, marking paid (in full, or in part once the payment window is over), releasing
 * stakes, expiring what timed out (claims and fraud reports), closing reports whose claim ended through another
 * report (superseded), activating witnesses whose seasoning ended, and (group `deferred`) sending on the money that
 * waited for the token: stake the registry owes a module (`payOwed`), members' credits deferred by a no-show or a
 * report's resolution (`creditPending`), payouts and reporter payments kept for their owners (`releasePayout`,
 * `releaseRefund`, to them only). Due steps come in the order they should be sent (lapses before settlement,
 * randomness before draws, owed stake before the credits). Reads only; decides claims with {@link nextClaimStep}.
 * @example
 * const { due, waiting } = await findKeeperSteps(publicClient, { deployment })
 */
export async function findKeeperSteps(client: LashouClient, parameters: FindKeeperStepsParameters): Promise<FindKeeperStepsReturnType> {
  const { deployment } = parameters;
  const groups = new Set(parameters.groups ?? KEEPER_STEP_GROUPS);
  for (const group of groups) {
    if (!KEEPER_STEP_GROUPS.includes(group)) {
      throw new InvalidInputError(`unknown keeper step group "${group}": use ${KEEPER_STEP_GROUPS.join(', ')}`, { code: 'keeper.groupUnknown', params: { group, groups: [...KEEPER_STEP_GROUPS] } });
    }
  }
  const memo = parameters.memo ?? createKeeperScanMemo();
  const limit = parameters.concurrency ?? 16;
  // The chain's clock, and with claims what their steps depend on, read at one block.
  const context = deployment.claims ? await getClaimStepContext(client, { claims: deployment.claims }) : undefined;
  const block = context ? undefined : await read(client, () => getBlock(client, { blockTag: 'latest' }));
  const now = context?.now ?? block!.timestamp;
  const blockNumber = context?.blockNumber ?? block!.number;
  const steps: KeeperStep[] = [];

  if (groups.has('pool')) steps.push(...(await poolSteps(client, deployment.pool, now)));
  if (deployment.claims && context && (groups.has('claims') || groups.has('randomness'))) {
    steps.push(...(await claimSteps(client, { deployment, claims: deployment.claims, now, blockNumber, honourUntil: context.honourUntil, source: context.randomnessSource, memo, limit, groups })));
  }
  if (deployment.reports && groups.has('reports')) steps.push(...(await reportSteps(client, { reports: deployment.reports, claims: deployment.claims, now, memo, limit })));
  if (deployment.registry && groups.has('witnesses')) {
    steps.push(...(await witnessSteps(client, { registry: deployment.registry, fromBlock: BigInt(deployment.fromBlock ?? 0), now, blockNumber, memo, limit })));
  }
  if (groups.has('deferred')) steps.push(...(await deferredSteps(client, { deployment, fromBlock: BigInt(deployment.fromBlock ?? 0), blockNumber, memo, limit })));

  return { blockNumber, now, due: steps.filter((s) => s.due), waiting: steps.filter((s) => !s.due) };
}

async function poolSteps(client: LashouClient, pool: Address, now: bigint): Promise<KeeperStep[]> {
  const [genesis, epochLength, next, lapsesPending] = await read(client, () =>
    Promise.all([
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'genesis' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'epochLength' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'nextEpochToSettle' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'lapsesPending' }),
    ]),
  );
  const steps: KeeperStep[] = [];
  if (lapsesPending) {
    steps.push({ key: 'pool processLapses', kind: 'processLapses', group: 'pool', due: true, detail: 'members below the minimum balance are waiting to be lapsed (settlement needs none pending)' });
  }
  const endsAt = genesis + (next + 1n) * epochLength;
  const ended = now >= endsAt;
  steps.push({
    key: 'pool settleEpoch', kind: 'settleEpoch', group: 'pool', epoch: next, allowedAt: endsAt,
    due: ended && !lapsesPending,
    waitingFor: ended ? 'anyone' : undefined,
    detail: ended
      ? lapsesPending
        ? `epoch ${next} ended; it is settled once the pending lapses are processed`
        : `epoch ${next} ended at ${iso(endsAt)}: its payments are charged equally to every member and paid`
      : `epoch ${next} ends at ${iso(endsAt)}, then it is settled`,
  });
  return steps;
}

type ClaimScan = {
  deployment: KeeperDeployment;
  claims: Address;
  now: bigint;
  blockNumber: bigint;
  honourUntil: bigint;
  source: Address;
  memo: KeeperScanMemo;
  limit: number;
  groups: Set<KeeperStepGroup>;
};

async function claimSteps(client: LashouClient, scan: ClaimScan): Promise<KeeperStep[]> {
  const { claims, memo, now, blockNumber, honourUntil, source, deployment, groups } = scan;
  const count = await read(client, () => readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'claimCount' }));
  const ids: bigint[] = [];
  for (let id = 1n; id <= count; id++) if (!memo.finalClaims.has(id)) ids.push(id);
  const views = await inBatches(ids, scan.limit, async (claimId) => {
    const claim = await getClaim(client, { claims, claimId });
    const randomness =
      claim.randomnessRequest === 0n ? undefined : await getClaimRandomness(client, { source, requestId: claim.randomnessRequest, kind: deployment.randomnessKind });
    return { claim, randomness };
  });
  const steps: KeeperStep[] = [];
  for (const { claim, randomness } of views) {
    if (isFinal(claim)) {
      memo.finalClaims.add(claim.claimId);
      continue;
    }
    const next = nextClaimStep({ claim, now, blockNumber, honourUntil, randomness });
    if (!next.kind) continue;
    const group: KeeperStepGroup = next.kind === 'fulfilRandomness' || next.kind === 'drawWitnesses' ? 'randomness' : 'claims';
    if (!groups.has(group)) continue;
    steps.push({
      key: `claim ${claim.claimId} ${next.kind}${next.slot !== undefined ? ` slot ${next.slot}` : ''}`,
      kind: next.kind, group, due: next.due, allowedAt: next.allowedAt, allowedAtBlock: next.allowedAtBlock,
      claimId: claim.claimId, slot: next.slot, requestId: group === 'randomness' ? claim.randomnessRequest : undefined, waitingFor: next.waitingFor, detail: next.detail,
    });
  }
  // Randomness first: a draw waits on its fulfilment.
  return steps.sort((a, b) => Number(b.kind === 'fulfilRandomness') - Number(a.kind === 'fulfilRandomness'));
}

/** A claim whose state can never change again. */
function isFinal(c: GetClaimReturnType): boolean {
  return c.state === 'Rejected' || c.state === 'FraudConfirmed' || (c.state === 'Paid' && c.stakesSettled);
}

type ReportScan = { reports: Address; claims: Address | undefined; now: bigint; memo: KeeperScanMemo; limit: number };

async function reportSteps(client: LashouClient, scan: ReportScan): Promise<KeeperStep[]> {
  const { reports, now, memo, limit } = scan;
  const count = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'reportCount' }));
  const ids: bigint[] = [];
  for (let id = 1n; id <= count; id++) if (!memo.finalReports.has(id)) ids.push(id);
  const found = await inBatches(ids, limit, (reportId) => getReport(client, { reports, reportId }));
  const open = found.filter((r) => {
    if (r.outcome === 'Open') return true;
    memo.finalReports.add(r.reportId);
    return false;
  });
  // An open report whose claim is no longer under investigation ended with it (another report was confirmed).
  const claims = scan.claims ?? (open.length ? await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'claims' })) : undefined);
  const states = new Map<bigint, string>();
  for (const claimId of new Set(open.map((r) => r.claimId))) {
    const c = await read(client, () => readContract(client, { address: claims!, abi: claimsManagerAbi, functionName: 'claim', args: [claimId] }));
    states.set(claimId, CLAIM_STATES[c.state] ?? 'None');
  }
  const steps: KeeperStep[] = [];
  for (const r of open) {
    const key = `report ${r.reportId} expireReport`;
    const state = states.get(r.claimId);
    if (state !== 'UnderInvestigation') {
      steps.push({
        key, kind: 'expireReport', group: 'reports', due: true, reportId: r.reportId, claimId: r.claimId, waitingFor: 'anyone',
        detail: `claim ${r.claimId} ended through another report (it is ${state}): report ${r.reportId} is closed as superseded and its bond goes back`,
      });
      continue;
    }
    const over = now > r.deadline;
    steps.push({
      key, kind: 'expireReport', group: 'reports', due: over, allowedAt: r.deadline + 1n,
      reportId: r.reportId, claimId: r.claimId, waitingFor: over ? 'anyone' : 'investigation',
      detail: over
        ? `the operator did not resolve report ${r.reportId} on claim ${r.claimId} by ${iso(r.deadline)}: the bond goes back and the claim goes on`
        : `report ${r.reportId} on claim ${r.claimId} is under investigation until ${iso(r.deadline)}`,
    });
  }
  return steps;
}

type WitnessScan = { registry: Address; fromBlock: bigint; now: bigint; blockNumber: bigint; memo: KeeperScanMemo; limit: number };
/** Blocks per `eth_getLogs` request for witness registrations (public endpoints cap the range). */
const LOG_CHUNK = 10_000n;

/**
 * Witnesses whose seasoning is over but who are not in the draw yet (`activate`), and those still seasoning. New
 * registrations come from the registry's `WitnessSeasoning` logs, read once each; a witness leaves the list once it
 * is in the draw, unstaking or gone (a new registration brings it back with its new `seasonedAt`).
 */
async function witnessSteps(client: LashouClient, scan: WitnessScan): Promise<KeeperStep[]> {
  const { registry, now, blockNumber, memo, limit } = scan;
  const start = memo.seasoningScannedTo === undefined ? scan.fromBlock : memo.seasoningScannedTo + 1n;
  for (let from = start; from <= blockNumber; from += LOG_CHUNK) {
    const to = from + LOG_CHUNK - 1n < blockNumber ? from + LOG_CHUNK - 1n : blockNumber;
    const logs = await read(client, () => getContractEvents(client, { address: registry, abi: witnessRegistryAbi, eventName: 'WitnessSeasoning', fromBlock: from, toBlock: to }));
    for (const log of logs) memo.seasoning.set(getAddress(log.args.witness as Address), log.args.seasonedAt as bigint);
  }
  if (start <= blockNumber) memo.seasoningScannedTo = blockNumber;
  if (memo.seasoning.size === 0) return [];
  const minimumStake = await read(client, () => readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'minimumStake' }));
  const views = await inBatches([...memo.seasoning.keys()], limit, async (witness) => {
    const [[stake, , , eligible, unstakeAvailableAt], seasonedAt] = await read(client, () =>
      Promise.all([
        readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'witnessInfo', args: [witness] }),
        readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'seasonedAt', args: [witness] }),
      ]),
    );
    return { witness, stake, eligible, unstakeAvailableAt, seasonedAt };
  });
  const steps: KeeperStep[] = [];
  for (const w of views) {
    // In the draw, unstaking or withdrawn: activate has nothing to do for this registration (a top-up places a witness itself).
    if (w.eligible || w.unstakeAvailableAt !== 0n || w.seasonedAt === 0n) {
      memo.seasoning.delete(w.witness);
      continue;
    }
    if (w.stake < minimumStake) continue;
    const due = now >= w.seasonedAt;
    steps.push({
      key: `witness ${w.witness} activate`, kind: 'activateWitness', group: 'witnesses', due, allowedAt: w.seasonedAt, witness: w.witness,
      waitingFor: due ? 'anyone' : 'seasoning',
      detail: due
        ? `witness ${w.witness} finished its seasoning at ${iso(w.seasonedAt)}: it enters the draw`
        : `witness ${w.witness} is seasoning until ${iso(w.seasonedAt)}, then it enters the draw`,
    });
  }
  return steps;
}

type DeferredScan = { deployment: KeeperDeployment; fromBlock: bigint; blockNumber: bigint; memo: KeeperScanMemo; limit: number };

const DEFERRAL_EVENTS = [
  getAbiItem({ abi: mutualPoolAbi, name: 'PaymentMade' }),
  getAbiItem({ abi: claimsManagerAbi, name: 'CreditDeferred' }),
  getAbiItem({ abi: fraudReportsAbi, name: 'CreditDeferred' }),
  getAbiItem({ abi: fraudReportsAbi, name: 'ReporterPaymentDeferred' }),
] as AbiEvent[];

/**
 * Money decided but not moved because the token refused at the time, now to be sent on: the slashed stake the
 * registry owes the claims manager and the reports module (read directly: two views), and — found from the logs,
 * read once each, and checked against the views — the members' credits waiting on claims and reports, and the
 * payouts and reporter payments kept for their owners. Every such step is allowed at any time; whether the token
 * moves now is only known by trying (the keeper simulates first and holds the step quietly while it refuses).
 */
async function deferredSteps(client: LashouClient, scan: DeferredScan): Promise<KeeperStep[]> {
  const { deployment, blockNumber, memo, limit } = scan;
  const { pool, claims, reports } = deployment;
  const found = memo.deferred;
  const start = found.scannedTo === undefined ? scan.fromBlock : found.scannedTo + 1n;
  const addresses = [pool, claims, reports].filter((a): a is Address => a !== undefined);
  const same = (a: Address, b: Address | undefined) => b !== undefined && a.toLowerCase() === b.toLowerCase();
  for (let from = start; from <= blockNumber; from += LOG_CHUNK) {
    const to = from + LOG_CHUNK - 1n < blockNumber ? from + LOG_CHUNK - 1n : blockNumber;
    const logs = await read(client, () => getLogs(client, { address: addresses, events: DEFERRAL_EVENTS, fromBlock: from, toBlock: to }));
    for (const log of logs) {
      const args = log.args as Record<string, unknown>;
      if (same(log.address, pool) && log.eventName === 'PaymentMade') {
        if (args.transferred === false) found.payees.add(getAddress(args.recipient as Address));
      } else if (same(log.address, claims) && log.eventName === 'CreditDeferred') {
        found.claims.add(args.claimId as bigint);
      } else if (same(log.address, reports) && log.eventName === 'CreditDeferred') {
        found.reports.add(args.reportId as bigint);
      } else if (same(log.address, reports) && log.eventName === 'ReporterPaymentDeferred') {
        found.reporters.add(getAddress(args.reporter as Address));
      }
    }
  }
  if (start <= blockNumber) found.scannedTo = blockNumber;

  const registry = deployment.registry ?? (claims ? await read(client, () => readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'registry' })) : undefined);
  const modules = [
    ...(claims ? [{ name: 'claims', address: claims }] : []),
    ...(reports ? [{ name: 'reports', address: reports }] : []),
  ];
  // Snapshots: the loops below drop entries from the sets while walking these.
  const [claimIds, reportIds, payees, reporters] = [[...found.claims], [...found.reports], [...found.payees], [...found.reporters]];
  const [owed, claimCredits, reportCredits, payouts, refunds] = await Promise.all([
    registry ? inBatches(modules, limit, (m) => read(client, () => readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'owedTo', args: [m.address] }))) : Promise.resolve([]),
    claims ? inBatches(claimIds, limit, (id) => read(client, () => readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'pendingCredit', args: [id] }))) : Promise.resolve([]),
    reports ? inBatches(reportIds, limit, (id) => read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'pendingCredit', args: [id] }))) : Promise.resolve([]),
    inBatches(payees, limit, (payee) => read(client, () => readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'unclaimedPayoutOf', args: [payee] }))),
    reports ? inBatches(reporters, limit, (r) => read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'unclaimedRefundOf', args: [r] }))) : Promise.resolve([]),
  ]);
  const steps: KeeperStep[] = [];
  const waiting = (amount: bigint) => amount !== 0n;
  let money: ((amount: bigint) => string) | undefined;
  const amountText = async (amount: bigint) => {
    money ??= await read(client, () => readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'token' }))
      .then((token) => getTokenInfo(client, { token }))
      .then((info) => (v: bigint) => formatAmount(v, info))
      .catch(() => (v: bigint) => `${v} base units`);
    return money(amount);
  };
  const push = (step: Omit<KeeperStep, 'due' | 'waitingFor'>) => steps.push({ ...step, due: true, waitingFor: 'anyone' });

  for (const [i, m] of modules.entries()) {
    const amount = owed[i] ?? 0n;
    if (!waiting(amount)) continue;
    push({
      key: `${m.name} module payOwedStake`, kind: 'payOwedStake', group: 'deferred', recipient: m.address, amount,
      detail: `the witness registry owes the ${m.name} module ${await amountText(amount)} of stake slashed while the token could not move: it is sent there`,
    });
  }
  /** One step per entry still waiting; an entry whose view reads 0 is dropped from the memo. */
  const collect = async <T>(entries: T[], amounts: readonly bigint[], memoSet: Set<T>, step: (entry: T, text: string) => Omit<KeeperStep, 'due' | 'waitingFor' | 'group' | 'amount'>) => {
    for (const [i, entry] of entries.entries()) {
      const amount = amounts[i] ?? 0n;
      if (!waiting(amount)) memoSet.delete(entry);
      else push({ ...step(entry, await amountText(amount)), group: 'deferred', amount });
    }
  };
  await collect(claimIds, claimCredits, found.claims, (claimId, text) => ({
    key: `claim ${claimId} creditPendingNoShow`, kind: 'creditPendingNoShow', claimId, recipient: pool,
    detail: `${text} of no-show stake slashed on claim ${claimId} while the token could not move is credited to the members`,
  }));
  await collect(reportIds, reportCredits, found.reports, (reportId, text) => ({
    key: `report ${reportId} creditPendingReport`, kind: 'creditPendingReport', reportId, recipient: pool,
    detail: `${text} the resolution of report ${reportId} decided while the token could not move is credited to the members`,
  }));
  await collect(payees, payouts, found.payees, (payee, text) => ({
    key: `payee ${payee} releasePayout`, kind: 'releasePayout', recipient: payee,
    detail: `${text} of payouts whose transfer failed at settlement is sent to its payee ${payee}`,
  }));
  await collect(reporters, refunds, found.reporters, (reporter, text) => ({
    key: `reporter ${reporter} releaseReportRefund`, kind: 'releaseReportRefund', recipient: reporter,
    detail: `${text} of report bonds and rewards kept for reporter ${reporter} is sent to it`,
  }));
  return steps;
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) results.push(...(await Promise.all(items.slice(i, i + limit).map(work))));
  return results;
}

const iso = (seconds: bigint) => formatTimestamp(seconds);
