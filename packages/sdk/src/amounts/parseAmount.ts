import { InvalidInputError } from '../errors/LashouError.js';

/** Parameters of {@link parseAmount}. */
export type ParseAmountParameters = {
  /** The token's decimals. */
  decimals: number;
  /** The token's symbol, for messages. */
  symbol?: string | undefined;
};

/** Token units. */
export type ParseAmountReturnType = bigint;

/**
 * Parses a decimal amount typed by a person into token units, exactly. Accepts digits with an optional
 * decimal point (`12`, `12.5`, `0.000001`); refuses signs, exponents, separators, and more fraction digits
 * than the token has, with a message that says what to type instead.
 * @example
 * parseAmount('12.50', { decimals: 6 }) // 12_500_000n
 */
export function parseAmount(text: string, parameters: ParseAmountParameters): ParseAmountReturnType {
  const { decimals, symbol = 'the token' } = parameters;
  const value = text.trim();
  if (value === '') throw new InvalidInputError('amount is empty: give a number such as 12.50', { code: 'amount.empty' });
  if (/^-/.test(value)) throw new InvalidInputError(`amount "${value}" is negative: amounts must be zero or more`, { code: 'amount.negative', params: { value } });
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) {
    throw new InvalidInputError(
      `"${value}" is not an amount: write digits with an optional decimal point, e.g. 12.50 (no signs, commas or exponents)`,
      { code: 'amount.format', params: { value } },
    );
  }
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) {
    throw new InvalidInputError(
      `amount "${value}" has ${fraction.length} decimals but ${symbol} has only ${decimals}: round it to ${decimals} decimal places`,
      { code: 'amount.tooManyDecimals', params: { value, given: fraction.length, decimals, symbol: parameters.symbol } },
    );
  }
  return BigInt(whole) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
}
