// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolUnitBase} from "./PoolUnitBase.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {Member, MemberView} from "../../../src/types/PoolTypes.sol";

/// @notice topUp: active re-sort with hints, lapsed rejoin, refusals.
abstract contract PoolTopUpTest is PoolUnitBase {
    // ───────────────────────────── topUp ─────────────────────────────

    function test_topUp_activeRaisesBalanceResortsAndEmits() public {
        _join(alice, 20 * unit);
        _join(bob, 30 * unit);
        _join(carol, 40 * unit);
        uint256 amount = 15 * unit;
        int256 newKey = int256(35 * unit);
        uint32 hint = pool.findInsertPosition(newKey, 0); // computed off chain while alice is still listed
        assertEq(hint, 2);
        _fund(alice, amount);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberToppedUp(alice, amount, 35 * unit, newKey, false, pool.coverageStartOf(alice));
        vm.prank(alice);
        pool.topUp(amount, hint);
        assertEq(pool.balanceOf(alice), 35 * unit);
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        assertEq(head, 2); // bob
        assertEq(tail, 3); // carol
        assertEq(size, 3);
        Member memory a = pool.memberRecord(1);
        assertEq(a.prev, 2);
        assertEq(a.next, 3);
        assertEq(pool.activeMembers(), 3);
        _checkConservation();
    }

    function test_topUp_activeDoesNotRestartWaitingPeriod() public {
        _join(alice, 20 * unit);
        uint256 start = pool.coverageStartOf(alice);
        vm.warp(block.timestamp + 10 days);
        _topUp(alice, unit);
        assertEq(pool.coverageStartOf(alice), start);
    }

    function test_topUp_zeroReverts() public {
        _join(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(IMutualPool.PoolZeroAmount.selector);
        pool.topUp(0, 0);
    }

    function test_topUp_nonMemberReverts() public {
        _fund(alice, unit);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNotMember.selector, alice, MemberView.None));
        pool.topUp(unit, 0);
    }

    function test_topUp_exitRequestedReverts() public {
        _join(alice, minimum);
        vm.prank(alice);
        pool.requestExit();
        _fund(alice, unit);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNotMember.selector, alice, MemberView.ExitRequested));
        pool.topUp(unit, 0);
    }

    function test_topUp_lapsedRejoinsWithNewWaitingPeriod() public {
        _lapseAlice(); // alice keeps 7
        vm.warp(block.timestamp + 3 days);
        uint256 fundsBefore = pool.memberFunds();
        uint256 amount = 5 * unit;
        _fund(alice, amount);
        int256 expectedKey = int256(12 * unit) + pool.index();
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberToppedUp(alice, amount, 12 * unit, expectedKey, true, block.timestamp + WAITING);
        vm.prank(alice);
        pool.topUp(amount, 0);
        assertEq(_status(alice), _is(MemberView.Waiting));
        assertEq(pool.coverageStartOf(alice), block.timestamp + WAITING);
        assertEq(pool.balanceOf(alice), 12 * unit);
        assertEq(pool.activeMembers(), 2);
        assertEq(pool.memberFunds(), fundsBefore + amount);
        (,, uint256 size) = pool.sortedMembers();
        assertEq(size, 2);
        _checkConservation();
    }

    function test_topUp_lapsedBelowMinimumRefused() public {
        _lapseAlice(); // alice keeps 7
        _fund(alice, 2 * unit);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolBelowMinimumBalance.selector, alice, 9 * unit, minimum));
        pool.topUp(2 * unit, 0);
        assertEq(_status(alice), _is(MemberView.Lapsed));
    }

    function test_topUp_exitedReverts() public {
        _lapseAlice();
        vm.prank(alice);
        pool.withdraw();
        _fund(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNotMember.selector, alice, MemberView.Exited));
        pool.topUp(minimum, 0);
    }
}

contract PoolTopUpTest6 is PoolTopUpTest {
    function _decimals() internal pure override returns (uint8) {
        return 6;
    }
}

contract PoolTopUpTest18 is PoolTopUpTest {
    function _decimals() internal pure override returns (uint8) {
        return 18;
    }
}
