import { claimParametersAbi, fraudReportsAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { read } from '../claims/internal.js';

/** `ClaimParameter.ReportBond`: its index in ClaimParameters. */
const REPORT_BOND = 11;

/** Parameters of {@link getReportBond}. */
export type GetReportBondParameters = { reports: Address };

/**
 * The bond a fraud report posts now (token base units), as `reportFraud` will take it: to tell the reporter before
 * asking.
 * @example
 * const bond = await getReportBond(publicClient, { reports })
 */
export async function getReportBond(client: LashouClient, parameters: GetReportBondParameters): Promise<bigint> {
  const params = await read(client, () => readContract(client, { address: parameters.reports, abi: fraudReportsAbi, functionName: 'parameters' }));
  return read(client, () => readContract(client, { address: params, abi: claimParametersAbi, functionName: 'parameter', args: [REPORT_BOND] }));
}

/** Parameters of {@link getReportRefund}. */
export type GetReportRefundParameters = { reports: Address; reporter: Address };

/**
 * Bonds and rewards kept for a reporter because their transfer failed (what `releaseReportRefund` sends to the reporter), in base units.
 * @example
 * const waiting = await getReportRefund(publicClient, { reports, reporter })
 */
export async function getReportRefund(client: LashouClient, parameters: GetReportRefundParameters): Promise<bigint> {
  return read(client, () => readContract(client, { address: parameters.reports, abi: fraudReportsAbi, functionName: 'unclaimedRefundOf', args: [parameters.reporter] }));
}
