// Each adversary of `lashou simulate` and its expected profit per attempt under the contracts' rules
// (docs/economics.md, "The coalitions", derives every formula here). The claim-side coalitions fake a claim; the
// report-side one files a false report; the operator ones use the operator role. A coalition's profit is the
// largest over the claim amounts it may choose (up to the claim cap) and, for the sybils, over how many it stakes.

import {
  type AttackAssumptions, type DetectionRates, WITNESSES, YEAR, drawProbability, drawSet, slashSplit, stakeToCarry,
  supervisorDetection, units,
} from './economics.js';
import type { ProtocolParameters } from './types.js';

export const COALITION_IDS = [
  'claimant', 'witnesses-1', 'witnesses-2', 'witnesses-3', 'sybils', 'notary', 'decoy', 'all-accomplices',
  'false-reporter', 'operator-rejects', 'operator-sybil-reporter',
] as const;
export type CoalitionId = (typeof COALITION_IDS)[number];

export const COALITION_LABELS: Record<CoalitionId, string> = {
  claimant: 'fraudulent claimant alone',
  'witnesses-1': 'claimant + 1 colluding witness',
  'witnesses-2': 'claimant + 2 colluding witnesses',
  'witnesses-3': 'claimant + 3 colluding witnesses',
  sybils: 'claimant + sybil witnesses staked for the draw',
  notary: 'claimant + colluding notary',
  decoy: 'claimant + decoy reporter',
  'all-accomplices': 'claimant + notary + 3 witnesses + decoy reporter',
  'false-reporter': 'false reporter against an honest claim',
  'operator-rejects': 'operator rejecting honest claims (and dismissing reports)',
  'operator-sybil-reporter': 'operator + sybil reporter slashing honest witnesses',
};

/** Who the coalition is for the conclusion: the claim-side and report-side ones are what parameters can close. */
export type CoalitionSide = 'claim' | 'report' | 'operator';

export type CoalitionResult = {
  id: CoalitionId;
  label: string;
  side: CoalitionSide;
  /** Whether some (k, bond, reward) can make the profit negative under the present rules. */
  closable: boolean;
  /** Expected profit per attempt, token units (the largest over the claim amounts, and sybil counts). */
  expectedProfit: number;
  /** The claim amount at which the profit is largest (base units). */
  amount: bigint;
  /** Probability that a false claim passes the operator's review and the honest witnesses (claim side). */
  passProbability?: number;
  /** Expected profit once announced, before the attempt's costs (token units, claim side). */
  profitIfAnnounced?: number;
  /** What the coalition loses when fraud is confirmed (token units): its slashed locks and the membership. */
  lossIfCaught?: number;
  /** The sybil coalition's best number of sybil witnesses, and whether the draw then uses the region. */
  sybils?: number;
  sybilDrawInRegion?: boolean;
  /** Whether reporting a false claim pays an honest supervisor at these parameters. */
  supervisorsPaid?: boolean;
  /** What the attack takes from others (token units), for the operator coalitions. */
  harm?: number;
  note: string;
};

/** A fraud attempt: how many of the three slots the coalition holds, and its accomplices. */
export type Fraud = { own: number; notary: boolean; decoy: boolean };

/** The pieces of one fraud attempt at one claim amount (token units). */
function fraudAt(amount: bigint, p: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions, f: Fraud) {
  const d = p.decimals;
  const A = units(amount, d);
  const { lock, reward } = slashSplit(amount, p);
  const L = units(lock, d);
  const R = units(reward, d);
  const c = units(p.commission, d);
  const m = units(a.membershipValue, d);
  const { qa, qp, paid } = supervisorDetection(amount, p, rates, a);
  const loss = f.own * L + m;
  const race = f.decoy ? rates.decoyWinsRace * R : 0;
  // Caught during the announcement: rejected, own locks slashed, claimant expelled; a decoy may take the reward.
  const caughtInAnnouncement = -loss + race;
  // Not caught then: paid A and the colluding witnesses' commissions; afterwards caught with qp (the payout stays
  // with the claimant on chain), or a decoy reports the fraud itself to take the reward from the three locks.
  const wait = qp * (-loss + race);
  const afterPayment = f.decoy ? Math.max(wait, R - loss) : wait;
  const profitIfAnnounced = qa * caughtInAnnouncement + (1 - qa) * (A + f.own * c + afterPayment);
  const review = f.notary ? rates.operatorReviewWithNotary : rates.operatorReview;
  const pass = (1 - review) * (1 - rates.witness) ** (WITNESSES - f.own);
  // Own witnesses' locks are held from the draw through the announcement, the payout delay and the fraud window.
  const lockedSeconds = p.announcementWindow + a.payoutDelay + p.fraudReportWindow;
  const lockCost = (a.capitalRatePerYear * f.own * L * lockedSeconds) / YEAR;
  const costs = units(a.attemptCost, d) + (f.notary ? units(a.notaryBribe, d) : 0);
  return { A, L, R, lock, pass, profitIfAnnounced, lockCost, costs, loss, paid };
}

