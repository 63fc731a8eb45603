// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Member, MemberView, Payment, EpochRecord} from "../types/PoolTypes.sol";

/// @title IMutualPool
/// @notice The Lashou pool: holds every member's stablecoin, charges each settled epoch's approved claims
///         equally to all active members in constant gas, and pays them out.
/// @dev Amounts are in the token's own units. Balances are lazy: `balance = key − index` for active members,
///      where `index` is the amount charged per member since genesis, net of credits. See docs/pool.md.
interface IMutualPool {
    // ───────────────────────────────────────── Events ─────────────────────────────────────────

    /// @notice A member joined.
    /// @param member The member's address.
    /// @param memberId The member's number (kept for life; the sorted list and lapse events use it).
    /// @param identityCommitment `keccak256` of the versioned identity encoding and a secret salt.
    /// @param deposit Tokens deposited.
    /// @param key The member's balance key (`deposit + index`).
    /// @param index The cumulative index at join.
    /// @param coverageStart When the waiting period ends and claims become possible.
    /// @param epoch The epoch in which the member joined.
    event MemberJoined(
        address indexed member,
        uint256 indexed memberId,
        bytes32 indexed identityCommitment,
        uint256 deposit,
        int256 key,
        int256 index,
        uint256 coverageStart,
        uint256 epoch
    );

    /// @notice A member added funds; a lapsed member who topped up back above the minimum rejoined.
    /// @param member The member.
    /// @param amount Tokens added.
    /// @param balance The member's balance afterwards.
    /// @param key The member's new balance key (`balance + index`).
    /// @param rejoined True when a lapsed member became active again (with a new waiting period).
    /// @param coverageStart The member's coverage start afterwards.
    event MemberToppedUp(
        address indexed member, uint256 amount, uint256 balance, int256 key, bool rejoined, uint256 coverageStart
    );

    /// @notice A member asked to leave (or was expelled by the claims module); coverage ended at once.
    /// @param member The member.
    /// @param exitEpoch The last epoch whose claims the member still pays for (the one containing the request
    ///        time plus the exit notice).
    /// @param balance The member's balance at the request.
    /// @param expelled True when the claims module ended the membership after confirmed fraud.
    event MemberExitRequested(address indexed member, uint256 exitEpoch, uint256 balance, bool expelled);

    /// @notice A member's balance could no longer carry the minimum: it stopped being charged and covered.
    /// @param memberId The member's number (see `MemberJoined`).
    /// @param balance What the member keeps (below the minimum balance), withdrawable or topped up later.
    /// @param index The cumulative index at which the balance was frozen.
    event MemberLapsed(uint256 indexed memberId, uint256 balance, int256 index);

    /// @notice A lapsed or exited member took out what was left.
    /// @param member The member.
    /// @param amount Tokens sent.
    event MemberWithdrew(address indexed member, uint256 amount);

    /// @notice The claims module queued a payment for the epoch now open.
    /// @param paymentId Position in the payment queue.
    /// @param claimId The claim it belongs to.
    /// @param recipient Who will be paid (the patient, or a witness for a commission).
    /// @param amount Tokens to pay.
    /// @param epoch The epoch whose settlement charges it (or a later one, if it rolls over).
    event PaymentQueued(
        uint256 indexed paymentId, uint256 indexed claimId, address indexed recipient, uint256 amount, uint256 epoch
    );

    /// @notice A queued payment was paid, in full or as an instalment, at the settlement of `epoch`.
    /// @param paymentId The payment.
    /// @param claimId The claim it belongs to.
    /// @param recipient Who was paid.
    /// @param amount Tokens paid now.
    /// @param remaining Tokens still owed on this payment (rolled over to later epochs).
    /// @param epoch The epoch whose settlement paid it.
    /// @param transferred False when the transfer failed (e.g. a blacklisted address): the amount was kept
    ///        for the recipient, released to it alone with `releasePayout`.
    event PaymentMade(
        uint256 indexed paymentId,
        uint256 indexed claimId,
        address indexed recipient,
        uint256 amount,
        uint256 remaining,
        uint256 epoch,
        bool transferred
    );

    /// @notice A payment whose transfer had failed at settlement was released to its payee.
    /// @param recipient The payee.
    /// @param to Where the tokens were sent: always the payee (kept in the event for its readers).
    /// @param amount Tokens sent.
    event PayoutClaimed(address indexed recipient, address indexed to, uint256 amount);

