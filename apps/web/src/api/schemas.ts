import * as z from 'zod/mini';

/**
 * Schemas of the indexer API's answers (docs/indexer.md) that the public pages read. Amounts, ids, block numbers
 * and times come as decimal strings and become bigint here, so nothing downstream is a float; unknown fields are
 * kept out (zod strips them), missing ones fail loudly with the field's path.
 */

/** A decimal string (optionally negative) as bigint. */
export const bigintString = z.pipe(
  z.string().check(z.regex(/^-?\d+$/, { message: 'expected a whole number as a decimal string' })),
  z.transform((value: string) => BigInt(value)),
);
/** A 0x-prefixed hex string (hashes, addresses, transaction hashes), lower-cased for comparisons. */
export const hexString = z.pipe(
  z.string().check(z.regex(/^0x[0-9a-fA-F]*$/, { message: 'expected 0x-prefixed hex' })),
  z.transform((value: string) => value.toLowerCase() as `0x${string}`),
);
export const addressString = z.pipe(
  z.string().check(z.regex(/^0x[0-9a-fA-F]{40}$/, { message: 'expected a 20-byte address' })),
  z.transform((value: string) => value.toLowerCase() as `0x${string}`),
);

/** `ClaimState` of the contracts, as the API names it (`None` never appears in answers). */
export const CLAIM_STATES = [
  'Filed',
  'Reviewed',
  'WitnessesDrawn',
  'Attested',
  'Announced',
  'Approved',
  'Paid',
  'Rejected',
  'UnderArbitration',
  'UnderInvestigation',
  'FraudConfirmed',
] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];
/** States in which a claim is closed or its payout decided. */
export const DECIDED_STATES: readonly ClaimState[] = ['Approved', 'Paid', 'Rejected', 'FraudConfirmed'];
export const claimStateSchema = z.enum(CLAIM_STATES);

export function isClaimState(value: string): value is ClaimState {
  return (CLAIM_STATES as readonly string[]).includes(value);
}

// ───────────────────────────────────── /api/stats ─────────────────────────────────────

export const statPointSchema = z.object({
  id: z.string(),
  kind: z.string(),
  epoch: z.nullable(bigintString),
  activeMembers: z.number(),
  memberFunds: bigintString,
  reserve: bigintString,
  index: bigintString,
  totalPaid: bigintString,
  claimsPaid: z.number(),
  blockNumber: bigintString,
  timestamp: bigintString,
});
export type StatPoint = z.infer<typeof statPointSchema>;

export const statsSchema = z.object({
  chainId: z.number(),
  pool: addressString,
  token: z.object({ address: addressString, symbol: z.string(), decimals: z.number() }),
  parameters: z.object({
    epochLength: bigintString,
    waitingPeriod: bigintString,
    minimumBalance: bigintString,
    exitNotice: bigintString,
    genesis: bigintString,
  }),
  members: z.object({
    active: z.number(),
    waiting: z.number(),
    covered: z.number(),
    lapsed: z.number(),
    exited: z.number(),
    ever: z.number(),
  }),
  money: z.object({
    memberFunds: bigintString,
    reserve: bigintString,
    unclaimedPayouts: bigintString,
    queuedPayments: bigintString,
    totalDeposited: bigintString,
    totalWithdrawn: bigintString,
    totalPaid: bigintString,
    totalCredited: bigintString,
    /** Money decided but waiting for the token to move (paused, or an address blocked by its issuer); absent from an
     *  API older than the token controls. `owedStake` is where part of it sits, not more of it. */
    waitingForToken: z.optional(
      z.object({
        total: bigintString,
        pendingCredits: z.object({ total: bigintString, claimsManager: bigintString, fraudReports: bigintString }),
        unclaimedPayouts: bigintString,
        unclaimedRefunds: bigintString,
        owedStake: z.object({ total: bigintString, toClaimsManager: bigintString, toFraudReports: bigintString }),
      }),
    ),
  }),
  index: bigintString,
  epoch: z.object({ current: bigintString, nextToSettle: bigintString }),
  claims: z.object({ filed: z.number(), paid: z.number(), rejected: z.number() }),
  runOff: z.nullable(z.object({ startedAt: bigintString })),
  history: z.array(statPointSchema),
  indexedBlock: bigintString,
  chainTime: bigintString,
});
export type Stats = z.infer<typeof statsSchema>;

// ───────────────────────────────────── /api/reserves ─────────────────────────────────────

