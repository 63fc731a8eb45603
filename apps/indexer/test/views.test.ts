import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { balanceOf, epochAt, maxChargeOf, serialize, statusOf, type MemberRow, type PoolRow } from '../src/api/views';

// The read-side rules of src/api/views.ts against cases computed by hand from MutualPool's own views
// (`_balance`, `_view`, `maxChargeBeforeExit`, `_epochAt`). Units: the test token has 6 decimals; M = 10 tUSD.

const DAY = 86_400n;
const UNIT = 1_000_000n;
const M = 10n * UNIT;

/** Genesis at 1_000_000, 14-day epochs, exit notice 8 days, next epoch to settle 5, index C = 3 tUSD. */
const pool: PoolRow = {
  index: 3n * UNIT,
  genesis: 1_000_000n,
  epochLength: 14n * DAY,
  minimumBalance: M,
  exitNotice: 8n * DAY,
  nextEpochToSettle: 5n,
  capBefore: 0n,
  capFrom: 0n,
};
const epochStart = (n: bigint) => pool.genesis + n * pool.epochLength;
const member = (over: Partial<MemberRow>): MemberRow => ({
  status: 'active',
  key: 0n,
  coverageStart: 0n,
  exitEpoch: null,
  frozenBalance: 0n,
  ...over,
});

describe('epochAt', () => {
  test('epoch 0 starts at genesis; each epoch is [start, start + length)', () => {
    assert.equal(epochAt(pool, pool.genesis), 0n);
    assert.equal(epochAt(pool, pool.genesis + pool.epochLength - 1n), 0n);
    assert.equal(epochAt(pool, pool.genesis + pool.epochLength), 1n);
    assert.equal(epochAt(pool, epochStart(7n) + 3n * DAY), 7n);
  });
  test('before genesis is epoch 0 (the contract would revert; the API must not)', () => {
    assert.equal(epochAt(pool, 0n), 0n);
    assert.equal(epochAt(pool, pool.genesis - 1n), 0n);
  });
});

describe('balanceOf', () => {
  test('active: key − C', () => {
    // Joined with 50 tUSD when C was 1 tUSD: key = 51; C is now 3 → 48.
    assert.equal(balanceOf(member({ key: 51n * UNIT }), pool, null), 48n * UNIT);
  });
  test('active, key below the index: 0, never negative (as _activeBalance)', () => {
    assert.equal(balanceOf(member({ key: 2n * UNIT }), pool, null), 0n);
    assert.equal(balanceOf(member({ key: 3n * UNIT }), pool, null), 0n);
  });
  test('a negative index (credits exceed charges) raises every balance', () => {
    const credited = { ...pool, index: -4n * UNIT };
    assert.equal(balanceOf(member({ key: 20n * UNIT }), credited, null), 24n * UNIT);
  });
  test('lapsed: the frozen balance, whatever the index does', () => {
    const m = member({ status: 'lapsed', key: 7n * UNIT, frozenBalance: 7n * UNIT });
    assert.equal(balanceOf(m, pool, null), 7n * UNIT);
    assert.equal(balanceOf(m, { ...pool, index: 100n * UNIT }, null), 7n * UNIT);
  });
  test('exit requested, exit epoch not yet settled: still key − C', () => {
    const m = member({ status: 'exitRequested', key: 40n * UNIT, exitEpoch: 5n });
    assert.equal(balanceOf(m, pool, null), 37n * UNIT);
  });
  test('exit requested, exit epoch settled: frozen at that settlement’s index, later changes ignored', () => {
    const m = member({ status: 'exitRequested', key: 40n * UNIT, exitEpoch: 4n });
    // The index after epoch 4's settlement was 2.5 tUSD; C moved on to 3 since.
    assert.equal(balanceOf(m, pool, 2_500_000n), 37_500_000n);
    assert.equal(balanceOf(m, { ...pool, index: 9n * UNIT }, 2_500_000n), 37_500_000n);
  });
  test('exit epoch settled but its record not found: falls back to key − C rather than inventing a figure', () => {
    const m = member({ status: 'exitRequested', key: 40n * UNIT, exitEpoch: 4n });
    assert.equal(balanceOf(m, pool, null), 37n * UNIT);
  });
  test('exited (withdrawn) and unknown statuses: 0', () => {
    assert.equal(balanceOf(member({ status: 'exited', key: 0n }), pool, null), 0n);
    assert.equal(balanceOf(member({ status: 'exited', key: 99n * UNIT }), pool, 1n), 0n);
  });
});

describe('statusOf', () => {
  const m = member({ coverageStart: 5_000n });
  test('active: Waiting before coverage starts, Covered from that second on', () => {
    assert.equal(statusOf(m, 4_999n), 'Waiting');
    assert.equal(statusOf(m, 5_000n), 'Covered');
    assert.equal(statusOf(m, 9_999n), 'Covered');
  });
  test('other states do not depend on the clock', () => {
    for (const now of [0n, 5_000n, 10n ** 12n]) {
      assert.equal(statusOf({ ...m, status: 'exitRequested' }, now), 'ExitRequested');
      assert.equal(statusOf({ ...m, status: 'lapsed' }, now), 'Lapsed');
      assert.equal(statusOf({ ...m, status: 'exited' }, now), 'Exited');
    }
  });
});

