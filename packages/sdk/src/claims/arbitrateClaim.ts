import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link arbitrateClaim}. */
export type ArbitrateClaimParameters = { claims: Address; claimId: bigint; /** true: the rejecting witness is right, the claim is rejected; false: overrule and redraw. */ uphold: boolean; account?: Account | Address | undefined };
export type ArbitrateClaimReturnType = WriteResult;

/**
 * The operator arbitrates a witness rejection (OPERATOR_ROLE).
 * @example
 * await arbitrateClaim(operatorClient, { claims, claimId, uphold: false })
 */
export async function arbitrateClaim(client: LashouClient, parameters: ArbitrateClaimParameters): Promise<ArbitrateClaimReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  return claimsWrite(client, { claims: parameters.claims, functionName: 'arbitrate', args: [claimId, parameters.uphold], account: parameters.account });
}
