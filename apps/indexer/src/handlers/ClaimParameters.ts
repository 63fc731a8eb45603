import { ponder } from 'ponder:registry';
import { parameterChange } from 'ponder:schema';
import { CLAIM_PARAMETERS } from '@lashou/sdk';
import { positionOf } from './shared';

ponder.on('ClaimParameters:ClaimParameterChanged', async ({ event, context }) => {
  const at = positionOf(event);
  await context.db.insert(parameterChange).values({
    id: event.id,
    contract: 'ClaimParameters',
    name: CLAIM_PARAMETERS[event.args.parameter] ?? `parameter${event.args.parameter}`,
    oldValue: event.args.oldValue,
    newValue: event.args.newValue,
    blockNumber: at.blockNumber,
    timestamp: at.timestamp,
    transactionHash: at.transactionHash,
  });
});

ponder.on('ClaimParameters:ClaimsRunOffStarted', async ({ event, context }) => {
  const at = positionOf(event);
  await context.db.insert(parameterChange).values({
    id: event.id,
    contract: 'ClaimParameters',
    name: 'claimsRunOff',
    oldValue: event.args.startedAt,
    newValue: event.args.honourUntil,
    blockNumber: at.blockNumber,
    timestamp: at.timestamp,
    transactionHash: at.transactionHash,
  });
});