describe('maxChargeOf', () => {
  test('active: M per epoch from the next to settle through the epoch the exit notice ends in, capped by the balance', () => {
    // now = 2 days into epoch 6: now + 8 days is still epoch 6 → epochs 5 and 6 → 2 M = 20 tUSD.
    const now = epochStart(6n) + 2n * DAY;
    assert.equal(epochAt(pool, now + pool.exitNotice), 6n);
    assert.equal(maxChargeOf(member({ key: 103n * UNIT }), pool, 100n * UNIT, now), 20n * UNIT);
    // 10 days into epoch 6: now + 8 days is in epoch 7 → epochs 5, 6, 7 → 30 tUSD.
    assert.equal(maxChargeOf(member({ key: 103n * UNIT }), pool, 100n * UNIT, epochStart(6n) + 10n * DAY), 30n * UNIT);
    // The same with only 25 tUSD left: the balance caps it.
    assert.equal(maxChargeOf(member({ key: 28n * UNIT }), pool, 25n * UNIT, epochStart(6n) + 10n * DAY), 25n * UNIT);
  });
  test('active, the notice ends exactly at an epoch boundary: that boundary epoch counts', () => {
    const now = epochStart(7n) - pool.exitNotice; // now + notice = start of epoch 7
    assert.equal(maxChargeOf(member({}), pool, 1000n * UNIT, now), 3n * M); // epochs 5, 6, 7
    assert.equal(maxChargeOf(member({}), pool, 1000n * UNIT, now - 1n), 2n * M); // epochs 5, 6
  });
  test('exit requested: up to and including the exit epoch', () => {
    const m = member({ status: 'exitRequested', exitEpoch: 5n });
    assert.equal(maxChargeOf(m, pool, 100n * UNIT, epochStart(9n)), M);
    assert.equal(maxChargeOf({ ...m, exitEpoch: 8n }, pool, 100n * UNIT, 0n), 4n * M);
  });
  test('exit epoch already settled: nothing more can be charged', () => {
    const m = member({ status: 'exitRequested', exitEpoch: 4n });
    assert.equal(maxChargeOf(m, pool, 100n * UNIT, epochStart(6n)), 0n);
  });
  test('lapsed, exited: 0', () => {
    assert.equal(maxChargeOf(member({ status: 'lapsed' }), pool, 7n * UNIT, epochStart(6n)), 0n);
    assert.equal(maxChargeOf(member({ status: 'exited' }), pool, 0n, epochStart(6n)), 0n);
  });
  test('a raise of the minimum after exit requests: epochs before capFrom are capped at capBefore (as MutualPool.maxChargeBeforeExit)', () => {
    // The minimum went from 6 to 10 tUSD when the last exit epoch handed out was 6: epochs 5 and 6 keep a cap of 6.
    const raised = { ...pool, capBefore: 6n * UNIT, capFrom: 7n };
    const m = member({ status: 'exitRequested', exitEpoch: 8n });
    // Epochs 5, 6 at 6 tUSD, epochs 7, 8 at 10 tUSD: 32 tUSD.
    assert.equal(maxChargeOf(m, raised, 100n * UNIT, 0n), 32n * UNIT);
    // Exit epoch inside the capped range: epochs 5, 6 at 6 tUSD.
    assert.equal(maxChargeOf({ ...m, exitEpoch: 6n }, raised, 100n * UNIT, 0n), 12n * UNIT);
    assert.equal(maxChargeOf({ ...m, exitEpoch: 5n }, raised, 100n * UNIT, 0n), 6n * UNIT);
    // Once every capped epoch is settled, the minimum applies again.
    assert.equal(maxChargeOf(m, { ...raised, nextEpochToSettle: 7n }, 100n * UNIT, 0n), 20n * UNIT);
    // A cut (capBefore above the minimum) never raises the figure.
    assert.equal(maxChargeOf(m, { ...pool, capBefore: 50n * UNIT, capFrom: 9n }, 100n * UNIT, 0n), 40n * UNIT);
    // The balance still caps it.
    assert.equal(maxChargeOf(m, raised, 20n * UNIT, 0n), 20n * UNIT);
  });
  test('active but the whole notice falls in epochs already settled (clock behind the settlements): 0', () => {
    const ahead = { ...pool, nextEpochToSettle: 50n };
    assert.equal(maxChargeOf(member({}), ahead, 100n * UNIT, epochStart(6n)), 0n);
  });
});

describe('serialize', () => {
  test('bigints become decimal strings at every depth; other values are kept', () => {
    assert.deepEqual(serialize({ a: 1n, b: [2n, { c: -3n }], d: null, e: 'x', f: true, g: 4 }), {
      a: '1',
      b: ['2', { c: '-3' }],
      d: null,
      e: 'x',
      f: true,
      g: 4,
    });
    assert.equal(serialize(2n ** 200n), (2n ** 200n).toString());
  });
});
