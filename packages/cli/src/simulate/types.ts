// The shapes shared by the parts of `lashou simulate` (docs/economics.md): the pool engine (members, claims,
// epochs, shares, exactly as MutualPool charges them) and the fraud economics (what each coalition expects to
// gain or lose under the claim parameters).

/** The contracts' rules and parameters the model uses (token base units, seconds, basis points). */
export type ProtocolParameters = {
  decimals: number;
  epochLength: number;
  waitingPeriod: number;
  minimumBalance: bigint;
  exitNotice: number;
  claimCap: bigint;
  commission: bigint;
  /** The per-witness lock floor (`ClaimParameter.StakeLock`). */
  stakeLock: bigint;
  /** k in basis points: the three locks together cover at least k × the approved amount. */
  stakeCoverBps: number;
  witnessStake: bigint;
  reportBond: bigint;
  reporterRewardBps: number;
  announcementWindow: number;
  investigationWindow: number;
  fraudReportWindow: number;
  /** 0 = a dismissed bond is the operator's fee, 1 = credited to all members. */
  dismissedBondToMembers: 0 | 1;
  paymentWindow: number;
};

/** One epoch of a simulated pool. */
export type EpochRecord = {
  epoch: number;
  /** Members counted at settlement (waiting members included). */
  members: number;
  /** Claims approved (queued) in the epoch, and what the settlement charged the members (base units): the part of
   *  `collected` the reserve did not pay, `share · members − dust`. */
  approved: number;
  charged: bigint;
  /** The per-member share `ceil(total / N)`, capped at the minimum balance. */
  share: bigint;
  /** Rounding dust that went to the reserve. */
  dust: bigint;
  /** What rolled over to the next epoch. */
  rolledOver: bigint;
  lapsed: number;
  joined: number;
  exited: number;
  /** Token held by the pool at the end of the epoch. */
  poolBalance: bigint;
  /** Mean days from approval to payment of the claims paid in this epoch. */
  meanPayoutDelayDays: number;
  /** What the settlement paid out (`EpochSettled.collected`): `charged + fromReserve`. */
  collected: bigint;
  /** The part of `collected` taken from the reserve first (`ReserveUsed`). */
  fromReserve: bigint;
  /** The reserve after the settlement. */
  reserve: bigint;
  /** The cumulative index C after the settlement (`EpochSettled.newIndex`). */
  index: bigint;
  /** Claims whose last instalment was paid in this epoch (what `meanPayoutDelayDays` averages). */
  paidClaims: number;
  /** Members covered (past the waiting period, not leaving) at the start of the epoch: who could fall ill. */
  covered: number;
  /** Top-ups made during the epoch. */
  toppedUp: number;
};