    /// @notice Members with a balance below the minimum were passed by the lapse cursor (the bounded step).
    /// @param steps How many list entries were processed.
    /// @param lapsed How many of them lapsed (the rest were exits already settled).
    /// @param pending Whether more remain before the next settlement may run.
    event LapsesProcessed(uint256 steps, uint256 lapsed, bool pending);

    /// @notice An epoch was settled: its approved payments paid from the reserve first (`ReserveUsed`), the rest
    ///         charged equally to every active member.
    /// @param epoch The epoch.
    /// @param members Members charged (N_e), waiting-period members included.
    /// @param share Per-member charge `ceil((collected − reserve used) / members)`, never above `shareCap(epoch)`.
    /// @param collected Total paid out of this settlement (payments and instalments), the reserve's part included.
    /// @param reserveAdded Rounding dust `share * members − (collected − reserve used)`, added to the reserve.
    /// @param index The cumulative index after the charge.
    /// @param carriedOver Tokens of queued payments left for later epochs (the cap `members × minimum`).
    /// @param exitsFinalised Members whose exit epoch this was; their balances are now withdrawable.
    event EpochSettled(
        uint256 indexed epoch,
        uint256 members,
        uint256 share,
        uint256 collected,
        uint256 reserveAdded,
        int256 index,
        uint256 carriedOver,
        uint256 exitsFinalised
    );

    /// @notice Every active member was credited equally (slashed stakes, recoveries, fees returned).
    /// @param source The contract or account that paid the credit in.
    /// @param reason A short tag (`"SLASH"`, `"RECOVERY"`, …) for the indexer.
    /// @param refId What the credit relates to (a claim id), or 0.
    /// @param amount Tokens received.
    /// @param perMember The per-member credit (rounded down).
    /// @param members Members credited.
    /// @param reserveAdded Rounding dust added to the reserve (all of it when there are no members).
    /// @param index The cumulative index after the credit.
    event MembersCredited(
        address indexed source,
        bytes32 indexed reason,
        uint256 indexed refId,
        uint256 amount,
        uint256 perMember,
        uint256 members,
        uint256 reserveAdded,
        int256 index
    );

    /// @notice A parameter was changed by governance.
    /// @param name The parameter (`"waitingPeriod"`, `"minimumBalance"`, `"exitNotice"`).
    /// @param oldValue Its value before.
    /// @param newValue Its value now.
    event ParameterChanged(bytes32 indexed name, uint256 oldValue, uint256 newValue);

    /// @notice The pool entered run-off (wind-down): no new members from now on.
    /// @param startedAt When run-off began.
    event RunOffStarted(uint256 startedAt);

    /// @notice The claims module lowered what is still owed on a queued payment (a claim that ended short of
    ///         full payment, a commission settled pro rata). Settlement skips a payment with nothing left.
    /// @param paymentId The payment.
    /// @param claimId The claim it belongs to.
    /// @param recipient Its payee.
    /// @param cancelled Tokens no longer owed (taken off `queuedPayments`).
    /// @param remaining Tokens still owed on it.
    event PaymentReduced(
        uint256 indexed paymentId, uint256 indexed claimId, address recipient, uint256 cancelled, uint256 remaining
    );

    /// @notice A payout whose transfer had failed was taken back from its recipient and credited to every member
    ///         (the claim turned out fraudulent before it was collected); `MembersCredited` says how.
    /// @param recipient Whose unclaimed payout it was.
    /// @param claimId The claim.
    /// @param amount Tokens taken back.
    event PayoutReclaimed(address indexed recipient, uint256 indexed claimId, uint256 amount);

    /// @notice A settlement paid part of its payments from the reserve before charging members for the rest.
    /// @param epoch The epoch settled.
    /// @param amount Tokens taken from the reserve.
    event ReserveUsed(uint256 indexed epoch, uint256 amount);

    /// @notice At the end of run-off (no member counted, nothing queued) governance sent the reserve to the
    ///         pool's successor.
    /// @param to The successor.
    /// @param amount Tokens sent (the whole reserve).
    event ReserveSwept(address indexed to, uint256 amount);

    /// @notice The claims module expelled an address after confirmed fraud: it can never join again nor rejoin
    ///         by a top-up. An active member is also made to leave (see `MemberExitRequested`).
    /// @param member The address.
    /// @param status Its status when it was expelled.
    event MemberExpelled(address indexed member, MemberView status);

