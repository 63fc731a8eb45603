import { claimsManagerAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { fulfilRandomness } from './fulfilRandomness.js';
import { claimsWrite, requireClaimId } from './internal.js';

/** Parameters of {@link drawWitnesses}. */
export type DrawWitnessesParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined };
/** The witnesses assigned by this draw, by slot. */
export type DrawWitnessesReturnType = WriteResult & { assigned: { slot: number; witness: Address; acceptDeadline: bigint }[] };

/**
 * Draws the missing witnesses of a reviewed claim (anyone may), first fulfilling the prevrandao randomness
 * if its target block is mined. Throws `ClaimsRandomnessNotReady` while the target block is ahead.
 * @example
 * const { assigned } = await drawWitnesses(anyClient, { claims, claimId })
 */
export async function drawWitnesses(client: LashouClient, parameters: DrawWitnessesParameters): Promise<DrawWitnessesReturnType> {
  const claimId = requireClaimId(parameters.claimId);
  await fulfilRandomness(client, { claims: parameters.claims, claimId, account: parameters.account });
  const result = await claimsWrite(client, { claims: parameters.claims, functionName: 'drawWitnesses', args: [claimId], account: parameters.account });
  const assigned = parseEventLogs({ abi: claimsManagerAbi, logs: result.receipt.logs, eventName: 'WitnessAssigned' }).map((e) => ({
    slot: Number(e.args.slot),
    witness: e.args.witness,
    acceptDeadline: e.args.acceptDeadline,
  }));
  return { ...result, assigned };
}
