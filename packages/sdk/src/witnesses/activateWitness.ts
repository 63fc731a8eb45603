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
/**
 * Whether this call put the witness into the draw (`entered`), whether it is in the draw now (`eligible`), and the
 * stake tier and region of its draw arrays when it is.
 */
export type ActivateWitnessReturnType = WriteResult & { entered: boolean; eligible: boolean; tier: bigint | undefined; region: bigint | undefined };

/**
 * Puts a witness whose seasoning period is over into the draw (permissionless: the keeper does it for everyone).
 * A witness is drawable only a seasoning period after it staked, so nobody can stake just in time for a claim.
 * Reverts `WitnessNotSeasoned` before then; does nothing (but costs gas) when the witness is already in the draw,
 * unstaking or below the minimum stake: check `getWitness(...).awaitingActivation` first.
 * @example
 * const { entered, tier } = await activateWitness(client, { registry, witness })
 */
export async function activateWitness(client: LashouClient, parameters: ActivateWitnessParameters): Promise<ActivateWitnessReturnType> {
  const { registry, witness } = parameters;
  const token = await read(client, () => readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'token' }));
  const result = await sendContractWrite(client, { address: registry, abi: witnessRegistryAbi, functionName: 'activate', args: [witness], account: parameters.account, token });
  const entered = parseEventLogs({ abi: witnessRegistryAbi, logs: result.receipt.logs, eventName: 'WitnessEligibilityChanged' }).find((e) => e.args.eligible);
  if (entered) return { ...result, entered: true, eligible: true, tier: entered.args.tier, region: entered.args.region };
  const [eligible, region, tier] = await read(client, () => readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'placementAt', args: [witness, result.receipt.blockNumber] }));
  return { ...result, entered: false, eligible, tier: eligible ? tier : undefined, region: eligible ? region : undefined };
}
