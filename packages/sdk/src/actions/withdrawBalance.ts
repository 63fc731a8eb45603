import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';

/** Parameters of {@link withdrawBalance}. */
export type WithdrawBalanceParameters = { pool: Address; account?: Account | Address | undefined };
/** The withdrawal and the tokens sent. */
export type WithdrawBalanceReturnType = WriteResult & { amount: bigint };

/**
 * Takes out everything left, once lapsed or once the exit epoch has been settled.
 * @example
 * const { amount } = await withdrawBalance(walletClient, { pool })
 */
export async function withdrawBalance(client: LashouClient, { pool, account }: WithdrawBalanceParameters): Promise<WithdrawBalanceReturnType> {
  const result = await sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'withdraw', account, pool });
  const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MemberWithdrew' });
  return { ...result, amount: event?.args.amount ?? 0n };
}
