import { test } from 'node:test';
import assert from 'node:assert/strict';
import { poolCapacity } from './poolCapacity.ts';

const DAY = 86_400n;
const base = { activeMembers: 100n, minimumBalance: 10_000_000n, epochLength: 30n * DAY, queuedPayments: 0n, paymentWindow: 180n * DAY, commission: 1_000_000n };

test('what the pool can pay a claim within the payment window, as the review checks it', () => {
  // 100 members × 10 per settlement × 6 settlements = 6,000; three commissions of 1 come first.
  assert.deepEqual(poolCapacity(base), { settlements: 6n, perSettlement: 1_000_000_000n, available: 6_000_000_000n - 3_000_000n });
  // Payments already queued are paid before this claim.
  assert.equal(poolCapacity({ ...base, queuedPayments: 2_000_000_000n }).available, 4_000_000_000n - 3_000_000n);
  // A window shorter than an epoch has no settlement in it: nothing can be approved (whole settlements only).
  assert.equal(poolCapacity({ ...base, paymentWindow: 29n * DAY }).available, 0n);
  assert.equal(poolCapacity({ ...base, paymentWindow: 59n * DAY }).settlements, 1n);
  // More queued than the window can pay: nothing, never negative.
  assert.equal(poolCapacity({ ...base, queuedPayments: 10_000_000_000n }).available, 0n);
  assert.equal(poolCapacity({ ...base, activeMembers: 0n }).available, 0n);
  // The boundary the contract uses: `needed + amount > capacity` reverts, so exactly `available` passes.
  const { available, settlements, perSettlement } = poolCapacity(base);
  assert.equal(base.queuedPayments + 3n * base.commission + available, settlements * perSettlement);
});
