import type { ClaimDetail, TimelineEvent } from '../../api/schemas';

/**
 * What a claim's page says about its payout and its reports, from the API's answer. The payment window, the
 * expected settlements and a shortfall come from the API's fields when it has them (`payment`, or the claim row),
 * else from the claim's timeline (`ClaimPaymentScheduled`, `ClaimPaidInPart`), so an API without them still reads.
 */

type Claim = Pick<ClaimDetail, 'state' | 'deadline' | 'approvedAmount' | 'paidAmount' | 'reportWindowEnds' | 'timeline'> &
  Partial<Pick<ClaimDetail, 'payment' | 'paymentDeadline' | 'expectedEpochs' | 'shortfall'>>;

const big = (value: unknown): bigint | null => (typeof value === 'string' && /^\d+$/.test(value) ? BigInt(value) : typeof value === 'bigint' ? value : null);
const last = (timeline: TimelineEvent[], kind: string) => [...timeline].reverse().find((e) => e.kind === kind);

export type PaymentFacts = {
  /** When whatever is still unpaid is cancelled (an approved claim's deadline). */
  paymentDeadline: bigint | null;
  /** Settlements expected to pay it, estimated at approval. */
  expectedEpochs: bigint | null;
  /** Set once the claim closed paid in part: what was approved but will not be paid. */
  shortfall: bigint | null;
  /** What the claimant was paid. */
  paid: bigint;
};

export function paymentFacts(claim: Claim): PaymentFacts {
  const scheduled = last(claim.timeline, 'ClaimPaymentScheduled')?.data;
  const inPart = last(claim.timeline, 'ClaimPaidInPart')?.data;
  const paymentDeadline =
    claim.payment?.paymentDeadline ?? claim.paymentDeadline ?? big(scheduled?.paymentDeadline) ?? (claim.state === 'Approved' && claim.deadline ? claim.deadline : null);
  const expectedEpochs = claim.payment?.expectedEpochs ?? claim.expectedEpochs ?? big(scheduled?.epochs);
  const shortfall = claim.payment?.shortfall ?? claim.shortfall ?? big(inPart?.shortfall);
  return { paymentDeadline, expectedEpochs, shortfall: shortfall !== null && shortfall > 0n ? shortfall : null, paid: claim.paidAmount };
}

/**
 * Whether a supervisor (监督人) may report the claim now, as `ClaimsManager.openInvestigation` decides: announced
 * until the announcement ends, approved until marked paid, paid until the fraud-report window ends; under
 * investigation, as the state it will return to (the state it left, and that state's deadline, from the timeline).
 */
export function reportableNow(claim: Claim, chainTime: bigint | undefined): boolean {
  const open = (state: string, deadline: bigint | null) => {
    if (state === 'Approved') return true;
    if (state === 'Announced' || state === 'Paid') return deadline === null || chainTime === undefined || chainTime <= deadline;
    return false;
  };
  if (claim.state === 'Paid') return open('Paid', claim.reportWindowEnds);
  if (claim.state !== 'UnderInvestigation') return open(claim.state, claim.state === 'Announced' ? claim.deadline : null);
  const changes = claim.timeline.filter((e) => e.kind === 'ClaimStateChanged');
  const into = [...changes].reverse().find((e) => e.data.toState === 'UnderInvestigation');
  const resume = typeof into?.data.fromState === 'string' ? into.data.fromState : null;
  if (!resume) return false;
  if (resume === 'Paid') return open('Paid', claim.reportWindowEnds);
  if (resume === 'Announced') {
    const announced = [...changes].reverse().find((e) => e.data.toState === 'Announced');
    return open('Announced', big(announced?.data.deadline));
  }
  return open(resume, null);
}

/** One credit to the members decided on the claim and not made yet. */
export type WaitingCredit = { source: string; reportId: bigint | null; reason: string; amount: bigint };

export type WaitingFacts = {
  /** Credits to every member decided on the claim but not made yet (the token refused to move): no-show slashes held by
   *  the claims manager, report resolutions held by FraudReports; anyone makes them once the token moves. */
  pendingCredit: bigint;
  credits: WaitingCredit[];
  /** Stake slashed on the claim that the witness registry still owes the module it belongs to: where part of that money
   *  sits, not more of it. */
  owedStake: bigint;
};

/**
 * The claim's money waiting for the token, from the API's `waiting` (each credit with its reason and report), else the
 * claim row's `pendingCredit` and `owedStake`; null when nothing waits (or the API is older than the token controls).
 */
export function waitingFacts(claim: Pick<ClaimDetail, 'waiting' | 'pendingCredit' | 'owedStake'>): WaitingFacts | null {
  const pendingCredit = claim.waiting?.pendingCredit ?? claim.pendingCredit ?? 0n;
  const owedStake = claim.waiting?.owedStake ?? claim.owedStake ?? 0n;
  if (pendingCredit <= 0n && owedStake <= 0n) return null;
  const credits = (claim.waiting?.credits ?? [])
    .filter((c) => c.pending > 0n)
    .map((c) => ({ source: c.source, reportId: c.reportId, reason: c.reason, amount: c.pending }));
  return { pendingCredit: pendingCredit > 0n ? pendingCredit : 0n, credits, owedStake: owedStake > 0n ? owedStake : 0n };
}
