import { claimsManagerAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { getClaim, type GetClaimReturnType } from './getClaim.js';
import { read } from './internal.js';

/** Parameters of {@link listClaims}: ids `from`…`to` inclusive (default: all). */
export type ListClaimsParameters = { claims: Address; from?: bigint | undefined; to?: bigint | undefined };
export type ListClaimsReturnType = { claimCount: bigint; claims: GetClaimReturnType[] };

/**
 * Lists claims by id range (reads each; for many claims use the indexer).
 * @example
 * const { claims: list } = await listClaims(publicClient, { claims, from: 1n, to: 20n })
 */
export async function listClaims(client: LashouClient, parameters: ListClaimsParameters): Promise<ListClaimsReturnType> {
  const claimCount = await read(client, () => readContract(client, { address: parameters.claims, abi: claimsManagerAbi, functionName: 'claimCount' }));
  const from = parameters.from ?? 1n;
  const to = parameters.to === undefined || parameters.to > claimCount ? claimCount : parameters.to;
  const ids: bigint[] = [];
  for (let id = from < 1n ? 1n : from; id <= to; id++) ids.push(id);
  const list = await Promise.all(ids.map((claimId) => getClaim(client, { claims: parameters.claims, claimId })));
  return { claimCount, claims: list };
}
