import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getAddress } from 'viem';
import {
  indexedClaimForStep,
  indexedHonourUntil,
  indexedNextStep,
  indexedRandomness,
  nextStepJson,
  type ParameterRowForStep,
  type RandomnessRowForStep,
  type TimelineRowForStep,
} from '../src/api/nextStep';
import { serialize } from '../src/api/views';

// The claim's next step from indexed rows (src/api/nextStep.ts): the claim rebuilt from its timeline as the claims
// manager keeps it, the randomness request as the source would answer, then the SDK's nextClaimStep. The timelines
// below are shaped as the handlers store them (event arguments with bigints as decimal strings, `toState` added to
// ClaimStateChanged). agreesWithChain.test.ts compares the result with the chain's own views on the seeded demo.

const DAY = 86_400n;
const T0 = 1_800_000_000n;
const DRAW_WINDOW = 3n * DAY;
// As the index keeps them: lower case (getClaim gives them checksummed).
const W = ['0xc5dd869cb76f53f0f308056e22573922de25594a', '0x2222222222222222222222222222222222222222', '0x3333333333333333333333333333333333333333'] as const;

let block = 100n;
/** A timeline event at `timestamp`, one block after the previous one. */
const ev = (kind: string, timestamp: bigint, data: Record<string, unknown>): TimelineRowForStep => ({ kind, data, timestamp, blockNumber: ++block });
const state = (to: string, timestamp: bigint, deadline: bigint) => ev('ClaimStateChanged', timestamp, { toState: to, deadline: String(deadline) });
const claimRow = (s: string, deadline: bigint | null) => ({ claimId: 7n, state: s, deadline });

/** Filed at T0, reviewed at T0 + 1 day (randomness request 5, draw deadline + 3 days). */
function reviewed(): TimelineRowForStep[] {
  block = 100n;
  return [
    state('Filed', T0, T0 + 2n * DAY),
    state('Reviewed', T0 + DAY, T0 + DAY + DRAW_WINDOW),
    ev('DrawRandomnessRequested', T0 + DAY, { requestId: '5', snapshotBlock: '99', expiredRequestId: '0' }),
  ];
}
/** …then drawn at T0 + 2 days: three witnesses, 1 day to accept; request 5 used. */
function drawn(): TimelineRowForStep[] {
  const at = T0 + 2n * DAY;
  return [
    ...reviewed(),
    ev('DrawMade', at, { requestId: '5' }),
    state('WitnessesDrawn', at, 0n),
    ...W.map((w, slot) => ev('WitnessAssigned', at, { slot: String(slot), witness: w, stakeLocked: '1', acceptDeadline: String(at + DAY) })),
  ];
}

