import { claimsManagerAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { read } from './internal.js';

/** Parameters of {@link getClaimCount}. */
export type GetClaimCountParameters = { claims: Address };

/**
 * How many claims were filed: claim ids run from 1 to this (0 when none yet).
 * @example
 * const last = await getClaimCount(publicClient, { claims })
 */
export async function getClaimCount(client: LashouClient, parameters: GetClaimCountParameters): Promise<bigint> {
  return read(client, () => readContract(client, { address: parameters.claims, abi: claimsManagerAbi, functionName: 'claimCount' }));
}
