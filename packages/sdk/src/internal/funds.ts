import { testStablecoinAbi, mutualPoolAbi } from '@lashou/abi';
import type { Account, Address } from 'viem';
import { readContract, simulateContract } from 'viem/actions';
import { formatAmount } from '../amounts/formatAmount.js';
import { LashouContractError } from '../errors/contractErrors.js';
import { InvalidInputError } from '../errors/LashouError.js';
import { getTokenInfo } from '../actions/getTokenInfo.js';
import { type LashouClient, accountAddress } from './client.js';
import { explain, sendContractWrite, type WriteResult } from './write.js';

/** Errors a pool call may show only because the tokens are not approved or held yet. */
const FUNDING_ERRORS = new Set(['ERC20InsufficientAllowance', 'ERC20InsufficientBalance']);

/**
 * Before money moves: simulates the pool call (so a pool refusal — not a member, below the minimum, … — is
 * reported first), then refuses with the amounts when `owner` holds less than `amount`, then approves the
 * pool for `amount` when the allowance is short. Returns the approval, if one was sent.
 */
export async function prepareFunding(
  client: LashouClient,
  args: { token: Address; pool: Address; account: Account | Address; amount: bigint; poolCall: { functionName: string; args: readonly unknown[] }; approve?: boolean },
): Promise<WriteResult | undefined> {
  if (args.amount <= 0n) throw new InvalidInputError('the amount must be positive', { code: 'amount.notPositive' });
  const owner = accountAddress(args.account);
  try {
    await simulateContract(client, { address: args.pool, abi: mutualPoolAbi, functionName: args.poolCall.functionName, args: args.poolCall.args, account: args.account } as never);
  } catch (error) {
    const explained = await explain(client, error, { token: args.token });
    if (!(explained instanceof LashouContractError && FUNDING_ERRORS.has(explained.errorName))) throw explained;
  }
  const [balance, allowance, { decimals, symbol }] = await Promise.all([
    readContract(client, { address: args.token, abi: testStablecoinAbi, functionName: 'balanceOf', args: [owner] }),
    readContract(client, { address: args.token, abi: testStablecoinAbi, functionName: 'allowance', args: [owner, args.pool] }),
    getTokenInfo(client, { token: args.token }),
  ]).catch(async (error: unknown) => {
    throw await explain(client, error, { token: args.token });
  });
  if (balance < args.amount) {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    throw new InvalidInputError(`${owner} holds ${fmt(balance)} but ${fmt(args.amount)} is needed: get at least ${fmt(args.amount - balance)} more (lashou token faucet on test chains)`, {
      code: 'funds.insufficientBalance',
      params: { owner, balance, needed: args.amount, decimals, symbol },
    });
  }
  if (args.approve === false || allowance >= args.amount) return undefined;
  return sendContractWrite(client, {
    address: args.token, abi: testStablecoinAbi, functionName: 'approve', args: [args.pool, args.amount], account: args.account, token: args.token,
  });
}
