import { index, onchainTable, primaryKey } from 'ponder';

// The index mirrors the contracts' own bookkeeping and never undoes their O(1) design: a settlement or a
// credit is ONE row (`indexChange`), not one per member. A member row keeps the balance key and the interval
// of index changes during which it was counted; balances and statements are computed when read.

/** Singleton (id = 1): the pool's running state and totals, kept at index time (never aggregated per request). */
export const pool = onchainTable('pool', (t) => ({
  id: t.integer().primaryKey(),
  address: t.hex().notNull(),
  token: t.hex().notNull(),
  tokenSymbol: t.text().notNull(),
  tokenDecimals: t.integer().notNull(),
  genesis: t.bigint().notNull(),
  epochLength: t.bigint().notNull(),
  waitingPeriod: t.bigint().notNull(),
  minimumBalance: t.bigint().notNull(),
  exitNotice: t.bigint().notNull(),
  /** Cumulative index C (charged per member since genesis, net of credits). */
  index: t.bigint().notNull(),
  /** Index changes so far (settlements + credits): the sequence of the latest `indexChange`. */
  indexChanges: t.integer().notNull(),
  cumulativeCharged: t.bigint().notNull(),
  cumulativeCredited: t.bigint().notNull(),
  nextEpochToSettle: t.bigint().notNull(),
  activeMembers: t.integer().notNull(),
  /** Σ keys of counted members (as the pool keeps it), so member funds = activeKeySum − N·C + frozenFunds. */
  activeKeySum: t.bigint().notNull(),
  frozenFunds: t.bigint().notNull(),
  reserve: t.bigint().notNull(),
  unclaimedPayouts: t.bigint().notNull(),
  queuedPayments: t.bigint().notNull(),
  /** Σ taken from the reserve by settlements (`ReserveUsed`) and swept to a successor (`ReserveSwept`). */
  reserveUsed: t.bigint().notNull(),
  reserveSwept: t.bigint().notNull(),
  /** Σ of queued payments cancelled (`PaymentReduced`) and of unclaimed payouts taken back (`PayoutReclaimed`). */
  paymentsCancelled: t.bigint().notNull(),
  payoutsReclaimed: t.bigint().notNull(),
  /** The share cap's state as the pool keeps it (`Settings.capBefore`, `capFrom`, `noticeCutFloor`): a raise of the
   *  minimum balance leaves the epochs of members already leaving at the cap they were promised. */
  capBefore: t.bigint().notNull(),
  capFrom: t.bigint().notNull(),
  noticeCutFloor: t.bigint().notNull(),
  /** The contract giving the shortest allowed exit notice (`NoticeFloorSourceSet`), or null. */
  noticeFloorSource: t.hex(),
  membersEver: t.integer().notNull(),
  lapsedMembers: t.integer().notNull(),
  exitedMembers: t.integer().notNull(),
  /** Addresses expelled after a confirmed fraud (`MemberExpelled`): they can never join or rejoin. */
  expelledMembers: t.integer().notNull(),
  totalDeposited: t.bigint().notNull(),
  totalWithdrawn: t.bigint().notNull(),
  totalPaid: t.bigint().notNull(),
  totalCredited: t.bigint().notNull(),
  claimsFiled: t.integer().notNull(),
  claimsPaid: t.integer().notNull(),
  claimsRejected: t.integer().notNull(),
  inRunOff: t.boolean().notNull(),
  runOffStartedAt: t.bigint(),
  updatedBlock: t.bigint().notNull(),
  updatedAt: t.bigint().notNull(),
}));

