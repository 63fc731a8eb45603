import { witnessRegistryAbi } from '@lashou/abi';
import type { Abi, Address } from 'viem';
import { multicall, readContract } from 'viem/actions';
import { read } from '../claims/internal.js';
import type { LashouClient } from '../internal/client.js';
import { applyDrawFallback } from './applyDrawFallback.js';
import { TIERS, checkDrawSize, distinctExcluded, lockTier, lower, runPicks } from './drawCore.js';
import { drawSeed } from './drawSeed.js';

/** Parameters of {@link verifyDraw}: the draw's inputs and what the chain says came out. */
export type VerifyDrawParameters = {
  /** The WitnessRegistry (`deployment.registry`). */
  registry: Address;
  claimId: bigint;
  /** Which draw of the claim, from 1 (count the claim's `DrawMade` events). */
  drawNumber: bigint;
  /** The randomness: `RandomnessFulfilled.value` of `DrawMade.requestId`. */
  value: bigint;
  /** `WitnessDrawRequested.requestedRegion` (the claim's region; 0 for all regions). */
  requestedRegion: bigint;
  /** `WitnessDrawRequested.exclude`. */
  exclude: readonly Address[];
  /** `WitnessDrawRequested.count`. */
  count: bigint;
  /** `WitnessDrawRequested.snapshotBlock`: the arrays are read as they stood at the end of this block. */
  snapshotBlock: bigint;
  /** `WitnessDrawRequested.lockAmount`: the per-witness lock, which decides the union's lowest tier. */
  lockAmount: bigint;
  /** What the chain logged (`WitnessesDrawn`), to check: `region` is its `drawnRegion`, `eligible` its `setSize`. */
  expected: { seed: bigint; region: bigint; firstTier: bigint; eligible: bigint; witnesses: readonly Address[] };
};

/** The names of {@link verifyDraw}'s checks. */
export type VerifyDrawCheckName = 'seed' | 'firstTier' | 'region' | 'eligible' | 'available' | 'witnesses';

/**
 * One check: what the chain logged (`expected`) against what the rules give (`actual`). For `available`,
 * `expected` is `count` and `actual` the witnesses of the union drawn from that are outside the exclusions.
 */
export type VerifyDrawCheck = { name: VerifyDrawCheckName; ok: boolean; expected: bigint | readonly Address[]; actual: bigint | readonly Address[] };

/** The verdict, the recomputed draw, and how many array slots were read. */
export type VerifyDrawReturnType = {
  /** Every check passed. */
  ok: boolean;
  /** `seed` (from value, claimId, drawNumber), `firstTier` (from the lock), `region` (the region rule, §2.1),
   *  `eligible` (the union's size), `available` (enough witnesses outside the exclusions), `witnesses` (§2.2, in
   *  order). */
  checks: VerifyDrawCheck[];
  seed: bigint;
  firstTier: bigint;
  region: bigint;
  eligible: bigint;
  witnesses: Address[];
  /** Array slots read from the registry's history (sizes and placements not counted). */
  reads: number;
};

/**
 * Verifies a witness draw against the rules, in the browser or anywhere: recomputes the seed from the
 * randomness (docs/witness-draw.md §6), the union's lowest tier from the lock, reads the eligible arrays' sizes and
 * the excluded addresses' placements as they stood at `snapshotBlock` from the registry's history views
 * (`eligibleCountAt`, `placementAt`), applies the region rule (§2.1: the region's union is used when it has
 * `max(count, minRegionWitnesses)` witnesses outside the exclusions) and the picking over the union, the tiers
 * concatenated in increasing order (§2.2), and compares each result with what the chain logged. Only the slots
 * the proposals land on are read (`eligibleAtBlock`; one batch when none is rejected). Reads of one round go out
 * together (one multicall when the chain has multicall3).
 * @example
 * const { ok, checks } = await verifyDraw(publicClient, {
 *   registry, claimId, drawNumber: 1n, value, requestedRegion, exclude, count, snapshotBlock, lockAmount,
 *   expected: { seed, region, firstTier, eligible, witnesses },
 * })
 * if (!ok) console.log(checks.filter((c) => !c.ok))
 */
