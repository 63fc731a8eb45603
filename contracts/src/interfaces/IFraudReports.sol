// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {FraudReport, ReportOutcome} from "../types/ClaimTypes.sol";

/// @title IFraudReports
/// @notice Supervisors (监督人) report claims, from any address, with a bond and an evidence hash, during the
///         announcement or the fraud-report window after payout. The operator resolves within the
///         investigation deadline: confirmed → bond back plus `reporterRewardBps` of the claim amount from the
///         slashed witness stakes (at most what was slashed), the rest credited to all members; dismissed →
///         the bond becomes the operator's investigation fee; unanswered → bond back and the claim goes on.
/// @dev Conservation: `token.balanceOf(this) == bondsHeld + operatorFees + unclaimedRefunds` after every call.
///      Bond, reward share and investigation window are parameters of the claims manager (one timelock surface).
interface IFraudReports {
    /// @notice A supervisor reported a claim; the claim is under investigation.
    /// @param reportId The report.
    /// @param claimId The claim.
    /// @param reporter The reporter (any address).
    /// @param bond The bond posted.
    /// @param evidenceHash Hash of the evidence (kept off chain).
    /// @param deadline When the operator must have resolved it.
    event FraudReported(
        uint256 indexed reportId,
        uint256 indexed claimId,
        address indexed reporter,
        uint256 bond,
        bytes32 evidenceHash,
        uint256 deadline
    );

    /// @notice A report was resolved or expired, with every money movement it caused.
    /// @param reportId The report.
    /// @param claimId The claim.
    /// @param outcome Confirmed, Dismissed or Expired.
    /// @param reporter The reporter.
    /// @param bondReturned Bond sent back to the reporter.
    /// @param reward Reward sent to the reporter (from slashed stakes).
    /// @param slashed Total stake slashed from the claim's witnesses.
    /// @param creditedToMembers Slashed stake credited to all members.
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

    /// @notice A transfer to a reporter failed (e.g. a blocked address); it is kept for `claimRefund`.
    /// @param reporter The reporter.
    /// @param amount Tokens kept.
    event ReporterPaymentDeferred(address indexed reporter, uint256 amount);

    /// @notice A reporter collected a deferred payment.
    /// @param reporter The reporter.
    /// @param to Where the tokens went.
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

    /// @notice Report a claim during its announcement or its fraud-report window, posting the report bond
    ///         (approve the bond first).
    /// @param claimId The claim.
    /// @param evidenceHash Hash of the evidence.
    /// @return reportId The report's id (from 1).
    function reportFraud(uint256 claimId, bytes32 evidenceHash) external returns (uint256 reportId);

    /// @notice Resolve an open report. Operator only, before the investigation deadline.
    /// @param reportId The report.
    /// @param confirmed True: fraud confirmed. False: dismissed (bond to the operator as the fee).
    function resolveReport(uint256 reportId, bool confirmed) external;

    /// @notice Close a report the operator did not resolve in time: the bond goes back, the claim goes on.
    /// @param reportId The report.
    function expireReport(uint256 reportId) external;

    /// @notice Collect bonds and rewards whose transfer failed.
    /// @param to Where to send them.
    /// @return amount Tokens sent.
    function claimRefund(address to) external returns (uint256 amount);

    /// @notice Credit members with money recovered off chain for a claim marked `FraudConfirmed`; pulls
    ///         `amount` from the caller. Operator only.
    /// @param claimId The claim.
    /// @param amount Tokens recovered.
    function recordRecovery(uint256 claimId, uint256 amount) external;

    /// @notice Withdraw investigation fees. Operator only.
    /// @param to Recipient.
    /// @param amount Tokens.
    function withdrawOperatorFees(address to, uint256 amount) external;

    /// @notice A report.
    function report(uint256 reportId) external view returns (FraudReport memory);
    /// @notice Number of reports made (ids are 1..reportCount).
    function reportCount() external view returns (uint256);
    /// @notice Bonds held for open reports.
    function bondsHeld() external view returns (uint256);
    /// @notice Investigation fees held for the operator.
    function operatorFees() external view returns (uint256);
    /// @notice Reporter payments whose transfer failed, awaiting `claimRefund`.
    function unclaimedRefunds() external view returns (uint256);
    /// @notice What `reporter` can collect with `claimRefund`.
    function unclaimedRefundOf(address reporter) external view returns (uint256);
}
