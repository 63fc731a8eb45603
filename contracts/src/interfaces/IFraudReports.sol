// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {FraudReport, ReportOutcome} from "../types/ClaimTypes.sol";

/// @title IFraudReports
/// @notice Supervisors (监督人) report claims, from any address, with a bond, during the announcement, while the
///         claim is approved and in the fraud-report window after payout; several reports may be open on one
///         claim. A report commits to its evidence (`reportCommitment`, bound to the reporter's address) and then
///         reveals it, so copying a report from the mempool gains nothing. The operator resolves within the
///         investigation deadline: confirmed (the first report that revealed the evidence) → bond back plus
///         `reporterRewardBps` of the claim amount from the slashed witness stakes (at most what was slashed), the
///         rest credited to all members; dismissed → the bond becomes the operator's investigation fee or is
///         credited to all members (`DismissedBondToMembers`); unanswered → bond back and the claim goes on; the
///         claim ended through another report → bond back.
/// @dev Conservation: `token.balanceOf(this) + registry.owedTo(this) == bondsHeld + operatorFees + unclaimedRefunds
///      + pendingCredits` after every call (`owedTo` is slashed stake the registry could not send yet).
///      No decision waits for the token: while it cannot move, a resolution stands and its payments wait, the
///      reporter's in `unclaimedRefundOf` (for `releaseRefund`), the members' in `pendingCredit` (for
///      `creditPending`).
///      Bond, reward share and investigation window are parameters of the claims manager (one timelock surface).
interface IFraudReports {
    /// @notice A supervisor reported a claim; the claim is under investigation.
    /// @param reportId The report.
    /// @param claimId The claim.
    /// @param reporter The reporter (any address).
    /// @param bond The bond posted.
    /// @param commitment `reportCommitment(reporter, claimId, evidenceHash, salt)`: the evidence, bound to the
    ///        reporter, revealed later with `revealEvidence`.
    /// @param deadline When the operator must have resolved it.
    event FraudReported(
        uint256 indexed reportId,
        uint256 indexed claimId,
        address indexed reporter,
        uint256 bond,
        bytes32 commitment,
        uint256 deadline
    );

    /// @notice A report's evidence was revealed: it matches the report's commitment.
    /// @param reportId The report.
    /// @param claimId The claim.
    /// @param evidenceHash Hash of the evidence (kept off chain, given to the operator).
    event EvidenceRevealed(uint256 indexed reportId, uint256 indexed claimId, bytes32 evidenceHash);

    /// @notice A report was resolved or expired, with every money movement it caused.
    /// @param reportId The report.
    /// @param claimId The claim.
    /// @param outcome Confirmed, Dismissed, Expired or Superseded.
    /// @param reporter The reporter.
    /// @param bondReturned Bond sent back to the reporter.
    /// @param reward Reward sent to the reporter (from slashed stakes).
    /// @param slashed Total stake slashed from the claim's witnesses.
    /// @param creditedToMembers Credited to all members: slashed stake beyond the reward, or a dismissed bond.
    /// @param fee Bond kept as the operator's investigation fee.
    event ReportResolved(
        uint256 indexed reportId,
        uint256 indexed claimId,
        ReportOutcome outcome,
        address indexed reporter,
        uint256 bondReturned,
        uint256 reward,
        uint256 slashed,
        uint256 creditedToMembers,
        uint256 fee
    );

    /// @notice A payment to a reporter could not be made (the token refused the transfer, or the slashed stake it
    ///         comes from has not arrived yet); it is kept for `releaseRefund`.
    /// @param reporter The reporter.
    /// @param amount Tokens kept.
    event ReporterPaymentDeferred(address indexed reporter, uint256 amount);

    /// @notice A deferred payment was released to its reporter.
    /// @param reporter The reporter.
    /// @param to Where the tokens went: always the reporter (kept in the event for its readers).
    /// @param amount Tokens sent.
    event RefundClaimed(address indexed reporter, address indexed to, uint256 amount);

    /// @notice Money recovered off chain after confirmed fraud was credited to all members.
    /// @param claimId The claim.
    /// @param from Who paid it in.
    /// @param amount Tokens credited.
    event RecoveryRecorded(uint256 indexed claimId, address indexed from, uint256 amount);

    /// @notice The operator withdrew investigation fees.
    /// @param to Recipient.
    /// @param amount Tokens sent.
    event OperatorFeesWithdrawn(address indexed to, uint256 amount);

    /// @notice The reports module was deployed for this claims module (emitted once, by the constructor), with the
    ///         pool, registry and parameters it reads from it.
    /// @param claims The claims module whose claims it investigates.
    /// @param pool The pool it credits.
    /// @param registry The witness registry whose slashes pay the reporter's reward.
    /// @param parameters The claim parameters (bond, reward, windows).
    event ReportsModuleWired(
        address indexed claims, address indexed pool, address indexed registry, address parameters
    );

    /// @notice A credit to the members decided by a resolution could not be made at once (the token refused to
    ///         move, or the slashed stake has not arrived yet): it waits in `pendingCredit(reportId)`.
    /// @param reportId The report.
    /// @param claimId The claim (the credit's reference).
    /// @param amount Tokens to credit.
    /// @param reason `"SLASH"` or `"DISMISSED_BOND"`.
    event CreditDeferred(uint256 indexed reportId, uint256 indexed claimId, uint256 amount, bytes32 reason);

    /// @notice The credit of `reportId` that waited for the token was credited to the members (the pool's
    ///         `MembersCredited` of the same call carries the per-member figures).
    /// @param reportId The report.
    /// @param claimId The claim (the credit's reference).
    /// @param amount Tokens credited.
    /// @param reason `"SLASH"` or `"DISMISSED_BOND"`.
    event PendingCreditMade(uint256 indexed reportId, uint256 indexed claimId, uint256 amount, bytes32 reason);

