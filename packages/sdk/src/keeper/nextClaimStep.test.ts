import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Address, Hex } from 'viem';
import type { ClaimState, SlotStatus, WitnessSlotView } from '../claims/getClaim.js';
import { nextClaimStep, type NextClaimStepParameters } from './nextClaimStep.js';

const W = (n: number) => `0x${String(n).repeat(40)}` as Address;
const ZERO = `0x${'0'.repeat(64)}` as Hex;
const NOW = 1_800_000_000n;
const BLOCK = 500n;

function slot(i: number, status: SlotStatus, deadline: bigint): WitnessSlotView {
  return { slot: i, witness: status === 'Empty' ? ('0x' + '0'.repeat(40)) as Address : W(i + 1), status, deadline, reportHash: ZERO };
}

function claim(state: ClaimState, extra: Partial<NextClaimStepParameters['claim']> = {}): NextClaimStepParameters['claim'] {
  return {
    claimId: 7n, state, deadline: NOW + 100n, stakesSettled: false, randomnessRequest: 0n, fullyPaid: false,
    witnesses: [slot(0, 'Empty', 0n), slot(1, 'Empty', 0n), slot(2, 'Empty', 0n)],
    ...extra,
  };
}

const at = (c: NextClaimStepParameters['claim'], more: Partial<NextClaimStepParameters> = {}) => nextClaimStep({ claim: c, now: NOW, blockNumber: BLOCK, ...more });

test('deadlines follow the contract: a deadline d is over only once block.timestamp > d', () => {
  for (const [state, kind, waitingFor] of [
    ['Filed', 'expireClaim', 'operator'],
    ['UnderArbitration', 'expireClaim', 'operator'],
    ['Announced', 'approveClaim', 'reporters'],
    ['Paid', 'releaseStakes', 'reporters'],
  ] as const) {
    const onTheDeadline = at(claim(state, { deadline: NOW }));
    assert.equal(onTheDeadline.kind, kind, state);
    assert.equal(onTheDeadline.due, false, `${state}: not yet at the deadline itself`);
    assert.equal(onTheDeadline.allowedAt, NOW + 1n, `${state}: allowed one second after`);
    assert.equal(onTheDeadline.waitingFor, waitingFor);
    const after = at(claim(state, { deadline: NOW - 1n }));
    assert.equal(after.due, true, `${state}: due once past`);
    assert.equal(after.waitingFor, 'anyone');
  }
});

test('terminal claims and claims under investigation have no permissionless step', () => {
  for (const state of ['Rejected', 'FraudConfirmed', 'None'] as const) {
    const next = at(claim(state, { deadline: 0n }));
    assert.equal(next.kind, undefined);
    assert.equal(next.waitingFor, 'nobody');
  }
  assert.equal(at(claim('Paid', { stakesSettled: true, deadline: NOW - 10n })).kind, undefined, 'released stakes: nothing more');
  const investigating = at(claim('UnderInvestigation', { deadline: NOW - 10n }));
  assert.equal(investigating.kind, undefined, 'the report, not the claim, is expired');
  assert.equal(investigating.waitingFor, 'investigation');
});

/** Three empty slots waiting for a draw until `deadline` (as review leaves them). */
const waitingSlots = (deadline: bigint) => [slot(0, 'Empty', deadline), slot(1, 'Empty', deadline), slot(2, 'Empty', deadline)];

test('randomness: wait for the target block, record it from that block on, draw once ready or expired; a VRF source fulfils itself', () => {
  const pending = claim('Reviewed', { randomnessRequest: 3n, witnesses: waitingSlots(NOW + 100n) });
  const early = at(pending, { randomness: { ready: false, expired: false, targetBlock: BLOCK + 2n } });
  assert.deepEqual([early.kind, early.due, early.allowedAtBlock, early.waitingFor], ['fulfilRandomness', false, BLOCK + 2n, 'randomness']);
  const onTarget = at(pending, { randomness: { ready: false, expired: false, targetBlock: BLOCK } });
  assert.deepEqual([onTarget.kind, onTarget.due], ['fulfilRandomness', true]);
  assert.deepEqual([at(pending, { randomness: { ready: true, expired: false } }).kind, at(pending, { randomness: { ready: true, expired: false } }).due], ['drawWitnesses', true]);
  const expired = at(pending, { randomness: { ready: false, expired: true } });
  assert.deepEqual([expired.kind, expired.due], ['drawWitnesses', true]);
  assert.match(expired.detail, /expired/);
  const vrf = at(pending, { randomness: { ready: false, expired: false } });
  assert.deepEqual([vrf.kind, vrf.due, vrf.waitingFor], ['drawWitnesses', false, 'randomness']);
});

