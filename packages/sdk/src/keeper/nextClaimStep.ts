import type { ClaimState, GetClaimReturnType } from '../claims/getClaim.js';
import { formatTimestamp } from '../amounts/formatTimestamp.js';

/** The permissionless calls that move a claim on (anyone may send them). */
export type ClaimStepKind = 'fulfilRandomness' | 'drawWitnesses' | 'replaceWitness' | 'approveClaim' | 'markClaimPaid' | 'releaseStakes' | 'expireClaim';

/** Who the claim waits for when no permissionless call is allowed yet. */
export type ClaimWaitingFor = 'operator' | 'witnesses' | 'randomness' | 'settlement' | 'reporters' | 'investigation' | 'anyone' | 'nobody';

/** What a claim's randomness request looks like on chain (only needed while the claim has one). */
export type ClaimRandomnessView = {
  ready: boolean;
  expired: boolean;
  /** The prevrandao request's target block (undefined for a VRF source, which is fulfilled by its coordinator). */
  targetBlock?: bigint | undefined;
};

/** Parameters of {@link nextClaimStep}: the claim and the chain's clock (the latest block). */
export type NextClaimStepParameters = {
  claim: Pick<GetClaimReturnType, 'claimId' | 'state' | 'deadline' | 'stakesSettled' | 'randomnessRequest' | 'witnesses' | 'fullyPaid'>;
  /** The latest block's timestamp (unix seconds): a call sent now is checked against a block at least this late. */
  now: bigint;
  /** The latest block's number. */
  blockNumber: bigint;
  /** When the run-off honour period ends (`ClaimParameters.honourUntil`; 2^256 − 1 when no run-off). */
  honourUntil?: bigint | undefined;
  /** The pending randomness request's state, when the claim has one (`randomnessRequest ≠ 0`). */
  randomness?: ClaimRandomnessView | undefined;
};

/**
 * The claim's next permissionless step: `due` when it can be sent now; otherwise when it becomes allowed
 * (`allowedAt`, chain time in unix seconds, or `allowedAtBlock`) and whom the claim waits for meanwhile.
 * `kind` is undefined when nothing permissionless can ever move the claim from here (a terminal state, or a
 * step only the operator or a witness can take with no deadline that lets anyone else in).
 */
export type NextClaimStepReturnType = {
  kind: ClaimStepKind | undefined;
  due: boolean;
  /** Chain time from which the step is allowed (`block.timestamp ≥ allowedAt`). */
  allowedAt?: bigint | undefined;
  /** Block from which the step is allowed (a prevrandao target block). */
  allowedAtBlock?: bigint | undefined;
  /** The witness slot concerned (replaceWitness). */
  slot?: number | undefined;
  waitingFor: ClaimWaitingFor;
  /** One line saying what happens next and why, in English. */
  detail: string;
};

const TERMINAL: readonly ClaimState[] = ['None', 'Rejected', 'FraudConfirmed'];
const RUN_OFF_EXPIRABLE: readonly ClaimState[] = ['Filed', 'Reviewed', 'WitnessesDrawn', 'UnderArbitration', 'Announced'];
const iso = (seconds: bigint) => formatTimestamp(seconds);

/**
 * Decides a claim's next permissionless step from its on-chain state and the chain's clock, with the
 * contract's own comparisons (a deadline `d` is over once `block.timestamp > d`; an epoch ending at `e` is
 * settleable once `block.timestamp ≥ e`). Pure: the keeper, `advanceClaim`, the API and the web app all decide
 * with it, so they never disagree on what is next.
 * @example
 * const next = nextClaimStep({ claim, now: block.timestamp, blockNumber: block.number })
 * if (next.due) console.log(`anyone may call ${next.kind} now: ${next.detail}`)
 */
