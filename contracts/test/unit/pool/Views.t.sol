// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolUnitBase} from "./PoolUnitBase.sol";
import {Member, MemberStatus, MemberView} from "../../../src/types/PoolTypes.sol";

/// @notice Every view of the pool.
contract PoolViewsTest is PoolUnitBase {
    function _decimals() internal pure override returns (uint8) {
        return 6;
    }

    function test_statusOf_waitingThenCoveredAtCoverageStart() public {
        assertEq(_status(alice), _is(MemberView.None));
        _join(alice, 20 * unit);
        uint256 start = pool.coverageStartOf(alice);
        assertEq(start, block.timestamp + WAITING);
        vm.warp(start - 1);
        assertEq(_status(alice), _is(MemberView.Waiting));
        vm.warp(start);
        assertEq(_status(alice), _is(MemberView.Covered));
    }

    function test_statusOf_everyState() public {
        _lapseAlice();
        assertEq(_status(alice), _is(MemberView.Lapsed));
        vm.prank(bob);
        pool.requestExit();
        assertEq(_status(bob), _is(MemberView.ExitRequested));
        vm.prank(alice);
        pool.withdraw();
        assertEq(_status(alice), _is(MemberView.Exited));
    }

    function test_balanceOf_everyState() public {
        _lapseAlice(); // alice 7 lapsed, bob 95 active
        assertEq(pool.balanceOf(alice), 7 * unit);
        assertEq(pool.balanceOf(bob), 95 * unit);
        assertEq(pool.balanceOf(carol), 0);
        vm.prank(bob);
        pool.requestExit();
        assertEq(pool.balanceOf(bob), 95 * unit, "exit requested, not yet settled: live balance");
        _settleNext();
        assertEq(pool.balanceOf(bob), 95 * unit, "settled exit: frozen balance");
    }

    function test_maxChargeBeforeExit_activeAndExiting() public {
        _join(alice, 25 * unit);
        assertEq(pool.maxChargeBeforeExit(alice), minimum, "one unsettled epoch: one share at most");
        _warpEpochs(1);
        assertEq(pool.maxChargeBeforeExit(alice), 2 * minimum);
        _warpEpochs(1);
        assertEq(pool.maxChargeBeforeExit(alice), 25 * unit, "bounded by the balance");
        vm.prank(alice);
        pool.requestExit(); // exit epoch 2
        _catchUp(); // epochs 0 and 1 settled
        assertEq(pool.maxChargeBeforeExit(alice), minimum);
        _settleNext(); // epoch 2 settled
        assertEq(pool.maxChargeBeforeExit(alice), 0);
    }

    function test_maxChargeBeforeExit_zeroForOthers() public {
        _lapseAlice();
        assertEq(pool.maxChargeBeforeExit(alice), 0);
        assertEq(pool.maxChargeBeforeExit(carol), 0);
    }

    function test_isCovered_rules() public {
        _join(alice, 20 * unit);
        uint256 start = pool.coverageStartOf(alice);
        assertFalse(pool.isCovered(alice, start - 1), "diagnosed during the waiting period");
        assertTrue(pool.isCovered(alice, start));
        assertFalse(pool.isCovered(carol, start), "never joined");
        vm.prank(alice);
        pool.requestExit();
        assertFalse(pool.isCovered(alice, start), "exit requested");
    }

    function test_isCovered_falseBelowMinimumBeforeLapse() public {
        _join(alice, 12 * unit);
        _join(bob, 100 * unit);
        vm.warp(pool.coverageStartOf(alice));
        _catchUp();
        _queue(1, patient, 10 * unit);
        _warpEpochs(1);
        pool.settleEpoch(); // alice 7: below the minimum, not yet lapsed
        assertEq(_status(alice), _is(MemberView.Covered));
        assertFalse(pool.isCovered(alice, block.timestamp));
        assertTrue(pool.isCovered(bob, block.timestamp));
        pool.processLapses(10);
        assertFalse(pool.isCovered(alice, block.timestamp));
    }

    function test_memberRecord_fields() public {
        _join(alice, 20 * unit);
        _join(bob, 30 * unit);
        vm.prank(bob);
        pool.requestExit();
        Member memory a = pool.memberRecord(1);
        Member memory b = pool.memberRecord(2);
        assertEq(int256(a.key), int256(20 * unit));
        assertEq(a.prev, 0);
        assertEq(a.next, 2);
        assertEq(a.coverageStart, block.timestamp + WAITING);
        assertEq(uint8(a.status), uint8(MemberStatus.Active));
        assertTrue(a.linked);
        assertEq(b.prev, 1);
        assertEq(b.next, 0);
        assertEq(uint8(b.status), uint8(MemberStatus.ExitRequested));
        assertEq(b.exitEpoch, 0);
        Member memory none = pool.memberRecord(99);
        assertEq(uint8(none.status), uint8(MemberStatus.None));
    }

    function test_findInsertPosition_andSortedMembers() public {
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        assertEq(head, 0);
        assertEq(tail, 0);
        assertEq(size, 0);
        assertEq(pool.findInsertPosition(int256(5 * unit), 0), 0, "empty list");
        _join(alice, 20 * unit); // 1
        _join(bob, 40 * unit); // 2
        _join(carol, 60 * unit); // 3
        assertEq(pool.findInsertPosition(int256(10 * unit), 0), 0, "below the head");
        assertEq(pool.findInsertPosition(int256(30 * unit), 0), 1);
        assertEq(pool.findInsertPosition(int256(50 * unit), 1), 2, "walks right from a low hint");
        assertEq(pool.findInsertPosition(int256(30 * unit), 3), 1, "walks left from a high hint");
        assertEq(pool.findInsertPosition(int256(99 * unit), 1), 3, "above the tail");
        assertEq(pool.findInsertPosition(int256(40 * unit), 2), 2, "equal keys: after the hint is valid");
        (head, tail, size) = pool.sortedMembers();
        assertEq(head, 1);
        assertEq(tail, 3);
        assertEq(size, 3);
    }

    function test_currentEpoch_andEpochRecord() public {
        assertEq(pool.currentEpoch(), 0);
        vm.warp(pool.genesis() + EPOCH - 1);
        assertEq(pool.currentEpoch(), 0);
        vm.warp(pool.genesis() + EPOCH);
        assertEq(pool.currentEpoch(), 1);
        assertFalse(pool.epochRecord(0).settled);
        pool.settleEpoch();
        assertTrue(pool.epochRecord(0).settled);
        assertEq(pool.epochRecord(0).members, 0);
    }

    function test_parameters_andLapsesPending() public view {
        assertEq(pool.waitingPeriod(), WAITING);
        assertEq(pool.minimumBalance(), minimum);
        assertEq(pool.epochLength(), EPOCH);
        assertEq(address(pool.token()), address(usd));
        assertFalse(pool.inRunOff());
        assertFalse(pool.lapsesPending());
        assertEq(pool.unclaimedPayoutOf(patient), 0);
        assertEq(pool.memberIdOf(alice), 0);
    }
}
