import { witnessRegistryAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link getWitness}. */
export type GetWitnessParameters = { registry: Address; witness: Address };
/** A witness's stake (token units), locked part, region, whether it can be drawn, and its unstake time (0: none). */
export type GetWitnessReturnType = { witness: Address; registered: boolean; stake: bigint; locked: bigint; region: number; eligible: boolean; unstakeAvailableAt: bigint };

/**
 * Reads a witness's registration.
 * @example
 * const { stake, eligible } = await getWitness(publicClient, { registry, witness })
 */
export async function getWitness(client: LashouClient, parameters: GetWitnessParameters): Promise<GetWitnessReturnType> {
  const [stake, locked, region, eligible, unstakeAvailableAt] = await read(client, () =>
    readContract(client, { address: parameters.registry, abi: witnessRegistryAbi, functionName: 'witnessInfo', args: [parameters.witness] }),
  );
  return { witness: parameters.witness, registered: region !== 0n, stake, locked, region: Number(region), eligible, unstakeAvailableAt };
}
