import { witnessRegistryAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { multicall, readContract } from 'viem/actions';
import { read } from '../claims/internal.js';
import type { LashouClient } from '../internal/client.js';
import { applyDrawFallback } from './applyDrawFallback.js';
import { checkDrawSize, distinctExcluded, lower, runPicks } from './drawCore.js';
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
  /** What the chain logged (`WitnessesDrawn`), to check. */
  expected: { seed: bigint; region: bigint; eligible: bigint; witnesses: readonly Address[] };
};

/** The names of {@link verifyDraw}'s checks. */
export type VerifyDrawCheckName = 'seed' | 'region' | 'eligible' | 'available' | 'witnesses';

/**
 * One check: what the chain logged (`expected`) against what the rules give (`actual`). For `available`,
 * `expected` is `count` and `actual` the witnesses outside the exclusions in the array drawn from (at least that
 * many when the array's size alone shows there are enough).
 */
export type VerifyDrawCheck = { name: VerifyDrawCheckName; ok: boolean; expected: bigint | readonly Address[]; actual: bigint | readonly Address[] };

/** The verdict, the recomputed draw, and how many array slots were read. */
export type VerifyDrawReturnType = {
  /** Every check passed. */
  ok: boolean;
  /** `seed` (from value, claimId, drawNumber), `region` (§2.1), `eligible` (the array's size), `available` (enough
   *  witnesses outside the exclusions), `witnesses` (§2.2, in order). */
  checks: VerifyDrawCheck[];
  seed: bigint;
  region: bigint;
  eligible: bigint;
  witnesses: Address[];
  /** Array slots read from the registry's history (sizes not counted). */
  reads: number;
};

/**
 * Verifies a witness draw against the rules, in the browser or anywhere: recomputes the seed from the
 * randomness (docs/witness-draw.md §6), reads the eligible arrays as they stood at `snapshotBlock` from the
 * registry's history views (`eligibleCountAt`, `eligibleAtBlock`), applies the fallback rule (§2.1) and the
 * picking (§2.2), and compares each result with what the chain logged. Only the slots the rules look at are read:
 * the proposals of the picks (one batch when none is rejected), and the whole of an array only when its size
 * leaves the fallback rule undecided (then it has fewer than `count + exclude.length` members). Reads of one
 * round go out together (one multicall when the chain has multicall3).
 * @example
 * const { ok, checks } = await verifyDraw(publicClient, {
 *   registry, claimId, drawNumber: 1n, value, requestedRegion, exclude, count, snapshotBlock,
 *   expected: { seed, region, eligible, witnesses },
 * })
 * if (!ok) console.log(checks.filter((c) => !c.ok))
 */
export async function verifyDraw(client: LashouClient, parameters: VerifyDrawParameters): Promise<VerifyDrawReturnType> {
  const { registry, claimId, drawNumber, value, requestedRegion, exclude, count, snapshotBlock, expected } = parameters;
  // A draw of 0 or of more than 16, or with more than 32 exclusions, never happened: the registry refuses it.
  // (The reads below also rely on these bounds: an undecided array has fewer than count + exclude.length members.)
  checkDrawSize(count, exclude);
  const checks: VerifyDrawCheck[] = [];
  const seed = drawSeed({ value, claimId, drawNumber });
  checks.push({ name: 'seed', ok: seed === expected.seed, expected: expected.seed, actual: seed });

  let reads = 0;
  const cache = new Map<bigint, Map<number, Address>>();
  const slotsOf = (region: bigint) => {
    let slots = cache.get(region);
    if (!slots) cache.set(region, (slots = new Map()));
    return slots;
  };
  /** Reads slots of one array at the snapshot, all at once. */
  const readSlots = async (region: bigint, indices: readonly number[]) => {
    const slots = slotsOf(region);
    const missing = [...new Set(indices)].filter((i) => !slots.has(i));
    if (missing.length === 0) return;
    const calls = missing.map((index) => ({ address: registry, abi: witnessRegistryAbi, functionName: 'eligibleAtBlock', args: [region, BigInt(index), snapshotBlock] }) as const);
    const values = await read(client, () =>
      client.chain?.contracts?.multicall3
        ? multicall(client, { contracts: calls, allowFailure: false })
        : Promise.all(calls.map((call) => readContract(client, call))),
    );
    missing.forEach((index, k) => slots.set(index, values[k] as Address));
    reads += missing.length;
  };
  const sizeAt = (region: bigint) => read(client, () => readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'eligibleCountAt', args: [region, snapshotBlock] }));
  /** available(S, exclude), read exactly only when the size alone cannot decide `≥ count`. */
  const availableIn = async (region: bigint, size: bigint) => {
    const distinct = distinctExcluded(exclude);
    if (size - BigInt(distinct.size) >= count || size < count) return size < count ? size : size - BigInt(distinct.size);
    // Undecided: size < count + |exclude| ≤ 48, so read the whole array and count the excluded members in it.
    await readSlots(region, Array.from({ length: Number(size) }, (_, i) => i));
    const members = [...slotsOf(region).values()].map(lower);
    return size - BigInt(members.filter((m) => distinct.has(m)).length);
  };

  const [regionSize, globalSize] = await Promise.all([requestedRegion === 0n ? Promise.resolve(0n) : sizeAt(requestedRegion), sizeAt(0n)]);
  const regionAvailable = requestedRegion === 0n ? 0n : await availableIn(requestedRegion, regionSize);
  // G's availability matters only after a fallback: ask the rule with G's size first, read G only if it falls back.
  let globalAvailable = globalSize;
  let choice = applyDrawFallback({ requestedRegion, count, regionAvailable, globalAvailable });
  if (choice.region === 0n) {
    globalAvailable = await availableIn(0n, globalSize);
    choice = applyDrawFallback({ requestedRegion, count, regionAvailable, globalAvailable });
  }
  const region = choice.region;
  const eligible = region === 0n ? globalSize : regionSize;
  checks.push({ name: 'region', ok: region === expected.region, expected: expected.region, actual: region });
  checks.push({ name: 'eligible', ok: eligible === expected.eligible, expected: expected.eligible, actual: eligible });
  const available = region === 0n ? globalAvailable : regionAvailable;
  checks.push({ name: 'available', ok: choice.enough, expected: count, actual: available });

  let witnesses: Address[] = [];
  if (choice.enough) {
    const slots = slotsOf(region);
    for (;;) {
      const step = runPicks({ size: Number(eligible), seed, claimId, exclude, count: Number(count), slot: (index) => slots.get(index) });
      if (step.done) {
        witnesses = step.witnesses;
        break;
      }
      await readSlots(region, step.need);
    }
  }
  const sameWitnesses = witnesses.length === expected.witnesses.length && witnesses.every((w, i) => lower(w) === lower(expected.witnesses[i] ?? ''));
  checks.push({ name: 'witnesses', ok: sameWitnesses, expected: expected.witnesses, actual: witnesses });
  return { ok: checks.every((c) => c.ok), checks, seed, region, eligible, witnesses, reads };
}
