/**
 * The most the operator can approve for a claim today, as `ClaimReviews._checkPoolCapacity` decides at review: the
 * pool pays at most `activeMembers × minimumBalance` per settlement, for `PaymentWindow / epochLength` settlements;
 * what is already queued and the claim's three witness commissions come first. Approving more reverts with
 * `ClaimsAmountAbovePoolCapacity(amount, available)`. An estimate from today's members: joins, exits and lapses
 * change it, and the contract checks again when the review is sent.
 */
export type PoolCapacityInputs = {
  activeMembers: bigint;
  minimumBalance: bigint;
  epochLength: bigint;
  queuedPayments: bigint;
  /** `ClaimParameter.PaymentWindow`, seconds. */
  paymentWindow: bigint;
  /** `ClaimParameter.Commission`, per witness. */
  commission: bigint;
};

export const WITNESSES = 3n;

export function poolCapacity(p: PoolCapacityInputs): { settlements: bigint; perSettlement: bigint; available: bigint } {
  const settlements = p.epochLength > 0n ? p.paymentWindow / p.epochLength : 0n;
  const perSettlement = p.activeMembers * p.minimumBalance;
  const capacity = perSettlement * settlements;
  const needed = p.queuedPayments + WITNESSES * p.commission;
  return { settlements, perSettlement, available: capacity > needed ? capacity - needed : 0n };
}
