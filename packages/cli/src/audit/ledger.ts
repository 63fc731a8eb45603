// The pool's ledger, replayed from its events alone by the rules of docs/pool.md: a second, independent
// implementation of MutualPool's accounting (it shares no code with the contracts' tests, the SDK or the indexer).
//
// Each event is taken as the *input* it records (a deposit, an amount queued, a credit paid in, a payment lowered, a
// token transfer that failed) and every *result* the contract states in it (a key, a share, a balance, an index, a
// count) is recomputed here and compared with what the event says: a disagreement is a difference with source
// 'events'. Rounding is the pool's: shares round up, credits round down, the remainders go to the reserve.
import { type Address, getAddress, hexToString, type Hex } from 'viem';
import type { AuditLog, Difference } from './types.js';

export type MemberStatus = 'active' | 'exitRequested' | 'lapsed' | 'exited';
/** The member-facing status (the contract's `MemberView`, in its enum order). */
export const MEMBER_VIEWS = ['none', 'waiting', 'covered', 'exitRequested', 'lapsed', 'exited'] as const;
export type MemberView = (typeof MEMBER_VIEWS)[number];

export type MemberRecord = {
  address: Address;
  id: bigint;
  status: MemberStatus | 'none';
  /** While counted: the lazy key (balance = key − index). Once lapsed: the frozen balance. Exited: 0. */
  key: bigint;
  coverageStart: bigint;
  exitEpoch: bigint | null;
  expelled: boolean;
  deposited: bigint;
  withdrawn: bigint;
  /** The view before an expulsion's exit request (the MemberExpelled event of the same call reports it). */
  viewBeforeExpel?: { tx: Hex; view: MemberView };
};

export type EpochRecord = {
  epoch: bigint;
  members: bigint;
  share: bigint;
  collected: bigint;
  reserveUsed: bigint;
  reserveAdded: bigint;
  indexAfter: bigint;
  carriedOver: bigint;
  exitsFinalised: bigint;
  paymentIds: bigint[];
};

export type PaymentRecord = {
  paymentId: bigint;
  claimId: bigint;
  recipient: Address;
  amount: bigint;
  remaining: bigint;
  epoch: bigint;
  paid: bigint;
  cancelled: bigint;
  /** Paid but kept for the recipient (the transfer failed). */
  kept: bigint;
  /** Each reduction: the transaction, the remaining before and after. */
  reductions: { tx: Hex; before: bigint; after: bigint }[];
};

export type CreditRecord = { source: Address; reason: string; refId: bigint; amount: bigint; perMember: bigint; members: bigint; reserveAdded: bigint; indexAfter: bigint };

export type PoolParameters = { genesis: bigint; epochLength: bigint; waitingPeriod: bigint; minimumBalance: bigint; exitNotice: bigint };

type ExpectedPayout = { paymentId: bigint; claimId: bigint; recipient: Address; amount: bigint; remaining: bigint; epoch: bigint };

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
const min = (a: bigint, b: bigint) => (a < b ? a : b);
const max = (a: bigint, b: bigint) => (a > b ? a : b);

/** A bytes32 tag (`"SLASH"`, `"minimumBalance"`) as text. */
export function tagText(value: unknown): string {
  try {
    return hexToString(value as Hex).replace(/\0+$/, '');
  } catch {
    return String(value);
  }
}

/**
 * The pool replayed. Feed it the pool's logs in chain order with `apply(log, timestamp)`, then `finish()`; read the
 * recomputed state from its fields and the disagreements with the events from `differences`.
 */
export class PoolLedger {
  readonly params: PoolParameters;
  readonly members = new Map<string, MemberRecord>();
  readonly byId = new Map<bigint, MemberRecord>();
  readonly epochs = new Map<bigint, EpochRecord>();
  readonly payments = new Map<bigint, PaymentRecord>();
  readonly credits: CreditRecord[] = [];
  readonly unclaimedOf = new Map<string, bigint>();
  readonly differences: Difference[] = [];
  readonly notes: string[] = [];

