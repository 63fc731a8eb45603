// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../../src/interfaces/IClaimsManager.sol";
import {Claim, ClaimState, ReviewReason, WitnessSlot, SlotStatus} from "../../../src/types/ClaimTypes.sol";

contract ClaimsReviewTest is ClaimsFixture {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _file(claimant, 100 * unit);
    }

    function test_review_approveRequestsRandomnessAndFixesTerms() public {
        vm.expectEmit(address(manager));
        emit IClaimsManager.ClaimReviewed(
            id, true, 80 * unit, ReviewReason.None, _nullifier(claimant), 50 * unit, 5000 * unit
        );
        vm.prank(operator);
        manager.review(id, true, 80 * unit, ReviewReason.None, _nullifier(claimant));
        Claim memory c = manager.claim(id);
        assertEq(uint8(c.state), uint8(ClaimState.Reviewed));
        assertEq(c.approvedAmount, 80 * unit);
        assertEq(c.commission, 50 * unit);
        assertEq(c.stakeLock, 5000 * unit);
        assertEq(c.nullifier, _nullifier(claimant));
        assertEq(c.randomnessRequest, rng.lastRequestId());
        assertEq(c.deadline, block.timestamp + 3 days);
    }

    function test_review_rejectWithReasonFreesTheMember() public {
        vm.prank(operator);
        manager.review(id, false, 0, ReviewReason.NotCoveredIllness, bytes32(0));
        Claim memory c = manager.claim(id);
        assertEq(uint8(c.state), uint8(ClaimState.Rejected));
        assertEq(uint8(c.reason), uint8(ReviewReason.NotCoveredIllness));
        assertEq(manager.openClaimOf(claimant), 0);
        // The document stays used: a rejected document cannot simply be filed again.
        assertEq(manager.documentClaim(_doc(claimant)), id);
    }

    function test_review_rejectionNeedsAnOperatorReason() public {
        vm.startPrank(operator);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsInvalidReason.selector, ReviewReason.None));
        manager.review(id, false, 0, ReviewReason.None, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsInvalidReason.selector, ReviewReason.ReviewTimedOut)
        );
        manager.review(id, false, 0, ReviewReason.ReviewTimedOut, bytes32(0));
        vm.stopPrank();
    }

    function test_review_approvalRefusesAReason() public {
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsInvalidReason.selector, ReviewReason.Other));
        manager.review(id, true, 100 * unit, ReviewReason.Other, _nullifier(claimant));
    }

    function test_review_approvalNeedsANullifier() public {
        vm.prank(operator);
        vm.expectRevert(IClaimsManager.ClaimsZeroNullifier.selector);
        manager.review(id, true, 100 * unit, ReviewReason.None, bytes32(0));
    }

    function test_review_amountMustBePositiveAndAtMostRequested() public {
        vm.startPrank(operator);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsAmountOutOfRange.selector, 0, 100 * unit));
        manager.review(id, true, 0, ReviewReason.None, _nullifier(claimant));
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsAmountOutOfRange.selector, 100 * unit + 1, 100 * unit)
        );
        manager.review(id, true, 100 * unit + 1, ReviewReason.None, _nullifier(claimant));
        vm.stopPrank();
    }

    function test_review_revertsAfterTheDeadline() public {
        vm.warp(block.timestamp + 7 days + 1);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDeadlinePassed.selector, id, block.timestamp - 1));
        manager.review(id, true, 100 * unit, ReviewReason.None, _nullifier(claimant));
    }

    function test_review_revertsInAnotherState() public {
        _review(id);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Reviewed));
        manager.review(id, true, 100 * unit, ReviewReason.None, _nullifier(claimant));
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, 99, ClaimState.None));
        manager.review(99, true, 100 * unit, ReviewReason.None, _nullifier(claimant));
    }

    function test_review_paidNullifierRejectsAsDuplicatePerson() public {
        // The same person (same nullifier) was paid through claimant's first claim ...
        _review(id);
        _draw(id);
        _acceptAll(id);
        _attestAll(id);
        vm.warp(block.timestamp + 7 days + 1);
        manager.approveClaim(id);
        assertEq(manager.nullifierPaidBy(_nullifier(claimant)), id);
        // ... and now claims again from another address.
        address second = members[1];
        uint256 id2 = _file(second, 100 * unit);
        vm.prank(operator);
        manager.review(id2, true, 100 * unit, ReviewReason.None, _nullifier(claimant));
        Claim memory c = manager.claim(id2);
        assertEq(uint8(c.state), uint8(ClaimState.Rejected));
        assertEq(uint8(c.reason), uint8(ReviewReason.DuplicatePerson));
    }

    function test_expireClaim_rejectsAnUnreviewedClaimAfterTheDeadline() public {
        vm.warp(block.timestamp + 7 days);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDeadlineNotReached.selector, id, block.timestamp));
        manager.expireClaim(id);
        vm.warp(block.timestamp + 1);
        vm.prank(outsider);
        manager.expireClaim(id);
        assertEq(uint8(manager.claim(id).reason), uint8(ReviewReason.ReviewTimedOut));
        // Not the member's fault: the member may file again with the same document.
        assertEq(manager.openClaimOf(claimant), 0);
        assertEq(manager.documentClaim(_doc(claimant)), 0);
        uint256 again = _file(claimant, 100 * unit);
        assertEq(again, id + 1);
    }

    function test_expireClaim_revertsOnTerminalOrUnknownClaims() public {
        vm.prank(operator);
        manager.review(id, false, 0, ReviewReason.Other, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Rejected));
        manager.expireClaim(id);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, 42, ClaimState.None));
        manager.expireClaim(42);
    }

    function test_expireClaim_reviewedWithoutADrawBeforeTheDrawDeadline() public {
        _review(id);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsDeadlineNotReached.selector, id, block.timestamp + 3 days)
        );
        manager.expireClaim(id);
        vm.warp(block.timestamp + 3 days + 1);
        manager.expireClaim(id);
        assertEq(uint8(manager.claim(id).reason), uint8(ReviewReason.WitnessesUnavailable));
        assertEq(manager.claim(id).randomnessRequest, 0);
    }

    function test_drawWitnesses_revertsBeforeReviewAndWhenFull() public {
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Filed));
        manager.drawWitnesses(id);
        _review(id);
        _draw(id);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.WitnessesDrawn));
        manager.drawWitnesses(id);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 i; i < 3; ++i) {
            assertEq(uint8(slots[i].status), uint8(SlotStatus.Drawn));
        }
    }
}
