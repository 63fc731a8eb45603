/**
 * The announcement countdown. The chain's clock is not the browser's (a local chain is often warped ahead, a
 * browser's clock may be wrong), so the time left is the API's `secondsLeft`, computed at the chain time of its
 * answer, minus the wall-clock time since that answer was first seen.
 */

/** Seconds left at `nowMs`: `secondsLeft` as answered, less the whole seconds elapsed since `observedAtMs`; never below 0. */
export function secondsRemaining(secondsLeft: bigint, observedAtMs: number, nowMs: number): bigint {
  const elapsed = BigInt(Math.max(0, Math.floor((nowMs - observedAtMs) / 1000)));
  const left = secondsLeft - elapsed;
  return left > 0n ? left : 0n;
}

/**
 * The chain's time at `nowMs`, estimated as the countdowns do: the latest block's `timestamp`, seen at
 * `observedAtMs`, plus the whole seconds elapsed since (never less than the block's own time). A block's time is
 * at or before the moment it is seen, so the estimate does not run ahead of the chain.
 */
export function chainTimeAt(timestamp: bigint, observedAtMs: number, nowMs: number): bigint {
  return timestamp + BigInt(Math.max(0, Math.floor((nowMs - observedAtMs) / 1000)));
}

export type DurationParts = { days: number; hours: number; minutes: number; seconds: number };

/** A number of seconds as days, hours, minutes and seconds. */
export function splitDuration(total: bigint): DurationParts {
  let rest = total > 0n ? total : 0n;
  const days = rest / 86_400n;
  rest -= days * 86_400n;
  const hours = rest / 3_600n;
  rest -= hours * 3_600n;
  const minutes = rest / 60n;
  return { days: Number(days), hours: Number(hours), minutes: Number(minutes), seconds: Number(rest - minutes * 60n) };
}

/** `3 days 04:05:06`-style text in `locale`, units by Intl (`3天 04:05:06` in Chinese). */
export function formatCountdown(total: bigint, locale: string): string {
  const { days, hours, minutes, seconds } = splitDuration(total);
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = `${two(hours)}:${two(minutes)}:${two(seconds)}`;
  if (days === 0) return clock;
  const dayText = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
  return `${dayText} ${clock}`;
}
