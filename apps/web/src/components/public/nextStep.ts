import type { TFunction } from 'i18next';
import type { ClaimState, NextClaimStepReturnType, SlotStatus } from '@lashou/sdk';
import { formatTime } from '../../lib/format';

/**
 * The claim page's "Next step" panel in words: from `nextClaimStep`'s answer (the SDK's, which the keeper and
 * `advanceClaim` decide with) to texts of the `claims` namespace (`nextStep.*`), in the page's language. The
 * sentences are built from `kind`, `waitingFor`, `allowedAt`, `allowedAtBlock` and `slot` (never from `detail`,
 * which is English), with the claim's state and the concerned slot's status where the same wait reads differently
 * (a review or an arbitration; a witness to accept or to attest).
 */

/** A chain time (unix seconds), formatted in the page's language when the message is rendered. */
export type TimeParam = { time: bigint };
/** A text of the `claims` namespace and its parameters (a parameter may be another message, e.g. the step's action). */
export type Message = { key: string; params?: Record<string, string | TimeParam | Message> };

export type NextStepView = {
  /** What the claim waits for, or, when a step is due, that anyone may take it now. */
  headline: Message;
  /** When the step becomes allowed and what it does (absent when it is due or when nothing can move the claim). */
  then?: Message;
  /** Chain time the countdown runs to (`allowedAt`), while the step is not yet allowed. */
  countdownTo?: bigint;
  /** That no permission is needed and a keeper normally takes it (only when due). */
  keeper?: Message;
  /** The button's label (only when due). */
  button?: Message;
  /** The headline only says again what the claim's state means (a wait for the operator, for reports, for the
   *  settlement): a page that already explains the state leaves it out and keeps the `then` sentence. */
  restatesState?: boolean;
};

/**
 * What the page knows besides the step: the claim's state, the concerned slot's status, the latest block, and
 * whether every payment of the claim is made (an approved claim is then closed paid in full; at the end of its
 * payment window otherwise, paid in part).
 */
export type NextStepContext = { state: ClaimState; slotStatus?: SlotStatus | undefined; blockNumber: bigint; fullyPaid?: boolean | undefined };

const m = (key: string, params?: Message['params']): Message => (params ? { key: `nextStep.${key}`, params } : { key: `nextStep.${key}` });
/** Slots are numbered from 1 on the page (the witnesses table does the same). */
const slotText = (slot: number | undefined) => String((slot ?? 0) + 1);

/** The texts' name of the step: marking an approved claim paid when it is not paid in full closes it paid in part. */
function stepName(next: NextClaimStepReturnType, context: NextStepContext): string | undefined {
  if (next.kind === 'markClaimPaid' && context.state === 'Approved' && context.fullyPaid === false) return 'markClaimPaidInPart';
  return next.kind;
}

/** The step as an action phrase ("approve the claim after the announcement (公示) and queue its payout"). */
function action(next: NextClaimStepReturnType, context: NextStepContext): Message | undefined {
  const name = stepName(next, context);
  if (!name) return undefined;
  return name === 'replaceWitness' ? m(`actions.${name}`, { slot: slotText(next.slot) }) : m(`actions.${name}`);
}

/** What the claim waits for while no permissionless step is allowed. */
function waiting(next: NextClaimStepReturnType, context: NextStepContext): Message {
  switch (next.waitingFor) {
    case 'operator':
      return m(context.state === 'UnderArbitration' ? 'waiting.operatorArbitration' : 'waiting.operatorReview');
    case 'witnesses':
      if (next.slot === undefined) return m('waiting.witnesses');
      return m(context.slotStatus === 'Accepted' ? 'waiting.witnessesAttest' : 'waiting.witnessesAccept', { slot: slotText(next.slot) });
    case 'randomness':
      if (next.kind === 'expireClaim') return m('waiting.randomnessDraw');
      if (next.allowedAtBlock !== undefined) return m('waiting.randomnessBlock', { block: String(next.allowedAtBlock), now: String(context.blockNumber) });
      return m('waiting.randomness');
    case 'settlement':
      return m('waiting.settlement');
    case 'reporters':
      return m(context.state === 'Paid' ? 'waiting.reportersPaid' : 'waiting.reportersAnnounced');
    case 'investigation':
      return m('waiting.investigation');
    case 'anyone':
      return m('waiting.anyone');
    case 'nobody':
      return m('waiting.nobody');
  }
}

/** The panel's texts for `next` (see {@link renderMessage} to turn them into sentences). */
export function nextStepView(next: NextClaimStepReturnType, context: NextStepContext): NextStepView {
  const act = action(next, context);
  const name = stepName(next, context);
  if (next.due && act && name) {
    const button = name === 'replaceWitness' ? m(`buttons.${name}`, { slot: slotText(next.slot) }) : m(`buttons.${name}`);
    return { headline: m('dueNow', { action: act }), keeper: m('keeper'), button };
  }
  const view: NextStepView = { headline: waiting(next, context) };
  if (next.waitingFor === 'operator' || next.waitingFor === 'reporters' || next.waitingFor === 'settlement') view.restatesState = true;
  if (!act) return view;
  if (next.waitingFor === 'settlement' && next.allowedAt !== undefined) {
    // An approved claim is paid in instalments until its payment window ends; then the rest is cancelled.
    view.then = m('then.paymentWindow', { time: { time: next.allowedAt }, action: act });
    view.countdownTo = next.allowedAt;
  } else if (next.allowedAt !== undefined) {
    view.then = m('then.at', { time: { time: next.allowedAt }, action: act });
    view.countdownTo = next.allowedAt;
  } else if (next.allowedAtBlock !== undefined) {
    view.then = m('then.atBlock', { block: String(next.allowedAtBlock), action: act });
  } else if (next.waitingFor === 'settlement') {
    view.then = m('then.settlement', { action: act });
  } else if (next.waitingFor === 'randomness') {
    view.then = m('then.randomness', { action: act });
  }
  return view;
}

/** A message as a sentence in `language`: nested messages first, times formatted for the language. */
export function renderMessage(message: Message, t: TFunction, language: string): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (typeof value === 'string') params[name] = value;
    else if ('time' in value) params[name] = formatTime(value.time, language);
    else params[name] = renderMessage(value, t, language);
  }
  return t(message.key, params);
}

/** Every key {@link nextStepView} can produce, for the locale checks. */
export const NEXT_STEP_KEYS = [
  'title', 'loading', 'error', 'dueNow', 'keeper', 'connect', 'allowedIn', 'allowedNow', 'done', 'alreadyTaken',
  'then.at', 'then.atBlock', 'then.settlement', 'then.paymentWindow', 'then.randomness',
  ...['operatorReview', 'operatorArbitration', 'witnesses', 'witnessesAccept', 'witnessesAttest', 'randomness', 'randomnessBlock', 'randomnessDraw', 'settlement', 'reportersAnnounced', 'reportersPaid', 'investigation', 'anyone', 'nobody'].map((k) => `waiting.${k}`),
  ...['fulfilRandomness', 'drawWitnesses', 'replaceWitness', 'approveClaim', 'markClaimPaid', 'markClaimPaidInPart', 'releaseStakes', 'expireClaim'].flatMap((k) => [`actions.${k}`, `buttons.${k}`]),
].map((key) => `nextStep.${key}`);
