// The pool engine of `lashou simulate` against closed-form cases: the mean share of a steady pool, a single claim's
// share and dust, roll-over (capacity and the 64-payment limit), the reserve paying first, lapses, credits, the exit
// notice, age bands, reproducibility — and its random numbers. The engine against the contracts themselves is
// simulate-replay.test.ts.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InvalidInputError } from '@lashou/sdk';
import { MAX_PAYMENTS_PER_SETTLEMENT, simulatePool, type SimulatePoolOptions } from '../src/simulate/engine.js';
import { DEFAULT_INCIDENCE, YEAR_SECONDS, flatIncidence, periodProbability } from '../src/simulate/incidence.js';
import { fixedAge } from '../src/simulate/population.js';
import { defaultParameters as defaultProtocolParameters } from '../src/simulate/parameters.js';
import { createRng } from '../src/simulate/rng.js';

const DAY = 86_400;
const UNIT = 1_000_000n;
const params = { ...defaultProtocolParameters(6), waitingPeriod: 0 };
const M = params.minimumBalance;
const L = params.epochLength;

/** A pool whose membership never changes: nobody joins after epoch 0, leaves, or lapses (deposits far above any charge). */
function steady(members: number, overrides: Partial<SimulatePoolOptions> = {}): SimulatePoolOptions {
  return {
    members,
    years: 1,
    seed: 7,
    incidence: flatIncidence(0),
    approvalDelay: 0,
    behaviour: { deposit: 100_000n * UNIT, topUpShare: 1, topUpBelow: 2n * M, topUpTo: 100_000n * UNIT, joinRate: 0, exitRate: 0, claimantLeaves: false },
    ...overrides,
  };
}

