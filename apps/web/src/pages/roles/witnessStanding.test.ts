import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carriedLock, witnessStanding } from './witnessStanding.ts';

const MIN = 5_000n;
const T = 1_800_000_000n;
const w = (over: Partial<Parameters<typeof witnessStanding>[0]> = {}) => ({ registered: true, eligible: false, unstakeAvailableAt: 0n, stake: MIN, ...over });

test('a new witness is seasoning until its seasoning ends, then waits to be activated; then drawable', () => {
  assert.equal(witnessStanding(w({ registered: false }), MIN, 0n, T), 'notRegistered');
  assert.equal(witnessStanding(w(), MIN, T + 1n, T), 'seasoning');
  assert.equal(witnessStanding(w(), MIN, T, T), 'activationDue', 'activate is allowed at block.timestamp == seasonedAt');
  assert.equal(witnessStanding(w({ eligible: true }), MIN, T, T), 'eligible');
  assert.equal(witnessStanding(w({ unstakeAvailableAt: T + 9n, eligible: false }), MIN, 0n, T), 'leaving');
  assert.equal(witnessStanding(w({ stake: MIN - 1n }), MIN, 0n, T), 'stakeTooLow', 'slashed below the minimum: activation would not place it');
});

test('stake tiers: each doubling of the minimum is a tier, up to 8; a witness carries its tier floor', () => {
  assert.equal(carriedLock(MIN - 1n, MIN), null);
  assert.deepEqual(carriedLock(MIN, MIN), { tier: 0, largestLock: MIN, nextTierAt: 2n * MIN });
  assert.deepEqual(carriedLock(2n * MIN - 1n, MIN), { tier: 0, largestLock: MIN, nextTierAt: 2n * MIN });
  assert.deepEqual(carriedLock(2n * MIN, MIN), { tier: 1, largestLock: 2n * MIN, nextTierAt: 4n * MIN });
  assert.deepEqual(carriedLock(10_000n * MIN, MIN), { tier: 7, largestLock: 128n * MIN, nextTierAt: null }, 'the last tier holds everything above');
  assert.deepEqual(carriedLock(5n * MIN, MIN), { tier: 2, largestLock: 4n * MIN, nextTierAt: 8n * MIN });
  assert.deepEqual(carriedLock(200n * MIN, MIN), { tier: 7, largestLock: 128n * MIN, nextTierAt: null });
  assert.equal(carriedLock(1n, MIN), null);
});
