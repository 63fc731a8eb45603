import { witnessRegistryAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { getBlock, readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { read } from '../claims/internal.js';

/** `WitnessRegistry.TIERS`: stake tiers; tier `t` holds stakes from `minimumStake << t`. */
export const WITNESS_TIERS = 8;

/** Parameters of {@link getWitness}. */
export type GetWitnessParameters = { registry: Address; witness: Address };
/**
 * A witness's registration: stake (token units), locked part, region, whether it can be drawn now, its unstake time
 * (0: none), and its seasoning — when it ends, whether it has, and whether it waits for `activate`.
 */
export type GetWitnessReturnType = {
  witness: Address;
  registered: boolean;
  stake: bigint;
  locked: bigint;
  region: number;
  /** In the draw arrays now (registered, seasoned and activated, not unstaking, stake at least the minimum). */
  eligible: boolean;
  unstakeAvailableAt: bigint;
  /** When its seasoning ends (unix seconds; 0 if not registered). */
  seasonedAt: bigint;
  /** Whether the seasoning period is over (by the latest block's time). */
  seasoned: boolean;
  /** Seasoned, not in the draw, not unstaking, with at least the minimum stake: `activate` puts it in (anyone may call it). */
  awaitingActivation: boolean;
  /** The stake tier its stake gives (the largest `t < 8` with `stake ≥ minimumStake << t`; the tier of its draw arrays
   *  while eligible), undefined below the minimum. */
  tier: number | undefined;
  /** The registry's minimum stake (tier 0's floor). */
  minimumStake: bigint;
};

/** The largest `t < 8` with `stake ≥ minimumStake << t` (`WitnessRegistry._tierOf`), undefined below the minimum. */
export function stakeTier(stake: bigint, minimumStake: bigint): number | undefined {
  if (minimumStake <= 0n || stake < minimumStake) return undefined;
  let tier = 0;
  while (tier + 1 < WITNESS_TIERS && stake >= minimumStake << BigInt(tier + 1)) tier++;
  return tier;
}

/**
 * Reads a witness's registration, stake tier and seasoning.
 * @example
 * const { stake, eligible, seasonedAt, awaitingActivation } = await getWitness(publicClient, { registry, witness })
 */
export async function getWitness(client: LashouClient, parameters: GetWitnessParameters): Promise<GetWitnessReturnType> {
  const { registry, witness } = parameters;
  const [[stake, locked, region, eligible, unstakeAvailableAt], seasonedAt, minimumStake, block] = await read(client, () =>
    Promise.all([
      readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'witnessInfo', args: [witness] }),
      readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'seasonedAt', args: [witness] }),
      readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'minimumStake' }),
      getBlock(client, { blockTag: 'latest' }),
    ]),
  );
  const registered = region !== 0n;
  const seasoned = registered && block.timestamp >= seasonedAt;
  const tier = stakeTier(stake, minimumStake);
  return {
    witness, registered, stake, locked, region: Number(region), eligible, unstakeAvailableAt, seasonedAt, seasoned,
    awaitingActivation: seasoned && !eligible && unstakeAvailableAt === 0n && tier !== undefined,
    tier, minimumStake,
  };
}
