import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAmount } from './formatAmount.js';
import { parseAmount } from './parseAmount.js';

test('parseAmount reads decimal text exactly in the token decimals', () => {
  assert.equal(parseAmount('12.50', { decimals: 6 }), 12_500_000n);
  assert.equal(parseAmount(' 7 ', { decimals: 6 }), 7_000_000n);
  assert.equal(parseAmount('0.000001', { decimals: 6 }), 1n);
  assert.equal(parseAmount('123456789012345678901234567890', { decimals: 18 }), 123456789012345678901234567890n * 10n ** 18n);
  assert.equal(parseAmount('0.1', { decimals: 18 }), 100_000_000_000_000_000n);
  assert.equal(parseAmount('5', { decimals: 0 }), 5n);
});

test('parseAmount refuses negatives, garbage and too many decimals with clear messages', () => {
  assert.throws(() => parseAmount('-1', { decimals: 6 }), /negative/);
  assert.throws(() => parseAmount('1.0000001', { decimals: 6, symbol: 'tUSD' }), /has 7 decimals but tUSD has only 6/);
  assert.throws(() => parseAmount('1e6', { decimals: 6 }), /is not an amount/);
  assert.throws(() => parseAmount('1,000', { decimals: 6 }), /is not an amount/);
  assert.throws(() => parseAmount('abc', { decimals: 6 }), /is not an amount/);
  assert.throws(() => parseAmount('', { decimals: 6 }), /empty/);
  assert.throws(() => parseAmount('.5', { decimals: 6 }), /is not an amount/);
  assert.throws(() => parseAmount('0.5', { decimals: 0 }), /has 1 decimals but the token has only 0/);
});

test('formatAmount shows at least two decimals, more when needed, never rounding', () => {
  assert.equal(formatAmount(9_500_000n, { decimals: 6, symbol: 'tUSD' }), '9.50 tUSD');
  assert.equal(formatAmount(10_000_000n, { decimals: 6 }), '10.00');
  assert.equal(formatAmount(4_716_982n, { decimals: 6 }), '4.716982');
  assert.equal(formatAmount(1n, { decimals: 18 }), '0.000000000000000001');
  assert.equal(formatAmount(-500_000n, { decimals: 6 }), '-0.50');
  assert.equal(formatAmount(42n, { decimals: 0 }), '42');
  for (const units of [0n, 1n, 10_000n, 123_456_789n, 100_000_000_000n]) {
    assert.equal(parseAmount(formatAmount(units, { decimals: 6 }), { decimals: 6 }), units, `round trip of ${units}`);
  }
});
