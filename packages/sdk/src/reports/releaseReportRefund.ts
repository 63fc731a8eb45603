import { fraudReportsAbi } from '@lashou/abi';
import { type Account, type Address, getAddress, isAddress, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link releaseReportRefund}. */
export type ReleaseReportRefundParameters = {
  reports: Address;
  /** Whose kept bonds and rewards to release (default: the sending account). Anyone may: they go to the reporter only. */
  reporter?: Address | undefined;
  account?: Account | Address | undefined;
  /** Not accepted: a refund goes to its reporter only (`claimReportRefund(to)` sent it anywhere). */
  to?: never;
};
/** The transaction, the reporter and the amount it received (from its `RefundClaimed` event). */
export type ReleaseReportRefundReturnType = WriteResult & { reporter: Address; amount: bigint };

/**
 * Sends `reporter` the bonds and rewards the reports module kept for it (`unclaimedRefundOf`): their transfer failed
 * when a report was closed (the token was paused, the reporter blacklisted), or the slashed stake they come from had
 * not arrived yet. Anyone may send it; the tokens go to the reporter only. Refused with `ReportsNothingOwed` when
 * nothing is kept, and with the token's refusal (`token.paused`, `token.blacklisted`) while the token will not move
 * them: try again once it does.
 * @example
 * await releaseReportRefund(reporterClient, { reports })                       // your own
 * await releaseReportRefund(keeperClient, { reports, reporter: '0x…' })        // someone else's, to them
 */
export async function releaseReportRefund(client: LashouClient, parameters: ReleaseReportRefundParameters): Promise<ReleaseReportRefundReturnType> {
  if ((parameters as { to?: unknown }).to !== undefined) {
    throw new InvalidInputError(
      'releaseReportRefund takes no `to`: a refund goes only to its reporter (money owed to an address never leaves for another one, which could carry funds past the token\'s blacklist); pass `reporter`, and the reporter receives it once the token lets it move',
      { code: 'recipient.fixed', params: { action: 'releaseReportRefund', parameter: 'to' } },
    );
  }
  const { reports } = parameters;
  const account = resolveAccount(client, parameters.account);
  const given = parameters.reporter;
  if (given !== undefined && !isAddress(given, { strict: false })) {
    throw new InvalidInputError(`reporter ${given} is not an address: give the 0x… address of the reporter the refund is kept for`, { code: 'address.invalid', params: { name: 'reporter', value: given } });
  }
  const reporter = given !== undefined ? getAddress(given) : accountAddress(account);
  const token = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'token' }));
  const result = await sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'releaseRefund', args: [reporter], account, token });
  const [event] = parseEventLogs({ abi: fraudReportsAbi, logs: result.receipt.logs, eventName: 'RefundClaimed' });
  return { ...result, reporter, amount: event?.args.amount ?? 0n };
}
