import { ponder } from 'ponder:registry';
import { claimEvent, claimWitness, ledger, owedStake, witness } from 'ponder:schema';
import { and, asc, desc, eq, lt } from 'ponder';
import { draw } from 'ponder:schema';
import type { Hex } from 'viem';
import { addToTimeline, currentDraw } from './ClaimsManager';
import { bytes32Text, positionOf } from './shared';
import { ledgerAt } from './MutualPool';
import { addOwedStake, addToClaimWaiting, moduleOf } from './tokenWaits';

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

ponder.on('WitnessRegistry:SlashedStakeOwed', async ({ event, context }) => {
  // The slash stood but the token refused the transfer: the registry keeps the stake, owed to the module, until anyone
  // calls payOwed (creditPending and releaseRefund call it too). Emitted right after the slash's StakeSlashed.
  const { to, claimId, amount } = event.args;
  const at = positionOf(event);
  const module = moduleOf(context, to);
  const [slashed] = await context.db.sql
    .select({ data: claimEvent.data })
    .from(claimEvent)
    .where(
      and(
        eq(claimEvent.claimId, claimId),
        eq(claimEvent.transactionHash, at.transactionHash),
        eq(claimEvent.kind, 'StakeSlashed'),
        lt(claimEvent.logIndex, at.logIndex),
      ),
    )
    .orderBy(desc(claimEvent.logIndex))
    .limit(1);
  const witnessAddress = ((slashed?.data as { witness?: string } | undefined)?.witness?.toLowerCase() ?? null) as Hex | null;
  await context.db.insert(owedStake).values({
    id: event.id, to, module, claimId, witness: witnessAddress, amount, paid: false, paidAt: null, paidTx: null, ...ledgerAt(at),
  });
  await addOwedStake(context, module, amount, at.timestamp);
  await addToClaimWaiting(context, claimId, 'owedStake', amount);
  await addToTimeline(context, claimId, 'SlashedStakeOwed', { ...event, args: { ...event.args, module, witness: witnessAddress } });
});

ponder.on('WitnessRegistry:OwedStakePaid', async ({ event, context }) => {
  // payOwed sends everything owed to `to` at once: every unpaid SlashedStakeOwed of `to` is paid by it.
  const { to, amount } = event.args;
  const at = positionOf(event);
  const module = moduleOf(context, to);
  const unpaid = await context.db.sql
    .select()
    .from(owedStake)
    .where(and(eq(owedStake.to, to.toLowerCase() as Hex), eq(owedStake.paid, false)))
    .orderBy(asc(owedStake.blockNumber), asc(owedStake.logIndex));
  const total = unpaid.reduce((sum, row) => sum + row.amount, 0n);
  if (total !== amount) {
    throw new Error(`OwedStakePaid to ${to}: the registry paid ${amount}, the index has ${total} owed to it in ${unpaid.length} slashes`);
  }
  const byClaim = new Map<bigint, bigint>();
  for (const row of unpaid) {
    await context.db.update(owedStake, { id: row.id }).set({ paid: true, paidAt: at.timestamp, paidTx: at.transactionHash });
    byClaim.set(row.claimId, (byClaim.get(row.claimId) ?? 0n) + row.amount);
  }
  await addOwedStake(context, module, -amount, at.timestamp);
  for (const [claimId, paid] of byClaim) {
    await addToClaimWaiting(context, claimId, 'owedStake', -paid);
    // One payment can settle the stake of several claims: each claim's timeline shows its own part.
    await addToTimeline(context, claimId, 'OwedStakePaid', { ...event, id: `${event.id}:${claimId}`, args: { to, module, amount: paid, total: amount } });
  }
});
