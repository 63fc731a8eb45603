// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {IClaimsManager} from "./interfaces/IClaimsManager.sol";
import {IMutualPool} from "./interfaces/IMutualPool.sol";
import {IWitnessRegistry} from "./interfaces/IWitnessRegistry.sol";
import {IRandomnessSource} from "./interfaces/IRandomnessSource.sol";
import {IClaimParameters} from "./interfaces/IClaimParameters.sol";
import {WitnessAssignments} from "./libraries/WitnessAssignments.sol";
import {Claim, ClaimState, ReviewReason, SlotStatus, WitnessSlot, ClaimParameter} from "./types/ClaimTypes.sol";

/// @title ClaimsManager
/// @notice The claim lifecycle: notarised filing → operator review → random witness draw → attestations →
///         public announcement → approval into the pool → payment → fraud-report window.
/// @dev The mechanism (docs/claim-lifecycle.md has the state machine and every deadline):
///
///      Filing. A member files with the EIP-712 signature of a listed notary over (claimant, documentHash,
///      diagnosedAt); `SignatureChecker` lets the notary be a contract wallet. Coverage is judged by the pool
///      at the notarised diagnosis date (`isCovered`), so a diagnosis inside the waiting period never passes.
///
///      One person, one payout. At review the operator records a keyed nullifier (HMAC of the patient's
///      identity with the operator's secret: low-entropy ID numbers are never hashed unkeyed on chain). A
///      nullifier is marked paid when its claim is queued in the pool; a nullifier already paid rejects the
///      claim, at review and again at approval (two addresses of one person racing).
///
///      Witnesses. Approval at review requests randomness and fixes the registry snapshot (`block.number − 1`);
///      `drawWitnesses` (anyone) fills the empty slots once it is ready, with `seed = keccak256(randomness,
///      claimId, drawNumber)`, the claimant's region, an exclusion list (the claimant and every witness ever drawn
///      for the claim) and `registry.drawAt` on that snapshot, all emitted in `DrawMade`. The draw and the locks
///      live in the external library `WitnessAssignments` (code size); a drawn witness the registry refuses to
///      lock is skipped and its slot drawn again.
///      A drawn witness's stake is locked for the claim. A witness who misses a deadline is replaced by
///      anyone: the no-show slice of its lock is slashed and credited to members, and the slot is redrawn with
///      fresh randomness (so a no-show cannot steer the redraw). Any rejecting attestation goes to operator
///      arbitration; three approvals announce the claim.
///
///      Money. This contract holds no tokens between calls. A no-show slash arrives from `registry.slash` and
///      is credited to all members (`pool.creditMembers`) in the same call; a fraud slash is handed to the
///      reports module (FraudReports), which pays the reporter and credits the rest, in the same call.
///      Payouts and commissions are pool payments under the claim id; a claim is `Paid` once every one of them has `remaining == 0` (`markPaid`, anyone).
///
///      No stuck states. Each waiting state has a deadline and a permissionless way on: `expireClaim`,
///      `replaceWitness`, `drawWitnesses`, `approveClaim`, `markPaid`, `releaseStakes`, and
///      `FraudReports.expireReport`.
///
///      Reentrancy. Functions that call out to a module or the token are `nonReentrant`. `fileClaim`,
///      `acceptWitness`, `attest` and `markPaid` make only view calls (static calls cannot reenter), so they go
///      without the guard; that keeps the contract under the 24 KiB code-size limit.
contract ClaimsManager is IClaimsManager, AccessControl, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice Reviews claims, arbitrates and keeps the notary list.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    /// @notice The fraud reports module: opens, closes and confirms investigations.
    bytes32 public constant REPORTS_ROLE = keccak256("REPORTS_ROLE");
    /// @notice EIP-712 type of what a notary signs.
    bytes32 public constant DIAGNOSIS_TYPEHASH =
        keccak256("Diagnosis(address claimant,bytes32 documentHash,uint256 diagnosedAt)");
    /// @notice Witnesses per claim.
    uint256 public constant WITNESSES = 3;
    uint256 internal constant _BPS = 10_000;

    /// @inheritdoc IClaimsManager
    IMutualPool public immutable override pool;
    /// @notice The witness registry: holds the stakes, draws, locks and slashes.
    IWitnessRegistry public immutable registry;
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
    uint256 public override claimCount;

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
                notary, diagnosisDigest(msg.sender, documentHash, diagnosedAt), signature
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
        if (nullifierPaidBy[nullifier] != 0) {
            emit ClaimReviewed(claimId, false, 0, ReviewReason.DuplicatePerson, nullifier, 0, 0);
            _reject(claimId, c, ReviewReason.DuplicatePerson);
            return;
        }
        uint256 commission = _param(ClaimParameter.Commission);
        uint256 stakeLock = _param(ClaimParameter.StakeLock);
        // Both were range-checked to 96 bits when set; `amount` ≤ the 96-bit requested amount.
        c.approvedAmount = uint96(amount);
        c.commission = uint96(commission);
        c.stakeLock = uint96(stakeLock);
        emit ClaimReviewed(claimId, true, amount, ReviewReason.None, nullifier, commission, stakeLock);

        uint256 drawDeadline = block.timestamp + _param(ClaimParameter.DrawWindow);
        WitnessSlot[3] storage slots = _slots[claimId];
        for (uint256 i; i < WITNESSES; ++i) {
            slots[i].deadline = uint40(drawDeadline); // now + a window ≤ 730 days: fits 40 bits
        }
        _transition(claimId, c, ClaimState.Reviewed, ReviewReason.None, drawDeadline);
        _requestRandomness(claimId, c);
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
        uint256 drawDeadline = block.timestamp + _param(ClaimParameter.DrawWindow);
        for (uint256 i; i < WITNESSES; ++i) {
            WitnessSlot storage slot = slots[i];
            if (slot.status != SlotStatus.Rejected) continue;
            address witness = slot.witness;
            registry.unlock(witness, claimId);
            _emptySlot(slot, drawDeadline);
            emit ClaimArbitrated(claimId, false, i, witness);
        }
        _transition(claimId, c, ClaimState.WitnessesDrawn, ReviewReason.None, 0);
        if (c.randomnessRequest == 0) _requestRandomness(claimId, c);
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
        WitnessSlot storage slot = _witnessSlot(claimId, slotIndex, SlotStatus.Drawn);
        _requireBeforeDeadline(claimId, slot.deadline);
        uint256 attestDeadline = block.timestamp + _param(ClaimParameter.AttestationWindow);
        slot.status = SlotStatus.Accepted;
        slot.deadline = attestDeadline.toUint40();
        emit WitnessAccepted(claimId, slotIndex, msg.sender, attestDeadline);
    }

    /// @inheritdoc IClaimsManager
    function declineWitness(uint256 claimId, uint256 slotIndex) external override nonReentrant {
        WitnessSlot storage slot = _witnessSlot(claimId, slotIndex, SlotStatus.Drawn);
        _requireBeforeDeadline(claimId, slot.deadline);
        registry.unlock(msg.sender, claimId);
        _emptySlot(slot, block.timestamp + _param(ClaimParameter.DrawWindow));
        emit WitnessDeclined(claimId, slotIndex, msg.sender);
        Claim storage c = _claims[claimId];
        if (c.state == ClaimState.WitnessesDrawn && c.randomnessRequest == 0) _requestRandomness(claimId, c);
    }

    /// @inheritdoc IClaimsManager
    function attest(uint256 claimId, uint256 slotIndex, bytes32 reportHash, bool approve) external override {
        WitnessSlot storage slot = _witnessSlot(claimId, slotIndex, SlotStatus.Accepted);
        _requireBeforeDeadline(claimId, slot.deadline);
        if (reportHash == bytes32(0)) revert ClaimsZero();
        slot.status = approve ? SlotStatus.Approved : SlotStatus.Rejected;
        slot.deadline = 0;
        slot.reportHash = reportHash;
        emit WitnessAttested(claimId, slotIndex, msg.sender, reportHash, approve);

        Claim storage c = _claims[claimId];
        if (c.state != ClaimState.WitnessesDrawn) return; // under arbitration: recorded, no transition
        if (!approve) {
            _transition(
                claimId,
                c,
                ClaimState.UnderArbitration,
                ReviewReason.None,
                block.timestamp + _param(ClaimParameter.ArbitrationWindow)
            );
            return;
        }
        WitnessSlot[3] storage slots = _slots[claimId];
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status != SlotStatus.Approved) return;
        }
        _transition(claimId, c, ClaimState.Attested, ReviewReason.None, 0);
        _transition(
            claimId,
            c,
            ClaimState.Announced,
            ReviewReason.None,
            block.timestamp + _param(ClaimParameter.AnnouncementWindow)
        );
    }

    // ─────────────────────────────────────── Anyone ───────────────────────────────────────

    /// @inheritdoc IClaimsManager
    function drawWitnesses(uint256 claimId) external override nonReentrant {
        Claim storage c = _claims[claimId];
        ClaimState state = c.state;
        if (state != ClaimState.Reviewed && state != ClaimState.WitnessesDrawn) {
            revert ClaimsWrongState(claimId, state);
        }
        if (c.randomnessRequest == 0) revert ClaimsWrongState(claimId, state); // every slot is filled
        (uint256 filled, bool renewed) = WitnessAssignments.draw(
            c,
            _slots[claimId],
            _exclusions[claimId],
            claimId,
            WitnessAssignments.DrawContext({
                registry: registry,
                source: randomnessSource,
                drawNumber: _drawNumber[claimId] + 1,
                acceptWindow: _param(ClaimParameter.AcceptWindow)
            })
        );
        if (renewed) return;
        ++_drawNumber[claimId];
        if (state == ClaimState.Reviewed && filled != 0) {
            _transition(claimId, c, ClaimState.WitnessesDrawn, ReviewReason.None, 0);
        }
    }

    /// @inheritdoc IClaimsManager
    function replaceWitness(uint256 claimId, uint256 slotIndex) external override nonReentrant {
        Claim storage c = _claims[claimId];
        ClaimState state = c.state;
        if (state != ClaimState.WitnessesDrawn && state != ClaimState.UnderArbitration) {
            revert ClaimsWrongState(claimId, state);
        }
        if (slotIndex >= WITNESSES) revert ClaimsWrongSlot(claimId, slotIndex);
        WitnessSlot storage slot = _slots[claimId][slotIndex];
        SlotStatus status = slot.status;
        if (status != SlotStatus.Drawn && status != SlotStatus.Accepted) revert ClaimsWrongSlot(claimId, slotIndex);
        if (block.timestamp <= slot.deadline) revert ClaimsDeadlineNotReached(claimId, slot.deadline);

        address witness = slot.witness;
        uint256 slice = uint256(c.stakeLock) * _param(ClaimParameter.NoShowSliceBps) / _BPS;
        uint256 slashed = slice == 0 ? 0 : registry.slash(witness, claimId, slice, "NO_SHOW");
        registry.unlock(witness, claimId);
        _emptySlot(slot, block.timestamp + _param(ClaimParameter.DrawWindow));
        if (slashed != 0) {
            emit WitnessSlashed(claimId, witness, slashed, "NO_SHOW");
            _creditMembers(slashed, "NO_SHOW", claimId);
        }
        emit WitnessReplaced(claimId, slotIndex, witness, slashed, msg.sender);
        if (state == ClaimState.WitnessesDrawn && c.randomnessRequest == 0) _requestRandomness(claimId, c);
    }

    /// @inheritdoc IClaimsManager
    function approveClaim(uint256 claimId) external override nonReentrant {
        Claim storage c = _claimIn(claimId, ClaimState.Announced);
        if (block.timestamp <= c.deadline) revert ClaimsDeadlineNotReached(claimId, c.deadline);
        if (block.timestamp >= parameters.honourUntil()) {
            _reject(claimId, c, ReviewReason.RunOffEnded);
            return;
        }
        bytes32 nullifier = c.nullifier;
        if (nullifierPaidBy[nullifier] != 0) {
            _reject(claimId, c, ReviewReason.DuplicatePerson);
            return;
        }
        nullifierPaidBy[nullifier] = claimId;
        address claimant = c.claimant;
        uint256 amount = c.approvedAmount;
        uint256 commission = c.commission;
        uint256 paymentId = pool.queuePayment(claimId, claimant, amount);
        c.paymentId = paymentId;
        WitnessSlot[3] storage slots = _slots[claimId];
        address[3] memory witnesses;
        for (uint256 i; i < WITNESSES; ++i) {
            witnesses[i] = slots[i].witness;
            if (commission != 0) pool.queuePayment(claimId, witnesses[i], commission);
        }
        _transition(claimId, c, ClaimState.Approved, ReviewReason.None, 0);
        emit ClaimApproved(claimId, claimant, amount, paymentId, witnesses, commission, nullifier);
    }

    /// @inheritdoc IClaimsManager
    function markPaid(uint256 claimId) external override {
        Claim storage c = _claimIn(claimId, ClaimState.Approved);
        if (!_isFullyPaid(c)) revert ClaimsNotFullyPaid(claimId);
        uint256 windowEnds = block.timestamp + _param(ClaimParameter.FraudReportWindow);
        delete openClaimOf[c.claimant];
        _transition(claimId, c, ClaimState.Paid, ReviewReason.None, windowEnds);
        emit ClaimPaid(claimId, windowEnds);
    }

    /// @inheritdoc IClaimsManager
    function releaseStakes(uint256 claimId) external override nonReentrant {
        Claim storage c = _claimIn(claimId, ClaimState.Paid);
        if (block.timestamp <= c.deadline) revert ClaimsDeadlineNotReached(claimId, c.deadline);
        if (c.stakesSettled) revert ClaimsWrongState(claimId, ClaimState.Paid);
        _releaseStakes(claimId, c);
    }

    /// @inheritdoc IClaimsManager
    function expireClaim(uint256 claimId) external override nonReentrant {
        Claim storage c = _claims[claimId];
        ClaimState state = c.state;
        bool runOffOver = block.timestamp >= parameters.honourUntil();
        if (
            runOffOver
                && (state == ClaimState.Filed
                    || state == ClaimState.Reviewed
                    || state == ClaimState.WitnessesDrawn
                    || state == ClaimState.UnderArbitration
                    || state == ClaimState.Announced)
        ) {
            _reject(claimId, c, ReviewReason.RunOffEnded);
            return;
        }
        if (state == ClaimState.Filed || state == ClaimState.UnderArbitration) {
            if (block.timestamp <= c.deadline) revert ClaimsDeadlineNotReached(claimId, c.deadline);
            _reject(
                claimId, c, state == ClaimState.Filed ? ReviewReason.ReviewTimedOut : ReviewReason.ArbitrationTimedOut
            );
            return;
        }
        if (state == ClaimState.Reviewed || state == ClaimState.WitnessesDrawn) {
            WitnessSlot[3] storage slots = _slots[claimId];
            uint256 earliest = type(uint256).max;
            for (uint256 i; i < WITNESSES; ++i) {
                if (slots[i].status == SlotStatus.Empty) earliest = Math.min(earliest, slots[i].deadline);
            }
            if (earliest == type(uint256).max || block.timestamp <= earliest) {
                revert ClaimsDeadlineNotReached(claimId, earliest == type(uint256).max ? 0 : earliest);
            }
            _reject(claimId, c, ReviewReason.WitnessesUnavailable);
            return;
        }
        revert ClaimsWrongState(claimId, state);
    }

    // ───────────────────────────────────── Fraud reports module ─────────────────────────────────────

    /// @inheritdoc IClaimsManager
    function openInvestigation(uint256 claimId, uint256 reportId, uint256 reportDeadline)
        external
        override
        onlyRole(REPORTS_ROLE)
        returns (ClaimState resumeState)
    {
        Claim storage c = _claims[claimId];
        resumeState = c.state;
        bool open = (resumeState == ClaimState.Announced || (resumeState == ClaimState.Paid && !c.stakesSettled))
            && block.timestamp <= c.deadline;
        if (!open) revert ClaimsReportsClosed(claimId);
        c.resumeState = resumeState;
        c.openReport = reportId;
        // The claim keeps its own deadline (announcement end or report-window end) to resume with.
        c.state = ClaimState.UnderInvestigation;
        emit ClaimStateChanged(claimId, resumeState, ClaimState.UnderInvestigation, ReviewReason.None, reportDeadline);
    }

    /// @inheritdoc IClaimsManager
    function closeInvestigation(uint256 claimId) external override onlyRole(REPORTS_ROLE) {
        Claim storage c = _claimIn(claimId, ClaimState.UnderInvestigation);
        c.openReport = 0;
        _transition(claimId, c, c.resumeState, ReviewReason.None, c.deadline);
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
        c.openReport = 0;
        claimAmount = c.approvedAmount;
        slashed = _slashWitnesses(claimId, c);
        if (slashed != 0) token.safeTransfer(msg.sender, slashed);
        if (c.resumeState == ClaimState.Announced) {
            _reject(claimId, c, ReviewReason.FraudConfirmed);
        } else {
            _transition(claimId, c, ClaimState.FraudConfirmed, ReviewReason.None, 0);
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
        return _isFullyPaid(c);
    }

    /// @inheritdoc IClaimsManager
    function diagnosisDigest(address claimant, bytes32 documentHash, uint256 diagnosedAt)
        public
        view
        override
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(DIAGNOSIS_TYPEHASH, claimant, documentHash, diagnosedAt)));
    }

    // ─────────────────────────────────────── Internals ───────────────────────────────────────

    function _claimIn(uint256 claimId, ClaimState expected) internal view returns (Claim storage c) {
        c = _claims[claimId];
        if (c.state != expected) revert ClaimsWrongState(claimId, c.state);
    }

    function _requireBeforeDeadline(uint256 claimId, uint256 deadline) internal view {
        if (block.timestamp > deadline) revert ClaimsDeadlinePassed(claimId, deadline);
    }

    /// @dev The caller's slot, in `expected` status, while witnesses are active on the claim.
    function _witnessSlot(uint256 claimId, uint256 slotIndex, SlotStatus expected)
        internal
        view
        returns (WitnessSlot storage slot)
    {
        ClaimState state = _claims[claimId].state;
        if (state != ClaimState.WitnessesDrawn && state != ClaimState.UnderArbitration) {
            revert ClaimsWrongState(claimId, state);
        }
        if (slotIndex >= WITNESSES) revert ClaimsWrongSlot(claimId, slotIndex);
        slot = _slots[claimId][slotIndex];
        if (slot.witness != msg.sender || slot.status != expected) {
            revert ClaimsNotSlotWitness(claimId, slotIndex, msg.sender);
        }
    }

    function _transition(uint256 claimId, Claim storage c, ClaimState to, ReviewReason reason, uint256 deadline)
        internal
    {
        ClaimState from = c.state;
        c.state = to;
        c.deadline = deadline.toUint40();
        emit ClaimStateChanged(claimId, from, to, reason, deadline);
    }

    /// @dev Rejects a claim from any non-terminal state: releases every stake still locked for it, frees the
    ///      member for a new claim and, when the rejection was nobody's fault but a timeout, the document.
    function _reject(uint256 claimId, Claim storage c, ReviewReason reason) internal {
        if (!c.stakesSettled) _releaseStakes(claimId, c);
        c.reason = reason;
        c.randomnessRequest = 0;
        delete openClaimOf[c.claimant];
        if (reason == ReviewReason.ReviewTimedOut || reason == ReviewReason.WitnessesUnavailable) {
            delete documentClaim[c.documentHash];
        }
        _transition(claimId, c, ClaimState.Rejected, reason, 0);
    }

    /// @dev Unlocks every witness still holding a slot (anything but Empty) and marks the stakes settled.
    function _releaseStakes(uint256 claimId, Claim storage c) internal {
        c.stakesSettled = true;
        WitnessSlot[3] storage slots = _slots[claimId];
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status == SlotStatus.Empty) continue;
            address witness = slots[i].witness;
            registry.unlock(witness, claimId);
            emit WitnessStakeReleased(claimId, witness);
        }
    }

    /// @dev Slashes each attesting witness's whole lock for `claimId`; the tokens arrive here.
    function _slashWitnesses(uint256 claimId, Claim storage c) internal returns (uint256 slashed) {
        c.stakesSettled = true;
        WitnessSlot[3] storage slots = _slots[claimId];
        uint256 stakeLock = c.stakeLock;
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status == SlotStatus.Empty) continue;
            address witness = slots[i].witness;
            uint256 taken = registry.slash(witness, claimId, stakeLock, "FRAUD");
            registry.unlock(witness, claimId);
            slashed += taken;
            emit WitnessSlashed(claimId, witness, taken, "FRAUD");
        }
    }

    function _emptySlot(WitnessSlot storage slot, uint256 drawDeadline) internal {
        slot.status = SlotStatus.Empty;
        slot.witness = address(0);
        slot.reportHash = bytes32(0);
        slot.deadline = drawDeadline.toUint40();
    }

    function _requestRandomness(uint256 claimId, Claim storage c) internal {
        WitnessAssignments.requestRandomness(c, claimId, randomnessSource, 0);
    }

    function _isFullyPaid(Claim storage c) internal view returns (bool) {
        uint256 paymentId = c.paymentId;
        if (pool.payment(paymentId).remaining != 0) return false;
        if (c.commission != 0) {
            for (uint256 i = 1; i <= WITNESSES; ++i) {
                if (pool.payment(paymentId + i).remaining != 0) return false;
            }
        }
        return true;
    }

    /// @dev Credits all members through the pool, which pulls the tokens from here.
    function _creditMembers(uint256 amount, bytes32 reason, uint256 claimId) internal {
        token.forceApprove(address(pool), amount);
        pool.creditMembers(amount, reason, claimId);
    }

    function _param(ClaimParameter which) internal view returns (uint256) {
        return parameters.parameter(which);
    }
}
