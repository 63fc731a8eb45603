import { claimsManagerAbi, prevrandaoSourceAbi, witnessRegistryAbi } from '@lashou/abi';
import type { Address, BlockNumber, BlockTag, Hash } from 'viem';
import { getContractEvents, readContract } from 'viem/actions';
import { read } from '../claims/internal.js';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import type { VerifyDrawParameters } from './verifyDraw.js';

/** Parameters of {@link getDrawInputs}. */
export type GetDrawInputsParameters = {
  /** The ClaimsManager (`deployment.claims`). */
  claims: Address;
  claimId: bigint;
  /** First block to search (default 0): at or before the claim's filing, so every draw is counted
   *  (`deployment.blockNumber` is always safe). */
  fromBlock?: BlockNumber | undefined;
  /** Last block to search (default `latest`). */
  toBlock?: BlockNumber | BlockTag | undefined;
};

/** One entry per draw of the claim, in order, each ready for `verifyDraw`, with where it happened. */
export type GetDrawInputsReturnType = (VerifyDrawParameters & { requestId: bigint; transactionHash: Hash; blockNumber: bigint })[];

/**
 * Collects from the chain's logs everything `verifyDraw` needs for each witness draw of a claim, as the
 * auditor's procedure of docs/witness-draw.md §3 does: the ClaimsManager's `DrawMade` (its position among the
 * claim's draws is the draw number, its `requestId` names the randomness), the registry's
 * `WitnessDrawRequested` (with the lock that gives the union's lowest tier) and `WitnessesDrawn` of the same
 * transaction, and the randomness source's
 * `RandomnessFulfilled` value. Four log queries in two rounds whatever the number of draws; only the first spans
 * `fromBlock` to `toBlock`, the others end at the last draw.
 * @example
 * for (const draw of await getDrawInputs(publicClient, { claims, claimId, fromBlock: BigInt(deployment.blockNumber) })) {
 *   const { ok } = await verifyDraw(publicClient, draw)
 * }
 */
export async function getDrawInputs(client: LashouClient, parameters: GetDrawInputsParameters): Promise<GetDrawInputsReturnType> {
  const { claims, claimId } = parameters;
  const range = { fromBlock: parameters.fromBlock ?? 0n, toBlock: parameters.toBlock ?? ('latest' as const) };
  const [registry, source, made] = await read(client, () =>
    Promise.all([
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'registry' }),
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'randomnessSource' }),
      getContractEvents(client, { address: claims, abi: claimsManagerAbi, eventName: 'DrawMade', args: { claimId }, ...range }),
    ]),
  );
  if (made.length === 0) return [];
  const requestIds = made.map((m) => m.args.requestId as bigint);
  // The registry logs in each draw's own transaction, and a draw uses randomness fulfilled before it: only the
  // blocks of the draws (registry) and those up to the last draw (randomness) are searched again.
  const draws = { fromBlock: made[0]!.blockNumber as bigint, toBlock: made.at(-1)!.blockNumber as bigint };
  const [requested, drawn, fulfilled] = await read(client, () =>
    Promise.all([
      getContractEvents(client, { address: registry, abi: witnessRegistryAbi, eventName: 'WitnessDrawRequested', args: { claimId }, ...draws }),
      getContractEvents(client, { address: registry, abi: witnessRegistryAbi, eventName: 'WitnessesDrawn', args: { claimId }, ...draws }),
      getContractEvents(client, { address: source, abi: prevrandaoSourceAbi, eventName: 'RandomnessFulfilled', args: { requestId: requestIds }, fromBlock: range.fromBlock, toBlock: draws.toBlock }),
    ]),
  );
  /** The first of `logs` in `transactionHash` after log `logIndex` (the registry logs right after DrawMade). */
  const next = <T extends { transactionHash: Hash | null; logIndex: number | null }>(logs: T[], transactionHash: Hash, logIndex: number) =>
    logs.find((log) => log.transactionHash === transactionHash && (log.logIndex ?? -1) > logIndex);

  return made.map((draw, i) => {
    const transactionHash = draw.transactionHash as Hash;
    const request = next(requested, transactionHash, draw.logIndex ?? -1);
    const result = next(drawn, transactionHash, draw.logIndex ?? -1);
    const requestId = draw.args.requestId as bigint;
    const value = fulfilled.find((f) => f.args.requestId === requestId)?.args.value;
    if (!request || !result || value === undefined) {
      throw new InvalidInputError(`draw ${i + 1} of claim ${claimId} (transaction ${transactionHash}) lacks its registry events or randomness ${requestId}: search from an earlier fromBlock`, {
        code: 'draw.logsMissing',
        params: { claimId, drawNumber: i + 1, transactionHash, requestId },
      });
    }
    return {
      registry,
      claimId,
      drawNumber: BigInt(i + 1),
      value,
      requestedRegion: request.args.requestedRegion as bigint,
      exclude: request.args.exclude as readonly Address[],
      count: request.args.count as bigint,
      snapshotBlock: request.args.snapshotBlock as bigint,
      lockAmount: request.args.lockAmount as bigint,
      expected: {
        seed: result.args.seed as bigint,
        region: result.args.drawnRegion as bigint,
        firstTier: result.args.firstTier as bigint,
        eligible: result.args.setSize as bigint,
        witnesses: result.args.witnesses as readonly Address[],
      },
      requestId,
      transactionHash,
      blockNumber: draw.blockNumber as bigint,
    };
  });
}
