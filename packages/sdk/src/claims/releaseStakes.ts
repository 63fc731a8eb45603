import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link releaseStakes}. */
export type ReleaseStakesParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined };
export type ReleaseStakesReturnType = WriteResult;

/**
 * Anyone releases the witnesses stakes of a paid claim after the fraud-report window.
 * @example
 * await releaseStakes(anyClient, { claims, claimId })
 */
export async function releaseStakes(client: LashouClient, parameters: ReleaseStakesParameters): Promise<ReleaseStakesReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  return claimsWrite(client, { claims: parameters.claims, functionName: 'releaseStakes', args: [claimId], account: parameters.account });
}
