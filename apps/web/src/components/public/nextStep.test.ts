import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { nextClaimStep, type ClaimRandomnessView, type NextClaimStepParameters, type SlotStatus } from '@lashou/sdk';
import { formatTime } from '../../lib/format.ts';
import { NEXT_STEP_KEYS, nextStepView, renderMessage, type NextStepView } from './nextStep.ts';

// The claim page's "Next step" panel: from nextClaimStep's answer (the SDK's own function, fed with claims in each
// stage) to the sentences shown, in English and Chinese, with the app's real texts (locales/<language>/claims.json)
// and i18next as the app configures it.

const LANGUAGES = ['en', 'zh-CN'] as const;
type Language = (typeof LANGUAGES)[number];
const t: Record<Language, TFunction> = {} as Record<Language, TFunction>;
const exists: Record<Language, (key: string) => boolean> = {} as Record<Language, (key: string) => boolean>;

before(async () => {
  for (const language of LANGUAGES) {
    const texts = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'locales', language, 'claims.json'), 'utf8')) as Record<string, unknown>;
    const instance = i18next.createInstance();
    await instance.init({ lng: language, fallbackLng: false, ns: ['claims'], defaultNS: 'claims', resources: { [language]: { claims: texts } }, interpolation: { escapeValue: false } });
    t[language] = instance.getFixedT(language, 'claims');
    exists[language] = (key) => instance.exists(key, { ns: 'claims' });
  }
});

const DAY = 86_400n;
const T = 1_800_000_000n;
const W = (n: number) => `0x${String(n).repeat(40)}` as `0x${string}`;
type Claim = NextClaimStepParameters['claim'];
const slot = (index: number, status: SlotStatus, deadline: bigint) => ({ slot: index, witness: status === 'Empty' ? W(0) : W(index + 1), status, deadline, reportHash: `0x${'0'.repeat(64)}` as `0x${string}` });
const claim = (over: Partial<Claim>): Claim => ({
  claimId: 3n,
  state: 'Filed',
  deadline: 0n,
  stakesSettled: false,
  randomnessRequest: 0n,
  witnesses: [slot(0, 'Empty', 0n), slot(1, 'Empty', 0n), slot(2, 'Empty', 0n)],
  fullyPaid: false,
  ...over,
});

type Case = { claim: Claim; now: bigint; blockNumber?: bigint; randomness?: ClaimRandomnessView; honourUntil?: bigint };
/** nextClaimStep, then the view with what the page knows (state, the concerned slot's status, the block). */
function view(c: Case): { view: NextStepView; detail: string } {
  const blockNumber = c.blockNumber ?? 1_000n;
  const next = nextClaimStep({ claim: c.claim, now: c.now, blockNumber, randomness: c.randomness, honourUntil: c.honourUntil });
  const slotStatus = next.slot === undefined ? undefined : c.claim.witnesses[next.slot]?.status;
  return { view: nextStepView(next, { state: c.claim.state, slotStatus, blockNumber, fullyPaid: c.claim.fullyPaid }), detail: next.detail };
}
/** The panel's sentences in `language`, in the order shown. */
function sentences(v: NextStepView, language: Language) {
  const text = (m: NextStepView['headline'] | undefined) => (m ? renderMessage(m, t[language], language) : undefined);
  return { headline: text(v.headline), then: text(v.then), keeper: text(v.keeper), button: text(v.button), countdownTo: v.countdownTo };
}

const announcedEnds = T + 7n * DAY;
const announced = claim({ state: 'Announced', deadline: announcedEnds, witnesses: [0, 1, 2].map((i) => slot(i, 'Approved', 0n)) });

