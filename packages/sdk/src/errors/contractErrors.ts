import { contracts } from '@lashou/abi';
import {
  type Abi,
  type Address,
  type Hex,
  BaseError,
  type ContractErrorArgs,
  ContractFunctionRevertedError,
  decodeErrorResult,
  formatUnits,
  hexToString,
  keccak256,
  toFunctionSelector,
  toHex,
} from 'viem';
import { formatAbiItem } from 'viem/utils';

type AbiError = Extract<Abi[number], { type: 'error' }>;
import { formatAmount } from '../amounts/formatAmount.js';
import { LashouError, type LashouErrorParams, NoContractCodeError, RpcUnreachableError, causeChain } from './LashouError.js';
import { formatTimestamp } from '../amounts/formatTimestamp.js';
import { redactSecrets, redactUrl } from './redact.js';
import { explainRevert } from './tokenErrors.js';

/** What the decoder needs to phrase amounts and roles. */
export type ErrorContext = {
  /** Decimals of the pool's token (amounts in messages use them). */
  decimals?: number | undefined;
  /** Symbol of the pool's token. */
  symbol?: string | undefined;
  /**
   * The token the call moves (the pool's token for a pool call, the token itself for an approval): a revert that is
   * not one of the protocol's custom errors (a reason string, a panic, no data) is then reported as this token's
   * refusal, naming it.
   */
  token?: Address | undefined;
  /** The RPC URL, for "cannot reach" messages. */
  rpcUrl?: string | undefined;
  /** The chain the call went to, for "no contract at … on chain …" and gas messages. */
  chainId?: number | undefined;
  /** The account that sends (pays the gas), when the error does not name it. */
  account?: Address | undefined;
  /** The chain's native coin, which pays the gas (default: "the native coin"). */
  nativeCurrency?: { symbol: string; decimals: number } | undefined;
  /** For a gas shortfall: what the account holds and roughly what the transaction needs, in the native coin's smallest unit. */
  gasFunds?: { balance?: bigint | undefined; needed?: bigint | undefined } | undefined;
};

/** @internal `MemberStatus` of the pool, by value. */
export const MEMBER_STATUS = ['None', 'Waiting', 'Covered', 'ExitRequested', 'Lapsed', 'Exited'] as const;
/** `ClaimState` of contracts/src/types/ClaimTypes.sol, by value. */
export const CLAIM_STATES = [
  'None', 'Filed', 'Reviewed', 'WitnessesDrawn', 'Attested', 'Announced', 'Approved', 'Paid', 'Rejected',
  'UnderArbitration', 'UnderInvestigation', 'FraudConfirmed',
] as const;
/** `ReviewReason` of contracts/src/types/ClaimTypes.sol, by value. */
export const REVIEW_REASONS = [
  'None', 'WaitingPeriod', 'NotCoveredIllness', 'DocumentsInvalid', 'DuplicatePerson', 'IdentityMismatch',
  'AmountUnsupported', 'Other', 'ReviewTimedOut', 'WitnessesUnavailable', 'WitnessRejected', 'ArbitrationTimedOut',
  'FraudConfirmed', 'RunOffEnded', 'PersonExpelled',
] as const;
/** `ReportOutcome` of contracts/src/types/ClaimTypes.sol, by value. */
export const REPORT_OUTCOMES = ['Open', 'Confirmed', 'Dismissed', 'Expired', 'Superseded'] as const;
/** `ClaimParameter` of contracts/src/types/ClaimTypes.sol, by value. */
export const CLAIM_PARAMETERS = [
  'ClaimCap', 'Commission', 'StakeLock', 'ReviewWindow', 'DrawWindow', 'AcceptWindow', 'AttestationWindow',
  'ArbitrationWindow', 'AnnouncementWindow', 'InvestigationWindow', 'FraudReportWindow', 'ReportBond',
  'ReporterRewardBps', 'NoShowSliceBps', 'StakeCoverBps', 'PaymentWindow', 'DismissedBondToMembers',
] as const;

/** What to do next for a claim in each state (used when a call needs another state). */
export const NEXT_STEP: Record<string, string> = {
  None: 'no such claim: check the claim id (lashou claim list)',
  Filed: 'it waits for the operator review (lashou operator review)',
  Reviewed: 'witnesses are drawn next (lashou claim advance)',
  WitnessesDrawn: 'drawn witnesses accept and attest (lashou witness accept / attest); missing ones are drawn by lashou claim advance',
  Attested: 'it is announced next',
  Announced: 'after the announcement window anyone approves it (lashou claim approve)',
  Approved: 'it is paid in instalments at each settlement (lashou pool settle) until its payment deadline; once fully paid, or after that deadline (what is still unpaid is then cancelled), lashou claim mark-paid closes it',
  Paid: 'it is paid; only a fraud report (lashou report file) or the stake release remain',
  Rejected: 'it is closed (rejected)',
  UnderArbitration: 'a witness rejected it: the operator arbitrates (lashou operator arbitrate)',
  UnderInvestigation: 'fraud reports are open on it: the operator resolves each (lashou operator resolve-report), anyone closes one past its deadline (lashou report expire); it goes on when none is left',
  FraudConfirmed: 'it is closed (fraud confirmed)',
};

/** Names of the roles the contracts use, by their `bytes32` id. */
export const ROLE_NAMES: Record<Hex, string> = Object.fromEntries(
  ['CLAIMS_ROLE', 'CREDITOR_ROLE', 'GOVERNOR_ROLE', 'PROPOSER_ROLE', 'EXECUTOR_ROLE', 'CANCELLER_ROLE', 'OPERATOR_ROLE', 'REPORTS_ROLE', 'CONSUMER_ROLE']
    .map((name) => [keccak256(toHex(name)), name] as const)
    .concat([[`0x${'0'.repeat(64)}`, 'DEFAULT_ADMIN_ROLE']]),
);

type Args = readonly unknown[];
/**
 * What an explainer phrases with: the token's decimals and symbol, and the error's `params` when the SDK learnt
 * more than the contract said (e.g. `PoolCommitmentUsed` with the member who holds that commitment).
 */
export type ErrorExplainerContext = Required<Pick<ErrorContext, 'decimals' | 'symbol'>> & { params?: LashouErrorParams | undefined };
/** One row of the decoder: turns the error's arguments into a sentence saying what went wrong and what to do. */
export type ErrorExplainer = (args: Args, context: ErrorExplainerContext) => string;

