// The fraud economics of `lashou simulate` (docs/economics.md, "The coalitions"): the contracts' money rules for a
// claim (the per-witness lock that scales with the amount, the slash and where it goes, the reporter's reward, the
// bond), the probabilities of the witness draw, and the detection rates the model assumes. `coalitions.ts` builds
// each adversary's expected profit from these pieces.
//
// Amounts the contracts compute (the lock, the reward, the slash) are computed here exactly as the contracts do, in
// bigint base units with the contracts' rounding; an *expected* profit is a probability-weighted sum of such amounts
// and is a real number, written in token units (a JS number), never moved on chain.

import type { ProtocolParameters } from './types.js';

export const BPS = 10_000;
/** Witnesses per claim (`ClaimParameters.WITNESS_COUNT`). */
export const WITNESSES = 3;
/** Stake tiers of the registry (`WitnessRegistry.TIERS`). */
export const TIERS = 8;
export const DAY = 86_400;
export const YEAR = 365 * DAY;

/**
 * The detection rates the model assumes (probabilities, 0 … 1). docs/economics.md, "Detection rates assumed", says
 * why each default was chosen; every one can be changed on the command line.
 */
export type DetectionRates = {
  /** The operator's review rejects a claim whose documents the claimant forged alone. */
  operatorReview: number;
  /** The operator's review rejects a false claim whose documents a colluding notary signed (the document checks are
   *  defeated; identity, nullifier and plausibility checks remain). */
  operatorReviewWithNotary: number;
  /** Each honest witness who visits the patient in person attests against a false claim. */
  witness: number;
  /** Supervisors report and prove a false claim during an announcement window of `announcementReferenceDays`. */
  announcement: number;
  announcementReferenceDays: number;
  /** Supervisors report and prove a false claim after payment, within a fraud-report window of
   *  `afterPaymentReferenceDays`. */
  afterPayment: number;
  afterPaymentReferenceDays: number;
  /** An honest operator confirms a false report against an honest claim (its error rate). */
  operatorError: number;
  /** A coalition's own (decoy) report is the one the operator confirms when an honest report is also open. */
  decoyWinsRace: number;
  /** How sure an honest supervisor is, when it reports, that the claim is false (its evidence's precision). */
  supervisorPrecision: number;
  /** Share of the supervisors' detection that remains when reporting does not pay an honest supervisor
   *  (altruists, the operator's own monitoring). */
  altruisticShare: number;
};

/** What an attack costs and what the coalition stands to lose besides locks (token base units, rates per year). */
export type AttackAssumptions = {
  /** Forging the diagnosis and staging a visit, per attempt (token base units). */
  attemptCost: bigint;
  /** Paid to a colluding notary, per attempt (token base units). */
  notaryBribe: bigint;
  /** What the claimant's membership is worth to it (lost when fraud is confirmed: the address is expelled). */
  membershipValue: bigint;
  /** An honest supervisor's cost of investigating one claim (token base units). */
  supervisorEffort: bigint;
  /** The coalition's cost of capital for stake it keeps locked (per year, e.g. 0.05). */
  capitalRatePerYear: number;
  /** Honest witnesses able to carry the lock in the patient's region (the coalition picks the thinnest region). */
  honestWitnessesInRegion: number;
  /** Honest witnesses able to carry the lock in all regions. */
  honestWitnessesGlobal: number;
  /** The registry's `minRegionWitnesses`: below it, the draw uses all regions. */
  minRegionWitnesses: number;
  /** The registry's seasoning (seconds): a sybil stakes at least this long before it can be drawn. */
  witnessSeasoning: number;
  /** Seconds from filing to the end of the announcement, not counting the announcement (review, draw, accept,
   *  attest): how long the sybil stakes wait for one attempt besides the seasoning. */
  claimLeadTime: number;
  /** Seconds from approval to payment (the payout delay), during which drawn locks stay locked. */
  payoutDelay: number;
  /** Sybil counts the sybil coalition tries; it uses the most profitable. */
  sybilCounts: number[];
};

