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