/** @internal Shared with the Chinese table. */
export const big = (value: unknown): bigint => BigInt(value as bigint);
/** @internal A unix time, written as `setTimestampFormat` chose (ISO 8601 UTC by default: `2023-11-14T22:13:20Z`). */
export const when = (seconds: unknown) => formatTimestamp(big(seconds));
/** @internal A number of seconds, with days when it is at least one (`3196800 s (37 days)`). */
export const seconds = (value: unknown) => {
  const s = big(value);
  if (s < 86_400n) return `${s} s`;
  const days = Number(s) / 86_400;
  return `${s} s (${Number.isInteger(days) ? days : days.toFixed(2)} days)`;
};
/** @internal The `ClaimParameter` named by its value. */
export const parameterName = (value: unknown) => CLAIM_PARAMETERS[Number(value)] ?? String(value);
/** @internal Claim parameters that are token amounts (the others are seconds, basis points or a switch). */
export const AMOUNT_PARAMETERS: readonly string[] = ['ClaimCap', 'Commission', 'StakeLock', 'ReportBond'];
/** @internal A bytes32 holding short text (a parameter name). */
export const bytes32Text = (value: unknown) => {
  try {
    return hexToString(value as Hex, { size: 32 }).replace(/\0+$/, '');
  } catch {
    return String(value);
  }
};

/** @internal The member found holding a used identity commitment (`PoolCommitmentUsed` params), if any. */
export const commitmentHolder = (params: LashouErrorParams | undefined) => {
  const member = params?.member;
  if (typeof member !== 'string') return undefined;
  return { member, memberId: String(params?.memberId ?? '?'), status: typeof params?.status === 'string' ? params.status : undefined, yours: params?.yours === true };
};

/**
 * The decoder table: contract error name → explanation. Adding a contract's errors (the claims module,
 * witnesses, reports) is adding rows here; the ABI half comes from the generated ABIs automatically.
 */
