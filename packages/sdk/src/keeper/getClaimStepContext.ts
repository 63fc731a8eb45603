import { claimParametersAbi, claimsManagerAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { getBlock, readContract } from 'viem/actions';
import { read } from '../claims/internal.js';
import type { LashouClient } from '../internal/client.js';

/** Parameters of {@link getClaimStepContext}. */
export type GetClaimStepContextParameters = { claims: Address };
/** The chain's clock and what every claim's next step depends on besides the claim itself, read at one block. */
export type GetClaimStepContextReturnType = {
  blockNumber: bigint;
  /** The block's timestamp (unix seconds): `nextClaimStep`'s `now`. */
  now: bigint;
  /** When the run-off honour period ends (2^256 − 1 when no run-off has started). */
  honourUntil: bigint;
  /** The randomness source, for `getClaimRandomness`. */
  randomnessSource: Address;
};

/**
 * The latest block and what `nextClaimStep` needs besides each claim (the run-off's end, the randomness source), read
 * at that block: one read for any number of claims.
 * @example
 * const { now, blockNumber, honourUntil } = await getClaimStepContext(client, { claims })
 */
export async function getClaimStepContext(client: LashouClient, parameters: GetClaimStepContextParameters): Promise<GetClaimStepContextReturnType> {
  const { claims } = parameters;
  const block = await read(client, () => getBlock(client, { blockTag: 'latest' }));
  const at = { blockNumber: block.number };
  const [claimParameters, randomnessSource] = await read(client, () =>
    Promise.all([
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'parameters', ...at }),
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'randomnessSource', ...at }),
    ]),
  );
  const honourUntil = await read(client, () => readContract(client, { address: claimParameters, abi: claimParametersAbi, functionName: 'honourUntil', ...at }));
  return { blockNumber: block.number, now: block.timestamp, honourUntil, randomnessSource };
}
