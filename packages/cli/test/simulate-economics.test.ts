// The fraud economics of `lashou simulate` against closed-form cases (docs/economics.md): the contracts' lock and
// reward arithmetic, coalitions caught for sure or never, the draw probability against the hypergeometric value and a
// Monte-Carlo of the registry's draw rule, the sweep's marked region against hand-computed boundaries, and the
// conclusion's fast search against the exhaustive one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { coalitionProfits, fraudProfit, fraudSchedule } from '../src/simulate/coalitions.js';
import {
  type AttackAssumptions, DEFAULT_DETECTION, type DetectionRates, YEAR, defaultAttackAssumptions, drawProbability, drawSet,
  lockTier, reporterReward, scaleDetection, stakeToCarry, supervisorDetection, units, witnessLock,
} from '../src/simulate/economics.js';
import { defaultParameters } from '../src/simulate/parameters.js';
import { createRng } from '../src/simulate/rng.js';
import { type SafeSearchGrid, SWEEP_PARAMETERS, parseRanges, parseSweep, runSweep, smallestSafeParameters, unclosedCoalitions } from '../src/simulate/sweep.js';

const U = 1_000_000n; // one token unit (6 decimals)
// The design's placeholder fraud parameters (k = 1, bond 100 units, reward 10 %, dismissed bonds to the operator), against
// which the closed forms below were worked out by hand; the deployment defaults that `lashou simulate` set since
// (docs/economics.md) are tested through the command (simulate.test.ts).
const params = { ...defaultParameters(6), stakeCoverBps: 10_000, reportBond: 100n * 1_000_000n, reporterRewardBps: 1_000, dismissedBondToMembers: 0 as const };
const CAP = params.claimCap;
const free: AttackAssumptions = { ...defaultAttackAssumptions(6), attemptCost: 0n, notaryBribe: 0n, membershipValue: 0n, capitalRatePerYear: 0 };
const sure: DetectionRates = { ...DEFAULT_DETECTION, operatorReview: 0, operatorReviewWithNotary: 0, witness: 0, announcement: 1, afterPayment: 1, altruisticShare: 1 };
const never: DetectionRates = { ...DEFAULT_DETECTION, operatorReview: 0, operatorReviewWithNotary: 0, witness: 0, announcement: 0, afterPayment: 0, altruisticShare: 1 };
const close = (actual: number, expected: number, what: string, tolerance = 1e-6) =>
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);

describe('the contracts\' arithmetic', () => {
  test('the lock is max(StakeLock, ⌈A·k/3⌉), rounded up as ClaimReviews does', () => {
    assert.equal(witnessLock(CAP, params), 33_333_333_334n); // ⌈10^11 × 10 000 / 30 000⌉
    assert.equal(witnessLock(1_000n * U, params), params.stakeLock); // the floor wins for small claims
    assert.equal(witnessLock(CAP, { ...params, stakeCoverBps: 30_000 }), CAP);
    assert.equal(witnessLock(15_000n * U, params), 5_000n * U);
    assert.equal(witnessLock(15_000n * U + 1n, params), 5_000n * U + 1n); // ⌈(15 000·10^6 + 1)/3⌉
  });

  test('the lock tier and the stake that carries it follow WitnessRegistry.lockTier', () => {
    const m = params.witnessStake;
    assert.equal(lockTier(m, m), 0);
    assert.equal(lockTier(m + 1n, m), 1);
    assert.equal(lockTier(33_333_333_334n, m), 3); // ⌈33 333.33 / 5 000⌉ = 7 → 2^3 = 8 ≥ 7
    assert.equal(stakeToCarry(33_333_333_334n, m), 40_000n * U);
    assert.equal(lockTier(m << 7n, m), 7);
    assert.equal(lockTier((m << 7n) + 1n, m), undefined); // above maxLock: ClaimParameters refuses it
  });

  test('the reward is min(A × bps / 10 000, slashed), rounded down', () => {
    assert.equal(reporterReward(CAP, 1_000, 3n * 33_333_333_334n), 10_000n * U);
    assert.equal(reporterReward(CAP, 1_000, 7n), 7n);
    assert.equal(reporterReward(999n, 1_000, 10_000n), 99n);
  });

  test('detection scales with the window at a constant hazard', () => {
    close(scaleDetection(0.2, 7, 7), 0.2, 'reference window');
    close(scaleDetection(0.2, 14, 7), 1 - 0.8 ** 2, 'twice the window');
    assert.equal(scaleDetection(1, 3, 7), 1);
    assert.equal(scaleDetection(0.5, 0, 7), 0);
  });
});

