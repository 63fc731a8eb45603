import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link expireClaim}. */
export type ExpireClaimParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined };
export type ExpireClaimReturnType = WriteResult;

/**
 * Anyone closes a claim whose review, draw or arbitration deadline passed.
 * @example
 * await expireClaim(anyClient, { claims, claimId })
 */
export async function expireClaim(client: LashouClient, parameters: ExpireClaimParameters): Promise<ExpireClaimReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  return claimsWrite(client, { claims: parameters.claims, functionName: 'expireClaim', args: [claimId], account: parameters.account });
}