/** A member (by address; one row per address, ids are the pool's member numbers). */
export const member = onchainTable(
  'member',
  (t) => ({
    address: t.hex().primaryKey(),
    memberId: t.integer().notNull(),
    identityCommitment: t.hex().notNull(),
    /** `active`, `exitRequested`, `lapsed`, `exited` (waiting vs covered is decided at read time). */
    status: t.text().notNull(),
    /** Balance key (`balance + C` while counted); for a lapsed member, the frozen balance. */
    key: t.bigint().notNull(),
    /** Whether the member is in the pool's sorted list (drives position hints). */
    linked: t.boolean().notNull(),
    coverageStart: t.bigint().notNull(),
    joinedAt: t.bigint().notNull(),
    joinedEpoch: t.bigint().notNull(),
    exitEpoch: t.bigint(),
    /** Expelled after a confirmed fraud (`MemberExpelled`, in any state): it can never join or top up back in. */
    expelled: t.boolean().notNull(),
    expelledAt: t.bigint(),
    frozenBalance: t.bigint().notNull(),
    totalDeposited: t.bigint().notNull(),
    totalWithdrawn: t.bigint().notNull(),
    /** Current membership period (a rejoin after a lapse starts a new one). */
    period: t.integer().notNull(),
  }),
  (table) => ({
    memberIdIdx: index().on(table.memberId),
    expelledIdx: index().on(table.expelled, table.address),
    linkedKeyIdx: index().on(table.linked, table.key),
    coverageIdx: index().on(table.status, table.coverageStart),
  }),
);

/** The intervals of index changes during which a member was counted: `(fromSeq, untilSeq]`. */
export const membershipPeriod = onchainTable(
  'membership_period',
  (t) => ({
    address: t.hex().notNull(),
    period: t.integer().notNull(),
    /** Index changes up to this sequence happened before the member was counted. */
    fromSeq: t.integer().notNull(),
    /** Last index change that applied (a lapse); null while counted or exiting (an exit ends at its exit
     *  epoch's settlement, looked up at read time). */
    untilSeq: t.integer(),
    exitEpoch: t.bigint(),
    startedAt: t.bigint().notNull(),
    /** `lapsed`, `exited`, or null while open. */
    endReason: t.text(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.address, table.period] }) }),
);