test('witnesses: a late drawn or accepted witness is replaced first; otherwise the earliest slot deadline is when anyone may', () => {
  const slots = [slot(0, 'Accepted', NOW + 50n), slot(1, 'Drawn', NOW - 1n), slot(2, 'Approved', 0n)];
  const late = at(claim('WitnessesDrawn', { witnesses: slots, randomnessRequest: 9n }), { randomness: { ready: true, expired: false } });
  assert.deepEqual([late.kind, late.due, late.slot, late.allowedAt], ['replaceWitness', true, 1, NOW]);
  const onTime = at(claim('WitnessesDrawn', { witnesses: [slot(0, 'Accepted', NOW + 50n), slot(1, 'Drawn', NOW + 20n), slot(2, 'Approved', 0n)] }));
  assert.deepEqual([onTime.kind, onTime.due, onTime.slot, onTime.allowedAt, onTime.waitingFor], ['replaceWitness', false, 1, NOW + 21n, 'witnesses']);
  assert.match(onTime.detail, /2 witnesses/);
  // Under arbitration a late witness is still replaced (the contract allows it) before the arbitration deadline matters.
  const arbitration = at(claim('UnderArbitration', { deadline: NOW - 5n, witnesses: [slot(0, 'Rejected', 0n), slot(1, 'Accepted', NOW - 1n), slot(2, 'Approved', 0n)] }));
  assert.deepEqual([arbitration.kind, arbitration.slot], ['replaceWitness', 1]);
});

test('an empty slot nobody could fill closes the claim after its draw deadline', () => {
  const c = claim('WitnessesDrawn', { witnesses: [slot(0, 'Empty', NOW - 3n), slot(1, 'Empty', NOW + 40n), slot(2, 'Approved', 0n)] });
  const next = at(c);
  assert.deepEqual([next.kind, next.due, next.allowedAt], ['expireClaim', true, NOW - 2n], 'the earliest empty deadline counts');
  const waiting = at(claim('WitnessesDrawn', { witnesses: [slot(0, 'Empty', NOW + 3n), slot(1, 'Approved', 0n), slot(2, 'Approved', 0n)] }));
  assert.deepEqual([waiting.kind, waiting.due, waiting.allowedAt], ['expireClaim', false, NOW + 4n]);
});

test('approved claims are marked paid once every payment was made, or closed paid in part once the payment window is over', () => {
  const waiting = at(claim('Approved'));
  assert.deepEqual([waiting.kind, waiting.due, waiting.waitingFor, waiting.allowedAt], ['markClaimPaid', false, 'settlement', NOW + 101n]);
  assert.match(waiting.detail, /instalments at each settlement until .*whatever is unpaid is cancelled/);
  assert.equal(at(claim('Approved', { fullyPaid: true })).due, true);
  // The payment deadline itself is still inside the window (markPaid reverts ClaimsNotFullyPaid until after it).
  assert.equal(at(claim('Approved', { deadline: NOW })).due, false);
  const over = at(claim('Approved', { deadline: NOW - 1n }));
  assert.deepEqual([over.kind, over.due, over.allowedAt], ['markClaimPaid', true, NOW]);
  assert.match(over.detail, /payment window ended .*closes paid in part/);
});

test('after the run-off honour period every open claim is closed, from the first second of honourUntil', () => {
  for (const state of ['Filed', 'Reviewed', 'WitnessesDrawn', 'UnderArbitration', 'Announced'] as const) {
    assert.deepEqual([at(claim(state), { honourUntil: NOW }).kind, at(claim(state), { honourUntil: NOW }).due], ['expireClaim', true], state);
    assert.equal(at(claim(state), { honourUntil: NOW + 1n }).kind === 'expireClaim' && at(claim(state), { honourUntil: NOW + 1n }).due, false, `${state} before the end`);
  }
  assert.equal(at(claim('Approved'), { honourUntil: NOW - 100n }).kind, 'markClaimPaid', 'an approved claim is still paid');
});

test('past the draw deadline the claim is closed whatever its randomness: the contract refuses a late draw (it would turn an expiry into a re-roll)', () => {
  const late = [slot(0, 'Empty', NOW - 10n), slot(1, 'Drawn', NOW + 100n), slot(2, 'Drawn', NOW + 100n)];
  const c = claim('WitnessesDrawn', { randomnessRequest: 4n, witnesses: late });
  for (const [randomness, why] of [
    [{ ready: false, expired: false }, 'an unanswered VRF request'],
    [{ ready: false, expired: false, targetBlock: BLOCK + 5n }, 'a target block still ahead'],
    [{ ready: false, expired: true }, 'an expired request (no fresh request)'],
    [{ ready: true, expired: false }, 'a ready value'],
    [{ ready: false, expired: false, targetBlock: BLOCK }, 'a mined target'],
  ] as const) {
    const next = at(c, { randomness });
    assert.deepEqual([next.kind, next.due, next.allowedAt], ['expireClaim', true, NOW - 9n], why);
  }
  // On the deadline itself the draw is still allowed.
  const onTime = claim('WitnessesDrawn', { randomnessRequest: 4n, witnesses: [slot(0, 'Empty', NOW), slot(1, 'Drawn', NOW + 100n), slot(2, 'Drawn', NOW + 100n)] });
  assert.deepEqual([at(onTime, { randomness: { ready: true, expired: false } }).kind, at(onTime, { randomness: { ready: true, expired: false } }).due], ['drawWitnesses', true]);
  assert.equal(at(onTime, { randomness: { ready: false, expired: false, targetBlock: BLOCK } }).kind, 'fulfilRandomness');
});

