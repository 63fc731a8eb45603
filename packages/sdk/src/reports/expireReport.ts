import { fraudReportsAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { REPORT_OUTCOMES } from '../errors/contractErrors.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link expireReport}. */
export type ExpireReportParameters = { reports: Address; reportId: bigint; account?: Account | Address | undefined };
/** The outcome (`Expired`) and the bond sent back to the reporter (token units). */
export type ExpireReportReturnType = WriteResult & { outcome: (typeof REPORT_OUTCOMES)[number]; bondReturned: bigint };

/**
 * Anyone closes a report the operator left unanswered past its investigation deadline: the bond goes back to
 * the reporter and the claim goes on.
 * @example
 * await expireReport(anyClient, { reports, reportId: 2n })
 */
export async function expireReport(client: LashouClient, parameters: ExpireReportParameters): Promise<ExpireReportReturnType> {
  const { reports, reportId, account } = parameters;
  if (reportId <= 0n) throw new InvalidInputError(`report id ${reportId} is not valid: report ids start at 1`, { code: 'report.idInvalid', params: { reportId } });
  const token = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'token' }));
  const result = await sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'expireReport', args: [reportId], account, token });
  const [e] = parseEventLogs({ abi: fraudReportsAbi, logs: result.receipt.logs, eventName: 'ReportResolved' });
  if (!e) throw new InvalidInputError(`transaction ${result.hash} emitted no ReportResolved event`, { code: 'transaction.noEvent', params: { hash: result.hash, event: 'ReportResolved' } });
  return { ...result, outcome: REPORT_OUTCOMES[e.args.outcome] ?? 'Open', bondReturned: e.args.bondReturned };
}
