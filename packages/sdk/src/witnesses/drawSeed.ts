import { hashUint256s } from './drawCore.js';

/** Parameters of {@link drawSeed}. */
export type DrawSeedParameters = {
  /** The randomness: `RandomnessFulfilled.value` of the request the draw used (`DrawMade.requestId`). */
  value: bigint;
  claimId: bigint;
  /** Which draw of the claim this is, counting from 1 (the claim's `DrawMade` events in order). */
  drawNumber: bigint;
};

/** The seed the registry draws with (`WitnessesDrawn.seed`, `DrawMade.seed`). */
export type DrawSeedReturnType = bigint;

/**
 * The seed of a claim's witness draw, as `ClaimsManager.drawWitnesses` computes it (docs/witness-draw.md §6):
 * `uint256(keccak256(abi.encode(value, claimId, drawNumber)))`.
 * @example
 * const seed = drawSeed({ value: fulfilled.args.value, claimId: 1n, drawNumber: 1n })
 */
export function drawSeed({ value, claimId, drawNumber }: DrawSeedParameters): DrawSeedReturnType {
  return hashUint256s(value, claimId, drawNumber);
}
