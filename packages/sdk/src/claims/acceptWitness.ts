import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link acceptWitness}. */
export type AcceptWitnessParameters = { claims: Address; claimId: bigint; /** The witness slot (0–2) this account was drawn into. */ slot: number; account?: Account | Address | undefined };
export type AcceptWitnessReturnType = WriteResult;

/**
 * A drawn witness accepts the visit before the accept deadline (its stake stays locked).
 * @example
 * await acceptWitness(witnessClient, { claims, claimId, slot: 0 })
 */
export async function acceptWitness(client: LashouClient, parameters: AcceptWitnessParameters): Promise<AcceptWitnessReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  return claimsWrite(client, { claims: parameters.claims, functionName: 'acceptWitness', args: [claimId, BigInt(parameters.slot)], account: parameters.account });
}
