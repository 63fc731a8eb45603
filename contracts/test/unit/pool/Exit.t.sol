// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {PoolUnitBase} from "./PoolUnitBase.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {Member, MemberView} from "../../../src/types/PoolTypes.sol";

/// @notice requestExit, expel and withdraw.
abstract contract PoolExitTest is PoolUnitBase {
    // ───────────────────────────── requestExit ─────────────────────────────

    function test_requestExit_endsCoverageAndEmits() public {
        _join(alice, 40 * unit);
        vm.warp(block.timestamp + WAITING);
        assertTrue(pool.isCovered(alice, block.timestamp));
        uint256 epoch = pool.currentEpoch();
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberExitRequested(alice, epoch, 40 * unit, false);
        vm.prank(alice);
        pool.requestExit();
        assertEq(_status(alice), _is(MemberView.ExitRequested));
        assertFalse(pool.isCovered(alice, block.timestamp));
        assertEq(pool.memberRecord(1).exitEpoch, epoch);
        assertEq(pool.activeMembers(), 1, "still counted until its exit epoch is settled");
    }

    function test_requestExit_stillChargedForExitEpoch() public {
        _join(alice, 40 * unit);
        _join(bob, 40 * unit);
        vm.prank(alice);
        pool.requestExit();
        _queue(1, patient, 10 * unit);
        _settleNext();
        assertEq(pool.balanceOf(alice), 35 * unit);
        assertEq(pool.activeMembers(), 1);
        // A later claim is no longer hers.
        _queue(2, patient, 10 * unit);
        _settleNext();
        assertEq(pool.balanceOf(alice), 35 * unit);
        assertEq(pool.balanceOf(bob), 25 * unit);
        _checkConservation();
    }

    function test_requestExit_nonMemberReverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNotMember.selector, alice, MemberView.None));
        pool.requestExit();
    }

    function test_requestExit_twiceReverts() public {
        _join(alice, minimum);
        vm.prank(alice);
        pool.requestExit();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNotMember.selector, alice, MemberView.ExitRequested));
        pool.requestExit();
    }

    function test_requestExit_lapsedReverts() public {
        _lapseAlice();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNotMember.selector, alice, MemberView.Lapsed));
        pool.requestExit();
    }

    // ───────────────────────────── expel ─────────────────────────────

    function test_expel_onlyClaimsRole() public {
        _join(alice, minimum);
        bytes32 role = pool.CLAIMS_ROLE();
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, bob, role));
        pool.expel(alice);
        assertEq(_status(alice), _is(MemberView.Waiting));
    }

    function test_expel_activeEndsMembershipAndEmits() public {
        _join(alice, 30 * unit);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberExitRequested(alice, 0, 30 * unit, true);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberExpelled(alice, MemberView.Waiting);
        vm.prank(claims);
        pool.expel(alice);
        assertEq(_status(alice), _is(MemberView.ExitRequested));
        assertTrue(pool.isExpelled(alice));
        _settleNext();
        vm.prank(alice);
        assertEq(pool.withdraw(), 30 * unit);
    }

    function test_expel_nonActiveIsRecordedAndLeftAsItIs() public {
        _lapseAlice();
        _join(carol, minimum);
        vm.prank(carol);
        pool.requestExit();
        address nobody = makeAddr("nobody");
        Member memory aliceBefore = pool.memberRecord(1);
        Member memory carolBefore = pool.memberRecord(3);
        uint256 activeBefore = pool.activeMembers();
        uint256 fundsBefore = pool.memberFunds();

        vm.startPrank(claims);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberExpelled(alice, MemberView.Lapsed);
        pool.expel(alice); // lapsed
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberExpelled(carol, MemberView.ExitRequested);
        pool.expel(carol); // already leaving
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberExpelled(nobody, MemberView.None);
        pool.expel(nobody); // never joined
        pool.expel(alice); // twice: never reverts
        vm.stopPrank();
        assertTrue(pool.isExpelled(alice) && pool.isExpelled(carol) && pool.isExpelled(nobody));
        assertFalse(pool.isExpelled(bob));
        assertEq(abi.encode(pool.memberRecord(1)), abi.encode(aliceBefore));
        assertEq(abi.encode(pool.memberRecord(3)), abi.encode(carolBefore));
        assertEq(pool.activeMembers(), activeBefore);
        assertEq(pool.memberFunds(), fundsBefore);
        // An address that never joined gets an id with an empty record, so that its `join` is refused.
        assertEq(pool.memberIdOf(nobody), 4);
        assertEq(uint8(pool.statusOf(nobody)), uint8(MemberView.None));
        _fund(nobody, minimum);
        vm.prank(nobody);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolMemberExpelled.selector, nobody));
        pool.join(_commitment(nobody), minimum, 0);
        // Each keeps what it has.
        vm.prank(alice);
        assertEq(pool.withdraw(), 7 * unit);
        _checkConservation();
    }

    /// @dev Regression (issue 8, "an expelled member stays out"): a lapsed member could not be expelled, so
    ///      after confirmed fraud it topped up back in.
    function test_expel_lapsedMemberCannotTopUpBackIn() public {
        _lapseAlice();
        vm.prank(claims);
        pool.expel(alice);
        _fund(alice, 100 * unit);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolMemberExpelled.selector, alice));
        pool.topUp(100 * unit, 0);
        assertEq(_status(alice), _is(MemberView.Lapsed));
        assertEq(pool.balanceOf(alice), 7 * unit);
    }

    /// @dev An expelled active member leaves like any leaver, keeps what is left, and cannot come back.
    function test_expel_activeMemberCannotComeBackAfterItsExit() public {
        _join(alice, 12 * unit);
        _join(bob, 100 * unit);
        vm.prank(claims);
        pool.expel(alice);
        _queue(1, patient, 10 * unit);
        _settleNext(); // alice's exit epoch: 12 − 5 = 7, frozen
        _fund(alice, 100 * unit);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNotMember.selector, alice, MemberView.ExitRequested));
        pool.topUp(100 * unit, 0);
        vm.prank(alice);
        assertEq(pool.withdraw(), 7 * unit);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolMemberExpelled.selector, alice));
        pool.join(keccak256("a fresh commitment"), 100 * unit, 0);
    }

    /// @dev Regression (issue 8): an address expelled after it had left (exited) could join again with a fresh
    ///      commitment.
    function test_expel_expelledAddressCannotRejoin() public {
        _join(alice, 30 * unit);
        vm.prank(alice);
        pool.requestExit();
        _settleNext();
        vm.prank(alice);
        pool.withdraw();
        assertEq(_status(alice), _is(MemberView.Exited));

        vm.prank(claims);
        pool.expel(alice);
        _fund(alice, 30 * unit);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolMemberExpelled.selector, alice));
        pool.join(keccak256("a fresh commitment"), 30 * unit, 0);
        assertEq(_status(alice), _is(MemberView.Exited));
        _checkConservation();
    }

    function test_expel_activeMemberCannotRejoinAfterWithdrawing() public {
        _join(alice, 30 * unit);
        vm.prank(claims);
        pool.expel(alice);
        assertTrue(pool.isExpelled(alice));
        _settleNext();
        vm.prank(alice);
        pool.withdraw();
        _fund(alice, 30 * unit);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolMemberExpelled.selector, alice));
        pool.join(keccak256("a fresh commitment"), 30 * unit, 0);
    }

    function test_expel_expelledAddressCannotJoinWithPermitEither() public {
        vm.prank(claims);
        pool.expel(alice);
        _fund(alice, 30 * unit);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolMemberExpelled.selector, alice));
        pool.joinWithPermit(keccak256("a fresh commitment"), 30 * unit, 0, block.timestamp, 0, bytes32(0), bytes32(0));
    }

    // ───────────────────────────── withdraw ─────────────────────────────

    function test_withdraw_lapsedReturnsWhatWasKept() public {
        _lapseAlice();
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberWithdrew(alice, 7 * unit);
        vm.prank(alice);
        assertEq(pool.withdraw(), 7 * unit);
        assertEq(usd.balanceOf(alice), 7 * unit);
        assertEq(_status(alice), _is(MemberView.Exited));
        assertEq(pool.balanceOf(alice), 0);
        _checkConservation();
    }

    function test_withdraw_exitedAfterExitEpochSettled() public {
        _join(alice, 40 * unit);
        _join(bob, 40 * unit);
        _join(carol, 40 * unit);
        vm.prank(alice);
        pool.requestExit();
        _queue(1, patient, 30 * unit);
        _settleNext(); // 10 each
        (,, uint256 sizeBefore) = pool.sortedMembers();
        vm.prank(alice);
        assertEq(pool.withdraw(), 30 * unit);
        assertEq(usd.balanceOf(alice), 30 * unit);
        (,, uint256 sizeAfter) = pool.sortedMembers();
        assertEq(sizeAfter, sizeBefore - 1, "unlinked from the sorted list");
        assertFalse(pool.memberRecord(1).linked);
        _checkConservation();
    }

    function test_withdraw_beforeExitEpochSettledReverts() public {
        _join(alice, 40 * unit);
        _warpEpochs(2); // epoch 2, nothing settled
        vm.prank(alice);
        pool.requestExit();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolExitNotSettled.selector, alice, 2, 0));
        pool.withdraw();
        _settleNext(); // epoch 0
        _settleNext(); // epoch 1
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolExitNotSettled.selector, alice, 2, 2));
        pool.withdraw();
        _settleNext(); // epoch 2
        vm.prank(alice);
        assertEq(pool.withdraw(), 40 * unit);
    }

    function test_withdraw_activeReverts() public {
        _join(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNotMember.selector, alice, MemberView.Waiting));
        pool.withdraw();
    }

    function test_withdraw_twiceReverts() public {
        _lapseAlice();
        vm.prank(alice);
        pool.withdraw();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNotMember.selector, alice, MemberView.Exited));
        pool.withdraw();
    }

    function test_withdraw_exitUnlinkedByProcessLapsesStillPays() public {
        _join(alice, 20 * unit);
        _join(bob, 50 * unit);
        vm.prank(alice);
        pool.requestExit();
        _settleNext(); // alice's exit settled; she is at the head of the list
        assertTrue(pool.lapsesPending());
        pool.processLapses(1);
        assertFalse(pool.memberRecord(1).linked);
        vm.prank(alice);
        assertEq(pool.withdraw(), 20 * unit);
        (,, uint256 size) = pool.sortedMembers();
        assertEq(size, 1);
        _checkConservation();
    }
}

contract PoolExitTest6 is PoolExitTest {
    function _decimals() internal pure override returns (uint8) {
        return 6;
    }
}

contract PoolExitTest18 is PoolExitTest {
    function _decimals() internal pure override returns (uint8) {
        return 18;
    }
}
