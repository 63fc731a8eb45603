import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Address, type Hex, concat, keccak256, numberToHex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import { applyDrawFallback, countAvailable } from './applyDrawFallback.js';
import { drawUnion, lockTier } from './drawCore.js';
import { drawSeed } from './drawSeed.js';
import { recomputeDraw } from './recomputeDraw.js';

// The expectations below are worked out by hand from the rules of docs/witness-draw.md §2.2, with the proposal
// computed here afresh from its byte-level definition (three 32-byte big-endian words, keccak256, mod n).
const word = (value: bigint) => numberToHex(value, { size: 32 });
const proposal = (seed: bigint, claimId: bigint, attempt: bigint, n: number) => Number(BigInt(keccak256(concat([word(seed), word(claimId), word(attempt)]))) % BigInt(n));
const witness = (i: number) => `0x${(i + 1).toString(16).padStart(40, '0')}` as Address;
const array = (n: number) => Array.from({ length: n }, (_, i) => witness(i));

/** The first seed ≥ `from` whose proposals satisfy `predicate`. */
function findSeed(predicate: (seed: bigint) => boolean, from = 1n): bigint {
  for (let seed = from; seed < from + 100_000n; seed++) if (predicate(seed)) return seed;
  throw new Error('no seed found');
}

test('drawSeed is keccak256 of the three 32-byte words value, claimId, drawNumber', () => {
  const value = 0x1234_5678_9abc_def0n;
  assert.equal(drawSeed({ value, claimId: 7n, drawNumber: 2n }), BigInt(keccak256(concat([word(value), word(7n), word(2n)]))));
  assert.notEqual(drawSeed({ value, claimId: 7n, drawNumber: 1n }), drawSeed({ value, claimId: 7n, drawNumber: 2n }));
  // A vector anyone can check with `cast keccak $(cast abi-encode "f(uint256,uint256,uint256)" 1 1 1)`.
  assert.equal(drawSeed({ value: 1n, claimId: 1n, drawNumber: 1n }), BigInt(keccak256(`0x${'0'.repeat(63)}1${'0'.repeat(63)}1${'0'.repeat(63)}1` as Hex)));
});

test('no exclusion, no collision: each pick is the element at its own proposal (attempt 0, 1, 2)', () => {
  const n = 10;
  const claimId = 5n;
  const seed = findSeed((s) => new Set([0n, 1n, 2n].map((a) => proposal(s, claimId, a, n))).size === 3);
  const expected = [0n, 1n, 2n].map((a) => witness(proposal(seed, claimId, a, n)));
  assert.deepEqual(recomputeDraw({ seed, claimId, exclude: [], count: 3, array: array(n) }), expected);
});

test('a proposal hitting an earlier pick is rejected and the attempt counter runs on across picks', () => {
  const n = 5;
  const claimId = 9n;
  // Attempt 1 proposes the same index as attempt 0, attempt 2 a fresh one: pick 0 = p(0), pick 1 = p(2).
  const seed = findSeed((s) => proposal(s, claimId, 1n, n) === proposal(s, claimId, 0n, n) && proposal(s, claimId, 2n, n) !== proposal(s, claimId, 0n, n));
  const p0 = proposal(seed, claimId, 0n, n);
  const p2 = proposal(seed, claimId, 2n, n);
  assert.deepEqual(recomputeDraw({ seed, claimId, exclude: [], count: 2, array: array(n) }), [witness(p0), witness(p2)]);
  // Drawing one more picks the next fresh proposal from attempt 3 on (not from 0: the counter is not reset).
  const third = [3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n].map((a) => proposal(seed, claimId, a, n)).find((i) => i !== p0 && i !== p2);
  assert.ok(third !== undefined);
  assert.deepEqual(recomputeDraw({ seed, claimId, exclude: [], count: 3, array: array(n) }), [witness(p0), witness(p2), witness(third)]);
});

test('excluded members are never picked; an excluded address listed twice or not in the array changes nothing', () => {
  const n = 6;
  const claimId = 3n;
  const exclude = [witness(0), witness(1), witness(0), witness(99)];
  for (let seed = 1n; seed <= 30n; seed++) {
    const picks = recomputeDraw({ seed, claimId, exclude, count: 4, array: array(n) });
    // Only 4 members are outside the exclusions: the draw of 4 takes exactly them, in some order.
    assert.deepEqual([...picks].sort(), [witness(2), witness(3), witness(4), witness(5)]);
  }
  // With one pick: the first of the proposals not at index 0 or 1.
  const seed = findSeed((s) => proposal(s, claimId, 0n, n) <= 1 && proposal(s, claimId, 1n, n) >= 2);
  assert.deepEqual(recomputeDraw({ seed, claimId, exclude, count: 1, array: array(n) }), [witness(proposal(seed, claimId, 1n, n))]);
  // Addresses compare case-insensitively (events give checksummed addresses, people may type lower case).
  const real = ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'] as Address[];
  assert.deepEqual(recomputeDraw({ seed: 1n, claimId, exclude: [real[0]!.toLowerCase() as Address], count: 1, array: real }), [real[1]]);
});

