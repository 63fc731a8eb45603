import { fraudReportsAbi, mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link creditPendingReport}. */
export type CreditPendingReportParameters = { reports: Address; reportId: bigint; account?: Account | Address | undefined };
/** The transaction and the credit it made (from the pool's `MembersCredited`). */
export type CreditPendingReportReturnType = WriteResult & { amount: bigint; perMember: bigint; members: bigint };

/**
 * Credits the members with what a report's resolution decided but could not credit at once
 * (`FraudReports.pendingCredit(reportId)`, announced by `CreditDeferred`): a confirmed fraud's slashed stake, or a
 * dismissed bond credited to the members, while the token was paused. Fetches the slashed stake from the registry
 * first if it is still owed there. Anyone may send it once the token moves; refused with `ReportsNoPendingCredit`
 * when nothing waits, and with the token's refusal while it still will not move.
 * @example
 * const { amount } = await creditPendingReport(anyClient, { reports, reportId: 2n })
 */
export async function creditPendingReport(client: LashouClient, parameters: CreditPendingReportParameters): Promise<CreditPendingReportReturnType> {
  const { reports, reportId, account } = parameters;
  if (reportId <= 0n) throw new InvalidInputError(`report id ${reportId} is not valid: report ids start at 1`, { code: 'report.idInvalid', params: { reportId } });
  const token = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'token' }));
  const result = await sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'creditPending', args: [reportId], account, token });
  const [credited] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MembersCredited' });
  return { ...result, amount: credited?.args.amount ?? 0n, perMember: credited?.args.perMember ?? 0n, members: credited?.args.members ?? 0n };
}
