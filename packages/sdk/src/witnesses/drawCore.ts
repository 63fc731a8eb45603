// The witness draw of docs/witness-draw.md §2.2, shared by recomputeDraw (an array in memory) and verifyDraw
// (slots read lazily from the registry's history). Internal: not exported from the package.
import { type Address, encodeAbiParameters, keccak256 } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';

/** `WitnessDraw.PROPOSALS_PER_PICK`: proposals per pick before the deterministic forward scan. */
export const PROPOSALS_PER_PICK = 8;
/** `WitnessRegistry.MAX_DRAW_COUNT` and `MAX_EXCLUDED`. */
export const MAX_DRAW_COUNT = 16;
export const MAX_EXCLUDED = 32;

/**
 * Refuses a draw the registry would refuse for its size (`WitnessDrawCountInvalid`, `WitnessTooManyExcluded`):
 * `count` from 1 to 16, at most 32 exclusions. Returns `count` as a number.
 */
export function checkDrawSize(count: bigint | number, exclude: readonly string[]): number {
  const wanted = Number(count);
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_DRAW_COUNT) {
    throw new InvalidInputError(`cannot draw ${count} witnesses: count must be 1 to ${MAX_DRAW_COUNT}`, { code: 'draw.countInvalid', params: { count, maximum: MAX_DRAW_COUNT } });
  }
  if (exclude.length > MAX_EXCLUDED) {
    throw new InvalidInputError(`${exclude.length} excluded addresses exceed the maximum ${MAX_EXCLUDED}`, { code: 'draw.tooManyExcluded', params: { given: exclude.length, maximum: MAX_EXCLUDED } });
  }
  return wanted;
}

const UINT256_X3 = [{ type: 'uint256' }, { type: 'uint256' }, { type: 'uint256' }] as const;

/** `uint256(keccak256(abi.encode(a, b, c)))`. */
export function hashUint256s(a: bigint, b: bigint, c: bigint): bigint {
  return BigInt(keccak256(encodeAbiParameters(UINT256_X3, [a, b, c])));
}

/** The proposal for `attempt`: `uint256(keccak256(abi.encode(seed, claimId, attempt))) mod size`. */
export function proposalIndex(seed: bigint, claimId: bigint, attempt: bigint, size: number): number {
  return Number(hashUint256s(seed, claimId, attempt) % BigInt(size));
}

export const lower = (address: string) => address.toLowerCase();

/** `WitnessRegistry.TIERS`: stake tiers; tier `t` holds stakes from `minimumStake << t`. */
export const TIERS = 8;

/**
 * The lowest stake tier every member of which can carry a per-witness lock of `lockAmount`
 * (`WitnessRegistry.lockTier`, docs/witness-draw.md §2.1): the smallest `t` with `minimumStake << t ≥ lockAmount`.
 * Throws, as the registry reverts (`WitnessLockTooLarge`), above `maxLock = minimumStake << 7`.
 * @example
 * lockTier({ minimumStake: 5_000_000_000n, lockAmount: 8_000_000_000n }) // 1
 */
export function lockTier({ minimumStake, lockAmount }: { minimumStake: bigint; lockAmount: bigint }): number {
  for (let t = 0; t < TIERS; t++) if (minimumStake << BigInt(t) >= lockAmount) return t;
  const maxLock = minimumStake << BigInt(TIERS - 1);
  throw new InvalidInputError(`a lock of ${lockAmount} exceeds the largest a draw serves (${maxLock}): the registry refuses such a draw`, {
    code: 'draw.lockTooLarge',
    params: { lockAmount, maxLock },
  });
}

/**
 * The union a draw picks from (docs/witness-draw.md §2.1): the eligible arrays of tiers `firstTier..7` of one region
 * (or of all regions), concatenated in increasing tier order, each in its own order. `tiers[t]` is the array of tier
 * `t` at the snapshot; missing tiers are empty.
 * @example
 * drawUnion({ tiers: [[alice], [bob, carol], [], [dave]], firstTier: 1 }) // [bob, carol, dave]
 */
export function drawUnion({ tiers, firstTier }: { tiers: readonly (readonly Address[] | undefined)[]; firstTier: number }): Address[] {
  const union: Address[] = [];
  for (let t = firstTier; t < TIERS; t++) union.push(...(tiers[t] ?? []));
  return union;
}

/** Distinct addresses of `exclude` (an address listed twice counts once), lower-cased. */
export function distinctExcluded(exclude: readonly string[]): Set<string> {
  return new Set(exclude.map(lower));
}

/** Either the picks, or the slots that must be read before the picking can go on. */
export type PickStep = { done: true; witnesses: Address[]; slotsUsed: number } | { done: false; need: number[] };

/**
 * Runs §2.2 over an array of `size` members whose slots `slot(i)` returns, or `undefined` when not read yet.
 * On the first unread slot it stops and asks for it, together with the proposals the remaining picks will make
 * if every one is accepted (so a draw with no rejection is read in one round). The caller has checked that at
 * least `count` members are outside `exclude` (the scan would not end otherwise; it stops after `size` steps).
 */
export function runPicks(parameters: {
  size: number;
  seed: bigint;
  claimId: bigint;
  exclude: readonly string[];
  count: number;
  slot: (index: number) => Address | undefined;
}): PickStep {
  const { size, seed, claimId, count, slot } = parameters;
  const excluded = distinctExcluded(parameters.exclude);
  const picked: Address[] = [];
  const pickedSet = new Set<string>();
  const used = new Set<number>();
  const acceptable = (candidate: Address) => !excluded.has(lower(candidate)) && !pickedSet.has(lower(candidate));
  const ahead = (fromAttempt: bigint, picksLeft: number) => {
    const indices: number[] = [];
    for (let k = 0n; k < BigInt(picksLeft); k++) indices.push(proposalIndex(seed, claimId, fromAttempt + k, size));
    return indices;
  };
  let attempt = 0n;
  for (let j = 0; j < count; j++) {
    let chosen: Address | undefined;
    let index = 0;
    for (let k = 0; k < PROPOSALS_PER_PICK && chosen === undefined; k++) {
      index = proposalIndex(seed, claimId, attempt, size);
      attempt++;
      const candidate = slot(index);
      if (candidate === undefined) return { done: false, need: [index, ...ahead(attempt, count - j - 1)] };
      used.add(index);
      if (acceptable(candidate)) chosen = candidate;
    }
    for (let step = 1; chosen === undefined; step++) {
      if (step > size) throw new Error('the fallback scan found no acceptable member: fewer than count members are outside exclude');
      const at = (index + step) % size;
      const candidate = slot(at);
      if (candidate === undefined) return { done: false, need: [at] };
      used.add(at);
      if (acceptable(candidate)) chosen = candidate;
    }
    picked.push(chosen);
    pickedSet.add(lower(chosen));
  }
  return { done: true, witnesses: picked, slotsUsed: used.size };
}
