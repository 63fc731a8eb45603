// Who joins a simulated pool and how they behave: the age distribution of new members, their deposits, whether
// they top up when their balance runs low or let it lapse, how often they join and leave, and the size of claims.
// These are modelling assumptions, not data: every default is stated here and in docs/economics.md.

import type { Rng } from './rng.js';
import { YEAR_SECONDS } from './incidence.js';

/** Ages of people when they join: band `i` covers `[lowerAges[i], lowerAges[i + 1])` (the last ends at `maxAge`). */
export type AgeDistribution = {
  lowerAges: readonly number[];
  /** Relative weights per band (any positive scale). */
  weights: readonly number[];
  /** Upper end (exclusive) of the last band. */
  maxAge: number;
};

/**
 * Default ages at joining: 18–64, weighted towards young adults, the people online mutual-aid platforms reached
 * first. An assumption of this model (uniform within each band), not a measured distribution.
 */
export const DEFAULT_JOIN_AGES: AgeDistribution = {
  lowerAges: [18, 25, 30, 35, 40, 45, 50, 55, 60],
  weights: [18, 20, 18, 14, 11, 8, 6, 3, 2],
  maxAge: 65,
};

/** One age for everyone (closed-form tests). */
export function fixedAge(age: number): AgeDistribution {
  return { lowerAges: [age], weights: [1], maxAge: age };
}

/** A sampler of ages in years from a distribution (checked once). */
export function ageSampler(dist: AgeDistribution): (rng: Rng) => number {
  const { lowerAges, weights, maxAge } = dist;
  if (lowerAges.length === 0 || lowerAges.length !== weights.length) throw new RangeError(`age distribution: ${lowerAges.length} bands but ${weights.length} weights; give one weight per band`);
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0) || weights.some((w) => !(w >= 0))) throw new RangeError('age distribution: weights must be ≥ 0 and not all 0');
  const uppers = lowerAges.map((_, i) => (i + 1 < lowerAges.length ? lowerAges[i + 1]! : maxAge));
  uppers.forEach((upper, i) => {
    if (!(upper >= lowerAges[i]!)) throw new RangeError(`age distribution: band ${i} ends (${upper}) before it starts (${lowerAges[i]})`);
  });
  const cumulative = weights.map(((sum) => (w: number) => (sum += w / total))(0));
  return (rng) => {
    const u = rng.next();
    let band = cumulative.findIndex((c) => u < c);
    if (band < 0) band = lowerAges.length - 1;
    return lowerAges[band]! + rng.next() * (uppers[band]! - lowerAges[band]!);
  };
}

/** Claim sizes in token base units, before the cap. */
export type ClaimSizeModel =
  | { kind: 'fixed'; amount: bigint }
  /** Lognormal: `median · exp(sigma · Z)`, rounded to a base unit. */
  | { kind: 'lognormal'; median: bigint; sigma: number };

/**
 * Default claim size: lognormal with a median of 30,000 whole units and σ = 0.8 (so the mean is ≈ 41,300 units and
 * ≈ 6.6 % of claims would exceed the 100,000-unit cap, where they are cut to it). An assumption: the scale of
 * critical-illness treatment costs relative to the default claim cap, not a fitted distribution.
 */
export function defaultClaimSize(decimals: number): ClaimSizeModel {
  return { kind: 'lognormal', median: 30_000n * 10n ** BigInt(decimals), sigma: 0.8 };
}

/** A sampler of claim amounts (base units, ≥ 1, at most `cap`). */
export function claimSampler(model: ClaimSizeModel, cap: bigint): (rng: Rng) => bigint {
  if (cap <= 0n) throw new RangeError(`claim cap must be positive, got ${cap}`);
  if (model.kind === 'fixed') {
    if (model.amount <= 0n) throw new RangeError(`fixed claim size must be positive, got ${model.amount}`);
    const amount = model.amount < cap ? model.amount : cap;
    return () => amount;
  }
  if (model.median <= 0n || !(model.sigma >= 0)) throw new RangeError('lognormal claim size: the median must be positive and sigma ≥ 0');
  const median = Number(model.median);
  const capNumber = Number(cap);
  return (rng) => {
    const x = Math.round(median * Math.exp(model.sigma * rng.normal()));
    return BigInt(Math.max(1, Math.min(capNumber, x)));
  };
}

/** How members behave (rates are per year; amounts in base units). */
export type MemberBehaviour = {
  /** First deposit of each member. */
  deposit: bigint;
  /** Share of members (0 … 1) who top up when their balance falls below `topUpBelow`; the others let it lapse. */
  topUpShare: number;
  /** A topping-up member tops up, in the epoch after a settlement left it below this balance … */
  topUpBelow: bigint;
  /** … back to this balance. */
  topUpTo: bigint;
  /** New members per year, as a share of the initial membership (Poisson). */
  joinRate: number;
  /** Share of members who ask to leave within a year (constant hazard). */
  exitRate: number;
  /** Whether a member whose claim is approved asks to leave at once (its cover is used). */
  claimantLeaves: boolean;
};

/**
 * Defaults: deposit 10 × M, top up back to the deposit when below 2 × M (so a topping-up member never falls below M:
 * one share is at most M), 80 % top up, 20 % of the initial membership joins per year, 10 % leave per year, claimants
 * leave. Assumptions of the model, stated in docs/economics.md.
 */
export function defaultBehaviour(minimumBalance: bigint): MemberBehaviour {
  return { deposit: 10n * minimumBalance, topUpShare: 0.8, topUpBelow: 2n * minimumBalance, topUpTo: 10n * minimumBalance, joinRate: 0.2, exitRate: 0.1, claimantLeaves: true };
}

/** Seconds of age → whole years, clamped to the lookup table (0 … 120). */
export function wholeYears(seconds: number): number {
  const years = Math.floor(seconds / YEAR_SECONDS);
  return years < 0 ? 0 : years > 120 ? 120 : years;
}
