import { mutualPoolAbi } from '@lashou/abi';
import type { Account, Address, Hex } from 'viem';
import { getContractEvents, readContract } from 'viem/actions';
import { LashouContractError, errorExplainers, isContractError } from '../errors/contractErrors.js';
import { MEMBER_STATUSES } from './getMember.js';
import { type LashouClient, accountAddress } from '../internal/client.js';

/** Who joined with an identity commitment: the member's address and id, and where that membership stands now. */
export type CommitmentHolder = { member: Address; memberId: bigint; status: (typeof MEMBER_STATUSES)[number]; yours: boolean };

/**
 * Finds the member who joined `pool` with `identityCommitment` (its `MemberJoined` event; the commitment is indexed),
 * and where that membership stands: the address's status, or `Exited` when the address has joined again since with
 * another commitment. Undefined when no event is found (or the node refuses the log query).
 */
export async function findCommitmentHolder(
  client: LashouClient,
  { pool, identityCommitment, fromBlock, account }: { pool: Address; identityCommitment: Hex; fromBlock?: bigint | number | undefined; account?: Account | Address | undefined },
): Promise<CommitmentHolder | undefined> {
  try {
    const from = fromBlock === undefined ? 'earliest' : BigInt(fromBlock);
    const [joined] = (await getContractEvents(client, { address: pool, abi: mutualPoolAbi, eventName: 'MemberJoined', args: { identityCommitment }, fromBlock: from })).slice(-1);
    const args = (joined as { args?: { member?: Address; memberId?: bigint } } | undefined)?.args;
    if (!args?.member) return undefined;
    const member = args.member;
    const [status, joins] = await Promise.all([
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'statusOf', args: [member] }),
      getContractEvents(client, { address: pool, abi: mutualPoolAbi, eventName: 'MemberJoined', args: { member }, fromBlock: from }),
    ]);
    const latest = (joins.at(-1) as { args?: { identityCommitment?: Hex } } | undefined)?.args?.identityCommitment;
    const rejoinedSince = latest !== undefined && latest.toLowerCase() !== identityCommitment.toLowerCase();
    return {
      member,
      memberId: args.memberId ?? 0n,
      status: rejoinedSince ? 'Exited' : (MEMBER_STATUSES[Number(status)] ?? 'None'),
      yours: account !== undefined && accountAddress(account).toLowerCase() === member.toLowerCase(),
    };
  } catch {
    return undefined;
  }
}

/**
 * A join refused with `PoolCommitmentUsed` says who holds that commitment: this person is already a member (one
 * person joins once). Any other error is returned as it is.
 */
export async function explainCommitmentUsed(
  client: LashouClient,
  error: unknown,
  where: { pool: Address; identityCommitment: Hex; fromBlock?: bigint | number | undefined; account?: Account | Address | undefined },
): Promise<unknown> {
  if (!isContractError(error, 'PoolCommitmentUsed')) return error;
  const holder = await findCommitmentHolder(client, where);
  if (!holder) return error;
  const params = { ...error.params, member: holder.member, memberId: holder.memberId, status: holder.status, yours: holder.yours };
  const formatting = { decimals: error.formatting.decimals ?? 18, symbol: error.formatting.symbol ?? 'tokens' };
  const message = errorExplainers.PoolCommitmentUsed!(error.args as readonly unknown[], { ...formatting, params });
  return new LashouContractError('PoolCommitmentUsed', error.args, message, { cause: error, details: error.details, params, formatting: error.formatting });
}
