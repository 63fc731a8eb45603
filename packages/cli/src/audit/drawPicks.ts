// The pure rules of a witness draw, written from docs/witness-draw.md (§2.1 the lock's tier and the region rule,
// §2.2 the picking, §6 the seed) for `lashou audit`. A second implementation on purpose: it shares no code with the
// SDK's recomputeDraw or the indexer, so one mistake cannot hide in both.
import { keccak256 } from 'viem';

/** Stake tiers (`WitnessRegistry.TIERS`). */
export const TIERS = 8;
/** Proposals per pick before the forward scan (`WitnessDraw.PROPOSALS_PER_PICK`). */
export const PROPOSALS_PER_PICK = 8;

const WORD = 32;

/** Writes `value` (0 ≤ value < 2^256) as a 32-byte big-endian word at `offset`. */
function putWord(bytes: Uint8Array, offset: number, value: bigint): void {
  let v = value;
  for (let i = offset + WORD - 1; i >= offset; i--) {
    bytes[i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

/** `uint256(keccak256(abi.encode(a, b, c)))` for three uint256 (or bytes32) words: 96 bytes, big-endian. */
export function hashWords(a: bigint, b: bigint, c?: bigint): bigint {
  const bytes = new Uint8Array(c === undefined ? 2 * WORD : 3 * WORD);
  putWord(bytes, 0, a);
  putWord(bytes, WORD, b);
  if (c !== undefined) putWord(bytes, 2 * WORD, c);
  return BigInt(keccak256(bytes));
}

/** The seed the claims module passes to the registry (§6): `keccak256(abi.encode(value, claimId, drawNumber))`. */
export function drawSeedOf(value: bigint, claimId: bigint, drawNumber: bigint): bigint {
  return hashWords(value, claimId, drawNumber);
}

/** A PrevrandaoSource value (§5.1): `keccak256(abi.encode(bytes32 mixHash(t), uint256 requestId))`. */
export function prevrandaoValueOf(mixHash: bigint, requestId: bigint): bigint {
  return hashWords(mixHash, requestId);
}

/**
 * The lowest tier whose every member can carry `lockAmount` (§2.1): the smallest `t` with `minimumStake << t ≥
 * lockAmount`, or `undefined` above `minimumStake << 7` (the registry refuses such a draw, `WitnessLockTooLarge`).
 */
export function firstTierFor(minimumStake: bigint, lockAmount: bigint): number | undefined {
  for (let t = 0; t < TIERS; t++) if (minimumStake << BigInt(t) >= lockAmount) return t;
  return undefined;
}

/** A union of tiers seen as one array (§2.1): its size and its member at an index, without copying it. */
export type Union = { size: number; at: (index: number) => string };

/** The union of `tiers[firstTier..7]` concatenated in increasing tier order, each array in its own order. */
export function unionOf(tiers: readonly (readonly string[])[], firstTier: number): Union {
  let size = 0;
  for (let t = firstTier; t < TIERS; t++) size += tiers[t]?.length ?? 0;
  return {
    size,
    at: (index: number) => {
      let i = index;
      for (let t = firstTier; t < TIERS; t++) {
        const tier = tiers[t] ?? [];
        if (i < tier.length) return tier[i]!;
        i -= tier.length;
      }
      throw new RangeError(`index ${index} is past the union's ${size} members`);
    },
  };
}

/** Why the picking could not finish: fewer than `count` acceptable members (the registry would have reverted). */
export class DrawImpossibleError extends Error {}

/**
 * §2.2: `count` picks from `union` with `seed` and `claimId`, never an address of `exclude` (lower-case) nor one
 * already picked. Each pick makes up to 8 proposals `keccak256(abi.encode(seed, claimId, attempt)) mod n`, with
 * `attempt` counting every proposal of the draw from 0; after 8 rejected ones it scans forward from the last
 * proposal (+1, +2, … mod n, wrapping round the whole union) and takes the first acceptable member.
 * @returns The picks in order (as the union holds them) and how the picking went.
 */
export function pickWitnesses(parameters: { union: Union; seed: bigint; claimId: bigint; exclude: ReadonlySet<string>; count: number }): {
  picks: string[];
  proposals: number;
  scans: number;
} {
  const { union, seed, claimId, exclude, count } = parameters;
  const n = union.size;
  if (n === 0) throw new DrawImpossibleError('the union is empty');
  const size = BigInt(n);
  const picked = new Set<string>();
  const picks: string[] = [];
  const acceptable = (candidate: string) => {
    const key = candidate.toLowerCase();
    return !exclude.has(key) && !picked.has(key);
  };
  let attempt = 0n;
  let scans = 0;
  for (let j = 0; j < count; j++) {
    let chosen: string | undefined;
    let index = 0;
    for (let k = 0; k < PROPOSALS_PER_PICK; k++) {
      index = Number(hashWords(seed, claimId, attempt) % size);
      attempt++;
      const candidate = union.at(index);
      if (acceptable(candidate)) {
        chosen = candidate;
        break;
      }
    }
    if (chosen === undefined) scans++;
    for (let step = 1; chosen === undefined; step++) {
      if (step > n) throw new DrawImpossibleError(`no acceptable member left for pick ${j + 1} of ${count} among ${n}`);
      const candidate = union.at((index + step) % n);
      if (acceptable(candidate)) chosen = candidate;
    }
    picks.push(chosen);
    picked.add(chosen.toLowerCase());
  }
  return { picks, proposals: Number(attempt), scans };
}
