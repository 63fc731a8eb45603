import { fraudReportsAbi } from '@lashou/abi';
import { type Account, type Address, isAddress, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link claimReportRefund}. */
export type ClaimReportRefundParameters = { reports: Address; to: Address; account?: Account | Address | undefined };
/** The transaction, and the amount it sent (from its `RefundClaimed` event). */
export type ClaimReportRefundReturnType = WriteResult & { amount: bigint };

/**
 * A reporter collects bonds and rewards whose transfer failed when the report was closed (e.g. while the address
 * was blocked by the stablecoin), to any address.
 * @example
 * await claimReportRefund(reporterClient, { reports, to: reporterClient.account.address })
 */
export async function claimReportRefund(client: LashouClient, parameters: ClaimReportRefundParameters): Promise<ClaimReportRefundReturnType> {
  const { reports, to, account } = parameters;
  if (!isAddress(to)) throw new InvalidInputError(`${to} is not an address: give the 0x… address that should receive the refund`, { code: 'address.invalid', params: { name: 'to', value: to } });
  const token = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'token' }));
  const result = await sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'claimRefund', args: [to], account, token });
  const [event] = parseEventLogs({ abi: fraudReportsAbi, logs: result.receipt.logs, eventName: 'RefundClaimed' });
  return { ...result, amount: event?.args.amount ?? 0n };
}
