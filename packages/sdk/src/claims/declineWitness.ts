import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link declineWitness}. */
export type DeclineWitnessParameters = { claims: Address; claimId: bigint; slot: number; account?: Account | Address | undefined };
export type DeclineWitnessReturnType = WriteResult;

/**
 * A drawn witness declines (its stake is unlocked, the slot is redrawn).
 * @example
 * await declineWitness(witnessClient, { claims, claimId, slot: 1 })
 */
export async function declineWitness(client: LashouClient, parameters: DeclineWitnessParameters): Promise<DeclineWitnessReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  return claimsWrite(client, { claims: parameters.claims, functionName: 'declineWitness', args: [claimId, BigInt(parameters.slot)], account: parameters.account });
}