/** The expected profit per attempt of a false claim of `amount` (token units), with its parts. */
export function fraudProfit(amount: bigint, p: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions, f: Fraud) {
  const x = fraudAt(amount, p, rates, a, f);
  return { ...x, profit: x.pass * (x.profitIfAnnounced - x.lockCost) - x.costs };
}

/** The sybil coalition at one amount and one sybil count: each draw outcome j weighted by its probability.
 *  `byOwn[j]` is the attempt with j own witnesses (no notary, no decoy) at that amount. */
function sybilProfit(amount: bigint, sybils: number, byOwn: ReturnType<typeof fraudAt>[], p: ProtocolParameters, a: AttackAssumptions) {
  const set = drawSet(sybils, a);
  let expected = 0;
  let pass = 0;
  for (let j = 0; j <= WITNESSES; j++) {
    const pj = drawProbability(j, sybils, set.honest);
    const x = byOwn[j];
    if (pj === 0 || !x) continue;
    expected += pj * x.pass * (x.profitIfAnnounced - x.lockCost);
    pass += pj * x.pass;
  }
  const { lock } = slashSplit(amount, p);
  const stake = stakeToCarry(lock, p.witnessStake) ?? lock;
  const holding = a.witnessSeasoning + a.claimLeadTime;
  const capital = (a.capitalRatePerYear * sybils * units(stake, p.decimals) * holding) / YEAR;
  return { profit: expected - capital - units(a.attemptCost, p.decimals), pass, region: set.region };
}

/** The claim amounts a coalition may choose: fractions of the cap, and the cap. */
export function claimAmounts(claimCap: bigint): bigint[] {
  const fractions = [50n, 100n, 200n, 300n, 500n, 700n, 850n, 1000n];
  return [...new Set(fractions.map((f) => (claimCap * f) / 1000n).filter((x) => x > 0n))];
}

const FRAUDS: Record<'claimant' | 'witnesses-1' | 'witnesses-2' | 'witnesses-3' | 'notary' | 'decoy' | 'all-accomplices', Fraud> = {
  claimant: { own: 0, notary: false, decoy: false },
  'witnesses-1': { own: 1, notary: false, decoy: false },
  'witnesses-2': { own: 2, notary: false, decoy: false },
  'witnesses-3': { own: 3, notary: false, decoy: false },
  notary: { own: 0, notary: true, decoy: false },
  decoy: { own: 0, notary: false, decoy: true },
  'all-accomplices': { own: 3, notary: true, decoy: true },
};

const FRAUD_NOTES: Record<keyof typeof FRAUDS, string> = {
  claimant: 'k, bond and reward do not reach it: the three witnesses it fools are honest and the payout stays with it on chain; it is held negative only by the review and the witnesses (a rejection before the announcement costs it nothing on chain) against its cost per attempt',
  'witnesses-1': 'risks one lock (k·A/3) for the whole payout A: the coalition k must beat once two honest witnesses are fooled',
  'witnesses-2': 'risks two locks (2k·A/3)',
  'witnesses-3': 'holds all three slots: risks k·A for A',
  notary: 'the notary defeats the document checks at review; k, bond and reward do not reach it',
  decoy: 'reports its own fraud to take the reporter reward out of the honest witnesses\' slashed locks; k, bond and reward reach it only through the reward',
  'all-accomplices': 'every accomplice at once: the strongest claim-side coalition that needs no sybils',
};

/**
 * Every coalition's expected profit per attempt under `params` (the largest over the claim amounts up to the cap).
 * @example
 * coalitionProfits(DEFAULT_PARAMETERS, DEFAULT_DETECTION, defaultAttackAssumptions(6)).find((c) => c.id === 'witnesses-3')
 */