  index = 0n;
  activeCount = 0n;
  activeKeySum = 0n;
  frozenFunds = 0n;
  reserve = 0n;
  unclaimedPayouts = 0n;
  queuedPayments = 0n;
  nextEpochToSettle = 0n;
  lastMemberId = 0n;
  paymentHead = 0n;
  paymentTail = 0n;
  runOff = false;
  capBefore = 0n;
  capFrom = 0n;
  noticeCutFloor = 0n;
  /** Tokens in and out of the pool by its events: what `token.balanceOf(pool)` must be. */
  tokenIn = 0n;
  tokenOut = 0n;
  reserveUsedTotal = 0n;
  reserveSweptTotal = 0n;
  /** Events checked against the recomputation. */
  comparisons = 0;

  private readonly exitsByEpoch = new Map<bigint, { count: bigint; keySum: bigint }>();
  private expected: ExpectedPayout[] = [];
  private expectedTx: Hex | undefined;
  private pendingReserveUsed: { epoch: bigint; amount: bigint; tx: Hex } | undefined;
  private lapsedInTx = { tx: '' as string, count: 0n };
  private lastCredit: { tx: Hex; reason: string } | undefined;
  private currentTx: Hex | undefined;

  constructor(params: PoolParameters) {
    this.params = { ...params };
  }

  epochAt(timestamp: bigint): bigint {
    return (timestamp - this.params.genesis) / this.params.epochLength;
  }

  shareCap(epoch: bigint): bigint {
    const m = this.params.minimumBalance;
    return epoch < this.capFrom && this.capBefore < m ? this.capBefore : m;
  }

  /** A member's balance as `balanceOf` answers it. */
  balanceOf(m: MemberRecord): bigint {
    if (m.status === 'active') return max(m.key - this.index, 0n);
    if (m.status === 'lapsed') return m.key;
    if (m.status === 'exitRequested') {
      if (m.exitEpoch !== null && m.exitEpoch < this.nextEpochToSettle) return m.key - (this.epochs.get(m.exitEpoch)?.indexAfter ?? 0n);
      return max(m.key - this.index, 0n);
    }
    return 0n;
  }

  /** A member's status as `statusOf` answers it at time `now`. */
  viewOf(m: MemberRecord | undefined, now: bigint): MemberView {
    if (!m || m.status === 'none') return 'none';
    if (m.status === 'active') return now >= m.coverageStart ? 'covered' : 'waiting';
    return m.status;
  }

  /** Σ balances of everyone the pool holds money for: counted keys minus N·C, plus the frozen balances. */
  memberFunds(): bigint {
    return this.activeKeySum - this.activeCount * this.index + this.frozenFunds;
  }

  private check(area: string, item: string, field: string, recomputed: unknown, reported: unknown) {
    this.comparisons++;
    const r = String(recomputed);
    const s = String(reported);
    if (r !== s) this.differences.push({ area, item, field, source: 'events', recomputed: r, reported: s });
  }

  private member(address: unknown): MemberRecord | undefined {
    return this.members.get(String(address).toLowerCase());
  }

  private newMember(address: Address): MemberRecord {
    const m: MemberRecord = { address: getAddress(address), id: ++this.lastMemberId, status: 'none', key: 0n, coverageStart: 0n, exitEpoch: null, expelled: false, deposited: 0n, withdrawn: 0n };
    this.members.set(address.toLowerCase(), m);
    this.byId.set(m.id, m);
    return m;
  }

  private flushTx(nextTx: Hex | undefined) {
    if (this.expectedTx !== undefined && this.expectedTx !== nextTx) {
      for (const e of this.expected) this.check('payment', `payment ${e.paymentId}`, 'paid at settlement', e.amount, 'no PaymentMade');
      this.expected = [];
      this.expectedTx = undefined;
    }
  }

