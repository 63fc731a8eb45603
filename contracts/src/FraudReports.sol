// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IFraudReports} from "./interfaces/IFraudReports.sol";
import {IClaimsManager} from "./interfaces/IClaimsManager.sol";
import {IClaimParameters} from "./interfaces/IClaimParameters.sol";
import {IMutualPool} from "./interfaces/IMutualPool.sol";
import {IWitnessRegistry} from "./interfaces/IWitnessRegistry.sol";
import {ExactTransfer} from "./libraries/ExactTransfer.sol";
import {ClaimState, FraudReport, ReportOutcome, ClaimParameter} from "./types/ClaimTypes.sol";

/// @title FraudReports
/// @notice Bonded fraud reports (监督) against claims, from any address, and what follows from them.
/// @dev The mechanism:
///
///      A report posts exactly `reportBond` and puts the claim `UnderInvestigation` through
///      `ClaimsManager.openInvestigation`, which accepts it during the announcement, while the claim is approved
///      and in the fraud-report window after payout. Several reports may be open on one claim, so a decoy report
///      cannot lock honest reporters out; the claim cannot be approved while any is open.
///
///      Commit, then reveal. A report carries only `keccak256(abi.encode(reporter, claimId, evidenceHash, salt))`;
///      `revealEvidence` shows the evidence hash. A copy of the report from the mempool binds the copier's address,
///      so it can never be revealed with that evidence; a copier who waits for the reveal files later, and fraud
///      can be confirmed only on the first report that revealed a given evidence on the claim. The operator has
///      `investigationWindow` to resolve a report:
///      - confirmed: `ClaimsManager.confirmFraud` slashes the three witnesses' whole locks and hands the tokens
///        here; the reporter gets the bond back plus `min(reporterRewardBps × claim amount, slashed)`; the rest
///        is credited to every member through `pool.creditMembers` in the same call. Other reports still open on
///        the claim then close with their bond back (`expireReport`, `Superseded`);
///      - dismissed: the bond becomes the operator's investigation fee (the seed's rule) or, when governance sets
///        `DismissedBondToMembers`, is credited to every member;
///      - unanswered: anyone calls `expireReport`; the bond goes back and the claim goes on.
///      A transfer to a reporter that fails (a blocked address) is kept for `releaseRefund`, which anyone may call
///      and which pays that reporter only, so no report and no claim can be stuck behind one address.
///
///      No decision waits for the token. While it cannot move (paused), a resolution still stands: the slashed
///      stake stays owed by the registry (`registry.owedTo(this)`), the reporter's bond and reward wait in
///      `unclaimedRefundOf`, and the members' credit in `pendingCredit(reportId)` for the permissionless
///      `creditPending`. A payment that depends on slashed stake is made only once the stake has arrived here.
///
///      Conservation: `token.balanceOf(this) + registry.owedTo(this) == bondsHeld + operatorFees + unclaimedRefunds
///      + pendingCredits` after every call.
contract FraudReports is IFraudReports, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice Resolves reports, records recoveries, withdraws investigation fees.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    uint256 internal constant _BPS = 10_000;

    /// @notice The claims manager whose claims are reported.
    IClaimsManager public immutable claims;
    /// @notice The shared parameter store (bond, reward share, investigation window).
    IClaimParameters public immutable parameters;
    /// @notice The pool that receives member credits.
    IMutualPool public immutable pool;
    /// @notice The pool's stablecoin (bonds, rewards, fees).
    IERC20 public immutable token;
    /// @notice The witness registry, which sends (or owes) the slashed stakes of confirmed frauds here.
    IWitnessRegistry public immutable registry;

    mapping(uint256 reportId => FraudReport) internal _reports;
    /// @inheritdoc IFraudReports
    mapping(address reporter => uint256 amount) public override unclaimedRefundOf;
    /// @inheritdoc IFraudReports
    uint256 public override reportCount;
    /// @inheritdoc IFraudReports
    uint256 public override bondsHeld;
    /// @inheritdoc IFraudReports
    uint256 public override operatorFees;
    /// @inheritdoc IFraudReports
    uint256 public override unclaimedRefunds;
    /// @inheritdoc IFraudReports
    mapping(uint256 claimId => mapping(bytes32 evidenceHash => uint256 reportId))
        public
        override firstReportWithEvidence;
    /// @inheritdoc IFraudReports
    mapping(uint256 reportId => uint256 amount) public override pendingCredit;
    /// @inheritdoc IFraudReports
    uint256 public override pendingCredits;

    /// @param claims_ The claims manager (grant this contract its REPORTS_ROLE).
    /// @param timelock The role admin.
    /// @param operator The first operator.
    constructor(IClaimsManager claims_, address timelock, address operator) {
        if (address(claims_) == address(0) || timelock == address(0) || operator == address(0)) revert ReportsZero();
        claims = claims_;
        parameters = claims_.parameters();
        pool = claims_.pool();
        token = pool.token();
        registry = claims_.registry();
        emit ReportsModuleWired(address(claims_), address(pool), address(registry), address(parameters));
        // One standing allowance, so that crediting the members never needs an approval (which a paused token
        // refuses); the pool only pulls what this contract credits.
        token.forceApprove(address(pool), type(uint256).max);
        _grantRole(DEFAULT_ADMIN_ROLE, timelock);
        _grantRole(OPERATOR_ROLE, operator);
    }

    /// @inheritdoc IFraudReports
    function reportFraud(uint256 claimId, bytes32 commitment)
        external
        override
        nonReentrant
        returns (uint256 reportId)
    {
        if (commitment == bytes32(0)) revert ReportsZero();
        uint256 bond = parameters.parameter(ClaimParameter.ReportBond);
        uint256 deadline = block.timestamp + parameters.parameter(ClaimParameter.InvestigationWindow);
        reportId = ++reportCount;
        ClaimState resumeState = claims.openInvestigation(claimId, reportId, deadline);
        _reports[reportId] = FraudReport({
            claimId: claimId,
            reporter: msg.sender,
            bond: bond.toUint96(),
            deadline: deadline.toUint40(),
            outcome: ReportOutcome.Open,
            resumeState: resumeState,
            evidenceHash: bytes32(0),
            commitment: commitment
        });
        bondsHeld += bond;
        _pullExact(msg.sender, bond);
        emit FraudReported(reportId, claimId, msg.sender, bond, commitment, deadline);
    }

    /// @inheritdoc IFraudReports
    function revealEvidence(uint256 reportId, bytes32 evidenceHash, bytes32 salt) external override {
        FraudReport storage r = _openReport(reportId);
        if (block.timestamp > r.deadline) revert ReportsDeadlinePassed(reportId, r.deadline);
        uint256 claimId = r.claimId;
        if (
            evidenceHash == bytes32(0) || r.evidenceHash != bytes32(0)
                || reportCommitment(r.reporter, claimId, evidenceHash, salt) != r.commitment
        ) revert ReportsCommitmentMismatch(reportId);
        r.evidenceHash = evidenceHash;
        uint256 first = firstReportWithEvidence[claimId][evidenceHash];
        if (first == 0 || reportId < first) firstReportWithEvidence[claimId][evidenceHash] = reportId;
        emit EvidenceRevealed(reportId, claimId, evidenceHash);
    }

    /// @inheritdoc IFraudReports
    function resolveReport(uint256 reportId, bool confirmed) external override onlyRole(OPERATOR_ROLE) nonReentrant {
        FraudReport storage r = _openReport(reportId);
        if (block.timestamp > r.deadline) revert ReportsDeadlinePassed(reportId, r.deadline);
        uint256 claimId = r.claimId;
        if (claims.claim(claimId).state != ClaimState.UnderInvestigation) revert ReportsClaimClosed(reportId, claimId);
        address reporter = r.reporter;
        uint256 bond = r.bond;

        if (!confirmed) {
            bondsHeld -= bond;
            r.outcome = ReportOutcome.Dismissed;
            claims.closeInvestigation(claimId);
            if (parameters.parameter(ClaimParameter.DismissedBondToMembers) == 0) {
                operatorFees += bond;
                emit ReportResolved(reportId, claimId, ReportOutcome.Dismissed, reporter, 0, 0, 0, 0, bond);
            } else {
                _creditMembers(reportId, claimId, bond, "DISMISSED_BOND", true);
                emit ReportResolved(reportId, claimId, ReportOutcome.Dismissed, reporter, 0, 0, 0, bond, 0);
            }
            return;
        }
        bytes32 evidenceHash = r.evidenceHash;
        if (evidenceHash == bytes32(0)) revert ReportsEvidenceNotRevealed(reportId);
        uint256 first = firstReportWithEvidence[claimId][evidenceHash];
        if (first != reportId) revert ReportsEvidenceFirstReportedBy(reportId, first);
        bondsHeld -= bond;

        r.outcome = ReportOutcome.Confirmed;
        (uint256 slashed, uint256 claimAmount) = claims.confirmFraud(claimId);
        uint256 reward = Math.min(claimAmount * parameters.parameter(ClaimParameter.ReporterRewardBps) / _BPS, slashed);
        // reward ≤ slashed by the min above.
        uint256 credited = slashed - reward;
        // The slashed stake is here unless the registry had to keep it (the token could not move).
        bool arrived = registry.owedTo(address(this)) == 0;
        _payReporter(reporter, bond + reward, arrived);
        if (credited != 0) _creditMembers(reportId, claimId, credited, "SLASH", arrived);
        emit ReportResolved(reportId, claimId, ReportOutcome.Confirmed, reporter, bond, reward, slashed, credited, 0);
    }

    /// @inheritdoc IFraudReports
    function expireReport(uint256 reportId) external override nonReentrant {
        FraudReport storage r = _openReport(reportId);
        uint256 claimId = r.claimId;
        ReportOutcome outcome = ReportOutcome.Expired;
        if (claims.claim(claimId).state != ClaimState.UnderInvestigation) {
            outcome = ReportOutcome.Superseded; // the claim ended through another report
        } else if (block.timestamp <= r.deadline) {
            revert ReportsDeadlineNotReached(reportId, r.deadline);
        }
        uint256 bond = r.bond;
        r.outcome = outcome;
        bondsHeld -= bond;
        claims.closeInvestigation(claimId);
        _payReporter(r.reporter, bond, true);
        emit ReportResolved(reportId, claimId, outcome, r.reporter, bond, 0, 0, 0, 0);
    }

    /// @inheritdoc IFraudReports
    function releaseRefund(address reporter) external override nonReentrant returns (uint256 amount) {
        amount = unclaimedRefundOf[reporter];
        if (amount == 0) revert ReportsNothingOwed(reporter);
        unclaimedRefundOf[reporter] = 0;
        unclaimedRefunds -= amount;
        _collectOwed();
        token.safeTransfer(reporter, amount);
        emit RefundClaimed(reporter, reporter, amount);
    }

    /// @inheritdoc IFraudReports
    function creditPending(uint256 reportId) external override nonReentrant {
        uint256 amount = pendingCredit[reportId];
        if (amount == 0) revert ReportsNoPendingCredit(reportId);
        pendingCredit[reportId] = 0;
        pendingCredits -= amount;
        _collectOwed();
        FraudReport storage r = _reports[reportId];
        bytes32 reason = r.outcome == ReportOutcome.Confirmed ? bytes32("SLASH") : bytes32("DISMISSED_BOND");
        uint256 claimId = r.claimId;
        pool.creditMembers(amount, reason, claimId);
        emit PendingCreditMade(reportId, claimId, amount, reason);
    }

    /// @inheritdoc IFraudReports
    function recordRecovery(uint256 claimId, uint256 amount) external override onlyRole(OPERATOR_ROLE) nonReentrant {
        if (claims.claim(claimId).state != ClaimState.FraudConfirmed) revert ReportsNotFraudConfirmed(claimId);
        if (amount == 0) revert ReportsZero();
        _pullExact(msg.sender, amount);
        pool.creditMembers(amount, "RECOVERY", claimId);
        emit RecoveryRecorded(claimId, msg.sender, amount);
    }

    /// @inheritdoc IFraudReports
    function withdrawOperatorFees(uint256 amount) external override onlyRole(OPERATOR_ROLE) nonReentrant {
        if (amount == 0) revert ReportsZero();
        uint256 fees = operatorFees;
        if (amount > fees) revert ReportsInsufficientFees(amount, fees);
        // amount ≤ fees, checked above.
        unchecked {
            operatorFees = fees - amount;
        }
        token.safeTransfer(msg.sender, amount);
        emit OperatorFeesWithdrawn(msg.sender, amount);
    }

    /// @inheritdoc IFraudReports
    function reportCommitment(address reporter, uint256 claimId, bytes32 evidenceHash, bytes32 salt)
        public
        pure
        override
        returns (bytes32)
    {
        return keccak256(abi.encode(reporter, claimId, evidenceHash, salt));
    }

    /// @inheritdoc IFraudReports
    function report(uint256 reportId) external view override returns (FraudReport memory) {
        return _reports[reportId];
    }

    function _openReport(uint256 reportId) internal view returns (FraudReport storage r) {
        r = _reports[reportId];
        if (r.reporter == address(0) || r.outcome != ReportOutcome.Open) revert ReportsNotOpen(reportId, r.outcome);
    }

    /// @dev Pays a reporter when the tokens are here (`inHand`) and the transfer goes through; otherwise keeps the
    ///      payment for `releaseRefund`, so that it never blocks the resolution of a report.
    function _payReporter(address reporter, uint256 amount, bool inHand) internal {
        if (inHand && token.trySafeTransfer(reporter, amount)) return;
        unclaimedRefundOf[reporter] += amount;
        unclaimedRefunds += amount;
        emit ReporterPaymentDeferred(reporter, amount);
    }

    /// @dev Credits the members when the tokens are here (`inHand`) and the pool can pull them; otherwise records
    ///      the credit for `creditPending`, so that the decision stands while the token cannot move.
    function _creditMembers(uint256 reportId, uint256 claimId, uint256 amount, bytes32 reason, bool inHand) internal {
        if (inHand) {
            try pool.creditMembers(amount, reason, claimId) {
                return;
            } catch {}
        }
        pendingCredit[reportId] += amount;
        pendingCredits += amount;
        emit CreditDeferred(reportId, claimId, amount, reason);
    }

    /// @dev Fetches the slashed stake the registry still owes here, if any (reverts while the token cannot move).
    function _collectOwed() internal {
        if (registry.owedTo(address(this)) != 0) registry.payOwed(address(this));
    }

    /// @dev Pulls exactly `amount` or reverts (fee-on-transfer tokens would break conservation).
    function _pullExact(address from, uint256 amount) internal {
        uint256 received = ExactTransfer.pull(token, from, amount);
        if (received != amount) revert ReportsTransferAmountMismatch(amount, received);
    }
}
