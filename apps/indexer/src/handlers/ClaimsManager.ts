import { ponder, type Context } from 'ponder:registry';
import { claim, claimEvent, claimWitness, draw, notary, pool, randomnessRequest, witness } from 'ponder:schema';
import { and, eq } from 'ponder';
import type { Hex } from 'viem';
import { CLAIM_STATES, REVIEW_REASONS } from '@lashou/sdk';
import { bytes32Text, positionOf, toJson } from './shared';
import { addClaimsPendingCredits, deferCredit, makePendingCredit } from './tokenWaits';

type AnyEvent = {
  id: string;
  name?: string;
  args: Record<string, unknown>;
  block: { number: bigint; timestamp: bigint };
  log: { logIndex: number };
  transaction: { hash: Hex };
};

/** Appends an event to a claim's timeline (every claim event, from any contract, goes through here). */
export async function addToTimeline(context: Context, claimId: bigint, kind: string, event: AnyEvent) {
  const at = positionOf(event);
  await context.db.insert(claimEvent).values({
    id: event.id,
    claimId,
    kind,
    data: toJson(event.args) as Record<string, unknown>,
    blockNumber: at.blockNumber,
    logIndex: at.logIndex,
    timestamp: at.timestamp,
    transactionHash: at.transactionHash,
  });
  await context.db.update(claim, { claimId }).set({ updatedAt: at.timestamp }).catch(() => undefined);
}

const stateName = (value: number) => CLAIM_STATES[value] ?? `State${value}`;
const reasonName = (value: number) => REVIEW_REASONS[value] ?? `Reason${value}`;

ponder.on('ClaimsManager:ClaimFiled', async ({ event, context }) => {
  const { claimId, claimant, notary: notaryAddress, documentHash, diagnosedAt, amount, region, reviewDeadline } = event.args;
  const at = positionOf(event);
  await context.db.insert(claim).values({
    claimId,
    claimant,
    notary: notaryAddress,
    documentHash,
    diagnosedAt,
    requestedAmount: amount,
    approvedAmount: null,
    commission: null,
    stakeLock: null,
    region,
    nullifier: null,
    state: 'Filed',
    reason: null,
    deadline: reviewDeadline,
    paymentId: null,
    paidAmount: 0n,
    queuedAhead: null,
    perEpochCapacity: null,
    expectedEpochs: null,
    paymentDeadline: null,
    shortfall: null,
    openReports: 0,
    reportWindowEnds: null,
    draws: 0,
    reports: 0,
    pendingCredit: 0n,
    owedStake: 0n,
    filedAt: at.timestamp,
    updatedAt: at.timestamp,
    filedBlock: at.blockNumber,
    transactionHash: at.transactionHash,
  });
  await addToTimeline(context, claimId, 'ClaimFiled', event);
  await context.db
    .insert(notary)
    .values({ address: notaryAddress, listed: true, updatedAt: at.timestamp, claimsNotarised: 1 })
    .onConflictDoUpdate((row) => ({ claimsNotarised: row.claimsNotarised + 1 }));
  await context.db.update(pool, { id: 1 }).set((row) => ({ claimsFiled: row.claimsFiled + 1 }));
});

ponder.on('ClaimsManager:ClaimStateChanged', async ({ event, context }) => {
  const { claimId, to, reason, deadline } = event.args;
  const state = stateName(to);
  await context.db.update(claim, { claimId }).set({ state, reason: reason === 0 ? null : reasonName(reason), deadline });
  await addToTimeline(context, claimId, 'ClaimStateChanged', {
    ...event,
    args: { ...event.args, fromState: stateName(event.args.from), toState: state, reasonName: reasonName(reason) },
  });
  if (state === 'Paid') await context.db.update(pool, { id: 1 }).set((row) => ({ claimsPaid: row.claimsPaid + 1 }));
  if (state === 'Rejected') await context.db.update(pool, { id: 1 }).set((row) => ({ claimsRejected: row.claimsRejected + 1 }));
});

ponder.on('ClaimsManager:ClaimReviewed', async ({ event, context }) => {
  const { claimId, approved, amount, nullifier, commission, stakeLock } = event.args;
  if (approved) await context.db.update(claim, { claimId }).set({ approvedAmount: amount, commission, stakeLock, nullifier });
  await addToTimeline(context, claimId, 'ClaimReviewed', { ...event, args: { ...event.args, reasonName: reasonName(event.args.reason) } });
});