export const errorExplainers: Record<string, ErrorExplainer> = {
  // ── MutualPool ──
  PoolAlreadyMember: ([member]) =>
    `${member} already has a membership in this pool: top up to add funds, or exit and withdraw before joining again`,
  PoolNotMember: ([member, status]) => {
    const name = MEMBER_STATUS[Number(status)] ?? String(status);
    switch (name) {
      case 'None':
        return `${member} is not a member of this pool: join first (lashou member join)`;
      case 'Waiting':
      case 'Covered':
        return `${member} is an active member (${name}): request exit first (lashou member exit), then withdraw once the exit epoch is settled`;
      case 'ExitRequested':
        return `${member} has asked to leave: nothing else is possible until the exit epoch is settled; then withdraw (lashou member withdraw)`;
      case 'Lapsed':
        return `${member} has lapsed (balance below the minimum): top up to rejoin with a new waiting period, or withdraw what is left`;
      default:
        return `${member} has left and withdrawn everything: join again with a new identity commitment`;
    }
  },
  PoolCommitmentUsed: ([commitment], { params }) => {
    const holder = commitmentHolder(params);
    if (!holder) {
      return `this person is already a member: identity commitment ${commitment} has joined this pool before, and one person joins once: keep using the address that joined with it (lashou identity verify --file <identity file> --member <address> checks an address) instead of joining again`;
    }
    const who = `member #${holder.memberId} (${holder.yours ? 'this very address, ' : ''}${holder.member})`;
    if (holder.status === 'Exited') {
      return `identity commitment ${commitment} was already used by ${who}, who has left the pool: a commitment joins only once; to join again make a new identity file (lashou identity new) and join with it`;
    }
    return `this person is already a member: identity commitment ${commitment} joined as ${who}${holder.status ? `, now ${holder.status}` : ''}, and one person joins once: keep using that membership (lashou member status ${holder.member}${holder.status === 'Lapsed' ? '; top up from that address to rejoin' : ''}) instead of joining again`;
  },
  PoolCommitmentZero: () => 'the identity commitment is zero: compute one from your identity (lashou identity new)',
  PoolBelowMinimumBalance: ([, balance, minimum], { decimals, symbol }) => {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    return `balance ${fmt(big(balance))} is below the ${fmt(big(minimum))} minimum: top up at least ${fmt(big(minimum) - big(balance))} more`;
  },
  PoolZeroAmount: () => 'the amount is zero: give a positive amount',
  PoolTransferAmountMismatch: ([expected, received], { decimals, symbol }) =>
    `the token moved ${formatAmount(big(received), { decimals, symbol })} instead of ${formatAmount(big(expected), { decimals, symbol })}: fee-on-transfer or rebasing tokens cannot back a Lashou pool; use a plain stablecoin`,
  PoolExitNotSettled: ([, exitEpoch, next]) =>
    `your exit takes effect when epoch ${exitEpoch} is settled, and the next epoch to settle is ${next}: wait for epoch ${exitEpoch} to end, settle it (lashou pool settle), then withdraw`,
  PoolEpochNotEnded: ([epoch, endsAt]) => `epoch ${epoch} ends at ${when(endsAt)}: settle it after that`,
  PoolLapsesPending: () =>
    'members below the minimum must be lapsed before settlement: run lashou pool process-lapses until nothing is pending (settleEpoch in the SDK does it for you)',
  PoolPaymentTooLarge: ([amount], { decimals, symbol }) =>
    `payment ${formatAmount(big(amount), { decimals, symbol })} does not fit the pool's 96-bit amounts: split it into smaller payments`,
  PoolNothingToClaim: ([recipient]) =>
    `nothing to claim for ${recipient}: payouts are sent at settlement; only payments whose transfer failed wait here`,
  PoolInvalidParameter: ([name, value]) => `parameter ${bytes32Text(name)} cannot be ${value}: choose a value within its allowed range`,
  PoolGovernanceDelayTooShort: ([delay, required]) =>
    `governance delay ${seconds(delay)} must exceed ${seconds(required)}, the exit notice plus one epoch plus one day of settlement slack (so a member who asks to leave when a change is scheduled is settled out before it applies): use a timelock with a longer minimum delay, or a shorter exit notice`,
  PoolInRunOff: () => 'the pool is winding down (run-off) and takes no new members: join another pool (its run-off cannot be started twice)',
  PoolNotInRunOff: () => 'the pool is not winding down: this is only possible in run-off, which governance starts through the timelock (startRunOff)',
  PoolMembersStillCounted: ([members]) =>
    `${members} member(s) are still counted in the pool: the reserve can be swept to a successor only once none is left (their exits and lapses settled)`,
  PoolPaymentsStillQueued: ([queued], { decimals, symbol }) =>
    `${formatAmount(big(queued), { decimals, symbol })} of payments are still queued: the reserve pays them first; sweep it once every epoch is settled and nothing is owed (lashou pool settle)`,
  PoolMemberExpelled: ([member]) =>
    `${member} was expelled after a confirmed fraud: it can never join this pool again nor rejoin it by a top-up; it may still withdraw what it holds (lashou member withdraw)`,
  PoolExitNoticeBelowFloor: ([exitNotice, floor]) =>
    `an exit notice of ${seconds(exitNotice)} is shorter than the claims' announcement plus investigation windows, ${seconds(floor)}: choose at least that, so nobody leaves before a claim announced when they asked to leave has been investigated`,
  PoolUnknownPayment: ([paymentId, nextPaymentId]) =>
    `there is no payment ${paymentId}: payment ids run below ${nextPaymentId}; check the id (a claim's payout is its paymentId, the commissions the three after it)`,
  PoolPaymentNotReduced: ([paymentId, remaining, newRemaining], { decimals, symbol }) =>
    `payment ${paymentId} still owes ${formatAmount(big(remaining), { decimals, symbol })}: a queued payment can only be lowered, never raised to ${formatAmount(big(newRemaining), { decimals, symbol })}`,
  PoolZeroAddress: () => 'an address is zero: give a real address',
  SortedMembersHintTooFar: () =>
    'the sorted-list position hint went stale (members moved meanwhile): retry, and a fresh hint will be computed',
  // ── HintHelpers (read-only) ──
  HintHelpersNotAPool: ([pool]) => `there is no Lashou pool at ${pool} (no contract, or one that does not answer memberRecord): check the pool address for this chain`,
  // ── ClaimsManager ──
  ClaimsWrongState: ([claimId, state]) => {
    const name = CLAIM_STATES[Number(state)] ?? String(state);
    return `claim ${claimId} is ${name}, which does not allow this: ${NEXT_STEP[name] ?? 'check it with lashou claim status'}`;
  },
  ClaimsNotaryNotListed: ([notary]) =>
    `${notary} is not a listed notary: have the diagnosis signed by a listed notary, or ask the operator to add it (lashou operator notary-add)`,
  ClaimsInvalidNotarySignature: ([notary, claimant]) =>
    `the notary signature does not match notary ${notary}, claimant ${claimant}, the document hash and the diagnosis date: have the notary sign exactly these (lashou notary sign)`,
  ClaimsNotCovered: ([member, diagnosedAt, coverageStart]) =>
    big(coverageStart) === 0n
      ? `${member} is not covered: only active members past their waiting period may claim`
      : `${member} was not covered on ${when(diagnosedAt)} (cover starts ${when(coverageStart)}): a diagnosis inside the waiting period cannot be claimed`,
  ClaimsDiagnosisInFuture: ([diagnosedAt, nowTime]) =>
    `the diagnosis date ${when(diagnosedAt)} is after the chain's time ${when(nowTime)}: give the real diagnosis date`,
  ClaimsOpenClaimExists: ([member, claimId]) =>
    `${member} already has open claim ${claimId}: one claim at a time; wait until it is paid or closed`,
  ClaimsAmountOutOfRange: ([amount, cap], { decimals, symbol }) =>
    `amount ${formatAmount(big(amount), { decimals, symbol })} must be above zero and at most ${formatAmount(big(cap), { decimals, symbol })}: ask for an amount within that range`,
  ClaimsDocumentUsed: ([documentHash, claimId]) =>
    `document ${documentHash} was already used by claim ${claimId}: each diagnosis supports one claim`,
  ClaimsInvalidRegion: ([region]) => `region ${region} is not valid: give a region code from 1 to 65535`,
  ClaimsInvalidReason: ([reason]) =>
    `reason ${REVIEW_REASONS[Number(reason)] ?? reason} does not fit this review: approve with reason None, reject with one of WaitingPeriod … Other`,
  ClaimsZeroNullifier: () =>
    'the nullifier is zero: compute it from the claimant identity with the operator secret (computeNullifier)',
  ClaimsDeadlinePassed: ([claimId, deadline]) =>
    `the deadline of claim ${claimId} passed at ${when(deadline)}: it can only move on by its deadline path (lashou claim advance)`,
  ClaimsDeadlineNotReached: ([claimId, deadline]) =>
    `claim ${claimId}'s deadline is ${when(deadline)}: wait until after it`,
  ClaimsRandomnessNotReady: ([claimId, requestId]) =>
    `the randomness for claim ${claimId} (request ${requestId}) is not ready: wait a few blocks and run lashou claim advance (it fulfils the source)`,
  ClaimsNotSlotWitness: ([claimId, slot, caller]) =>
    `${caller} is not the witness drawn in slot ${slot} of claim ${claimId}: send from the drawn witness's account (lashou claim status shows the slots)`,
  ClaimsWrongSlot: ([claimId, slot]) =>
    `slot ${slot} of claim ${claimId} is not in a state for this: check the slots with lashou claim status`,
  ClaimsNotFullyPaid: ([claimId]) =>
    `claim ${claimId} is not fully paid yet: settle its epoch (lashou pool settle), then mark it paid; once its payment window has ended, mark-paid closes it paid in part (lashou claim status shows the payment deadline)`,
  ClaimsReportsClosed: ([claimId]) =>
    `claim ${claimId} takes no fraud report now: reports are open while it is announced, while it is approved (until it is marked paid) and within the fraud-report window after payment`,
  ClaimsRunOff: ([diagnosedAt, startedAt, honourUntil]) =>
    `the pool is winding down since ${when(startedAt)}: only diagnoses before then, filed before ${when(honourUntil)}, are honoured (diagnosis ${when(diagnosedAt)})`,
  ClaimsZero: () => 'an address or hash is zero: give a real value',
  ClaimsDrawPending: ([claimId, requestId]) =>
    `the randomness of claim ${claimId} (request ${requestId}) can already be known and its draw is still allowed: draw with it first (lashou claim advance), then decline, replace or overrule; a slot emptied by a decision is redrawn with randomness requested after it`,
  ClaimsAmountAbovePoolCapacity: ([amount, available], { decimals, symbol }) => {
    const fmt = (v: unknown) => formatAmount(big(v), { decimals, symbol });
    return big(available) === 0n
      ? `the pool cannot pay ${fmt(amount)} within the payment window: with today's members it can pay nothing more than what is already queued and the witnesses' commissions; wait until more members join, or until queued payments are paid`
      : `the pool can pay at most ${fmt(available)} more within the payment window with today's members (after the payments queued ahead and the witnesses' commissions), not ${fmt(amount)}: approve at most ${fmt(available)} (lashou operator review --approve --amount), or wait until more members join`;
  },
  ClaimsNoPendingCredit: ([claimId]) =>
    `claim ${claimId} has no deferred credit: its no-show slashes were credited to the members already (credits are deferred only while the token is paused)`,
  // ── ClaimParameters ──
  ClaimsInvalidParameter: ([parameter, value]) =>
    `claim parameter ${CLAIM_PARAMETERS[Number(parameter)] ?? parameter} cannot be ${value}: choose a value within its allowed range`,
  ClaimsGovernanceDelayTooShort: ([delay, required]) =>
    `governance delay ${seconds(delay)} must be at least ${seconds(required)} (the pool's exit notice plus one epoch plus one day of settlement slack, pool.governanceDelayRequired): use a timelock with a longer minimum delay`,
  ClaimsParameterConflict: ([parameter, value, limit], { decimals, symbol }) => {
    const name = parameterName(parameter);
    const amount = (v: unknown) => formatAmount(big(v), { decimals, symbol });
    const shown = AMOUNT_PARAMETERS.includes(name) ? amount(value) : name.endsWith('Window') ? seconds(value) : String(value);
    switch (name) {
      case 'StakeLock':
        return big(value) > big(limit)
          ? `StakeLock ${shown} is above the largest lock a witness draw serves, ${amount(limit)} (the registry's top stake tier): choose at most that`
          : `StakeLock ${shown} is below the commission ${amount(limit)}: a witness may never earn more for a claim than it stakes on it; lower the commission first`;
      case 'Commission':
        return `Commission ${shown} is above the stake lock ${amount(limit)}: a witness may never earn more for a claim than it stakes on it; choose at most that, or raise StakeLock first`;
      case 'ClaimCap':
      case 'StakeCoverBps':
        return `${name} ${shown} would make the per-witness lock of the largest claim, ceil(ClaimCap × StakeCoverBps / 30,000), exceed the largest lock a draw serves, ${amount(limit)}: lower ClaimCap or StakeCoverBps`;
      case 'AnnouncementWindow':
      case 'InvestigationWindow':
        return `${name} ${shown} would make the announcement plus investigation windows longer than the pool's exit notice, ${seconds(limit)}: lengthen the exit notice first, or choose a shorter window`;
      case 'PaymentWindow':
        return `PaymentWindow ${shown} is shorter than one epoch, ${seconds(limit)}: an approved claim must see at least one settlement; choose at least that`;
      default:
        return `claim parameter ${name} cannot be ${shown} with the other values (bound ${limit}): change the related parameter first`;
    }
  },
  ClaimsPoolNotInRunOff: () => 'the pool is not winding down: claims run-off starts only after the pool run-off',
  ClaimsRunOffAlreadyStarted: ([startedAt]) => `the claims run-off started at ${when(startedAt)} already: nothing to do`,
  // ── FraudReports ──
  ReportsNotOpen: ([reportId, outcome]) =>
    `report ${reportId} is already ${REPORT_OUTCOMES[Number(outcome)] ?? outcome}: nothing more can be done with it`,
  ReportsDeadlinePassed: ([reportId, deadline]) =>
    `report ${reportId}'s investigation deadline passed at ${when(deadline)}: it can only expire now (the bond comes back)`,
  ReportsDeadlineNotReached: ([reportId, deadline]) =>
    `report ${reportId} is under investigation until ${when(deadline)}: wait until after that to expire it`,
  ReportsNotFraudConfirmed: ([claimId]) => `claim ${claimId} is not fraud-confirmed: recoveries are recorded only for confirmed fraud`,
  ReportsInsufficientFees: ([requested, available], { decimals, symbol }) =>
    `only ${formatAmount(big(available), { decimals, symbol })} of fees are available, not ${formatAmount(big(requested), { decimals, symbol })}: withdraw at most that`,
  ReportsTransferAmountMismatch: ([expected, received], { decimals, symbol }) =>
    `the token moved ${formatAmount(big(received), { decimals, symbol })} instead of ${formatAmount(big(expected), { decimals, symbol })}: use a plain stablecoin`,
  ReportsZero: () => 'an amount, address or hash is zero: give a real value (the evidence hash of a document)',
  ReportsCommitmentMismatch: ([reportId]) =>
    `the evidence hash and salt do not match report ${reportId}'s commitment, or its evidence is already revealed: give exactly the evidence and the salt printed when the report was filed (lashou report reveal; any account may send it)`,
  ReportsEvidenceNotRevealed: ([reportId]) =>
    `report ${reportId}'s evidence is not revealed: fraud can be confirmed only on a revealed report; its reporter reveals it (lashou report reveal) before the report's deadline, or dismiss it`,
  ReportsEvidenceFirstReportedBy: ([reportId, earlierReportId]) =>
    `report ${earlierReportId} revealed the same evidence before report ${reportId}: confirm report ${earlierReportId} instead (its reporter found it first); report ${reportId} then closes as superseded with its bond back`,
  ReportsClaimClosed: ([reportId, claimId]) =>
    `claim ${claimId} is no longer under investigation (it ended through another report): report ${reportId} can only be closed now, its bond back to the reporter (lashou report expire)`,
  ReportsNothingOwed: ([reporter]) =>
    `nothing is kept for ${reporter}: its bonds and rewards were paid out when the reports were resolved (only those whose transfer failed, or whose slashed stake had not arrived, wait here)`,
  ReportsNoPendingCredit: ([reportId]) =>
    `report ${reportId} has no deferred credit: what its resolution decided was credited to the members already (credits are deferred only while the token is paused)`,
  // ── WitnessRegistry ──
  WitnessStakeTooLow: ([stake, minimum], { decimals, symbol }) =>
    `stake ${formatAmount(big(stake), { decimals, symbol })} is below the ${formatAmount(big(minimum), { decimals, symbol })} minimum: stake at least that`,
  WitnessAlreadyRegistered: ([witness]) => `${witness} is already a registered witness: top up with stake instead`,
  WitnessNotRegistered: ([witness]) => `${witness} is not a registered witness: stake first (lashou witness stake)`,
  WitnessCooldownActive: ([witness, availableAt]) =>
    big(availableAt) === 0n
      ? `${witness} has not asked to unstake: request it first (lashou witness unstake)`
      : `${witness} may withdraw after ${when(availableAt)}: wait until then`,
  WitnessStakeLocked: ([witness, locked], { decimals, symbol }) =>
    `${formatAmount(big(locked), { decimals, symbol })} of ${witness}'s stake is locked by claims: wait until they are released`,
  WitnessNotEnoughEligible: ([eligible, needed]) =>
    `only ${eligible} eligible witnesses able to carry the claim's stake lock are outside the exclusions, for ${needed} places: more witnesses must stake (lashou witness stake), or larger stakes; try again later`,
  WitnessRegionInvalid: ([region]) => `region ${region} is not valid: give a region code from 1 to 65535`,
  WitnessRegionMismatch: ([witness, registered, given]) =>
    `${witness} is registered in region ${registered}, not ${given}: top up in region ${registered}, or unstake and register again`,
  WitnessAmountZero: () => 'the amount is zero: give a positive amount',
  WitnessUnstakePending: ([witness, availableAt]) =>
    `${witness} is unstaking (available ${when(availableAt)}): withdraw after that, or stake again to cancel`,
  WitnessUnstakeNotRequested: ([witness]) => `${witness} has not asked to unstake: request it first (lashou witness unstake)`,
  WitnessStakeInsufficient: ([witness, free, requested], { decimals, symbol }) =>
    `${witness} has ${formatAmount(big(free), { decimals, symbol })} free stake, less than ${formatAmount(big(requested), { decimals, symbol })}`,
  WitnessDrawCountInvalid: ([count, maximum]) => `cannot draw ${count} witnesses (maximum ${maximum})`,
  WitnessTooManyExcluded: ([given, maximum]) => `${given} excluded addresses exceed the maximum ${maximum}`,
  WitnessSnapshotNotPast: ([snapshotBlock, currentBlock]) =>
    `snapshot block ${snapshotBlock} is not in the past (now ${currentBlock}): wait a block and retry`,
  WitnessIndexOutOfRange: ([index, length]) => `index ${index} is out of range (${length} witnesses): give a smaller index`,
  WitnessInvalidConfiguration: () => 'the witness registry configuration is invalid: give a token, an admin and a positive minimum stake',
  WitnessNotSeasoned: ([witness, seasonedAt]) =>
    `${witness} is in its seasoning period until ${when(seasonedAt)}: it can enter the draw only from then on (lashou witness activate, or any keeper does it)`,
  WitnessLockTooLarge: ([amount, maxLock], { decimals, symbol }) =>
    `a stake lock of ${formatAmount(big(amount), { decimals, symbol })} per witness is above the largest any stake tier serves, ${formatAmount(big(maxLock), { decimals, symbol })}: approve a smaller amount, or governance lowers StakeCoverBps`,
  WitnessTierInvalid: ([tier, tiers]) => `stake tier ${tier} does not exist: tiers run from 0 to ${big(tiers) - 1n}`,
  WitnessTierFull: ([region, tier]) =>
    `the draw array of stake tier ${tier} in ${big(region) === 0n ? 'all regions' : `region ${region}`} is full (2^26 − 1 witnesses): stake a different amount, or in another region`,
  WitnessZeroRecipient: () => 'a slash named no recipient for the slashed stake: this is a bug in the calling contract; report it',
  WitnessTransferAmountMismatch: ([expected, received], { decimals, symbol }) =>
    `the token moved ${formatAmount(big(received), { decimals, symbol })} instead of ${formatAmount(big(expected), { decimals, symbol })}: fee-on-transfer or rebasing tokens cannot back witness stakes; use a plain stablecoin`,
  CheckpointUnorderedInsertion: () => 'a checkpoint went back in time: this is a contract bug; report it',
  // ── Randomness sources ──
  RandomnessUnknownRequest: ([requestId]) => `randomness request ${requestId} does not exist: check the claim's request id`,
  RandomnessNotConsumer: ([caller]) => `${caller} may not request randomness: the source's admin grants CONSUMER_ROLE to the claims manager`,
  RandomnessNotYetAvailable: ([requestId, targetBlock, currentBlock]) =>
    `randomness request ${requestId} needs block ${targetBlock} (now ${currentBlock}): wait ${big(targetBlock) - big(currentBlock)} more block(s)`,
  RandomnessExpired: ([requestId, targetBlock]) =>
    `randomness request ${requestId} expired (block ${targetBlock} left the 256-block history): run lashou claim advance to request again`,
  RandomnessHeaderMismatch: ([requestId]) =>
    `the block header given for request ${requestId} does not hash to the target block's hash: pass the exact RLP header of the target block`,
  RandomnessHeaderMalformed: ([field, length]) => `the block header is malformed (field ${field} has length ${length}): pass the RLP header of the target block`,
  RandomnessDelayInvalid: ([delay]) => `randomness delay ${delay} must be between 1 and 256 blocks`,
  RandomnessVrfConfigInvalid: () => 'the VRF configuration is invalid: give a key hash, a subscription, confirmations, a gas limit and a timeout',
  OnlyCoordinatorCanFulfill: ([have, want]) => `only the VRF coordinator ${want} may fulfil, not ${have}`,
  OnlyOwnerOrCoordinator: ([have, owner, coordinator]) =>
    `${have} is neither the owner ${owner} nor the coordinator ${coordinator}: send from one of them`,
  ZeroAddress: () => 'an address is zero: give a real address',
  // ── OpenZeppelin access control, guards, casts ──
  AccessControlUnauthorizedAccount: ([account, role]) =>
    `${account} does not hold ${ROLE_NAMES[(role as Hex).toLowerCase() as Hex] ?? role}: send from an account that holds it, or have the role admin (the timelock) grant it`,
  AccessControlBadConfirmation: () => 'an account may only renounce its own roles: send from that account',
  ReentrancyGuardReentrantCall: () => 'the pool refused a re-entrant call: call it from a plain account, not from inside another pool call',
  SafeCastOverflowedUintDowncast: ([bits]) => `an amount does not fit ${bits} bits: use a smaller amount`,
  SafeCastOverflowedIntDowncast: ([bits]) => `an amount does not fit ${bits} bits: use a smaller amount`,
  SafeCastOverflowedIntToUint: () => 'a balance would be negative: nothing can be taken from it',
  SafeCastOverflowedUintToInt: () => 'an amount is too large for signed arithmetic: use a smaller amount',
  SafeERC20FailedOperation: ([token]) => `the token ${token} refused a transfer: check the token contract and your balance`,
  // ── ERC-20 and permit (the token reverts; the pool passes it on) ──
  ERC20InsufficientBalance: ([sender, balance, needed], { decimals, symbol }) => {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    return `${sender} holds ${fmt(big(balance))} but ${fmt(big(needed))} is needed: get at least ${fmt(big(needed) - big(balance))} more (lashou token faucet on test chains)`;
  },
  ERC20InsufficientAllowance: ([spender, allowance, needed], { decimals, symbol }) => {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    return `${spender} may spend only ${fmt(big(allowance))} of your ${symbol} but needs ${fmt(big(needed))}: approve it first, or join with a permit`;
  },
  ERC20InvalidReceiver: ([who]) => `cannot send tokens to ${who}: give a real recipient address`,
  ERC20InvalidSender: ([who]) => `cannot send tokens from ${who}: use a real account`,
  ERC20InvalidApprover: ([who]) => `cannot approve from ${who}: use a real account`,
  ERC20InvalidSpender: ([who]) => `cannot approve spender ${who}: give a real spender address`,
  ERC2612ExpiredSignature: ([deadline]) => `the permit expired at ${when(deadline)}: sign a new one`,
  ERC2612InvalidSigner: ([signer, owner]) => `the permit was signed by ${signer}, not by the owner ${owner}: sign it with the owner's key`,
  InvalidAccountNonce: ([account, nonce]) => `${account}'s permit nonce is ${nonce}: sign a new permit with that nonce`,
  ECDSAInvalidSignature: () => 'the signature is invalid: sign again',
  ECDSAInvalidSignatureLength: () => 'the signature has the wrong length: sign again',
  ECDSAInvalidSignatureS: () => 'the signature is malleable (high s): sign again with a standard signer',
  TestStablecoinFaucetLimit: ([requested, limit], { decimals, symbol }) =>
    `the faucet hands out at most ${formatAmount(big(limit), { decimals, symbol })} per call (asked ${formatAmount(big(requested), { decimals, symbol })}): ask for less, several times if needed`,
  TestStablecoinNotATestChain: ([chainId]) =>
    `chain ${chainId} is not a test chain: the test stablecoin only runs on local chains and test networks; deploy with --token <a real stablecoin>`,
  InvalidShortString: () => 'the token name is not a valid short string: deploy the token with a shorter name',
  StringTooLong: ([text]) => `"${text}" is too long for a short string: use at most 31 bytes`,
  FailedCall: () => 'a low-level call failed without a reason: check the target contract and the value sent',
  // ── TimelockController ──
  TimelockInsufficientDelay: ([delay, minDelay]) => `delay ${delay} s is below the timelock's minimum ${minDelay} s: schedule with a longer delay`,
  TimelockUnexpectedOperationState: ([id]) => `timelock operation ${id} is not in the state this call needs: check that it was scheduled and is ready`,
  TimelockUnexecutedPredecessor: ([id]) => `timelock predecessor ${id} has not run: execute it first`,
  TimelockUnauthorizedCaller: ([caller]) => `${caller} may not call the timelock directly: go through schedule and execute`,
  TimelockInvalidOperationLength: () => 'the batch arrays differ in length: give one value and payload per target',
};

