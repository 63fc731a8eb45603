import { claimsManagerAbi } from '@lashou/abi';
import type { Address, Hex } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import type { PersonKey } from '../identity/personKey.js';
import { computeNullifier } from './computeNullifier.js';
import { read } from './internal.js';

/** A retired operator secret and its generation (1 for the first secret, 2 after the first rotation, …). */
export type RetiredOperatorSecret = { secret: Hex; generation: number };

/** Parameters of {@link checkRetiredNullifiers}. */
export type CheckRetiredNullifiersParameters = {
  claims: Address;
  /** The claimant's person key (`personKey(identity, { residentId })`). */
  person: PersonKey;
  /** Every secret the operator used before the current one, each with its generation. */
  retired: readonly RetiredOperatorSecret[];
};

/** The first retired nullifier of the person that is already paid or expelled on chain, or `undefined` if none is. */
export type CheckRetiredNullifiersReturnType = { generation: number; nullifier: Hex; paidBy: bigint; expelled: boolean } | undefined;

/**
 * Rotating the operator secret gives every person a new nullifier, so the contract's "one nullifier, one payout"
 * check no longer sees payouts made under a retired secret. At review, before approving, the operator computes the
 * person's nullifier under every retired secret and refuses the approval when this returns a hit (`paidBy` is the
 * claim that paid it, 0 if none; `expelled` is true when the person was expelled for fraud). See docs/identity.md,
 * "Rotating the secret".
 * @example
 * const hit = await checkRetiredNullifiers(publicClient, { claims, person, retired: [{ secret: oldSecret, generation: 1 }] })
 * if (hit) throw new Error(`already paid by claim ${hit.paidBy} (secret generation ${hit.generation})`)
 */
export async function checkRetiredNullifiers(client: LashouClient, parameters: CheckRetiredNullifiersParameters): Promise<CheckRetiredNullifiersReturnType> {
  const { claims, person } = parameters;
  // All nullifiers first, so that a bad secret or key is refused before anything is read.
  const nullifiers = parameters.retired.map(({ secret, generation }) => ({ generation, nullifier: computeNullifier({ person, operatorSecret: secret, generation }) }));
  for (const { generation, nullifier } of nullifiers) {
    const [paidBy, expelled] = await read(client, () =>
      Promise.all([
        readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'nullifierPaidBy', args: [nullifier] }),
        readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'nullifierExpelled', args: [nullifier] }),
      ]),
    );
    if (paidBy !== 0n || expelled) return { generation, nullifier, paidBy, expelled };
  }
  return undefined;
}
