import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link replaceWitness}. */
export type ReplaceWitnessParameters = { claims: Address; claimId: bigint; slot: number; account?: Account | Address | undefined };
export type ReplaceWitnessReturnType = WriteResult;

/**
 * Anyone replaces a witness that missed its deadline (a no-show slice of its stake is credited to members).
 * @example
 * await replaceWitness(anyClient, { claims, claimId, slot: 2 })
 */
export async function replaceWitness(client: LashouClient, parameters: ReplaceWitnessParameters): Promise<ReplaceWitnessReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  return claimsWrite(client, { claims: parameters.claims, functionName: 'replaceWitness', args: [claimId, BigInt(parameters.slot)], account: parameters.account });
}