  /** Applies one pool log (in chain order) at its block's `timestamp`. */
  apply(log: AuditLog, timestamp: bigint): void {
    if (log.transactionHash !== this.currentTx) {
      this.flushTx(log.transactionHash);
      this.currentTx = log.transactionHash;
    }
    const a = log.args as Record<string, any>;
    switch (log.eventName) {
      case 'MemberJoined': {
        let m = this.member(a.member);
        if (!m) m = this.newMember(a.member);
        const item = m.address;
        this.check('member', item, 'memberId', m.id, a.memberId);
        if (m.status !== 'none' && m.status !== 'exited') this.check('member', item, 'status at join', m.status, 'joined again');
        const deposit = a.deposit as bigint;
        const key = deposit + this.index;
        this.check('member', item, 'key at join', key, a.key);
        this.check('member', item, 'index at join', this.index, a.index);
        const coverageStart = timestamp + this.params.waitingPeriod;
        this.check('member', item, 'coverageStart', coverageStart, a.coverageStart);
        this.check('member', item, 'join epoch', this.epochAt(timestamp), a.epoch);
        if (deposit < this.params.minimumBalance) this.check('member', item, 'deposit ≥ minimum balance', this.params.minimumBalance, deposit);
        m.status = 'active';
        m.key = key;
        m.coverageStart = coverageStart;
        m.exitEpoch = null;
        m.deposited += deposit;
        this.activeCount++;
        this.activeKeySum += key;
        this.tokenIn += deposit;
        break;
      }
      case 'MemberToppedUp': {
        const m = this.member(a.member);
        const amount = a.amount as bigint;
        if (!m || (m.status !== 'active' && m.status !== 'lapsed')) {
          this.check('member', getAddress(a.member), 'status at top-up', m?.status ?? 'none', 'topped up');
          break;
        }
        let balance: bigint;
        if (m.status === 'active') {
          balance = m.key - this.index + amount;
          m.key += amount;
          this.activeKeySum += amount;
          this.check('member', m.address, 'rejoined', false, a.rejoined);
        } else {
          balance = m.key + amount;
          this.frozenFunds -= m.key;
          m.status = 'active';
          m.coverageStart = timestamp + this.params.waitingPeriod;
          m.key = balance + this.index;
          this.activeCount++;
          this.activeKeySum += m.key;
          this.check('member', m.address, 'rejoined', true, a.rejoined);
        }
        m.deposited += amount;
        this.tokenIn += amount;
        this.check('member', m.address, 'balance after top-up', balance, a.balance);
        this.check('member', m.address, 'key after top-up', m.key, a.key);
        this.check('member', m.address, 'coverageStart', m.coverageStart, a.coverageStart);
        break;
      }
      case 'MemberExitRequested': {
        const m = this.member(a.member);
        if (!m || m.status !== 'active') {
          this.check('member', getAddress(a.member), 'status at exit request', m?.status ?? 'none', 'exit requested');
          break;
        }
        if (a.expelled) m.viewBeforeExpel = { tx: log.transactionHash, view: this.viewOf(m, timestamp) };
        const exitEpoch = this.epochAt(timestamp + this.params.exitNotice);
        this.check('member', m.address, 'exitEpoch', exitEpoch, a.exitEpoch);
        this.check('member', m.address, 'balance at exit request', max(m.key - this.index, 0n), a.balance);
        m.status = 'exitRequested';
        m.exitEpoch = exitEpoch;
        const batch = this.exitsByEpoch.get(exitEpoch) ?? { count: 0n, keySum: 0n };
        batch.count++;
        batch.keySum += m.key;
        this.exitsByEpoch.set(exitEpoch, batch);
        break;
      }
      case 'MemberExpelled': {
        let m = this.member(a.member);
        if (!m) m = this.newMember(a.member);
        const before = m.viewBeforeExpel?.tx === log.transactionHash ? m.viewBeforeExpel.view : this.viewOf(m, timestamp);
        this.check('member', m.address, 'status when expelled', before, MEMBER_VIEWS[Number(a.status)] ?? a.status);
        m.expelled = true;
        m.viewBeforeExpel = undefined;
        break;
      }
      case 'MemberLapsed': {
        const m = this.byId.get(a.memberId as bigint);
        const item = m?.address ?? `member #${a.memberId}`;
        if (!m || (m.status !== 'active' && m.status !== 'exitRequested')) {
          this.check('member', item, 'status at lapse', m?.status ?? 'none', 'lapsed');
          break;
        }
        if (m.status === 'exitRequested' && m.exitEpoch !== null && m.exitEpoch < this.nextEpochToSettle) {
          this.check('member', item, 'lapse of a settled exit', 'left the list without lapsing', 'lapsed');
        }
        const threshold = this.index + this.params.minimumBalance;
        if (!(m.key < threshold)) this.check('member', item, 'key below index + minimum at lapse', `key ${m.key} ≥ ${threshold}`, 'lapsed');
        const balance = m.key - this.index;
        this.check('member', item, 'balance at lapse', balance, a.balance);
        this.check('member', item, 'index at lapse', this.index, a.index);
        this.activeCount--;
        this.activeKeySum -= m.key;
        if (m.status === 'exitRequested' && m.exitEpoch !== null) {
          const batch = this.exitsByEpoch.get(m.exitEpoch);
          if (batch) {
            batch.count--;
            batch.keySum -= m.key;
          }
        }
        m.status = 'lapsed';
        m.key = balance;
        this.frozenFunds += balance;
        if (this.lapsedInTx.tx !== log.transactionHash) this.lapsedInTx = { tx: log.transactionHash, count: 0n };
        this.lapsedInTx.count++;
        break;
      }
      case 'LapsesProcessed': {
        const count = this.lapsedInTx.tx === log.transactionHash ? this.lapsedInTx.count : 0n;
        this.check('pool', `lapse step in ${log.transactionHash}`, 'lapsed', count, a.lapsed);
        this.lapsedInTx = { tx: '', count: 0n };
        break;
      }
      case 'MemberWithdrew': {
        const m = this.member(a.member);
        let amount = 0n;
        if (m?.status === 'lapsed') amount = m.key;
        else if (m?.status === 'exitRequested' && m.exitEpoch !== null && m.exitEpoch < this.nextEpochToSettle) {
          amount = m.key - (this.epochs.get(m.exitEpoch)?.indexAfter ?? 0n);
        } else {
          this.check('member', getAddress(a.member), 'status at withdrawal', m?.status ?? 'none', 'withdrew');
          break;
        }
        this.check('member', m.address, 'withdrawn', amount, a.amount);
        this.frozenFunds -= amount;
        m.status = 'exited';
        m.key = 0n;
        m.withdrawn += amount;
        this.tokenOut += amount;
        break;
      }
      case 'PaymentQueued': {
        const id = this.paymentTail++;
        this.check('payment', `payment ${a.paymentId}`, 'paymentId', id, a.paymentId);
        const epoch = this.epochAt(timestamp);
        this.check('payment', `payment ${id}`, 'epoch', epoch, a.epoch);
        const amount = a.amount as bigint;
        this.payments.set(id, { paymentId: id, claimId: a.claimId, recipient: getAddress(a.recipient), amount, remaining: amount, epoch, paid: 0n, cancelled: 0n, kept: 0n, reductions: [] });
        this.queuedPayments += amount;
        break;
      }
      case 'PaymentReduced': {
        const p = this.payments.get(a.paymentId as bigint);
        if (!p) {
          this.check('payment', `payment ${a.paymentId}`, 'exists', 'never queued', 'reduced');
          break;
        }
        const newRemaining = a.remaining as bigint;
        if (newRemaining > p.remaining) this.check('payment', `payment ${p.paymentId}`, 'remaining (a reduction cannot raise it)', p.remaining, newRemaining);
        const cancelled = p.remaining - newRemaining;
        this.check('payment', `payment ${p.paymentId}`, 'cancelled', cancelled, a.cancelled);
        this.check('payment', `payment ${p.paymentId}`, 'claimId', p.claimId, a.claimId);
        p.reductions.push({ tx: log.transactionHash, before: p.remaining, after: newRemaining });
        p.remaining = newRemaining;
        p.cancelled += cancelled;
        this.queuedPayments -= cancelled;
        break;
      }
      case 'ReserveUsed':
        this.pendingReserveUsed = { epoch: a.epoch, amount: a.amount, tx: log.transactionHash };
        break;
      case 'EpochSettled':
        this.settle(log, a, timestamp);
        break;
      case 'PaymentMade': {
        const e = this.expected.shift();
        const p = this.payments.get(a.paymentId as bigint);
        if (!e || !p) {
          this.check('payment', `payment ${a.paymentId}`, 'paid at settlement', e ? `payment ${e.paymentId}` : 'nothing due', `${a.amount}`);
          break;
        }
        const item = `payment ${e.paymentId}`;
        this.check('payment', item, 'paymentId paid', e.paymentId, a.paymentId);
        this.check('payment', item, 'amount paid', e.amount, a.amount);
        this.check('payment', item, 'remaining', e.remaining, a.remaining);
        this.check('payment', item, 'epoch paid', e.epoch, a.epoch);
        this.check('payment', item, 'recipient', p.recipient, getAddress(a.recipient));
        if (a.transferred) this.tokenOut += e.amount;
        else {
          const key = p.recipient.toLowerCase();
          this.unclaimedOf.set(key, (this.unclaimedOf.get(key) ?? 0n) + e.amount);
          this.unclaimedPayouts += e.amount;
          p.kept += e.amount;
        }
        break;
      }
      case 'PayoutClaimed': {
        const key = String(a.recipient).toLowerCase();
        const owed = this.unclaimedOf.get(key) ?? 0n;
        this.check('payout', getAddress(a.recipient), 'released', owed, a.amount);
        this.unclaimedOf.set(key, 0n);
        this.unclaimedPayouts -= owed;
        this.tokenOut += owed;
        break;
      }
      case 'MembersCredited': {
        const amount = a.amount as bigint;
        const n = this.activeCount;
        const perMember = n === 0n ? 0n : amount / n;
        const dust = amount - perMember * n;
        this.index -= perMember;
        this.reserve += dust;
        const reason = tagText(a.reason);
        const item = `credit ${reason} ${a.refId} in ${log.transactionHash.slice(0, 10)}`;
        this.check('credit', item, 'members', n, a.members);
        this.check('credit', item, 'perMember', perMember, a.perMember);
        this.check('credit', item, 'reserveAdded', dust, a.reserveAdded);
        this.check('credit', item, 'index', this.index, a.index);
        this.credits.push({ source: getAddress(a.source), reason, refId: a.refId, amount, perMember, members: n, reserveAdded: dust, indexAfter: this.index });
        // A reclaim credits money the pool already holds (its PayoutReclaimed follows); any other credit was paid in.
        this.lastCredit = { tx: log.transactionHash, reason };
        this.tokenIn += amount;
        break;
      }
      case 'PayoutReclaimed': {
        const key = String(a.recipient).toLowerCase();
        const amount = a.amount as bigint;
        const owed = this.unclaimedOf.get(key) ?? 0n;
        if (amount > owed) this.check('payout', getAddress(a.recipient), 'reclaimed (at most what was kept)', owed, amount);
        this.unclaimedOf.set(key, owed - amount);
        this.unclaimedPayouts -= amount;
        if (this.lastCredit?.tx === log.transactionHash) this.tokenIn -= amount;
        else this.check('payout', getAddress(a.recipient), 'credit of the reclaim', 'MembersCredited in the same call', 'none');
        break;
      }
      case 'ReserveSwept': {
        this.check('reserve', 'reserve', 'swept', this.reserve, a.amount);
        this.reserveSweptTotal += this.reserve;
        this.tokenOut += this.reserve;
        this.reserve = 0n;
        break;
      }
      case 'RunOffStarted':
        this.runOff = true;
        break;
      case 'ParameterChanged':
        this.parameterChanged(tagText(a.name), a.oldValue, a.newValue, timestamp);
        break;
      default:
        break;
    }
  }

