import { prevrandaoSourceAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { read } from '../claims/internal.js';
import type { LashouClient } from '../internal/client.js';
import type { ClaimRandomnessView } from './nextClaimStep.js';

/** Parameters of {@link getClaimRandomness}. */
export type GetClaimRandomnessParameters = {
  /** The randomness source (`ClaimsManager.randomnessSource`, the deployment's `randomness`). */
  source: Address;
  requestId: bigint;
  /** The source's kind: a VRF request has no target block (its coordinator fulfils it). Unknown: asked, and a failure means none. */
  kind?: 'prevrandao' | 'vrf' | undefined;
  /** Read at this block (default: latest). */
  blockNumber?: bigint | undefined;
};

/**
 * A pending randomness request as `nextClaimStep` needs it: ready, expired, and (prevrandao, while neither) the target
 * block from which it can be recorded.
 * @example
 * const randomness = await getClaimRandomness(client, { source, requestId: claim.randomnessRequest })
 */
export async function getClaimRandomness(client: LashouClient, parameters: GetClaimRandomnessParameters): Promise<ClaimRandomnessView> {
  const { source, requestId, kind, blockNumber } = parameters;
  const at = blockNumber === undefined ? {} : { blockNumber };
  const [ready, expired] = await read(client, () => readContract(client, { address: source, abi: prevrandaoSourceAbi, functionName: 'randomness', args: [requestId], ...at }));
  if (ready || expired || kind === 'vrf') return { ready, expired, targetBlock: undefined };
  const target = readContract(client, { address: source, abi: prevrandaoSourceAbi, functionName: 'targetBlock', args: [requestId], ...at });
  const targetBlock = kind === 'prevrandao' ? await read(client, () => target) : await target.catch(() => undefined);
  return { ready, expired, targetBlock };
}