export function coalitionProfits(params: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions): CoalitionResult[] {
  const amounts = claimAmounts(params.claimCap);
  const d = params.decimals;
  const results: CoalitionResult[] = [];
  for (const id of Object.keys(FRAUDS) as (keyof typeof FRAUDS)[]) {
    let best: (ReturnType<typeof fraudProfit> & { amount: bigint }) | undefined;
    for (const amount of amounts) {
      const x = fraudProfit(amount, params, rates, a, FRAUDS[id]);
      if (!best || x.profit > best.profit) best = { ...x, amount };
    }
    if (!best) continue;
    results.push({
      id, label: COALITION_LABELS[id], side: 'claim', closable: true, expectedProfit: best.profit, amount: best.amount,
      passProbability: best.pass, profitIfAnnounced: best.profitIfAnnounced, lossIfCaught: best.loss, supervisorsPaid: best.paid,
      note: FRAUD_NOTES[id],
    });
  }
  // Sybils: the best count and amount.
  let sybil: { profit: number; pass: number; region: boolean; sybils: number; amount: bigint } | undefined;
  for (const amount of amounts) {
    const byOwn = [0, 1, 2, 3].map((own) => fraudAt(amount, params, rates, a, { own, notary: false, decoy: false }));
    for (const n of a.sybilCounts) {
      const x = sybilProfit(amount, n, byOwn, params, a);
      if (!sybil || x.profit > sybil.profit) sybil = { ...x, sybils: n, amount };
    }
  }
  if (sybil) {
    const { lock } = slashSplit(sybil.amount, params);
    results.splice(4, 0, {
      id: 'sybils', label: COALITION_LABELS.sybils, side: 'claim', closable: true, expectedProfit: sybil.profit, amount: sybil.amount,
      passProbability: sybil.pass, sybils: sybil.sybils, sybilDrawInRegion: sybil.region, lossIfCaught: units(lock, d),
      note: `stakes sybil witnesses (each at the floor of the lock's tier, seasoned) ${sybil.region ? 'in the patient\'s thinnest region, which they make large enough to be drawn from' : 'in all regions'}`,
    });
  }
  const falseReport = falseReporterProfit(params, rates);
  results.push({
    id: 'false-reporter', label: COALITION_LABELS['false-reporter'], side: 'report', closable: true,
    expectedProfit: falseReport.profit, amount: falseReport.amount,
    note: 'profits from the operator\'s errors: ε × reward − (1 − ε) × bond; the bond must exceed ε / (1 − ε) × the largest reward',
  });
  // The operator holds no member money: rejecting an honest claim moves nothing to it. Dismissing a report gives it
  // the bond unless DismissedBondToMembers.
  const cap = params.claimCap;
  const bondFee = params.dismissedBondToMembers === 0 ? units(params.reportBond, d) : 0;
  results.push({
    id: 'operator-rejects', label: COALITION_LABELS['operator-rejects'], side: 'operator', closable: false,
    expectedProfit: bondFee, amount: cap, harm: units(cap, d),
    note: `a rejected honest claim gives the operator nothing on chain: the harm (up to the claim, ${units(cap, d)} units) falls on the claimant and on trust; ${bondFee > 0 ? `a dismissed report gives it the bond (${bondFee} units) while DismissedBondToMembers = 0: set it to 1` : 'a dismissed report\'s bond goes to the members (DismissedBondToMembers = 1)'}; no parameter makes this negative`,
  });
  // The operator confirms its sybil's false report against an honest claim: the honest witnesses' locks are slashed,
  // the sybil gets its bond back and the reward; no rule takes anything from the operator.
  let op: { profit: number; amount: bigint; harm: number } | undefined;
  for (const amount of amounts) {
    const s = slashSplit(amount, params);
    const profit = units(s.reward, d);
    if (!op || profit > op.profit) op = { profit, amount, harm: units(s.slashed, d) + units(amount, d) };
  }
  if (op) {
    results.push({
      id: 'operator-sybil-reporter', label: COALITION_LABELS['operator-sybil-reporter'], side: 'operator', closable: false,
      expectedProfit: op.profit, amount: op.amount, harm: op.harm,
      note: `takes min(reward × A, 3 × lock) = ${op.profit} units per honest claim: positive for every reward above 0 whatever k and the bond (a zero reward makes it zero, not negative, and takes the honest supervisors' incentive with it); closing it needs a new rule: an appeal of a slashing to a jury of members (on the roadmap, "later"), or a reward paid only after an appeal window`,
    });
  }
  return results;
}

/**
 * A false report against an honest claim: confirmed by the operator's error with probability ε (the bond back plus
 * the reward), else dismissed (the bond lost, to the operator or to the members). The largest over the amounts.
 */
