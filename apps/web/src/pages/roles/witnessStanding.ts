import { WITNESS_TIERS, stakeTier } from '@lashou/sdk';

/**
 * Where a witness stands with the draw, as `WitnessRegistry` decides it: a first stake starts a seasoning period
 * (`seasonedAt`); from then on anyone may `activate` the witness into the draw sets, one per stake tier (tier `t`
 * holds stakes of at least `minimumStake << t`, `t < 8`: the SDK's `stakeTier`), and a claim is drawn from the
 * tiers whose every member can carry its lock.
 */

export type Standing = 'notRegistered' | 'leaving' | 'eligible' | 'seasoning' | 'activationDue' | 'stakeTooLow';

export function witnessStanding(
  w: { registered: boolean; eligible: boolean; unstakeAvailableAt: bigint; stake: bigint },
  minimumStake: bigint,
  seasonedAt: bigint,
  now: bigint,
): Standing {
  if (!w.registered) return 'notRegistered';
  if (w.unstakeAvailableAt > 0n) return 'leaving';
  if (w.eligible) return 'eligible';
  if (w.stake < minimumStake) return 'stakeTooLow';
  // `activate` is allowed once block.timestamp >= seasonedAt.
  return now >= seasonedAt ? 'activationDue' : 'seasoning';
}

/** The largest per-witness lock a witness of this stake can be drawn for (its tier's floor), and the stake the next tier needs. */
export function carriedLock(stake: bigint, minimumStake: bigint): { tier: number; largestLock: bigint; nextTierAt: bigint | null } | null {
  const tier = stakeTier(stake, minimumStake);
  if (tier === undefined) return null;
  return { tier, largestLock: minimumStake << BigInt(tier), nextTierAt: tier + 1 < WITNESS_TIERS ? minimumStake << BigInt(tier + 1) : null };
}