function collectErrorAbi(): AbiError[] {
  const bySelector = new Map<Hex, AbiError>();
  for (const { abi } of Object.values(contracts)) {
    for (const item of abi as Abi) {
      if (item.type !== 'error') continue;
      const selector = toFunctionSelector(formatAbiItem(item)) as Hex;
      if (!bySelector.has(selector)) bySelector.set(selector, item);
    }
  }
  return [...bySelector.values()];
}

/** Every custom error of every generated contract: what the decoder can read. */
export const contractErrorsAbi: readonly AbiError[] = collectErrorAbi();

/** Every custom error of every generated contract, as one ABI type. */
type AllErrorsAbi = (typeof contracts)[keyof typeof contracts]['abi'];
/** Names of the contract errors the SDK knows (`PoolBelowMinimumBalance`, `ERC20InsufficientBalance`, …). */
export type KnownContractErrorName = Extract<AllErrorsAbi[number], { type: 'error' }>['name'];
/** The decoded arguments of contract error `N`. */
export type KnownContractErrorArgs<N extends KnownContractErrorName> = ContractErrorArgs<AllErrorsAbi, N>;

/**
 * A contract reverted with a custom error; `shortMessage` says what went wrong and what to do. `code` is the
 * error's name and `params` its arguments by their ABI names (`{ member, balance, minimum }`).
 */
