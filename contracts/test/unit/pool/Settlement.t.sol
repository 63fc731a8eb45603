// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolUnitBase} from "./PoolUnitBase.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {EpochRecord, MemberView, Payment} from "../../../src/types/PoolTypes.sol";

/// @notice processLapses, settleEpoch, releasePayout (the failed-transfer path is in HostileTokens.t.sol).
abstract contract PoolSettlementTest is PoolUnitBase {
    // ───────────────────────────── processLapses ─────────────────────────────

    /// @dev Three members with 12 each and one with 100; a 40-unit claim costs 10 each: the three fall to 2.
    function _threeBelowMinimum() internal {
        _join(alice, 12 * unit);
        _join(bob, 12 * unit);
        _join(carol, 12 * unit);
        _join(patient, 100 * unit);
        _queue(1, patient, 40 * unit);
        vm.warp(pool.genesis() + EPOCH);
        pool.settleEpoch();
    }

    function test_processLapses_boundedSteps() public {
        _threeBelowMinimum();
        assertTrue(pool.lapsesPending());
        vm.expectEmit(false, false, false, true, address(pool));
        emit IMutualPool.LapsesProcessed(1, 1, true);
        assertTrue(pool.processLapses(1));
        assertEq(pool.activeMembers(), 3);
        vm.expectEmit(false, false, false, true, address(pool));
        emit IMutualPool.LapsesProcessed(2, 2, false);
        assertFalse(pool.processLapses(100));
        assertEq(pool.activeMembers(), 1);
        assertEq(_status(alice), _is(MemberView.Lapsed));
        assertEq(_status(bob), _is(MemberView.Lapsed));
        assertEq(_status(carol), _is(MemberView.Lapsed));
        assertEq(pool.balanceOf(alice), 2 * unit);
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        assertEq(size, 1);
        assertEq(head, 4);
        assertEq(tail, 4);
        _checkConservation();
    }

    function test_processLapses_emitsMemberLapsedWithFrozenBalance() public {
        _threeBelowMinimum();
        int256 idx = pool.index();
        assertEq(idx, int256(10 * unit));
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberLapsed(1, 2 * unit, idx);
        pool.processLapses(1);
    }

    function test_processLapses_zeroStepsDoesNothing() public {
        _threeBelowMinimum();
        vm.expectEmit(false, false, false, true, address(pool));
        emit IMutualPool.LapsesProcessed(0, 0, true);
        assertTrue(pool.processLapses(0));
        assertEq(pool.activeMembers(), 4);
    }

    function test_processLapses_nothingPending() public {
        _join(alice, 50 * unit);
        vm.expectEmit(false, false, false, true, address(pool));
        emit IMutualPool.LapsesProcessed(0, 0, false);
        assertFalse(pool.processLapses(10));
        assertEq(_status(alice), _is(MemberView.Waiting));
    }

    function test_processLapses_settledExitsAreUnlinked() public {
        _join(alice, 20 * unit);
        _join(bob, 50 * unit);
        vm.prank(alice);
        pool.requestExit();
        _queue(1, patient, 4 * unit);
        vm.warp(pool.genesis() + EPOCH);
        pool.settleEpoch(); // 2 each; alice's exit finalised with 18
        assertEq(pool.activeMembers(), 1);
        assertTrue(pool.lapsesPending(), "a settled exit at the head must leave the list first");
        vm.expectEmit(false, false, false, true, address(pool));
        emit IMutualPool.LapsesProcessed(1, 0, false);
        assertFalse(pool.processLapses(10));
        assertEq(_status(alice), _is(MemberView.ExitRequested), "not lapsed: still an exit");
        assertFalse(pool.memberRecord(1).linked);
        (uint32 head,, uint256 size) = pool.sortedMembers();
        assertEq(head, 2);
        assertEq(size, 1);
        assertEq(pool.activeMembers(), 1, "not removed from the count twice");
        assertEq(pool.balanceOf(alice), 18 * unit);
        _checkConservation();
    }

    function test_processLapses_exitingMemberBelowMinimumLapsesAndLeavesItsExitBatch() public {
        _join(alice, 12 * unit);
        _join(bob, 50 * unit);
        _warpEpochs(1); // epoch 1
        vm.prank(alice);
        pool.requestExit(); // exit epoch 1
        _queue(1, patient, 10 * unit); // queued in epoch 1
        _settleNext(); // epoch 0: nothing due
        _settleNext(); // epoch 1: 5 each; alice 7, exit finalised with 7
        assertEq(pool.balanceOf(alice), 7 * unit);

        // Now the other order: the charge comes before the exit epoch is settled.
        address dave = makeAddr("dave");
        _join(dave, 12 * unit);
        _queue(2, patient, 10 * unit); // epoch 2, 2 members: 5 each
        _warpEpochs(1); // epoch 3
        vm.prank(dave);
        pool.requestExit(); // exit epoch 3
        _settleNext(); // epoch 2: dave 12 → 7, lapses pending
        assertTrue(pool.lapsesPending());
        pool.processLapses(10); // alice (settled exit) unlinked, dave lapsed
        assertEq(_status(dave), _is(MemberView.Lapsed));
        assertEq(pool.activeMembers(), 1);
        _settleNext(); // epoch 3: dave's exit batch must be empty now
        assertEq(pool.epochRecord(3).members, 1);
        assertEq(pool.activeMembers(), 1, "a lapsed exit is not removed a second time");
        vm.prank(dave);
        assertEq(pool.withdraw(), 7 * unit);
        _checkConservation();
    }

    // ───────────────────────────── settleEpoch ─────────────────────────────

    function test_settleEpoch_notEndedReverts() public {
        uint256 endsAt = pool.genesis() + EPOCH;
        vm.warp(endsAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolEpochNotEnded.selector, 0, endsAt));
        pool.settleEpoch();
        vm.warp(endsAt);
        pool.settleEpoch();
        assertEq(pool.nextEpochToSettle(), 1);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolEpochNotEnded.selector, 1, endsAt + EPOCH));
        pool.settleEpoch();
    }

    function test_settleEpoch_lapsesPendingReverts() public {
        _threeBelowMinimum();
        _warpEpochs(1);
        vm.expectRevert(IMutualPool.PoolLapsesPending.selector);
        pool.settleEpoch();
        pool.processLapses(2);
        vm.expectRevert(IMutualPool.PoolLapsesPending.selector);
        pool.settleEpoch();
        pool.processLapses(1);
        pool.settleEpoch();
        assertEq(pool.nextEpochToSettle(), 2);
    }

    function test_settleEpoch_shareIsCeilAndDustToReserve() public {
        _join(alice, 50 * unit);
        _join(bob, 50 * unit);
        _join(carol, 50 * unit);
        uint256 total = 10 * unit + 1; // not divisible by 3
        uint256 id = _queue(7, patient, total);
        uint256 share = _ceil(total, 3);
        uint256 dust = 3 * share - total;
        assertGt(dust, 0);
        assertLt(dust, 3);
        vm.warp(pool.genesis() + EPOCH);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.EpochSettled(0, 3, share, total, dust, int256(share), 0, 0);
        vm.expectEmit(true, true, true, true, address(pool));
        emit IMutualPool.PaymentMade(id, 7, patient, total, 0, 0, true);
        pool.settleEpoch();
        assertEq(pool.balanceOf(alice), 50 * unit - share);
        assertEq(pool.reserve(), dust);
        assertEq(usd.balanceOf(patient), total);
        assertEq(pool.queuedPayments(), 0);
        EpochRecord memory rec = pool.epochRecord(0);
        assertEq(rec.indexAfter, int256(share));
        assertEq(rec.members, 3);
        assertEq(rec.share, share);
        assertTrue(rec.settled);
        _checkConservation();
    }

    function test_settleEpoch_waitingMembersAreCharged() public {
        _join(alice, 50 * unit);
        vm.warp(block.timestamp + WAITING);
        _catchUp();
        _join(bob, 50 * unit); // still waiting at settlement
        _queue(1, patient, 10 * unit);
        _settleNext();
        assertEq(_status(alice), _is(MemberView.Covered));
        assertEq(_status(bob), _is(MemberView.Waiting));
        assertEq(pool.balanceOf(bob), 45 * unit);
        assertEq(pool.balanceOf(alice), 45 * unit);
    }

    function test_settleEpoch_capRollsOverAsInstalmentsInQueueOrder() public {
        _join(alice, 100 * unit);
        _join(bob, 100 * unit);
        // Capacity is N·M = 2 × 10 = 20 per settlement.
        uint256 p0 = _queue(1, patient, 15 * unit);
        address other = makeAddr("other patient");
        uint256 p1 = _queue(2, other, 10 * unit);
        _queue(3, patient, 8 * unit);
        vm.warp(pool.genesis() + EPOCH);
        vm.expectEmit(true, true, true, true, address(pool));
        emit IMutualPool.PaymentMade(p0, 1, patient, 15 * unit, 0, 0, true);
        vm.expectEmit(true, true, true, true, address(pool));
        emit IMutualPool.PaymentMade(p1, 2, other, 5 * unit, 5 * unit, 0, true);
        pool.settleEpoch();
        assertEq(pool.balanceOf(alice), 90 * unit, "share capped at the minimum balance");
        assertEq(pool.queuedPayments(), 13 * unit);
        (uint256 head, uint256 tail) = pool.paymentQueue();
        assertEq(head, p1, "the instalment stays at the head");
        assertEq(tail, 3);
        Payment memory pay1 = pool.payment(p1);
        assertEq(pay1.remaining, 5 * unit);

        // Next epoch: the rest of p1 first, then p2 (13 ≤ 20).
        _warpEpochs(1);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.EpochSettled(
            1,
            2,
            _ceil(13 * unit, 2),
            13 * unit,
            2 * _ceil(13 * unit, 2) - 13 * unit,
            int256(10 * unit + _ceil(13 * unit, 2)),
            0,
            0
        );
        pool.settleEpoch();
        assertEq(usd.balanceOf(other), 10 * unit);
        assertEq(usd.balanceOf(patient), 23 * unit);
        (head,) = pool.paymentQueue();
        assertEq(head, 3);
        _checkConservation();
    }

    function test_settleEpoch_maxPaymentsPerSettlementRollsOver() public {
        _join(alice, 1000 * unit);
        uint256 max = pool.MAX_PAYMENTS_PER_SETTLEMENT();
        uint256 n = max + 6;
        for (uint256 i; i < n; ++i) {
            _queue(i, patient, 1); // one base unit each: far below the capacity
        }
        vm.warp(pool.genesis() + EPOCH);
        pool.settleEpoch();
        assertEq(usd.balanceOf(patient), max);
        assertEq(pool.queuedPayments(), 6);
        (uint256 head,) = pool.paymentQueue();
        assertEq(head, max);
        _warpEpochs(1);
        pool.settleEpoch();
        assertEq(usd.balanceOf(patient), n);
        assertEq(pool.queuedPayments(), 0);
        _checkConservation();
    }

    function test_settleEpoch_paymentsQueuedInLaterEpochWait() public {
        _join(alice, 100 * unit);
        _warpEpochs(1); // epoch 1 while epoch 0 is unsettled
        _queue(1, patient, 10 * unit);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.EpochSettled(0, 1, 0, 0, 0, 0, 10 * unit, 0);
        pool.settleEpoch();
        assertEq(usd.balanceOf(patient), 0);
        assertEq(pool.balanceOf(alice), 100 * unit);
        _settleNext();
        assertEq(usd.balanceOf(patient), 10 * unit);
        assertEq(pool.balanceOf(alice), 90 * unit);
    }

    function test_settleEpoch_noMembersLeavesPaymentsQueued() public {
        _queue(1, patient, 10 * unit);
        _settleNext();
        assertEq(pool.queuedPayments(), 10 * unit);
        assertEq(pool.index(), 0);
        // Once someone joins, the payment is charged at a later settlement.
        _join(alice, 50 * unit);
        _settleNext();
        assertEq(usd.balanceOf(patient), 10 * unit);
        assertEq(pool.balanceOf(alice), 40 * unit);
        _checkConservation();
    }

    function test_settleEpoch_finalisesExits() public {
        _join(alice, 40 * unit);
        _join(bob, 40 * unit);
        _join(carol, 40 * unit);
        vm.prank(alice);
        pool.requestExit();
        vm.prank(bob);
        pool.requestExit();
        _queue(1, patient, 30 * unit);
        vm.warp(pool.genesis() + EPOCH);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.EpochSettled(0, 3, 10 * unit, 30 * unit, 0, int256(10 * unit), 0, 2);
        pool.settleEpoch();
        assertEq(pool.activeMembers(), 1);
        // A later charge falls on carol alone; the exits' balances are frozen.
        _queue(2, patient, 5 * unit);
        _settleNext();
        assertEq(pool.balanceOf(alice), 30 * unit);
        assertEq(pool.balanceOf(bob), 30 * unit);
        assertEq(pool.balanceOf(carol), 25 * unit);
        assertEq(pool.memberFunds(), 85 * unit);
        _checkConservation();
    }

    function test_settleEpoch_catchesUpOneEpochAtATime() public {
        _join(alice, 100 * unit);
        _warpEpochs(3);
        _queue(1, patient, 10 * unit); // epoch 3
        pool.settleEpoch();
        pool.settleEpoch();
        pool.settleEpoch();
        assertEq(pool.nextEpochToSettle(), 3);
        assertEq(usd.balanceOf(patient), 0);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolEpochNotEnded.selector, 3, pool.genesis() + 4 * EPOCH));
        pool.settleEpoch();
    }

    // ───────────────────────────── releasePayout ─────────────────────────────

    function test_releasePayout_nothingToClaimReverts() public {
        vm.prank(patient);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNothingToClaim.selector, patient));
        pool.releasePayout(patient);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNothingToClaim.selector, address(0)));
        pool.releasePayout(address(0));
    }
}

contract PoolSettlementTest6 is PoolSettlementTest {
    function _decimals() internal pure override returns (uint8) {
        return 6;
    }
}

contract PoolSettlementTest18 is PoolSettlementTest {
    function _decimals() internal pure override returns (uint8) {
        return 18;
    }
}
