import { witnessRegistryAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link activateWitness}. */
export type ActivateWitnessParameters = {
  registry: Address;
  /** The witness whose seasoning ended (anyone may send this for anyone). */
  witness: Address;
  account?: Account | Address | undefined;
};
/** Whether the witness entered the draw, and in which stake tier. */
export type ActivateWitnessReturnType = WriteResult & { eligible: boolean; tier: bigint | undefined };

/**
 * Puts a witness whose seasoning period is over into the draw (permissionless: the keeper does it for everyone).
 * A witness is drawable only a seasoning period after it staked, so nobody can stake just in time for a claim.
 * @example
 * await activateWitness(client, { registry, witness })
 */
export async function activateWitness(client: LashouClient, parameters: ActivateWitnessParameters): Promise<ActivateWitnessReturnType> {
  const token = await read(client, () => readContract(client, { address: parameters.registry, abi: witnessRegistryAbi, functionName: 'token' }));
  const result = await sendContractWrite(client, { address: parameters.registry, abi: witnessRegistryAbi, functionName: 'activate', args: [parameters.witness], account: parameters.account, token });
  const [event] = parseEventLogs({ abi: witnessRegistryAbi, logs: result.receipt.logs, eventName: 'WitnessEligibilityChanged' });
  return { ...result, eligible: event?.args.eligible ?? false, tier: event?.args.tier };
}
