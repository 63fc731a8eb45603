import type { Account, Address, Hash } from 'viem';
import { readContract, simulateContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { explain, sendContractWrite, type WriteResult } from '../internal/write.js';
import { erc20Abi } from './tokenAbis.js';

/** Parameters of {@link approveToken}. */
export type ApproveTokenParameters = {
  token: Address;
  spender: Address;
  /** The allowance to set, in token units. */
  amount: bigint;
  /** The allowance now, when the caller has just read it (saves a read). */
  currentAllowance?: bigint | undefined;
  account?: Account | Address | undefined;
};

/** The approval, and the approval to zero sent before it when the token demanded one (USDT). */
export type ApproveTokenReturnType = WriteResult & { resetHash: Hash | undefined };

/**
 * Sets `spender`'s allowance to `amount`, by the token's own rules: tokens like USDT refuse to change a non-zero
 * allowance to another non-zero one, so when the allowance is non-zero and the token refuses the change (its
 * simulation fails), the allowance is first set to zero, then to `amount`. Works with tokens whose `approve` returns
 * nothing (USDT): no return value is read.
 * @example
 * const { hash, resetHash } = await approveToken(walletClient, { token, spender: pool, amount: 50_000_000n })
 */
export async function approveToken(client: LashouClient, parameters: ApproveTokenParameters): Promise<ApproveTokenReturnType> {
  const { token, spender, amount } = parameters;
  if (amount < 0n) throw new InvalidInputError('the amount must be positive', { code: 'amount.notPositive' });
  const account = resolveAccount(client, parameters.account);
  const owner = accountAddress(account);
  const approve = (value: bigint) =>
    sendContractWrite(client, { address: token, abi: erc20Abi, functionName: 'approve', args: [spender, value], account, token });
  let current = parameters.currentAllowance;
  if (current === undefined) {
    try {
      current = await readContract(client, { address: token, abi: erc20Abi, functionName: 'allowance', args: [owner, spender] });
    } catch (error) {
      throw await explain(client, error, { token, account });
    }
  }
  let reset: WriteResult | undefined;
  if (current !== 0n && amount !== 0n && current !== amount) {
    try {
      await simulateContract(client, { address: token, abi: erc20Abi, functionName: 'approve', args: [spender, amount], account });
    } catch {
      // A token that only changes a non-zero allowance through zero (USDT). If the refusal had another cause (the
      // token is paused), the approval to zero is refused too and that refusal is explained.
      reset = await approve(0n);
    }
  }
  const result = await approve(amount);
  return { ...result, resetHash: reset?.hash };
}
