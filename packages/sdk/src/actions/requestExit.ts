import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';

/** Parameters of {@link requestExit}. */
export type RequestExitParameters = { pool: Address; account?: Account | Address | undefined };
/** The request, the last epoch the member still pays for, and the balance at the request. */
export type RequestExitReturnType = WriteResult & { exitEpoch: bigint; balance: bigint };

/**
 * Asks to leave: coverage ends at once; the member still pays the current epoch, then withdraws the rest
 * with `withdrawBalance` once that epoch is settled.
 * @example
 * const { exitEpoch } = await requestExit(walletClient, { pool })
 */
export async function requestExit(client: LashouClient, { pool, account }: RequestExitParameters): Promise<RequestExitReturnType> {
  const result = await sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'requestExit', account, pool });
  const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MemberExitRequested' });
  return { ...result, exitEpoch: event?.args.exitEpoch ?? 0n, balance: event?.args.balance ?? 0n };
}