describe('coalitions in closed form', () => {
  test('caught for sure: a coalition holding the three slots loses exactly its three locks', () => {
    for (const amount of [5_000n * U, 40_000n * U, CAP]) {
      const x = fraudProfit(amount, params, sure, free, { own: 3, notary: false, decoy: false });
      close(x.profit, -3 * units(witnessLock(amount, params), 6), `profit at ${amount}`);
    }
    // Its most profitable amount is the one with the smallest locks: the floor.
    const best = coalitionProfits(params, sure, free).find((c) => c.id === 'witnesses-3');
    close(best?.expectedProfit ?? 0, -3 * units(params.stakeLock, 6), 'witnesses-3 at its best amount');
  });

  test('caught for sure with a membership value: it loses the locks and the membership', () => {
    const a = { ...free, membershipValue: 700n * U };
    const x = fraudProfit(CAP, params, sure, a, { own: 2, notary: false, decoy: false });
    close(x.profit, -(2 * units(witnessLock(CAP, params), 6) + 700), 'two locks and the membership');
  });

  test('a report dismissed for sure loses exactly its bond; confirmed by the operator\'s error it gains the reward', () => {
    const honestOperator = coalitionProfits(params, { ...DEFAULT_DETECTION, operatorError: 0 }, free).find((c) => c.id === 'false-reporter');
    close(honestOperator?.expectedProfit ?? 0, -units(params.reportBond, 6), 'ε = 0');
    const eps = 0.02;
    const r = coalitionProfits(params, { ...DEFAULT_DETECTION, operatorError: eps }, free).find((c) => c.id === 'false-reporter');
    close(r?.expectedProfit ?? 0, eps * 10_000 - (1 - eps) * 100, 'ε = 0.02 at the cap (reward 10 000, bond 100)');
  });

  test('never caught: the claim gains A (plus its witnesses\' commissions) minus its costs', () => {
    const a = { ...free, attemptCost: 500n * U };
    close(fraudProfit(CAP, params, never, a, { own: 0, notary: false, decoy: false }).profit, 100_000 - 500, 'claimant alone');
    close(fraudProfit(CAP, params, never, a, { own: 3, notary: false, decoy: false }).profit, 100_000 + 3 * 50 - 500, 'with three witnesses');
    const bribe = { ...a, notaryBribe: 2_000n * U };
    close(fraudProfit(CAP, params, never, bribe, { own: 0, notary: true, decoy: false }).profit, 100_000 - 500 - 2_000, 'with a notary');
    // With a cost of capital: the three locks held through the announcement, the payout delay and the fraud window.
    const capital = { ...a, capitalRatePerYear: 0.05 };
    const L = units(witnessLock(CAP, params), 6);
    const held = params.announcementWindow + capital.payoutDelay + params.fraudReportWindow;
    close(fraudProfit(CAP, params, never, capital, { own: 3, notary: false, decoy: false }).profit, 100_000 + 150 - (0.05 * 3 * L * held) / YEAR - 500, 'with capital');
    // A decoy that is never raced reports its own fraud after payment: A plus the reward from the three locks.
    close(fraudProfit(CAP, params, never, a, { own: 0, notary: false, decoy: true }).profit, 100_000 + 10_000 - 500, 'decoy');
  });

  test('the pass probability is (1 − review) × (1 − witness)^(3 − own)', () => {
    const rates = { ...DEFAULT_DETECTION, operatorReview: 0.5, witness: 0.8 };
    for (const own of [0, 1, 2, 3]) close(fraudProfit(CAP, params, rates, free, { own, notary: false, decoy: false }).pass, 0.5 * 0.2 ** (3 - own), `own ${own}`);
  });

  test('the general formula: pass × (qa·(−loss) + (1 − qa)·(A + own·c − qp·loss)) − costs', () => {
    const rates = { ...DEFAULT_DETECTION, altruisticShare: 1 };
    const a = { ...free, attemptCost: 300n * U };
    const { qa, qp } = supervisorDetection(CAP, params, rates, a);
    const L = units(witnessLock(CAP, params), 6);
    for (const own of [1, 2, 3]) {
      const pass = (1 - rates.operatorReview) * (1 - rates.witness) ** (3 - own);
      const expected = pass * (qa * -(own * L) + (1 - qa) * (100_000 + own * 50 - qp * own * L)) - 300;
      close(fraudProfit(CAP, params, rates, a, { own, notary: false, decoy: false }).profit, expected, `own ${own}`);
    }
  });

  test('the operator coalitions: rejecting gains nothing on chain; a sybil reporter gains the reward whatever k and the bond', () => {
    for (const stakeCoverBps of [10_000, 50_000]) {
      for (const reportBond of [1n * U, 10_000n * U]) {
        const results = coalitionProfits({ ...params, stakeCoverBps, reportBond, dismissedBondToMembers: 1 }, DEFAULT_DETECTION, free);
        const sybil = results.find((c) => c.id === 'operator-sybil-reporter');
        close(sybil?.expectedProfit ?? 0, 10_000, 'reward at the cap');
        assert.equal(sybil?.closable, false);
        assert.equal(results.find((c) => c.id === 'operator-rejects')?.expectedProfit, 0);
      }
    }
    // With the default DismissedBondToMembers = 0 a dismissal pays the operator the bond.
    close(coalitionProfits(params, DEFAULT_DETECTION, free).find((c) => c.id === 'operator-rejects')?.expectedProfit ?? 0, 100, 'bond fee');
  });
});

