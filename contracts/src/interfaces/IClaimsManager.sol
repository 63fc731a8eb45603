// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Claim, ClaimState, ReviewReason, WitnessSlot} from "../types/ClaimTypes.sol";
import {IClaimParameters} from "./IClaimParameters.sol";
import {IMutualPool} from "./IMutualPool.sol";
import {IWitnessRegistry} from "./IWitnessRegistry.sol";

/// @title IClaimsManager
/// @notice The whole claim lifecycle of Lashou on chain: notarised filing, operator review with a keyed
///         nullifier, a random draw of three staked witnesses, attestations, a public announcement, approval
///         into the pool's payment queue, fraud reports with bonds, and the run-off (wind-down).
/// @dev Every waiting state has a deadline and a permissionless call that moves it on (docs/claim-lifecycle.md).
///      Holds no money between calls: no-show slashes are credited to members in the same call, fraud slashes
///      are handed to the reports module (IFraudReports), which holds the bonds and pays the reporter.
interface IClaimsManager {
    // ───────────────────────────────────────── Events ─────────────────────────────────────────

    /// @notice Every state change of a claim (one event per transition, for the indexer's state column).
    /// @param claimId The claim.
    /// @param from The state before.
    /// @param to The state after.
    /// @param reason The rejection reason when `to` is `Rejected`, else `None`.
    /// @param deadline The deadline of the new waiting state (0 when it has none).
    event ClaimStateChanged(
        uint256 indexed claimId, ClaimState from, ClaimState to, ReviewReason reason, uint256 deadline
    );

    /// @notice A member filed a claim.
    /// @param claimId The new claim's id.
    /// @param claimant The member (and payee).
    /// @param notary The notary whose EIP-712 signature vouched for the diagnosis document.
    /// @param documentHash Hash of the diagnosis document.
    /// @param diagnosedAt The notarised diagnosis date.
    /// @param amount The amount requested.
    /// @param region The claimant's coarse region code (witnesses are drawn from it first).
    /// @param reviewDeadline When the review must be done.
    event ClaimFiled(
        uint256 indexed claimId,
        address indexed claimant,
        address indexed notary,
        bytes32 documentHash,
        uint256 diagnosedAt,
        uint256 amount,
        uint256 region,
        uint256 reviewDeadline
    );

    /// @notice The operator reviewed a claim.
    /// @param claimId The claim.
    /// @param approved Whether the claim goes on to the witness draw.
    /// @param amount The amount approved (0 when rejected).
    /// @param reason The rejection reason (`None` when approved).
    /// @param nullifier The keyed nullifier of the patient's identity recorded at review.
    /// @param commission Commission per witness fixed for this claim.
    /// @param stakeLock Stake locked per witness fixed for this claim.
    event ClaimReviewed(
        uint256 indexed claimId,
        bool approved,
        uint256 amount,
        ReviewReason reason,
        bytes32 indexed nullifier,
        uint256 commission,
        uint256 stakeLock
    );

    /// @notice Randomness was requested for a claim's next draw. The draw will read the registry's eligible arrays
    ///         as they stood at the end of `snapshotBlock` (the block before this request), fixed before anyone
    ///         could know the value.
    /// @param claimId The claim.
    /// @param requestId The randomness source's request id.
    /// @param snapshotBlock The registry snapshot the draw with this randomness will use (`block.number − 1`).
    /// @param expiredRequestId The request this one replaces (0 if none): one that expired unfulfilled (a re-roll,
    ///        visible: docs/threat-model.md §3), or one nobody could know yet when a decision emptied a slot (every
    ///        redraw uses randomness requested after the decision that caused it).
    event DrawRandomnessRequested(
        uint256 indexed claimId, uint256 indexed requestId, uint256 snapshotBlock, uint256 expiredRequestId
    );