describe('the next step in words', () => {
  test('announced (公示), not over: who may act meanwhile, then when anyone may approve, with the countdown to it', () => {
    const { view: v } = view({ claim: announced, now: announcedEnds - 3_600n });
    const at = announcedEnds + 1n;
    assert.deepEqual(sentences(v, 'en'), {
      headline: 'Announced (公示): anyone may report fraud until the announcement ends.',
      then: `From ${formatTime(at, 'en')}, anyone may approve the claim after the announcement (公示) and queue its payout.`,
      keeper: undefined,
      button: undefined,
      countdownTo: at,
    });
    assert.deepEqual(sentences(v, 'zh-CN'), {
      headline: '公示中：公示结束前任何人都可以举报骗保。',
      then: `自 ${formatTime(at, 'zh-CN')} 起，任何人都可以在公示结束后批准此申请并安排打款。`,
      keeper: undefined,
      button: undefined,
      countdownTo: at,
    });
  });

  test('announcement over: due now, anyone may take it (a keeper normally does), with a button; no countdown', () => {
    const { view: v } = view({ claim: announced, now: announcedEnds + 1n });
    assert.deepEqual(sentences(v, 'en'), {
      headline: 'Due now: anyone may approve the claim after the announcement (公示) and queue its payout.',
      then: undefined,
      keeper: 'No permission is needed, only gas: a keeper normally sends this step within seconds of it being allowed, and anyone may send it.',
      button: 'Approve after the announcement',
      countdownTo: undefined,
    });
    assert.deepEqual(sentences(v, 'zh-CN'), {
      headline: '现在即可执行：任何人都可以在公示结束后批准此申请并安排打款。',
      then: undefined,
      keeper: '无需任何权限，只需手续费：自动执行程序通常会在允许后几秒内发送这一步，任何人也都可以发送。',
      button: '公示结束，批准',
      countdownTo: undefined,
    });
  });

  test('witnesses (见证人): waits for the first one due, to accept or to attest as its slot says; then anyone replaces it (slots counted from 1)', () => {
    const attestBy = T + 5n * DAY;
    const drawn = claim({ state: 'WitnessesDrawn', witnesses: [slot(0, 'Approved', 0n), slot(1, 'Accepted', attestBy), slot(2, 'Drawn', attestBy + DAY)] });
    const waiting = view({ claim: drawn, now: T }).view;
    assert.equal(sentences(waiting, 'en').headline, 'Waiting for the witnesses (见证人) to attest their visit; witness 2 is the first due to attest.');
    assert.equal(
      sentences(waiting, 'en').then,
      `From ${formatTime(attestBy + 1n, 'en')}, anyone may replace witness 2, who missed the deadline (part of their stake is slashed), and draw another.`,
    );
    assert.equal(sentences(waiting, 'zh-CN').headline, '等待见证人签名确认探访结果；最先到期须确认的是见证人 2。');
    assert.equal(sentences(waiting, 'zh-CN').then, `自 ${formatTime(attestBy + 1n, 'zh-CN')} 起，任何人都可以替换超时的见证人 2（扣除其部分押金）并重新抽选。`);
    assert.equal(waiting.countdownTo, attestBy + 1n);
    assert.equal(waiting.restatesState, undefined, 'which witness is due first is more than the state says');

    const accepting = claim({ state: 'WitnessesDrawn', witnesses: [slot(0, 'Drawn', T + DAY), slot(1, 'Drawn', T + DAY), slot(2, 'Drawn', T + DAY)] });
    assert.equal(sentences(view({ claim: accepting, now: T }).view, 'en').headline, 'Waiting for the witnesses (见证人) to accept and visit the patient; witness 1 is the first due to accept.');
    assert.equal(sentences(view({ claim: accepting, now: T }).view, 'zh-CN').headline, '等待见证人接受并探访患者；最先到期须接受的是见证人 1。');

    const late = sentences(view({ claim: accepting, now: T + DAY + 1n }).view, 'zh-CN');
    assert.equal(late.headline, '现在即可执行：任何人都可以替换超时的见证人 1（扣除其部分押金）并重新抽选。');
    assert.equal(late.button, '替换见证人 1');
    assert.equal(sentences(view({ claim: accepting, now: T + DAY + 1n }).view, 'en').button, 'Replace witness 1');
  });

  test('randomness: the target block and the chain’s block while it is ahead; then recorded by anyone from that block', () => {
    const reviewed = claim({ state: 'Reviewed', randomnessRequest: 9n, witnesses: [0, 1, 2].map((i) => slot(i, 'Empty', T + 3n * DAY)) });
    const ahead = view({ claim: reviewed, now: T, blockNumber: 110n, randomness: { ready: false, expired: false, targetBlock: 120n } }).view;
    assert.deepEqual(sentences(ahead, 'en'), {
      headline: 'Waiting for block 120, whose random number draws the witnesses (the chain is at block 110).',
      then: "From block 120, anyone may record that block's random number and draw the witnesses.",
      keeper: undefined,
      button: undefined,
      countdownTo: undefined,
    });
    assert.equal(sentences(ahead, 'zh-CN').headline, '等待区块 120，用它的随机数抽选见证人（当前区块 110）。');
    assert.equal(sentences(ahead, 'zh-CN').then, '自区块 120 起，任何人都可以记录该区块的随机数并抽选见证人。');
    const mined = sentences(view({ claim: reviewed, now: T, blockNumber: 120n, randomness: { ready: false, expired: false, targetBlock: 120n } }).view, 'en');
    assert.equal(mined.headline, "Due now: anyone may record that block's random number and draw the witnesses.");
    assert.equal(mined.button, 'Draw the witnesses');
    // A VRF request: no block to wait for, only the source.
    const vrf = sentences(view({ claim: reviewed, now: T, randomness: { ready: false, expired: false } }).view, 'zh-CN');
    assert.deepEqual([vrf.headline, vrf.then], ['等待抽选见证人所用的随机数。', '随机数就绪后，任何人都可以用随机数抽选见证人。']);
  });

  test('the operator: a review or an arbitration, as the state says; then anyone closes the claim', () => {
    const reviewBy = T + 2n * DAY;
    const filed = sentences(view({ claim: claim({ state: 'Filed', deadline: reviewBy }), now: T }).view, 'en');
    assert.equal(filed.headline, "Waiting for the operator's review.");
    assert.equal(filed.then, `From ${formatTime(reviewBy + 1n, 'en')}, anyone may close the claim unpaid, as the rules say once its deadline has passed.`);
    const arbitration = claim({ state: 'UnderArbitration', deadline: reviewBy, witnesses: [slot(0, 'Rejected', 0n), slot(1, 'Approved', 0n), slot(2, 'Approved', 0n)] });
    assert.equal(sentences(view({ claim: arbitration, now: T }).view, 'zh-CN').headline, '有见证人否决：等待运营公司仲裁。');
    assert.equal(sentences(view({ claim: arbitration, now: T }).view, 'zh-CN').then, `自 ${formatTime(reviewBy + 1n, 'zh-CN')} 起，任何人都可以按规则关闭此申请（不予打款）。`);
  });

  test('approved: paid in instalments until the payment window ends, then the rest is cancelled; closed in full or in part', () => {
    const windowEnds = T + 180n * DAY;
    const queued = claim({ state: 'Approved', deadline: windowEnds });
    const waiting = view({ claim: queued, now: T }).view;
    assert.deepEqual(sentences(waiting, 'en'), {
      headline: 'The payout is queued in the pool: it is paid in instalments as epochs are settled.',
      then: `Paid in instalments at each settlement until ${formatTime(windowEnds + 1n, 'en')}; whatever is unpaid then is cancelled, and anyone may close the claim paid in part: what the pool has not paid by the end of the payment window is cancelled (the fraud-report window starts).`,
      keeper: undefined,
      button: undefined,
      countdownTo: windowEnds + 1n,
    });
    assert.equal(
      sentences(waiting, 'zh-CN').then,
      `在 ${formatTime(windowEnds + 1n, 'zh-CN')} 之前，每次结算时分期打款；届时仍未打款的部分将被取消，任何人都可以按部分打款结案：付款期结束时资金池尚未支付的部分被取消（举报期开始）。`,
    );
    // Every payment made before the window ends: marked paid in full at once.
    const paidInFull = sentences(view({ claim: { ...queued, fullyPaid: true }, now: T }).view, 'en');
    assert.deepEqual([paidInFull.headline, paidInFull.button], ['Due now: anyone may mark the claim paid (the fraud-report window starts).', 'Mark paid']);
    // The window over with payments left: closed paid in part, the rest cancelled.
    const inPart = view({ claim: queued, now: windowEnds + 1n }).view;
    assert.deepEqual([sentences(inPart, 'en').headline, sentences(inPart, 'en').button], [
      'Due now: anyone may close the claim paid in part: what the pool has not paid by the end of the payment window is cancelled (the fraud-report window starts).',
      'Close, paid in part',
    ]);
    assert.deepEqual([sentences(inPart, 'zh-CN').headline, sentences(inPart, 'zh-CN').button], ['现在即可执行：任何人都可以按部分打款结案：付款期结束时资金池尚未支付的部分被取消（举报期开始）。', '按部分打款结案']);
    assert.equal(view({ claim: queued, now: windowEnds }).view.button, undefined, 'the window’s last second still belongs to the settlements');
  });

  test('reports after payout, investigation, and the end', () => {
    const paid = sentences(view({ claim: claim({ state: 'Paid', deadline: T + 30n * DAY }), now: T }).view, 'zh-CN');
    assert.deepEqual([paid.headline, paid.then], ['已打款：举报期结束前仍可举报骗保。', `自 ${formatTime(T + 30n * DAY + 1n, 'zh-CN')} 起，任何人都可以解锁见证人的押金。`]);
    // The page says what Approved and Paid mean just above the panel: these headlines are left out there.
    for (const state of ['Filed', 'Approved', 'Paid', 'Announced'] as const) {
      assert.equal(view({ claim: claim({ state, deadline: T + DAY }), now: T }).view.restatesState, true, state);
    }
    const investigating = view({ claim: claim({ state: 'UnderInvestigation', deadline: T }), now: T }).view;
    assert.equal(investigating.restatesState, undefined, 'an investigation has no "then": its headline stays');
    assert.equal(sentences(investigating, 'en').headline, 'Fraud reports are under investigation (several may be open): the operator resolves each, or anyone may close a report once its deadline has passed.');
    assert.equal(investigating.then, undefined);
    for (const state of ['Rejected', 'FraudConfirmed'] as const) {
      const done = view({ claim: claim({ state }), now: T }).view;
      assert.deepEqual(sentences(done, 'en'), { headline: 'Nothing more happens to this claim.', then: undefined, keeper: undefined, button: undefined, countdownTo: undefined });
      assert.equal(sentences(done, 'zh-CN').headline, '此申请不会再有变化。');
    }
  });

  test('a run-off past its honour period: anyone closes the claim now', () => {
    const v = sentences(view({ claim: announced, now: T + DAY, honourUntil: T + DAY }).view, 'en');
    assert.deepEqual([v.headline, v.button], ['Due now: anyone may close the claim unpaid, as the rules say once its deadline has passed.', 'Close the claim']);
  });
});

