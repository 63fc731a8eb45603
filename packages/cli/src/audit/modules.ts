// The money the claims module, the reports module and the witness registry hold, replayed from their events alone:
// witness stakes, locks, slashes and owed stake; report bonds, refunds, rewards and operator fees; deferred credits;
// each claim's state path and amounts. Each result an event states is recomputed and compared (source 'events').
import { type Address, getAddress, type Hex } from 'viem';
import { type PoolLedger, tagText } from './ledger.js';
import type { AuditLog, Difference } from './types.js';

export const CLAIM_STATES = ['None', 'Filed', 'Reviewed', 'WitnessesDrawn', 'Attested', 'Announced', 'Approved', 'Paid', 'Rejected', 'UnderArbitration', 'UnderInvestigation', 'FraudConfirmed'] as const;
export const REPORT_OUTCOMES = ['Open', 'Confirmed', 'Dismissed', 'Expired', 'Superseded'] as const;
/** ClaimParameters' enum order (ClaimTypes.sol). */
export const CLAIM_PARAMETERS = ['ClaimCap', 'Commission', 'StakeLock', 'ReviewWindow', 'DrawWindow', 'AcceptWindow', 'AttestationWindow', 'ArbitrationWindow', 'AnnouncementWindow', 'InvestigationWindow', 'FraudReportWindow', 'ReportBond', 'ReporterRewardBps', 'NoShowSliceBps', 'StakeCoverBps', 'PaymentWindow', 'DismissedBondToMembers'] as const;

export type WitnessRecord = { address: Address; stake: bigint; locked: bigint; region: bigint; registered: boolean; slashed: bigint };
export type ClaimRecord = {
  claimId: bigint; claimant: Address; state: number; requestedAmount: bigint; approvedAmount: bigint; commission: bigint; stakeLock: bigint;
  paymentId: bigint | null; openReports: bigint; transitions: number;
};
export type ReportRecord = {
  reportId: bigint; claimId: bigint; reporter: Address; bond: bigint; outcome: number;
  /** The resolution's money, recomputed (undefined while open). */
  resolution?: { bondReturned: bigint; reward: bigint; slashed: bigint; creditedToMembers: bigint; fee: bigint };
};

export class ModulesLedger {
  readonly witnesses = new Map<string, WitnessRecord>();
  readonly locks = new Map<string, bigint>();
  readonly owedTo = new Map<string, bigint>();
  readonly claims = new Map<bigint, ClaimRecord>();
  readonly reports = new Map<bigint, ReportRecord>();
  readonly unclaimedRefundOf = new Map<string, bigint>();
  readonly reportPendingCredit = new Map<bigint, bigint>();
  readonly claimPendingCredit = new Map<bigint, bigint>();
  readonly differences: Difference[] = [];
  readonly notes: string[] = [];
  /** Claim parameters by name (the values in force as the replay goes). */
  readonly claimParameters: Map<string, bigint>;
  totalStaked = 0n;
  totalOwed = 0n;
  bondsHeld = 0n;
  operatorFees = 0n;
  unclaimedRefunds = 0n;
  reportPendingCredits = 0n;
  claimPendingCredits = 0n;
  comparisons = 0;
  private slashedInTx = { tx: '' as string, amount: 0n, last: 0n };

  /** The pool's ledger, replayed in the same order: approvals and part payments are checked against its payments. */
  private readonly pool: PoolLedger | undefined;

  constructor(initialClaimParameters: Map<string, bigint>, pool?: PoolLedger) {
    this.claimParameters = new Map(initialClaimParameters);
    this.pool = pool;
  }

  /** An approval queued the payout to the claimant and, when there is a commission, one to each witness, in order. */
  private checkApprovalPayments(c: ClaimRecord, a: Record<string, any>) {
    if (!this.pool) return;
    const item = `claim ${c.claimId}`;
    const expect = [{ recipient: c.claimant, amount: c.approvedAmount }];
    if (c.commission !== 0n) for (const w of a.witnesses as string[]) expect.push({ recipient: getAddress(w), amount: c.commission });
    expect.forEach((e, i) => {
      const p = this.pool!.payments.get((a.paymentId as bigint) + BigInt(i));
      const what = i === 0 ? 'payout' : `commission ${i}`;
      this.check('claim', item, `${what} queued (claim, recipient, amount)`, `${c.claimId} ${e.recipient} ${e.amount}`, p ? `${p.claimId} ${p.recipient} ${p.amount}` : 'not queued');
    });
  }