describe('the witness draw', () => {
  const choose = (n: number, k: number): number => (k < 0 || k > n ? 0 : k === 0 ? 1 : (choose(n - 1, k - 1) * n) / k);

  test('equals the hypergeometric value for small sets', () => {
    for (const [s, h] of [[2, 3], [4, 6], [1, 10], [3, 0], [0, 5], [10, 2]] as const) {
      let sum = 0;
      for (let j = 0; j <= 3; j++) {
        const expected = (choose(s, j) * choose(h, 3 - j)) / choose(s + h, 3);
        close(drawProbability(j, s, h), expected, `P(${j} | ${s} sybils, ${h} honest)`, 1e-12);
        sum += drawProbability(j, s, h);
      }
      close(sum, 1, `sum for ${s}, ${h}`, 1e-12);
    }
    close(drawProbability(2, 2, 3), 0.3, 'C(2,2)·C(3,1)/C(5,3) = 3/10', 1e-12);
  });

  test('matches a Monte-Carlo of the registry\'s rule (8 uniform proposals per pick, rejecting repeats, then the next index)', () => {
    const rng = createRng(2026);
    const sybils = 4;
    const honest = 6;
    const size = sybils + honest; // indices below `sybils` are the coalition's
    const trials = 200_000;
    const counts = [0, 0, 0, 0];
    for (let t = 0; t < trials; t++) {
      const picked: number[] = [];
      for (let j = 0; j < 3; j++) {
        let chosen = -1;
        let index = 0;
        for (let k = 0; k < 8 && chosen < 0; k++) {
          index = rng.int(size);
          if (!picked.includes(index)) chosen = index;
        }
        for (let step = 1; chosen < 0; step++) if (!picked.includes((index + step) % size)) chosen = (index + step) % size;
        picked.push(chosen);
      }
      counts[picked.filter((i) => i < sybils).length]! += 1;
    }
    for (let j = 0; j <= 3; j++) {
      const p = drawProbability(j, sybils, honest);
      const sigma = Math.sqrt((p * (1 - p)) / trials);
      assert.ok(Math.abs(counts[j]! / trials - p) < 5 * sigma, `j = ${j}: ${counts[j]! / trials} vs ${p}`);
    }
  });

  test('the region rule: sybils that lift a thin region to the threshold are drawn from it', () => {
    const a = { honestWitnessesInRegion: 3, honestWitnessesGlobal: 200, minRegionWitnesses: 12 };
    assert.deepEqual(drawSet(8, a), { region: false, honest: 200 });
    assert.deepEqual(drawSet(9, a), { region: true, honest: 3 });
  });
});

