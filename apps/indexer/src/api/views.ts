// The pool's read-side rules, applied to indexed rows: the same formulas as MutualPool's views, so the API
// answers without a chain call and `lashou audit` can compare the two.

export type PoolRow = {
  index: bigint;
  genesis: bigint;
  epochLength: bigint;
  minimumBalance: bigint;
  exitNotice: bigint;
  nextEpochToSettle: bigint;
  /** The pool's `Settings.capBefore` and `capFrom`: every epoch before `capFrom` is charged at most `capBefore`
   *  when that is below the minimum balance (a raise of the minimum after members asked to leave). */
  capBefore: bigint;
  capFrom: bigint;
};

export type MemberRow = {
  status: string;
  key: bigint;
  coverageStart: bigint;
  exitEpoch: bigint | null;
  frozenBalance: bigint;
};

/** The epoch that contains `timestamp` (as `MutualPool._epochAt`). */
export function epochAt(pool: Pick<PoolRow, 'genesis' | 'epochLength'>, timestamp: bigint): bigint {
  return timestamp < pool.genesis ? 0n : (timestamp - pool.genesis) / pool.epochLength;
}

/** `balanceOf`: key − C while counted; frozen at the exit epoch's index once that epoch is settled; the kept
 *  balance when lapsed; nothing once withdrawn. `exitIndexAfter` is the index after the exit epoch's settlement. */
export function balanceOf(member: MemberRow, pool: PoolRow, exitIndexAfter: bigint | null): bigint {
  const active = (key: bigint) => (key - pool.index > 0n ? key - pool.index : 0n);
  switch (member.status) {
    case 'active':
      return active(member.key);
    case 'lapsed':
      return member.frozenBalance;
    case 'exitRequested':
      if (member.exitEpoch !== null && member.exitEpoch < pool.nextEpochToSettle && exitIndexAfter !== null) {
        return member.key - exitIndexAfter;
      }
      return active(member.key);
    default:
      return 0n;
  }
}

/** `statusOf`: Waiting / Covered decided by the chain's clock. */
export function statusOf(member: MemberRow, now: bigint): 'Waiting' | 'Covered' | 'ExitRequested' | 'Lapsed' | 'Exited' {
  switch (member.status) {
    case 'active':
      return now >= member.coverageStart ? 'Covered' : 'Waiting';
    case 'exitRequested':
      return 'ExitRequested';
    case 'lapsed':
      return 'Lapsed';
    default:
      return 'Exited';
  }
}

/** `maxChargeBeforeExit`: the most the member can still be charged if they asked to leave now: one share cap per
 *  unsettled epoch up to its exit epoch (the minimum balance, or `capBefore` for the epochs before `capFrom`), at
 *  most its balance. */
export function maxChargeOf(member: MemberRow, pool: PoolRow, balance: bigint, now: bigint): bigint {
  let lastEpoch: bigint;
  if (member.status === 'active') lastEpoch = epochAt(pool, now + pool.exitNotice);
  else if (member.status === 'exitRequested' && member.exitEpoch !== null) lastEpoch = member.exitEpoch;
  else return 0n;
  const first = pool.nextEpochToSettle;
  if (lastEpoch < first) return 0n;
  const m = pool.minimumBalance;
  let cap = (lastEpoch - first + 1n) * m;
  if (pool.capBefore < m && pool.capFrom > first) {
    const until = pool.capFrom < lastEpoch + 1n ? pool.capFrom : lastEpoch + 1n;
    cap -= (until - first) * (m - pool.capBefore);
  }
  return balance < cap ? balance : cap;
}

/** JSON-safe copy: bigints become decimal strings. */
export function serialize<T>(value: T): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(serialize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, serialize(v)]));
  }
  return value;
}