    /// @notice The contract the pool asks for the shortest allowed exit notice was set (zero: none).
    /// @param source The `IExitNoticeFloor` (the claim parameters), or zero.
    event NoticeFloorSourceSet(address indexed source);

    /// @notice The pool was deployed with these settings (emitted once, by the constructor), so that an auditor reads
    ///         every rule of the pool from its logs alone. Later changes emit `ParameterChanged`.
    /// @param token The stablecoin held.
    /// @param genesis The start of epoch 0 (the deployment's timestamp).
    /// @param epochLength Seconds per epoch.
    /// @param waitingPeriod Seconds from joining until covered.
    /// @param minimumBalance The minimum balance M, in the token's units.
    /// @param exitNotice Seconds from an exit request to the end of the member's obligations.
    event PoolConfigured(
        address indexed token,
        uint256 genesis,
        uint256 epochLength,
        uint256 waitingPeriod,
        uint256 minimumBalance,
        uint256 exitNotice
    );

    // ───────────────────────────────────────── Errors ─────────────────────────────────────────

    /// @notice The address already has a membership (active, exiting or lapsed).
    error PoolAlreadyMember(address member);
    /// @notice The address has no membership in a state that allows this call.
    /// @param member The address.
    /// @param status Its status now.
    error PoolNotMember(address member, MemberView status);
    /// @notice The identity commitment was used before; a person joins once (make a new salt to rejoin).
    error PoolCommitmentUsed(bytes32 identityCommitment);
    /// @notice The identity commitment is zero.
    error PoolCommitmentZero();
    /// @notice A deposit or top-up would leave the balance below the minimum balance.
    /// @param member The member.
    /// @param balance The balance it would have.
    /// @param minimum The minimum balance.
    error PoolBelowMinimumBalance(address member, uint256 balance, uint256 minimum);
    /// @notice An amount of zero was given where tokens must move.
    error PoolZeroAmount();
    /// @notice The token moved a different amount than asked (fee-on-transfer or rebasing tokens are refused).
    /// @param expected Tokens that should have arrived.
    /// @param received Tokens that did arrive.
    error PoolTransferAmountMismatch(uint256 expected, uint256 received);
    /// @notice The member asked to leave; their obligations end when `exitEpoch` is settled.
    /// @param member The member.
    /// @param exitEpoch The epoch that must be settled first.
    /// @param nextEpochToSettle The first epoch not yet settled.
    error PoolExitNotSettled(address member, uint256 exitEpoch, uint256 nextEpochToSettle);
    /// @notice The epoch cannot be settled before it ends.
    /// @param epoch The epoch.
    /// @param endsAt When it ends.
    error PoolEpochNotEnded(uint256 epoch, uint256 endsAt);
    /// @notice Members below the minimum balance must be lapsed before the next settlement counts members:
    ///         call `processLapses` until it reports nothing pending.
    error PoolLapsesPending();
    /// @notice A queued payment does not fit the pool's 96-bit payment amounts.
    error PoolPaymentTooLarge(uint256 amount);
    /// @notice There is nothing to claim for this address.
    error PoolNothingToClaim(address recipient);
    /// @notice A parameter value is out of its allowed range.
    /// @param name The parameter.
    /// @param value The value refused.
    error PoolInvalidParameter(bytes32 name, uint256 value);
    /// @notice Governance calls must come through a timelock whose delay is longer than the exit notice plus one
    ///         epoch plus `SETTLEMENT_SLACK`: a member who asks to leave when a change is scheduled is out, and
    ///         their exit epoch settled, before it can apply.
    /// @param delay The caller's delay.
    /// @param required The delay must exceed this (exit notice + epoch length + settlement slack; for
    ///        `setExitNotice`, with the new notice).
    error PoolGovernanceDelayTooShort(uint256 delay, uint256 required);
    /// @notice The pool is in run-off: it takes no new members (and run-off cannot be started twice).
    error PoolInRunOff();
    /// @notice The call needs the pool to be in run-off.
    error PoolNotInRunOff();
    /// @notice The reserve can be swept only once no member is counted any more.
    /// @param members Members still counted.
    error PoolMembersStillCounted(uint256 members);
    /// @notice The reserve can be swept only once no payment is owed any more: it pays them first.
    /// @param queued Tokens still queued.
    error PoolPaymentsStillQueued(uint256 queued);
    /// @notice The address was expelled after confirmed fraud: it cannot join again or rejoin by a top-up.
    error PoolMemberExpelled(address member);
    /// @notice The exit notice would be shorter than the claims' announcement plus investigation windows.
    /// @param exitNotice The notice refused (or the current one, when a floor source is set).
    /// @param floor The shortest notice allowed.
    error PoolExitNoticeBelowFloor(uint256 exitNotice, uint256 floor);
    /// @notice No payment has this id yet.
    /// @param paymentId The id.
    /// @param nextPaymentId The id the next queued payment will get.
    error PoolUnknownPayment(uint256 paymentId, uint256 nextPaymentId);
    /// @notice A payment can only be lowered, never raised.
    /// @param paymentId The payment.
    /// @param remaining What it still owes.
    /// @param newRemaining The higher amount refused.
    error PoolPaymentNotReduced(uint256 paymentId, uint256 remaining, uint256 newRemaining);
    /// @notice A zero address was given where a real one is needed.
    error PoolZeroAddress();

