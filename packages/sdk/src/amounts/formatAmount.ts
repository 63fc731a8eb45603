/** Parameters of {@link formatAmount}. */
export type FormatAmountParameters = {
  /** The token's decimals (6 for USDC). */
  decimals: number;
  /** Appended after a space when given (e.g. `tUSD`). */
  symbol?: string | undefined;
  /** Fraction digits always shown (default 2), more only when the amount needs them. */
  minFractionDigits?: number | undefined;
};

/** What {@link formatAmount} returns. */
export type FormatAmountReturnType = string;

/**
 * Formats token units exactly (no floating point), with at least two fraction digits.
 * @example
 * formatAmount(9_500_000n, { decimals: 6, symbol: 'tUSD' }) // '9.50 tUSD'
 * formatAmount(4_716_982n, { decimals: 6 })                 // '4.716982'
 */
export function formatAmount(value: bigint, parameters: FormatAmountParameters): FormatAmountReturnType {
  const { decimals, symbol, minFractionDigits = 2 } = parameters;
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const base = 10n ** BigInt(decimals);
  const whole = abs / base;
  let fraction = decimals > 0 ? (abs % base).toString().padStart(decimals, '0') : '';
  fraction = fraction.replace(/0+$/, '');
  const shown = Math.min(minFractionDigits, decimals);
  if (fraction.length < shown) fraction = fraction.padEnd(shown, '0');
  const text = `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
  return symbol ? `${text} ${symbol}` : text;
}
