// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../../src/interfaces/IClaimsManager.sol";
import {Payment} from "../../../src/types/PoolTypes.sol";
import {Claim, ClaimState, ReviewReason, WitnessSlot} from "../../../src/types/ClaimTypes.sol";

contract ClaimsPayoutTest is ClaimsFixture {
    function test_approveClaim_revertsDuringTheAnnouncement() public {
        uint256 id = _announced(claimant, 100 * unit);
        uint256 ends = manager.claim(id).deadline;
        vm.warp(ends);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDeadlineNotReached.selector, id, ends));
        manager.approveClaim(id);
    }

    function test_approveClaim_queuesThePayoutAndThreeCommissions() public {
        uint256 id = _announced(claimant, 100 * unit);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        vm.warp(block.timestamp + 7 days + 1);
        address[3] memory ws = [slots[0].witness, slots[1].witness, slots[2].witness];
        vm.expectEmit(address(manager));
        emit IClaimsManager.ClaimApproved(id, claimant, 100 * unit, 0, ws, 50 * unit, _nullifier(claimant));
        vm.prank(outsider);
        manager.approveClaim(id);
        Claim memory c = manager.claim(id);
        assertEq(uint8(c.state), uint8(ClaimState.Approved));
        Payment memory p = pool.payment(c.paymentId);
        assertEq(p.recipient, claimant);
        assertEq(p.remaining, 100 * unit);
        assertEq(p.claimId, id);
        for (uint256 i; i < 3; ++i) {
            Payment memory commission = pool.payment(c.paymentId + 1 + i);
            assertEq(commission.recipient, ws[i]);
            assertEq(commission.remaining, 50 * unit);
        }
        assertEq(pool.queuedPayments(), 250 * unit);
        assertEq(manager.nullifierPaidBy(_nullifier(claimant)), id);
        assertFalse(manager.isFullyPaid(id));
    }

    function test_approveClaim_revertsOutsideAnnouncement() public {
        uint256 id = _file(claimant, 100 * unit);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Filed));
        manager.approveClaim(id);
    }

    function test_approveClaim_samePersonThroughTwoAddressesIsPaidOnce() public {
        uint256 first = _announced(claimant, 100 * unit);
        // The same patient (same keyed nullifier) files from another member address while the first is open.
        address second = members[1];
        uint256 id2 = _file(second, 100 * unit);
        vm.prank(operator);
        manager.review(id2, true, 100 * unit, ReviewReason.None, _nullifier(claimant));
        _draw(id2);
        _acceptAll(id2);
        _attestAll(id2);
        vm.warp(block.timestamp + 7 days + 1);
        manager.approveClaim(first);
        manager.approveClaim(id2);
        assertEq(uint8(_state(id2)), uint8(ClaimState.Rejected));
        assertEq(uint8(manager.claim(id2).reason), uint8(ReviewReason.DuplicatePerson));
        assertEq(manager.nullifierPaidBy(_nullifier(claimant)), first);
        assertEq(pool.queuedPayments(), 250 * unit, "only the first is queued");
    }

    function test_markPaid_afterSettlementStartsTheReportWindow() public {
        uint256 id = _approved(claimant, 100 * unit);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotFullyPaid.selector, id));
        manager.markPaid(id);
        uint256 before = usd.balanceOf(claimant);
        _settle();
        assertTrue(manager.isFullyPaid(id));
        assertEq(usd.balanceOf(claimant), before + 100 * unit);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 i; i < 3; ++i) {
            assertEq(usd.balanceOf(slots[i].witness), 50 * unit, "commission pushed at settlement");
        }
        vm.expectEmit(address(manager));
        emit IClaimsManager.ClaimPaid(id, block.timestamp + 180 days);
        manager.markPaid(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Paid));
        assertEq(manager.openClaimOf(claimant), 0);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Paid));
        manager.markPaid(id);
        _assertMoney();
    }

    function test_markPaid_waitsForEveryInstalment() public {
        // 30 members × minimum 10 = 300 per settlement; 1 000 + 150 of commissions need four settlements.
        uint256 id = _approved(claimant, 1000 * unit);
        for (uint256 k; k < 3; ++k) {
            _settle();
            assertFalse(manager.isFullyPaid(id));
            vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotFullyPaid.selector, id));
            manager.markPaid(id);
        }
        _settle();
        assertTrue(manager.isFullyPaid(id));
        manager.markPaid(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Paid));
    }

    function test_releaseStakes_afterTheReportWindow() public {
        uint256 id = _paid(claimant, 100 * unit);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        (, uint256 locked,,,) = registry.witnessInfo(slots[0].witness);
        assertEq(locked, 5000 * unit, "locked through the report window");
        uint256 ends = manager.claim(id).deadline;
        vm.warp(ends);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDeadlineNotReached.selector, id, ends));
        manager.releaseStakes(id);
        vm.warp(ends + 1);
        manager.releaseStakes(id);
        for (uint256 i; i < 3; ++i) {
            (, locked,,,) = registry.witnessInfo(slots[i].witness);
            assertEq(locked, 0);
        }
        assertTrue(manager.claim(id).stakesSettled);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Paid));
        manager.releaseStakes(id);
    }

    function test_happyPath_membersShareTheCostEqually() public {
        uint256 before = pool.balanceOf(members[5]);
        _paid(claimant, 150 * unit);
        // 150 + 3 × 50 = 300 among 30 members: 10 each.
        assertEq(pool.balanceOf(members[5]), before - 10 * unit);
        _assertMoney();
    }
}