    // ──────────────────────────────────────── Members ────────────────────────────────────────

    /// @notice Join with an identity commitment and a first deposit (≥ the minimum balance).
    /// @dev Pulls `deposit` with `transferFrom`; approve first, or use `joinWithPermit`.
    ///      The waiting period starts now.
    /// @param identityCommitment The member's salted identity commitment (never reused).
    /// @param deposit Tokens to deposit.
    /// @param positionHint Id of the member after whom the new key belongs in the sorted list (see
    ///        `findInsertPosition`); `0` is fine for a fresh deposit at or above the tail's.
    function join(bytes32 identityCommitment, uint256 deposit, uint32 positionHint) external;

    /// @notice `join` with an EIP-2612 permit: one transaction, no prior approval.
    /// @param deadline Permit deadline.
    /// @param v Permit signature `v`.
    /// @param r Permit signature `r`.
    /// @param s Permit signature `s`.
    function joinWithPermit(
        bytes32 identityCommitment,
        uint256 deposit,
        uint32 positionHint,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;

    /// @notice `join` with a permit of the kind DAI implements, `permit(holder, spender, nonce, expiry, allowed, …)`:
    ///         one transaction, no prior approval. Such a permit grants the pool an unlimited allowance (`allowed`
    ///         is true); the pool only ever pulls from the member in the member's own calls.
    /// @param nonce The holder's permit nonce at the token.
    /// @param expiry Permit expiry (0: none).
    /// @param v Permit signature `v`.
    /// @param r Permit signature `r`.
    /// @param s Permit signature `s`.
    function joinWithAllowPermit(
        bytes32 identityCommitment,
        uint256 deposit,
        uint32 positionHint,
        uint256 nonce,
        uint256 expiry,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;

    /// @notice Add funds. A lapsed member whose balance reaches the minimum rejoins with a new waiting period.
    /// @param amount Tokens to add.
    /// @param positionHint Sorted-list hint for the new key (see `findInsertPosition`).
    function topUp(uint256 amount, uint32 positionHint) external;

    /// @notice Leave: coverage ends now; the member still pays every epoch up to the one that contains
    ///         `now + exitNotice()`, then withdraws the rest.
    /// @dev The notice (at least the announcement window) means a claim already announced when the member
    ///      asks to leave is still shared by them: leaving cannot front-run a known claim.
    function requestExit() external;

    /// @notice Withdraw everything left, once lapsed, or once the exit epoch has been settled.
    /// @return amount Tokens sent to the caller.
    function withdraw() external returns (uint256 amount);

    // ─────────────────────────────────────── Settlement ───────────────────────────────────────

    /// @notice Lapse up to `maxSteps` members whose balance is below the minimum, from the bottom of the
    ///         sorted list. Permissionless; settlement requires none pending.
    /// @param maxSteps Bound on the work of this call.
    /// @return pending Whether more members still need processing.
    function processLapses(uint256 maxSteps) external returns (bool pending);

    /// @notice Settle the oldest unsettled epoch once it has ended: pay its due payments in queue order, from
    ///         the reserve first, then charged equally to every active member (share capped at `shareCap`), and
    ///         roll the rest over. Payments lowered to nothing are skipped. Permissionless.
    function settleEpoch() external;

    /// @notice Send `payee` the payments whose transfer failed at settlement (the token was paused, or the address
    ///         blocked). Anyone may call it, and the tokens go to `payee` only: money owed to an address never
    ///         leaves the pool for another one, so the pool never moves funds a token has frozen.
    /// @param payee The recipient the payments were queued for.
    /// @return amount Tokens sent.
    function releasePayout(address payee) external returns (uint256 amount);

    // ──────────────────────────────────── Modules (roles) ────────────────────────────────────

    /// @notice Queue a payment for the epoch now open. Claims module only.
    /// @param claimId The claim.
    /// @param recipient Payee.
    /// @param amount Tokens.
    /// @return paymentId The payment's queue position.
    function queuePayment(uint256 claimId, address recipient, uint256 amount) external returns (uint256 paymentId);

    /// @notice Expel an address after confirmed fraud. Claims module only. An active member is made to leave
    ///         as if it had asked; whatever its status (active, leaving, lapsed, exited, none), the address is
    ///         recorded as expelled and can never `join` again nor rejoin by a `topUp`. It keeps what it has
    ///         (withdraw). Never reverts for the member's state, so it cannot block fraud resolution.
    /// @param member The address.
    function expel(address member) external;

    /// @notice Lower what is still owed on a queued payment (never raise it); `queuedPayments` follows. Claims
    ///         module only. A payment lowered to zero is skipped by settlement without using one of its slots.
    /// @param paymentId The payment.
    /// @param newRemaining What it still owes afterwards (at most what it owes now).
    function reducePayment(uint256 paymentId, uint256 newRemaining) external;

    /// @notice Take back up to `maxAmount` of a payout whose transfer had failed (still in
    ///         `unclaimedPayoutOf[recipient]`) and credit it to every member exactly like `creditMembers`
    ///         (reason `"RECLAIM"`, refId `claimId`). Claims module only.
    /// @param recipient Whose unclaimed payout.
    /// @param maxAmount Most tokens to take back.
    /// @param claimId The claim (for the events).
    /// @return amount Tokens taken back (0 when nothing was unclaimed; then nothing is emitted).
    function reclaimUnclaimedPayout(address recipient, uint256 maxAmount, uint256 claimId)
        external
        returns (uint256 amount);

    /// @notice Pull `amount` from the caller and credit it equally to every active member. Creditor role only.
    /// @param amount Tokens.
    /// @param reason Short tag for the indexer.
    /// @param refId Related claim id, or 0.
    function creditMembers(uint256 amount, bytes32 reason, uint256 refId) external;

    // ─────────────────────────────────────── Governance ───────────────────────────────────────

    /// @notice Set the waiting period (seconds) for members who join from now on. Timelock only.
    function setWaitingPeriod(uint256 waitingPeriod) external;

    /// @notice Set the minimum balance. Timelock only.
    function setMinimumBalance(uint256 minimumBalance) external;

    /// @notice Enter run-off: the pool takes no new members. Timelock only; once (`PoolInRunOff` after).
    function startRunOff() external;

    /// @notice Set the exit notice (seconds). Timelock only; the timelock's delay must exceed the new notice plus
    ///         one epoch plus `SETTLEMENT_SLACK` too, and the notice may not be below the floor source's
    ///         `minimumExitNotice()` when one is set.
    function setExitNotice(uint256 exitNotice) external;

    /// @notice Set the contract that gives the shortest allowed exit notice (the claim parameters), or zero for
    ///         none. Role admin only (the deployer wires it, then renounces). Refused when the current notice is
    ///         already below that floor.
    /// @param source An `IExitNoticeFloor`, or zero.
    function setNoticeFloorSource(address source) external;

    /// @notice At the end of run-off, send the whole reserve to the pool's successor. Timelock only; only in
    ///         run-off, with no member counted and no payment owed.
    /// @param successor Where the reserve goes.
    function sweepReserve(address successor) external;

    // ───────────────────────────────────────── Views ─────────────────────────────────────────

    /// @notice The stablecoin.
    function token() external view returns (IERC20);
    /// @notice Seconds per epoch (fixed at deployment).
    function epochLength() external view returns (uint256);
    /// @notice When epoch 0 began.
    function genesis() external view returns (uint256);
    /// @notice Seconds from joining to coverage, for new members.
    function waitingPeriod() external view returns (uint256);
    /// @notice The minimum balance M; also the cap on one epoch's share.
    function minimumBalance() external view returns (uint256);
    /// @notice The epoch that contains now.
    function currentEpoch() external view returns (uint256);
    /// @notice The oldest epoch not yet settled.
    function nextEpochToSettle() external view returns (uint256);
    /// @notice The cumulative per-member index.
    function index() external view returns (int256);
    /// @notice Members charged at the next settlement (waiting, covered and exit-requested-but-unsettled).
    function activeMembers() external view returns (uint256);
    /// @notice Rounding dust and credits that found no member; spent first on due payments at settlement, and
    ///         swept to a successor at the end of run-off.
    function reserve() external view returns (uint256);
    /// @notice Σ of every member balance still held (active, exiting, lapsed, exited-not-withdrawn).
    function memberFunds() external view returns (uint256);
    /// @notice Σ of payments whose transfer failed, awaiting `claimPayout`.
    function unclaimedPayouts() external view returns (uint256);
    /// @notice Payments owed to `recipient` whose transfer failed.
    function unclaimedPayoutOf(address recipient) external view returns (uint256);
    /// @notice Σ of queued payments not yet paid (approved but unpaid: obligations, not held funds).
    function queuedPayments() external view returns (uint256);
    /// @notice Whether lapses must be processed before the next settlement.
    function lapsesPending() external view returns (bool);
    /// @notice Whether the pool is in run-off.
    function inRunOff() external view returns (bool);
    /// @notice When run-off began (0 if it has not).
    function runOffStartedAt() external view returns (uint256);
    /// @notice Seconds after an exit request during which the member still shares claims.
    function exitNotice() external view returns (uint256);
    /// @notice The shortest timelock delay governance calls are accepted with now:
    ///         `exitNotice + epochLength + SETTLEMENT_SLACK + 1`.
    function governanceDelayRequired() external view returns (uint256);
    /// @notice The contract giving the shortest allowed exit notice (zero: none).
    function noticeFloorSource() external view returns (address);
    /// @notice Whether the address was expelled (it can never join or rejoin).
    function isExpelled(address member) external view returns (bool);
    /// @notice The most one member can be charged at the settlement of `epoch`, as things stand: the minimum
    ///         balance, or lower for the epochs a leaver could still owe when the minimum was last raised.
    function shareCap(uint256 epoch) external view returns (uint256);

    /// @notice A member's balance now (lazy: computed from the key and the index).
    function balanceOf(address member) external view returns (uint256);
    /// @notice A member's status as they see it.
    function statusOf(address member) external view returns (MemberView);
    /// @notice When the member's coverage starts (or started).
    function coverageStartOf(address member) external view returns (uint256);
    /// @notice The most the member can still be charged before they can leave: one share (at most `shareCap`)
    ///         for every unsettled epoch up to its exit epoch (for an active member: the one it would get by
    ///         asking now), at most its balance. A promise: no later governance change can raise it, since a
    ///         raise of the minimum balance applies to a share only after every exit already asked for.
    function maxChargeBeforeExit(address member) external view returns (uint256);
    /// @notice Whether `member` may claim for an illness diagnosed at `diagnosedAt`: active, not exiting,
    ///         balance at or above the minimum, and the waiting period over by the diagnosis date.
    function isCovered(address member, uint256 diagnosedAt) external view returns (bool);
    /// @notice A member's number, assigned at the first join (0 if never joined).
    function memberIdOf(address member) external view returns (uint32);
    /// @notice The raw record of member `memberId`: key, list links, coverage start, exit epoch, status.
    function memberRecord(uint32 memberId) external view returns (Member memory);
    /// @notice The settlement record of an epoch.
    function epochRecord(uint256 epoch) external view returns (EpochRecord memory);
    /// @notice A queued payment.
    function payment(uint256 paymentId) external view returns (Payment memory);
    /// @notice Queue bounds: payments `[head, tail)` are unpaid.
    function paymentQueue() external view returns (uint256 head, uint256 tail);
    /// @notice The sorted list's ends and size.
    function sortedMembers() external view returns (uint32 head, uint32 tail, uint256 size);
    /// @notice Id of the member after whom `key` belongs, searched from `hint` (see SortedMembers).
    function findInsertPosition(int256 key, uint32 hint) external view returns (uint32);
}