describe('simulate engine: closed-form cases', () => {
  test('no fraud, constant membership, fixed incidence and claim size: mean share = incidence × claim size / members', () => {
    // N members, each ill with probability p per epoch, claims of X: the epoch total is K·X with K ~ Binomial(N, p), so
    // share = ceil(K·X / N) has mean in [p·X, p·X + 1 base unit) and standard deviation X·√(p(1−p)/N). Over E epochs the
    // sample mean has standard deviation X·√(p(1−p)/N)/√E: the test allows 4 of them plus the rounding unit (a false
    // failure about once in 16,000 runs; the seed is fixed, so it is reproducible either way).
    const N = 10_000;
    const annual = 0.05;
    const X = 1_000n * UNIT;
    const run = simulatePool(params, steady(N, { years: 5, incidence: flatIncidence(annual), claimSize: { kind: 'fixed', amount: X } }));
    // Everyone is covered from epoch 1 (joined during epoch 0, no waiting period); epoch 0 has nobody to fall ill.
    const epochs = run.epochs.slice(1);
    for (const e of epochs) {
      assert.equal(e.members, N);
      assert.equal(e.covered, N);
      assert.equal(e.rolledOver, 0n, `epoch ${e.epoch} rolled over: the case must stay below capacity`);
    }
    const p = periodProbability(annual, L);
    const x = Number(X);
    const expected = p * x; // = incidence × claim size / members, per member
    const sd = (x * Math.sqrt((p * (1 - p)) / N)) / Math.sqrt(epochs.length);
    const mean = epochs.reduce((sum, e) => sum + Number(e.share), 0) / epochs.length;
    assert.ok(Math.abs(mean - expected) <= 4 * sd + 1, `mean share ${mean.toFixed(1)} vs p·X = ${expected.toFixed(1)} (4σ = ${(4 * sd).toFixed(1)})`);
    // The claim count itself: E[K] = N·p per epoch.
    const claims = epochs.reduce((sum, e) => sum + e.approved, 0);
    const claimsSd = Math.sqrt(epochs.length * N * p * (1 - p));
    assert.ok(Math.abs(claims - epochs.length * N * p) <= 4 * claimsSd, `${claims} claims vs ${(epochs.length * N * p).toFixed(1)} expected`);
  });

  test('a single claim of X among N members: share = ceil(X / N), dust = N·share − X, and the reserve pays the next claim first', () => {
    const N = 997;
    const X = 5_678_901_234n; // below N·M = 9,970 units, so nothing rolls over
    const Y = 5_000_000_000n;
    const run = simulatePool(params, steady(N, { extraClaims: (e) => (e === 3 ? [X] : e === 5 ? [Y] : []) }));
    const share = (X + BigInt(N) - 1n) / BigInt(N);
    const dust = share * BigInt(N) - X;
    assert.ok(dust > 0n);
    const e3 = run.epochs[3]!;
    assert.deepEqual([e3.members, e3.share, e3.dust, e3.collected, e3.charged, e3.fromReserve, e3.reserve, e3.index, e3.rolledOver], [N, share, dust, X, X, 0n, dust, share, 0n]);
    for (const e of [0, 1, 2, 4]) assert.equal(run.epochs[e]!.share, 0n);
    // Epoch 5: the reserve (the dust) pays first, the members the rest.
    const e5 = run.epochs[5]!;
    const share5 = (Y - dust + BigInt(N) - 1n) / BigInt(N);
    assert.deepEqual([e5.fromReserve, e5.charged, e5.share, e5.dust, e5.reserve], [dust, Y - dust, share5, share5 * BigInt(N) - (Y - dust), share5 * BigInt(N) - (Y - dust)]);
    assert.equal(e5.index, share + share5);
    // Conservation: what came in, less what went out, is in the pool.
    assert.equal(run.totals.poolBalance, run.totals.deposits - run.totals.withdrawals - run.totals.paidAmount + run.totals.credited);
    assert.equal(run.totals.paidAmount, X + Y);
  });

  test('a claim above N·M rolls over in instalments, oldest first; each share is capped at M', () => {
    const N = 300;
    const capacity = BigInt(N) * M; // 3,000 units
    const big = 7_500n * UNIT;
    const small = 100n * UNIT;
    const run = simulatePool(params, steady(N, { extraClaims: (e) => (e === 2 ? [big, small] : []) }));
    const [e2, e3, e4] = [run.epochs[2]!, run.epochs[3]!, run.epochs[4]!];
    assert.deepEqual([e2.share, e2.collected, e2.rolledOver, e2.paidClaims], [M, capacity, big + small - capacity, 0]);
    assert.deepEqual([e3.share, e3.collected, e3.rolledOver, e3.paidClaims], [M, capacity, big + small - 2n * capacity, 0]);
    // Epoch 4: the rest of the big claim (1,500 units) and then the small one: 1,600 units in all.
    const rest = big + small - 2n * capacity;
    assert.deepEqual([e4.collected, e4.rolledOver, e4.paidClaims, e4.share], [rest, 0n, 2, (rest + BigInt(N) - 1n) / BigInt(N)]);
    // The big claim waited two epochs after its own: 28 days plus the wait from its approval to its epoch's end.
    assert.ok(e4.meanPayoutDelayDays > 28);
  });

  test(`at most ${MAX_PAYMENTS_PER_SETTLEMENT} payments per settlement; the rest roll over`, () => {
    const N = 10_000;
    const amount = 10n * UNIT;
    const run = simulatePool(params, steady(N, { extraClaims: (e) => (e === 1 ? Array.from({ length: 70 }, () => amount) : []) }));
    const [e1, e2] = [run.epochs[1]!, run.epochs[2]!];
    assert.deepEqual([e1.approved, e1.paidClaims, e1.collected, e1.rolledOver], [70, 64, 64n * amount, 6n * amount]);
    assert.deepEqual([e2.paidClaims, e2.rolledOver], [6, 0n]);
    assert.ok(64n * amount < BigInt(N) * M, 'the capacity was not what stopped it');
  });

  test('lapses: members whose balance falls below M after a settlement lapse, keep the rest, and stop being counted', () => {
    // Deposits of 16 units, a 3-unit share per epoch: 13 left after epoch 0, exactly M = 10 after epoch 1 (still
    // counted: the pool lapses `key < C + M`, strictly), 7 < M after epoch 2.
    const N = 500;
    const perMember = 3n * UNIT;
    const run = simulatePool(params, steady(N, {
      behaviour: { deposit: 16n * UNIT, topUpShare: 0, topUpBelow: 0n, topUpTo: 0n, joinRate: 0, exitRate: 0, claimantLeaves: false },
      extraClaims: (e) => (e <= 3 ? [perMember * BigInt(N)] : []),
    }));
    const [e0, e1, e2, e3] = [run.epochs[0]!, run.epochs[1]!, run.epochs[2]!, run.epochs[3]!];
    assert.deepEqual([e0.share, e0.lapsed, e1.share, e1.lapsed, e2.members, e2.share, e2.lapsed], [perMember, 0, perMember, 0, N, perMember, N]);
    assert.equal(e3.members, 0);
    // Nobody is counted: epoch 3's claim stays queued; the lapsed members withdrew 7 units each.
    assert.equal(e3.rolledOver, perMember * BigInt(N));
    assert.equal(run.totals.withdrawals, 7n * UNIT * BigInt(N));
    assert.equal(e3.poolBalance, 0n);
  });

  test('a member meaning to top up below M is too late: it lapses at once, as processLapses would make it', () => {
    const N = 50;
    const run = simulatePool(params, steady(N, {
      behaviour: { deposit: 16n * UNIT, topUpShare: 1, topUpBelow: 8n * UNIT, topUpTo: 50n * UNIT, joinRate: 0, exitRate: 0, claimantLeaves: false },
      extraClaims: (e) => (e <= 3 ? [3n * UNIT * BigInt(N)] : []),
    }));
    assert.deepEqual(run.epochs.slice(0, 3).map((e) => e.lapsed), [0, 0, N]);
    assert.equal(run.totals.toppedUp, 0);
  });

  test('topping-up members never lapse; the others lapse in time', () => {
    const run = simulatePool(params, {
      members: 2_000, years: 2, seed: 11, incidence: flatIncidence(0), approvalDelay: 0,
      behaviour: { deposit: 50n * UNIT, topUpShare: 0.5, topUpBelow: 2n * M, topUpTo: 50n * UNIT, joinRate: 0, exitRate: 0, claimantLeaves: false },
      extraClaims: (e) => [5n * UNIT * 2_000n], // 5 units a member while all 2,000 are counted
    });
    assert.ok(run.totals.toppedUp > 0);
    // About half top up (a binomial draw): they stay, the others lapse within a few epochs.
    const final = run.totals.finalMembers;
    assert.ok(final > 850 && final < 1_150, `${final} members left`);
    assert.equal(run.totals.lapsed, 2_000 - final);
  });

  test('a credit lowers the index by floor(amount / N), the remainder goes to the reserve', () => {
    const N = 3;
    const run = simulatePool(params, steady(N, { credits: (e) => (e === 1 ? 7n * UNIT : 0n) }));
    const e1 = run.epochs[1]!;
    assert.equal(e1.index, -2_333_333n);
    assert.equal(e1.reserve, 1n);
    assert.equal(run.totals.credited, 7n * UNIT);
  });

  test('the exit notice: a leaver is counted and charged up to the epoch of its request time + notice, then withdraws', () => {
    const run = simulatePool({ ...params, waitingPeriod: 90 * DAY }, {
      members: 400, years: 1, seed: 5, incidence: flatIncidence(0.3), recordActions: true,
      claimSize: { kind: 'fixed', amount: 500n * UNIT },
      behaviour: { joinRate: 0.3, exitRate: 0.5, topUpShare: 1 },
    });
    const actions = run.actions!;
    const lapsedAt = new Map<number, number>();
    let checked = 0;
    for (const a of actions) {
      if (a.kind !== 'requestExit') continue;
      const exitEpoch = Math.floor((a.time + params.exitNotice) / L);
      const withdrawal = actions.find((w) => w.kind === 'withdraw' && w.member === a.member && w.time > a.time);
      if (!withdrawal) {
        assert.ok(exitEpoch >= run.epochs.length, `member ${a.member} asked to leave at ${a.time} and never withdrew`);
        continue;
      }
      // Withdrawn right after the settlement of its exit epoch — or earlier if it lapsed first: a leaver can no
      // longer top up (the pool refuses top-ups once an exit is asked), so it may fall below M before its exit epoch.
      const settledEpoch = Math.floor(withdrawal.time / L) - 1;
      assert.ok(settledEpoch <= exitEpoch, `member ${a.member} withdrew after epoch ${settledEpoch}, its exit epoch is ${exitEpoch}`);
      if (settledEpoch < exitEpoch) {
        assert.ok(withdrawal.kind === 'withdraw' && withdrawal.amount < M, `member ${a.member} left before its exit epoch with ${withdrawal.kind === 'withdraw' ? withdrawal.amount : '?'} ≥ M`);
        lapsedAt.set(a.member, settledEpoch);
      }
      checked++;
    }
    assert.ok(checked > 50, `only ${checked} exits checked`);
    assert.equal(run.totals.exited + lapsedAt.size, checked);
    // The engine keeps its covered counts by events (cover starts, band changes, exits, lapses): recount them from
    // the transactions: joined at least a waiting period before the epoch's start, not asked to leave, not gone.
    for (const record of run.epochs) {
      const start = record.epoch * L;
      const state = new Map<number, { coveredFrom: number; out: boolean }>();
      for (const a of actions) {
        if (a.time >= start) break;
        if (a.kind === 'join') state.set(a.member, { coveredFrom: a.time + 90 * DAY, out: false });
        else if (a.kind === 'requestExit' || a.kind === 'withdraw') state.get(a.member)!.out = true;
      }
      const covered = [...state.values()].filter((m) => !m.out && m.coveredFrom <= start).length;
      assert.equal(record.covered, covered, `epoch ${record.epoch}: engine counts ${record.covered} covered, the transactions say ${covered}`);
    }
  });

  test('age bands: nobody falls ill before entering a band with incidence; members age into it', () => {
    // Everyone joins at 39.5 during epoch 0; only the band from 40 has incidence. They turn 40 half a year later
    // (13.04 epochs after joining): counted at the first epoch start after that, epoch 14 or 15.
    const incidence = { lowerAges: [0, 40], annualRates: [0, 0.5], source: 'test' };
    const run = simulatePool(params, steady(1_000, { incidence, ages: fixedAge(39.5), claimSize: { kind: 'fixed', amount: UNIT } }));
    for (const e of run.epochs.slice(0, 14)) assert.equal(e.approved, 0, `epoch ${e.epoch} had claims`);
    const later = run.epochs.slice(15).reduce((sum, e) => sum + e.approved, 0);
    const p = periodProbability(0.5, L);
    assert.ok(later > 1_000 * p * 11 * 0.7, `${later} claims in epochs 15–25`);
  });

  test('the default incidence table is a valid table of annual probabilities', () => {
    assert.equal(DEFAULT_INCIDENCE.lowerAges.length, DEFAULT_INCIDENCE.annualRates.length);
    assert.ok(DEFAULT_INCIDENCE.annualRates.every((r) => r > 0 && r < 0.05));
    // One year at the annual rate is the annual rate.
    assert.ok(Math.abs(periodProbability(0.01, YEAR_SECONDS) - 0.01) < 1e-15);
  });

  test('the same seed reproduces a run exactly; another seed gives another run', () => {
    const options = { members: 5_000, years: 2, seed: 42, recordActions: true };
    const strip = (run: ReturnType<typeof simulatePool>) => ({ epochs: run.epochs, actions: run.actions, totals: { ...run.totals, elapsedMs: 0 } });
    const a = strip(simulatePool(defaultProtocolParameters(6), options));
    const b = strip(simulatePool(defaultProtocolParameters(6), options));
    assert.deepEqual(a, b);
    const c = strip(simulatePool(defaultProtocolParameters(6), { ...options, seed: 43 }));
    assert.notDeepEqual(a.epochs, c.epochs);
    assert.ok(a.totals.approved > 0 && a.totals.lapsed >= 0);
  });

  test('bad input is refused with a message saying what to change', () => {
    const base = defaultProtocolParameters(6);
    const refuses = (run: () => unknown, message: RegExp) =>
      assert.throws(run, (error: Error) => error instanceof InvalidInputError && message.test(error.message));
    refuses(() => simulatePool(base, { members: 0, years: 1, seed: 1 }), /--members must be a whole number from 1 to 10,000,000, got 0/);
    refuses(() => simulatePool(base, { members: 10, years: 0, seed: 1 }), /--years must be a number above 0/);
    refuses(() => simulatePool(base, { members: 10, years: 1, seed: -1 }), /--seed must be a whole number ≥ 0/);
    refuses(() => simulatePool(base, { members: 10, years: 1, seed: 1, behaviour: { deposit: M - 1n } }), /must be at least the minimum balance/);
    refuses(() => simulatePool(base, { members: 10, years: 1, seed: 1, incidence: { lowerAges: [0, 40], annualRates: [0.1], source: 'x' } }), /2 age bands but 1 rates/);
    // Amounts beyond 2^53 base units would stop being exact: refused, not rounded.
    refuses(() => simulatePool(base, { members: 10, years: 1, seed: 1, behaviour: { deposit: 2n ** 60n, topUpTo: 2n ** 60n } }), /beyond 2\^53/);
  });
});

