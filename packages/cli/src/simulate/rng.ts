// The simulator's seeded random numbers: xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c),
// seeded through splitmix32, so one integer seed reproduces a whole run bit for bit on any platform (only 32-bit
// integer operations, `Math.imul` and exact double arithmetic are used). Samplers built on it (binomial, Poisson,
// normal, lognormal) are here too, so the engine never draws one number per member per epoch.

/** A seeded generator of uniform numbers and the distributions the pool engine samples. */
export type Rng = {
  /** A uniform 32-bit unsigned integer. */
  nextUint32: () => number;
  /** A uniform double in [0, 1) with 53 random bits. */
  next: () => number;
  /** A uniform integer in [0, n), n ≤ 2^32. */
  int: (n: number) => number;
  /** A standard normal deviate (Box–Muller, both values used). */
  normal: () => number;
  /** Binomial(n, p), exact (inversion, in chunks whose mean stays below 200 so nothing underflows). */
  binomial: (n: number, p: number) => number;
  /** Poisson(mean), exact (inversion, in chunks of mean ≤ 200, summed: a sum of Poissons is Poisson). */
  poisson: (mean: number) => number;
};

const TWO_32 = 4_294_967_296;
const CHUNK_MEAN = 200;

/** splitmix32: spreads a small seed over the 128-bit state (never all zero). */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A generator for `seed` (an integer; 0 … 2^32 − 1, larger integers are reduced modulo 2^32).
 * @example
 * const rng = createRng(42); rng.binomial(1_000_000, 0.0004)
 */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  const mix = splitmix32(seed % TWO_32);
  let s0 = mix();
  let s1 = mix();
  let s2 = mix();
  let s3 = mix();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    s0 >>>= 0;
    s1 >>>= 0;
    s2 >>>= 0;
    s3 >>>= 0;
    return result;
  };
  // 53 bits: 27 from one draw, 26 from the next.
  const next = (): number => ((nextUint32() >>> 5) * 67_108_864 + (nextUint32() >>> 6)) / 9_007_199_254_740_992;
  const int = (n: number): number => Math.floor(next() * n);

  let spare: number | undefined;
  const normal = (): number => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };

  /** Binomial by inversion (Devroye, Non-Uniform Random Variate Generation, X.4.3): O(np) steps. */
  const binomialSmall = (n: number, p: number): number => {
    const q = 1 - p;
    const s = p / q;
    const a = (n + 1) * s;
    let r = q ** n;
    let u = next();
    let x = 0;
    while (u > r) {
      u -= r;
      x += 1;
      if (x > n) return n;
      r *= a / x - s;
      if (r <= 0) break;
    }
    return x;
  };
  const binomial = (n: number, p: number): number => {
    if (!(p >= 0 && p <= 1) || !Number.isInteger(n) || n < 0) throw new RangeError(`binomial(${n}, ${p}): n must be a non-negative integer and p in [0, 1]`);
    if (n === 0 || p === 0) return 0;
    if (p === 1) return n;
    if (p > 0.5) return n - binomial(n, 1 - p);
    // Split n so each part has mean ≤ CHUNK_MEAN: q^n stays far from underflow; the sum of the parts is Binomial(n, p).
    const parts = Math.max(1, Math.ceil((n * p) / CHUNK_MEAN));
    const size = Math.floor(n / parts);
    let total = 0;
    for (let i = 0; i < parts; i++) total += binomialSmall(i === parts - 1 ? n - size * (parts - 1) : size, p);
    return total;
  };

  const poissonSmall = (mean: number): number => {
    let r = Math.exp(-mean);
    let u = next();
    let x = 0;
    while (u > r) {
      u -= r;
      x += 1;
      r *= mean / x;
      if (r <= 0) break;
    }
    return x;
  };
  const poisson = (mean: number): number => {
    if (!(mean >= 0) || !Number.isFinite(mean)) throw new RangeError(`poisson(${mean}): the mean must be a finite number ≥ 0`);
    if (mean === 0) return 0;
    const parts = Math.ceil(mean / CHUNK_MEAN);
    let total = 0;
    for (let i = 0; i < parts; i++) total += poissonSmall(mean / parts);
    return total;
  };

  return { nextUint32, next, int, normal, binomial, poisson };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