describe('indexedClaimForStep: the claim as getClaim reads it, from the timeline', () => {
  test('reviewed: every slot empty until the draw deadline, the request pending', () => {
    const c = indexedClaimForStep(claimRow('Reviewed', T0 + DAY + DRAW_WINDOW), reviewed(), []);
    assert.equal(c.state, 'Reviewed');
    assert.equal(c.randomnessRequest, 5n);
    assert.deepEqual(
      c.witnesses.map((s) => [s.slot, s.status, s.deadline]),
      [0, 1, 2].map((slot) => [slot, 'Empty', T0 + DAY + DRAW_WINDOW]),
    );
    assert.equal(c.stakesSettled, false);
    assert.equal(c.fullyPaid, false);
  });

  test('drawn, accepted, attested: Drawn until the accept deadline, Accepted until the attest deadline, then Approved with no deadline', () => {
    const at = T0 + 2n * DAY + 3_600n;
    const timeline = [
      ...drawn(),
      ev('WitnessAccepted', at, { slot: '1', witness: W[1], attestDeadline: String(at + 5n * DAY) }),
      ev('WitnessAccepted', at, { slot: '2', witness: W[2], attestDeadline: String(at + 5n * DAY) }),
      ev('WitnessAttested', at + 10n, { slot: '2', witness: W[2], reportHash: `0x${'ab'.repeat(32)}`, approved: true }),
    ];
    const c = indexedClaimForStep(claimRow('WitnessesDrawn', 0n), timeline, []);
    assert.equal(c.randomnessRequest, 0n, 'the draw used the request');
    assert.deepEqual(
      c.witnesses.map((s) => [s.witness, s.status, s.deadline]),
      [
        [getAddress(W[0]), 'Drawn', T0 + 3n * DAY],
        [getAddress(W[1]), 'Accepted', at + 5n * DAY],
        [getAddress(W[2]), 'Approved', 0n],
      ],
    );
  });

  test('a decline or a replacement empties the slot with a new draw deadline (event time + the draw window the review used); a later DrawWindow change applies', () => {
    const declinedAt = T0 + 2n * DAY + 100n;
    const timeline = [
      ...drawn(),
      ev('WitnessDeclined', declinedAt, { slot: '0', witness: W[0] }),
      ev('DrawRandomnessRequested', declinedAt, { requestId: '6', snapshotBlock: '120', expiredRequestId: '0' }),
    ];
    const c = indexedClaimForStep(claimRow('WitnessesDrawn', 0n), timeline, []);
    assert.deepEqual([c.witnesses[0]!.status, c.witnesses[0]!.deadline, c.witnesses[0]!.witness], ['Empty', declinedAt + DRAW_WINDOW, '0x0000000000000000000000000000000000000000']);
    assert.equal(c.randomnessRequest, 6n);

    const replacedAt = T0 + 4n * DAY;
    const changed: ParameterRowForStep[] = [{ name: 'DrawWindow', newValue: 5n * DAY, blockNumber: block + 1n }];
    const later = [...timeline, ev('WitnessReplaced', replacedAt, { slot: '1', witness: W[1], slashed: '0', caller: W[0] })];
    const c2 = indexedClaimForStep(claimRow('WitnessesDrawn', 0n), later, [], changed);
    assert.equal(c2.witnesses[1]!.deadline, replacedAt + 5n * DAY, 'the DrawWindow in force at the replacement');
    assert.equal(c2.witnesses[0]!.deadline, declinedAt + DRAW_WINDOW, 'the decline came before the change');
  });

  test('arbitration overruled empties the rejecting slot; upheld leaves it (the claim is rejected)', () => {
    const at = T0 + 2n * DAY + 50n;
    const base = [
      ...drawn(),
      ev('WitnessAccepted', at, { slot: '0', witness: W[0], attestDeadline: String(at + DAY) }),
      ev('WitnessAttested', at + 1n, { slot: '0', witness: W[0], reportHash: `0x${'cd'.repeat(32)}`, approved: false }),
      state('UnderArbitration', at + 1n, at + 2n * DAY),
    ];
    const overruled = indexedClaimForStep(claimRow('WitnessesDrawn', 0n), [...base, ev('ClaimArbitrated', at + 100n, { upheld: false, slot: '0', witness: W[0] })], []);
    assert.deepEqual([overruled.witnesses[0]!.status, overruled.witnesses[0]!.deadline], ['Empty', at + 100n + DRAW_WINDOW]);
    const upheld = indexedClaimForStep(
      claimRow('Rejected', 0n),
      [...base, ev('ClaimArbitrated', at + 100n, { upheld: true, slot: '0', witness: W[0] }), state('Rejected', at + 100n, 0n)],
      [],
    );
    assert.equal(upheld.witnesses[0]!.status, 'Rejected');
    assert.equal(upheld.stakesSettled, true, 'a rejection settles the stakes');
  });

  test('an overrule gives every empty slot the new draw deadline, also one emptied by a decline during the arbitration', () => {
    const at = T0 + 2n * DAY + 50n;
    const declinedAt = at + 600n;
    const overruledAt = at + DAY;
    const timeline = [
      ...drawn(),
      ev('WitnessAccepted', at, { slot: '0', witness: W[0], attestDeadline: String(at + DAY) }),
      ev('WitnessAttested', at + 1n, { slot: '0', witness: W[0], reportHash: `0x${'cd'.repeat(32)}`, approved: false }),
      state('UnderArbitration', at + 1n, at + 2n * DAY),
      // Under arbitration a decline empties the slot (its own deadline) but requests no randomness.
      ev('WitnessDeclined', declinedAt, { slot: '2', witness: W[2] }),
    ];
    const during = indexedClaimForStep(claimRow('UnderArbitration', at + 2n * DAY), timeline, []);
    assert.deepEqual([during.witnesses[2]!.status, during.witnesses[2]!.deadline], ['Empty', declinedAt + DRAW_WINDOW]);
    assert.equal(during.randomnessRequest, 0n);
    const overruled = indexedClaimForStep(
      claimRow('WitnessesDrawn', 0n),
      [
        ...timeline,
        ev('ClaimArbitrated', overruledAt, { upheld: false, slot: '0', witness: W[0] }),
        state('WitnessesDrawn', overruledAt, 0n),
        ev('DrawRandomnessRequested', overruledAt, { requestId: '9', snapshotBlock: '150', expiredRequestId: '0' }),
      ],
      [],
    );
    assert.deepEqual(
      overruled.witnesses.map((s) => [s.status, s.deadline]),
      [
        ['Empty', overruledAt + DRAW_WINDOW],
        ['Drawn', T0 + 3n * DAY],
        ['Empty', overruledAt + DRAW_WINDOW],
      ],
    );
    assert.equal(overruled.randomnessRequest, 9n);
  });

  test('fully paid only when approved or paid and nothing remains of any of its payments', () => {
    const paid = [{ remaining: 0n }, { remaining: 0n }];
    assert.equal(indexedClaimForStep(claimRow('Approved', 0n), [], paid).fullyPaid, true);
    assert.equal(indexedClaimForStep(claimRow('Approved', 0n), [], [{ remaining: 0n }, { remaining: 1n }]).fullyPaid, false);
    assert.equal(indexedClaimForStep(claimRow('Approved', 0n), [], []).fullyPaid, false, 'no payment indexed: not paid');
    assert.equal(indexedClaimForStep(claimRow('Announced', 0n), [], paid).fullyPaid, false, 'isFullyPaid is false outside Approved and Paid');
  });

  test('stakes settled once released', () => {
    assert.equal(indexedClaimForStep(claimRow('Paid', T0), [], []).stakesSettled, false);
    assert.equal(indexedClaimForStep(claimRow('Paid', T0), [ev('WitnessStakeReleased', T0, { witness: W[0] })], []).stakesSettled, true);
  });
});

