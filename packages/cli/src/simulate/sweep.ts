// The sweep of `lashou simulate --sweep`: every coalition's expected profit over a grid of one or two parameters,
// and the search for the smallest stake-lock factor k, report bond and reporter reward at which every coalition
// that parameters can close has a negative expected profit (docs/economics.md, "The sweep" and "Conclusion").

import { InvalidInputError } from '@lashou/sdk';
import { type CoalitionId, type CoalitionResult, allNegative, closableNegative, coalitionProfits, falseReporterProfit } from './coalitions.js';
import { type AttackAssumptions, BPS, DAY, type DetectionRates, WITNESSES, ceilDiv, maxLock } from './economics.js';
import type { ProtocolParameters } from './types.js';

/** A parameter the sweep can vary; values are in the unit shown (k as a factor, amounts in token units). */
export type SweepParameter = {
  name: string;
  label: string;
  unit: string;
  /** The default range: from, to, step. */
  range: [number, number, number];
  apply: (params: ProtocolParameters, value: number) => ProtocolParameters;
  /** The parameter's value in `params`, in the sweep's unit. */
  read: (params: ProtocolParameters) => number;
};

const toBase = (value: number, decimals: number) => BigInt(Math.round(value * 10 ** decimals));
const fromBase = (value: bigint, decimals: number) => Number(value) / 10 ** decimals;

export const SWEEP_PARAMETERS: Record<string, SweepParameter> = {
  k: {
    name: 'k', label: 'stake-lock factor k (StakeCoverBps / 10 000)', unit: '× claim', range: [0.5, 5, 0.25],
    apply: (p, v) => ({ ...p, stakeCoverBps: Math.round(v * BPS) }), read: (p) => p.stakeCoverBps / BPS,
  },
  'stake-lock': {
    name: 'stake-lock', label: 'per-witness lock floor (StakeLock)', unit: 'units', range: [1_000, 20_000, 1_000],
    apply: (p, v) => ({ ...p, stakeLock: toBase(v, p.decimals) }), read: (p) => fromBase(p.stakeLock, p.decimals),
  },
  'witness-stake': {
    name: 'witness-stake', label: 'minimum witness stake (registry)', unit: 'units', range: [1_000, 20_000, 1_000],
    apply: (p, v) => ({ ...p, witnessStake: toBase(v, p.decimals) }), read: (p) => fromBase(p.witnessStake, p.decimals),
  },
  bond: {
    name: 'bond', label: 'report bond (ReportBond)', unit: 'units', range: [0, 1_000, 50],
    apply: (p, v) => ({ ...p, reportBond: toBase(v, p.decimals) }), read: (p) => fromBase(p.reportBond, p.decimals),
  },
  reward: {
    name: 'reward', label: 'reporter reward (ReporterRewardBps)', unit: 'bps', range: [0, 3_000, 250],
    apply: (p, v) => ({ ...p, reporterRewardBps: Math.round(v) }), read: (p) => p.reporterRewardBps,
  },
  announcement: {
    name: 'announcement', label: 'announcement window (AnnouncementWindow)', unit: 'days', range: [1, 30, 1],
    apply: (p, v) => ({ ...p, announcementWindow: Math.round(v * DAY) }), read: (p) => p.announcementWindow / DAY,
  },
};

/** Parses `--sweep k,bond`: one or two known parameter names. */
export function parseSweep(text: string): SweepParameter[] {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const known = Object.keys(SWEEP_PARAMETERS).join(', ');
  if (names.length === 0 || names.length > 2) throw new InvalidInputError(`--sweep "${text}" must name one or two parameters, separated by a comma: e.g. --sweep k or --sweep k,bond (parameters: ${known})`);
  if (names.length === 2 && names[0] === names[1]) throw new InvalidInputError(`--sweep "${text}" names ${names[0]} twice: give two different parameters, e.g. --sweep k,bond`);
  return names.map((name) => {
    const p = SWEEP_PARAMETERS[name];
    if (!p) throw new InvalidInputError(`--sweep: "${name}" is not a parameter the sweep can vary: use ${known}`);
    return p;
  });
}

