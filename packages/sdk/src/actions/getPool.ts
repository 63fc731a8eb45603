import { mutualPoolAbi, testStablecoinAbi as erc20BalanceAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { getBlock, readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { explain } from '../internal/write.js';
import { getTokenInfo, type GetTokenInfoReturnType } from './getTokenInfo.js';

/** Parameters of {@link getPool}. */
export type GetPoolParameters = { pool: Address; /** Most queued payments to list (default 64). */ maxPayments?: number | undefined };

/** A queued, unpaid payment. */
export type QueuedPayment = { paymentId: bigint; claimId: bigint; recipient: Address; remaining: bigint; epoch: number };

/** The pool's parameters, clock, accounting and payment queue. */
export type GetPoolReturnType = {
  address: Address;
  token: GetTokenInfoReturnType;
  parameters: {
    epochLength: bigint;
    waitingPeriod: bigint;
    minimumBalance: bigint;
    genesis: bigint;
    /** Seconds after an exit request during which the member still shares claims. */
    exitNotice: bigint;
    /** The shortest timelock delay governance calls are accepted with now (exit notice + epoch + one day + 1 s). */
    governanceDelayRequired: bigint;
  };
  epoch: { current: bigint; nextToSettle: bigint; nextToSettleEndsAt: bigint; settleable: boolean; now: bigint };
  index: bigint;
  activeMembers: bigint;
  listedMembers: bigint;
  reserve: bigint;
  memberFunds: bigint;
  unclaimedPayouts: bigint;
  queuedPayments: bigint;
  lapsesPending: boolean;
  inRunOff: boolean;
  /** Token balance the pool holds (== memberFunds + reserve + unclaimedPayouts when conservation holds). */
  tokenBalance: bigint;
  queue: { head: bigint; tail: bigint; payments: QueuedPayment[] };
};

/**
 * Reads the whole state of a pool that modules, admins and auditors look at.
 * @example
 * const { epoch, activeMembers, queue } = await getPool(client, { pool })
 */
export async function getPool(client: LashouClient, { pool, maxPayments = 64 }: GetPoolParameters): Promise<GetPoolReturnType> {
  try {
    const read = <T>(functionName: string, args: readonly unknown[] = []) =>
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName, args } as never) as Promise<T>;
    const [tokenAddress, epochLength, waitingPeriod, minimumBalance, genesis, current, nextToSettle, index, activeMembers, sorted, reserve, memberFunds, unclaimedPayouts, queuedPayments, lapsesPending, inRunOff, queue, block, exitNotice, governanceDelayRequired] =
      await Promise.all([
        read<Address>('token'), read<bigint>('epochLength'), read<bigint>('waitingPeriod'), read<bigint>('minimumBalance'), read<bigint>('genesis'),
        read<bigint>('currentEpoch'), read<bigint>('nextEpochToSettle'), read<bigint>('index'), read<bigint>('activeMembers'),
        read<readonly [number, number, bigint]>('sortedMembers'), read<bigint>('reserve'), read<bigint>('memberFunds'), read<bigint>('unclaimedPayouts'),
        read<bigint>('queuedPayments'), read<boolean>('lapsesPending'), read<boolean>('inRunOff'), read<readonly [bigint, bigint]>('paymentQueue'), getBlock(client),
        read<bigint>('exitNotice'), read<bigint>('governanceDelayRequired'),
      ]);
    const token = await getTokenInfo(client, { token: tokenAddress });
    const tokenBalance = await readContract(client, { address: tokenAddress, abi: erc20BalanceAbi, functionName: 'balanceOf', args: [pool] });
    const [head, tail] = queue;
    const ids: bigint[] = [];
    for (let id = head; id < tail && ids.length < maxPayments; id++) ids.push(id);
    const payments = await Promise.all(
      ids.map(async (paymentId) => {
        const p = await read<{ claimId: bigint; recipient: Address; remaining: bigint; epoch: number }>('payment', [paymentId]);
        return { paymentId, claimId: p.claimId, recipient: p.recipient, remaining: BigInt(p.remaining), epoch: Number(p.epoch) };
      }),
    );
    const nextToSettleEndsAt = genesis + (nextToSettle + 1n) * epochLength;
    return {
      address: pool,
      token,
      parameters: { epochLength, waitingPeriod, minimumBalance, genesis, exitNotice, governanceDelayRequired },
      epoch: { current, nextToSettle, nextToSettleEndsAt, settleable: block.timestamp >= nextToSettleEndsAt, now: block.timestamp },
      index,
      activeMembers,
      listedMembers: sorted[2],
      reserve,
      memberFunds,
      unclaimedPayouts,
      queuedPayments,
      lapsesPending,
      inRunOff,
      tokenBalance,
      queue: { head, tail, payments },
    };
  } catch (error) {
    throw await explain(client, error, { pool });
  }
}
