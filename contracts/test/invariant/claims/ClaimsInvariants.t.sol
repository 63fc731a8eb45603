// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {console} from "forge-std/console.sol";
import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {ClaimsHandler} from "./ClaimsHandler.sol";
import {Payment} from "../../../src/types/PoolTypes.sol";
import {
    Claim, ClaimState, WitnessSlot, SlotStatus, FraudReport, ReportOutcome
} from "../../../src/types/ClaimTypes.sol";

/// @notice Handler-driven invariants of the claim lifecycle on the real MutualPool with the mock registry and
///         randomness source. After every call: money is conserved in every contract; no claim and no
///         nullifier is approved (queued for payment) twice; locked stake covers every slash still possible;
///         a claim only ever moves along the documented machine; and every claim not yet final can be moved
///         on by a permissionless call once its deadline has passed.
contract ClaimsInvariantsTest is ClaimsFixture {
    ClaimsHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new ClaimsHandler(
            ClaimsHandler.Deps({
                pool: pool,
                manager: manager,
                reports: reports,
                params: params,
                registry: registry,
                rng: rng,
                usd: usd,
                timelock: timelock,
                operator: operator,
                notaryKey: notaryKey,
                notary: notary
            }),
            members,
            unit
        );
        // The handler plays the timelock for run-off only (both calls check the role and the delay).
        targetContract(address(handler));
    }

    /// forge-config: default.invariant.runs = 12
    /// forge-config: default.invariant.depth = 256
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_moneyIsConserved() public view {
        _assertMoney();
    }

    /// forge-config: default.invariant.runs = 12
    /// forge-config: default.invariant.depth = 256
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_noClaimIsPaidTwice() public view {
        uint256 n = manager.claimCount();
        for (uint256 id = 1; id <= n; ++id) {
            assertLe(handler.ghostApprovals(id), 1, "claim approved twice");
            Claim memory c = manager.claim(id);
            if (handler.ghostApprovals(id) == 1) {
                Payment memory p = pool.payment(c.paymentId);
                assertEq(p.claimId, id, "payout belongs to the claim");
                assertEq(p.recipient, c.claimant, "payout goes to the claimant");
            }
        }
    }

    /// forge-config: default.invariant.runs = 12
    /// forge-config: default.invariant.depth = 256
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_noNullifierIsPaidTwice() public view {
        uint256 k = handler.nullifierCount();
        for (uint256 i; i < k; ++i) {
            bytes32 nullifier = handler.nullifiersSeen(i);
            assertLe(handler.ghostNullifierApprovals(nullifier), 1, "nullifier paid twice");
            uint256 by = manager.nullifierPaidBy(nullifier);
            assertEq(manager.claim(by).nullifier, nullifier, "nullifier record points at its claim");
        }
    }

    /// forge-config: default.invariant.runs = 12
    /// forge-config: default.invariant.depth = 256
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_lockedStakeCoversPendingSlashes() public view {
        uint256 n = manager.claimCount();
        uint256 sumLocks;
        for (uint256 id = 1; id <= n; ++id) {
            Claim memory c = manager.claim(id);
            WitnessSlot[3] memory slots = manager.witnessSlots(id);
            bool live = !c.stakesSettled && c.state != ClaimState.Rejected && c.state != ClaimState.FraudConfirmed;
            address[] memory drawnEver = manager.drawExclusions(id);
            for (uint256 j = 1; j < drawnEver.length; ++j) {
                uint256 locked = registry.lockedFor(drawnEver[j], id);
                bool holdsSlot;
                for (uint256 s; s < 3; ++s) {
                    if (slots[s].status != SlotStatus.Empty && slots[s].witness == drawnEver[j]) holdsSlot = true;
                }
                if (live && holdsSlot) {
                    // The largest slash still possible is the whole lock (confirmed fraud); a no-show slice is less.
                    assertGe(locked, c.stakeLock, "lock covers the pending slash");
                } else {
                    assertEq(locked, 0, "nothing stays locked for a released or former witness");
                }
                sumLocks += locked;
            }
        }
        assertEq(sumLocks, registry.totalLocked(), "every lock belongs to a claim slot");
    }

    /// forge-config: default.invariant.runs = 12
    /// forge-config: default.invariant.depth = 256
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_claimsMoveOnlyAlongTheMachine() public view {
        assertEq(handler.illegalTransitions(), 0, handler.lastIllegal());
        uint256 n = manager.claimCount();
        for (uint256 id = 1; id <= n; ++id) {
            Claim memory c = manager.claim(id);
            assertTrue(c.state != ClaimState.Attested && c.state != ClaimState.None, "never rests in Attested");
            bool open = c.state != ClaimState.Rejected && c.state != ClaimState.FraudConfirmed
                && c.state != ClaimState.Paid
                && !(c.state == ClaimState.UnderInvestigation && c.resumeState == ClaimState.Paid);
            if (open) assertEq(manager.openClaimOf(c.claimant), id, "an open claim is the member's open claim");
            else assertTrue(manager.openClaimOf(c.claimant) != id, "a closed claim is not open");
            assertEq(c.state == ClaimState.UnderInvestigation, c.openReports != 0, "reports iff investigation");
            if (c.state == ClaimState.UnderInvestigation) assertEq(c.openReports, _openReportsOf(id), "open reports");
        }
    }

    /// @dev Liveness: past every deadline, a permissionless call moves each non-final claim on.
    /// forge-config: default.invariant.runs = 10
    /// forge-config: default.invariant.depth = 160
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_everyClaimCanMoveOn() public {
        uint256 n = manager.claimCount();
        if (n == 0) return;
        uint256 snapshot = vm.snapshotState();
        vm.warp(block.timestamp + 200 days);
        vm.roll(block.number + 300);
        // Settle every epoch that has ended, so approved claims get paid.
        for (uint256 k; k < 40 && pool.nextEpochToSettle() < pool.currentEpoch(); ++k) {
            while (pool.lapsesPending()) pool.processLapses(50);
            pool.settleEpoch();
        }
        for (uint256 id = 1; id <= n; ++id) {
            Claim memory c = manager.claim(id);
            if (_final(c)) continue;
            bytes32 before = _fingerprint(id);
            _moveOn(id, c);
            assertTrue(_fingerprint(id) != before, string.concat("claim stuck: ", vm.toString(id)));
        }
        vm.revertToState(snapshot);
    }

    /// @dev Shows which states the random runs reached (run with -vv).
    function afterInvariant() external view {
        string memory line = string.concat(
            "claims ",
            vm.toString(manager.claimCount()),
            ", files ",
            vm.toString(handler.calls("file")),
            "; states reached:"
        );
        for (uint256 i = 1; i <= uint256(ClaimState.FraudConfirmed); ++i) {
            line = string.concat(line, " ", vm.toString(i), "=", vm.toString(handler.reached(ClaimState(i))));
        }
        console.log(line);
    }

    function _final(Claim memory c) internal pure returns (bool) {
        return c.state == ClaimState.Rejected || c.state == ClaimState.FraudConfirmed
            || (c.state == ClaimState.Paid && c.stakesSettled);
    }

    function _fingerprint(uint256 id) internal view returns (bytes32) {
        Claim memory c = manager.claim(id);
        WitnessSlot[3] memory s = manager.witnessSlots(id);
        return
            keccak256(abi.encode(c.state, c.stakesSettled, c.randomnessRequest, s[0].status, s[1].status, s[2].status));
    }

    function _moveOn(uint256 id, Claim memory c) internal {
        ClaimState st = c.state;
        if (st == ClaimState.Announced) {
            manager.approveClaim(id);
        } else if (st == ClaimState.Approved) {
            manager.markPaid(id);
        } else if (st == ClaimState.Paid) {
            manager.releaseStakes(id);
        } else if (st == ClaimState.UnderInvestigation) {
            for (uint256 r = 1; r <= reports.reportCount(); ++r) {
                FraudReport memory fr = reports.report(r);
                if (fr.claimId == id && fr.outcome == ReportOutcome.Open) reports.expireReport(r);
            }
        } else if (st == ClaimState.WitnessesDrawn) {
            WitnessSlot[3] memory slots = manager.witnessSlots(id);
            for (uint256 i; i < 3; ++i) {
                if (slots[i].status == SlotStatus.Drawn || slots[i].status == SlotStatus.Accepted) {
                    manager.replaceWitness(id, i);
                    return;
                }
            }
            manager.expireClaim(id);
        } else {
            manager.expireClaim(id); // Filed, Reviewed, UnderArbitration
        }
    }

    function _openReportsOf(uint256 id) internal view returns (uint256 open) {
        for (uint256 r = 1; r <= reports.reportCount(); ++r) {
            FraudReport memory fr = reports.report(r);
            if (fr.claimId == id && fr.outcome == ReportOutcome.Open) ++open;
        }
    }
}