describe('the sweep', () => {
  test('marks exactly the bonds above ε/(1 − ε) × the largest reward when the rest already lose', () => {
    const p = { ...params, stakeCoverBps: 50_000 };
    const sweep = parseSweep('bond');
    const ranges = parseRanges('150:260:10', sweep);
    const result = runSweep(p, DEFAULT_DETECTION, defaultAttackAssumptions(6), sweep, ranges);
    const boundary = (0.02 * 10_000) / 0.98; // 204.08 units
    for (const point of result.points) {
      const bond = point.values[0] as number;
      assert.equal(point.closableNegative, bond > boundary, `bond ${bond}`);
      assert.equal(point.allNegative, false, 'the operator coalitions never lose');
    }
  });

  test('puts the three-witness coalition\'s break-even at k = (1 − qa)/Q (4/3 at qa = 0.2, qp = 0.5)', () => {
    const rates = { ...DEFAULT_DETECTION, operatorReview: 0, altruisticShare: 1 };
    const p = { ...params, commission: 0n };
    const sweep = parseSweep('k');
    const result = runSweep(p, rates, free, sweep, parseRanges('1.2:1.5:0.02', sweep));
    for (const point of result.points) {
      const k = point.values[0] as number;
      assert.equal(point.profits['witnesses-3'] < 0, k > 4 / 3, `k ${k}: ${point.profits['witnesses-3']}`);
    }
  });

  test('two parameters make a grid, and bad names or ranges are refused with the fix', () => {
    const sweep = parseSweep('k,reward');
    const ranges = parseRanges('1:2:0.5,0:200:100', sweep);
    assert.deepEqual(ranges, [[1, 1.5, 2], [0, 100, 200]]);
    assert.equal(runSweep(params, DEFAULT_DETECTION, free, sweep, ranges).points.length, 9);
    assert.throws(() => parseSweep('stake'), /"stake" is not a parameter the sweep can vary: use k, stake-lock, witness-stake, bond, reward, announcement/);
    assert.throws(() => parseSweep('k,k'), /names k twice/);
    assert.throws(() => parseSweep('k,bond,reward'), /one or two parameters/);
    assert.throws(() => parseRanges('1:2', parseSweep('k')), /is not from:to:step/);
    assert.throws(() => parseRanges('1:2:0.5', sweep), /has 1 range for 2 swept parameters/);
    assert.throws(() => parseRanges('2:1:0.5', parseSweep('k')), /to at least from/);
    assert.equal(SWEEP_PARAMETERS.k?.apply(params, 2.64).stakeCoverBps, 26_400);
  });

  test('the conclusion\'s fast search finds the same point as the exhaustive scan', () => {
    const grid: SafeSearchGrid = { k: [1, 1.5, 2, 2.5, 3, 3.5], bond: Array.from({ length: 20 }, (_, i) => (i + 1) * 20), reward: [0, 100, 200, 400, 800], kRefineStep: 0.1 };
    for (const rates of [DEFAULT_DETECTION, { ...DEFAULT_DETECTION, witness: 0.7 }, { ...DEFAULT_DETECTION, operatorError: 0.05 }]) {
      const fast = smallestSafeParameters(params, rates, defaultAttackAssumptions(6), grid);
      const slow = smallestSafeParameters(params, rates, defaultAttackAssumptions(6), grid, true);
      assert.deepEqual(
        fast && { k: fast.stakeCoverBps, bond: fast.reportBond, reward: fast.reporterRewardBps },
        slow && { k: slow.stakeCoverBps, bond: slow.reportBond, reward: slow.reporterRewardBps },
      );
      if (fast) assert.ok(fast.coalitions.filter((c) => c.closable).every((c) => c.expectedProfit < 0));
    }
  });

  test('below the smallest k found, no bond and reward of the grid closes every coalition', () => {
    const grid: SafeSearchGrid = { k: [1, 1.5, 2, 2.5, 3, 3.5], bond: [10, 50, 100, 200, 400], reward: [0, 200, 500, 1_000], kRefineStep: 0.25 };
    const found = smallestSafeParameters(params, DEFAULT_DETECTION, defaultAttackAssumptions(6), grid, true);
    assert.ok(found, 'a safe point exists on this grid');
    const below = smallestSafeParameters(params, DEFAULT_DETECTION, defaultAttackAssumptions(6), { ...grid, k: grid.k.filter((k) => k * 10_000 < found.stakeCoverBps), kRefineStep: 1 }, true);
    assert.equal(below, undefined);
  });
});