/** One row per change of the cumulative index: an epoch settlement (a charge) or a credit to every member. */
export const indexChange = onchainTable(
  'index_change',
  (t) => ({
    seq: t.integer().primaryKey(),
    kind: t.text().notNull(), // 'settlement' | 'credit'
    epoch: t.bigint(),
    /** Per-member change in token units: + charged (a share), − credited. */
    perMember: t.bigint().notNull(),
    members: t.integer().notNull(),
    /** Settlement: everything paid out (the reserve's part included); credit: the amount credited. */
    amount: t.bigint().notNull(),
    /** Settlement: the part of `amount` paid from the reserve (`ReserveUsed`); the members shared the rest. */
    reserveUsed: t.bigint().notNull(),
    indexAfter: t.bigint().notNull(),
    /** Running totals over all index changes (per member): Σ shares charged and Σ credits, so a member's
     *  totals over any interval are two look-ups. */
    cumulativeCharged: t.bigint().notNull(),
    cumulativeCredited: t.bigint().notNull(),
    reason: t.text(),
    source: t.hex(),
    refId: t.bigint(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    timestamp: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
  }),
);

/** Settled (and open) epochs. */
export const epoch = onchainTable('epoch', (t) => ({
  epoch: t.bigint().primaryKey(),
  settled: t.boolean().notNull(),
  members: t.integer().notNull(),
  share: t.bigint().notNull(),
  /** Everything paid out at this settlement, the reserve's part included. */
  collected: t.bigint().notNull(),
  /** The part of `collected` paid from the reserve first (`ReserveUsed`); members shared `collected − reserveUsed`. */
  reserveUsed: t.bigint().notNull(),
  reserveAdded: t.bigint().notNull(),
  indexAfter: t.bigint().notNull(),
  carriedOver: t.bigint().notNull(),
  exitsFinalised: t.integer().notNull(),
  /** The `indexChange` row of this settlement. */
  seq: t.integer(),
  /** Payments made at this settlement and the claims they belong to. */
  paymentsMade: t.integer().notNull(),
  claimIds: t.bigint().array().notNull(),
  /** Reserve and member funds right after the settlement (running totals). */
  reserveAfter: t.bigint().notNull(),
  memberFundsAfter: t.bigint().notNull(),
  settledAt: t.bigint(),
  blockNumber: t.bigint(),
  transactionHash: t.hex(),
}));

/** Exits waiting for their exit epoch's settlement: count and key sum (as the pool keeps them). */
export const exitBatch = onchainTable('exit_batch', (t) => ({
  epoch: t.bigint().primaryKey(),
  count: t.integer().notNull(),
  keySum: t.bigint().notNull(),
}));

/** One row per money movement of one address, with its reason (epoch shares and credits are not here: they
 *  come from `indexChange` over the member's periods). */
export const ledger = onchainTable(
  'ledger',
  (t) => ({
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    /** deposit | topUp | withdrawal | payout | commission | payoutHeld | commissionHeld | payoutClaimed |
     *  payoutReclaimed | paymentCancelled | bond | bondReturned | bondForfeited | reward | paymentHeld | refundClaimed |
     *  stake | stakeWithdrawn | slash | recovery | operatorFee | reserveSwept.
     *  `payoutHeld`/`commissionHeld`/`paymentHeld`: a transfer the token refused (paused, or the address blocked by its
     *  issuer), kept for that address; `payoutClaimed`/`refundClaimed`: released to it (`releasePayout`, `releaseRefund`:
     *  anyone may call them, the tokens go to that address only, so `counterparty` is the account itself). A
     *  `paymentHeld` names its report and claim once the resolution that deferred it is indexed (the same call). */
    kind: t.text().notNull(),
    /** `in`: from the account into the protocol (deposit, stake, bond); `out`: from the protocol to it. */
    direction: t.text().notNull(),
    amount: t.bigint().notNull(),
    claimId: t.bigint(),
    reportId: t.bigint(),
    epoch: t.bigint(),
    counterparty: t.hex(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    timestamp: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
  }),
  (table) => ({ accountIdx: index().on(table.account, table.blockNumber, table.logIndex) }),
);

/** Queued payments (claim amounts and witness commissions). */
export const payment = onchainTable(
  'payment',
  (t) => ({
    paymentId: t.bigint().primaryKey(),
    claimId: t.bigint().notNull(),
    recipient: t.hex().notNull(),
    amount: t.bigint().notNull(),
    paid: t.bigint().notNull(),
    /** What is still owed: `amount − paid − cancelled`. */
    remaining: t.bigint().notNull(),
    /** Σ cancelled by the claims module (`PaymentReduced`: a claim closed in part, a commission cut pro rata, a
     *  confirmed fraud); settlement skips a payment with nothing remaining. */
    cancelled: t.bigint().notNull(),
    epoch: t.bigint().notNull(),
    transferFailed: t.boolean().notNull(),
    queuedAt: t.bigint().notNull(),
  }),
  (table) => ({ claimIdx: index().on(table.claimId) }),
);

/** A claim: its current state and the facts of filing, review, approval and payment. */
export const claim = onchainTable(
  'claim',
  (t) => ({
    claimId: t.bigint().primaryKey(),
    claimant: t.hex().notNull(),
    notary: t.hex().notNull(),
    documentHash: t.hex().notNull(),
    diagnosedAt: t.bigint().notNull(),
    requestedAmount: t.bigint().notNull(),
    approvedAmount: t.bigint(),
    commission: t.bigint(),
    stakeLock: t.bigint(),
    region: t.bigint().notNull(),
    nullifier: t.hex(),
    state: t.text().notNull(),
    reason: t.text(),
    deadline: t.bigint(),
    paymentId: t.bigint(),
    /** What the claimant was paid (instalments included, a payout held for `releasePayout` too). */
    paidAmount: t.bigint().notNull(),
    /** The payment schedule announced at approval (`ClaimPaymentScheduled`, an estimate from the members then):
     *  payments queued ahead, the most one settlement could pay, settlements expected, and the payment window's end
     *  (then whatever is unpaid is cancelled). */
    queuedAhead: t.bigint(),
    perEpochCapacity: t.bigint(),
    expectedEpochs: t.bigint(),
    paymentDeadline: t.bigint(),
    /** Set when the payment window ended before the pool paid it all (`ClaimPaidInPart`): what was approved but
     *  will not be paid (null otherwise). */
    shortfall: t.bigint(),
    /** Reports open on the claim now (several may be; the claim is under investigation while any is). */
    openReports: t.integer().notNull(),
    reportWindowEnds: t.bigint(),
    draws: t.integer().notNull(),
    /** The draw row of the claim's latest draw (the registry's events of a draw follow `DrawMade`). */
    lastDrawId: t.text(),
    reports: t.integer().notNull(),
    /** Credits to the members decided on this claim but waiting for the token (no-show slashes in the claims manager,
     *  report resolutions in FraudReports: `CreditDeferred`), until `creditPending` makes them. */
    pendingCredit: t.bigint().notNull(),
    /** Stake slashed on this claim that the registry still owes the claims manager or FraudReports (`SlashedStakeOwed`,
     *  until `OwedStakePaid`). Not more money than the pending credits: it is where part of them, and of the reporter
     *  refunds, still sits. */
    owedStake: t.bigint().notNull(),
    filedAt: t.bigint().notNull(),
    updatedAt: t.bigint().notNull(),
    filedBlock: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
  }),
  (table) => ({ stateIdx: index().on(table.state, table.claimId), claimantIdx: index().on(table.claimant) }),
);

/** Every event of a claim, in chain order: the claim's timeline. */
export const claimEvent = onchainTable(
  'claim_event',
  (t) => ({
    id: t.text().primaryKey(),
    claimId: t.bigint().notNull(),
    kind: t.text().notNull(),
    /** Event arguments, with bigints as decimal strings. */
    data: t.json().notNull(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    timestamp: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
  }),
  (table) => ({ claimIdx: index().on(table.claimId, table.blockNumber, table.logIndex) }),
);

/** The three witness slots of each claim. */
export const claimWitness = onchainTable(
  'claim_witness',
  (t) => ({
    claimId: t.bigint().notNull(),
    slot: t.integer().notNull(),
    witness: t.hex().notNull(),
    /** drawn | accepted | declined | replaced | attested | rejected | released | slashed */
    status: t.text().notNull(),
    stakeLocked: t.bigint().notNull(),
    acceptDeadline: t.bigint(),
    attestDeadline: t.bigint(),
    reportHash: t.hex(),
    approved: t.boolean(),
    slashed: t.bigint().notNull(),
    assignedAt: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.claimId, table.slot] }), witnessIdx: index().on(table.witness) }),
);