  private parameterChanged(name: string, oldValue: bigint, newValue: bigint, timestamp: bigint) {
    if (name === 'minimumBalance') {
      const old = this.params.minimumBalance;
      this.check('parameter', name, 'old value', old, oldValue);
      let capBefore = old;
      if (this.nextEpochToSettle < this.capFrom && this.capBefore < old) capBefore = this.capBefore;
      const lastExitEpoch = max(this.epochAt(timestamp + this.params.exitNotice), this.noticeCutFloor);
      this.capFrom = max(lastExitEpoch + 1n, this.capFrom);
      this.capBefore = capBefore;
      this.params.minimumBalance = newValue;
    } else if (name === 'exitNotice') {
      const old = this.params.exitNotice;
      this.check('parameter', name, 'old value', old, oldValue);
      if (newValue < old) {
        const floor = this.epochAt(timestamp + old);
        if (floor > this.noticeCutFloor) this.noticeCutFloor = floor;
      }
      this.params.exitNotice = newValue;
    } else if (name === 'waitingPeriod') {
      this.check('parameter', name, 'old value', this.params.waitingPeriod, oldValue);
      this.params.waitingPeriod = newValue;
    }
  }

  /** A settlement by the rules: payments taken in queue order up to N·cap + reserve, the reserve first, the rest
   *  charged `ceil(T/N)` each, the dust to the reserve, the epoch's exits taken off the count. */
  private settle(log: AuditLog, a: Record<string, any>, timestamp: bigint) {
    const epoch = this.nextEpochToSettle;
    const item = `epoch ${a.epoch}`;
    this.check('epoch', item, 'epoch settled (the next in order)', epoch, a.epoch);
    const endsAt = this.params.genesis + (epoch + 1n) * this.params.epochLength;
    if (timestamp < endsAt) this.check('epoch', item, 'settled after its end', `not before ${endsAt}`, `at ${timestamp}`);
    // Lapses must all be processed first: no counted member may sit below index + minimum.
    const threshold = this.index + this.params.minimumBalance;
    let below = 0;
    for (const m of this.members.values()) {
      if ((m.status === 'active' || (m.status === 'exitRequested' && m.exitEpoch !== null && m.exitEpoch >= epoch)) && m.key < threshold) below++;
    }
    if (below > 0) this.check('epoch', item, 'members below the minimum still counted', 0, below);

    const n = this.activeCount;
    const capacity = n * this.shareCap(epoch) + this.reserve;
    // Payments due by this epoch, in queue order, up to the capacity; the last may be an instalment.
    const taken: ExpectedPayout[] = [];
    let collected = 0n;
    let head = this.paymentHead;
    let skipped = 0;
    while (head < this.paymentTail && collected < capacity && taken.length < 64) {
      const p = this.payments.get(head)!;
      if (p.remaining === 0n) {
        if (skipped === 256) break;
        skipped++;
        head++;
        continue;
      }
      if (p.epoch > epoch) break;
      const amount = min(p.remaining, capacity - collected);
      p.remaining -= amount;
      p.paid += amount;
      collected += amount;
      taken.push({ paymentId: p.paymentId, claimId: p.claimId, recipient: p.recipient, amount, remaining: p.remaining, epoch });
      if (p.remaining !== 0n) break;
      head++;
    }
    this.paymentHead = head;
    this.queuedPayments -= collected;

    const fromReserve = min(collected, this.reserve);
    const charged = collected - fromReserve;
    let share = 0n;
    let dust = 0n;
    if (charged !== 0n) {
      share = ceilDiv(charged, n);
      dust = share * n - charged;
      this.index += share;
    }
    this.reserve = this.reserve - fromReserve + dust;
    this.reserveUsedTotal += fromReserve;
    const used = this.pendingReserveUsed?.tx === log.transactionHash ? this.pendingReserveUsed.amount : 0n;
    this.check('epoch', item, 'reserveUsed', fromReserve, used);
    this.pendingReserveUsed = undefined;

    const exits = this.exitsByEpoch.get(epoch);
    let exitsFinalised = 0n;
    if (exits && exits.count !== 0n) {
      exitsFinalised = exits.count;
      this.activeCount -= exits.count;
      this.activeKeySum -= exits.keySum;
      this.frozenFunds += exits.keySum - exits.count * this.index;
    }
    this.exitsByEpoch.delete(epoch);
    this.nextEpochToSettle = epoch + 1n;

    this.check('epoch', item, 'members', n, a.members);
    this.check('epoch', item, 'share', share, a.share);
    this.check('epoch', item, 'collected', collected, a.collected);
    this.check('epoch', item, 'reserveAdded', dust, a.reserveAdded);
    this.check('epoch', item, 'index', this.index, a.index);
    this.check('epoch', item, 'carriedOver', this.queuedPayments, a.carriedOver);
    this.check('epoch', item, 'exitsFinalised', exitsFinalised, a.exitsFinalised);
    this.epochs.set(epoch, {
      epoch, members: n, share, collected, reserveUsed: fromReserve, reserveAdded: dust, indexAfter: this.index,
      carriedOver: this.queuedPayments, exitsFinalised, paymentIds: taken.map((t) => t.paymentId),
    });
    this.expected = taken;
    this.expectedTx = log.transactionHash;
  }

  /** Ends the replay (a settlement's payments still expected are differences). */
  finish(): void {
    this.flushTx(undefined);
  }

  /** The conservation law at the end of the replay: tokens held == member funds + reserve + unclaimed payouts. */
  expectedTokenBalance(): bigint {
    return this.tokenIn - this.tokenOut;
  }
}