    /// @notice A draw was made; with these inputs, the request's `RandomnessFulfilled` value and the registry's
    ///         events up to `snapshotBlock` anyone can recompute it (docs/witness-draw.md §3).
    /// @param claimId The claim.
    /// @param requestId The randomness request used.
    /// @param seed The seed passed to the registry: `keccak256(abi.encode(value, claimId, drawNumber))`, with `value`
    ///        the randomness of `requestId` and `drawNumber` the claim's draws so far, this one included (every
    ///        `DrawMade` counts, one whose witnesses were all skipped too; renewing an expired request does not).
    /// @param region The claimant's region passed to the registry.
    /// @param exclude The addresses excluded: the claimant, then the current and former witnesses of the claim, at
    ///        most 32 (the claimant, the slot holders and the most recent former witnesses beyond that).
    /// @param count How many witnesses were asked for.
    /// @param snapshotBlock The block whose eligible arrays the registry drew from (`registry.drawAt`).
    event DrawMade(
        uint256 indexed claimId,
        uint256 indexed requestId,
        uint256 seed,
        uint256 region,
        address[] exclude,
        uint256 count,
        uint256 snapshotBlock
    );

    /// @notice A drawn witness was put in a slot and its stake locked.
    /// @param claimId The claim.
    /// @param slot The slot (0..2).
    /// @param witness The witness.
    /// @param stakeLocked Stake locked for this claim.
    /// @param acceptDeadline When the witness must have accepted.
    event WitnessAssigned(
        uint256 indexed claimId,
        uint256 indexed slot,
        address indexed witness,
        uint256 stakeLocked,
        uint256 acceptDeadline
    );

    /// @notice A drawn witness could not be assigned because the registry refused to lock its stake (it left the
    ///         registry after the draw's snapshot, or its free stake is below the claim's lock); it is excluded from
    ///         the claim's later draws and its slot is drawn again with fresh randomness. Only those two registry
    ///         errors skip a witness; any other failure of `lock` (including running out of gas) reverts the draw,
    ///         so no unexpected failure becomes a silent skip and re-roll.
    /// @param claimId The claim.
    /// @param witness The witness.
    /// @param registryError The selector of the registry's error (`WitnessNotRegistered` or
    ///        `WitnessStakeInsufficient`).
    event WitnessSkipped(uint256 indexed claimId, address indexed witness, bytes4 registryError);

    /// @notice A witness accepted its slot.
    /// @param claimId The claim.
    /// @param slot The slot.
    /// @param witness The witness.
    /// @param attestDeadline When the witness must have attested.
    event WitnessAccepted(
        uint256 indexed claimId, uint256 indexed slot, address indexed witness, uint256 attestDeadline
    );

    /// @notice A witness declined before accepting (no penalty); the slot will be redrawn.
    /// @param claimId The claim.
    /// @param slot The slot.
    /// @param witness The witness.
    event WitnessDeclined(uint256 indexed claimId, uint256 indexed slot, address indexed witness);

    /// @notice A witness missed its deadline and was replaced; the no-show slice was slashed and credited.
    /// @param claimId The claim.
    /// @param slot The slot.
    /// @param witness The witness replaced.
    /// @param slashed Stake slashed (credited to all members).
    /// @param caller Who called the replacement.
    event WitnessReplaced(
        uint256 indexed claimId, uint256 indexed slot, address indexed witness, uint256 slashed, address caller
    );

    /// @notice A witness attested.
    /// @param claimId The claim.
    /// @param slot The slot.
    /// @param witness The witness.
    /// @param reportHash Hash of the signed visit report.
    /// @param approved Whether the witness found the claim genuine.
    event WitnessAttested(
        uint256 indexed claimId, uint256 indexed slot, address indexed witness, bytes32 reportHash, bool approved
    );

    /// @notice The operator arbitrated a witness's rejection.
    /// @param claimId The claim.
    /// @param upheld True: the rejection stands and the claim is rejected. False: the rejecting witness is
    ///        released and its slot redrawn.
    /// @param slot The slot of the rejecting witness.
    /// @param witness The rejecting witness.
    event ClaimArbitrated(uint256 indexed claimId, bool upheld, uint256 slot, address indexed witness);