export class LashouContractError<N extends KnownContractErrorName = KnownContractErrorName> extends LashouError {
  override name = 'LashouContractError';
  /** The contract's error name (e.g. `PoolBelowMinimumBalance`); also `code`. */
  readonly errorName: N;
  /** The error's arguments, decoded (typed once narrowed with `isContractError`). */
  readonly args: KnownContractErrorArgs<N>;
  /** The token's decimals and symbol the message was phrased with (as given to `toLashouError`). */
  readonly formatting: { decimals?: number | undefined; symbol?: string | undefined };
  constructor(
    errorName: N,
    args: KnownContractErrorArgs<N>,
    shortMessage: string,
    options: { cause?: unknown; details?: string; params?: Readonly<Record<string, unknown>>; formatting?: { decimals?: number | undefined; symbol?: string | undefined } },
  ) {
    super(shortMessage, { cause: options.cause, details: options.details, code: errorName, params: options.params ?? namedArgs(errorName, args as readonly unknown[]) });
    this.errorName = errorName;
    this.args = args;
    this.formatting = options.formatting ?? {};
  }
}

/** The arguments of contract error `errorName` by their ABI names (`arg<i>` for unnamed ones). */
function namedArgs(errorName: string, args: readonly unknown[]): Record<string, unknown> {
  const inputs = contractErrorsAbi.find((item) => item.name === errorName)?.inputs ?? [];
  return Object.fromEntries(args.map((value, i) => [inputs[i]?.name || `arg${i}`, value]));
}

