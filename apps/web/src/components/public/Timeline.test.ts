import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import type { TimelineEvent } from '../../api/schemas';
import { describeEvent } from './Timeline.tsx';

// Every event a claim's timeline can show, in both languages, with the app's real texts: a sentence, not a key or an
// event name, no placeholder left, and no English in the Chinese one.

const LANGUAGES = ['en', 'zh-CN'] as const;
const t: Record<string, TFunction> = {};
before(async () => {
  for (const language of LANGUAGES) {
    const texts = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'locales', language, 'claims.json'), 'utf8')) as Record<string, unknown>;
    const instance = i18next.createInstance();
    await instance.init({ lng: language, fallbackLng: false, ns: ['claims'], defaultNS: 'claims', resources: { [language]: { claims: texts } }, interpolation: { escapeValue: false } });
    t[language] = instance.getFixedT(language, 'claims');
  }
});

const ADDRESS = `0x${'1'.repeat(40)}`;
const money = (v: string | number | bigint | null | undefined) => `${String(v)}.00`;
let n = 0;
const event = (kind: string, data: Record<string, unknown>): TimelineEvent => ({ id: `e${++n}`, kind, data, blockNumber: 1n, logIndex: 0, timestamp: 1_800_000_000n, transactionHash: '0x01' });

/** Each kind with the arguments the indexer stores for it (bigints as decimal strings). */
const EVENTS: TimelineEvent[] = [
  event('ClaimFiled', { amount: '30000000', region: '1', notary: ADDRESS }),
  event('ClaimStateChanged', { fromState: 'Announced', toState: 'UnderInvestigation', reasonName: 'None' }),
  event('ClaimStateChanged', { fromState: 'Filed', toState: 'Rejected', reasonName: 'PersonExpelled' }),
  event('ClaimReviewed', { approved: true, amount: '30000000' }),
  event('ClaimReviewed', { approved: false, reasonName: 'DocumentsInvalid' }),
  event('DrawRandomnessRequested', { requestId: '3', snapshotBlock: '10', expiredRequestId: '0' }),
  event('DrawRandomnessRequested', { requestId: '4', snapshotBlock: '10', expiredRequestId: '3' }),
  event('DrawMade', { requestId: '4' }),
  event('WitnessesDrawn', { drawnRegion: '0', firstTier: 1, setSize: '12', witnesses: [ADDRESS, ADDRESS, ADDRESS] }),
  event('WitnessAssigned', { witness: ADDRESS, slot: '0', stakeLocked: '5000000000' }),
  ...['WitnessAccepted', 'WitnessDeclined', 'WitnessReplaced'].map((kind) => event(kind, { witness: ADDRESS, slot: '1' })),
  event('WitnessAttested', { witness: ADDRESS, slot: '2', approved: true }),
  event('WitnessAttested', { witness: ADDRESS, slot: '2', approved: false }),
  event('WitnessSkipped', { witness: ADDRESS }),
  event('WitnessStakeReleased', { witness: ADDRESS }),
  event('WitnessSlashed', { witness: ADDRESS, amount: '100' }),
  event('StakeSlashed', { witness: ADDRESS, amount: '100' }),
  event('ClaimApproved', { amount: '30000000' }),
  event('ClaimPaymentScheduled', { queuedAhead: '0', perEpochCapacity: '100', epochs: '3', paymentDeadline: '1815000000' }),
  event('ClaimPaidInPart', { paid: '10000000', shortfall: '20000000' }),
  event('PaymentReduced', { paymentId: '7', recipient: ADDRESS, cancelled: '20000000', remaining: '0' }),
  event('ClaimPaid', { reportWindowEnds: '1815000000' }),
  event('FraudReported', { reportId: '2', reporter: ADDRESS, bond: '100000000', commitment: `0x${'2'.repeat(64)}` }),
  event('EvidenceRevealed', { reportId: '2', evidenceHash: `0x${'3'.repeat(64)}` }),
  ...['Open', 'Confirmed', 'Dismissed', 'Expired', 'Superseded'].map((outcomeName) => event('ReportResolved', { reportId: '2', outcomeName })),
  event('ClaimArbitrated', { upheld: false }),
  event('RecoveryRecorded', { amount: '5' }),
  // Money that waits for the token (a paused token), as the indexer writes it.
  event('CreditDeferred', { claimId: '5', amount: '250000000', reason: `0x${'4e4f5f53484f57'.padEnd(64, '0')}`, reasonText: 'NO_SHOW', source: 'ClaimsManager' }),
  event('CreditDeferred', { reportId: '3', claimId: '5', amount: '14600000000', reasonText: 'SLASH', source: 'FraudReports' }),
  event('CreditDeferred', { reportId: '4', claimId: '5', amount: '100000000', reasonText: 'DISMISSED_BOND', source: 'FraudReports' }),
  event('SlashedStakeOwed', { to: ADDRESS, claimId: '5', amount: '5000000000', module: 'FraudReports', witness: ADDRESS }),
  event('SlashedStakeOwed', { to: ADDRESS, claimId: '5', amount: '250000000', module: 'ClaimsManager', witness: null }),
  event('SlashedStakeOwed', { to: ADDRESS, claimId: '5', amount: '1', module: null, witness: null }),
  event('OwedStakePaid', { to: ADDRESS, module: 'FraudReports', amount: '15000000000', total: '15000000000' }),
  event('ReporterPaymentDeferred', { reporter: ADDRESS, amount: '104000000', reportId: '3' }),
  event('PendingCreditMade', { source: 'FraudReports', reportId: '4', reason: 'DISMISSED_BOND', amount: '100000000' }),
  event('PendingCreditMade', { source: 'ClaimsManager', reportId: null, reason: 'NO_SHOW', amount: '250000000' }),
];

