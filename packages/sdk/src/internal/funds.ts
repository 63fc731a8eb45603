import { testStablecoinAbi, mutualPoolAbi } from '@lashou/abi';
import type { Account, Address } from 'viem';
import { readContract, simulateContract } from 'viem/actions';
import { formatAmount } from '../amounts/formatAmount.js';
import { LashouContractError } from '../errors/contractErrors.js';
import { InvalidInputError } from '../errors/LashouError.js';
import { getTokenInfo } from '../actions/getTokenInfo.js';
import { type LashouClient, accountAddress } from './client.js';
import { explain, sendContractWrite, type WriteResult } from './write.js';

/** Refuses early, with the amounts, when `owner` holds less than `amount`. */
export async function requireTokenBalance(client: LashouClient, token: Address, owner: Address, amount: bigint) {
  if (amount <= 0n) throw new InvalidInputError('the amount must be positive');
  const [balance, { decimals, symbol }] = await Promise.all([
    readContract(client, { address: token, abi: testStablecoinAbi, functionName: 'balanceOf', args: [owner] }),
    getTokenInfo(client, { token }),
  ]).catch(async (error: unknown) => {
    throw await explain(client, error, { token });
  });
  if (balance < amount) {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    throw new InvalidInputError(`${owner} holds ${fmt(balance)} but ${fmt(amount)} is needed: get at least ${fmt(amount - balance)} more (lashou token faucet on test chains)`);
  }
}

/**
 * Approves the pool for `amount` when the allowance is short, after checking that the pool call itself would
 * not fail for another reason (so no approval is spent on a call that cannot succeed).
 */
export async function approveIfNeeded(
  client: LashouClient,
  args: { token: Address; pool: Address; account: Account | Address; amount: bigint; poolCall: { functionName: string; args: readonly unknown[] } },
): Promise<WriteResult | undefined> {
  const owner = accountAddress(args.account);
  const allowance = await readContract(client, { address: args.token, abi: testStablecoinAbi, functionName: 'allowance', args: [owner, args.pool] });
  if (allowance >= args.amount) return undefined;
  try {
    await simulateContract(client, { address: args.pool, abi: mutualPoolAbi, functionName: args.poolCall.functionName, args: args.poolCall.args, account: args.account } as never);
  } catch (error) {
    const explained = await explain(client, error, { token: args.token });
    if (!(explained instanceof LashouContractError && explained.errorName === 'ERC20InsufficientAllowance')) throw explained;
  }
  return sendContractWrite(client, {
    address: args.token, abi: testStablecoinAbi, functionName: 'approve', args: [args.pool, args.amount], account: args.account, token: args.token,
  });
}
