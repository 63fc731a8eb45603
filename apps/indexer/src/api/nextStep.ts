// A claim's next permissionless step from indexed rows only (no chain call in the request path): the SDK's
// `nextClaimStep` — the same function the keeper, `advanceClaim` and the web app decide with — fed with the claim
// as `getClaim` would read it, rebuilt from the claim's timeline, its payments, its randomness request and the
// run-off, at the index's head (the last indexed block's timestamp and number).

import {
  CLAIM_STATES,
  nextClaimStep,
  type ClaimRandomnessView,
  type ClaimState,
  type NextClaimStepParameters,
  type NextClaimStepReturnType,
  type SlotStatus,
} from '@lashou/sdk';
import { getAddress, type Hex } from 'viem';

/** Blocks for which a prevrandao request can still be fulfilled after its target block (`PrevrandaoSource.BLOCKHASH_HISTORY`). */
export const BLOCKHASH_HISTORY = 256n;
const WITNESSES = 3;
const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000' as Hex;
const ZERO_HASH = `0x${'0'.repeat(64)}` as Hex;

/** The columns of a `claim` row used here. */
export type ClaimRowForStep = { claimId: bigint; state: string; deadline: bigint | null };
/** A `claim_event` row (the claim's timeline): the event's arguments in `data`, bigints as decimal strings. */
export type TimelineRowForStep = { kind: string; data: unknown; blockNumber: bigint; timestamp: bigint };
/** A `randomness_request` row: `commitment` is the target block of a prevrandao request, `value` once fulfilled. */
export type RandomnessRowForStep = { requestId: bigint; commitment: bigint; value: bigint | null };
/** A `parameter_change` row of ClaimParameters (`DrawWindow` changes; `claimsRunOff` carries `honourUntil` in `newValue`). */
export type ParameterRowForStep = { name: string; newValue: bigint | null; blockNumber: bigint };

type StepClaim = NextClaimStepParameters['claim'];

const big = (value: unknown): bigint => {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return BigInt(value);
  throw new Error(`expected a whole number in the timeline, got ${JSON.stringify(value)}`);
};
const args = (row: TimelineRowForStep) => (row.data ?? {}) as Record<string, unknown>;

/** `ClaimParameters.DrawWindow` in force at `blockNumber`: the last indexed change at or before it, else `initial`. */
function drawWindowAt(changes: readonly ParameterRowForStep[], blockNumber: bigint, initial: bigint | undefined): bigint | undefined {
  let value = initial;
  for (const change of changes) {
    if (change.name === 'DrawWindow' && change.newValue !== null && change.blockNumber <= blockNumber) value = change.newValue;
  }
  return value;
}

/**
 * The claim as `getClaim` returns the fields `nextClaimStep` reads, rebuilt from the index:
 * - `witnesses`: the three slots replayed from the timeline with the contract's rules (assigned → Drawn until its
 *   accept deadline, accepted → Accepted until its attest deadline, attested → Approved/Rejected, declined,
 *   replaced or overruled at arbitration → Empty with a new draw deadline of the event's time + `DrawWindow`, which
 *   an overrule also gives every slot already empty; at review every slot is Empty until the review's draw
 *   deadline). The draw window is the one the review used
 *   (its deadline − its time) unless an indexed `DrawWindow` change came since (the constructor's values are not
 *   events, so the review is where the index learns it).
 * - `randomnessRequest`: the last `DrawRandomnessRequested` not yet followed by a `DrawMade` (a draw clears it and
 *   asks again in the same call when it could not fill every slot); 0 once rejected.
 * - `stakesSettled`: stakes released (`WitnessStakeReleased`) or the claim rejected / fraud confirmed.
 * - `fullyPaid`: approved or paid, and every payment queued for it has nothing remaining (`isFullyPaid`), whether
 *   paid or cancelled (`PaymentReduced`).
 * - `deadline`: the claim row's (for an approved claim, the end of its payment window).
 * `timeline` must be in chain order (block, log index), as the API reads it.
 */
