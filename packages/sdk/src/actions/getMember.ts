import { mutualPoolAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { explain } from '../internal/write.js';

/** A member's status as the pool reports it. */
export const MEMBER_STATUSES = ['None', 'Waiting', 'Covered', 'ExitRequested', 'Lapsed', 'Exited'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Parameters of {@link getMember}. */
export type GetMemberParameters = { pool: Address; member: Address };

/** Everything a member needs to know about their membership. */
export type GetMemberReturnType = {
  address: Address;
  /** 0 when the address never joined. */
  memberId: number;
  status: MemberStatus;
  /** Balance now, in token units. */
  balance: bigint;
  /** When coverage starts or started (unix seconds; 0 if never joined). */
  coverageStart: bigint;
  /** The most the member can still be charged before they can leave. */
  maxChargeBeforeExit: bigint;
  /** For `ExitRequested`: the last epoch the member pays for. */
  exitEpoch: number;
  /** Payouts whose transfer failed at settlement, kept for this member: `releasePayout` sends them (to the member only). */
  unclaimedPayout: bigint;
  /** Expelled after a confirmed fraud: the address can never join again nor rejoin by a top-up. */
  expelled: boolean;
};

/**
 * Reads a membership: status, balance, coverage start and the most that can still be charged before exit.
 * @example
 * const { status, balance } = await getMember(client, { pool, member: '0x…' })
 */
export async function getMember(client: LashouClient, { pool, member }: GetMemberParameters): Promise<GetMemberReturnType> {
  try {
    const read = <const F extends 'memberIdOf' | 'statusOf' | 'balanceOf' | 'coverageStartOf' | 'maxChargeBeforeExit' | 'unclaimedPayoutOf'>(functionName: F) =>
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName, args: [member] } as never) as Promise<bigint | number>;
    const [memberId, status, balance, coverageStart, maxCharge, unclaimed, expelled] = await Promise.all([
      read('memberIdOf'), read('statusOf'), read('balanceOf'), read('coverageStartOf'), read('maxChargeBeforeExit'), read('unclaimedPayoutOf'),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'isExpelled', args: [member] }),
    ]);
    const record = Number(memberId) === 0 ? undefined : await readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'memberRecord', args: [Number(memberId)] });
    return {
      address: member,
      memberId: Number(memberId),
      status: MEMBER_STATUSES[Number(status)] ?? 'None',
      balance: BigInt(balance),
      coverageStart: BigInt(coverageStart),
      maxChargeBeforeExit: BigInt(maxCharge),
      exitEpoch: record ? Number(record.exitEpoch) : 0,
      unclaimedPayout: BigInt(unclaimed),
      expelled,
    };
  } catch (error) {
    throw await explain(client, error, { pool });
  }
}