    /// @notice The announcement window ended and the claim was queued in the pool.
    /// @param claimId The claim.
    /// @param claimant The payee.
    /// @param amount The payout queued.
    /// @param paymentId The pool's payment id for the payout.
    /// @param witnesses The three witnesses paid a commission (payment ids `paymentId + 1 .. + 3`).
    /// @param commission Commission per witness.
    /// @param nullifier The patient's nullifier, now marked paid.
    event ClaimApproved(
        uint256 indexed claimId,
        address indexed claimant,
        uint256 amount,
        uint256 paymentId,
        address[3] witnesses,
        uint256 commission,
        bytes32 indexed nullifier
    );

    /// @notice What the pool is expected to need to pay an approved claim, from today's members (an estimate:
    ///         members joining, leaving and lapsing change it). The claim's payments come after `queuedAhead`.
    /// @param claimId The claim.
    /// @param queuedAhead Payments queued before this claim's.
    /// @param perEpochCapacity The most one settlement can pay today (members counted × minimum balance).
    /// @param epochs Settlements expected until the claim's payments are paid (0 when no member is counted).
    /// @param paymentDeadline When whatever is still unpaid is cancelled (`markPaid` closes the claim in part).
    event ClaimPaymentScheduled(
        uint256 indexed claimId, uint256 queuedAhead, uint256 perEpochCapacity, uint256 epochs, uint256 paymentDeadline
    );

    /// @notice The payment window of an approved claim ended before the pool could pay it all: the unpaid part of
    ///         the payout was cancelled and each witness's commission cut to the same fraction (`ClaimPaid` follows).
    /// @param claimId The claim.
    /// @param paid What the claimant was paid.
    /// @param shortfall What was approved but will not be paid.
    event ClaimPaidInPart(uint256 indexed claimId, uint256 paid, uint256 shortfall);

    /// @notice The payout was paid (in full, or in part at the end of the payment window); the fraud-report window
    ///         runs until `reportWindowEnds`.
    /// @param claimId The claim.
    /// @param reportWindowEnds End of the fraud-report window (the witnesses' stakes stay locked until then).
    event ClaimPaid(uint256 indexed claimId, uint256 reportWindowEnds);

    /// @notice A witness's stake locked for a claim was released (claim rejected, or report window over).
    /// @param claimId The claim.
    /// @param witness The witness released.
    event WitnessStakeReleased(uint256 indexed claimId, address indexed witness);

    /// @notice A witness's stake was slashed for a claim (fraud or no-show).
    /// @param claimId The claim.
    /// @param witness The witness.
    /// @param amount Tokens slashed.
    /// @param reason `"FRAUD"` or `"NO_SHOW"`.
    event WitnessSlashed(uint256 indexed claimId, address indexed witness, uint256 amount, bytes32 reason);
    /// @notice A no-show slash could not be credited to the members at once (the token refused to move): the
    ///         credit is recorded and waits in `pendingCredit(claimId)` for `creditPending`.
    /// @param claimId The claim whose witness was slashed.
    /// @param amount Tokens to credit.
    /// @param reason `"NO_SHOW"`.
    event CreditDeferred(uint256 indexed claimId, uint256 amount, bytes32 reason);
    /// @notice The no-show credits of `claimId` that waited for the token were credited to the members (the pool's
    ///         `MembersCredited` of the same call carries the per-member figures).
    /// @param claimId The claim.
    /// @param amount Tokens credited.
    event PendingCreditMade(uint256 indexed claimId, uint256 amount);

    /// @notice A notary was added to or removed from the list.
    /// @param notary The signer.
    /// @param listed Whether it is listed now.
    event NotaryUpdated(address indexed notary, bool listed);

    /// @notice The claims module was deployed with these contracts (emitted once, by the constructor): from here an
    ///         auditor finds the randomness source, whose own configuration event tells its kind and settings.
    /// @param pool The pool it queues payments in and credits.
    /// @param registry The witness registry it draws from.
    /// @param randomnessSource The source of every draw's randomness.
    /// @param parameters The claim parameters it reads.
    event ClaimsModuleWired(
        address indexed pool, address indexed registry, address indexed randomnessSource, address parameters
    );

    // ───────────────────────────────────────── Errors ─────────────────────────────────────────

