// The pool engine of `lashou simulate`: a fast model of a MutualPool over time that charges exactly what the contract
// charges (contracts/src/MutualPool.sol, libraries/EqualShare.sol, docs/pool.md), epoch by epoch, to the base unit.
//
// Rules followed (each as the contract does it):
// - Index and keys: `key = deposit + C` at join, `+ amount` at a top-up; `balance = key − C`.
// - Settlement of epoch e (at its end): N = members counted (active, waiting members included, and members whose
//   exit epoch is not yet settled); payments due by e are taken in queue order up to `reserve + N·M` and at most
//   MAX_PAYMENTS_PER_SETTLEMENT = 64 payments, the last possibly in part (an instalment; the rest stays at the head);
//   the reserve pays first; `share = ceil(rest / N)` (`C += share`), dust `share·N − rest` to the reserve; then the
//   exits of epoch e leave the count, their balances frozen at `key − C`.
// - Lapses: after each settlement (the keeper's `processLapses`, as soon as it is allowed), every member with
//   `key < C + M` lapses, lowest key first, keeping `key − C`; a leaving member who lapses leaves its exit batch.
// - Exit: `requestExit` at time t sets the exit epoch to the epoch of `t + exitNotice`; the member is counted and
//   charged until that epoch is settled.
// - Credits: `C −= floor(amount / N)`, the remainder (all of it with nobody counted) to the reserve.
// Model choices (not contract rules; docs/economics.md): who joins, tops up, leaves and falls ill, and when; lapsed
// and settled leavers withdraw at once; a lapsed member does not rejoin; claims are approved (queued) a fixed delay
// after diagnosis; covered = past the waiting period and not leaving at the start of the epoch.
//
// Speed: members live in typed arrays; amounts are integers in base units held exactly as doubles below 2^53
// (asserted); the index, shares, reserve and queue use bigint (per epoch, not per member). Claims are drawn per age
// band per epoch with a binomial draw, exits with one binomial draw per epoch, joins with a Poisson draw. Lapses and
// top-ups come off a bucketed queue of keys drained from the lowest up (poolKeys.ts: the sorted list's head and its
// cursor), covered members by age band are counted by events (cover starts and band changes scheduled per epoch),
// so each member is touched only when something happens to it.

import { InvalidInputError } from '@lashou/sdk';
import type { EpochRecord, ProtocolParameters } from './types.js';
import { createRng } from './rng.js';
import { DEFAULT_INCIDENCE, YEAR_SECONDS, bandLookup, periodProbability, validateIncidence, type AgeBandIncidence } from './incidence.js';
import {
  DEFAULT_JOIN_AGES, ageSampler, claimSampler, defaultBehaviour, defaultClaimSize,
  type AgeDistribution, type ClaimSizeModel, type MemberBehaviour,
} from './population.js';
import { KeyBuckets, orderByOffset } from './poolKeys.js';

/** `MutualPool.MAX_PAYMENTS_PER_SETTLEMENT`: most payments one settlement pays; the rest roll over. */
export const MAX_PAYMENTS_PER_SETTLEMENT = 64;
/** Events of an epoch happen between this many seconds after its start and before its end (settlement, the keeper's
 *  lapse processing and withdrawals take the first seconds after an epoch ends). */
export const EVENT_MARGIN_SECONDS = 3_600;
const DAY = 86_400;
const MAX_EXACT = Number.MAX_SAFE_INTEGER;
/** Longest epoch the engine orders events in (whole seconds; the radix sort of `orderByOffset` takes offsets < 2^26). */
const MAX_EPOCH_LENGTH = 365 * 86_400;

const NONE = 0;
const ACTIVE = 1;
const EXITING = 2;
const LAPSED = 3;
const EXITED = 4;

const EV_JOIN = 0;
const EV_TOP_UP = 1;
const EV_EXIT = 2;
const EV_QUEUE = 3;
const EV_CREDIT = 4;