  /** A payment window that ended short: the payout's unpaid rest cancelled, each commission cut to the paid fraction
   *  (rounded down), the rest of it left queued. */
  private checkPaidInPart(c: ClaimRecord, a: Record<string, any>, tx: Hex) {
    if (!this.pool || c.paymentId === null) return;
    const item = `claim ${c.claimId}`;
    const payout = this.pool.payments.get(c.paymentId);
    const cut = payout?.reductions.find((r) => r.tx === tx);
    const unpaid = cut?.before ?? payout?.remaining ?? 0n;
    const paid = c.approvedAmount - unpaid;
    this.check('claim', item, 'paid (in part)', paid, a.paid);
    this.check('claim', item, 'shortfall', unpaid, a.shortfall);
    if (c.commission === 0n || c.approvedAmount === 0n) return;
    const owed = (c.commission * paid) / c.approvedAmount;
    for (let i = 1n; i <= 3n; i++) {
      const p = this.pool.payments.get(c.paymentId + i);
      if (!p) continue;
      const r = p.reductions.find((x) => x.tx === tx);
      const before = r?.before ?? p.remaining;
      const received = c.commission - before;
      const left = owed > received ? owed - received : 0n;
      this.check('claim', item, `commission ${i} left after the cut`, left < before ? left : before, r?.after ?? before);
    }
  }

  private check(area: string, item: string, field: string, recomputed: unknown, reported: unknown) {
    this.comparisons++;
    const r = String(recomputed);
    const s = String(reported);
    if (r !== s) this.differences.push({ area, item, field, source: 'events', recomputed: r, reported: s });
  }

  private witness(address: unknown): WitnessRecord {
    const key = String(address).toLowerCase();
    let w = this.witnesses.get(key);
    if (!w) {
      w = { address: getAddress(String(address)), stake: 0n, locked: 0n, region: 0n, registered: false, slashed: 0n };
      this.witnesses.set(key, w);
    }
    return w;
  }