export const reservesSchema = z.object({
  blockNumber: bigintString,
  held: bigintString,
  owed: bigintString,
  difference: bigintString,
  balanced: z.boolean(),
  contracts: z.array(
    z.object({
      contract: z.string(),
      address: addressString,
      held: bigintString,
      /** Slashed stake the witness registry still owes this contract (`owedTo`): `difference = held + receivable − owed`. */
      receivable: z.optional(bigintString),
      owed: bigintString,
      parts: z.record(z.string(), bigintString),
      difference: bigintString,
    }),
  ),
});
export type Reserves = z.infer<typeof reservesSchema>;

// ───────────────────────────────────── /api/epochs ─────────────────────────────────────

export const epochSchema = z.object({
  epoch: bigintString,
  settled: z.boolean(),
  members: z.number(),
  share: bigintString,
  collected: bigintString,
  reserveAdded: bigintString,
  carriedOver: bigintString,
  paymentsMade: z.number(),
  claimIds: z.array(bigintString),
  settledAt: z.nullable(bigintString),
  transactionHash: z.nullable(hexString),
});
export type Epoch = z.infer<typeof epochSchema>;
export const epochsPageSchema = z.object({ epochs: z.array(epochSchema), nextCursor: z.nullable(bigintString) });

// ───────────────────────────────────── /api/claims ─────────────────────────────────────

export const claimSchema = z.object({
  claimId: bigintString,
  claimant: addressString,
  notary: addressString,
  documentHash: hexString,
  diagnosedAt: bigintString,
  requestedAmount: bigintString,
  approvedAmount: z.nullable(bigintString),
  commission: z.nullable(bigintString),
  stakeLock: z.nullable(bigintString),
  region: bigintString,
  state: claimStateSchema,
  reason: z.nullable(z.string()),
  /** 0 when the state has no deadline. */
  deadline: z.nullable(bigintString),
  paymentId: z.nullable(bigintString),
  paidAmount: bigintString,
  reportWindowEnds: z.nullable(bigintString),
  // Since the payment window (issue 8); optional so an older API still reads: the schedule announced at approval
  // (settlements expected, the window's end), the shortfall of a claim closed paid in part, the open reports.
  expectedEpochs: z.optional(z.nullable(bigintString)),
  paymentDeadline: z.optional(z.nullable(bigintString)),
  shortfall: z.optional(z.nullable(bigintString)),
  openReports: z.optional(z.nullable(z.number())),
  /** Credits to the members decided on the claim but waiting for the token, and the stake slashed on it the registry
   *  still owes (an API since the token controls; absent from an older one). */
  pendingCredit: z.optional(bigintString),
  owedStake: z.optional(bigintString),
  filedAt: bigintString,
  updatedAt: bigintString,
  filedBlock: bigintString,
  transactionHash: hexString,
});
export type Claim = z.infer<typeof claimSchema>;

export const claimsPageSchema = z.object({
  claims: z.array(z.extend(claimSchema, { draws: z.number(), reports: z.number() })),
  nextCursor: z.nullable(bigintString),
});
export type ClaimsPage = z.infer<typeof claimsPageSchema>;

export const claimWitnessSchema = z.object({
  slot: z.number(),
  witness: addressString,
  /** drawn | accepted | declined | replaced | attested | rejected | released | slashed */
  status: z.string(),
  stakeLocked: bigintString,
  acceptDeadline: z.nullable(bigintString),
  attestDeadline: z.nullable(bigintString),
  reportHash: z.nullable(hexString),
  approved: z.nullable(z.boolean()),
  slashed: bigintString,
  assignedAt: bigintString,
});
export type ClaimWitness = z.infer<typeof claimWitnessSchema>;

export const drawSchema = z.object({
  drawNumber: z.number(),
  requestId: bigintString,
  seed: bigintString,
  /** The claim's region (asked for) as `DrawMade` logs it. */
  region: bigintString,
  requestedRegion: z.nullable(bigintString),
  exclude: z.array(addressString),
  count: z.number(),
  snapshotBlock: bigintString,
  /** The per-witness lock the draw served (the claim's): it decides the lowest stake tier drawn from. */
  lockAmount: z.optional(z.nullable(bigintString)),
  /** The region drawn from (0 = every region, after the fallback), the lowest stake tier of the union drawn from, and
   *  the union's size at the snapshot (`setSize`; `eligible` from an API before the stake tiers). */
  drawnRegion: z.nullable(bigintString),
  firstTier: z.optional(z.nullable(z.number())),
  setSize: z.optional(z.nullable(bigintString)),
  eligible: z.optional(z.nullable(bigintString)),
  witnesses: z.array(addressString),
  randomnessValue: z.nullable(bigintString),
  blockNumber: bigintString,
  timestamp: bigintString,
  transactionHash: hexString,
  recompute: z.object({ registry: addressString, randomnessKind: z.optional(z.nullable(z.string())) }),
});
export type Draw = z.infer<typeof drawSchema>;

