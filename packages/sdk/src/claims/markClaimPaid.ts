import { claimsManagerAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link markClaimPaid}. */
export type MarkClaimPaidParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined };
/** The transaction, when the fraud-report window ends, and, for a claim closed paid in part, what was paid and what not (token units). */
export type MarkClaimPaidReturnType = WriteResult & { reportWindowEnds: bigint | undefined; paidInPart: { paid: bigint; shortfall: bigint } | undefined };

/**
 * Anyone marks an approved claim Paid once every payment was made at settlement, or, after its payment window,
 * closes it paid in part (the unpaid rest of the payout is cancelled and the commissions cut in proportion). Either
 * way the fraud-report window opens.
 * @example
 * const { paidInPart } = await markClaimPaid(anyClient, { claims, claimId })
 */
export async function markClaimPaid(client: LashouClient, parameters: MarkClaimPaidParameters): Promise<MarkClaimPaidReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  const result = await claimsWrite(client, { claims: parameters.claims, functionName: 'markPaid', args: [claimId], account: parameters.account });
  const logs = parseEventLogs({ abi: claimsManagerAbi, logs: result.receipt.logs });
  const paid = logs.find((l) => l.eventName === 'ClaimPaid');
  const part = logs.find((l) => l.eventName === 'ClaimPaidInPart');
  return {
    ...result,
    reportWindowEnds: paid?.eventName === 'ClaimPaid' ? paid.args.reportWindowEnds : undefined,
    paidInPart: part?.eventName === 'ClaimPaidInPart' ? { paid: part.args.paid, shortfall: part.args.shortfall } : undefined,
  };
}