export function nextClaimStep(parameters: NextClaimStepParameters): NextClaimStepReturnType {
  const { claim: c, now, blockNumber, honourUntil, randomness } = parameters;
  const after = (deadline: bigint) => deadline + 1n;
  const wait = (kind: ClaimStepKind | undefined, waitingFor: ClaimWaitingFor, detail: string, allowedAt?: bigint): NextClaimStepReturnType => ({
    kind, due: false, allowedAt, waitingFor, detail,
  });
  const due = (kind: ClaimStepKind, detail: string, extra: Partial<NextClaimStepReturnType> = {}): NextClaimStepReturnType => ({
    kind, due: true, waitingFor: 'anyone', detail, ...extra,
  });

  if (TERMINAL.includes(c.state)) return wait(undefined, 'nobody', `the claim is ${c.state}: nothing more happens`);
  // An announcement that ended within the honour period is honoured however long reports held the claim afterwards.
  const runOffCloses = RUN_OFF_EXPIRABLE.includes(c.state) && (c.state !== 'Announced' || (honourUntil !== undefined && c.deadline >= honourUntil));
  if (honourUntil !== undefined && now >= honourUntil && runOffCloses) {
    return due('expireClaim', `the run-off honour period ended at ${iso(honourUntil)}: the claim is closed unpaid`, { allowedAt: honourUntil });
  }
  switch (c.state) {
    case 'Filed':
      if (now > c.deadline) return due('expireClaim', `the operator did not review it by ${iso(c.deadline)}: it is closed`, { allowedAt: after(c.deadline) });
      return wait('expireClaim', 'operator', `waiting for the operator's review until ${iso(c.deadline)}`, after(c.deadline));
    case 'UnderArbitration': {
      // Slots that waited for a draw before the arbitration may still be drawn (the operator cannot overrule while
      // that randomness is known and unused).
      const pending = pendingDraw(c, now, blockNumber, randomness);
      if (pending) return pending;
      const late = lateSlot(c, now);
      if (late) return late;
      if (now > c.deadline) return due('expireClaim', `the operator did not arbitrate by ${iso(c.deadline)}: the rejection stands`, { allowedAt: after(c.deadline) });
      return wait('expireClaim', 'operator', `waiting for the operator's arbitration until ${iso(c.deadline)}`, after(c.deadline));
    }
    case 'Reviewed':
    case 'WitnessesDrawn': {
      const earliest = earliestDrawDeadline(c);
      const closable = earliest !== undefined && now > earliest;
      const close = () => due('expireClaim', `no witness could be drawn by ${iso(earliest!)}: the claim is closed`, { allowedAt: after(earliest!) });
      // No draw after the draw deadline (it would turn an expiry into a re-roll): the claim is closed instead.
      if (closable) return close();
      // Known randomness is used before anything else: no decision may empty a slot while it is pending.
      const pending = pendingDraw(c, now, blockNumber, randomness);
      if (pending) return pending;
      const late = c.state === 'WitnessesDrawn' ? lateSlot(c, now) : undefined;
      if (late) return late;
      if (c.randomnessRequest !== 0n) {
        const r = randomness;
        if (!r) return wait('drawWitnesses', 'randomness', `waiting for randomness request ${c.randomnessRequest}`);
        if (r.expired) return due('drawWitnesses', `randomness request ${c.randomnessRequest} expired unfulfilled: the draw asks for fresh randomness`);
        if (r.targetBlock === undefined) return wait('drawWitnesses', 'randomness', `waiting for the randomness source to fulfil request ${c.randomnessRequest}`);
        return { kind: 'fulfilRandomness', due: false, allowedAtBlock: r.targetBlock, waitingFor: 'randomness', detail: `waiting for block ${r.targetBlock} (now ${blockNumber}), whose prevrandao draws the witnesses` };
      }
      if (earliest !== undefined) {
        if (closable) return close();
        return wait('expireClaim', 'randomness', `an empty witness slot waits for a draw until ${iso(earliest)}`, after(earliest));
      }
      return waitForWitnesses(c);
    }
    case 'Announced':
      if (now > c.deadline) return due('approveClaim', `the announcement (公示) ended at ${iso(c.deadline)} with no report standing: the claim is approved into the pool`, { allowedAt: after(c.deadline) });
      return wait('approveClaim', 'reporters', `announced (公示) until ${iso(c.deadline)}: anyone may report fraud until then`, after(c.deadline));
    case 'Approved':
      if (c.fullyPaid) return due('markClaimPaid', 'every payment of the claim was made at settlement: it is marked paid');
      if (now > c.deadline) {
        return due('markClaimPaid', `the payment window ended at ${iso(c.deadline)}: what the pool could not pay is cancelled and the claim closes paid in part`, { allowedAt: after(c.deadline) });
      }
      return wait('markClaimPaid', 'settlement', `queued in the pool: paid in instalments at each settlement until ${iso(c.deadline)}, when whatever is unpaid is cancelled`, after(c.deadline));
    case 'Paid':
      if (c.stakesSettled) return wait(undefined, 'nobody', 'paid, and the witnesses’ stakes are settled: nothing more happens');
      if (now > c.deadline) return due('releaseStakes', `the fraud-report window ended at ${iso(c.deadline)}: the witnesses' stakes are released`, { allowedAt: after(c.deadline) });
      return wait('releaseStakes', 'reporters', `paid; fraud reports stay open until ${iso(c.deadline)}, then the witnesses' stakes are released`, after(c.deadline));
    case 'UnderInvestigation':
      return wait(undefined, 'investigation', 'fraud reports are under investigation: the operator resolves each, or anyone expires a report after its deadline');
    default:
      return wait(undefined, 'nobody', `the claim is ${c.state}`);
  }
}

