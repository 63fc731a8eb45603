// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ClaimsFixture} from "../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../src/interfaces/IClaimsManager.sol";
import {MemberView} from "../../src/types/PoolTypes.sol";
import {Claim, ClaimState, ReviewReason, WitnessSlot, SlotStatus} from "../../src/types/ClaimTypes.sol";

/// @notice Whole lives of claims across the pool, the claims manager, the reports module and the witness
///         registry, checking every balance at each step.
contract ClaimLifecycleTest is ClaimsFixture {
    function test_lifecycle_happyPathFromFilingToReleasedStakes() public {
        uint256 memberBefore = pool.balanceOf(members[9]);
        uint256 claimantTokens = usd.balanceOf(claimant);

        uint256 id = _file(claimant, 150 * unit);
        assertEq(uint8(_state(id)), uint8(ClaimState.Filed));
        _review(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Reviewed));
        _draw(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.WitnessesDrawn));
        assertEq(registry.totalLocked(), 3 * 5000 * unit);
        _acceptAll(id);
        _attestAll(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
        _assertMoney();

        vm.warp(block.timestamp + 7 days + 1);
        manager.approveClaim(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Approved));
        _settle();
        manager.markPaid(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Paid));
        _assertMoney();

        // 150 + 3 × 50 commissions = 300 among 30 members: 10 each.
        assertEq(usd.balanceOf(claimant), claimantTokens + 150 * unit);
        assertEq(pool.balanceOf(members[9]), memberBefore - 10 * unit);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 i; i < 3; ++i) {
            assertEq(usd.balanceOf(slots[i].witness), 50 * unit);
            assertEq(uint8(slots[i].status), uint8(SlotStatus.Approved));
        }

        vm.warp(block.timestamp + 180 days + 1);
        manager.releaseStakes(id);
        assertEq(registry.totalLocked(), 0);
        // The member may claim again later (one open claim at a time) — but the same person is paid once.
        assertEq(manager.openClaimOf(claimant), 0);
        _assertMoney();
    }

    function test_lifecycle_noShowRedrawThenFraudReportedAfterPayout() public {
        uint256 id = _file(claimant, 150 * unit);
        _review(id);
        _draw(id);
        // Slot 0 never answers; it is replaced after the accept deadline and a new witness drawn.
        WitnessSlot memory noShow = _slot(id, 0);
        for (uint256 i = 1; i < 3; ++i) {
            WitnessSlot memory s = _slot(id, i);
            vm.prank(s.witness);
            manager.acceptWitness(id, i);
        }
        vm.warp(block.timestamp + 3 days + 1);
        manager.replaceWitness(id, 0);
        (uint256 stakeLeft,,,,) = registry.witnessInfo(noShow.witness);
        assertEq(stakeLeft, 5000 * unit - 250 * unit, "5 % no-show slice");
        _draw(id);
        _acceptAll(id);
        _attestAll(id);
        vm.warp(block.timestamp + 7 days + 1);
        manager.approveClaim(id);
        _settle();
        manager.markPaid(id);
        _assertMoney();

        // A supervisor from a fresh address reports within the fraud-report window; the operator confirms.
        uint256 rid = _report(id);
        uint256 fundsBefore = pool.memberFunds() + pool.reserve();
        vm.prank(operator);
        reports.resolveReport(rid, true);
        assertEq(uint8(_state(id)), uint8(ClaimState.FraudConfirmed));
        assertEq(uint8(pool.statusOf(claimant)), uint8(MemberView.ExitRequested));
        // Reward: 10 % of 150 = 15 units; the rest of 3 × 5 000 credited to members.
        assertEq(usd.balanceOf(reporter), 100 * unit + 15 * unit);
        assertEq(pool.memberFunds() + pool.reserve(), fundsBefore + 15_000 * unit - 15 * unit);
        assertEq(registry.totalLocked(), 0);
        _assertMoney();
    }

    function test_lifecycle_witnessRejectionOverruledThenAnnounced() public {
        uint256 id = _file(claimant, 100 * unit);
        _review(id);
        _draw(id);
        _acceptAll(id);
        WitnessSlot memory rejecter = _slot(id, 1);
        vm.prank(rejecter.witness);
        manager.attest(id, 1, keccak256("looked fine to me? no"), false);
        assertEq(uint8(_state(id)), uint8(ClaimState.UnderArbitration));
        vm.prank(operator);
        manager.arbitrate(id, false);
        _attestAll(id); // slots 0 and 2
        _draw(id);
        _acceptAll(id);
        _attestAll(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
        Claim memory c = manager.claim(id);
        assertEq(uint8(c.reason), uint8(ReviewReason.None));
        _assertMoney();
    }
}
