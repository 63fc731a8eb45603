// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {IClaimsManager} from "./interfaces/IClaimsManager.sol";
import {IMutualPool} from "./interfaces/IMutualPool.sol";
import {IWitnessRegistry} from "./interfaces/IWitnessRegistry.sol";
import {IRandomnessSource} from "./interfaces/IRandomnessSource.sol";
import {IClaimParameters} from "./interfaces/IClaimParameters.sol";
import {ClaimModules, ClaimStates} from "./libraries/ClaimStates.sol";
import {ClaimWitnesses} from "./libraries/ClaimWitnesses.sol";
import {ClaimPayouts} from "./libraries/ClaimPayouts.sol";
import {ClaimReviews} from "./libraries/ClaimReviews.sol";
import {Claim, ClaimState, ReviewReason, SlotStatus, WitnessSlot, ClaimParameter} from "./types/ClaimTypes.sol";

/// @title ClaimsManager
/// @notice The claim lifecycle: notarised filing → operator review → random witness draw → attestations →
///         public announcement → approval into the pool → payment → fraud-report window.
/// @dev The mechanism (docs/claim-lifecycle.md has the state machine and every deadline):
///
///      Responsibilities. Filing, review, arbitration, expiry and the fraud-report hooks live here; the witnesses'
///      part (draw, accept, decline, attest, replace, overrule) in the external library `ClaimWitnesses`, the
///      payouts (approval, the payment window, claw-back) in `ClaimPayouts`. Both run on this contract's storage
///      by `DELEGATECALL`, so there is one address, one ABI and one stream of events.
///
///      Filing. A member files with the EIP-712 signature of a listed notary over (claimant, documentHash,
///      diagnosedAt, region); `SignatureChecker` lets the notary be a contract wallet. The region decides where
///      witnesses are drawn, so the notary attests it: the claimant cannot choose it. Coverage is judged by the
///      pool at the notarised diagnosis date (`isCovered`), so a diagnosis inside the waiting period never passes.
///
///      One person, one payout. At review the operator records a keyed nullifier (HMAC of the patient's
///      identity with the operator's secret: low-entropy ID numbers are never hashed unkeyed on chain). A
///      nullifier is marked paid when its claim is queued in the pool; a nullifier already paid rejects the
///      claim, at review and again at approval (two addresses of one person racing). A confirmed fraud marks
///      the person's nullifier expelled: a new membership under a fresh commitment never gets another payout.
///
///      Stakes that scale with the claim. Each witness locks `max(StakeLock, ceil(amount × StakeCoverBps / 3))`,
///      so the three locks together cover k × the approved amount; the registry draws only from the stake tiers
///      that can carry that lock.
///
///      Witnesses. Approval at review requests randomness and fixes the registry snapshot (`block.number − 1`);
///      `drawWitnesses` (anyone) fills the empty slots once it is ready and before the draw deadline, with
///      `seed = keccak256(abi.encode(value, claimId, drawNumber))`, the attested region, an exclusion window (the
///      claimant, the slot holders, the most recent former witnesses) and `registry.drawAt` on that snapshot, all
///      emitted in `DrawMade`. A witness who misses a deadline is replaced by anyone: the no-show slice of its lock
///      is slashed and credited to members. Every redraw uses randomness requested after the decision that caused
///      it (`ClaimWitnesses`). Any rejecting attestation goes to operator arbitration; three approvals announce
///      the claim.
///
///      Reports. Several reports may be open on one claim at once (a decoy cannot lock honest reporters out); the
///      claim is `UnderInvestigation` while any is, and cannot be approved then. Reports are accepted during the
///      announcement, while approved and during the fraud-report window after payout.
///
///      Money. A no-show slash arrives from `registry.slash` and is credited to all members (`pool.creditMembers`)
///      in the same call; a fraud slash goes from the registry straight to the reports module (FraudReports), which
///      pays the reporter and credits the rest. No decision waits for the token: while it cannot move (paused), the
///      slash stands, the registry owes the tokens (`owedTo`), and the credit waits in `pendingCredit` for the
///      permissionless `creditPending`. This contract holds tokens only between a delayed delivery and that call:
///      `balance + registry.owedTo(this) == pendingCredits`.
///      Payouts and commissions are pool payments under the claim id; a claim is `Paid` once they are paid, or
///      once its payment window is over (the unpaid rest cancelled and stated, `ClaimPaidInPart`).
///
///      No stuck states. Each waiting state has a deadline and a permissionless way on: `expireClaim`,
///      `replaceWitness`, `drawWitnesses`, `approveClaim`, `markPaid`, `releaseStakes`, and
///      `FraudReports.expireReport`.
///
///      Reentrancy. Functions that call out to a module or the token are `nonReentrant`. `fileClaim`,
///      `acceptWitness` and `attest` make only view calls (static calls cannot reenter), so they go without it.
contract ClaimsManager is IClaimsManager, AccessControl, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice Reviews claims, arbitrates and keeps the notary list.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    /// @notice The fraud reports module: opens, closes and confirms investigations.
    bytes32 public constant REPORTS_ROLE = keccak256("REPORTS_ROLE");
    /// @notice EIP-712 type of what a notary signs.
    bytes32 public constant DIAGNOSIS_TYPEHASH =
        keccak256("Diagnosis(address claimant,bytes32 documentHash,uint256 diagnosedAt,uint256 region)");
    /// @notice Witnesses per claim.
    uint256 public constant WITNESSES = 3;
    uint256 internal constant _BPS = 10_000;

    /// @inheritdoc IClaimsManager
    IMutualPool public immutable override pool;
    /// @inheritdoc IClaimsManager
    IWitnessRegistry public immutable override registry;
    /// @notice Where draw randomness comes from (future-block prevrandao or VRF).
    IRandomnessSource public immutable randomnessSource;
    /// @notice The pool's stablecoin.
    IERC20 public immutable token;
    /// @inheritdoc IClaimsManager
    IClaimParameters public immutable override parameters;

    mapping(uint256 claimId => Claim) internal _claims;
    mapping(uint256 claimId => WitnessSlot[3]) internal _slots;
    mapping(uint256 claimId => address[]) internal _exclusions;
    mapping(uint256 claimId => uint256 draws) internal _drawNumber;

    /// @inheritdoc IClaimsManager
    mapping(address member => uint256 claimId) public override openClaimOf;
    /// @inheritdoc IClaimsManager
    mapping(bytes32 nullifier => uint256 claimId) public override nullifierPaidBy;
    /// @notice The claim that holds a diagnosis document (freed again if that claim timed out).
    mapping(bytes32 documentHash => uint256 claimId) public documentClaim;
    /// @inheritdoc IClaimsManager
    mapping(address notary => bool listed) public override isNotary;
    /// @inheritdoc IClaimsManager
    mapping(bytes32 nullifier => bool expelled) public override nullifierExpelled;

    /// @inheritdoc IClaimsManager
    uint256 public override claimCount;
    /// @inheritdoc IClaimsManager
    mapping(uint256 claimId => uint256 amount) public override pendingCredit;
    /// @inheritdoc IClaimsManager
    uint256 public override pendingCredits;

    /// @param pool_ The pool (this contract needs its CLAIMS_ROLE and CREDITOR_ROLE).
    /// @param registry_ The witness registry (this contract needs its claims role).
    /// @param randomness_ The randomness source.
    /// @param parameters_ The timelock-governed parameter store.
    /// @param timelock The role admin (a TimelockController).
    /// @param operator The first operator (a multisig in production).
    /// @param deployer Temporary role admin who wires the modules, then renounces (or zero).
    constructor(
        IMutualPool pool_,
        IWitnessRegistry registry_,
        IRandomnessSource randomness_,
        IClaimParameters parameters_,
        address timelock,
        address operator,
        address deployer
    ) EIP712("Lashou Claims", "1") {
        if (
            address(pool_) == address(0) || address(registry_) == address(0) || address(randomness_) == address(0)
                || address(parameters_) == address(0) || timelock == address(0) || operator == address(0)
        ) revert ClaimsZero();
        pool = pool_;
        registry = registry_;
        randomnessSource = randomness_;
        parameters = parameters_;
        token = pool_.token();
        emit ClaimsModuleWired(address(pool_), address(registry_), address(randomness_), address(parameters_));
        // One standing allowance, so that crediting the members never needs an approval (which a paused token
        // refuses); the pool only pulls what this contract credits.
        token.forceApprove(address(pool_), type(uint256).max);
        _grantRole(DEFAULT_ADMIN_ROLE, timelock);
        _grantRole(OPERATOR_ROLE, operator);
        if (deployer != address(0)) _grantRole(DEFAULT_ADMIN_ROLE, deployer);
    }

    // ──────────────────────────────────────── Members ────────────────────────────────────────

    /// @inheritdoc IClaimsManager
    function fileClaim(
        bytes32 documentHash,
        uint256 diagnosedAt,
        uint256 amount,
        uint256 region,
        address notary,
        bytes calldata signature
    ) external override returns (uint256 claimId) {
        _checkFiling(documentHash, diagnosedAt, amount, region, notary, signature);
        claimId = _recordClaim(documentHash, diagnosedAt, amount, region, notary);
    }

    /// @dev Every filing rule: region, notary and its signature, amount, one open claim, unused document,
    ///      run-off, and coverage at the notarised diagnosis date.
    function _checkFiling(
        bytes32 documentHash,
        uint256 diagnosedAt,
        uint256 amount,
        uint256 region,
        address notary,
        bytes calldata signature
    ) internal view {
        if (region == 0 || region > type(uint16).max) revert ClaimsInvalidRegion(region);
        if (!isNotary[notary]) revert ClaimsNotaryNotListed(notary);
        if (diagnosedAt > block.timestamp) revert ClaimsDiagnosisInFuture(diagnosedAt, block.timestamp);
        uint256 cap = _param(ClaimParameter.ClaimCap);
        if (amount == 0 || amount > cap) revert ClaimsAmountOutOfRange(amount, cap);
        uint256 open = openClaimOf[msg.sender];
        if (open != 0) revert ClaimsOpenClaimExists(msg.sender, open);
        uint256 usedBy = documentClaim[documentHash];
        if (usedBy != 0) revert ClaimsDocumentUsed(documentHash, usedBy);
        uint256 runOff = parameters.runOffStartedAt();
        if (runOff != 0) {
            uint256 honourUntil = parameters.honourUntil();
            if (diagnosedAt >= runOff || block.timestamp >= honourUntil) {
                revert ClaimsRunOff(diagnosedAt, runOff, honourUntil);
            }
        }
        if (!pool.isCovered(msg.sender, diagnosedAt)) {
            revert ClaimsNotCovered(msg.sender, diagnosedAt, pool.coverageStartOf(msg.sender));
        }
        if (!SignatureChecker.isValidSignatureNow(
                notary, diagnosisDigest(msg.sender, documentHash, diagnosedAt, region), signature
            )) revert ClaimsInvalidNotarySignature(notary, msg.sender, documentHash, diagnosedAt);
    }

    function _recordClaim(bytes32 documentHash, uint256 diagnosedAt, uint256 amount, uint256 region, address notary)
        internal
        returns (uint256 claimId)
    {
        claimId = ++claimCount;
        uint256 deadline = block.timestamp + _param(ClaimParameter.ReviewWindow);
        Claim storage c = _claims[claimId];
        c.claimant = msg.sender;
        c.state = ClaimState.Filed;
        c.region = uint16(region); // checked ≤ 65535 in _checkFiling
        c.diagnosedAt = diagnosedAt.toUint40();
        c.filedAt = uint40(block.timestamp); // timestamps fit 40 bits until the year 36812
        c.deadline = deadline.toUint40();
        c.requestedAmount = amount.toUint96();
        c.documentHash = documentHash;
        c.notary = notary;
        openClaimOf[msg.sender] = claimId;
        documentClaim[documentHash] = claimId;
        _exclusions[claimId].push(msg.sender);

        emit ClaimFiled(claimId, msg.sender, notary, documentHash, diagnosedAt, amount, region, deadline);
        emit ClaimStateChanged(claimId, ClaimState.None, ClaimState.Filed, ReviewReason.None, deadline);
    }

    // ─────────────────────────────────────── Operator ───────────────────────────────────────

    /// @inheritdoc IClaimsManager
    function review(uint256 claimId, bool approve, uint256 amount, ReviewReason reason, bytes32 nullifier)
        external
        override
        onlyRole(OPERATOR_ROLE)
        nonReentrant
    {
        Claim storage c = _claimIn(claimId, ClaimState.Filed);
        _requireBeforeDeadline(claimId, c.deadline);
        c.nullifier = nullifier;
        if (!approve) {
            if (reason < ReviewReason.WaitingPeriod || reason > ReviewReason.Other) revert ClaimsInvalidReason(reason);
            emit ClaimReviewed(claimId, false, 0, reason, nullifier, 0, 0);
            _reject(claimId, c, reason);
            return;
        }
        if (reason != ReviewReason.None) revert ClaimsInvalidReason(reason);
        if (nullifier == bytes32(0)) revert ClaimsZeroNullifier();
        if (amount == 0 || amount > c.requestedAmount) revert ClaimsAmountOutOfRange(amount, c.requestedAmount);
        ReviewReason refusal = nullifierPaidBy[nullifier] != 0
            ? ReviewReason.DuplicatePerson
            : (nullifierExpelled[nullifier] ? ReviewReason.PersonExpelled : ReviewReason.None);
        if (refusal != ReviewReason.None) {
            emit ClaimReviewed(claimId, false, 0, refusal, nullifier, 0, 0);
            _reject(claimId, c, refusal);
            return;
        }
        ClaimReviews.approve(c, _slots[claimId], claimId, amount, _modules());
    }

    /// @inheritdoc IClaimsManager
    function arbitrate(uint256 claimId, bool uphold) external override onlyRole(OPERATOR_ROLE) nonReentrant {
        Claim storage c = _claimIn(claimId, ClaimState.UnderArbitration);
        _requireBeforeDeadline(claimId, c.deadline);
        WitnessSlot[3] storage slots = _slots[claimId];
        if (uphold) {
            for (uint256 i; i < WITNESSES; ++i) {
                if (slots[i].status == SlotStatus.Rejected) emit ClaimArbitrated(claimId, true, i, slots[i].witness);
            }
            _reject(claimId, c, ReviewReason.WitnessRejected);
            return;
        }
        ClaimWitnesses.overrule(c, slots, claimId, _modules());
    }

    /// @inheritdoc IClaimsManager
    function setNotary(address notary, bool listed) external override onlyRole(OPERATOR_ROLE) {
        if (notary == address(0)) revert ClaimsZero();
        isNotary[notary] = listed;
        emit NotaryUpdated(notary, listed);
    }

    // ─────────────────────────────────────── Witnesses ───────────────────────────────────────

    /// @inheritdoc IClaimsManager
    function acceptWitness(uint256 claimId, uint256 slotIndex) external override {
        ClaimWitnesses.accept(_claims[claimId], _slots[claimId], claimId, slotIndex, _modules());
    }

    /// @inheritdoc IClaimsManager
    function declineWitness(uint256 claimId, uint256 slotIndex) external override nonReentrant {
        ClaimWitnesses.decline(_claims[claimId], _slots[claimId], claimId, slotIndex, _modules());
    }

    /// @inheritdoc IClaimsManager
    function attest(uint256 claimId, uint256 slotIndex, bytes32 reportHash, bool approve) external override {
        ClaimWitnesses.attest(_claims[claimId], _slots[claimId], claimId, slotIndex, reportHash, approve, _modules());
    }

    // ─────────────────────────────────────── Anyone ───────────────────────────────────────

    /// @inheritdoc IClaimsManager
    function drawWitnesses(uint256 claimId) external override nonReentrant {
        Claim storage c = _claims[claimId];
        ClaimState state = c.state;
        if (state != ClaimState.Reviewed && state != ClaimState.WitnessesDrawn && state != ClaimState.UnderArbitration)
        {
            revert ClaimsWrongState(claimId, state);
        }
        uint256 drawNumber = _drawNumber[claimId] + 1;
        (uint256 filled, bool renewed) =
            ClaimWitnesses.draw(c, _slots[claimId], _exclusions[claimId], claimId, _modules(), drawNumber);
        if (renewed) return;
        _drawNumber[claimId] = drawNumber;
        if (state == ClaimState.Reviewed && filled != 0) {
            ClaimStates.transition(claimId, c, ClaimState.WitnessesDrawn, ReviewReason.None, 0);
        }
    }

    /// @inheritdoc IClaimsManager
    function replaceWitness(uint256 claimId, uint256 slotIndex) external override nonReentrant {
        uint256 deferred = ClaimWitnesses.replace(_claims[claimId], _slots[claimId], claimId, slotIndex, _modules());
        if (deferred != 0) {
            pendingCredit[claimId] += deferred;
            pendingCredits += deferred;
            emit CreditDeferred(claimId, deferred, "NO_SHOW");
        }
    }

    /// @inheritdoc IClaimsManager
    function approveClaim(uint256 claimId) external override nonReentrant {
        Claim storage c = _claimIn(claimId, ClaimState.Announced);
        if (block.timestamp <= c.deadline) revert ClaimsDeadlineNotReached(claimId, c.deadline);
        ReviewReason rejectWith =
            ClaimPayouts.approve(c, _slots[claimId], claimId, nullifierPaidBy, nullifierExpelled, _modules());
        if (rejectWith != ReviewReason.None) _reject(claimId, c, rejectWith);
    }

    /// @inheritdoc IClaimsManager
    function markPaid(uint256 claimId) external override nonReentrant {
        Claim storage c = _claimIn(claimId, ClaimState.Approved);
        ClaimPayouts.closePayments(c, claimId, pool);
        uint256 windowEnds = block.timestamp + _param(ClaimParameter.FraudReportWindow);
        delete openClaimOf[c.claimant];
        ClaimStates.transition(claimId, c, ClaimState.Paid, ReviewReason.None, windowEnds);
        emit ClaimPaid(claimId, windowEnds);
    }

    /// @inheritdoc IClaimsManager
    function releaseStakes(uint256 claimId) external override nonReentrant {
        Claim storage c = _claimIn(claimId, ClaimState.Paid);
        if (block.timestamp <= c.deadline) revert ClaimsDeadlineNotReached(claimId, c.deadline);
        if (c.stakesSettled) revert ClaimsWrongState(claimId, ClaimState.Paid);
        ClaimStates.releaseStakes(registry, claimId, c, _slots[claimId]);
    }

    /// @inheritdoc IClaimsManager
    function creditPending(uint256 claimId) external override nonReentrant {
        uint256 amount = pendingCredit[claimId];
        if (amount == 0) revert ClaimsNoPendingCredit(claimId);
        pendingCredit[claimId] = 0;
        pendingCredits -= amount;
        if (registry.owedTo(address(this)) != 0) registry.payOwed(address(this));
        pool.creditMembers(amount, "NO_SHOW", claimId);
        emit PendingCreditMade(claimId, amount);
    }

    /// @inheritdoc IClaimsManager
    function expireClaim(uint256 claimId) external override nonReentrant {
        Claim storage c = _claims[claimId];
        _reject(claimId, c, ClaimReviews.expiryReason(c, _slots[claimId], claimId, parameters.honourUntil()));
    }

    // ───────────────────────────────────── Fraud reports module ─────────────────────────────────────

    /// @inheritdoc IClaimsManager
    function openInvestigation(uint256 claimId, uint256, uint256 reportDeadline)
        external
        override
        onlyRole(REPORTS_ROLE)
        returns (ClaimState resumeState)
    {
        Claim storage c = _claims[claimId];
        ClaimState state = c.state;
        resumeState = state == ClaimState.UnderInvestigation ? c.resumeState : state;
        // The claim keeps its own deadline (announcement end, payment window end or report-window end) to resume
        // with; an approved claim takes reports until it is marked paid.
        bool open = resumeState == ClaimState.Approved
            || ((resumeState == ClaimState.Announced || (resumeState == ClaimState.Paid && !c.stakesSettled))
                && block.timestamp <= c.deadline);
        if (!open) revert ClaimsReportsClosed(claimId);
        ++c.openReports;
        if (state == ClaimState.UnderInvestigation) return resumeState;
        c.resumeState = resumeState;
        c.state = ClaimState.UnderInvestigation;
        emit ClaimStateChanged(claimId, resumeState, ClaimState.UnderInvestigation, ReviewReason.None, reportDeadline);
    }

    /// @inheritdoc IClaimsManager
    function closeInvestigation(uint256 claimId) external override onlyRole(REPORTS_ROLE) {
        Claim storage c = _claims[claimId];
        if (c.state != ClaimState.UnderInvestigation) return; // ended through another report
        if (--c.openReports != 0) return;
        ClaimStates.transition(claimId, c, c.resumeState, ReviewReason.None, c.deadline);
    }

    /// @inheritdoc IClaimsManager
    function confirmFraud(uint256 claimId)
        external
        override
        onlyRole(REPORTS_ROLE)
        nonReentrant
        returns (uint256 slashed, uint256 claimAmount)
    {
        Claim storage c = _claimIn(claimId, ClaimState.UnderInvestigation);
        c.openReports = 0; // the claim ends here; other open reports close as superseded

        claimAmount = c.approvedAmount;
        slashed = ClaimPayouts.slashWitnesses(c, _slots[claimId], claimId, registry, msg.sender);
        nullifierExpelled[c.nullifier] = true;
        ClaimState resumeState = c.resumeState;
        if (resumeState == ClaimState.Announced) {
            _reject(claimId, c, ReviewReason.FraudConfirmed);
        } else {
            ClaimPayouts.clawBack(c, claimId, pool);
            if (resumeState == ClaimState.Approved) delete openClaimOf[c.claimant];
            ClaimStates.transition(claimId, c, ClaimState.FraudConfirmed, ReviewReason.None, 0);
        }
        pool.expel(c.claimant);
    }

    // ───────────────────────────────────────── Views ─────────────────────────────────────────

    /// @inheritdoc IClaimsManager
    function claim(uint256 claimId) external view override returns (Claim memory) {
        return _claims[claimId];
    }

    /// @inheritdoc IClaimsManager
    function witnessSlots(uint256 claimId) external view override returns (WitnessSlot[3] memory) {
        return _slots[claimId];
    }

    /// @inheritdoc IClaimsManager
    function drawExclusions(uint256 claimId) external view override returns (address[] memory) {
        return _exclusions[claimId];
    }

    /// @inheritdoc IClaimsManager
    function isFullyPaid(uint256 claimId) external view override returns (bool) {
        Claim storage c = _claims[claimId];
        if (c.state != ClaimState.Approved && c.state != ClaimState.Paid) return false;
        uint256 paymentId = c.paymentId;
        uint256 last = c.commission == 0 ? paymentId : paymentId + WITNESSES;
        for (uint256 id = paymentId; id <= last; ++id) {
            if (pool.payment(id).remaining != 0) return false;
        }
        return true;
    }

    /// @inheritdoc IClaimsManager
    function diagnosisDigest(address claimant, bytes32 documentHash, uint256 diagnosedAt, uint256 region)
        public
        view
        override
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(DIAGNOSIS_TYPEHASH, claimant, documentHash, diagnosedAt, region)));
    }

    // ─────────────────────────────────────── Internals ───────────────────────────────────────

    function _claimIn(uint256 claimId, ClaimState expected) internal view returns (Claim storage c) {
        c = _claims[claimId];
        if (c.state != expected) revert ClaimsWrongState(claimId, c.state);
    }

    function _requireBeforeDeadline(uint256 claimId, uint256 deadline) internal view {
        if (block.timestamp > deadline) revert ClaimsDeadlinePassed(claimId, deadline);
    }

    /// @dev Rejects a claim from any non-terminal state: releases every stake still locked for it, frees the
    ///      member for a new claim and, when the rejection was nobody's fault but a timeout, the document.
    function _reject(uint256 claimId, Claim storage c, ReviewReason reason) internal {
        if (!c.stakesSettled) ClaimStates.releaseStakes(registry, claimId, c, _slots[claimId]);
        c.reason = reason;
        c.randomnessRequest = 0;
        delete openClaimOf[c.claimant];
        if (reason == ReviewReason.ReviewTimedOut || reason == ReviewReason.WitnessesUnavailable) {
            delete documentClaim[c.documentHash];
        }
        ClaimStates.transition(claimId, c, ClaimState.Rejected, reason, 0);
    }

    function _modules() internal view returns (ClaimModules memory) {
        return ClaimModules({pool: pool, registry: registry, source: randomnessSource, parameters: parameters});
    }

    function _param(ClaimParameter which) internal view returns (uint256) {
        return parameters.parameter(which);
    }
}
