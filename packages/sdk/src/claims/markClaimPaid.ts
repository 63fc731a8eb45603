import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link markClaimPaid}. */
export type MarkClaimPaidParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined };
export type MarkClaimPaidReturnType = WriteResult;

/**
 * Anyone marks an approved claim Paid once its epoch settled (opens the fraud-report window).
 * @example
 * await markClaimPaid(anyClient, { claims, claimId })
 */
export async function markClaimPaid(client: LashouClient, parameters: MarkClaimPaidParameters): Promise<MarkClaimPaidReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  return claimsWrite(client, { claims: parameters.claims, functionName: 'markPaid', args: [claimId], account: parameters.account });
}
