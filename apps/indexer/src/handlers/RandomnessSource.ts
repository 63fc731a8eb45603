import { ponder } from 'ponder:registry';
import { randomnessRequest } from 'ponder:schema';

ponder.on('RandomnessSource:RandomnessRequested', async ({ event, context }) => {
  const { requestId, consumer, commitment } = event.args;
  await context.db
    .insert(randomnessRequest)
    .values({ requestId, consumer, commitment, requestedAt: event.block.timestamp })
    .onConflictDoUpdate({ consumer, commitment });
});

ponder.on('RandomnessSource:RandomnessFulfilled', async ({ event, context }) => {
  const { requestId, value } = event.args;
  await context.db
    .insert(randomnessRequest)
    .values({ requestId, consumer: '0x0000000000000000000000000000000000000000', commitment: 0n, requestedAt: event.block.timestamp, value, fulfilledAt: event.block.timestamp })
    .onConflictDoUpdate({ value, fulfilledAt: event.block.timestamp });
});