test('randomness that can be known is drawn with before anything empties another slot (a decline, a replacement or an overrule is refused meanwhile)', () => {
  // Slot 0 waits for a draw whose randomness is ready; slot 1's witness is late: the draw comes first.
  const slots = [slot(0, 'Empty', NOW + 50n), slot(1, 'Drawn', NOW - 1n), slot(2, 'Accepted', NOW + 50n)];
  const ready = at(claim('WitnessesDrawn', { randomnessRequest: 6n, witnesses: slots }), { randomness: { ready: true, expired: false } });
  assert.deepEqual([ready.kind, ready.due], ['drawWitnesses', true]);
  const mined = at(claim('WitnessesDrawn', { randomnessRequest: 6n, witnesses: slots }), { randomness: { ready: false, expired: false, targetBlock: BLOCK - 1n } });
  assert.deepEqual([mined.kind, mined.due], ['fulfilRandomness', true]);
  // Randomness nobody can know yet does not hold the replacement back.
  const unknown = at(claim('WitnessesDrawn', { randomnessRequest: 6n, witnesses: slots }), { randomness: { ready: false, expired: false, targetBlock: BLOCK + 3n } });
  assert.deepEqual([unknown.kind, unknown.due, unknown.slot], ['replaceWitness', true, 1]);
  // A target that is the next block: a replacement sent now would land where the value is known and be refused.
  const nextBlock = at(claim('WitnessesDrawn', { randomnessRequest: 6n, witnesses: slots }), { randomness: { ready: false, expired: false, targetBlock: BLOCK + 1n } });
  assert.deepEqual([nextBlock.kind, nextBlock.due, nextBlock.allowedAtBlock, nextBlock.waitingFor], ['fulfilRandomness', false, BLOCK + 1n, 'randomness']);
});

test('under arbitration, slots that waited for a draw are still drawn before the arbitration deadline matters', () => {
  const slots = [slot(0, 'Rejected', 0n), slot(1, 'Empty', NOW + 30n), slot(2, 'Approved', 0n)];
  const draw = at(claim('UnderArbitration', { deadline: NOW + 500n, randomnessRequest: 8n, witnesses: slots }), { randomness: { ready: true, expired: false } });
  assert.deepEqual([draw.kind, draw.due], ['drawWitnesses', true]);
  const record = at(claim('UnderArbitration', { deadline: NOW + 500n, randomnessRequest: 8n, witnesses: slots }), { randomness: { ready: false, expired: false, targetBlock: BLOCK } });
  assert.deepEqual([record.kind, record.due], ['fulfilRandomness', true]);
  // Past that slot's draw deadline no draw is allowed: the claim waits for the operator.
  const late = [slot(0, 'Rejected', 0n), slot(1, 'Empty', NOW - 1n), slot(2, 'Approved', 0n)];
  const waiting = at(claim('UnderArbitration', { deadline: NOW + 500n, randomnessRequest: 8n, witnesses: late }), { randomness: { ready: true, expired: false } });
  assert.deepEqual([waiting.kind, waiting.due, waiting.waitingFor], ['expireClaim', false, 'operator']);
  // Nothing pending: the arbitration deadline decides.
  const none = at(claim('UnderArbitration', { deadline: NOW - 1n, witnesses: slots }));
  assert.deepEqual([none.kind, none.due], ['expireClaim', true]);
});

test('run-off: an announcement that ended within the honour period is honoured however long reports held the claim', () => {
  const endedBefore = at(claim('Announced', { deadline: NOW - 10n }), { honourUntil: NOW - 5n });
  assert.deepEqual([endedBefore.kind, endedBefore.due], ['approveClaim', true]);
  const endsAfter = at(claim('Announced', { deadline: NOW - 10n }), { honourUntil: NOW - 10n });
  assert.deepEqual([endsAfter.kind, endsAfter.due], ['expireClaim', true], 'an announcement ending on the honour deadline is not honoured');
});