/** Options of {@link simulatePool}. Rates are per year; amounts in token base units; times in seconds. */
export type SimulatePoolOptions = {
  /** Members who join during the first epoch (1 … 10^7). */
  members: number;
  /** Years simulated: `floor(years · 365.25 days / epochLength)` epochs. */
  years: number;
  /** Seed of the random numbers: the same seed (and options) gives the same run, to the bit. */
  seed: number;
  /** Annual incidence by age band (default {@link DEFAULT_INCIDENCE}). */
  incidence?: AgeBandIncidence | undefined;
  /** Ages at joining (default {@link DEFAULT_JOIN_AGES}). */
  ages?: AgeDistribution | undefined;
  /** Claim sizes before the cap `params.claimCap` (default {@link defaultClaimSize}). */
  claimSize?: ClaimSizeModel | undefined;
  /** Member behaviour, each field defaulting to {@link defaultBehaviour}. */
  behaviour?: Partial<MemberBehaviour> | undefined;
  /** Seconds from diagnosis to the approved claim's payment being queued (default 14 days + the announcement window:
   *  review, witness visits and attestation, then the public window, for an uncontested claim). */
  approvalDelay?: number | undefined;
  /** Claims approved in `epoch` besides those of illness (e.g. fraudulent ones), queued at its middle; recipient outside the pool. */
  extraClaims?: ((epoch: number) => readonly bigint[]) | undefined;
  /** Amounts credited to all members in the middle of `epoch` (slashed stakes, recoveries). */
  credits?: ((epoch: number) => bigint) | undefined;
  /** Keep every pool transaction the run implies, in order, with its time (for replaying small runs on a chain). */
  recordActions?: boolean | undefined;
  /** Called after each epoch is settled. */
  onProgress?: ((progress: { epoch: number; epochs: number }) => void) | undefined;
};

/** A pool transaction implied by the run; `time` is in seconds after the pool's genesis, strictly increasing. */
export type PoolAction =
  | { kind: 'join'; time: number; member: number; deposit: bigint }
  | { kind: 'topUp'; time: number; member: number; amount: bigint }
  | { kind: 'requestExit'; time: number; member: number }
  /** `member` −1: a recipient outside the pool (an extra claim). */
  | { kind: 'queuePayment'; time: number; claimId: number; member: number; amount: bigint }
  | { kind: 'credit'; time: number; amount: bigint }
  | { kind: 'settle'; time: number; epoch: number }
  | { kind: 'processLapses'; time: number; epoch: number; lapsed: number }
  | { kind: 'withdraw'; time: number; member: number; amount: bigint };

/** Whole-run figures. */
export type PoolTotals = {
  epochs: number;
  /** Claims diagnosed (illness) within the run, and those approved (queued), extra claims included in the latter. */
  diagnosed: number;
  approved: number;
  /** Claims paid in full, and every amount paid (instalments included). */
  claimsPaid: number;
  approvedAmount: bigint;
  paidAmount: bigint;
  /** Still queued at the end (unpaid remainders). */
  queued: bigint;
  /** Mean of the per-epoch shares (base units) and of the payout delays of claims paid in full (days). */
  meanShare: number;
  meanPayoutDelayDays: number;
  maxPayoutDelayDays: number;
  joined: number;
  exited: number;
  lapsed: number;
  toppedUp: number;
  /** Members counted after the last settlement. */
  finalMembers: number;
  deposits: bigint;
  withdrawals: bigint;
  credited: bigint;
  reserve: bigint;
  index: bigint;
  poolBalance: bigint;
  /** Wall time of the run. */
  elapsedMs: number;
};

/** The assumptions a run used, resolved from the options and defaults (for reports). */
export type PoolAssumptions = {
  incidence: AgeBandIncidence;
  ages: AgeDistribution;
  claimSize: ClaimSizeModel;
  behaviour: MemberBehaviour;
  approvalDelay: number;
};

/** One simulated pool. */
export type PoolRun = { epochs: EpochRecord[]; totals: PoolTotals; assumptions: PoolAssumptions; actions?: PoolAction[] | undefined };

function invalid(message: string, code: string, params: Record<string, unknown> = {}): never {
  throw new InvalidInputError(message, { code: `simulate.${code}`, params });
}

function exact(value: number, what: string): number {
  if (!(Math.abs(value) <= MAX_EXACT)) invalid(`${what} reached ${value} base units, beyond 2^53 where the engine's arithmetic stops being exact: simulate fewer members or smaller amounts`, 'exactness', { what, value });
  return value;
}

/** Number of epochs `years` covers with `epochLength`-second epochs. */
export function epochCount(years: number, epochLength: number): number {
  return Math.floor((years * YEAR_SECONDS) / epochLength);
}