describe('indexedRandomness: the source as it would answer at the index head', () => {
  const request: RandomnessRowForStep = { requestId: 5n, commitment: 200n, value: null };
  test('prevrandao: waiting for its target block, then expired more than 256 blocks after it', () => {
    assert.deepEqual(indexedRandomness(request, 'prevrandao', 150n), { ready: false, expired: false, targetBlock: 200n });
    assert.deepEqual(indexedRandomness(request, 'prevrandao', 456n), { ready: false, expired: false, targetBlock: 200n });
    assert.deepEqual(indexedRandomness(request, 'prevrandao', 457n), { ready: false, expired: true });
  });
  test('ready once the value is indexed, for either source', () => {
    assert.deepEqual(indexedRandomness({ ...request, value: 42n }, 'prevrandao', 10_000n), { ready: true, expired: false });
    assert.deepEqual(indexedRandomness({ ...request, value: 42n }, 'vrf', 10_000n), { ready: true, expired: false });
  });
  test('a VRF request not yet fulfilled, or a request not indexed: unknown', () => {
    assert.equal(indexedRandomness(request, 'vrf', 150n), undefined);
    assert.equal(indexedRandomness(undefined, 'prevrandao', 150n), undefined);
  });
});

describe('indexedNextStep', () => {
  const step = (
    row: ReturnType<typeof claimRow>,
    timeline: TimelineRowForStep[],
    at: { now: bigint; blockNumber: bigint },
    extra: { requests?: RandomnessRowForStep[]; payments?: { remaining: bigint }[]; parameterChanges?: ParameterRowForStep[]; kind?: 'prevrandao' | 'vrf' } = {},
  ) =>
    indexedNextStep({
      claim: indexedClaimForStep(row, timeline, extra.payments ?? [], extra.parameterChanges ?? []),
      requests: extra.requests ?? [],
      parameterChanges: extra.parameterChanges ?? [],
      randomnessKind: extra.kind ?? 'prevrandao',
      ...at,
    });

  test('reviewed: record the target block’s randomness from that block; draw at once when it is ready or expired', () => {
    const requests = [{ requestId: 5n, commitment: 300n, value: null }];
    const before = step(claimRow('Reviewed', 0n), reviewed(), { now: T0 + DAY, blockNumber: 299n }, { requests });
    assert.deepEqual([before.kind, before.due, before.allowedAtBlock, before.waitingFor], ['fulfilRandomness', false, 300n, 'randomness']);
    const at = step(claimRow('Reviewed', 0n), reviewed(), { now: T0 + DAY, blockNumber: 300n }, { requests });
    assert.deepEqual([at.kind, at.due, at.waitingFor], ['fulfilRandomness', true, 'anyone']);
    const expired = step(claimRow('Reviewed', 0n), reviewed(), { now: T0 + DAY, blockNumber: 557n }, { requests });
    assert.deepEqual([expired.kind, expired.due], ['drawWitnesses', true]);
    const ready = step(claimRow('Reviewed', 0n), reviewed(), { now: T0 + DAY, blockNumber: 310n }, { requests: [{ ...requests[0]!, value: 9n }] });
    assert.deepEqual([ready.kind, ready.due], ['drawWitnesses', true]);
    const vrf = step(claimRow('Reviewed', 0n), reviewed(), { now: T0 + DAY, blockNumber: 310n }, { requests, kind: 'vrf' });
    assert.deepEqual([vrf.kind, vrf.due, vrf.waitingFor, vrf.allowedAt, vrf.allowedAtBlock], ['drawWitnesses', false, 'randomness', undefined, undefined]);
  });

  test('no draw after the draw deadline, even with the randomness ready: the claim is closed instead', () => {
    const drawDeadline = T0 + DAY + DRAW_WINDOW;
    const requests = [{ requestId: 5n, commitment: 300n, value: 9n }];
    const before = step(claimRow('Reviewed', drawDeadline), reviewed(), { now: drawDeadline, blockNumber: 310n }, { requests });
    assert.deepEqual([before.kind, before.due], ['drawWitnesses', true]);
    const late = step(claimRow('Reviewed', drawDeadline), reviewed(), { now: drawDeadline + 1n, blockNumber: 311n }, { requests });
    assert.deepEqual([late.kind, late.due, late.allowedAt], ['expireClaim', true, drawDeadline + 1n]);
  });

  test('randomness that can be known is drawn before a late witness is replaced, and also while under arbitration', () => {
    const declinedAt = T0 + 2n * DAY + 100n;
    const base = [
      ...drawn(),
      ev('WitnessDeclined', declinedAt, { slot: '2', witness: W[2] }),
      ev('DrawRandomnessRequested', declinedAt, { requestId: '6', snapshotBlock: '120', expiredRequestId: '0' }),
    ];
    const requests = [{ requestId: 6n, commitment: 500n, value: null }];
    // Slot 0's accept deadline (T0 + 3 days) has passed; request 6's target block is mined: record it first.
    const lateWitness = step(claimRow('WitnessesDrawn', 0n), base, { now: T0 + 3n * DAY + 1n, blockNumber: 500n }, { requests });
    assert.deepEqual([lateWitness.kind, lateWitness.due, lateWitness.allowedAtBlock], ['fulfilRandomness', true, 500n]);
    const notYet = step(claimRow('WitnessesDrawn', 0n), base, { now: T0 + 3n * DAY + 1n, blockNumber: 450n }, { requests });
    assert.deepEqual([notYet.kind, notYet.due, notYet.slot], ['replaceWitness', true, 0]);
    // Slot 1 rejects: under arbitration, the waiting slot is still drawn once its randomness is ready.
    const at = T0 + 2n * DAY + 200n;
    const arbitration = [
      ...base,
      ev('WitnessAccepted', at, { slot: '1', witness: W[1], attestDeadline: String(at + DAY) }),
      ev('WitnessAttested', at + 1n, { slot: '1', witness: W[1], reportHash: `0x${'cd'.repeat(32)}`, approved: false }),
      state('UnderArbitration', at + 1n, at + 2n * DAY),
    ];
    const draw = step(claimRow('UnderArbitration', at + 2n * DAY), arbitration, { now: at + 10n, blockNumber: 510n }, { requests: [{ ...requests[0]!, value: 7n }] });
    assert.deepEqual([draw.kind, draw.due], ['drawWitnesses', true]);
    const waiting = step(claimRow('UnderArbitration', at + 2n * DAY), arbitration, { now: at + 10n, blockNumber: 400n }, { requests });
    assert.deepEqual([waiting.kind, waiting.due, waiting.waitingFor], ['expireClaim', false, 'operator']);
  });

  test('witnesses drawn: waits for them until the earliest slot deadline, then anyone replaces that slot', () => {
    const timeline = drawn();
    const acceptBy = T0 + 3n * DAY;
    const waiting = step(claimRow('WitnessesDrawn', 0n), timeline, { now: acceptBy, blockNumber: 400n });
    assert.deepEqual([waiting.kind, waiting.due, waiting.allowedAt, waiting.slot, waiting.waitingFor], ['replaceWitness', false, acceptBy + 1n, 0, 'witnesses']);
    const late = step(claimRow('WitnessesDrawn', 0n), timeline, { now: acceptBy + 1n, blockNumber: 401n });
    assert.deepEqual([late.kind, late.due, late.slot, late.waitingFor], ['replaceWitness', true, 0, 'anyone']);
  });

  test('announced: reporters until the deadline, then anyone approves; a started run-off closes it after honourUntil', () => {
    const end = T0 + 10n * DAY;
    const timeline = [state('Announced', T0 + 3n * DAY, end)];
    const open = step(claimRow('Announced', end), timeline, { now: end, blockNumber: 500n });
    assert.deepEqual([open.kind, open.due, open.allowedAt, open.waitingFor], ['approveClaim', false, end + 1n, 'reporters']);
    assert.deepEqual(step(claimRow('Announced', end), timeline, { now: end + 1n, blockNumber: 501n }).due, true);
    const runOff: ParameterRowForStep[] = [{ name: 'claimsRunOff', newValue: T0 + 5n * DAY, blockNumber: 450n }];
    assert.equal(indexedHonourUntil(runOff), T0 + 5n * DAY);
    assert.equal(indexedHonourUntil([]), undefined);
    const closed = step(claimRow('Announced', end), timeline, { now: T0 + 5n * DAY, blockNumber: 502n }, { parameterChanges: runOff });
    assert.deepEqual([closed.kind, closed.due, closed.allowedAt], ['expireClaim', true, T0 + 5n * DAY]);
  });

  test('approved: waits for settlement until every payment is made or the payment window ends, then anyone marks it paid; paid: stakes released after the report window', () => {
    const paymentDeadline = T0 + 180n * DAY;
    const approved = claimRow('Approved', paymentDeadline);
    const pending = step(approved, [], { now: T0, blockNumber: 1n }, { payments: [{ remaining: 5n }] });
    assert.deepEqual([pending.kind, pending.due, pending.waitingFor, pending.allowedAt], ['markClaimPaid', false, 'settlement', paymentDeadline + 1n]);
    assert.equal(step(approved, [], { now: paymentDeadline, blockNumber: 1n }, { payments: [{ remaining: 5n }] }).due, false, 'the window ends after its last second');
    const windowOver = step(approved, [], { now: paymentDeadline + 1n, blockNumber: 1n }, { payments: [{ remaining: 5n }] });
    assert.deepEqual([windowOver.kind, windowOver.due, windowOver.allowedAt], ['markClaimPaid', true, paymentDeadline + 1n], 'closed in part');
    const settled = step(approved, [], { now: T0, blockNumber: 1n }, { payments: [{ remaining: 0n }] });
    assert.deepEqual([settled.kind, settled.due], ['markClaimPaid', true]);
    const windowEnds = T0 + 30n * DAY;
    const paid = step(claimRow('Paid', windowEnds), [], { now: windowEnds + 1n, blockNumber: 2n });
    assert.deepEqual([paid.kind, paid.due, paid.allowedAt], ['releaseStakes', true, windowEnds + 1n]);
    const released = step(claimRow('Paid', windowEnds), [ev('WitnessStakeReleased', windowEnds + 5n, { witness: W[0] })], { now: windowEnds + 9n, blockNumber: 3n });
    assert.deepEqual([released.kind, released.due, released.waitingFor], [undefined, false, 'nobody']);
  });

  test('nextStepJson: every field present, absent ones null, bigints as decimal strings once serialized', () => {
    const end = T0 + 10n * DAY;
    const json = serialize(nextStepJson(step(claimRow('Announced', end), [state('Announced', T0, end)], { now: T0, blockNumber: 9n })));
    assert.deepEqual(json, {
      kind: 'approveClaim',
      due: false,
      allowedAt: String(end + 1n),
      allowedAtBlock: null,
      slot: null,
      waitingFor: 'reporters',
      detail: `announced (公示) until ${new Date(Number(end) * 1000).toISOString().replace('.000Z', 'Z')}: anyone may report fraud until then`,
    });
  });
});