test('after 8 rejected proposals the scan goes forward from the eighth, wrapping around the end', () => {
  const n = 10;
  const claimId = 1n;
  // Only indices 2 and 7 are acceptable; everything else is excluded.
  const exclude = array(n).filter((_, i) => i !== 2 && i !== 7);
  const allRejected = (s: bigint) => [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n].every((a) => ![2, 7].includes(proposal(s, claimId, a, n)));
  // Eighth proposal between 2 and 7: the scan meets 7 first.
  const middle = findSeed((s) => allRejected(s) && proposal(s, claimId, 7n, n) > 2 && proposal(s, claimId, 7n, n) < 7);
  assert.deepEqual(recomputeDraw({ seed: middle, claimId, exclude, count: 1, array: array(n) }), [witness(7)]);
  // Eighth proposal after 7: the scan wraps past the end to 2.
  const late = findSeed((s) => allRejected(s) && proposal(s, claimId, 7n, n) > 7);
  assert.deepEqual(recomputeDraw({ seed: late, claimId, exclude, count: 1, array: array(n) }), [witness(2)]);
  // A second pick can only take the other one.
  const both = recomputeDraw({ seed: middle, claimId, exclude, count: 2, array: array(n) });
  assert.deepEqual(both, [witness(7), witness(2)]);
});

test('recomputeDraw refuses a draw the registry would refuse', () => {
  assert.throws(() => recomputeDraw({ seed: 1n, claimId: 1n, exclude: [witness(0)], count: 2, array: [witness(0), witness(1)] }), /only 1 eligible witnesses outside the exclusions for 2 places/);
  assert.throws(() => recomputeDraw({ seed: 1n, claimId: 1n, exclude: [], count: 17, array: array(20) }), /count must be 1 to 16/);
  assert.throws(() => recomputeDraw({ seed: 1n, claimId: 1n, exclude: array(33), count: 1, array: array(40) }), /exceed the maximum 32/);
});

test('the region rule (§2.1) and available()', () => {
  const [alice, bob, carol, dave] = [witness(0), witness(1), witness(2), witness(3)];
  assert.equal(countAvailable({ array: [alice, bob, carol], exclude: [bob, bob, dave] }), 2n);
  const rule = (requestedRegion: bigint, count: bigint, minRegionWitnesses: bigint, regionAvailable: bigint, globalAvailable: bigint) =>
    applyDrawFallback({ requestedRegion, count, minRegionWitnesses, regionAvailable, globalAvailable });
  // Enough in the region for both the count and the threshold: drawn there.
  assert.deepEqual(rule(310n, 3n, 3n, 3n, 10n), { region: 310n, fellBack: false, threshold: 3n, enough: true });
  // Enough for the count but fewer than minRegionWitnesses: the whole union of all regions (a claimant cannot name a
  // region where only its own witnesses sit).
  assert.deepEqual(rule(310n, 3n, 12n, 11n, 40n), { region: 0n, fellBack: true, threshold: 12n, enough: true });
  assert.deepEqual(rule(310n, 3n, 12n, 12n, 40n), { region: 310n, fellBack: false, threshold: 12n, enough: true });
  // A count above minRegionWitnesses is the threshold.
  assert.deepEqual(rule(310n, 5n, 2n, 4n, 40n), { region: 0n, fellBack: true, threshold: 5n, enough: true });
  // Region 0 asked for: all regions, no fallback.
  assert.deepEqual(rule(0n, 3n, 12n, 0n, 3n), { region: 0n, fellBack: false, threshold: 12n, enough: true });
  // Not enough anywhere: the registry reverts WitnessNotEnoughEligible.
  assert.deepEqual(rule(310n, 3n, 1n, 1n, 2n), { region: 0n, fellBack: true, threshold: 3n, enough: false });
});

test('the lock gives the lowest tier of the union; the union concatenates the tiers in increasing order', () => {
  const m = 5_000n;
  assert.equal(lockTier({ minimumStake: m, lockAmount: 1n }), 0);
  assert.equal(lockTier({ minimumStake: m, lockAmount: m }), 0, 'a lock equal to a floor is carried by that tier');
  assert.equal(lockTier({ minimumStake: m, lockAmount: m + 1n }), 1);
  assert.equal(lockTier({ minimumStake: m, lockAmount: 4n * m }), 2);
  assert.equal(lockTier({ minimumStake: m, lockAmount: 128n * m }), 7, 'maxLock');
  assert.throws(() => lockTier({ minimumStake: m, lockAmount: 128n * m + 1n }), (e: unknown) => e instanceof InvalidInputError && e.code === 'draw.lockTooLarge');
  const [a, b, c, d, e] = [0, 1, 2, 3, 4].map(witness) as [Address, Address, Address, Address, Address];
  const tiers = [[a], [b, c], [], [d], undefined, undefined, undefined, [e]];
  assert.deepEqual(drawUnion({ tiers, firstTier: 0 }), [a, b, c, d, e]);
  assert.deepEqual(drawUnion({ tiers, firstTier: 1 }), [b, c, d, e]);
  assert.deepEqual(drawUnion({ tiers, firstTier: 4 }), [e]);
  // A pick lands in the union by its index over the whole concatenation (index mod n over 4 members here).
  const claimId = 2n;
  const seed = findSeed((s) => proposal(s, claimId, 0n, 4) === 2);
  assert.deepEqual(recomputeDraw({ seed, claimId, exclude: [], count: 1, array: drawUnion({ tiers, firstTier: 1 }) }), [d]);
});