/** What makes a claim request fresh randomness while one is pending, by the event just before in the same call. */
const REPLACING_DECISIONS: Record<string, string> = { WitnessDeclined: 'decline', WitnessReplaced: 'replacement', ClaimArbitrated: 'overrule' };

ponder.on('ClaimsManager:DrawRandomnessRequested', async ({ event, context }) => {
  const { claimId, requestId, snapshotBlock, expiredRequestId } = event.args;
  let replacedBecause: string | null = null;
  if (expiredRequestId !== 0n) {
    // A decline, a replacement or an overrule emits its own event first, in the same call; otherwise the draw
    // found the pending request expired and renewed it.
    const earlier = await context.db.sql
      .select({ kind: claimEvent.kind })
      .from(claimEvent)
      .where(and(eq(claimEvent.claimId, claimId), eq(claimEvent.transactionHash, event.transaction.hash)));
    const decision = earlier.map((e) => REPLACING_DECISIONS[e.kind]).find((k) => k !== undefined);
    replacedBecause = decision ?? 'expired';
  }
  const values = { claimId, snapshotBlock, expiredRequestId: expiredRequestId === 0n ? null : expiredRequestId, replacedBecause };
  await context.db
    .insert(randomnessRequest)
    .values({ requestId, consumer: event.log.address, commitment: 0n, requestedAt: event.block.timestamp, ...values })
    .onConflictDoUpdate(values);
  await addToTimeline(context, claimId, 'DrawRandomnessRequested', event);
});

ponder.on('ClaimsManager:DrawMade', async ({ event, context }) => {
  // DrawMade opens a draw; the registry's WitnessDrawRequested and WitnessesDrawn follow in the same call.
  const { claimId, requestId, seed, region, exclude, count, snapshotBlock } = event.args;
  const at = positionOf(event);
  const request = await context.db.find(randomnessRequest, { requestId });
  await context.db.insert(draw).values({
    id: event.id,
    claimId,
    requestId,
    seed,
    region,
    requestedRegion: region,
    exclude: [...exclude],
    count: Number(count),
    snapshotBlock,
    lockAmount: null,
    firstTier: null,
    setSize: null,
    witnesses: [],
    randomnessValue: request?.value ?? null,
    drawnRegion: null,
    blockNumber: at.blockNumber,
    logIndex: at.logIndex,
    timestamp: at.timestamp,
    transactionHash: at.transactionHash,
  });
  await context.db.update(claim, { claimId }).set((row) => ({ draws: row.draws + 1, lastDrawId: event.id }));
  await addToTimeline(context, claimId, 'DrawMade', event);
});

/** The claim's current draw, which the registry's events of the same transaction complete. */
export async function currentDraw(context: Context, claimId: bigint, transactionHash: Hex) {
  const c = await context.db.find(claim, { claimId });
  if (!c?.lastDrawId) return null;
  const row = await context.db.find(draw, { id: c.lastDrawId });
  return row && row.transactionHash === transactionHash ? row : null;
}

ponder.on('ClaimsManager:WitnessAssigned', async ({ event, context }) => {
  const { claimId, slot, witness: address, stakeLocked, acceptDeadline } = event.args;
  const values = {
    witness: address, status: 'drawn', stakeLocked, acceptDeadline, attestDeadline: null, reportHash: null, approved: null,
    slashed: 0n, assignedAt: event.block.timestamp,
  };
  await context.db.insert(claimWitness).values({ claimId, slot: Number(slot), ...values }).onConflictDoUpdate(values);
  await context.db.update(witness, { address }).set((row) => ({ assignments: row.assignments + 1 })).catch(() => undefined);
  await addToTimeline(context, claimId, 'WitnessAssigned', event);
});

ponder.on('ClaimsManager:WitnessSkipped', async ({ event, context }) => {
  await addToTimeline(context, event.args.claimId, 'WitnessSkipped', event);
});

ponder.on('ClaimsManager:WitnessAccepted', async ({ event, context }) => {
  const { claimId, slot, attestDeadline } = event.args;
  await context.db.update(claimWitness, { claimId, slot: Number(slot) }).set({ status: 'accepted', attestDeadline });
  await addToTimeline(context, claimId, 'WitnessAccepted', event);
});

ponder.on('ClaimsManager:WitnessDeclined', async ({ event, context }) => {
  const { claimId, slot } = event.args;
  await context.db.update(claimWitness, { claimId, slot: Number(slot) }).set({ status: 'declined' });
  await addToTimeline(context, claimId, 'WitnessDeclined', event);
});

