// The registry's eligible arrays rebuilt from `WitnessEligibilityChanged` alone (docs/witness-draw.md §1.2), for
// `lashou audit`: append on entry, swap-and-pop on exit, in region `r` and in region 0 (all regions); and the
// region rule of §2.1 over them. Replayed forward once: the audit feeds the events in chain order up to each
// draw's snapshot block, draws taken in snapshot order.
import { DrawImpossibleError, TIERS, type Union, unionOf } from './drawPicks.js';

/** One array with each member's index, so that a removal is O(1) as on chain. */
class IndexedArray {
  readonly members: string[] = [];
  private readonly index = new Map<string, number>();

  has(key: string): boolean {
    return this.index.has(key);
  }

  push(key: string, address: string): void {
    this.index.set(key, this.members.length);
    this.members.push(address);
  }

  /** Swap-and-pop: the last member takes the leaver's index (unless the leaver was last), then the array pops. */
  swapAndPop(key: string): boolean {
    const position = this.index.get(key);
    if (position === undefined) return false;
    const last = this.members.length - 1;
    if (position !== last) {
      const moved = this.members[last]!;
      this.members[position] = moved;
      this.index.set(moved.toLowerCase(), position);
    }
    this.members.pop();
    this.index.delete(key);
    return true;
  }
}

/** Where a witness sits: its region and tier, while it is in the arrays. */
export type Placement = { region: number; tier: number };

/** The arrays `A[r][t]` and every witness's placement, as the events have made them so far. */
export class EligibleArrays {
  private readonly regions = new Map<number, IndexedArray[]>();
  private readonly placements = new Map<string, Placement>();
  /** Events applied so far. */
  applied = 0;

  private tiers(region: number): IndexedArray[] {
    let tiers = this.regions.get(region);
    if (!tiers) {
      tiers = Array.from({ length: TIERS }, () => new IndexedArray());
      this.regions.set(region, tiers);
    }
    return tiers;
  }

  /**
   * Applies one `WitnessEligibilityChanged(witness, region, tier, eligible)`.
   * @returns Why the event cannot be applied (the events contradict each other), or `undefined`.
   */
  apply(witness: string, region: number, tier: number, eligible: boolean): string | undefined {
    this.applied++;
    const key = witness.toLowerCase();
    if (!Number.isInteger(tier) || tier < 0 || tier >= TIERS) return `tier ${tier} is not a tier (0..${TIERS - 1})`;
    if (!Number.isInteger(region) || region < 1 || region > 65_535) return `region ${region} is not a witness region (1..65535)`;
    const placed = this.placements.get(key);
    if (eligible) {
      if (placed) return `entered (region ${region}, tier ${tier}) while still in (region ${placed.region}, tier ${placed.tier})`;
      this.tiers(region)[tier]!.push(key, witness);
      this.tiers(0)[tier]!.push(key, witness);
      this.placements.set(key, { region, tier });
      return undefined;
    }
    if (!placed) return `left (region ${region}, tier ${tier}) while in no array`;
    if (placed.region !== region || placed.tier !== tier) {
      return `left (region ${region}, tier ${tier}) while in (region ${placed.region}, tier ${placed.tier})`;
    }
    this.tiers(region)[tier]!.swapAndPop(key);
    this.tiers(0)[tier]!.swapAndPop(key);
    this.placements.delete(key);
    return undefined;
  }

  /** The arrays of `region` (0: all regions), tier by tier (a copy-free view: valid until the next `apply`). */
  arrays(region: number): readonly (readonly string[])[] {
    return this.regions.get(region)?.map((a) => a.members) ?? [];
  }

  placement(witness: string): Placement | undefined {
    return this.placements.get(witness.toLowerCase());
  }

  /**
   * The region rule (§2.1): the region's union of tiers `firstTier..7` when it has at least `max(count,
   * minRegionWitnesses)` members outside `exclude`, else the union of every region, which must have `count`.
   * Distinct excluded addresses count once, and only when placed (at this point of the replay) in the union.
   */
  chooseUnion(parameters: { region: number; firstTier: number; exclude: ReadonlySet<string>; count: number; minRegionWitnesses: bigint }): {
    drawnRegion: number;
    union: Union;
  } {
    const { region, firstTier, exclude, count } = parameters;
    let excludedInRegion = 0;
    let excludedInAll = 0;
    for (const who of exclude) {
      const placed = this.placements.get(who);
      if (!placed || placed.tier < firstTier) continue;
      excludedInAll++;
      if (placed.region === region) excludedInRegion++;
    }
    if (region !== 0) {
      const union = unionOf(this.arrays(region), firstTier);
      const threshold = BigInt(count) > parameters.minRegionWitnesses ? BigInt(count) : parameters.minRegionWitnesses;
      if (BigInt(union.size - excludedInRegion) >= threshold) return { drawnRegion: region, union };
    }
    const union = unionOf(this.arrays(0), firstTier);
    const available = union.size - excludedInAll;
    if (available < count) throw new DrawImpossibleError(`only ${available} witnesses outside the exclusions can carry the lock, ${count} asked for`);
    return { drawnRegion: 0, union };
  }
}
