import { claimsManagerAbi, mutualPoolAbi } from '@lashou/abi';
import type { Address, BlockNumber, Hex } from 'viem';
import { getContractEvents, readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { read } from './internal.js';

/** Parameters of {@link getClaimantCommitment}. */
export type GetClaimantCommitmentParameters = {
  claims: Address;
  /** The claimant (`getClaim(...).claimant`). */
  claimant: Address;
  /** First block to search for the join (default 0; `deployment.blockNumber` is always safe). */
  fromBlock?: BlockNumber | undefined;
};
/**
 * The identity commitment the claimant joined the pool with (its last `MemberJoined`), with its member id; `undefined`
 * fields when no join is found from `fromBlock`. The pool does not store commitments in its member records: the event
 * is the only place they are written.
 */
export type GetClaimantCommitmentReturnType = {
  pool: Address;
  claimant: Address;
  identityCommitment: Hex | undefined;
  memberId: bigint | undefined;
  /** The block of that join. */
  blockNumber: bigint | undefined;
};

/**
 * Reads the identity commitment a claimant joined with, so that the operator can check that the identity file shown
 * off chain is the claimant's before computing the nullifier from it (another member's file would give another
 * person's nullifier and defeat one payout per person).
 * @example
 * const { identityCommitment } = await getClaimantCommitment(publicClient, { claims, claimant: claim.claimant, fromBlock })
 * if (identityCommitment !== identity.commitment) throw new Error('not the claimant')
 */
export async function getClaimantCommitment(client: LashouClient, parameters: GetClaimantCommitmentParameters): Promise<GetClaimantCommitmentReturnType> {
  const { claims, claimant } = parameters;
  const pool = await read(client, () => readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'pool' }));
  const logs = await read(client, () =>
    getContractEvents(client, { address: pool, abi: mutualPoolAbi, eventName: 'MemberJoined', args: { member: claimant }, fromBlock: parameters.fromBlock ?? 0n, toBlock: 'latest' }),
  );
  const joined = logs.at(-1);
  return {
    pool,
    claimant,
    identityCommitment: joined?.args.identityCommitment,
    memberId: joined?.args.memberId,
    blockNumber: joined?.blockNumber ?? undefined,
  };
}