/** Parses `--range 0.5:5:0.25[,0:1000:50]` (from:to:step per swept parameter, in the parameter's unit). */
export function parseRanges(text: string | undefined, sweep: SweepParameter[]): number[][] {
  const parts = text === undefined ? [] : text.split(',').map((s) => s.trim());
  if (text !== undefined && parts.length !== sweep.length) {
    throw new InvalidInputError(`--range "${text}" has ${parts.length} range${parts.length === 1 ? '' : 's'} for ${sweep.length} swept parameter${sweep.length === 1 ? '' : 's'} (${sweep.map((s) => s.name).join(', ')}): give from:to:step for each, separated by a comma, e.g. --range ${sweep.map((s) => s.range.join(':')).join(',')}`);
  }
  return sweep.map((s, i) => {
    const spec = parts[i];
    const [from, to, step] = spec === undefined ? s.range : spec.split(':').map(Number);
    const ok = spec === undefined || (/^-?[\d.]+:-?[\d.]+:[\d.]+$/.test(spec) && [from, to, step].every((x) => Number.isFinite(x)));
    if (!ok || from === undefined || to === undefined || step === undefined) {
      throw new InvalidInputError(`--range "${spec}" for ${s.name} is not from:to:step: e.g. --range ${s.range.join(':')} (${s.unit})`);
    }
    if (!(step > 0) || to < from) throw new InvalidInputError(`--range "${spec}" for ${s.name}: the step must be above 0 and to at least from, e.g. ${s.range.join(':')}`);
    if (from < 0) throw new InvalidInputError(`--range "${spec}" for ${s.name}: values must be at least 0`);
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > 400) throw new InvalidInputError(`--range "${spec}" for ${s.name} has ${count} points: at most 400 per parameter; use a larger step`);
    return Array.from({ length: count }, (_, j) => Number((from + j * step).toPrecision(12)));
  });
}

/** Why the contracts would refuse `params` (`ClaimParameters`' relations), or undefined when they accept them. */
export function parameterConflict(p: ProtocolParameters): string | undefined {
  const largest = maxLock(p.witnessStake);
  if (p.stakeLock === 0n) return 'StakeLock must be above 0';
  if (p.reportBond === 0n) return 'ReportBond must be above 0';
  if (p.stakeLock > largest) return `StakeLock above the registry's largest lock (${largest} base units)`;
  if (p.commission > p.stakeLock) return 'Commission above StakeLock';
  if (p.stakeCoverBps > 100_000) return 'StakeCoverBps above MAX_STAKE_COVER_BPS (10 × the claim)';
  if (ceilDiv(p.claimCap * BigInt(p.stakeCoverBps), BigInt(WITNESSES * BPS)) > largest) return `⌈ClaimCap × k / 3⌉ above the registry's largest lock (${largest} base units)`;
  if (p.reporterRewardBps > BPS) return 'ReporterRewardBps above 10 000';
  if (p.announcementWindow + p.investigationWindow > p.exitNotice) return 'AnnouncementWindow + InvestigationWindow above the pool\'s exit notice (raise the exit notice first)';
  return undefined;
}

export type SweepPoint = {
  values: number[];
  /** Why the contracts would refuse these parameters, if they would. */
  conflict?: string;
  profits: Record<CoalitionId, number>;
  /** Every coalition that parameters can close is negative (claim and report sides). */
  closableNegative: boolean;
  /** Every coalition is negative, the operator ones included (false under the present rules while the reward > 0). */
  allNegative: boolean;
};

export type SweepResult = { parameters: { name: string; label: string; unit: string; values: number[] }[]; points: SweepPoint[] };

/** Every coalition's expected profit at each point of the grid. */
export function runSweep(params: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions, sweep: SweepParameter[], ranges: number[][]): SweepResult {
  const points: SweepPoint[] = [];
  const grid = sweep.length === 1 ? (ranges[0] ?? []).map((v) => [v]) : (ranges[0] ?? []).flatMap((v) => (ranges[1] ?? []).map((w) => [v, w]));
  for (const values of grid) {
    let p = params;
    sweep.forEach((s, i) => (p = s.apply(p, values[i] as number)));
    const results = coalitionProfits(p, rates, a);
    const conflict = parameterConflict(p);
    points.push({
      values, ...(conflict ? { conflict } : {}),
      profits: Object.fromEntries(results.map((r) => [r.id, r.expectedProfit])) as Record<CoalitionId, number>,
      closableNegative: !conflict && closableNegative(results), allNegative: !conflict && allNegative(results),
    });
  }
  return { parameters: sweep.map((s, i) => ({ name: s.name, label: s.label, unit: s.unit, values: ranges[i] ?? [] })), points };
}

/** The grid the conclusion searches (k as a factor, bond in token units, reward in bps). */
export type SafeSearchGrid = { k: number[]; bond: number[]; reward: number[]; kRefineStep: number };

export const DEFAULT_SAFE_GRID: SafeSearchGrid = {
  k: Array.from({ length: 91 }, (_, i) => Number((0.5 + i * 0.05).toFixed(2))),
  bond: Array.from({ length: 1_000 }, (_, i) => (i + 1) * 5),
  reward: Array.from({ length: 31 }, (_, i) => i * 100),
  kRefineStep: 0.01,
};

