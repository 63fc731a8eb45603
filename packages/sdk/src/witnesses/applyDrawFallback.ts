import { distinctExcluded, lower } from './drawCore.js';

/** Parameters of {@link applyDrawFallback}. */
export type ApplyDrawFallbackParameters = {
  /** The region asked for (`WitnessDrawRequested.requestedRegion`; `0` means all regions). */
  requestedRegion: bigint;
  /** How many witnesses are drawn. */
  count: bigint;
  /** The registry's `minRegionWitnesses`: a region's union is drawn from alone only when it has at least
   *  `max(count, minRegionWitnesses)` witnesses outside `exclude`. */
  minRegionWitnesses: bigint;
  /** `available(U[requestedRegion], exclude)` at the snapshot: the region's union of the tiers that can carry the lock
   *  (ignored when `requestedRegion` is 0). Any lower bound already at the threshold gives the same answer. */
  regionAvailable: bigint;
  /** `available(U[0], exclude)` at the snapshot: the same union over all regions. */
  globalAvailable: bigint;
};

/** Which union the draw uses, and whether it has enough witnesses outside `exclude`. */
export type ApplyDrawFallbackReturnType = {
  /** The union drawn from: `requestedRegion`, or `0` (all regions) after the fallback. The `WitnessesDrawn.drawnRegion`. */
  region: bigint;
  /** Whether a non-zero region fell back to all regions. */
  fellBack: boolean;
  /** The witnesses the region's union needed outside `exclude` to be used: `max(count, minRegionWitnesses)`. */
  threshold: bigint;
  /** Whether the union drawn from has at least `count` witnesses outside `exclude` (else the registry reverts
   *  `WitnessNotEnoughEligible`). */
  enough: boolean;
};

/**
 * The region rule of docs/witness-draw.md §2.1: draw from the requested region's union if it has at least
 * `max(count, minRegionWitnesses)` eligible witnesses outside `exclude`, otherwise from the union of all regions
 * (the whole of it, including the region's own witnesses). The threshold stops a claimant from naming a region where
 * only its own witnesses sit.
 * @example
 * applyDrawFallback({ requestedRegion: 310n, count: 3n, minRegionWitnesses: 12n, regionAvailable: 5n, globalAvailable: 40n })
 * // { region: 0n, fellBack: true, threshold: 12n, enough: true }
 */
export function applyDrawFallback({ requestedRegion, count, minRegionWitnesses, regionAvailable, globalAvailable }: ApplyDrawFallbackParameters): ApplyDrawFallbackReturnType {
  const threshold = count > minRegionWitnesses ? count : minRegionWitnesses;
  if (requestedRegion !== 0n && regionAvailable >= threshold) return { region: requestedRegion, fellBack: false, threshold, enough: regionAvailable >= count };
  return { region: 0n, fellBack: requestedRegion !== 0n, threshold, enough: globalAvailable >= count };
}

/**
 * `available(S, exclude)` of §2.1: the members of `array` not in `exclude`, each excluded member counted once
 * however often it is listed, addresses that are not members not counted.
 * @example
 * countAvailable({ array: [alice, bob, carol], exclude: [bob, bob, dave] }) // 2n
 */
export function countAvailable({ array, exclude }: { array: readonly string[]; exclude: readonly string[] }): bigint {
  const excluded = distinctExcluded(exclude);
  const members = new Set(array.map(lower));
  let excludedMembers = 0;
  for (const address of excluded) if (members.has(address)) excludedMembers++;
  return BigInt(array.length - excludedMembers);
}
