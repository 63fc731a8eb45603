import { ponder } from 'ponder:registry';
import { claimWitness, ledger, witness } from 'ponder:schema';
import { and, eq } from 'ponder';
import { draw } from 'ponder:schema';
import { addToTimeline, currentDraw } from './ClaimsManager';
import { bytes32Text, positionOf } from './shared';
import { ledgerAt } from './MutualPool';

ponder.on('WitnessRegistry:WitnessStaked', async ({ event, context }) => {
  const { witness: address, amount, totalStake, region } = event.args;
  const at = positionOf(event);
  await context.db
    .insert(witness)
    .values({
      address, stake: totalStake, region, eligible: false, tier: null, seasonedAt: null, locked: 0n, slashed: 0n, unstakeAvailableAt: null,
      assignments: 0, attestations: 0, stakedAt: at.timestamp, updatedAt: at.timestamp,
    })
    .onConflictDoUpdate({ stake: totalStake, region, unstakeAvailableAt: null, updatedAt: at.timestamp });
  await context.db.insert(ledger).values({ id: event.id, account: address, kind: 'stake', direction: 'in', amount, ...ledgerAt(at) });
});

ponder.on('WitnessRegistry:WitnessSeasoning', async ({ event, context }) => {
  // Right after the WitnessStaked of a registration.
  await context.db.update(witness, { address: event.args.witness }).set({ seasonedAt: event.args.seasonedAt, updatedAt: event.block.timestamp });
});

ponder.on('WitnessRegistry:WitnessUnstakeRequested', async ({ event, context }) => {
  await context.db
    .update(witness, { address: event.args.witness })
    .set({ unstakeAvailableAt: event.args.availableAt, updatedAt: event.block.timestamp });
});

ponder.on('WitnessRegistry:WitnessWithdrew', async ({ event, context }) => {
  const { witness: address, amount } = event.args;
  const at = positionOf(event);
  // The registration is deleted: a later stake registers again, with a new seasoning.
  await context.db.update(witness, { address }).set((row) => ({ stake: row.stake - amount, unstakeAvailableAt: null, seasonedAt: null, tier: null, updatedAt: at.timestamp }));
  await context.db.insert(ledger).values({ id: event.id, account: address, kind: 'stakeWithdrawn', direction: 'out', amount, ...ledgerAt(at) });
});

ponder.on('WitnessRegistry:StakeLocked', async ({ event, context }) => {
  await context.db.update(witness, { address: event.args.witness }).set((row) => ({ locked: row.locked + event.args.amount }));
});

ponder.on('WitnessRegistry:StakeUnlocked', async ({ event, context }) => {
  await context.db.update(witness, { address: event.args.witness }).set((row) => ({ locked: row.locked - event.args.amount }));
});

ponder.on('WitnessRegistry:StakeSlashed', async ({ event, context }) => {
  const { witness: address, claimId, amount, reason } = event.args;
  const at = positionOf(event);
  await context.db.update(witness, { address }).set((row) => ({
    stake: row.stake - amount, locked: row.locked - amount, slashed: row.slashed + amount, updatedAt: at.timestamp,
  }));
  await context.db.insert(ledger).values({
    id: event.id, account: address, kind: 'slash', direction: 'none', amount, claimId, counterparty: null, ...ledgerAt(at),
  });
  const slots = await context.db.sql
    .select()
    .from(claimWitness)
    .where(and(eq(claimWitness.claimId, claimId), eq(claimWitness.witness, address)));
  for (const slot of slots) {
    await context.db.update(claimWitness, { claimId, slot: slot.slot }).set((row) => ({ slashed: row.slashed + amount, status: 'slashed' }));
  }
  await addToTimeline(context, claimId, 'StakeSlashed', { ...event, args: { ...event.args, reasonText: bytes32Text(reason) } });
});

ponder.on('WitnessRegistry:WitnessEligibilityChanged', async ({ event, context }) => {
  // A change of tier is a leave (old tier) then an enter (new tier), in one call.
  const { witness: address, region, tier, eligible } = event.args;
  await context.db
    .update(witness, { address })
    .set({ eligible, tier: eligible ? Number(tier) : null, region, updatedAt: event.block.timestamp });
});

ponder.on('WitnessRegistry:WitnessDrawRequested', async ({ event, context }) => {
  const row = await currentDraw(context, event.args.claimId, event.transaction.hash);
  if (row) await context.db.update(draw, { id: row.id }).set({ requestedRegion: event.args.requestedRegion, lockAmount: event.args.lockAmount });
});

ponder.on('WitnessRegistry:WitnessesDrawn', async ({ event, context }) => {
  const { claimId, witnesses, drawnRegion, firstTier, setSize } = event.args;
  const row = await currentDraw(context, claimId, event.transaction.hash);
  if (row) await context.db.update(draw, { id: row.id }).set({ setSize, firstTier: Number(firstTier), witnesses: [...witnesses], drawnRegion });
  await addToTimeline(context, claimId, 'WitnessesDrawn', event);
});