export const reportSchema = z.object({
  reportId: bigintString,
  reporter: addressString,
  bond: bigintString,
  /** What the supervisor committed to when filing (`reportCommitment`); the evidence is revealed after (null until then). */
  commitment: z.optional(z.nullable(hexString)),
  evidenceHash: z.nullable(hexString),
  revealedAt: z.optional(z.nullable(bigintString)),
  deadline: bigintString,
  /** Open | Confirmed | Dismissed | Expired | Superseded */
  outcome: z.string(),
  bondReturned: z.nullable(bigintString),
  reward: z.nullable(bigintString),
  slashed: z.nullable(bigintString),
  creditedToMembers: z.nullable(bigintString),
  fee: z.nullable(bigintString),
  filedAt: bigintString,
  resolvedAt: z.nullable(bigintString),
});
export type Report = z.infer<typeof reportSchema>;

export const paymentSchema = z.object({
  paymentId: bigintString,
  recipient: addressString,
  amount: bigintString,
  paid: bigintString,
  remaining: bigintString,
  epoch: bigintString,
  transferFailed: z.boolean(),
  queuedAt: bigintString,
});
export type Payment = z.infer<typeof paymentSchema>;

/** `waiting` of `/api/claims/:id`: credits to the members not made yet (by the claims manager for no-show slashes, by
 *  FraudReports per report) and slashed stake the registry still owes for the claim. */
export const claimWaitingSchema = z.object({
  pendingCredit: bigintString,
  owedStake: bigintString,
  credits: z.array(
    z.object({
      /** `ClaimsManager` | `FraudReports` */
      source: z.string(),
      reportId: z.nullable(bigintString),
      /** `NO_SHOW` | `SLASH` | `DISMISSED_BOND` */
      reason: z.string(),
      pending: bigintString,
      deferred: bigintString,
      credited: bigintString,
    }),
  ),
  owedStakes: z.array(z.object({ module: z.nullable(z.string()), witness: z.nullable(addressString), amount: bigintString, paid: z.boolean() })),
});
export type ClaimWaiting = z.infer<typeof claimWaitingSchema>;

export const timelineEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** The event's arguments, bigints as decimal strings (kept as the API gives them: shown, never computed on). */
  data: z.record(z.string(), z.unknown()),
  blockNumber: bigintString,
  logIndex: z.number(),
  timestamp: bigintString,
  transactionHash: hexString,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const claimDetailSchema = z.extend(claimSchema, {
  evidence: z.object({
    diagnosis: hexString,
    visitReports: z.array(z.object({ slot: z.number(), witness: addressString, reportHash: hexString })),
    reports: z.array(z.object({ reportId: bigintString, evidenceHash: z.nullable(hexString) })),
  }),
  announcement: z.nullable(z.object({ endsAt: bigintString, secondsLeft: bigintString })),
  /** The payout's schedule and what came of it (an API since the payment window; absent from an older one). */
  payment: z.optional(
    z.nullable(
      z.object({
        approved: z.nullable(bigintString),
        paid: bigintString,
        remaining: z.nullable(bigintString),
        shortfall: z.nullable(bigintString),
        paidInPart: z.boolean(),
        expectedEpochs: z.nullable(bigintString),
        paymentDeadline: z.nullable(bigintString),
        cancelled: z.optional(bigintString),
      }),
    ),
  ),
  witnesses: z.array(claimWitnessSchema),
  draws: z.array(drawSchema),
  reports: z.array(reportSchema),
  payments: z.array(paymentSchema),
  /** The claim's money waiting for the token to move, with its rows (paid ones too). */
  waiting: z.optional(claimWaitingSchema),
  timeline: z.array(timelineEventSchema),
});
export type ClaimDetail = z.infer<typeof claimDetailSchema>;

/** A draw's union size at the snapshot, whichever name the API gives it. */
export const drawSetSize = (draw: Draw): bigint | null => draw.setSize ?? draw.eligible ?? null;

/** A revealed evidence hash, or null (not revealed yet: null from the API, or the zero hash). */
export const revealedEvidence = (hash: `0x${string}` | null | undefined): `0x${string}` | null => (hash && !/^0x0*$/.test(hash) ? hash : null);

/** A claim id as the API accepts it (decimal digits), or null. */
export function parseClaimId(value: string | undefined | null): bigint | null {
  if (!value || !/^\d{1,78}$/.test(value)) return null;
  return BigInt(value);
}
