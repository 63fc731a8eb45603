import { witnessRegistryAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link requestUnstake}. */
export type RequestUnstakeParameters = { registry: Address; account?: Account | Address | undefined };
/** When the stake can be withdrawn (unix seconds). */
export type RequestUnstakeReturnType = WriteResult & { availableAt: bigint };

/**
 * A witness stops being drawn and starts the unstake cooldown.
 * @example
 * const { availableAt } = await requestUnstake(witnessClient, { registry })
 */
export async function requestUnstake(client: LashouClient, parameters: RequestUnstakeParameters): Promise<RequestUnstakeReturnType> {
  const token = await read(client, () => readContract(client, { address: parameters.registry, abi: witnessRegistryAbi, functionName: 'token' }));
  const result = await sendContractWrite(client, { address: parameters.registry, abi: witnessRegistryAbi, functionName: 'requestUnstake', args: [], account: parameters.account, token });
  const [event] = parseEventLogs({ abi: witnessRegistryAbi, logs: result.receipt.logs, eventName: 'WitnessUnstakeRequested' });
  return { ...result, availableAt: event?.args.availableAt ?? 0n };
}