describe('simulate rng', () => {
  test('xoshiro128** is reproducible and its samplers have the right moments', () => {
    const a = createRng(1);
    const b = createRng(1);
    const first = Array.from({ length: 5 }, () => a.nextUint32());
    assert.deepEqual(first, Array.from({ length: 5 }, () => b.nextUint32()));
    assert.notDeepEqual(first, Array.from({ length: 5 }, () => createRng(2).nextUint32()));
    const rng = createRng(3);
    // Binomial(n, p) over 2,000 draws: mean within 4 standard errors, variance within 15 %.
    for (const [n, p] of [[1_000_000, 0.0004], [50, 0.3], [200_000, 0.01]] as const) {
      const draws = Array.from({ length: 2_000 }, () => rng.binomial(n, p));
      const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
      const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (draws.length - 1);
      const expectedVar = n * p * (1 - p);
      assert.ok(Math.abs(mean - n * p) <= 4 * Math.sqrt(expectedVar / draws.length), `binomial(${n}, ${p}) mean ${mean}`);
      assert.ok(Math.abs(variance / expectedVar - 1) < 0.15, `binomial(${n}, ${p}) variance ${variance} vs ${expectedVar}`);
    }
    const poisson = Array.from({ length: 2_000 }, () => rng.poisson(750));
    const pm = poisson.reduce((s, x) => s + x, 0) / poisson.length;
    assert.ok(Math.abs(pm - 750) <= 4 * Math.sqrt(750 / 2_000), `poisson mean ${pm}`);
    const uniform = Array.from({ length: 10_000 }, () => rng.next());
    assert.ok(uniform.every((u) => u >= 0 && u < 1));
    assert.ok(Math.abs(uniform.reduce((s, u) => s + u, 0) / uniform.length - 0.5) < 0.02);
  });
});