describe('every answer of nextClaimStep reads in both languages', () => {
  /** Claims in every state and slot situation, at times before, at and after their deadlines, with every randomness view. */
  function* cases(): Generator<Case> {
    const deadline = T + 3n * DAY;
    const times = [T, deadline, deadline + 1n, deadline + 10n * DAY];
    const randomness: (ClaimRandomnessView | undefined)[] = [undefined, { ready: true, expired: false }, { ready: false, expired: true }, { ready: false, expired: false }, { ready: false, expired: false, targetBlock: 1_000n }, { ready: false, expired: false, targetBlock: 2_000n }];
    const slotSets: Claim['witnesses'][] = [
      [0, 1, 2].map((i) => slot(i, 'Empty', deadline)),
      [0, 1, 2].map((i) => slot(i, 'Empty', 0n)),
      [slot(0, 'Drawn', deadline), slot(1, 'Accepted', deadline + DAY), slot(2, 'Empty', deadline)],
      [slot(0, 'Approved', 0n), slot(1, 'Accepted', deadline), slot(2, 'Approved', 0n)],
      [slot(0, 'Rejected', 0n), slot(1, 'Approved', 0n), slot(2, 'Drawn', deadline)],
      [0, 1, 2].map((i) => slot(i, 'Approved', 0n)),
    ];
    const states: Claim['state'][] = ['None', 'Filed', 'Reviewed', 'WitnessesDrawn', 'Attested', 'Announced', 'Approved', 'Paid', 'Rejected', 'UnderArbitration', 'UnderInvestigation', 'FraudConfirmed'];
    for (const state of states)
      for (const now of times)
        for (const witnesses of slotSets)
          for (const r of randomness)
            for (const flags of [{ fullyPaid: false, stakesSettled: false }, { fullyPaid: true, stakesSettled: true }])
              for (const honourUntil of [undefined, T + DAY]) {
                yield { claim: claim({ state, deadline, witnesses, randomnessRequest: r ? 7n : 0n, ...flags }), now, blockNumber: 1_500n, ...(r ? { randomness: r } : {}), ...(honourUntil ? { honourUntil } : {}) };
              }
  }

  test('every key the panel uses exists in both languages', () => {
    for (const language of LANGUAGES) assert.deepEqual(NEXT_STEP_KEYS.filter((key) => !exists[language](key)), [], `missing in ${language}/claims.json`);
  });

  test('every situation gives complete sentences: no key shown as text, no placeholder left, Chinese without English (never the SDK’s detail)', () => {
    const seen = new Set<string>();
    for (const c of cases()) {
      const { view: v, detail } = view(c);
      for (const language of LANGUAGES) {
        const s = sentences(v, language);
        for (const text of [s.headline, s.then, s.keeper, s.button]) {
          if (text === undefined) continue;
          seen.add(`${language}:${text.slice(0, 24)}`);
          assert.ok(!text.includes('nextStep.') && !text.includes('{{'), `${language}: "${text}" for ${JSON.stringify(c, (_, x) => (typeof x === 'bigint' ? String(x) : x))}`);
          assert.ok(!text.includes(detail), `${language}: the SDK's English detail is not shown`);
          if (language === 'zh-CN') assert.doesNotMatch(text, /[A-Za-z]{2,}/, `Chinese text with English words: "${text}"`);
        }
      }
      // A due step always has its button; one that is not due never has.
      assert.equal(v.button !== undefined, v.keeper !== undefined);
      if (v.button) assert.equal(v.then, undefined);
    }
    // The grid reaches every kind of sentence (a vacuous loop would pass anything).
    assert.ok(seen.size >= 2 * 20, `only ${seen.size / 2} distinct sentences reached`);
  });
});
