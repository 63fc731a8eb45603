import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, type Hash, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { prepareFunding } from '../internal/funds.js';
import { explain, sendContractWrite, type WriteResult } from '../internal/write.js';
import { findPositionHint } from './findPositionHint.js';

/** Parameters of {@link topUpBalance}. */
export type TopUpBalanceParameters = { pool: Address; amount: bigint; account?: Account | Address | undefined };

/** The top-up, the member's balance afterwards, and whether a lapsed member rejoined. */
export type TopUpBalanceReturnType = WriteResult & { approvalHash: Hash | undefined; balance: bigint; rejoined: boolean; coverageStart: bigint };

const ACTIVE = 1;
const LAPSED = 3;

/**
 * Adds funds to a membership. A lapsed member whose balance reaches the minimum rejoins (with a new waiting
 * period). Approves the amount if needed and computes the sorted-list hint for the new balance.
 * @example
 * const { balance } = await topUpBalance(walletClient, { pool, amount: parseAmount('20', { decimals: 6 }) })
 */
export async function topUpBalance(client: LashouClient, parameters: TopUpBalanceParameters): Promise<TopUpBalanceReturnType> {
  const { pool, amount } = parameters;
  const account = resolveAccount(client, parameters.account);
  const owner = accountAddress(account);
  let token: Address;
  let hint = 0;
  try {
    const [tokenAddress, index, memberId] = await Promise.all([
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'token' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'index' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'memberIdOf', args: [owner] }),
    ]);
    token = tokenAddress;
    if (memberId !== 0) {
      const record = await readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'memberRecord', args: [memberId] });
      const status = Number(record.status);
      if (status === ACTIVE) hint = await findPositionHint(client, { pool, key: BigInt(record.key) + amount, exclude: memberId });
      else if (status === LAPSED) hint = await findPositionHint(client, { pool, key: BigInt(record.key) + amount + index, exclude: memberId });
    }
  } catch (error) {
    throw await explain(client, error, { pool });
  }
  const approval = await prepareFunding(client, { token, pool, account, amount, poolCall: { functionName: 'topUp', args: [amount, hint] } });
  const result = await sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'topUp', args: [amount, hint], account, token });
  const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MemberToppedUp' });
  return { ...result, approvalHash: approval?.hash, balance: event?.args.balance ?? 0n, rejoined: event?.args.rejoined ?? false, coverageStart: event?.args.coverageStart ?? 0n };
}
