import { test } from 'node:test';
import assert from 'node:assert/strict';
import { epochSeries, toUnits } from './chartData.ts';
import type { Epoch } from '../../api/schemas.ts';

const epoch = (n: bigint, share: bigint, collected: bigint, reserveAdded: bigint, claimIds: bigint[], settled = true): Epoch => ({
  epoch: n,
  settled,
  members: 59,
  share,
  collected,
  reserveAdded,
  carriedOver: 0n,
  paymentsMade: claimIds.length * 4,
  claimIds,
  settledAt: 1n,
  transactionHash: null,
});

test('toUnits keeps the fraction of a base-unit amount', () => {
  assert.equal(toUnits(5_593_221n, 6), 5.593221);
  assert.equal(toUnits(330_000_000n, 6), 330);
  assert.equal(toUnits(0n, 18), 0);
});

test('epochSeries orders settled epochs oldest first with what each settlement paid out', () => {
  const series = epochSeries([epoch(7n, 5_593_221n, 330_000_000n, 39n, [1n, 2n]), epoch(6n, 0n, 0n, 0n, []), epoch(8n, 1n, 1n, 0n, [], false)], 6);
  assert.deepEqual(
    series.map((p) => [p.epoch, p.share, p.paid, p.claimsPaid]),
    [
      [6n, 0n, 0n, 0],
      [7n, 5_593_221n, 330_000_000n, 2],
    ],
  );
  assert.equal(series[1]?.paidUnits, 330);
});