export type SafePoint = {
  stakeCoverBps: number;
  reportBond: bigint;
  reporterRewardBps: number;
  /** Every coalition at that point. */
  coalitions: CoalitionResult[];
};

function withPoint(params: ProtocolParameters, k: number, bond: number, reward: number): ProtocolParameters {
  return { ...params, stakeCoverBps: Math.round(k * BPS), reportBond: toBase(bond, params.decimals), reporterRewardBps: reward };
}

/**
 * The first (bond, reward) at `k`, bond first then reward, at which every closable coalition is negative.
 *
 * The bond reaches the claim-side coalitions only through the supervisors' participation (a larger bond can only
 * turn an honest supervisor's report from paying to not paying, so it can only lower detection and raise their
 * profit), and reaches the false reporter as `−(1 − ε) × bond`. So at each reward the only bond worth trying is the
 * smallest one that makes the false reporter negative: if the fraud coalitions are not all negative there, no
 * larger bond makes them so (`smallestSafeParameters` is checked against the exhaustive scan in the tests).
 * `exhaustive` scans every bond instead.
 */
export function firstSafeAt(params: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions, k: number, grid: SafeSearchGrid, exhaustive = false): SafePoint | undefined {
  let best: SafePoint | undefined;
  for (const reward of grid.reward) {
    // The false reporter's profit is ε·R − (1 − ε)·bond, R its largest reward (at bond 0 the profit is ε·R).
    const eps = rates.operatorError;
    const epsR = falseReporterProfit(withPoint(params, k, 0, reward), rates).profit;
    const least = grid.bond.find((b) => epsR - (1 - eps) * b < 0 && !parameterConflict(withPoint(params, k, b, reward)));
    const bonds = exhaustive ? grid.bond : least === undefined ? [] : [least];
    for (const bond of bonds) {
      if (best && toBase(bond, params.decimals) >= best.reportBond) break;
      const p = withPoint(params, k, bond, reward);
      if (parameterConflict(p)) continue;
      const coalitions = coalitionProfits(p, rates, a);
      if (closableNegative(coalitions)) {
        best = { stakeCoverBps: p.stakeCoverBps, reportBond: p.reportBond, reporterRewardBps: reward, coalitions };
        break;
      }
    }
  }
  return best;
}

/**
 * The smallest k (then, at that k, the smallest bond, then the smallest reward) on the grid at which every coalition
 * that parameters can close has a negative expected profit; undefined when no point of the grid does it. k is
 * searched on the grid, then refined downwards by `kRefineStep` below the first k found.
 */
export function smallestSafeParameters(params: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions, grid: SafeSearchGrid = DEFAULT_SAFE_GRID, exhaustive = false): SafePoint | undefined {
  let found: SafePoint | undefined;
  let index = -1;
  for (let i = 0; i < grid.k.length; i++) {
    found = firstSafeAt(params, rates, a, grid.k[i] as number, grid, exhaustive);
    if (found) {
      index = i;
      break;
    }
  }
  if (!found || index <= 0) return found;
  const upper = grid.k[index] as number;
  const lower = grid.k[index - 1] as number;
  for (let k = Number((lower + grid.kRefineStep).toFixed(6)); k < upper - 1e-9; k = Number((k + grid.kRefineStep).toFixed(6))) {
    const refined = firstSafeAt(params, rates, a, k, grid, exhaustive);
    if (refined) return refined;
  }
  return found;
}

/**
 * When no point closes every coalition: the closable coalitions that stay non-negative at the grid's largest k for
 * every reward of the grid (each with the smallest bond that makes the false reporter lose), with the least profit
 * each reaches there (token units). These are the coalitions the parameters cannot reach at the assumed rates.
 */
export function unclosedCoalitions(params: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions, grid: SafeSearchGrid = DEFAULT_SAFE_GRID): { id: CoalitionId; leastProfit: number }[] {
  const k = grid.k.at(-1) ?? 1;
  const least = new Map<CoalitionId, number>();
  for (const reward of grid.reward) {
    const eps = rates.operatorError;
    const epsR = falseReporterProfit(withPoint(params, k, 0, reward), rates).profit;
    const bond = grid.bond.find((b) => epsR - (1 - eps) * b < 0) ?? grid.bond.at(-1) ?? 0;
    const p = withPoint(params, k, bond, reward);
    if (parameterConflict(p)) continue;
    for (const c of coalitionProfits(p, rates, a)) {
      if (c.closable) least.set(c.id, Math.min(least.get(c.id) ?? Number.POSITIVE_INFINITY, c.expectedProfit));
    }
  }
  return [...least].filter(([, v]) => v >= 0).map(([id, leastProfit]) => ({ id, leastProfit }));
}