/**
 * Narrows an error to one contract error, with typed arguments.
 * @example
 * if (isContractError(error, 'PoolBelowMinimumBalance')) { const [member, balance, minimum] = error.args }
 */
export function isContractError<N extends KnownContractErrorName>(error: unknown, errorName: N): error is LashouContractError<N> {
  return error instanceof LashouContractError && error.errorName === errorName;
}

/** One of the protocol's custom errors (or OpenZeppelin's it uses), decoded; not a reason string or a panic. */
function decodeCustomError(data: Hex) {
  try {
    const decoded = decodeErrorResult({ abi: contractErrorsAbi, data });
    return decoded.errorName === 'Error' || decoded.errorName === 'Panic' ? undefined : decoded;
  } catch {
    return undefined;
  }
}

function findRevertData(error: unknown): Hex | undefined {
  for (const current of causeChain(error)) {
    if (current instanceof ContractFunctionRevertedError && current.raw) return current.raw;
    const data = (current as { data?: unknown }).data;
    if (typeof data === 'string' && /^0x[0-9a-fA-F]{8,}$/.test(data)) return data as Hex;
    if (data && typeof data === 'object' && typeof (data as { data?: unknown }).data === 'string') {
      const inner = (data as { data: string }).data;
      if (/^0x[0-9a-fA-F]{8,}$/.test(inner)) return inner as Hex;
    }
  }
  return undefined;
}

