import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEvent } from '../../api/schemas';
import { paymentFacts, reportableNow, waitingFacts } from './claimFacts.ts';

const T = 1_800_000_000n;
let n = 0;
const event = (kind: string, data: Record<string, unknown>): TimelineEvent => ({ id: `e${++n}`, kind, data, blockNumber: BigInt(n), logIndex: 0, timestamp: T, transactionHash: '0x01' });
const changed = (fromState: string, toState: string, deadline: bigint) => event('ClaimStateChanged', { fromState, toState, deadline: String(deadline) });
const claim = (over: Partial<Parameters<typeof paymentFacts>[0]> = {}): Parameters<typeof paymentFacts>[0] => ({
  state: 'Approved', deadline: T + 100n, approvedAmount: 30n, paidAmount: 10n, reportWindowEnds: null, timeline: [], ...over,
});

test('the payment schedule and a shortfall: from the API’s fields, else the timeline, else the approved claim’s deadline', () => {
  const fromApi = claim({ payment: { approved: 30n, paid: 10n, remaining: 20n, shortfall: null, paidInPart: false, expectedEpochs: 4n, paymentDeadline: T + 99n } });
  assert.deepEqual(paymentFacts(fromApi), { paymentDeadline: T + 99n, expectedEpochs: 4n, shortfall: null, paid: 10n });
  assert.deepEqual(paymentFacts(claim({ paymentDeadline: T + 98n, expectedEpochs: 2n })), { paymentDeadline: T + 98n, expectedEpochs: 2n, shortfall: null, paid: 10n });
  const timeline = [event('ClaimPaymentScheduled', { epochs: '5', paymentDeadline: String(T + 97n) })];
  assert.deepEqual(paymentFacts(claim({ timeline })), { paymentDeadline: T + 97n, expectedEpochs: 5n, shortfall: null, paid: 10n });
  // An API without the schedule: an approved claim's deadline is its payment window's end.
  assert.deepEqual(paymentFacts(claim()), { paymentDeadline: T + 100n, expectedEpochs: null, shortfall: null, paid: 10n });
  assert.equal(paymentFacts(claim({ state: 'Paid', deadline: T + 5n })).paymentDeadline, null, 'a paid claim’s deadline is its report window');
  // Closed paid in part.
  const inPart = [...timeline, event('ClaimPaidInPart', { paid: '10', shortfall: '20' })];
  assert.equal(paymentFacts(claim({ state: 'Paid', timeline: inPart })).shortfall, 20n);
  assert.equal(paymentFacts(claim({ state: 'Paid', shortfall: 19n })).shortfall, 19n);
  assert.equal(paymentFacts(claim({ state: 'Paid', shortfall: 0n })).shortfall, null, 'nothing cancelled is not "in part"');
});

test('reportable now: announced until its end, approved until marked paid, paid until the report window ends, and under investigation as the state it returns to', () => {
  assert.equal(reportableNow(claim({ state: 'Announced', deadline: T }), T), true);
  assert.equal(reportableNow(claim({ state: 'Announced', deadline: T }), T + 1n), false);
  assert.equal(reportableNow(claim({ state: 'Approved', deadline: T }), T + 1_000n), true, 'while its instalments are paid, whatever the window');
  assert.equal(reportableNow(claim({ state: 'Paid', reportWindowEnds: T }), T), true);
  assert.equal(reportableNow(claim({ state: 'Paid', reportWindowEnds: T }), T + 1n), false);
  for (const state of ['Filed', 'Reviewed', 'WitnessesDrawn', 'Rejected', 'FraudConfirmed', 'UnderArbitration']) assert.equal(reportableNow(claim({ state: state as never }), T), false, state);
  const investigated = (from: string, timeline: TimelineEvent[], over = {}) =>
    claim({ state: 'UnderInvestigation', deadline: T + 50n, timeline: [...timeline, changed(from, 'UnderInvestigation', T + 50n)], ...over });
  assert.equal(reportableNow(investigated('Approved', [changed('Announced', 'Approved', T + 9n)]), T + 1_000n), true);
  // Announced, then reported: open until the announcement's own end (not the report's deadline).
  const announced = [changed('Attested', 'Announced', T + 10n)];
  assert.equal(reportableNow(investigated('Announced', announced), T + 10n), true);
  assert.equal(reportableNow(investigated('Announced', announced), T + 11n), false);
  assert.equal(reportableNow(investigated('Paid', [], { reportWindowEnds: T + 20n }), T + 20n), true);
  assert.equal(reportableNow(investigated('Paid', [], { reportWindowEnds: T + 20n }), T + 21n), false);
  assert.equal(reportableNow(claim({ state: 'UnderInvestigation', timeline: [] }), T), false, 'unknown: no button');
});

test('the money of a claim that waits for the token: the API’s rows that still wait, else the claim row’s totals, else nothing', () => {
  const credit = (source: string, reportId: bigint | null, reason: string, pending: bigint, deferred = pending) => ({
    source, reportId, reason, pending, deferred, credited: deferred - pending,
  });
  const waiting = {
    pendingCredit: 350n,
    owedStake: 15_000n,
    credits: [credit('FraudReports', 3n, 'SLASH', 300n), credit('FraudReports', 4n, 'DISMISSED_BOND', 0n, 100n), credit('ClaimsManager', null, 'NO_SHOW', 50n)],
    owedStakes: [{ module: 'FraudReports', witness: null, amount: 15_000n, paid: false }],
  };
  assert.deepEqual(waitingFacts({ waiting }), {
    pendingCredit: 350n,
    owedStake: 15_000n,
    credits: [
      { source: 'FraudReports', reportId: 3n, reason: 'SLASH', amount: 300n },
      { source: 'ClaimsManager', reportId: null, reason: 'NO_SHOW', amount: 50n },
    ],
  }, 'a credit already made is left out');
  // Only the stake is still owed (the credit was made from the tokens the module already had, or the other way round).
  assert.deepEqual(waitingFacts({ waiting: { ...waiting, pendingCredit: 0n, credits: [] } }), { pendingCredit: 0n, owedStake: 15_000n, credits: [] });
  // A list page's claim row: the totals without the rows.
  assert.deepEqual(waitingFacts({ pendingCredit: 7n, owedStake: 0n }), { pendingCredit: 7n, owedStake: 0n, credits: [] });
  assert.equal(waitingFacts({ pendingCredit: 0n, owedStake: 0n }), null, 'nothing waits');
  assert.equal(waitingFacts({}), null, 'an API older than the token controls');
  assert.equal(waitingFacts({ waiting: { ...waiting, pendingCredit: 0n, owedStake: 0n } }), null);
});
