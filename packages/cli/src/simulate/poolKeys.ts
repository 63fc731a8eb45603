// The engine's stand-in for MutualPool's sorted member list. Every counted balance is `key − C` with one shared
// index C, so the members below a balance threshold are exactly those with `key < C + threshold`: the lowest keys,
// which the contract's `processLapses` takes off the head of its sorted list with a cursor. Here keys are kept in
// buckets of `width` base units, scanned from a cursor at the lowest bucket that may hold a member: each entry is
// handled once when its bucket falls below the threshold (amortised O(1), like the contract's cursor), and the
// bucket that straddles the threshold is the only one ever scanned twice. A member whose key changes (a top-up) gets
// a new entry with a new version; the old entry is skipped when its bucket is drained.

/** Keys in buckets, drained from the lowest up. */
export class KeyBuckets {
  private readonly buckets = new Map<number, { ids: Int32Array; versions: Int32Array; keys: Float64Array; size: number }>();
  private cursor = Infinity;
  size = 0;

  /** @param width Bucket width in base units (keys are whole base units; any positive width works). */
  constructor(private readonly width: number) {
    if (!(width > 0)) throw new RangeError(`bucket width must be positive, got ${width}`);
  }

  push(key: number, id: number, version: number): void {
    const b = Math.floor(key / this.width);
    let bucket = this.buckets.get(b);
    if (!bucket) {
      bucket = { ids: new Int32Array(16), versions: new Int32Array(16), keys: new Float64Array(16), size: 0 };
      this.buckets.set(b, bucket);
    }
    if (bucket.size === bucket.ids.length) {
      const capacity = bucket.size * 2;
      const ids = new Int32Array(capacity); ids.set(bucket.ids); bucket.ids = ids;
      const versions = new Int32Array(capacity); versions.set(bucket.versions); bucket.versions = versions;
      const keys = new Float64Array(capacity); keys.set(bucket.keys); bucket.keys = keys;
    }
    bucket.ids[bucket.size] = id;
    bucket.versions[bucket.size] = version;
    bucket.keys[bucket.size] = key;
    bucket.size++;
    this.size++;
    if (b < this.cursor) this.cursor = b;
  }

  /**
   * Removes every entry with `key < threshold` and hands it to `take`, bucket by bucket from the lowest (entries of
   * one bucket in insertion order). Entries at or above the threshold stay.
   */
  drain(threshold: number, take: (id: number, version: number, key: number) => void): void {
    const width = this.width;
    while (this.size > 0 && this.cursor * width < threshold) {
      const b = this.cursor;
      const bucket = this.buckets.get(b);
      if (bucket) {
        if ((b + 1) * width <= threshold) {
          // The whole bucket is below the threshold.
          this.buckets.delete(b);
          this.size -= bucket.size;
          for (let i = 0; i < bucket.size; i++) take(bucket.ids[i]!, bucket.versions[i]!, bucket.keys[i]!);
        } else {
          // The bucket straddles the threshold: take what is below, keep the rest, and stop here.
          let kept = 0;
          const { ids, versions, keys } = bucket;
          const n = bucket.size;
          for (let i = 0; i < n; i++) {
            if (keys[i]! < threshold) {
              take(ids[i]!, versions[i]!, keys[i]!);
            } else {
              ids[kept] = ids[i]!;
              versions[kept] = versions[i]!;
              keys[kept] = keys[i]!;
              kept++;
            }
          }
          this.size -= n - kept;
          bucket.size = kept;
          if (kept === 0) this.buckets.delete(b);
          return;
        }
      }
      this.cursor = this.size === 0 ? Infinity : b + 1;
    }
  }
}

/**
 * The order of `count` events by time offset (whole seconds, 0 ≤ offset < 2^26), ties in creation order: a stable
 * two-pass radix sort, O(count).
 */
export function orderByOffset(offsets: Int32Array, count: number): Uint32Array {
  const BITS = 13;
  const RADIX = 1 << BITS;
  const MASK = RADIX - 1;
  let order = new Uint32Array(count);
  let scratch = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const counts = new Uint32Array(RADIX);
  for (let shift = 0; shift < 2 * BITS; shift += BITS) {
    counts.fill(0);
    for (let i = 0; i < count; i++) counts[(offsets[order[i]!]! >>> shift) & MASK]!++;
    let sum = 0;
    for (let r = 0; r < RADIX; r++) {
      const c = counts[r]!;
      counts[r] = sum;
      sum += c;
    }
    for (let i = 0; i < count; i++) {
      const id = order[i]!;
      scratch[counts[(offsets[id]! >>> shift) & MASK]!++] = id;
    }
    const t = order;
    order = scratch;
    scratch = t;
  }
  return order;
}
