import { fraudReportsAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { REPORT_OUTCOMES } from '../errors/contractErrors.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { poolOf, read } from '../claims/internal.js';

/** Parameters of {@link resolveReport}. */
export type ResolveReportParameters = { reports: Address; reportId: bigint; /** true: fraud confirmed (witnesses slashed, claimant expelled). */ confirmed: boolean; account?: Account | Address | undefined };
/** The outcome and the money it moved (token units). */
export type ResolveReportReturnType = WriteResult & { outcome: (typeof REPORT_OUTCOMES)[number]; bondReturned: bigint; reward: bigint; slashed: bigint; creditedToMembers: bigint; fee: bigint };

/**
 * The operator resolves a fraud report within its deadline (OPERATOR_ROLE of FraudReports).
 * @example
 * await resolveReport(operatorClient, { reports, reportId, confirmed: true })
 */
export async function resolveReport(client: LashouClient, parameters: ResolveReportParameters): Promise<ResolveReportReturnType> {
  const { reports, reportId, confirmed, account } = parameters;
  if (reportId <= 0n) throw new InvalidInputError(`report id ${reportId} is not valid: report ids start at 1`, { code: 'report.idInvalid', params: { reportId } });
  const claims = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'claims' }));
  const pool = await poolOf(client, claims);
  const result = await sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'resolveReport', args: [reportId, confirmed], account, pool });
  const [e] = parseEventLogs({ abi: fraudReportsAbi, logs: result.receipt.logs, eventName: 'ReportResolved' });
  if (!e) throw new InvalidInputError(`transaction ${result.hash} emitted no ReportResolved event`, { code: 'transaction.noEvent', params: { hash: result.hash, event: 'ReportResolved' } });
  return { ...result, outcome: REPORT_OUTCOMES[e.args.outcome] ?? 'Open', bondReturned: e.args.bondReturned, reward: e.args.reward, slashed: e.args.slashed, creditedToMembers: e.args.creditedToMembers, fee: e.args.fee };
}
