/**
 * Locale-aware formatting of the protocol's values. Amounts stay bigint in the token's own decimals until they
 * are shown; nothing here rounds a figure that is compared or sent.
 */

/** `value` (base units) as a decimal string in `locale`, with all significant fraction digits (at least `minFraction`). */
export function formatTokenAmount(value: bigint, decimals: number, locale: string, minFraction = 2): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const base = 10n ** BigInt(decimals);
  const whole = abs / base;
  let fraction = (abs % base).toString().padStart(decimals, '0').replace(/0+$/, '');
  if (fraction.length < minFraction) fraction = fraction.padEnd(Math.min(minFraction, decimals), '0');
  const nf = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 0 });
  const separator = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return `${negative ? '-' : ''}${nf.format(whole)}${fraction ? separator + fraction : ''}`;
}

/** An amount with its symbol, e.g. `1,234.50 USDC` / `1,234.50 USDC`. */
export function formatMoney(value: bigint, token: { decimals: number; symbol: string }, locale: string): string {
  return `${formatTokenAmount(value, token.decimals, locale)} ${token.symbol}`;
}

/** A unix time (seconds) as a local date and time. */
export function formatTime(seconds: bigint | number, locale: string, style: 'date' | 'datetime' = 'datetime'): string {
  const date = new Date(Number(seconds) * 1000);
  return new Intl.DateTimeFormat(locale, style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A duration in seconds as `3 d 4 h` / `3天4小时`, largest two units. */
export function formatDuration(seconds: bigint | number, locale: string): string {
  let rest = Math.max(0, Math.floor(Number(seconds)));
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
    ['second', 1],
  ];
  const parts: string[] = [];
  for (const [unit, size] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || (parts.length === 0 && unit === 'second')) {
      parts.push(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(count));
    }
    if (parts.length === 2) break;
  }
  return parts.join(locale.startsWith('zh') ? '' : ' ');
}

/** `0x1234…abcd`. */
export function shortHex(value: string, chars = 4): string {
  return value.length <= 2 + chars * 2 + 1 ? value : `${value.slice(0, 2 + chars)}…${value.slice(-chars)}`;
}