    /// @notice The claim is not in a state that allows this call.
    error ClaimsWrongState(uint256 claimId, ClaimState state);
    /// @notice The notary is not listed.
    error ClaimsNotaryNotListed(address notary);
    /// @notice The notary's signature over (claimant, documentHash, diagnosedAt) is invalid.
    error ClaimsInvalidNotarySignature(address notary, address claimant, bytes32 documentHash, uint256 diagnosedAt);
    /// @notice The member is not covered for an illness diagnosed at this date (waiting period, exit, lapse).
    error ClaimsNotCovered(address member, uint256 diagnosedAt, uint256 coverageStart);
    /// @notice The diagnosis date is in the future.
    error ClaimsDiagnosisInFuture(uint256 diagnosedAt, uint256 nowTime);
    /// @notice The member already has an open claim.
    error ClaimsOpenClaimExists(address member, uint256 claimId);
    /// @notice The amount is zero or above the cap.
    error ClaimsAmountOutOfRange(uint256 amount, uint256 cap);
    /// @notice The diagnosis document was already used by a claim.
    error ClaimsDocumentUsed(bytes32 documentHash, uint256 claimId);
    /// @notice The region code is outside 1..65535.
    error ClaimsInvalidRegion(uint256 region);
    /// @notice A rejection needs an operator reason (WaitingPeriod .. Other); an approval needs `None`.
    error ClaimsInvalidReason(ReviewReason reason);
    /// @notice An approval needs a non-zero nullifier.
    error ClaimsZeroNullifier();
    /// @notice The deadline of the current state has passed: call the permissionless way forward instead.
    error ClaimsDeadlinePassed(uint256 claimId, uint256 deadline);
    /// @notice The deadline of the current state has not passed yet.
    error ClaimsDeadlineNotReached(uint256 claimId, uint256 deadline);
    /// @notice The draw's randomness is not ready yet.
    error ClaimsRandomnessNotReady(uint256 claimId, uint256 requestId);
    /// @notice The caller is not the witness of this slot, or the slot is not in the right status.
    error ClaimsNotSlotWitness(uint256 claimId, uint256 slot, address caller);
    /// @notice The slot does not exist (0..2) or is not in a status that allows this call.
    error ClaimsWrongSlot(uint256 claimId, uint256 slot);
    /// @notice The claim's payments are not all paid yet.
    error ClaimsNotFullyPaid(uint256 claimId);
    /// @notice Reports are closed for this claim (window over, or one already open).
    error ClaimsReportsClosed(uint256 claimId);
    /// @notice Run-off: the diagnosis is on or after the cut-off, or the honour period is over.
    error ClaimsRunOff(uint256 diagnosedAt, uint256 startedAt, uint256 honourUntil);
    /// @notice A zero address or zero amount was given.
    error ClaimsZero();
    /// @notice `creditPending` on a claim with no deferred credit.
    error ClaimsNoPendingCredit(uint256 claimId);
    /// @notice The claim's pending randomness can already be known and its draw is still allowed: call
    ///         `drawWitnesses` first (a redraw must use randomness requested after the decision that caused it).
    error ClaimsDrawPending(uint256 claimId, uint256 requestId);
    /// @notice The pool cannot pay this amount (plus the commissions and what is queued ahead) within the payment
    ///         window with today's members: approve at most `available`.
    error ClaimsAmountAbovePoolCapacity(uint256 amount, uint256 available);

    // ──────────────────────────────────────── Members ────────────────────────────────────────

    /// @notice File a claim for an illness diagnosed at `diagnosedAt`, vouched for by a listed notary.
    /// @param documentHash Hash of the diagnosis document (kept off chain).
    /// @param diagnosedAt The diagnosis date the notary signed.
    /// @param amount Amount requested (≤ the claim cap).
    /// @param region The claimant's coarse region code (1..65535).
    /// @param notary The listed notary (an EOA or an ERC-1271 contract wallet).
    /// @param signature The notary's EIP-712 `Diagnosis(claimant, documentHash, diagnosedAt, region)` signature: the
    ///        notary attests the region too, so the claimant cannot choose where its witnesses are drawn.
    /// @return claimId The new claim's id (from 1).
    function fileClaim(
        bytes32 documentHash,
        uint256 diagnosedAt,
        uint256 amount,
        uint256 region,
        address notary,
        bytes calldata signature
    ) external returns (uint256 claimId);

