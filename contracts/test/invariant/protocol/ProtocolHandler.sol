// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {StablecoinKind, StablecoinLib} from "../../doubles/Stablecoins.sol";
import {MutualPool} from "../../../src/MutualPool.sol";
import {WitnessRegistry} from "../../../src/WitnessRegistry.sol";
import {PrevrandaoSource} from "../../../src/randomness/PrevrandaoSource.sol";
import {ClaimsManager} from "../../../src/ClaimsManager.sol";
import {FraudReports} from "../../../src/FraudReports.sol";
import {Claim, ClaimState, ReviewReason, WitnessSlot, SlotStatus} from "../../../src/types/ClaimTypes.sol";
import {HeaderRlp} from "../../utils/HeaderRlp.sol";

/// @notice Drives the REAL contracts of ProtocolFixture through random lives: joins, filings with notary
///         signatures, reviews, randomness (both `fulfill` paths), draws, acceptances, attestations (some
///         rejecting), no-show replacements, reports and their resolution or expiry, approvals, settlements,
///         `markPaid`, stake releases, expiries and time. Every action is one a real actor could take; an action
///         whose preconditions do not hold is simply skipped (or reverts inside `try`), so the run explores states.
///         Ghosts: approvals per claim and per nullifier (one person, one payout).
contract ProtocolHandler is Test {
    IERC20 internal immutable usd;
    MutualPool internal immutable pool;
    WitnessRegistry internal immutable registry;
    PrevrandaoSource internal immutable source;
    ClaimsManager internal immutable manager;
    FraudReports internal immutable reports;
    address internal immutable operator;
    address internal immutable notary;
    uint256 internal immutable notaryKey;
    /// @dev One whole token of the run's stablecoin.
    uint256 internal immutable UNIT;
    StablecoinKind internal immutable kind;
    /// @notice Whether the run paused the token (USDC and USDT doubles only).
    bool public paused;

    address[] public members;
    uint256[] public claimIds;
    uint256[] public reportIds;
    uint256 internal _docNonce;

    /// @notice How many times `approveClaim` queued each claim (must stay ≤ 1).
    mapping(uint256 claimId => uint256 count) public approvals;
    /// @notice How many claims of each person (nullifier) were queued for payment (must stay ≤ 1).
    mapping(bytes32 nullifier => uint256 count) public nullifierApprovals;
    /// @notice Calls made per action, for the run's summary.
    mapping(bytes32 action => uint256 count) public calls;

    constructor(
        IERC20 usd_,
        StablecoinKind kind_,
        uint256 unit_,
        MutualPool pool_,
        WitnessRegistry registry_,
        PrevrandaoSource source_,
        ClaimsManager manager_,
        FraudReports reports_,
        address operator_,
        uint256 notaryKey_,
        address[] memory members_
    ) {
        usd = usd_;
        kind = kind_;
        UNIT = unit_;
        pool = pool_;
        registry = registry_;
        source = source_;
        manager = manager_;
        reports = reports_;
        operator = operator_;
        notaryKey = notaryKey_;
        notary = vm.addr(notaryKey_);
        members = members_;
    }

    function claimCount() external view returns (uint256) {
        return claimIds.length;
    }

    // ───────────────────────────── members ─────────────────────────────

    function join(uint256 deposit) external {
        deposit = bound(deposit, 20 * UNIT, 2000 * UNIT);
        address who = makeAddr(string.concat("joiner", vm.toString(members.length)));
        if (paused) return; // no new money while the token cannot move
        StablecoinLib.mint(kind, address(usd), who, deposit);
        StablecoinLib.approveAs(kind, address(usd), who, address(pool), deposit);
        vm.startPrank(who);
        try pool.join(keccak256(abi.encode("identity", who)), deposit, 0) {
            members.push(who);
            ++calls["join"];
        } catch {}
        vm.stopPrank();
    }

    function file(uint256 memberSeed, uint256 amount, bool otherRegion) external {
        address who = members[memberSeed % members.length];
        if (manager.openClaimOf(who) != 0) return;
        uint256 diagnosedAt = block.timestamp - 1;
        bytes32 doc = keccak256(abi.encode("document", who, ++_docNonce));
        uint256 region = otherRegion ? 21 : 310;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(notaryKey, manager.diagnosisDigest(who, doc, diagnosedAt, region));
        amount = bound(amount, UNIT, 400 * UNIT);
        vm.prank(who);
        try manager.fileClaim(doc, diagnosedAt, amount, region, notary, abi.encodePacked(r, s, v)) returns (
            uint256 id
        ) {
            claimIds.push(id);
            ++calls["file"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    // ───────────────────────────── operator ─────────────────────────────

    function review(uint256 claimSeed, uint256 decision) external {
        (uint256 id, Claim memory c) = _pick(claimSeed);
        if (c.state != ClaimState.Filed) return;
        bool approve = decision % 5 != 0;
        vm.prank(operator);
        try manager.review(
            id,
            approve,
            approve ? c.requestedAmount : 0,
            approve ? ReviewReason.None : ReviewReason.DocumentsInvalid,
            keccak256(abi.encode("hmac", c.claimant))
        ) {
            ++calls["review"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    function resolve(uint256 reportSeed, bool confirm) external {
        if (reportIds.length == 0) return;
        vm.prank(operator);
        try reports.resolveReport(reportIds[reportSeed % reportIds.length], confirm) {
            ++calls[confirm ? bytes32("confirm") : bytes32("dismiss")];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    // ───────────────────────────── randomness and draws ─────────────────────────────

    /// @dev Records the pending request's value if it can still be recorded (target-block or header path), then
    ///      draws. An expired request makes the draw re-request.
    function draw(uint256 claimSeed, bytes32 mix) external {
        (uint256 id, Claim memory c) = _pick(claimSeed);
        uint256 requestId = c.randomnessRequest;
        if (requestId != 0) {
            (bool ready,,) = source.randomness(requestId);
            uint256 target = source.targetBlock(requestId);
            if (!ready && block.number <= target) {
                vm.roll(target);
                vm.prevrandao(mix);
                source.fulfill(requestId, "");
                ++calls["fulfil"];
            } else if (!ready && block.number - target <= 256) {
                bytes memory header = HeaderRlp.header(target, mix, "handler");
                vm.setBlockhash(target, keccak256(header));
                source.fulfill(requestId, header);
                ++calls["fulfil"];
            }
        }
        try manager.drawWitnesses(id) {
            ++calls["draw"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    function accept(uint256 claimSeed) external {
        (uint256 id,) = _pick(claimSeed);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 i; i < 3; ++i) {
            if (slots[i].status != SlotStatus.Drawn) continue;
            vm.prank(slots[i].witness);
            try manager.acceptWitness(id, i) {
                ++calls["accept"];
            } catch (bytes memory err) {
                _decisionFailed(err);
            }
        }
    }

    /// @dev Every accepted witness attests; one in ten verdicts rejects (the claim goes to arbitration).
    function attest(uint256 claimSeed, uint256 verdict) external {
        (uint256 id,) = _pick(claimSeed);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 i; i < 3; ++i) {
            if (slots[i].status != SlotStatus.Accepted) continue;
            vm.prank(slots[i].witness);
            try manager.attest(id, i, keccak256(abi.encode("visit", id, i)), (verdict >> i) % 10 != 0) {
                ++calls["attest"];
            } catch (bytes memory err) {
                _decisionFailed(err);
            }
        }
    }

    function arbitrate(uint256 claimSeed, bool uphold) external {
        (uint256 id,) = _pick(claimSeed);
        vm.prank(operator);
        try manager.arbitrate(id, uphold) {
            ++calls["arbitrate"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    function decline(uint256 claimSeed, uint256 slot) external {
        (uint256 id,) = _pick(claimSeed);
        slot %= 3;
        vm.prank(manager.witnessSlots(id)[slot].witness);
        try manager.declineWitness(id, slot) {
            ++calls["decline"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    function replaceNoShow(uint256 claimSeed, uint256 slot) external {
        (uint256 id,) = _pick(claimSeed);
        try manager.replaceWitness(id, slot % 3) {
            ++calls["replace"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    // ───────────────────────────── reports ─────────────────────────────

    function report(uint256 claimSeed) external {
        (uint256 id,) = _pick(claimSeed);
        address supervisor = makeAddr(string.concat("supervisor", vm.toString(reportIds.length)));
        if (paused) return; // a bond cannot be posted while the token cannot move
        StablecoinLib.mint(kind, address(usd), supervisor, 100 * UNIT);
        StablecoinLib.approveAs(kind, address(usd), supervisor, address(reports), 100 * UNIT);
        vm.startPrank(supervisor);
        bytes32 evidence = keccak256(abi.encode("evidence", id));
        try reports.reportFraud(id, reports.reportCommitment(supervisor, id, evidence, evidence)) returns (
            uint256 reportId
        ) {
            reports.revealEvidence(reportId, evidence, evidence);
            reportIds.push(reportId);
            ++calls["report"];
        } catch {}
        vm.stopPrank();
    }

    function expireReport(uint256 reportSeed) external {
        if (reportIds.length == 0) return;
        try reports.expireReport(reportIds[reportSeed % reportIds.length]) {
            ++calls["expireReport"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    // ───────────────────────────── anyone ─────────────────────────────

    function approve(uint256 claimSeed) external {
        (uint256 id, Claim memory c) = _pick(claimSeed);
        try manager.approveClaim(id) {
            if (manager.claim(id).state == ClaimState.Approved) {
                ++approvals[id];
                ++nullifierApprovals[c.nullifier];
            }
            ++calls["approve"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    function settle() external {
        uint256 next = pool.nextEpochToSettle();
        if (block.timestamp < pool.genesis() + (next + 1) * pool.epochLength()) return;
        while (pool.lapsesPending()) pool.processLapses(50);
        pool.settleEpoch();
        ++calls["settle"];
    }

    function markPaid(uint256 claimSeed) external {
        (uint256 id,) = _pick(claimSeed);
        try manager.markPaid(id) {
            ++calls["markPaid"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    function release(uint256 claimSeed) external {
        (uint256 id,) = _pick(claimSeed);
        try manager.releaseStakes(id) {
            ++calls["release"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    function expire(uint256 claimSeed) external {
        (uint256 id,) = _pick(claimSeed);
        try manager.expireClaim(id) {
            ++calls["expire"];
        } catch (bytes memory err) {
            _decisionFailed(err);
        }
    }

    /// @dev Moves one claim a step along its main line (review, draw + accept + attest, approval after the
    ///      announcement, settlement + markPaid), so that runs reach payouts and post-payout reports.
    function advance(uint256 claimSeed, bytes32 mix) external {
        (uint256 id, Claim memory c) = _pick(claimSeed);
        if (id == 0) return;
        ClaimState state = c.state;
        if (state == ClaimState.Filed) {
            this.review(claimSeed, 1);
        } else if (state == ClaimState.Reviewed || state == ClaimState.WitnessesDrawn) {
            this.draw(claimSeed, mix);
            this.accept(claimSeed);
            this.attest(claimSeed, 0x111); // every verdict approves
        } else if (state == ClaimState.Announced) {
            if (block.timestamp <= c.deadline) _move(c.deadline + 1 - block.timestamp);
            this.approve(claimSeed);
        } else if (state == ClaimState.Approved) {
            uint256 due = pool.genesis() + (pool.currentEpoch() + 1) * pool.epochLength();
            _move(due - block.timestamp);
            while (block.timestamp >= pool.genesis() + (pool.nextEpochToSettle() + 1) * pool.epochLength()) {
                this.settle();
            }
            this.markPaid(claimSeed);
        }
    }

    // ───────────────────────────── the token ─────────────────────────────

    /// @notice Decisions that failed because the token could not move (they must never wait for it).
    uint256 public violationDecisionWaitedForToken;

    /// @dev A decision's revert while the token is paused must be the protocol's own refusal (a custom error of the
    ///      state machine), never the token's: USDC's "Pausable: paused", or USDT's bare `require` (no data).
    function _decisionFailed(bytes memory err) internal {
        if (!paused) return;
        if (
            err.length == 0 || keccak256(err) == keccak256(abi.encodeWithSignature("Error(string)", "Pausable: paused"))
        ) {
            ++violationDecisionWaitedForToken;
        }
    }

    /// @dev Pauses or unpauses the token (a no-op on tokens without a pause): every decision must go on while it is
    ///      paused, with the money owed and conserved in between.
    function togglePause() external {
        if (!StablecoinLib.supportsPause(kind)) return;
        if (paused) StablecoinLib.unpause(kind, address(usd));
        else StablecoinLib.pause(kind, address(usd));
        paused = !paused;
        ++calls[paused ? bytes32("pause") : bytes32("unpause")];
    }

    /// @dev Moves money that waited for the token: slashed stake the registry owes, deferred member credits,
    ///      deferred payouts and refunds (each to its own payee).
    function flush(uint256 seed) external {
        try registry.payOwed(address(manager)) {} catch {}
        try registry.payOwed(address(reports)) {} catch {}
        if (claimIds.length != 0) {
            uint256 id = claimIds[seed % claimIds.length];
            if (manager.pendingCredit(id) != 0) {
                try manager.creditPending(id) {
                    ++calls["creditPending"];
                } catch {}
            }
            address claimant_ = manager.claim(id).claimant;
            if (pool.unclaimedPayoutOf(claimant_) != 0) {
                try pool.releasePayout(claimant_) {
                    ++calls["releasePayout"];
                } catch {}
            }
        }
        if (reportIds.length != 0) {
            uint256 rid = reportIds[seed % reportIds.length];
            if (reports.pendingCredit(rid) != 0) {
                try reports.creditPending(rid) {
                    ++calls["reportCreditPending"];
                } catch {}
            }
            address reporter_ = reports.report(rid).reporter;
            if (reports.unclaimedRefundOf(reporter_) != 0) {
                try reports.releaseRefund(reporter_) {
                    ++calls["releaseRefund"];
                } catch {}
            }
        }
    }

    function _move(uint256 seconds_) internal {
        vm.warp(block.timestamp + seconds_);
        vm.roll(block.number + seconds_ / 12 + 1);
    }

    function warp(uint256 seconds_) external {
        seconds_ = bound(seconds_, 1 hours, 3 days);
        vm.warp(block.timestamp + seconds_);
        vm.roll(block.number + seconds_ / 12 + 1);
        ++calls["warp"];
    }

    function _pick(uint256 seed) internal view returns (uint256 id, Claim memory c) {
        if (claimIds.length == 0) return (0, c);
        id = claimIds[seed % claimIds.length];
        c = manager.claim(id);
    }
}
