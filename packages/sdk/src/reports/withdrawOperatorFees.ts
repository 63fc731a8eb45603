import { fraudReportsAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link withdrawOperatorFees}. */
export type WithdrawOperatorFeesParameters = {
  reports: Address;
  /** Tokens, in base units. */
  amount: bigint;
  account?: Account | Address | undefined;
  /** Not accepted: the fees go to the calling operator (send them on from there). */
  to?: never;
};
/** The transaction, and who received how much (from `OperatorFeesWithdrawn`: always the caller). */
export type WithdrawOperatorFeesReturnType = WriteResult & { to: Address; amount: bigint };

/**
 * An operator withdraws investigation fees (bonds of dismissed reports) to its own address: the contract pays the
 * caller, never another address.
 * @example
 * const { to, amount } = await withdrawOperatorFees(operatorClient, { reports, amount: 100_000_000n })
 */
export async function withdrawOperatorFees(client: LashouClient, parameters: WithdrawOperatorFeesParameters): Promise<WithdrawOperatorFeesReturnType> {
  if ((parameters as { to?: unknown }).to !== undefined) {
    throw new InvalidInputError(
      'withdrawOperatorFees takes no `to`: the fees go to the operator that withdraws them (its own address); send them on from there',
      { code: 'recipient.fixed', params: { action: 'withdrawOperatorFees', parameter: 'to' } },
    );
  }
  const { reports, amount } = parameters;
  if (amount <= 0n) throw new InvalidInputError('the amount must be positive', { code: 'amount.notPositive' });
  const account = resolveAccount(client, parameters.account);
  const token = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'token' }));
  const result = await sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'withdrawOperatorFees', args: [amount], account, token });
  const [event] = parseEventLogs({ abi: fraudReportsAbi, logs: result.receipt.logs, eventName: 'OperatorFeesWithdrawn' });
  return { ...result, to: event?.args.to ?? accountAddress(account), amount: event?.args.amount ?? amount };
}