    // ─────────────────────────────────────── Operator ───────────────────────────────────────

    /// @notice Review a filed claim. Operator only, before the review deadline.
    /// @dev If the nullifier was already paid the claim is rejected as `DuplicatePerson`, if its person was expelled
    ///      for fraud as `PersonExpelled`, whatever `approve` says. An approved amount must fit what the pool can pay
    ///      within the payment window (`ClaimsAmountAbovePoolCapacity` says how much does).
    /// @param claimId The claim.
    /// @param approve Whether the claim goes on.
    /// @param amount Amount approved (0 < amount ≤ requested) when approving; ignored when rejecting.
    /// @param reason `None` when approving; an operator reason (WaitingPeriod .. Other) when rejecting.
    /// @param nullifier Keyed nullifier of the patient's identity (required when approving).
    function review(uint256 claimId, bool approve, uint256 amount, ReviewReason reason, bytes32 nullifier) external;

    /// @notice Arbitrate a witness's rejection. Operator only, before the arbitration deadline.
    /// @param claimId The claim.
    /// @param uphold True: reject the claim. False: release the rejecting witnesses and redraw every empty slot with
    ///        randomness requested now, each with a new draw deadline.
    function arbitrate(uint256 claimId, bool uphold) external;

    /// @notice Add or remove a notary. Operator only.
    /// @param notary The signer.
    /// @param listed Whether it is listed.
    function setNotary(address notary, bool listed) external;

    // ─────────────────────────────────────── Witnesses ───────────────────────────────────────

    /// @notice Accept a slot before its accept deadline.
    /// @param claimId The claim.
    /// @param slot The slot (0..2).
    function acceptWitness(uint256 claimId, uint256 slot) external;

    /// @notice Decline a slot before accepting (no penalty); the stake is unlocked and the slot redrawn.
    /// @param claimId The claim.
    /// @param slot The slot.
    function declineWitness(uint256 claimId, uint256 slot) external;

    /// @notice Attest after visiting the patient, before the attestation deadline.
    /// @param claimId The claim.
    /// @param slot The slot.
    /// @param reportHash Hash of the signed visit report.
    /// @param approve Whether the claim is genuine. Any rejection sends the claim to arbitration.
    function attest(uint256 claimId, uint256 slot, bytes32 reportHash, bool approve) external;

    // ─────────────────────────────────────── Anyone ───────────────────────────────────────

    /// @notice Fill the claim's empty witness slots once the randomness is ready (re-requests it if expired), before
    ///         the draw deadline (after it, `expireClaim`). Also while under arbitration.
    /// @param claimId The claim.
    function drawWitnesses(uint256 claimId) external;

    /// @notice Replace a witness who missed its accept or attestation deadline: the no-show slice of its locked
    ///         stake is slashed and credited to members, the rest unlocked, and the slot redrawn.
    /// @param claimId The claim.
    /// @param slot The slot.
    function replaceWitness(uint256 claimId, uint256 slot) external;

    /// @notice Move a claim past its announcement: queue the payout and the three commissions in the pool.
    /// @param claimId The claim.
    function approveClaim(uint256 claimId) external;

    /// @notice Record that the payout of an approved claim is paid, or, once the payment window is over, close it
    ///         in part (the unpaid rest cancelled, commissions cut pro rata); starts the fraud-report window.
    /// @param claimId The claim.
    function markPaid(uint256 claimId) external;

    /// @notice After the fraud-report window, unlock the witnesses' stakes.
    /// @param claimId The claim.
    function releaseStakes(uint256 claimId) external;

    /// @notice Move on a claim whose waiting state's deadline passed without the party who had to act:
    ///         Filed (no review) → Rejected; Reviewed (no draw possible) → Rejected; UnderArbitration (no
    ///         arbitration) → Rejected; any claim whose announcement has not ended when the run-off honour period
    ///         ends → Rejected (time under investigation never counts against a claim).
    /// @param claimId The claim.
    function expireClaim(uint256 claimId) external;

