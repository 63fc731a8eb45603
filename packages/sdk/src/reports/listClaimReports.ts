import { fraudReportsAbi } from '@lashou/abi';
import type { Address, BlockNumber } from 'viem';
import { getContractEvents } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { read } from '../claims/internal.js';
import { getReport, type GetReportReturnType } from './getReport.js';

/** Parameters of {@link listClaimReports}. */
export type ListClaimReportsParameters = {
  reports: Address;
  claimId: bigint;
  /** First block to search (default 0; `deployment.blockNumber` is always safe). */
  fromBlock?: BlockNumber | undefined;
};

/**
 * Every fraud report filed on a claim (from its `FraudReported` events), oldest first, as `getReport` reads each now.
 * @example
 * const open = (await listClaimReports(publicClient, { reports, claimId })).filter((r) => r.outcome === 'Open')
 */
export async function listClaimReports(client: LashouClient, parameters: ListClaimReportsParameters): Promise<GetReportReturnType[]> {
  const { reports, claimId } = parameters;
  const logs = await read(client, () =>
    getContractEvents(client, { address: reports, abi: fraudReportsAbi, eventName: 'FraudReported', args: { claimId }, fromBlock: parameters.fromBlock ?? 0n, toBlock: 'latest' }),
  );
  const ids = [...new Set(logs.map((log) => log.args.reportId).filter((id): id is bigint => id !== undefined))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(ids.map((reportId) => getReport(client, { reports, reportId })));
}
