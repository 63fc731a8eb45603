import { ponder, type Context } from 'ponder:registry';
import { eq } from 'ponder';
import { governanceCall, roleHolder } from 'ponder:schema';
import type { Hex } from 'viem';
import { ROLE_NAMES } from '@lashou/sdk';
import { indexerSettings } from '../settings';
import { positionOf } from './shared';

// Who holds power over which contract, and every timelocked operation: after deployment only the timelock
// should hold any role, and an auditor can check that here (and on the chain).

const { deployment } = indexerSettings();
const CONTRACT_NAMES = new Map<string, string>(
  (
    [
      ['MutualPool', deployment.pool],
      ['ClaimsManager', deployment.claims],
      ['FraudReports', deployment.reports],
      ['WitnessRegistry', deployment.registry],
      ['ClaimParameters', deployment.claimParameters],
      ['RandomnessSource', deployment.randomness],
      ['Timelock', deployment.timelock],
      ['Token', deployment.token],
    ] as const
  )
    .filter(([, address]) => address)
    .map(([name, address]) => [(address as string).toLowerCase(), name]),
);

type RoleEvent = {
  args: { role: Hex; account: Hex; sender: Hex };
  block: { number: bigint; timestamp: bigint };
  log: { logIndex: number; address: Hex };
  transaction: { hash: Hex };
};

async function setRole(context: Context, contract: string, event: RoleEvent, held: boolean) {
  const at = positionOf(event);
  const values = {
    roleName: ROLE_NAMES[event.args.role.toLowerCase() as Hex] ?? event.args.role,
    held,
    changedBy: event.args.sender,
    blockNumber: at.blockNumber,
    timestamp: at.timestamp,
    transactionHash: at.transactionHash,
  };
  await context.db
    .insert(roleHolder)
    .values({ contract, role: event.args.role, account: event.args.account, ...values })
    .onConflictDoUpdate(values);
}

ponder.on('MutualPool:RoleGranted', ({ event, context }) => setRole(context, 'MutualPool', event, true));
ponder.on('MutualPool:RoleRevoked', ({ event, context }) => setRole(context, 'MutualPool', event, false));
ponder.on('ClaimsManager:RoleGranted', ({ event, context }) => setRole(context, 'ClaimsManager', event, true));
ponder.on('ClaimsManager:RoleRevoked', ({ event, context }) => setRole(context, 'ClaimsManager', event, false));
ponder.on('FraudReports:RoleGranted', ({ event, context }) => setRole(context, 'FraudReports', event, true));
ponder.on('FraudReports:RoleRevoked', ({ event, context }) => setRole(context, 'FraudReports', event, false));
ponder.on('WitnessRegistry:RoleGranted', ({ event, context }) => setRole(context, 'WitnessRegistry', event, true));
ponder.on('WitnessRegistry:RoleRevoked', ({ event, context }) => setRole(context, 'WitnessRegistry', event, false));
ponder.on('ClaimParameters:RoleGranted', ({ event, context }) => setRole(context, 'ClaimParameters', event, true));
ponder.on('ClaimParameters:RoleRevoked', ({ event, context }) => setRole(context, 'ClaimParameters', event, false));
ponder.on('RandomnessSource:RoleGranted', ({ event, context }) => setRole(context, 'RandomnessSource', event, true));
ponder.on('RandomnessSource:RoleRevoked', ({ event, context }) => setRole(context, 'RandomnessSource', event, false));
ponder.on('Timelock:RoleGranted', ({ event, context }) => setRole(context, 'Timelock', event, true));
ponder.on('Timelock:RoleRevoked', ({ event, context }) => setRole(context, 'Timelock', event, false));

ponder.on('Timelock:CallScheduled', async ({ event, context }) => {
  const { id, index, target, value, data, predecessor, delay } = event.args;
  const at = positionOf(event);
  await context.db.insert(governanceCall).values({
    id: `${id}:${index}`,
    timelockId: id,
    index,
    target,
    targetName: CONTRACT_NAMES.get(target.toLowerCase()) ?? null,
    value,
    data,
    predecessor,
    delay,
    status: 'scheduled',
    scheduledAt: at.timestamp,
    readyAt: at.timestamp + delay,
    transactionHash: at.transactionHash,
  });
});

ponder.on('Timelock:CallExecuted', async ({ event, context }) => {
  const { id, index } = event.args;
  await context.db.update(governanceCall, { id: `${id}:${index}` }).set({ status: 'executed', executedAt: event.block.timestamp });
});

ponder.on('Timelock:Cancelled', async ({ event, context }) => {
  const calls = await context.db.sql.select().from(governanceCall).where(eq(governanceCall.timelockId, event.args.id));
  for (const call of calls) await context.db.update(governanceCall, { id: call.id }).set({ status: 'cancelled', cancelledAt: event.block.timestamp });
});