export function isConnectionFailure(error: unknown): boolean {
  for (const current of causeChain(error)) {
    const name = (current as { name?: string }).name;
    const code = (current as { code?: string }).code;
    const message = String((current as { message?: string }).message ?? '');
    if (name === 'HttpRequestError' || name === 'TimeoutError' || name === 'WebSocketRequestError') return true;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /fetch failed|ECONNREFUSED/.test(message)) return true;
  }
  return false;
}

/**
 * Turns whatever a contract call threw into a `LashouError`: custom errors through the decoder table,
 * unreachable RPCs into `RpcUnreachableError`, and anything else wrapped with viem's short message.
 * @example
 * try { await simulateContract(client, call) } catch (e) { throw toLashouError(e, { decimals: 6, symbol: 'tUSD' }) }
 */
export function toLashouError(error: unknown, context: ErrorContext = {}): LashouError {
  if (error instanceof LashouError) return error;
  const data = findRevertData(error);
  const decoded = data ? decodeCustomError(data) : undefined;
  if (decoded) {
    const args = (decoded.args ?? []) as readonly unknown[];
    const explain = errorExplainers[decoded.errorName];
    const resolved = { decimals: context.decimals ?? 18, symbol: context.symbol ?? 'tokens' };
    const message = explain
      ? explain(args, resolved)
      : `the contract refused the call with ${decoded.errorName}(${args.map(String).join(', ')})`;
    return new LashouContractError(decoded.errorName as KnownContractErrorName, args as never, message, {
      cause: error,
      details: `${decoded.errorName}(${args.map(String).join(', ')})`,
      formatting: { decimals: context.decimals, symbol: context.symbol },
    });
  }
  // Not one of the protocol's errors: a reason string, a panic, a token's own custom error, or no data at all
  // (USDT's bare requires and INVALID opcode; a reason given only in the node's message).
  const refusal = explainRevert(error, context, data);
  if (refusal) return refusal;
  const gas = insufficientFunds(error, context);
  if (gas) return gas;
  const missing = noContract(error, context);
  if (missing) return missing;
  if (isConnectionFailure(error)) {
    // RPC URLs often carry credentials (user:password@, /v3/<key>, ?apikey=): only the redacted form is shown.
    const rpcUrl = context.rpcUrl === undefined ? undefined : redactUrl(context.rpcUrl);
    return new RpcUnreachableError(
      `cannot reach the RPC endpoint${rpcUrl ? ` ${rpcUrl}` : ''}: check --rpc / LASHOU_RPC_URL and that the node is running`,
      { cause: error, code: 'rpc.unreachable', params: { rpcUrl } },
    );
  }
  const short = redactSecrets(messageOf(error));
  const line = short.split('\n')[0] ?? short;
  return new LashouError(line, { cause: error, details: error instanceof Error ? redactSecrets(error.message) : undefined, ...classifyOther(error, line) });
}

/** The chain id written in messages, or "this chain". */
const onChain = (chainId: number | undefined) => (chainId === undefined ? 'on this chain' : `on chain ${chainId}`);

/** The first address an error in the chain names as the sender (viem's `sender`, or `from:` in its details). */
export function findSender(error: unknown): Address | undefined {
  for (const current of causeChain(error)) {
    const sender = (current as { sender?: unknown }).sender;
    if (typeof sender === 'string' && /^0x[0-9a-fA-F]{40}$/.test(sender)) return sender as Address;
    const account = (current as { account?: { address?: unknown } }).account;
    if (account && typeof account.address === 'string') return account.address as Address;
  }
  for (const current of causeChain(error)) {
    const from = /\bfrom:\s+(0x[0-9a-fA-F]{40})\b/.exec(String((current as { message?: unknown }).message ?? ''));
    if (from) return from[1] as Address;
  }
  return undefined;
}

/** True when the node refused a transaction because its sender cannot pay the gas (viem's InsufficientFundsError). */
export function isInsufficientFunds(error: unknown): boolean {
  for (const current of causeChain(error)) {
    if ((current as { name?: string }).name === 'InsufficientFundsError') return true;
    const text = `${(current as { shortMessage?: unknown }).shortMessage ?? ''} ${(current as { details?: unknown }).details ?? ''} ${(current as { message?: unknown }).message ?? ''}`;
    if (/insufficient funds for gas|exceeds the balance of the account/i.test(text)) return true;
  }
  return false;
}

/** `have … want …` of a node's "insufficient funds" text (geth and others), in the coin's smallest unit. */
function nodeFunds(error: unknown): { balance: bigint; needed: bigint } | undefined {
  for (const current of causeChain(error)) {
    const match = /have (\d+) want (\d+)/.exec(`${(current as { details?: unknown }).details ?? ''} ${(current as { message?: unknown }).message ?? ''}`);
    if (match) return { balance: BigInt(match[1]!), needed: BigInt(match[2]!) };
  }
  return undefined;
}