export function falseReporterProfit(params: ProtocolParameters, rates: DetectionRates): { profit: number; amount: bigint } {
  let best: { profit: number; amount: bigint } = { profit: Number.NEGATIVE_INFINITY, amount: params.claimCap };
  for (const amount of claimAmounts(params.claimCap)) {
    const { reward } = slashSplit(amount, params);
    const eps = rates.operatorError;
    const profit = eps * units(reward, params.decimals) - (1 - eps) * units(params.reportBond, params.decimals);
    if (profit > best.profit) best = { profit, amount };
  }
  return best;
}

/** Whether every coalition that parameters can close has a negative expected profit. */
export function closableNegative(results: CoalitionResult[]): boolean {
  return results.filter((r) => r.closable).every((r) => r.expectedProfit < 0);
}

/** Whether every coalition, the operator ones included, has a negative expected profit. */
export function allNegative(results: CoalitionResult[]): boolean {
  return results.every((r) => r.expectedProfit < 0);
}

/** Fraud of one claim-side coalition injected into a pool run, and what became of it. */
export type FraudInPool = {
  coalition: CoalitionId;
  attemptsPerYearPer100k: number;
  /** The amount each false claim asks (the coalition's most profitable, base units). */
  amount: bigint;
  attempts: number;
  /** Passed the review and the witnesses. */
  announced: number;
  caughtInAnnouncement: number;
  /** Approved and queued in the pool (charged to the members like any claim). */
  paid: number;
  paidAmount: bigint;
  caughtAfterPayment: number;
  /** Slashed stake credited to the members (after the reporter's reward), base units. */
  credited: bigint;
};

/**
 * The false claims of `coalition` a pool run receives, drawn with a seeded generator: attempts per epoch are
 * Poisson(rate × members / 100 000 × epoch / year); each passes review and witnesses with the coalition's pass
 * probability, is caught in the announcement with qa (its three witnesses' locks slashed, the reward taken, the rest
 * credited to members in that epoch), else queued for payment in that epoch and caught after payment with qp (the
 * credit lands half a fraud-report window later, when inside the run).
 */
export function fraudSchedule(
  coalition: CoalitionResult, params: ProtocolParameters, rates: DetectionRates, a: AttackAssumptions,
  options: { attemptsPerYearPer100k: number; members: number; epochs: number; rng: { next: () => number; poisson: (mean: number) => number } },
): { extraClaims: (epoch: number) => bigint[]; credits: (epoch: number) => bigint; summary: FraudInPool } {
  const { rng, epochs } = options;
  const amount = coalition.amount;
  const split = slashSplit(amount, params);
  const { qa, qp } = supervisorDetection(amount, params, rates, a);
  const pass = coalition.passProbability ?? 0;
  const mean = (options.attemptsPerYearPer100k * options.members * params.epochLength) / (100_000 * YEAR);
  const later = Math.max(1, Math.round(params.fraudReportWindow / 2 / params.epochLength));
  const claims: bigint[][] = Array.from({ length: epochs + 1 }, () => []);
  const credits: bigint[] = Array.from({ length: epochs + 1 }, () => 0n);
  const summary: FraudInPool = {
    coalition: coalition.id, attemptsPerYearPer100k: options.attemptsPerYearPer100k, amount, attempts: 0, announced: 0,
    caughtInAnnouncement: 0, paid: 0, paidAmount: 0n, caughtAfterPayment: 0, credited: 0n,
  };
  for (let epoch = 0; epoch <= epochs; epoch++) {
    const attempts = rng.poisson(mean);
    summary.attempts += attempts;
    for (let i = 0; i < attempts; i++) {
      if (rng.next() >= pass) continue;
      summary.announced++;
      if (rng.next() < qa) {
        summary.caughtInAnnouncement++;
        credits[epoch] = (credits[epoch] ?? 0n) + split.toMembers;
        summary.credited += split.toMembers;
        continue;
      }
      summary.paid++;
      summary.paidAmount += amount;
      claims[epoch]?.push(amount);
      if (rng.next() < qp) {
        summary.caughtAfterPayment++;
        const at = epoch + later;
        if (at <= epochs) {
          credits[at] = (credits[at] ?? 0n) + split.toMembers;
          summary.credited += split.toMembers;
        }
      }
    }
  }
  return { extraClaims: (epoch) => claims[epoch] ?? [], credits: (epoch) => credits[epoch] ?? 0n, summary };
}

/** The coalitions parameters can close (claim and report sides). */
export const CLOSABLE_COALITIONS: readonly CoalitionId[] = ['claimant', 'witnesses-1', 'witnesses-2', 'witnesses-3', 'sybils', 'notary', 'decoy', 'all-accomplices', 'false-reporter'];