export const DEFAULT_DETECTION: DetectionRates = {
  operatorReview: 0.5,
  operatorReviewWithNotary: 0.1,
  witness: 0.8,
  announcement: 0.2,
  announcementReferenceDays: 7,
  afterPayment: 0.5,
  afterPaymentReferenceDays: 180,
  operatorError: 0.02,
  decoyWinsRace: 0.5,
  supervisorPrecision: 0.8,
  altruisticShare: 0.25,
};

/** The default attack assumptions for a token with `decimals` (amounts in whole units × 10^decimals). */
export function defaultAttackAssumptions(decimals: number): AttackAssumptions {
  const unit = 10n ** BigInt(decimals);
  return {
    attemptCost: 500n * unit,
    notaryBribe: 2_000n * unit,
    membershipValue: 0n,
    supervisorEffort: 50n * unit,
    capitalRatePerYear: 0.05,
    honestWitnessesInRegion: 3,
    honestWitnessesGlobal: 200,
    minRegionWitnesses: 12,
    witnessSeasoning: 30 * DAY,
    claimLeadTime: 27 * DAY,
    payoutDelay: 14 * DAY,
    sybilCounts: [1, 2, 3, 4, 6, 9, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 1024, 2048],
  };
}

/** ⌈a / b⌉ for non-negative bigints (OpenZeppelin's `Math.ceilDiv`). */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return a === 0n ? 0n : (a - 1n) / b + 1n;
}

/** The per-witness lock of a claim approved for `amount`: `max(StakeLock, ⌈amount × StakeCoverBps / (3 × 10 000)⌉)`
 *  (`ClaimReviews.approve`). */
export function witnessLock(amount: bigint, params: Pick<ProtocolParameters, 'stakeLock' | 'stakeCoverBps'>): bigint {
  const scaled = ceilDiv(amount * BigInt(params.stakeCoverBps), BigInt(WITNESSES * BPS));
  return scaled > params.stakeLock ? scaled : params.stakeLock;
}

/** The registry's largest lock, `minimumStake << (TIERS − 1)`. */
export function maxLock(witnessStake: bigint): bigint {
  return witnessStake << BigInt(TIERS - 1);
}

/** The smallest tier whose floor carries `amount` (`WitnessRegistry.lockTier`); undefined above `maxLock`. */
export function lockTier(amount: bigint, witnessStake: bigint): number | undefined {
  if (amount <= witnessStake) return 0;
  if (amount > maxLock(witnessStake)) return undefined;
  let tier = 0;
  while (witnessStake << BigInt(tier) < amount) tier++;
  return tier;
}

/** The least stake an address needs to be drawn for a lock of `lock`: the floor of its lock tier. */
export function stakeToCarry(lock: bigint, witnessStake: bigint): bigint | undefined {
  const tier = lockTier(lock, witnessStake);
  return tier === undefined ? undefined : witnessStake << BigInt(tier);
}

/** The reporter's reward on a confirmed fraud: `min(amount × ReporterRewardBps / 10 000, slashed)` (rounded down,
 *  `FraudReports.resolveReport`). */
export function reporterReward(amount: bigint, rewardBps: number, slashed: bigint): bigint {
  const reward = (amount * BigInt(rewardBps)) / BigInt(BPS);
  return reward < slashed ? reward : slashed;
}

/** Where a confirmed fraud's slashed stake goes: the reporter's reward first, the rest credited to all members. */
export function slashSplit(amount: bigint, params: Pick<ProtocolParameters, 'stakeLock' | 'stakeCoverBps' | 'reporterRewardBps'>): {
  lock: bigint;
  slashed: bigint;
  reward: bigint;
  toMembers: bigint;
} {
  const lock = witnessLock(amount, params);
  const slashed = lock * BigInt(WITNESSES);
  const reward = reporterReward(amount, params.reporterRewardBps, slashed);
  return { lock, slashed, reward, toMembers: slashed - reward };
}