/** Each witness draw with every published input needed to recompute it. */
export const draw = onchainTable(
  'draw',
  (t) => ({
    id: t.text().primaryKey(),
    claimId: t.bigint().notNull(),
    requestId: t.bigint().notNull(),
    /** `keccak256(abi.encode(value, claimId, drawNumber))`, the draw's seed. */
    seed: t.bigint().notNull(),
    /** The claim's region, asked for. */
    region: t.bigint().notNull(),
    requestedRegion: t.bigint(),
    exclude: t.hex().array().notNull(),
    count: t.integer().notNull(),
    snapshotBlock: t.bigint().notNull(),
    /** The stake each drawn witness had to be able to carry (the claim's per-witness lock). */
    lockAmount: t.bigint(),
    /** Region actually drawn from (0 = all, after the fallback), the lowest stake tier of the union drawn from
     *  (`lockTier(lockAmount)`: tiers firstTier..7) and the size of that union at the snapshot. */
    drawnRegion: t.bigint(),
    firstTier: t.integer(),
    setSize: t.bigint(),
    witnesses: t.hex().array().notNull(),
    randomnessValue: t.bigint(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    timestamp: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
  }),
  (table) => ({ claimIdx: index().on(table.claimId) }),
);

/** Randomness requests of witness draws and their fulfilled values. */
export const randomnessRequest = onchainTable('randomness_request', (t) => ({
  requestId: t.bigint().primaryKey(),
  claimId: t.bigint(),
  consumer: t.hex().notNull(),
  commitment: t.bigint().notNull(),
  snapshotBlock: t.bigint(),
  /** The request this one replaces (`DrawRandomnessRequested.expiredRequestId`), and why: `expired` (unfulfilled in
   *  time: a re-roll), or a decision that emptied a slot while it could not be known yet (`decline`, `replacement`,
   *  `overrule`): every redraw uses randomness requested after the decision that caused it. */
  expiredRequestId: t.bigint(),
  replacedBecause: t.text(),
  value: t.bigint(),
  requestedAt: t.bigint().notNull(),
  fulfilledAt: t.bigint(),
}));

/** A witness: stake, region, eligibility and record. */
export const witness = onchainTable(
  'witness',
  (t) => ({
    address: t.hex().primaryKey(),
    stake: t.bigint().notNull(),
    region: t.bigint().notNull(),
    /** In the draw arrays (registered, seasoned, not unstaking, at least the minimum stake). */
    eligible: t.boolean().notNull(),
    /** The stake tier of the draw arrays it is in (stake ≥ minimumStake << tier, 0..7), or null when not eligible. */
    tier: t.integer(),
    /** When its seasoning ends (`WitnessSeasoning`): it can be drawn only from then on (after `activate`). */
    seasonedAt: t.bigint(),
    locked: t.bigint().notNull(),
    slashed: t.bigint().notNull(),
    unstakeAvailableAt: t.bigint(),
    assignments: t.integer().notNull(),
    attestations: t.integer().notNull(),
    stakedAt: t.bigint().notNull(),
    updatedAt: t.bigint().notNull(),
  }),
  (table) => ({ regionIdx: index().on(table.region), tierIdx: index().on(table.tier) }),
);

/** Supervisors' fraud reports. */
export const report = onchainTable(
  'report',
  (t) => ({
    reportId: t.bigint().primaryKey(),
    claimId: t.bigint().notNull(),
    reporter: t.hex().notNull(),
    bond: t.bigint().notNull(),
    /** `reportCommitment(reporter, claimId, evidenceHash, salt)`, posted when filing. */
    commitment: t.hex().notNull(),
    /** The evidence's hash once revealed (`EvidenceRevealed`), null until then. */
    evidenceHash: t.hex(),
    revealedAt: t.bigint(),
    deadline: t.bigint().notNull(),
    /** Open | Confirmed | Dismissed | Expired | Superseded (the claim ended through another report: bond back). */
    outcome: t.text().notNull(),
    bondReturned: t.bigint(),
    reward: t.bigint(),
    slashed: t.bigint(),
    creditedToMembers: t.bigint(),
    fee: t.bigint(),
    filedAt: t.bigint().notNull(),
    resolvedAt: t.bigint(),
  }),
  (table) => ({ claimIdx: index().on(table.claimId) }),
);

/** Notaries and whether they are listed. */
export const notary = onchainTable('notary', (t) => ({
  address: t.hex().primaryKey(),
  listed: t.boolean().notNull(),
  updatedAt: t.bigint().notNull(),
  claimsNotarised: t.integer().notNull(),
}));

/** Every parameter change of the pool and the claims parameters, and run-off. */
export const parameterChange = onchainTable('parameter_change', (t) => ({
  id: t.text().primaryKey(),
  contract: t.text().notNull(),
  name: t.text().notNull(),
  oldValue: t.bigint(),
  newValue: t.bigint(),
  /** For a change whose value is an address (`noticeFloorSource`). */
  newAddress: t.hex(),
  blockNumber: t.bigint().notNull(),
  timestamp: t.bigint().notNull(),
  transactionHash: t.hex().notNull(),
}));

/** Pool statistics over time: one row per index change or membership change worth a chart point
 *  (written at each settlement and credit). */
export const poolStat = onchainTable('pool_stat', (t) => ({
  id: t.text().primaryKey(),
  kind: t.text().notNull(),
  epoch: t.bigint(),
  activeMembers: t.integer().notNull(),
  memberFunds: t.bigint().notNull(),
  reserve: t.bigint().notNull(),
  index: t.bigint().notNull(),
  totalPaid: t.bigint().notNull(),
  claimsPaid: t.integer().notNull(),
  blockNumber: t.bigint().notNull(),
  timestamp: t.bigint().notNull(),
}));

/** Singleton (id = 1): what FraudReports holds for others, as it keeps it (running): supervisors' bonds, the operator's
 *  fees, reporter payments kept for `releaseRefund` (`deferred` = `unclaimedRefunds`) and member credits waiting for
 *  `creditPending` (`pendingCredits`). Its conservation: `balance + registry.owedTo(reports) == bondsHeld +
 *  operatorFees + deferred + pendingCredits`. */
export const reportsState = onchainTable('reports_state', (t) => ({
  id: t.integer().primaryKey(),
  bondsHeld: t.bigint().notNull(),
  operatorFees: t.bigint().notNull(),
  deferred: t.bigint().notNull(),
  pendingCredits: t.bigint().notNull(),
}));

/** Singleton (id = 1): money decided but waiting for the token to move (paused, or an address blocked by its issuer),
 *  as running totals so /api/stats reads one row. No decision waits for the token: a slash, a confirmed fraud, a
 *  dismissal and a no-show replacement stand, and their money waits. `owedTo*` is slashed stake the registry could not
 *  send yet (`owedTo(module)`, Σ = `totalOwed`): the registry's balance is `totalStaked + totalOwed`.
 *  `claimsPendingCredits` is the claims manager's `pendingCredits` (its conservation: `balance + registry.owedTo(claims)
 *  == pendingCredits`); FraudReports' are in `reports_state`; payouts and refunds kept for their payees in `pool` and
 *  `reports_state` (per address in `held_for`). */
export const tokenWait = onchainTable('token_wait', (t) => ({
  id: t.integer().primaryKey(),
  owedToClaims: t.bigint().notNull(),
  owedToReports: t.bigint().notNull(),
  /** Owed to any other address (the registry lets its claims role name one; the deployed modules never do). */
  owedToOthers: t.bigint().notNull(),
  claimsPendingCredits: t.bigint().notNull(),
  updatedAt: t.bigint().notNull(),
}));

/** A credit to every member decided but not made at once because the token could not move (`CreditDeferred`): one row
 *  per claim for the claims manager's no-show slashes (`ClaimsManager:<claimId>`; several may add up) and one per report
 *  for FraudReports (`FraudReports:<reportId>`: a confirmed fraud's slashed stake, `SLASH`, or a dismissed bond,
 *  `DISMISSED_BOND`). `creditPending` (anyone) credits all that is pending: the module's `PendingCreditMade` (claim or
 *  report, amount) moves it from `pending` to `credited`; the pool's `MembersCredited` just before is the credit itself. */
export const pendingCredit = onchainTable(
  'pending_credit',
  (t) => ({
    id: t.text().primaryKey(),
    /** `ClaimsManager` | `FraudReports` */
    source: t.text().notNull(),
    claimId: t.bigint().notNull(),
    reportId: t.bigint(),
    /** `NO_SHOW` | `SLASH` | `DISMISSED_BOND` */
    reason: t.text().notNull(),
    /** Waiting now (`pendingCredit(id)` of the module). */
    pending: t.bigint().notNull(),
    /** Σ deferred and Σ credited later by `creditPending`: `pending = deferred − credited`. */
    deferred: t.bigint().notNull(),
    credited: t.bigint().notNull(),
    deferredAt: t.bigint().notNull(),
    deferredTx: t.hex().notNull(),
    /** The latest `creditPending` that credited it (`PendingCreditMade`). */
    creditedAt: t.bigint(),
    creditedTx: t.hex(),
  }),
  (table) => ({ claimIdx: index().on(table.claimId), pendingIdx: index().on(table.pending) }),
);

/** Slashed stake the registry could not send at the slash (`SlashedStakeOwed`: the token refused), one row per slash.
 *  `payOwed(to)` (anyone; also called by `creditPending` and `releaseRefund`) sends everything owed to that module at
 *  once (`OwedStakePaid`), which marks every unpaid row of `to` paid. */
export const owedStake = onchainTable(
  'owed_stake',
  (t) => ({
    id: t.text().primaryKey(),
    to: t.hex().notNull(),
    /** `ClaimsManager` (a no-show slash) | `FraudReports` (a confirmed fraud) | null (another address). */
    module: t.text(),
    claimId: t.bigint().notNull(),
    /** The slashed witness (the registry's `StakeSlashed` just before, in the same call). */
    witness: t.hex(),
    amount: t.bigint().notNull(),
    paid: t.boolean().notNull(),
    paidAt: t.bigint(),
    paidTx: t.hex(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    timestamp: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
  }),
  (table) => ({ claimIdx: index().on(table.claimId), unpaidIdx: index().on(table.to, table.paid) }),
);

/** Money kept for one address until the token moves it (the pool's `unclaimedPayoutOf`, FraudReports'
 *  `unclaimedRefundOf`): a transfer the token refused (paused, or the address blocked by its issuer), or a reporter
 *  payment whose slashed stake had not arrived. Anyone may release it (`releasePayout`, `releaseRefund`) and it goes to
 *  that address only. */
export const heldFor = onchainTable(
  'held_for',
  (t) => ({
    address: t.hex().primaryKey(),
    payouts: t.bigint().notNull(),
    refunds: t.bigint().notNull(),
    updatedAt: t.bigint().notNull(),
  }),
  (table) => ({ payoutsIdx: index().on(table.payouts), refundsIdx: index().on(table.refunds) }),
);

/** Member number → address (lapse events name the member by number). */
export const memberNumber = onchainTable('member_number', (t) => ({
  memberId: t.integer().primaryKey(),
  address: t.hex().notNull(),
}));

/** Who holds which role on which contract (AccessControl's RoleGranted / RoleRevoked, every contract). */
export const roleHolder = onchainTable(
  'role_holder',
  (t) => ({
    contract: t.text().notNull(),
    role: t.hex().notNull(),
    roleName: t.text().notNull(),
    account: t.hex().notNull(),
    held: t.boolean().notNull(),
    changedBy: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.contract, table.role, table.account] }) }),
);