ponder.on('ClaimsManager:WitnessReplaced', async ({ event, context }) => {
  const { claimId, slot, slashed } = event.args;
  await context.db.update(claimWitness, { claimId, slot: Number(slot) }).set((row) => ({ status: 'replaced', slashed: row.slashed + slashed }));
  await addToTimeline(context, claimId, 'WitnessReplaced', event);
});

ponder.on('ClaimsManager:WitnessAttested', async ({ event, context }) => {
  const { claimId, slot, witness: address, reportHash, approved } = event.args;
  await context.db
    .update(claimWitness, { claimId, slot: Number(slot) })
    .set({ status: approved ? 'attested' : 'rejected', reportHash, approved });
  await context.db.update(witness, { address }).set((row) => ({ attestations: row.attestations + 1 })).catch(() => undefined);
  await addToTimeline(context, claimId, 'WitnessAttested', event);
});

ponder.on('ClaimsManager:ClaimArbitrated', async ({ event, context }) => {
  await addToTimeline(context, event.args.claimId, 'ClaimArbitrated', event);
});

ponder.on('ClaimsManager:ClaimApproved', async ({ event, context }) => {
  const { claimId, amount, paymentId, commission } = event.args;
  await context.db.update(claim, { claimId }).set({ paymentId, approvedAmount: amount, commission });
  await addToTimeline(context, claimId, 'ClaimApproved', event);
});

ponder.on('ClaimsManager:ClaimPaymentScheduled', async ({ event, context }) => {
  const { claimId, queuedAhead, perEpochCapacity, epochs, paymentDeadline } = event.args;
  await context.db.update(claim, { claimId }).set({ queuedAhead, perEpochCapacity, expectedEpochs: epochs, paymentDeadline });
  await addToTimeline(context, claimId, 'ClaimPaymentScheduled', event);
});

ponder.on('ClaimsManager:ClaimPaidInPart', async ({ event, context }) => {
  const { claimId, shortfall } = event.args;
  await context.db.update(claim, { claimId }).set({ shortfall });
  await addToTimeline(context, claimId, 'ClaimPaidInPart', event);
});

ponder.on('ClaimsManager:ClaimPaid', async ({ event, context }) => {
  const { claimId, reportWindowEnds } = event.args;
  await context.db.update(claim, { claimId }).set({ reportWindowEnds });
  await addToTimeline(context, claimId, 'ClaimPaid', event);
});

ponder.on('ClaimsManager:WitnessStakeReleased', async ({ event, context }) => {
  await addToTimeline(context, event.args.claimId, 'WitnessStakeReleased', event);
});

ponder.on('ClaimsManager:WitnessSlashed', async ({ event, context }) => {
  await addToTimeline(context, event.args.claimId, 'WitnessSlashed', event);
});

ponder.on('ClaimsManager:CreditDeferred', async ({ event, context }) => {
  // A no-show replacement stood while the token could not move: its slashed slice waits in pendingCredit(claimId)
  // until anyone calls creditPending (PendingCreditMade, below).
  const { claimId, amount, reason } = event.args;
  const at = positionOf(event);
  const reasonText = bytes32Text(reason);
  await deferCredit(context, { source: 'ClaimsManager', claimId, reportId: null, reason: reasonText, amount, at: at.timestamp, tx: at.transactionHash });
  await addClaimsPendingCredits(context, amount, at.timestamp);
  await addToTimeline(context, claimId, 'CreditDeferred', { ...event, args: { ...event.args, source: 'ClaimsManager', reasonText } });
});

ponder.on('ClaimsManager:PendingCreditMade', async ({ event, context }) => {
  // creditPending(claimId) credited every member all that waited for the claim (the pool's MembersCredited, NO_SHOW,
  // just before in the same call, made the credit itself).
  const { claimId, amount } = event.args;
  await makePendingCredit(context, event, { source: 'ClaimsManager', claimId, reportId: null, reason: 'NO_SHOW', amount });
  await addClaimsPendingCredits(context, -amount, event.block.timestamp);
});

ponder.on('ClaimsManager:NotaryUpdated', async ({ event, context }) => {
  const { notary: address, listed } = event.args;
  await context.db
    .insert(notary)
    .values({ address, listed, updatedAt: event.block.timestamp, claimsNotarised: 0 })
    .onConflictDoUpdate({ listed, updatedAt: event.block.timestamp });
});