/** ln C(n, k), exact enough for probabilities (sums of logs). */
function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  let sum = 0;
  const kk = Math.min(k, n - k);
  for (let i = 1; i <= kk; i++) sum += Math.log(n - kk + i) - Math.log(i);
  return sum;
}

/**
 * The probability that a draw of `draws` distinct witnesses, uniform without replacement over a set of
 * `sybils + honest` addresses (the registry's union of the tiers able to carry the lock), holds exactly `j` of the
 * coalition's `sybils`: the hypergeometric `C(s, j) C(h, draws − j) / C(s + h, draws)`.
 */
export function drawProbability(j: number, sybils: number, honest: number, draws = WITNESSES): number {
  if (!Number.isInteger(j) || j < 0 || j > draws) return 0;
  const total = sybils + honest;
  if (total < draws) return 0;
  const log = logChoose(sybils, j) + logChoose(honest, draws - j) - logChoose(total, draws);
  return Number.isFinite(log) ? Math.exp(log) : 0;
}

/**
 * The set the draw uses when the coalition has `sybils` addresses in the patient's region (the region rule of
 * `WitnessRegistry.drawAt`): the region's union when it holds at least `max(3, minRegionWitnesses)` eligible
 * witnesses, else all regions (where the sybils are too: a witness of region r is also in the global arrays).
 */
export function drawSet(sybils: number, a: Pick<AttackAssumptions, 'honestWitnessesInRegion' | 'honestWitnessesGlobal' | 'minRegionWitnesses'>): {
  region: boolean;
  honest: number;
} {
  const inRegion = sybils + a.honestWitnessesInRegion;
  if (inRegion >= Math.max(WITNESSES, a.minRegionWitnesses)) return { region: true, honest: a.honestWitnessesInRegion };
  return { region: false, honest: a.honestWitnessesGlobal };
}

/** A detection probability `p` over a reference window, scaled to a window of `days` at the same hazard:
 *  `1 − (1 − p)^(days / reference)`. */
export function scaleDetection(p: number, days: number, referenceDays: number): number {
  if (p >= 1) return days > 0 ? 1 : 0;
  if (days <= 0) return 0;
  return 1 - (1 - p) ** (days / referenceDays);
}

/** Token base units → token units (a number, for expectations). */
export function units(value: bigint, decimals: number): number {
  return Number(value) / 10 ** decimals;
}

/**
 * Whether reporting a false claim of `amount` pays an honest supervisor: `π·R − (1 − π)·bond − effort ≥ 0`, with R
 * the reward it would get (the bond comes back on confirmation, and is lost when the report is dismissed — to the
 * operator or to the members, the supervisor loses it either way).
 */
export function supervisorsPaid(amount: bigint, params: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions): boolean {
  const { reward } = slashSplit(amount, params);
  const pi = rates.supervisorPrecision;
  const d = params.decimals;
  return pi * units(reward, d) - (1 - pi) * units(params.reportBond, d) - units(a.supervisorEffort, d) >= 0;
}

/** The supervisors' detection probabilities for a false claim of `amount` under `params`: during the announcement
 *  (`qa`), after payment within the fraud-report window (`qp`), and caught at all after announcement (`Q`). */
export function supervisorDetection(amount: bigint, params: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions): {
  paid: boolean;
  qa: number;
  qp: number;
  Q: number;
} {
  const paid = supervisorsPaid(amount, params, rates, a);
  const factor = paid ? 1 : rates.altruisticShare;
  const qa = factor * scaleDetection(rates.announcement, params.announcementWindow / DAY, rates.announcementReferenceDays);
  const qp = factor * scaleDetection(rates.afterPayment, params.fraudReportWindow / DAY, rates.afterPaymentReferenceDays);
  return { paid, qa, qp, Q: qa + (1 - qa) * qp };
}