describe('what no parameter closes', () => {
  test('with honest witnesses catching 70 %, the lone claimant profits whatever k, bond and reward: 0.5 × 0.3³ × 0.8 × A − 500', () => {
    const rates = { ...DEFAULT_DETECTION, witness: 0.7 };
    const grid: SafeSearchGrid = { k: [1, 2, 5], bond: Array.from({ length: 100 }, (_, i) => (i + 1) * 10), reward: [0, 200, 1_000, 3_000], kRefineStep: 0.5 };
    assert.equal(smallestSafeParameters(params, rates, defaultAttackAssumptions(6), grid), undefined);
    const unclosed = unclosedCoalitions(params, rates, defaultAttackAssumptions(6), grid);
    const claimant = unclosed.find((u) => u.id === 'claimant');
    close(claimant?.leastProfit ?? Number.NaN, 0.5 * 0.3 ** 3 * 0.8 * 100_000 - 500, 'the claimant alone, at its least');
    assert.ok(!unclosed.some((u) => u.id.startsWith('witnesses-')), 'k closes every coalition with witnesses');
  });
});

describe('fraud injected into a pool run', () => {
  test('is reproducible with a seed and adds up', () => {
    const coalition = coalitionProfits(params, DEFAULT_DETECTION, free).find((c) => c.id === 'witnesses-3');
    assert.ok(coalition);
    const run = (seed: number) => fraudSchedule(coalition, params, DEFAULT_DETECTION, free, { attemptsPerYearPer100k: 500, members: 100_000, epochs: 130, rng: createRng(seed) }).summary;
    const a = run(5);
    assert.deepEqual(a, run(5));
    assert.notDeepEqual(a, run(6));
    assert.ok(a.attempts > 0);
    assert.equal(a.announced, a.caughtInAnnouncement + a.paid);
    assert.equal(a.paidAmount, BigInt(a.paid) * coalition.amount);
    // Expected attempts: 500 per 100k per year over 130 two-week epochs (≈ 5 years) ≈ 2 500.
    assert.ok(Math.abs(a.attempts - (500 * 131 * 14) / 365) < 5 * Math.sqrt(2_500), `attempts ${a.attempts}`);
  });
});