  apply(log: AuditLog): void {
    const a = log.args as Record<string, any>;
    const tx: Hex = log.transactionHash;
    if (log.contract === 'registry') {
      switch (log.eventName) {
        case 'WitnessStaked': {
          const w = this.witness(a.witness);
          w.stake += a.amount as bigint;
          w.registered = true;
          w.region = a.region;
          this.totalStaked += a.amount as bigint;
          this.check('witness', w.address, 'stake after staking', w.stake, a.totalStake);
          break;
        }
        case 'WitnessWithdrew': {
          const w = this.witness(a.witness);
          this.check('witness', w.address, 'withdrawn (the whole stake)', w.stake, a.amount);
          if (w.locked !== 0n) this.check('witness', w.address, 'locked at withdrawal', 0n, w.locked);
          this.totalStaked -= w.stake;
          w.stake = 0n;
          w.locked = 0n;
          w.registered = false;
          break;
        }
        case 'StakeLocked': {
          const w = this.witness(a.witness);
          const key = `${w.address.toLowerCase()}:${a.claimId}`;
          this.locks.set(key, (this.locks.get(key) ?? 0n) + (a.amount as bigint));
          w.locked += a.amount as bigint;
          if (w.locked > w.stake) this.check('witness', w.address, 'locked ≤ stake', `at most ${w.stake}`, w.locked);
          break;
        }
        case 'StakeUnlocked': {
          const w = this.witness(a.witness);
          const key = `${w.address.toLowerCase()}:${a.claimId}`;
          const lock = this.locks.get(key) ?? 0n;
          this.check('witness', w.address, `unlocked for claim ${a.claimId}`, lock, a.amount);
          this.locks.delete(key);
          w.locked -= lock;
          break;
        }
        case 'StakeSlashed': {
          const w = this.witness(a.witness);
          const key = `${w.address.toLowerCase()}:${a.claimId}`;
          const lock = this.locks.get(key) ?? 0n;
          const amount = a.amount as bigint;
          if (amount > lock) this.check('witness', w.address, `slashed for claim ${a.claimId} (at most its lock)`, lock, amount);
          const slashed = amount < lock ? amount : lock;
          this.locks.set(key, lock - slashed);
          w.locked -= slashed;
          w.stake -= slashed;
          w.slashed += slashed;
          this.totalStaked -= slashed;
          if (this.slashedInTx.tx !== tx) this.slashedInTx = { tx, amount: 0n, last: 0n };
          this.slashedInTx.amount += slashed;
          this.slashedInTx.last = slashed;
          break;
        }
        case 'SlashedStakeOwed': {
          const to = String(a.to).toLowerCase();
          const last = this.slashedInTx.tx === tx ? this.slashedInTx.last : 0n;
          this.check('owed stake', getAddress(a.to), `owed for claim ${a.claimId} (the slash just made)`, last, a.amount);
          this.owedTo.set(to, (this.owedTo.get(to) ?? 0n) + (a.amount as bigint));
          this.totalOwed += a.amount as bigint;
          break;
        }
        case 'OwedStakePaid': {
          const to = String(a.to).toLowerCase();
          const owed = this.owedTo.get(to) ?? 0n;
          this.check('owed stake', getAddress(a.to), 'paid (all that was owed)', owed, a.amount);
          this.owedTo.set(to, 0n);
          this.totalOwed -= owed;
          break;
        }
        default:
          break;
      }
      return;
    }
    if (log.contract === 'parameters' && log.eventName === 'ClaimParameterChanged') {
      const name = CLAIM_PARAMETERS[Number(a.parameter)] ?? `parameter ${a.parameter}`;
      if (this.claimParameters.has(name)) this.check('parameter', name, 'old value', this.claimParameters.get(name), a.oldValue);
      this.claimParameters.set(name, a.newValue);
      return;
    }
    if (log.contract === 'reports') {
      switch (log.eventName) {
        case 'FraudReported': {
          this.reports.set(a.reportId, { reportId: a.reportId, claimId: a.claimId, reporter: getAddress(a.reporter), bond: a.bond, outcome: 0 });
          this.bondsHeld += a.bond as bigint;
          const claim = this.claims.get(a.claimId as bigint);
          if (claim) claim.openReports++;
          const minimum = this.claimParameters.get('ReportBond');
          if (minimum !== undefined && (a.bond as bigint) < minimum) this.check('report', `report ${a.reportId}`, 'bond ≥ report bond', `at least ${minimum}`, a.bond);
          break;
        }
        case 'ReportResolved': {
          const r = this.reports.get(a.reportId as bigint);
          const item = `report ${a.reportId}`;
          if (!r || r.outcome !== 0) {
            this.check('report', item, 'open when resolved', r ? REPORT_OUTCOMES[r.outcome] : 'never filed', REPORT_OUTCOMES[Number(a.outcome)]);
            break;
          }
          const outcome = Number(a.outcome);
          r.outcome = outcome;
          this.bondsHeld -= r.bond;
          const claim = this.claims.get(r.claimId);
          if (claim && claim.openReports > 0n) claim.openReports--;
          if (REPORT_OUTCOMES[outcome] === 'Dismissed') {
            const toMembers = (this.claimParameters.get('DismissedBondToMembers') ?? 0n) !== 0n;
            this.check('report', item, 'fee', toMembers ? 0n : r.bond, a.fee);
            this.check('report', item, 'creditedToMembers', toMembers ? r.bond : 0n, a.creditedToMembers);
            this.check('report', item, 'bondReturned', 0n, a.bondReturned);
            this.operatorFees += toMembers ? 0n : r.bond;
            r.resolution = { bondReturned: 0n, reward: 0n, slashed: 0n, creditedToMembers: toMembers ? r.bond : 0n, fee: toMembers ? 0n : r.bond };
          } else if (REPORT_OUTCOMES[outcome] === 'Confirmed') {
            const slashed = this.slashedInTx.tx === tx ? this.slashedInTx.amount : 0n;
            const bps = this.claimParameters.get('ReporterRewardBps') ?? 0n;
            const approved = claim?.approvedAmount ?? 0n;
            const byRate = (approved * bps) / 10_000n;
            const reward = byRate < slashed ? byRate : slashed;
            this.check('report', item, 'bondReturned', r.bond, a.bondReturned);
            this.check('report', item, 'slashed', slashed, a.slashed);
            this.check('report', item, 'reward', reward, a.reward);
            this.check('report', item, 'creditedToMembers', slashed - reward, a.creditedToMembers);
            this.check('report', item, 'fee', 0n, a.fee);
            r.resolution = { bondReturned: r.bond, reward, slashed, creditedToMembers: slashed - reward, fee: 0n };
          } else {
            this.check('report', item, 'bondReturned', r.bond, a.bondReturned);
            this.check('report', item, 'reward', 0n, a.reward);
            r.resolution = { bondReturned: r.bond, reward: 0n, slashed: 0n, creditedToMembers: 0n, fee: 0n };
          }
          break;
        }
        case 'ReporterPaymentDeferred': {
          const key = String(a.reporter).toLowerCase();
          this.unclaimedRefundOf.set(key, (this.unclaimedRefundOf.get(key) ?? 0n) + (a.amount as bigint));
          this.unclaimedRefunds += a.amount as bigint;
          break;
        }
        case 'RefundClaimed': {
          const key = String(a.reporter).toLowerCase();
          const owed = this.unclaimedRefundOf.get(key) ?? 0n;
          this.check('refund', getAddress(a.reporter), 'released (all that was kept)', owed, a.amount);
          this.unclaimedRefundOf.set(key, 0n);
          this.unclaimedRefunds -= owed;
          break;
        }
        case 'CreditDeferred': {
          this.reportPendingCredit.set(a.reportId, (this.reportPendingCredit.get(a.reportId) ?? 0n) + (a.amount as bigint));
          this.reportPendingCredits += a.amount as bigint;
          break;
        }
        case 'PendingCreditMade': {
          const owed = this.reportPendingCredit.get(a.reportId as bigint) ?? 0n;
          this.check('report', `report ${a.reportId}`, 'pending credit made', owed, a.amount);
          this.reportPendingCredit.set(a.reportId, 0n);
          this.reportPendingCredits -= owed;
          break;
        }
        case 'OperatorFeesWithdrawn': {
          if ((a.amount as bigint) > this.operatorFees) this.check('operator fees', 'operator fees', 'withdrawn (at most the fees)', this.operatorFees, a.amount);
          this.operatorFees -= a.amount as bigint;
          break;
        }
        default:
          break;
      }
      return;
    }
    if (log.contract === 'claims') {
      switch (log.eventName) {
        case 'ClaimFiled':
          this.claims.set(a.claimId, {
            claimId: a.claimId, claimant: getAddress(a.claimant), state: 0, requestedAmount: a.amount, approvedAmount: 0n, commission: 0n, stakeLock: 0n,
            paymentId: null, openReports: 0n, transitions: 0,
          });
          break;
        case 'ClaimStateChanged': {
          const c = this.claims.get(a.claimId as bigint);
          if (!c) break;
          this.check('claim', `claim ${a.claimId}`, `state before transition ${c.transitions + 1}`, CLAIM_STATES[c.state], CLAIM_STATES[Number(a.from)]);
          c.state = Number(a.to);
          c.transitions++;
          break;
        }
        case 'ClaimReviewed': {
          const c = this.claims.get(a.claimId as bigint);
          if (!c) break;
          if (a.approved) {
            c.approvedAmount = a.amount;
            c.commission = a.commission;
            c.stakeLock = a.stakeLock;
            if ((a.amount as bigint) > c.requestedAmount) this.check('claim', `claim ${a.claimId}`, 'approved ≤ requested', `at most ${c.requestedAmount}`, a.amount);
          }
          break;
        }
        case 'ClaimApproved': {
          const c = this.claims.get(a.claimId as bigint);
          if (!c) break;
          this.check('claim', `claim ${a.claimId}`, 'approved amount', c.approvedAmount, a.amount);
          this.check('claim', `claim ${a.claimId}`, 'commission', c.commission, a.commission);
          c.paymentId = a.paymentId;
          this.checkApprovalPayments(c, a);
          break;
        }
        case 'ClaimPaidInPart': {
          const c = this.claims.get(a.claimId as bigint);
          if (c) this.checkPaidInPart(c, a, tx);
          break;
        }
        case 'CreditDeferred': {
          this.claimPendingCredit.set(a.claimId, (this.claimPendingCredit.get(a.claimId) ?? 0n) + (a.amount as bigint));
          this.claimPendingCredits += a.amount as bigint;
          break;
        }
        case 'PendingCreditMade': {
          const owed = this.claimPendingCredit.get(a.claimId as bigint) ?? 0n;
          this.check('claim', `claim ${a.claimId}`, 'pending credit made', owed, a.amount);
          this.claimPendingCredit.set(a.claimId, 0n);
          this.claimPendingCredits -= owed;
          break;
        }
        default:
          break;
      }
    }
  }
}

export { tagText };