/** A native-coin amount, rounded up to six decimals ("about" amounts in gas messages). */
export function roughCoin(value: bigint, decimals: number): string {
  const step = decimals > 6 ? 10n ** BigInt(decimals - 6) : 1n;
  const rounded = ((value + step - 1n) / step) * step;
  const text = formatUnits(rounded, decimals);
  return value > 0n && rounded === 0n ? formatUnits(1n, decimals) : text;
}

/** The local development chain (anvil's default id), where the CLI's faucet also gives gas money. */
const LOCAL_CHAIN_ID = 31337;

/**
 * A gas shortfall as one line that says which coin is missing (the chain's native coin), roughly how much, for which
 * address, and how to get it.
 */
function insufficientFunds(error: unknown, context: ErrorContext): LashouError | undefined {
  if (!isInsufficientFunds(error)) return undefined;
  const address = findSender(error) ?? context.account;
  const coin = context.nativeCurrency ?? { symbol: '', decimals: 18 };
  const symbol = coin.symbol || 'the native coin';
  const funds = { ...nodeFunds(error), ...Object.fromEntries(Object.entries(context.gasFunds ?? {}).filter(([, v]) => v !== undefined)) } as { balance?: bigint; needed?: bigint };
  const amount = (v: bigint) => `${roughCoin(v, coin.decimals)}${coin.symbol ? ` ${coin.symbol}` : ''}`;
  const who = address ?? 'the sending account';
  const holds = funds.balance !== undefined ? `it holds ${amount(funds.balance)}` : `it has too little ${symbol}`;
  const needs = funds.needed !== undefined ? ` and this transaction needs about ${amount(funds.needed)}` : '';
  const what = coin.symbol ? `${coin.symbol} (the native coin of chain ${context.chainId ?? '?'})` : `the chain's native coin`;
  const remedy =
    context.chainId === LOCAL_CHAIN_ID
      ? `on the local chain run lashou token faucet (it gives ${coin.symbol || 'gas money'} for gas too), or send ${coin.symbol || 'some'} to ${who} from a dev account`
      : `send ${coin.symbol || 'the native coin'} to ${who} (from an exchange or another wallet; on a test network from its faucet), then retry`;
  return new LashouError(`${who} cannot pay for gas: ${holds}${needs}; gas is paid in ${what}, not in the stablecoin: ${remedy}`, {
    cause: error,
    details: error instanceof Error ? error.message : undefined,
    code: 'wallet.insufficientFunds',
    params: { address, symbol: coin.symbol || undefined, decimals: coin.decimals, balance: funds.balance, needed: funds.needed, chainId: context.chainId },
  });
}

/**
 * A call to an address without code ("returned no data (0x)"): the address book names contracts that are not
 * on this chain — most often a local chain restarted since the record was written.
 */
function noContract(error: unknown, context: ErrorContext): LashouError | undefined {
  let zeroData = false;
  let address: string | undefined;
  let functionName: string | undefined;
  for (const current of causeChain(error)) {
    const name = (current as { name?: string }).name;
    if (name === 'ContractFunctionZeroDataError' || name === 'AbiDecodingZeroDataError') zeroData = true;
    const contract = (current as { contractAddress?: unknown }).contractAddress;
    if (typeof contract === 'string' && !address) address = contract;
    const fn = (current as { functionName?: unknown }).functionName;
    if (typeof fn === 'string' && !functionName) functionName = fn;
  }
  if (!zeroData) return undefined;
  const where = address ? `at ${address}` : 'at the address called';
  return new NoContractCodeError(
    `there is no contract ${where} ${onChain(context.chainId)}${functionName ? ` (its ${functionName}() returned nothing)` : ''}: the address book is stale — written for another chain, or for an earlier run of the local chain: restart the local chain with lashou dev (it deploys again and rewrites deployments/<chainId>.json), deploy with lashou deploy, or pass --deployment <file> written for this chain`,
    { cause: error, code: 'contract.noCode', params: { address, chainId: context.chainId, functionName } },
  );
}

/**
 * The message of whatever was thrown: viem's short message, an Error's, or the `message` of a plain object (an
 * EIP-1193 provider error is `{ code, message }`); else the value as text, never an empty line, `undefined` or
 * `[object Object]`.
 */
function messageOf(error: unknown): string {
  if (error instanceof BaseError) return error.shortMessage;
  if (error instanceof Error) return error.message;
  const message = error !== null && typeof error === 'object' ? (error as { message?: unknown }).message : undefined;
  if (typeof message === 'string' && message.trim() !== '') return message;
  let text = '';
  try {
    text = error === undefined || error === null || typeof error === 'object' ? '' : String(error);
  } catch {
    // a value without a string form
  }
  return text.trim() === '' ? 'the call failed with no error message' : text;
}

/**
 * Codes for the failures a wallet or node reports without a contract error, so they can be translated: the
 * user refused to sign, no gas money, the wallet on another chain, a revert with a plain reason string.
 * Anything else is `unknown` with its message.
 */
function classifyOther(error: unknown, message: string): { code: string; params: Record<string, unknown> } {
  for (const current of causeChain(error)) {
    const { name, code } = current as { name?: string; code?: unknown };
    if (name === 'UserRejectedRequestError' || code === 4001) return { code: 'wallet.rejected', params: {} };
    if (name === 'InsufficientFundsError') return { code: 'wallet.insufficientFunds', params: {} };
    if (name === 'ChainMismatchError') {
      // viem keeps the ids only in its message: "The current chain of the wallet (id: 1) does not match the target chain for the transaction (id: 31337 – …)".
      const ids = /\(id: (\d+)\)[^]*?\(id: (\d+)/.exec(String((current as { shortMessage?: string }).shortMessage ?? (current as Error).message));
      return { code: 'wallet.chainMismatch', params: { currentChainId: ids ? Number(ids[1]) : undefined, expectedChainId: ids ? Number(ids[2]) : undefined } };
    }
    if (current instanceof ContractFunctionRevertedError && current.reason) return { code: 'contract.reverted', params: { reason: current.reason } };
  }
  return { code: 'unknown', params: { message } };
}
