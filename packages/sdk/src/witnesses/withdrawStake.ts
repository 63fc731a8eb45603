import { witnessRegistryAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link withdrawStake}. */
export type WithdrawStakeParameters = { registry: Address; account?: Account | Address | undefined };
/** The amount withdrawn, in token units. */
export type WithdrawStakeReturnType = WriteResult & { amount: bigint };

/**
 * After the cooldown, with nothing locked, a witness withdraws the whole stake.
 * @example
 * const { amount } = await withdrawStake(witnessClient, { registry })
 */
export async function withdrawStake(client: LashouClient, parameters: WithdrawStakeParameters): Promise<WithdrawStakeReturnType> {
  const token = await read(client, () => readContract(client, { address: parameters.registry, abi: witnessRegistryAbi, functionName: 'token' }));
  const result = await sendContractWrite(client, { address: parameters.registry, abi: witnessRegistryAbi, functionName: 'withdrawStake', args: [], account: parameters.account, token });
  const [event] = parseEventLogs({ abi: witnessRegistryAbi, logs: result.receipt.logs, eventName: 'WitnessWithdrew' });
  return { ...result, amount: event?.args.amount ?? 0n };
}
