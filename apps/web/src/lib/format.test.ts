import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, formatTokenAmount, shortHex } from './format.ts';

test('formatTokenAmount keeps every base unit and groups per locale', () => {
  assert.equal(formatTokenAmount(1_234_567_890n, 6, 'en'), '1,234.56789');
  assert.equal(formatTokenAmount(1n, 6, 'en'), '0.000001');
  assert.equal(formatTokenAmount(5_000_000n, 6, 'zh-CN'), '5.00');
  assert.equal(formatTokenAmount(-12_500_000n, 6, 'en'), '-12.50');
  assert.equal(formatTokenAmount(10n ** 24n + 1n, 18, 'en'), '1,000,000.000000000000000001');
  assert.equal(formatTokenAmount(1_000n, 0, 'de-DE'), '1.000');
});

test('formatDuration shows the two largest units', () => {
  assert.equal(formatDuration(90_061, 'en'), '1 day 1 hr');
  assert.equal(formatDuration(0, 'en'), '0 sec');
  assert.match(formatDuration(3_600 * 5 + 60 * 7, 'zh-CN'), /5.*小时.*7.*分钟/);
});

test('shortHex abbreviates long hex only', () => {
  assert.equal(shortHex('0x1234567890abcdef1234567890abcdef12345678'), '0x1234…5678');
  assert.equal(shortHex('0x12'), '0x12');
});
