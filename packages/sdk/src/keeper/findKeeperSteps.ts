import { claimsManagerAbi, fraudReportsAbi, mutualPoolAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { getBlock, readContract } from 'viem/actions';
import { getClaim, type GetClaimReturnType } from '../claims/getClaim.js';
import { read } from '../claims/internal.js';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { getReport } from '../reports/getReport.js';
import { getClaimRandomness } from './getClaimRandomness.js';
import { getClaimStepContext } from './getClaimStepContext.js';
import { type ClaimStepKind, type ClaimWaitingFor, nextClaimStep } from './nextClaimStep.js';

/** The groups of steps a keeper may be told to push (`lashou keeper --steps`). */
export const KEEPER_STEP_GROUPS = ['pool', 'randomness', 'claims', 'reports'] as const;
export type KeeperStepGroup = (typeof KEEPER_STEP_GROUPS)[number];

/** Every permissionless call the keeper knows. */
export type KeeperStepKind = ClaimStepKind | 'processLapses' | 'settleEpoch' | 'expireReport';

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
  /** Whom the protocol waits for until the step is allowed. */
  waitingFor?: ClaimWaitingFor | undefined;
  detail: string;
};

/** The contracts a keeper works on (a deployment record has them all). */
export type KeeperDeployment = {
  pool: Address;
  claims?: Address | undefined;
  reports?: Address | undefined;
  randomness?: Address | undefined;
  randomnessKind?: 'prevrandao' | 'vrf' | undefined;
};

/**
 * What a scan learnt that can never change again: claims and reports in a final state. Passing the same
 * object to every call saves re-reading them; a fresh object (a restarted keeper) re-reads everything once.
 * It holds nothing the chain does not have.
 */
export type KeeperScanMemo = { finalClaims: Set<bigint>; finalReports: Set<bigint> };

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
  return { finalClaims: new Set(), finalReports: new Set() };
}

/**
 * Reads the protocol and lists every permissionless step: processing lapses, settling the oldest ended epoch,
 * recording prevrandao randomness, drawing and replacing witnesses, approving announced claims, marking paid,
 * releasing stakes, expiring what timed out (claims and fraud reports). Due steps come in the order they should
 * be sent (lapses before settlement, randomness before draws). Reads only; decides with {@link nextClaimStep}.
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
  if (deployment.reports && groups.has('reports')) steps.push(...(await reportSteps(client, deployment.reports, now, memo, limit)));

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

async function reportSteps(client: LashouClient, reports: Address, now: bigint, memo: KeeperScanMemo, limit: number): Promise<KeeperStep[]> {
  const count = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'reportCount' }));
  const ids: bigint[] = [];
  for (let id = 1n; id <= count; id++) if (!memo.finalReports.has(id)) ids.push(id);
  const found = await inBatches(ids, limit, (reportId) => getReport(client, { reports, reportId }));
  const steps: KeeperStep[] = [];
  for (const r of found) {
    if (r.outcome !== 'Open') {
      memo.finalReports.add(r.reportId);
      continue;
    }
    const over = now > r.deadline;
    steps.push({
      key: `report ${r.reportId} expireReport`, kind: 'expireReport', group: 'reports', due: over, allowedAt: r.deadline + 1n,
      reportId: r.reportId, claimId: r.claimId, waitingFor: over ? 'anyone' : 'investigation',
      detail: over
        ? `the operator did not resolve report ${r.reportId} on claim ${r.claimId} by ${iso(r.deadline)}: the bond goes back and the claim goes on`
        : `report ${r.reportId} on claim ${r.claimId} is under investigation until ${iso(r.deadline)}`,
    });
  }
  return steps;
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) results.push(...(await Promise.all(items.slice(i, i + limit).map(work))));
  return results;
}

const iso = (seconds: bigint) => new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z');
