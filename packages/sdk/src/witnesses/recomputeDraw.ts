import type { Address } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import { checkDrawSize, runPicks } from './drawCore.js';
import { countAvailable } from './applyDrawFallback.js';

/** Parameters of {@link recomputeDraw}. */
export type RecomputeDrawParameters = {
  /** `WitnessesDrawn.seed`. */
  seed: bigint;
  claimId: bigint;
  /** `WitnessDrawRequested.exclude`: never picked. */
  exclude: readonly Address[];
  /** How many to pick (1 to 16). */
  count: bigint | number;
  /** The union drawn from, in its order at the snapshot block: the eligible arrays of tiers `firstTier..7` of the drawn
   *  region (`WitnessesDrawn.drawnRegion`, 0 for all regions) concatenated in increasing tier order (`drawUnion`,
   *  docs/witness-draw.md §2.1). Its length is `WitnessesDrawn.setSize`. */
  array: readonly Address[];
};

/** The picks, in order (`WitnessesDrawn.witnesses`). */
export type RecomputeDrawReturnType = Address[];

/**
 * The picking of docs/witness-draw.md §2.2, byte for byte as the registry's draw: for each pick up to 8 proposals
 * `uint256(keccak256(abi.encode(seed, claimId, attempt))) mod n` over the union (`attempt` counting over the whole
 * draw), the first neither excluded nor already picked wins; after 8 rejections a forward scan from the last
 * proposal takes the first acceptable member, wrapping from the last tier back to the first. Pure: give it the union
 * as it stood at the snapshot (`drawUnion` of the tiers' arrays; `verifyDraw` reads them from the chain itself).
 * @example
 * const firstTier = lockTier({ minimumStake, lockAmount })
 * const witnesses = recomputeDraw({ seed, claimId: 1n, exclude: [claimant], count: 3, array: drawUnion({ tiers: arraysAtSnapshot, firstTier }) })
 */
export function recomputeDraw({ seed, claimId, exclude, count, array }: RecomputeDrawParameters): RecomputeDrawReturnType {
  const wanted = checkDrawSize(count, exclude);
  const available = countAvailable({ array, exclude });
  if (available < BigInt(wanted)) {
    throw new InvalidInputError(`only ${available} eligible witnesses outside the exclusions for ${wanted} places: the registry would refuse this draw`, {
      code: 'draw.notEnoughEligible',
      params: { available, count: wanted },
    });
  }
  const step = runPicks({ size: array.length, seed, claimId, exclude, count: wanted, slot: (index) => array[index] });
  if (!step.done) throw new Error('unreachable: every slot of an in-memory array is readable');
  return step.witnesses;
}
