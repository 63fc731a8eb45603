import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link approveClaim}. */
export type ApproveClaimParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined };
export type ApproveClaimReturnType = WriteResult;

/**
 * Anyone moves an announced claim to Approved after the announcement window (its payments are queued for the epoch).
 * @example
 * await approveClaim(anyClient, { claims, claimId })
 */
export async function approveClaim(client: LashouClient, parameters: ApproveClaimParameters): Promise<ApproveClaimReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  return claimsWrite(client, { claims: parameters.claims, functionName: 'approveClaim', args: [claimId], account: parameters.account });
}