/** The earliest draw deadline among the empty slots, if any slot is empty. */
function earliestDrawDeadline(c: NextClaimStepParameters['claim']): bigint | undefined {
  const empty = c.witnesses.filter((s) => s.status === 'Empty' && s.deadline !== 0n);
  return empty.length === 0 ? undefined : empty.reduce((min, s) => (s.deadline < min ? s.deadline : min), empty[0]!.deadline);
}

/** The draw (or the recording of its randomness) that is possible now for slots already waiting, if any. */
function pendingDraw(c: NextClaimStepParameters['claim'], now: bigint, blockNumber: bigint, r: NextClaimStepParameters['randomness']): NextClaimStepReturnType | undefined {
  if (c.randomnessRequest === 0n || !r) return undefined;
  const earliest = earliestDrawDeadline(c);
  if (earliest === undefined || now > earliest) return undefined;
  if (r.ready) return { kind: 'drawWitnesses', due: true, waitingFor: 'anyone', detail: `randomness request ${c.randomnessRequest} is ready: the empty witness slots are drawn` };
  if (r.targetBlock !== undefined && !r.expired && blockNumber >= r.targetBlock) {
    return { kind: 'fulfilRandomness', due: true, allowedAtBlock: r.targetBlock, waitingFor: 'anyone', detail: `block ${r.targetBlock} is mined: its prevrandao is recorded for request ${c.randomnessRequest} (allowed for 256 blocks)` };
  }
  // The next block is the target: a call sent now lands where the value is known, so the contract already refuses a
  // decision that empties a slot (ClaimsDrawPending); the value is recorded once the block is mined.
  if (r.targetBlock !== undefined && !r.expired && blockNumber + 1n >= r.targetBlock) {
    return { kind: 'fulfilRandomness', due: false, allowedAtBlock: r.targetBlock, waitingFor: 'randomness', detail: `waiting for block ${r.targetBlock} (now ${blockNumber}), whose prevrandao draws the witnesses` };
  }
  return undefined;
}

/** A drawn or accepting witness past its deadline: anyone replaces it (its no-show slice is slashed). */
function lateSlot(c: NextClaimStepParameters['claim'], now: bigint): NextClaimStepReturnType | undefined {
  const late = c.witnesses.find((s) => (s.status === 'Drawn' || s.status === 'Accepted') && now > s.deadline);
  if (!late) return undefined;
  const what = late.status === 'Drawn' ? 'accept' : 'attest';
  return {
    kind: 'replaceWitness', due: true, allowedAt: late.deadline + 1n, slot: late.slot, waitingFor: 'anyone',
    detail: `witness ${late.witness} in slot ${late.slot} did not ${what} by ${iso(late.deadline)}: replaced, and a new witness is drawn`,
  };
}

/** Every slot filled: the claim waits for the witnesses until the earliest slot deadline, then anyone replaces. */
function waitForWitnesses(c: NextClaimStepParameters['claim']): NextClaimStepReturnType {
  const active = c.witnesses.filter((s) => s.status === 'Drawn' || s.status === 'Accepted');
  if (active.length === 0) return { kind: undefined, due: false, waitingFor: 'witnesses', detail: 'waiting for the witnesses' };
  const next = active.reduce((min, s) => (s.deadline < min.deadline ? s : min), active[0]!);
  return {
    kind: 'replaceWitness', due: false, allowedAt: next.deadline + 1n, slot: next.slot, waitingFor: 'witnesses',
    detail: `waiting for ${active.length} witness${active.length === 1 ? '' : 'es'} to ${next.status === 'Drawn' ? 'accept' : 'attest'}; slot ${next.slot} is due by ${iso(next.deadline)}`,
  };
}