/** Timelocked governance operations: scheduled, executed or cancelled (one row per call of an operation). */
export const governanceCall = onchainTable(
  'governance_call',
  (t) => ({
    id: t.text().primaryKey(),
    timelockId: t.hex().notNull(),
    index: t.bigint().notNull(),
    target: t.hex().notNull(),
    /** The contract the call goes to, by name when it is one of the deployment's. */
    targetName: t.text(),
    value: t.bigint().notNull(),
    data: t.hex().notNull(),
    predecessor: t.hex().notNull(),
    delay: t.bigint().notNull(),
    /** scheduled | executed | cancelled */
    status: t.text().notNull(),
    scheduledAt: t.bigint().notNull(),
    readyAt: t.bigint().notNull(),
    executedAt: t.bigint(),
    cancelledAt: t.bigint(),
    transactionHash: t.hex().notNull(),
  }),
  (table) => ({ timelockIdIdx: index().on(table.timelockId) }),
);

/** Cuts of queued payments (`PaymentReduced`): a claim closed in part at the end of its payment window (the unpaid
 *  payout cancelled, commissions cut pro rata) or a confirmed fraud (everything still queued cancelled). */
export const paymentReduction = onchainTable(
  'payment_reduction',
  (t) => ({
    id: t.text().primaryKey(),
    paymentId: t.bigint().notNull(),
    claimId: t.bigint().notNull(),
    recipient: t.hex().notNull(),
    cancelled: t.bigint().notNull(),
    remaining: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    timestamp: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
  }),
  (table) => ({ claimIdx: index().on(table.claimId), paymentIdx: index().on(table.paymentId) }),
);

/** Money leaving the reserve: paid toward a settlement's payments (`used`, `ReserveUsed`) or sent to the pool's
 *  successor at the end of run-off (`swept`, `ReserveSwept`). Dust and credits that found no member come in through
 *  `epoch.reserveAdded` and `index_change` (credits). */
export const reserveMovement = onchainTable('reserve_movement', (t) => ({
  id: t.text().primaryKey(),
  kind: t.text().notNull(),
  amount: t.bigint().notNull(),
  epoch: t.bigint(),
  to: t.hex(),
  blockNumber: t.bigint().notNull(),
  logIndex: t.integer().notNull(),
  timestamp: t.bigint().notNull(),
  transactionHash: t.hex().notNull(),
}));
