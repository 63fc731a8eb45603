import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link creditPendingNoShow}. */
export type CreditPendingNoShowParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined };
/** The transaction and the credit it made (from the pool's `MembersCredited`). */
export type CreditPendingNoShowReturnType = WriteResult & { amount: bigint; perMember: bigint; members: bigint };

/**
 * Credits the members with the no-show slashes of a claim that were decided while the token could not move
 * (`ClaimsManager.pendingCredit(claimId)`, announced by `CreditDeferred`): the replacement stood, the money waited.
 * Fetches the slashed stake from the registry first if it is still owed there. Anyone may send it once the token
 * moves; refused with `ClaimsNoPendingCredit` when nothing waits, and with the token's refusal while it still will not.
 * @example
 * const { amount, perMember } = await creditPendingNoShow(anyClient, { claims, claimId: 4n })
 */
export async function creditPendingNoShow(client: LashouClient, parameters: CreditPendingNoShowParameters): Promise<CreditPendingNoShowReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  const result = await claimsWrite(client, { claims: parameters.claims, functionName: 'creditPending', args: [claimId], account: parameters.account });
  const [credited] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MembersCredited' });
  return { ...result, amount: credited?.args.amount ?? 0n, perMember: credited?.args.perMember ?? 0n, members: credited?.args.members ?? 0n };
}