test('every timeline event reads as a sentence in both languages, the Chinese one without English', () => {
  for (const e of EVENTS) {
    for (const language of LANGUAGES) {
      const text = describeEvent(e, t[language]!, money, language);
      const where = `${language} ${e.kind} ${JSON.stringify(e.data)}: "${text}"`;
      assert.notEqual(text, e.kind, `an event name shown as text: ${where}`);
      assert.ok(!text.includes('timeline.') && !text.includes('{{') && !/undefined|NaN|null/.test(text), where);
      if (language === 'zh-CN') assert.doesNotMatch(text.replace(/0x[0-9a-f…]+/gi, ''), /[A-Za-z]{2,}/, where);
    }
  }
  // The new events say what happened with their amounts and dates.
  const en = (e: TimelineEvent) => describeEvent(e, t.en!, money, 'en');
  assert.match(en(EVENTS.find((e) => e.kind === 'ClaimPaidInPart')!), /10000000\.00 paid, 20000000\.00 cancelled/);
  assert.match(en(EVENTS.find((e) => e.kind === 'ClaimPaymentScheduled')!), /about 3 settlements/);
  assert.match(en(EVENTS.find((e) => e.kind === 'WitnessesDrawn')!), /3 witnesses drawn from all regions \(12 eligible\)/);
  assert.match(en(EVENTS.find((e) => e.kind === 'ReportResolved' && e.data.outcomeName === 'Superseded')!), /Superseded/);
  // What waits for the token says how much, for whom and why, with the report it came from.
  assert.match(en(EVENTS.find((e) => e.kind === 'CreditDeferred' && e.data.reasonText === 'SLASH')!), /14600000000\.00 to every member deferred .*slashed for fraud \(report #3\)/);
  assert.match(en(EVENTS.find((e) => e.kind === 'CreditDeferred' && e.data.reasonText === 'NO_SHOW')!), /no-show/);
  assert.match(en(EVENTS.find((e) => e.kind === 'SlashedStakeOwed' && e.data.module === 'ClaimsManager')!), /250000000\.00 of slashed stake kept, owed to the claims manager/);
  assert.match(en(EVENTS.find((e) => e.kind === 'ReporterPaymentDeferred')!), /Report #3: 104000000\.00 for supervisor 0x1111…1111 kept/);
  assert.match(en(EVENTS.find((e) => e.kind === 'PendingCreditMade' && e.data.reason === 'DISMISSED_BOND')!), /bond of dismissed report #4/);
  const zh = (e: TimelineEvent) => describeEvent(e, t['zh-CN']!, money, 'zh-CN');
  assert.match(zh(EVENTS.find((e) => e.kind === 'OwedStakePaid')!), /已转给举报合约/);
});
