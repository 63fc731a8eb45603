import { distinctExcluded, lower } from './drawCore.js';

/** Parameters of {@link applyDrawFallback}. */
export type ApplyDrawFallbackParameters = {
  /** The region asked for (`WitnessDrawRequested.requestedRegion`; `0` means all regions). */
  requestedRegion: bigint;
  /** How many witnesses are drawn. */
  count: bigint;
  /** `available(R[requestedRegion], exclude)` at the snapshot (ignored when `requestedRegion` is 0). Any lower
   *  bound that is already `≥ count` gives the same answer. */
  regionAvailable: bigint;
  /** `available(G, exclude)` at the snapshot. */
  globalAvailable: bigint;
};

/** Which array the draw uses, and whether it has enough witnesses outside `exclude`. */
export type ApplyDrawFallbackReturnType = {
  /** The array drawn from: `requestedRegion`, or `0` (all regions) after the fallback. The `WitnessesDrawn.region`. */
  region: bigint;
  /** Whether a non-zero region fell back to all regions. */
  fellBack: boolean;
  /** Whether that array has at least `count` witnesses outside `exclude` (else the registry reverts
   *  `WitnessNotEnoughEligible`). */
  enough: boolean;
};

/**
 * The fallback rule of docs/witness-draw.md §2.1: draw from the requested region if it has at least `count`
 * eligible witnesses outside `exclude`, otherwise from all regions (the whole global array, including the
 * region's own witnesses).
 * @example
 * applyDrawFallback({ requestedRegion: 310n, count: 3n, regionAvailable: 2n, globalAvailable: 40n })
 * // { region: 0n, fellBack: true, enough: true }
 */
export function applyDrawFallback({ requestedRegion, count, regionAvailable, globalAvailable }: ApplyDrawFallbackParameters): ApplyDrawFallbackReturnType {
  if (requestedRegion !== 0n && regionAvailable >= count) return { region: requestedRegion, fellBack: false, enough: true };
  return { region: 0n, fellBack: requestedRegion !== 0n, enough: globalAvailable >= count };
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