    /// @notice The report is unknown or no longer open.
    error ReportsNotOpen(uint256 reportId, ReportOutcome outcome);
    /// @notice The investigation deadline has passed: call `expireReport`.
    error ReportsDeadlinePassed(uint256 reportId, uint256 deadline);
    /// @notice The investigation deadline has not passed yet.
    error ReportsDeadlineNotReached(uint256 reportId, uint256 deadline);
    /// @notice Recoveries are recorded only for claims marked `FraudConfirmed`.
    error ReportsNotFraudConfirmed(uint256 claimId);
    /// @notice More tokens asked than held as operator fees.
    error ReportsInsufficientFees(uint256 requested, uint256 available);
    /// @notice The token moved a different amount than asked (fee-on-transfer tokens are refused).
    error ReportsTransferAmountMismatch(uint256 expected, uint256 received);
    /// @notice A zero address, hash or amount was given.
    error ReportsZero();
    /// @notice The evidence and salt do not match the report's commitment (or the report was revealed already).
    error ReportsCommitmentMismatch(uint256 reportId);
    /// @notice Fraud can be confirmed only on a report whose evidence was revealed.
    error ReportsEvidenceNotRevealed(uint256 reportId);
    /// @notice An earlier report on the claim revealed the same evidence: confirm that one (its reporter found it).
    error ReportsEvidenceFirstReportedBy(uint256 reportId, uint256 earlierReportId);
    /// @notice The claim is no longer under investigation (it ended through another report): call `expireReport`.
    error ReportsClaimClosed(uint256 reportId, uint256 claimId);
    /// @notice Nothing is kept for this reporter.
    error ReportsNothingOwed(address reporter);
    /// @notice No deferred credit on this report.
    error ReportsNoPendingCredit(uint256 reportId);

    /// @notice Report a claim during its announcement, while approved, or in its fraud-report window, posting
    ///         the report bond (approve the bond first). Then reveal the evidence with `revealEvidence`.
    /// @param claimId The claim.
    /// @param commitment `reportCommitment(msg.sender, claimId, evidenceHash, salt)` with a random secret salt.
    /// @return reportId The report's id (from 1).
    function reportFraud(uint256 claimId, bytes32 commitment) external returns (uint256 reportId);

    /// @notice Reveal a report's evidence (anyone may send it; only the committed values match). Before the
    ///         report's deadline, while it is open.
    /// @param reportId The report.
    /// @param evidenceHash Hash of the evidence.
    /// @param salt The salt of the commitment.
    function revealEvidence(uint256 reportId, bytes32 evidenceHash, bytes32 salt) external;

    /// @notice Resolve an open report. Operator only, before the investigation deadline. Confirming needs the
    ///         evidence revealed, and the first report that revealed that evidence on the claim.
    /// @param reportId The report.
    /// @param confirmed True: fraud confirmed. False: dismissed (bond to the operator's fee or to all members).
    function resolveReport(uint256 reportId, bool confirmed) external;

    /// @notice Close a report the operator did not resolve in time (the bond goes back, the claim goes on), or at
    ///         any time once its claim ended through another report (bond back: `Superseded`).
    /// @param reportId The report.
    function expireReport(uint256 reportId) external;

    /// @notice What a reporter commits to: `keccak256(abi.encode(reporter, claimId, evidenceHash, salt))`.
    function reportCommitment(address reporter, uint256 claimId, bytes32 evidenceHash, bytes32 salt)
        external
        pure
        returns (bytes32);

    /// @notice The first report on a claim that revealed `evidenceHash` (0 when none).
    function firstReportWithEvidence(uint256 claimId, bytes32 evidenceHash) external view returns (uint256);

    /// @notice Send `reporter` the bonds and rewards kept for it (their transfer failed, or the slashed stake had
    ///         not arrived). Anyone may call it; the tokens go to `reporter` only.
    /// @param reporter The reporter they are owed to.
    /// @return amount Tokens sent.
    function releaseRefund(address reporter) external returns (uint256 amount);

    /// @notice Credit the members with what the resolution of `reportId` decided but could not credit at once (the
    ///         token was paused): fetches the slashed stake from the registry if it is still owed there. Anyone.
    /// @param reportId The report.
    function creditPending(uint256 reportId) external;

    /// @notice Credit members with money recovered off chain for a claim marked `FraudConfirmed`; pulls
    ///         `amount` from the caller. Operator only.
    /// @param claimId The claim.
    /// @param amount Tokens recovered.
    function recordRecovery(uint256 claimId, uint256 amount) external;

    /// @notice Withdraw investigation fees to the caller (an operator). Operator only.
    /// @param amount Tokens.
    function withdrawOperatorFees(uint256 amount) external;

    /// @notice A report.
    function report(uint256 reportId) external view returns (FraudReport memory);
    /// @notice Number of reports made (ids are 1..reportCount).
    function reportCount() external view returns (uint256);
    /// @notice Bonds held for open reports.
    function bondsHeld() external view returns (uint256);
    /// @notice Investigation fees held for the operator.
    function operatorFees() external view returns (uint256);
    /// @notice Reporter payments kept for `releaseRefund`.
    function unclaimedRefunds() external view returns (uint256);
    /// @notice What `releaseRefund(reporter)` sends.
    function unclaimedRefundOf(address reporter) external view returns (uint256);
    /// @notice Member credit decided by the resolution of `reportId` and not made yet.
    function pendingCredit(uint256 reportId) external view returns (uint256);
    /// @notice Sum of `pendingCredit` over every report.
    function pendingCredits() external view returns (uint256);
}