export function indexedClaimForStep(
  row: ClaimRowForStep,
  timeline: readonly TimelineRowForStep[],
  payments: readonly { remaining: bigint }[],
  parameterChanges: readonly ParameterRowForStep[] = [],
): StepClaim {
  const state: ClaimState = (CLAIM_STATES as readonly string[]).includes(row.state) ? (row.state as ClaimState) : 'None';
  const witnesses = Array.from({ length: WITNESSES }, (_, slot) => ({ slot, witness: ZERO_ADDRESS, status: 'Empty' as SlotStatus, deadline: 0n, reportHash: ZERO_HASH }));
  let reviewDrawWindow: bigint | undefined;
  let randomnessRequest = 0n;
  let stakesSettled = false;
  /** `_emptySlot(slot, block.timestamp + DrawWindow)`. */
  const empty = (slot: number, event: TimelineRowForStep) => {
    const s = witnesses[slot];
    if (!s) return;
    const window = drawWindowAt(parameterChanges, event.blockNumber, reviewDrawWindow);
    Object.assign(s, { witness: ZERO_ADDRESS, status: 'Empty', deadline: window === undefined ? 0n : event.timestamp + window, reportHash: ZERO_HASH });
  };
  for (const event of timeline) {
    const a = args(event);
    switch (event.kind) {
      case 'ClaimStateChanged': {
        const to = a.toState;
        if (to === 'Reviewed') {
          const deadline = big(a.deadline);
          reviewDrawWindow = deadline - event.timestamp;
          for (const s of witnesses) Object.assign(s, { witness: ZERO_ADDRESS, status: 'Empty', deadline, reportHash: ZERO_HASH });
        }
        if (to === 'Rejected' || to === 'FraudConfirmed') {
          randomnessRequest = 0n;
          stakesSettled = true;
        }
        break;
      }
      case 'DrawRandomnessRequested':
        randomnessRequest = big(a.requestId);
        break;
      case 'DrawMade':
        randomnessRequest = 0n;
        break;
      case 'WitnessAssigned': {
        const s = witnesses[Number(big(a.slot))];
        // The index keeps addresses in lower case; getClaim (and the step's detail) gives them checksummed.
        if (s) Object.assign(s, { witness: getAddress(String(a.witness)), status: 'Drawn', deadline: big(a.acceptDeadline) });
        break;
      }
      case 'WitnessAccepted': {
        const s = witnesses[Number(big(a.slot))];
        if (s) Object.assign(s, { status: 'Accepted', deadline: big(a.attestDeadline) });
        break;
      }
      case 'WitnessAttested': {
        const s = witnesses[Number(big(a.slot))];
        if (s) Object.assign(s, { status: a.approved === true ? 'Approved' : 'Rejected', deadline: 0n, reportHash: a.reportHash as Hex });
        break;
      }
      case 'WitnessDeclined':
      case 'WitnessReplaced':
        empty(Number(big(a.slot)), event);
        break;
      case 'ClaimArbitrated':
        // Upheld: the claim is rejected (a ClaimStateChanged follows). Overruled: the rejecting slot is emptied, and
        // every empty slot (emptied by a decline or a replacement during the arbitration too) gets the same new
        // draw deadline (`ClaimWitnesses.overrule`).
        if (a.upheld === false) {
          empty(Number(big(a.slot)), event);
          const deadline = witnesses[Number(big(a.slot))]?.deadline ?? 0n;
          for (const s of witnesses) if (s.status === 'Empty') s.deadline = deadline;
        }
        break;
      case 'WitnessStakeReleased':
        stakesSettled = true;
        break;
    }
  }
  const fullyPaid = (state === 'Approved' || state === 'Paid') && payments.length > 0 && payments.every((p) => p.remaining === 0n);
  return { claimId: row.claimId, state, deadline: row.deadline ?? 0n, stakesSettled, randomnessRequest, witnesses, fullyPaid };
}

/**
 * The pending request as `PrevrandaoSource.randomness` / `targetBlock` would answer at `blockNumber`: ready once its
 * value is indexed; otherwise expired when the target block is more than 256 blocks old. A VRF request's expiry
 * depends on the coordinator's timeout, which is not indexed: until its value is indexed it is left undefined, and
 * `nextClaimStep` answers `waitingFor: 'randomness'`. Undefined too when the request is not indexed.
 */
export function indexedRandomness(
  request: RandomnessRowForStep | undefined,
  randomnessKind: 'prevrandao' | 'vrf' | undefined,
  blockNumber: bigint,
): ClaimRandomnessView | undefined {
  if (!request) return undefined;
  if (request.value !== null) return { ready: true, expired: false };
  if (randomnessKind === 'vrf' || request.commitment === 0n) return undefined;
  const targetBlock = request.commitment;
  const expired = blockNumber > targetBlock + BLOCKHASH_HISTORY;
  return expired ? { ready: false, expired: true } : { ready: false, expired: false, targetBlock };
}

/** When the run-off honour period ends (the indexed `ClaimsRunOffStarted`), or undefined when no run-off has started. */
export function indexedHonourUntil(parameterChanges: readonly ParameterRowForStep[]): bigint | undefined {
  const runOff = parameterChanges.find((p) => p.name === 'claimsRunOff' && p.newValue !== null);
  return runOff?.newValue ?? undefined;
}

/**
 * The claim's next step at the index's head (`now`: its timestamp, `blockNumber`: its number), from the claim as
 * {@link indexedClaimForStep} rebuilds it, the indexed randomness requests and the ClaimParameters changes.
 */
export function indexedNextStep(parameters: {
  claim: StepClaim;
  requests: readonly RandomnessRowForStep[];
  parameterChanges: readonly ParameterRowForStep[];
  randomnessKind: 'prevrandao' | 'vrf' | undefined;
  now: bigint;
  blockNumber: bigint;
}): NextClaimStepReturnType {
  const { claim, requests, parameterChanges, randomnessKind, now, blockNumber } = parameters;
  const randomness =
    claim.randomnessRequest === 0n ? undefined : indexedRandomness(requests.find((r) => r.requestId === claim.randomnessRequest), randomnessKind, blockNumber);
  return nextClaimStep({ claim, now, blockNumber, honourUntil: indexedHonourUntil(parameterChanges), randomness });
}

/** The API's `nextStep`: every field present (null when absent), bigints left for `serialize` to turn into decimal strings. */
export function nextStepJson(next: NextClaimStepReturnType) {
  return {
    kind: next.kind ?? null,
    due: next.due,
    allowedAt: next.allowedAt ?? null,
    allowedAtBlock: next.allowedAtBlock ?? null,
    slot: next.slot ?? null,
    waitingFor: next.waitingFor,
    detail: next.detail,
  };
}