    /// @notice Credit the members with the no-show slashes of `claimId` that could not be credited when they were
    ///         decided (the token was paused): fetches the slashed stake from the registry if it is still owed
    ///         there, then credits it through the pool. Anyone may call it once the token moves.
    /// @param claimId The claim.
    function creditPending(uint256 claimId) external;

    // ───────────────────────────────────── Fraud reports module ─────────────────────────────────────

    /// @notice Put a claim under investigation for a new report. Reports module only.
    /// @dev Allowed while `Announced` before the announcement ends, `Approved`, or `Paid` before the fraud-report
    ///      window ends, and while already under investigation for another report (several reports may be open
    ///      at once); the claim keeps its own deadline to resume with.
    /// @param claimId The claim.
    /// @param reportId The report.
    /// @param reportDeadline The investigation deadline (for the state-change event).
    /// @return resumeState The state the claim returns to if the report is dismissed or expires.
    function openInvestigation(uint256 claimId, uint256 reportId, uint256 reportDeadline)
        external
        returns (ClaimState resumeState);

    /// @notice Close one report without fraud (dismissed or expired): the claim resumes when no report is left open.
    ///         A no-op once the claim ended through another report. Reports module only.
    /// @param claimId The claim.
    function closeInvestigation(uint256 claimId) external;

    /// @notice Confirmed fraud: slash the claim's witnesses (whole locks) for the caller (the registry sends the
    ///         tokens to it at once, or owes them to it while the token cannot move), reject the claim (during the announcement) or mark it `FraudConfirmed` (once approved: the
    ///         payments still queued are cancelled and an undelivered payout is taken back for the members), record
    ///         the person's nullifier as expelled and end the claimant's membership. Reports module only.
    /// @param claimId The claim.
    /// @return slashed Tokens slashed for the caller.
    /// @return claimAmount The claim's approved amount (the base of the reporter reward).
    function confirmFraud(uint256 claimId) external returns (uint256 slashed, uint256 claimAmount);

    // ───────────────────────────────────────── Views ─────────────────────────────────────────

    /// @notice A claim.
    function claim(uint256 claimId) external view returns (Claim memory);
    /// @notice A claim's three witness slots.
    function witnessSlots(uint256 claimId) external view returns (WitnessSlot[3] memory);
    /// @notice Addresses excluded from the claim's draws (claimant, current and former witnesses).
    function drawExclusions(uint256 claimId) external view returns (address[] memory);
    /// @notice The pool this manager queues payments in.
    function pool() external view returns (IMutualPool);
    /// @notice The witness registry that holds, locks and slashes stakes.
    function registry() external view returns (IWitnessRegistry);
    /// @notice No-show slashes of `claimId` decided but not yet credited (the token could not move then).
    function pendingCredit(uint256 claimId) external view returns (uint256);
    /// @notice Sum of `pendingCredit` over every claim.
    function pendingCredits() external view returns (uint256);
    /// @notice The parameter store (timelock-governed) this manager reads its parameters and run-off from.
    function parameters() external view returns (IClaimParameters);
    /// @notice Whether every pool payment of an approved claim is paid (what `markPaid` records).
    function isFullyPaid(uint256 claimId) external view returns (bool);
    /// @notice The member's open claim (0 when none).
    function openClaimOf(address member) external view returns (uint256);
    /// @notice The claim that paid this nullifier (0 when none).
    function nullifierPaidBy(bytes32 nullifier) external view returns (uint256);
    /// @notice Whether a notary is listed.
    function isNotary(address notary) external view returns (bool);
    /// @notice Whether the person behind a nullifier was expelled for a confirmed fraud.
    function nullifierExpelled(bytes32 nullifier) external view returns (bool);
    /// @notice The EIP-712 digest a notary signs for (claimant, documentHash, diagnosedAt, region).
    function diagnosisDigest(address claimant, bytes32 documentHash, uint256 diagnosedAt, uint256 region)
        external
        view
        returns (bytes32);
    /// @notice Number of claims filed (ids are 1..claimCount).
    function claimCount() external view returns (uint256);
}