/**
 * Simulates a pool under MutualPool's rules: members with ages join, top up or lapse, leave with the exit notice,
 * fall critically ill by age band; approved claims are queued and every epoch is settled as the contract settles it.
 * @example
 * const run = simulatePool(params, { members: 1_000_000, years: 5, seed: 1 })
 * run.epochs[10].share // bigint, base units
 */
export function simulatePool(params: ProtocolParameters, options: SimulatePoolOptions): PoolRun {
  const started = performance.now();
  const { members: initialMembers, years, seed } = options;
  if (!Number.isInteger(initialMembers) || initialMembers < 1 || initialMembers > 10_000_000) invalid(`--members must be a whole number from 1 to 10,000,000, got ${initialMembers}`, 'members', { value: initialMembers });
  if (!(years > 0) || years > 100) invalid(`--years must be a number above 0 and at most 100, got ${years}`, 'years', { value: years });
  if (!Number.isSafeInteger(seed) || seed < 0) invalid(`--seed must be a whole number ≥ 0, got ${seed}`, 'seed', { value: seed });
  const L = params.epochLength;
  if (!Number.isInteger(L) || L <= 2 * EVENT_MARGIN_SECONDS || L > MAX_EPOCH_LENGTH) invalid(`the epoch length must be a whole number of seconds above 2 hours and at most 365 days (the contract's limit), got ${L}`, 'epochLength', { value: L });
  const M = params.minimumBalance;
  if (M <= 0n) invalid(`the minimum balance must be positive, got ${M}`, 'minimumBalance', { value: M });
  const epochs = epochCount(years, L);
  if (epochs < 1) invalid(`${years} years is shorter than one epoch of ${L / DAY} days: simulate at least one epoch`, 'years', { value: years });

  const incidence = options.incidence ?? DEFAULT_INCIDENCE;
  try {
    validateIncidence(incidence);
  } catch (error) {
    invalid((error as Error).message, 'incidence');
  }
  const ages = options.ages ?? DEFAULT_JOIN_AGES;
  const claimSize = options.claimSize ?? defaultClaimSize(params.decimals);
  const behaviour: MemberBehaviour = { ...defaultBehaviour(M), ...options.behaviour };
  const approvalDelay = options.approvalDelay ?? 14 * DAY + params.announcementWindow;
  if (behaviour.deposit < M) invalid(`the deposit (${behaviour.deposit}) must be at least the minimum balance (${M}): the pool refuses smaller joins`, 'deposit');
  if (!(behaviour.topUpShare >= 0 && behaviour.topUpShare <= 1)) invalid(`topUpShare must be in [0, 1], got ${behaviour.topUpShare}`, 'topUpShare');
  if (!(behaviour.joinRate >= 0) || !(behaviour.exitRate >= 0 && behaviour.exitRate <= 1)) invalid('joinRate must be ≥ 0 and exitRate in [0, 1]', 'rates');
  if (behaviour.topUpTo < behaviour.topUpBelow) invalid(`topUpTo (${behaviour.topUpTo}) must be at least topUpBelow (${behaviour.topUpBelow})`, 'topUp');
  if (!(approvalDelay >= 0)) invalid(`approvalDelay must be ≥ 0 seconds, got ${approvalDelay}`, 'approvalDelay');

  const rng = createRng(seed);
  const sampleAge = ageSampler(ages);
  let sampleClaim: ReturnType<typeof claimSampler>;
  try {
    sampleClaim = claimSampler(claimSize, params.claimCap);
  } catch (error) {
    invalid((error as Error).message, 'claimSize');
  }
  const bandOf = bandLookup(incidence);
  const bands = incidence.lowerAges.length;
  const bandProbability = incidence.annualRates.map((rate) => periodProbability(rate, L));
  const exitProbability = periodProbability(behaviour.exitRate, L);
  const joinsPerEpoch = (behaviour.joinRate * initialMembers * L) / YEAR_SECONDS;
  const deposit = Number(behaviour.deposit);
  const topUpBelow = Number(behaviour.topUpBelow);
  const topUpTo = Number(behaviour.topUpTo);
  const minimum = Number(M);
  exact(topUpTo, 'topUpTo');
  const record = options.recordActions === true;
  const actions: PoolAction[] = [];

  // ── Members (typed arrays, grown by doubling) ──
  let capacity = Math.max(1024, Math.ceil(initialMembers * (1.1 + behaviour.joinRate * years)));
  let key = new Float64Array(capacity);
  let status = new Uint8Array(capacity);
  let exitEpochOf = new Int32Array(capacity);
  let coverageStart = new Float64Array(capacity);
  let birth = new Float64Array(capacity);
  let topsUp = new Uint8Array(capacity);
  let version = new Int32Array(capacity);
  let mark = new Uint8Array(capacity);
  let memberCount = 0;
  const grow = () => {
    capacity *= 2;
    const f64 = (a: Float64Array) => { const b = new Float64Array(capacity); b.set(a); return b; };
    const u8 = (a: Uint8Array) => { const b = new Uint8Array(capacity); b.set(a); return b; };
    const i32 = (a: Int32Array) => { const b = new Int32Array(capacity); b.set(a); return b; };
    key = f64(key); status = u8(status); exitEpochOf = i32(exitEpochOf); coverageStart = f64(coverageStart);
    birth = f64(birth); topsUp = u8(topsUp); version = i32(version); mark = u8(mark);
  };

  // ── Pool state (as the contract holds it) ──
  let index = 0n; // C
  let indexNumber = 0; // C as an exact double, for comparisons with keys
  let reserve = 0n;
  let activeCount = 0; // counted members: ACTIVE + EXITING
  let exitingCount = 0;
  let activeKeySum = 0; // Σ keys of counted members (exact double)
  let poolBalance = 0n;
  // Deposits and withdrawals of the current epoch, as exact doubles (turned into bigint once per epoch).
  let inflow = 0;
  let outflow = 0;
  // Every counted member's current key, and (moved there once below the top-up threshold) the next to lapse.
  const bucketWidth = Math.max(1, Math.floor(minimum / 4));
  const keyQueue = new KeyBuckets(bucketWidth);
  const lapseQueue = new KeyBuckets(bucketWidth);
  const exitsByEpoch = new Map<number, number[]>();
  // Payment queue.
  const qRemaining: bigint[] = [];
  const qEpoch: number[] = [];
  const qQueuedAt: number[] = [];
  let qHead = 0;
  let queued = 0n;
  // Claims diagnosed but not yet approved, by the epoch of their approval.
  const pendingClaims = new Map<number, { offset: number; member: number; amount: bigint }[]>();
  let pendingTopUps: number[] = [];

  // ── Totals ──
  let diagnosed = 0, approved = 0, claimsPaid = 0, joined = 0, exited = 0, lapsed = 0, toppedUp = 0;
  let approvedAmount = 0n, paidAmount = 0n, deposits = 0n, withdrawals = 0n, credited = 0n;
  let delaySum = 0, maxDelay = 0, shareSum = 0;
  const records: EpochRecord[] = [];

  // Covered members by age band, kept up to date by events: cover starts and band changes are scheduled in per-epoch
  // buckets (a linked list through `nextInBucket`; a member waits in at most one bucket), and a member who asks to
  // leave or lapses is taken out at once.
  const bandCount = new Int32Array(bands);
  let memberBand = new Uint8Array(capacity);
  let countedFlag = new Uint8Array(capacity);
  let nextInBucket = new Int32Array(capacity);
  const bucketHead = new Int32Array(epochs + 1).fill(-1);
  const schedule = (id: number, epoch: number) => {
    if (epoch >= epochs) return;
    nextInBucket[id] = bucketHead[epoch]!;
    bucketHead[epoch] = id;
  };
  const YEAR = YEAR_SECONDS;
  const bandAt = (id: number, time: number): number => {
    let years = Math.floor((time - birth[id]!) / YEAR);
    if (years > 120) years = 120;
    else if (years < 0) years = 0;
    return bandOf[years]!;
  };
  const uncover = (id: number) => {
    if (countedFlag[id] === 1) {
      countedFlag[id] = 0;
      bandCount[memberBand[id]!]!--;
    }
  };
  // Members still counted (ACTIVE or EXITING) and some who are gone, compacted when the gone ones are half of it.
  let live = new Int32Array(capacity);
  let liveCount = 0;

  const lapseMember = (id: number, time: number) => {
    const balance = key[id]! - indexNumber;
    uncover(id);
    if (status[id] === EXITING) exitingCount--;
    status[id] = LAPSED;
    activeCount--;
    activeKeySum -= key[id]!;
    lapsed++;
    // The member keeps `balance` and withdraws it at once (a lapsed member is not modelled as rejoining).
    outflow += balance;
    if (record) actions.push({ kind: 'withdraw', time, member: id, amount: BigInt(balance) });
  };

  /** The keeper after a settlement: moves members below the top-up threshold aside (scheduling top-ups), then lapses
   *  those below M, lowest key first (`processLapses`), each withdrawing what it kept from `withdrawAt` on. */
  const afterSettlement = (withdrawAt: number): number => {
    keyQueue.drain(indexNumber + Math.max(topUpBelow, minimum), (id, v, k) => {
      if (version[id] !== v || (status[id] !== ACTIVE && status[id] !== EXITING)) return;
      // Below M it lapses now, whatever it meant to do. A topping-up member above M tops up in the next epoch (its
      // entry comes back if the top-up does not happen).
      if (k >= indexNumber + minimum && topsUp[id] === 1 && status[id] === ACTIVE && k < indexNumber + topUpBelow) pendingTopUps.push(id);
      else lapseQueue.push(k, id, v);
    });
    // processLapses: lowest key first (ties by member id), as from the head of the sorted list.
    const due: { id: number; key: number }[] = [];
    lapseQueue.drain(indexNumber + minimum, (id, v, k) => {
      if (version[id] === v && (status[id] === ACTIVE || status[id] === EXITING)) due.push({ id, key: k });
    });
    due.sort((x, y) => x.key - y.key || x.id - y.id);
    let time = withdrawAt;
    for (const { id } of due) lapseMember(id, time++);
    return due.length;
  };

  const newMember = (time: number): number => {
    if (memberCount === capacity) {
      grow();
      const mb = new Uint8Array(capacity); mb.set(memberBand); memberBand = mb;
      const cf = new Uint8Array(capacity); cf.set(countedFlag); countedFlag = cf;
      const nb = new Int32Array(capacity); nb.set(nextInBucket); nextInBucket = nb;
      const l = new Int32Array(capacity); l.set(live); live = l;
    }
    const id = memberCount++;
    live[liveCount++] = id;
    birth[id] = time - sampleAge(rng) * YEAR_SECONDS;
    topsUp[id] = rng.next() < behaviour.topUpShare ? 1 : 0;
    status[id] = NONE;
    return id;
  };

  // Event buffers for one epoch (amounts of claims and credits as exact doubles).
  let evCapacity = Math.max(1024, initialMembers + 16);
  let evOffset = new Int32Array(evCapacity);
  let evKind = new Uint8Array(evCapacity);
  let evMember = new Int32Array(evCapacity);
  let evAmount = new Float64Array(evCapacity);
  let evCount = 0;
  const randomOffset = () => EVENT_MARGIN_SECONDS + rng.int(L - 2 * EVENT_MARGIN_SECONDS);
  const addEvent = (offset: number, kind: number, member: number, amount: number) => {
    if (evCount === evCapacity) {
      evCapacity *= 2;
      const o = new Int32Array(evCapacity); o.set(evOffset); evOffset = o;
      const k = new Uint8Array(evCapacity); k.set(evKind); evKind = k;
      const m = new Int32Array(evCapacity); m.set(evMember); evMember = m;
      const a = new Float64Array(evCapacity); a.set(evAmount); evAmount = a;
    }
    evOffset[evCount] = offset;
    evKind[evCount] = kind;
    evMember[evCount] = member;
    evAmount[evCount] = amount;
    evCount++;
  };

  for (let e = 0; e < epochs; e++) {
    const start = e * L;
    const end = start + L;
    evCount = 0;

    // ── Who can fall ill: members covered at the start of the epoch, counted by age band ──
    // Members whose cover starts, or who enter a new age band, at this epoch's start (scheduled when they joined or
    // last changed band); those who lost cover since were taken out of the counts when they did.
    for (let id = bucketHead[e]!; id !== -1; ) {
      const next = nextInBucket[id]!;
      if (status[id] === ACTIVE) {
        const band = bandAt(id, start);
        if (countedFlag[id] === 0) {
          countedFlag[id] = 1;
          bandCount[band]!++;
        } else if (band !== memberBand[id]) {
          bandCount[memberBand[id]!]!--;
          bandCount[band]!++;
        }
        memberBand[id] = band;
        if (band + 1 < bands) schedule(id, Math.max(e + 1, Math.ceil((birth[id]! + Math.ceil(incidence.lowerAges[band + 1]!) * YEAR) / L)));
      }
      id = next;
    }
    let covered = 0;
    for (let band = 0; band < bands; band++) covered += bandCount[band]!;
    if (liveCount > 2 * activeCount + 1024) {
      let kept = 0;
      for (let j = 0; j < liveCount; j++) {
        const id = live[j]!;
        if (status[id] === ACTIVE || status[id] === EXITING) live[kept++] = id;
      }
      liveCount = kept;
    }
    for (let band = 0; band < bands; band++) {
      const n = bandCount[band]!;
      const ill = rng.binomial(n, bandProbability[band]!);
      if (ill === 0) continue;
      const patients: number[] = [];
      const isCandidate = (id: number) => status[id] === ACTIVE && countedFlag[id] === 1 && memberBand[id] === band;
      if (n * 4096 >= liveCount && ill * 2 <= n) {
        // Distinct patients by rejection from the live list (acceptance ≥ 1/4096).
        while (patients.length < ill) {
          const id = live[rng.int(liveCount)]!;
          if (mark[id] === 0 && isCandidate(id)) {
            mark[id] = 1;
            patients.push(id);
          }
        }
        for (const id of patients) mark[id] = 0;
      } else {
        // A small band: list it, then a partial Fisher–Yates shuffle.
        const members: number[] = [];
        for (let j = 0; j < liveCount; j++) if (isCandidate(live[j]!)) members.push(live[j]!);
        for (let j = 0; j < ill; j++) {
          const pick = j + rng.int(members.length - j);
          const id = members[pick]!;
          members[pick] = members[j]!;
          members[j] = id;
          patients.push(id);
        }
      }
      for (const patient of patients) {
        const diagnosedAt = start + rng.int(L);
        const amount = sampleClaim(rng);
        diagnosed++;
        const approvedAt = diagnosedAt + approvalDelay;
        const approvalEpoch = Math.floor(approvedAt / L);
        const offset = Math.min(L - EVENT_MARGIN_SECONDS - 2, Math.max(EVENT_MARGIN_SECONDS, approvedAt - approvalEpoch * L));
        let list = pendingClaims.get(approvalEpoch);
        if (!list) pendingClaims.set(approvalEpoch, (list = []));
        list.push({ offset, member: patient, amount });
      }
    }

    // ── The epoch's events ──
    const joins = (e === 0 ? initialMembers : 0) + rng.poisson(joinsPerEpoch);
    for (let j = 0; j < joins; j++) addEvent(randomOffset(), EV_JOIN, -1, 0);
    for (const id of pendingTopUps) addEvent(randomOffset(), EV_TOP_UP, id, 0);
    pendingTopUps = [];
    const eligible = activeCount - exitingCount;
    const leaving = rng.binomial(eligible, exitProbability);
    if (leaving > 0) {
      const chosen: number[] = [];
      if (eligible * 20 >= liveCount) {
        while (chosen.length < leaving) {
          const id = live[rng.int(liveCount)]!;
          if (status[id] === ACTIVE && mark[id] === 0) {
            mark[id] = 1;
            chosen.push(id);
          }
        }
      } else {
        const pool: number[] = [];
        for (let j = 0; j < liveCount; j++) if (status[live[j]!] === ACTIVE) pool.push(live[j]!);
        for (let j = 0; j < leaving; j++) {
          const pick = j + rng.int(pool.length - j);
          const id = pool[pick]!;
          pool[pick] = pool[j]!;
          pool[j] = id;
          mark[id] = 1;
          chosen.push(id);
        }
      }
      for (const id of chosen) {
        mark[id] = 0;
        addEvent(randomOffset(), EV_EXIT, id, 0);
      }
    }
    const due = pendingClaims.get(e);
    if (due) {
      pendingClaims.delete(e);
      for (const claim of due) {
        addEvent(claim.offset, EV_QUEUE, claim.member, exact(Number(claim.amount), 'a claim'));
        if (behaviour.claimantLeaves) addEvent(claim.offset + 1, EV_EXIT, claim.member, 0);
      }
    }
    for (const amount of options.extraClaims?.(e) ?? []) {
      if (amount <= 0n) invalid(`an extra claim of epoch ${e} is ${amount}: claims must be positive`, 'extraClaims');
      addEvent(Math.floor(L / 2), EV_QUEUE, -1, exact(Number(amount), 'an extra claim'));
    }
    const credit = options.credits?.(e) ?? 0n;
    if (credit < 0n) invalid(`the credit of epoch ${e} is ${credit}: credits must be ≥ 0`, 'credits');
    if (credit > 0n) addEvent(Math.floor(L / 2) + 1, EV_CREDIT, -1, exact(Number(credit), 'a credit'));

    // Time order (ties by creation order).
    const count = evCount;
    const order = orderByOffset(evOffset, count);

    let joinedNow = 0, toppedNow = 0, approvedNow = 0;
    let lastTime = -1;
    for (let c = 0; c < count; c++) {
      const i = order[c]!;
      let time = start + evOffset[i]!;
      if (record) {
        // Replayed transactions need strictly increasing block times.
        if (time <= lastTime) time = lastTime + 1;
        if (time >= end) invalid(`epoch ${e} has more events than seconds to replay them in`, 'events');
        lastTime = time;
      }
      const kind = evKind[i]!;
      if (kind === EV_JOIN) {
        const id = newMember(time);
        const k = exact(deposit + indexNumber, 'a key');
        key[id] = k;
        status[id] = ACTIVE;
        coverageStart[id] = time + params.waitingPeriod;
        schedule(id, Math.max(e + 1, Math.ceil(coverageStart[id]! / L)));
        version[id] = version[id]! + 1;
        activeCount++;
        activeKeySum = exact(activeKeySum + k, 'the sum of keys');
        keyQueue.push(k, id, version[id]!);
        inflow += deposit;
        joinedNow++;
        if (record) actions.push({ kind: 'join', time, member: id, deposit: behaviour.deposit });
      } else if (kind === EV_TOP_UP) {
        const id = evMember[i]!;
        // Only an active member tops up (a leaving one is refused by the pool; a lapsed one would rejoin, not modelled).
        const amount = topUpTo - (key[id]! - indexNumber);
        if (status[id] !== ACTIVE || amount <= 0) {
          if (status[id] === ACTIVE || status[id] === EXITING) lapseQueue.push(key[id]!, id, version[id]!);
          continue;
        }
        const k = exact(key[id]! + amount, 'a key');
        activeKeySum = exact(activeKeySum + amount, 'the sum of keys');
        key[id] = k;
        version[id] = version[id]! + 1;
        keyQueue.push(k, id, version[id]!);
        inflow = exact(inflow + amount, 'the deposits of an epoch');
        toppedNow++;
        if (record) actions.push({ kind: 'topUp', time, member: id, amount: BigInt(amount) });
      } else if (kind === EV_EXIT) {
        const id = evMember[i]!;
        if (status[id] !== ACTIVE) continue;
        const exitEpoch = Math.floor((time + params.exitNotice) / L);
        uncover(id);
        status[id] = EXITING;
        exitEpochOf[id] = exitEpoch;
        exitingCount++;
        let list = exitsByEpoch.get(exitEpoch);
        if (!list) exitsByEpoch.set(exitEpoch, (list = []));
        list.push(id);
        if (record) actions.push({ kind: 'requestExit', time, member: id });
      } else if (kind === EV_QUEUE) {
        const amount = BigInt(evAmount[i]!);
        qRemaining.push(amount);
        qEpoch.push(e);
        qQueuedAt.push(time);
        queued += amount;
        approvedAmount += amount;
        approved++;
        approvedNow++;
        if (record) actions.push({ kind: 'queuePayment', time, claimId: qRemaining.length, member: evMember[i]!, amount });
      } else {
        // A credit: floor(amount / N) to each counted member, the remainder to the reserve.
        const amount = BigInt(evAmount[i]!);
        if (activeCount > 0) {
          const per = amount / BigInt(activeCount);
          index -= per;
          indexNumber = exact(Number(index), 'the index');
          reserve += amount - per * BigInt(activeCount);
        } else {
          reserve += amount;
        }
        poolBalance += amount;
        credited += amount;
        if (record) actions.push({ kind: 'credit', time, amount });
      }
    }

    // ── Settlement of epoch e, at its end ──
    if (record) actions.push({ kind: 'settle', time: end, epoch: e });
    const members = activeCount;
    const capacityLeft = BigInt(members) * M + reserve;
    let collected = 0n;
    let taken = 0;
    let paidNow = 0;
    let delayNow = 0;
    while (qHead < qRemaining.length && collected < capacityLeft && taken < MAX_PAYMENTS_PER_SETTLEMENT) {
      if (qEpoch[qHead]! > e) break;
      const remaining = qRemaining[qHead]!;
      const room = capacityLeft - collected;
      const amount = remaining < room ? remaining : room;
      qRemaining[qHead] = remaining - amount;
      collected += amount;
      taken++;
      if (qRemaining[qHead] !== 0n) break;
      const delay = (end - qQueuedAt[qHead]!) / DAY;
      delayNow += delay;
      if (delay > maxDelay) maxDelay = delay;
      paidNow++;
      qHead++;
    }
    queued -= collected;
    const fromReserve = collected < reserve ? collected : reserve;
    const charged = collected - fromReserve;
    let share = 0n;
    let dust = 0n;
    if (charged !== 0n) {
      const n = BigInt(members);
      share = (charged + n - 1n) / n;
      dust = share * n - charged;
      index += share;
      indexNumber = exact(Number(index), 'the index');
    }
    reserve = reserve - fromReserve + dust;
    poolBalance -= collected;
    paidAmount += collected;
    // Then the keeper's processLapses (end + 1) and the withdrawals of leavers and lapsed members (end + 2, …).
    const lapseAction = { kind: 'processLapses' as const, time: end + 1, epoch: e, lapsed: 0 };
    if (record) actions.push(lapseAction);
    let withdrawAt = end + 2;
    // Exits of epoch e leave the count; their balances freeze at key − C and are withdrawn.
    let exitedNow = 0;
    const leavers = exitsByEpoch.get(e) ?? [];
    exitsByEpoch.delete(e);
    for (const id of leavers) {
      if (status[id] !== EXITING || exitEpochOf[id] !== e) continue;
      status[id] = EXITED;
      activeCount--;
      exitingCount--;
      activeKeySum -= key[id]!;
      const amount = key[id]! - indexNumber;
      outflow += amount;
      exitedNow++;
      if (record) actions.push({ kind: 'withdraw', time: withdrawAt++, member: id, amount: BigInt(amount) });
    }
    exited += exitedNow;
    const lapsedNow = afterSettlement(withdrawAt);
    lapseAction.lapsed = lapsedNow;
    if (record && withdrawAt + lapsedNow >= end + EVENT_MARGIN_SECONDS) invalid(`epoch ${e} ends with more withdrawals than seconds to replay them in`, 'events');

    const inflowBig = BigInt(exact(inflow, 'the deposits of an epoch'));
    const outflowBig = BigInt(exact(outflow, 'the withdrawals of an epoch'));
    deposits += inflowBig;
    withdrawals += outflowBig;
    poolBalance += inflowBig - outflowBig;
    inflow = 0;
    outflow = 0;
    // Conservation, as the contract's first invariant: held = Σ active keys − N·C + reserve (frozen funds withdrawn).
    const memberFunds = BigInt(activeKeySum) - BigInt(activeCount) * index;
    if (poolBalance !== memberFunds + reserve) {
      throw new Error(`conservation broken after epoch ${e}: pool ${poolBalance} ≠ members ${memberFunds} + reserve ${reserve} (an engine bug)`);
    }

    joined += joinedNow;
    toppedUp += toppedNow;
    claimsPaid += paidNow;
    delaySum += delayNow;
    shareSum += Number(share);
    records.push({
      epoch: e,
      members,
      approved: approvedNow,
      charged,
      share,
      dust,
      rolledOver: queued,
      lapsed: lapsedNow,
      joined: joinedNow,
      exited: exitedNow,
      poolBalance,
      meanPayoutDelayDays: paidNow === 0 ? 0 : delayNow / paidNow,
      collected,
      fromReserve,
      reserve,
      index,
      paidClaims: paidNow,
      covered,
      toppedUp: toppedNow,
    });
    options.onProgress?.({ epoch: e, epochs });
  }

  return {
    epochs: records,
    totals: {
      epochs,
      diagnosed,
      approved,
      claimsPaid,
      approvedAmount,
      paidAmount,
      queued,
      meanShare: shareSum / epochs,
      meanPayoutDelayDays: claimsPaid === 0 ? 0 : delaySum / claimsPaid,
      maxPayoutDelayDays: maxDelay,
      joined,
      exited,
      lapsed,
      toppedUp,
      finalMembers: activeCount,
      deposits,
      withdrawals,
      credited,
      reserve,
      index,
      poolBalance,
      elapsedMs: performance.now() - started,
    },
    assumptions: { incidence, ages, claimSize, behaviour, approvalDelay },
    ...(record ? { actions } : {}),
  };
}
