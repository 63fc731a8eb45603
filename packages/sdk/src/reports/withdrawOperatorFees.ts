import { fraudReportsAbi } from '@lashou/abi';
import { type Account, type Address, isAddress } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link withdrawOperatorFees}. */
export type WithdrawOperatorFeesParameters = { reports: Address; to: Address; amount: bigint; account?: Account | Address | undefined };
export type WithdrawOperatorFeesReturnType = WriteResult;

/**
 * The operator withdraws investigation fees (bonds of dismissed reports).
 * @example
 * await withdrawOperatorFees(operatorClient, { reports, to: treasury, amount: 100_000_000n })
 */
export async function withdrawOperatorFees(client: LashouClient, parameters: WithdrawOperatorFeesParameters): Promise<WithdrawOperatorFeesReturnType> {
  const { reports, to, amount, account } = parameters;
  if (!isAddress(to)) throw new InvalidInputError(`${to} is not an address`, { code: 'address.invalid', params: { name: 'to', value: to } });
  if (amount <= 0n) throw new InvalidInputError('the amount must be positive', { code: 'amount.notPositive' });
  const token = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'token' }));
  return sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'withdrawOperatorFees', args: [to, amount], account, token });
}