export async function verifyDraw(client: LashouClient, parameters: VerifyDrawParameters): Promise<VerifyDrawReturnType> {
  const { registry, claimId, drawNumber, value, requestedRegion, exclude, count, snapshotBlock, lockAmount, expected } = parameters;
  // A draw of 0 or of more than 16, or with more than 32 exclusions, never happened: the registry refuses it.
  checkDrawSize(count, exclude);
  const checks: VerifyDrawCheck[] = [];
  const seed = drawSeed({ value, claimId, drawNumber });
  checks.push({ name: 'seed', ok: seed === expected.seed, expected: expected.seed, actual: seed });

  /** Reads several of the registry's views at once (one multicall when the chain has multicall3). */
  const readAll = async (calls: readonly { functionName: string; args: readonly unknown[] }[]): Promise<unknown[]> => {
    const contracts = calls.map((call) => ({ address: registry, abi: witnessRegistryAbi as Abi, ...call }));
    return read(client, () =>
      client.chain?.contracts?.multicall3
        ? (multicall(client, { contracts, allowFailure: false }) as Promise<unknown[]>)
        : Promise.all(contracts.map((call) => readContract(client, call))),
    );
  };

  const [minimumStake, minRegionWitnesses] = (await readAll([
    { functionName: 'minimumStake', args: [] },
    { functionName: 'minRegionWitnesses', args: [] },
  ])) as [bigint, bigint];
  const firstTier = lockTier({ minimumStake, lockAmount });
  checks.push({ name: 'firstTier', ok: BigInt(firstTier) === expected.firstTier, expected: expected.firstTier, actual: BigInt(firstTier) });

  // The sizes of the tiers of the union in the region and overall, and where each excluded address was placed.
  const tiers = Array.from({ length: TIERS - firstTier }, (_, k) => firstTier + k);
  const regions = requestedRegion === 0n ? [0n] : [requestedRegion, 0n];
  const excluded = [...distinctExcluded(exclude)] as Address[];
  const values = await readAll([
    ...regions.flatMap((region) => tiers.map((tier) => ({ functionName: 'eligibleCountAt', args: [region, BigInt(tier), snapshotBlock] }))),
    ...excluded.map((address) => ({ functionName: 'placementAt', args: [address, snapshotBlock] })),
  ]);
  const sizesOf = new Map(regions.map((region, r) => [region, values.slice(r * tiers.length, (r + 1) * tiers.length) as bigint[]]));
  const placements = values.slice(regions.length * tiers.length) as (readonly [boolean, bigint, bigint])[];
  const unionSize = (region: bigint) => sizesOf.get(region)!.reduce((a, b) => a + b, 0n);
  /** Distinct excluded addresses that were members of `region`'s union (any region for 0) at the snapshot. */
  const excludedIn = (region: bigint) =>
    BigInt(placements.filter(([placed, placedRegion, tier]) => placed && tier >= BigInt(firstTier) && (region === 0n || placedRegion === region)).length);

  // The region rule (§2.1).
  const regionAvailable = requestedRegion === 0n ? 0n : unionSize(requestedRegion) - excludedIn(requestedRegion);
  const globalAvailable = unionSize(0n) - excludedIn(0n);
  const { region, enough } = applyDrawFallback({ requestedRegion, count, minRegionWitnesses, regionAvailable, globalAvailable });
  const available = region === 0n ? globalAvailable : regionAvailable;
  const eligible = unionSize(region);
  checks.push({ name: 'region', ok: region === expected.region, expected: expected.region, actual: region });
  checks.push({ name: 'eligible', ok: eligible === expected.eligible, expected: expected.eligible, actual: eligible });
  checks.push({ name: 'available', ok: enough, expected: count, actual: available });

  // The picks over the union: index i of the concatenation is slot i − (sizes of the tiers before) of its tier.
  const sizes = sizesOf.get(region)!.map(Number);
  const locate = (index: number): [tier: number, slot: number] => {
    let k = 0;
    while (index >= sizes[k]!) index -= sizes[k++]!;
    return [firstTier + k, index];
  };
  let reads = 0;
  const slots = new Map<number, Address>();
  /** Reads union slots at the snapshot, all at once. */
  const readSlots = async (indices: readonly number[]) => {
    const missing = [...new Set(indices)].filter((i) => !slots.has(i));
    if (missing.length === 0) return;
    const members = await readAll(
      missing.map((index) => {
        const [tier, slot] = locate(index);
        return { functionName: 'eligibleAtBlock', args: [region, BigInt(tier), BigInt(slot), snapshotBlock] };
      }),
    );
    missing.forEach((index, k) => slots.set(index, members[k] as Address));
    reads += missing.length;
  };

  let witnesses: Address[] = [];
  if (enough) {
    for (;;) {
      const step = runPicks({ size: Number(eligible), seed, claimId, exclude, count: Number(count), slot: (index) => slots.get(index) });
      if (step.done) {
        witnesses = step.witnesses;
        break;
      }
      await readSlots(step.need);
    }
  }
  const sameWitnesses = witnesses.length === expected.witnesses.length && witnesses.every((w, i) => lower(w) === lower(expected.witnesses[i] ?? ''));
  checks.push({ name: 'witnesses', ok: sameWitnesses, expected: expected.witnesses, actual: witnesses });
  return { ok: checks.every((c) => c.ok), checks, seed, firstTier: BigInt(firstTier), region, eligible, witnesses, reads };
}
