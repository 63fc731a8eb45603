import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chainTimeAt, formatCountdown, secondsRemaining, splitDuration } from './countdown.ts';

test('secondsRemaining subtracts whole seconds elapsed since the answer was seen', () => {
  assert.equal(secondsRemaining(604_800n, 1_000, 1_000), 604_800n);
  assert.equal(secondsRemaining(604_800n, 1_000, 1_999), 604_800n);
  assert.equal(secondsRemaining(604_800n, 1_000, 3_500), 604_798n);
  // a clock that went backwards does not add time
  assert.equal(secondsRemaining(10n, 5_000, 1_000), 10n);
});

test('secondsRemaining never goes below zero', () => {
  assert.equal(secondsRemaining(5n, 0, 60_000), 0n);
  assert.equal(secondsRemaining(0n, 0, 0), 0n);
});

test('splitDuration splits into days, hours, minutes, seconds', () => {
  assert.deepEqual(splitDuration(604_800n), { days: 7, hours: 0, minutes: 0, seconds: 0 });
  assert.deepEqual(splitDuration(90_061n), { days: 1, hours: 1, minutes: 1, seconds: 1 });
  assert.deepEqual(splitDuration(-5n), { days: 0, hours: 0, minutes: 0, seconds: 0 });
});

test('formatCountdown shows days in the language and a clock', () => {
  assert.equal(formatCountdown(90_061n, 'en'), '1 day 01:01:01');
  assert.equal(formatCountdown(3_599n, 'en'), '00:59:59');
  assert.match(formatCountdown(7n * 86_400n + 5n, 'zh-CN'), /^7\s?天 00:00:05$/);
});

test('chainTimeAt moves the latest block’s time on by the whole seconds since it was seen, never back', () => {
  assert.equal(chainTimeAt(1_800_000_000n, 5_000, 5_000), 1_800_000_000n);
  assert.equal(chainTimeAt(1_800_000_000n, 5_000, 5_999), 1_800_000_000n);
  assert.equal(chainTimeAt(1_800_000_000n, 5_000, 17_250), 1_800_000_012n);
  assert.equal(chainTimeAt(1_800_000_000n, 5_000, 1_000), 1_800_000_000n);
});
