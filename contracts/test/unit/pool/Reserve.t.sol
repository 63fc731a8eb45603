// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";

/// @notice Issue 8, item 10: the reserve pays due payments first, and at the end of run-off it goes to a
///         successor; conservation holds throughout.
contract PoolReserveTest is PoolFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal patient = makeAddr("patient");
    address internal successor = makeAddr("successor pool");

    /// @dev A reserve of `amount`: credited while nobody is counted.
    function _reserveOf(uint256 amount) internal {
        assertEq(pool.activeMembers(), 0);
        _credit(amount);
        assertEq(pool.reserve(), amount);
    }

    // ───────────────────────────── paying from the reserve ─────────────────────────────

    /// @dev Regression (issue 8, item 10): the reserve was never spent; the members paid every claim in full.
    function test_reserve_paysQueuedPaymentsFirst() public {
        _reserveOf(7 * unit);
        _join(alice, 100 * unit);
        _join(bob, 100 * unit);
        _queue(1, patient, 10 * unit);

        vm.warp(pool.genesis() + EPOCH);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.ReserveUsed(0, 7 * unit);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.EpochSettled(0, 2, 3 * unit / 2, 10 * unit, 0, int256(3 * unit / 2), 0, 0);
        pool.settleEpoch();

        assertEq(pool.reserve(), 0);
        assertEq(usd.balanceOf(patient), 10 * unit);
        assertEq(pool.balanceOf(alice), 100 * unit - 3 * unit / 2, "members pay only what the reserve did not");
        assertEq(pool.balanceOf(bob), 100 * unit - 3 * unit / 2);
        _checkConservation();
    }

    function test_reserve_coversAWholePaymentWithoutCharging() public {
        _reserveOf(20 * unit);
        _join(alice, 100 * unit);
        _queue(1, patient, 5 * unit);
        _settleNext();
        assertEq(pool.reserve(), 15 * unit);
        assertEq(pool.balanceOf(alice), 100 * unit);
        assertEq(pool.epochRecord(0).share, 0);
        assertEq(pool.index(), 0);
        _checkConservation();
    }

    function test_reserve_paysWhenNoMemberIsCounted() public {
        _reserveOf(7 * unit);
        _queue(1, patient, 10 * unit);
        _settleNext();
        assertEq(usd.balanceOf(patient), 7 * unit, "the reserve pays an instalment on its own");
        assertEq(pool.reserve(), 0);
        assertEq(pool.queuedPayments(), 3 * unit);
        assertEq(pool.epochRecord(0).members, 0);
        _checkConservation();
    }

    function test_reserve_dustOfTheMembersPartGoesBack() public {
        _reserveOf(2);
        _join(alice, 100 * unit);
        _join(bob, 100 * unit);
        _join(carol, 100 * unit);
        _queue(1, patient, 10); // 2 from the reserve, 8 over 3 members: share 3, dust 1
        _settleNext();
        assertEq(pool.epochRecord(0).share, 3);
        assertEq(pool.reserve(), 1);
        assertEq(usd.balanceOf(patient), 10);
        _checkConservation();
    }

    function test_reserve_raisesTheCapacityOfASettlement() public {
        _reserveOf(5 * unit);
        _join(alice, 100 * unit);
        _queue(1, patient, 100 * unit); // capacity 1 × M + 5 = 15
        _settleNext();
        assertEq(usd.balanceOf(patient), 15 * unit);
        assertEq(pool.balanceOf(alice), 90 * unit, "the member still pays at most M");
        assertEq(pool.queuedPayments(), 85 * unit);
        _checkConservation();
    }

    // ───────────────────────────── sweeping at the end of run-off ─────────────────────────────

    /// @dev Regression (issue 8, item 10): at the end of run-off the reserve had no way out.
    function test_reserve_sweptToSuccessorAtTheEndOfRunOff() public {
        _join(alice, 100 * unit);
        _governAs(abi.encodeCall(IMutualPool.startRunOff, ()));
        vm.prank(alice);
        pool.requestExit();
        while (pool.activeMembers() != 0) _settleNext();
        // Late in run-off, a credit finds nobody: all of it goes to the reserve.
        _credit(12 * unit);
        assertEq(pool.reserve(), 12 * unit);

        bytes memory data = abi.encodeCall(IMutualPool.sweepReserve, (successor));
        bytes32 salt = keccak256("sweep");
        timelock.schedule(address(pool), 0, data, bytes32(0), salt, GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.ReserveSwept(successor, 12 * unit);
        timelock.execute(address(pool), 0, data, bytes32(0), salt);

        assertEq(usd.balanceOf(successor), 12 * unit);
        assertEq(pool.reserve(), 0);
        _checkConservation();
        // The member's own balance was never the reserve's.
        vm.prank(alice);
        assertEq(pool.withdraw(), 100 * unit);
        assertEq(usd.balanceOf(address(pool)), 0);
    }

    function test_sweepReserve_refusedOutsideRunOff() public {
        _reserveOf(unit);
        _expectGovernedRevert(
            abi.encodeCall(IMutualPool.sweepReserve, (successor)),
            abi.encodeWithSelector(IMutualPool.PoolNotInRunOff.selector)
        );
    }

    function test_sweepReserve_refusedWhileMembersAreCounted() public {
        _reserveOf(unit);
        _join(alice, 100 * unit);
        _governAs(abi.encodeCall(IMutualPool.startRunOff, ()));
        _expectGovernedRevert(
            abi.encodeCall(IMutualPool.sweepReserve, (successor)),
            abi.encodeWithSelector(IMutualPool.PoolMembersStillCounted.selector, 1)
        );
    }

    function test_sweepReserve_refusedWhilePaymentsAreOwed() public {
        _reserveOf(unit);
        _governAs(abi.encodeCall(IMutualPool.startRunOff, ()));
        uint256 id = _queue(1, patient, 5 * unit);
        _settleNext();
        _settleNext(); // the payment's epoch: the reserve pays 1 of it
        _expectGovernedRevert(
            abi.encodeCall(IMutualPool.sweepReserve, (successor)),
            abi.encodeWithSelector(IMutualPool.PoolPaymentsStillQueued.selector, 4 * unit)
        );
        // Once the rest is cancelled (the claim ended short), the queue owes nothing: the sweep goes through.
        _credit(3 * unit);
        vm.prank(claims);
        pool.reducePayment(id, 0);
        _governAs(abi.encodeCall(IMutualPool.sweepReserve, (successor)));
        assertEq(usd.balanceOf(successor), 3 * unit);
        _checkConservation();
    }

    function test_sweepReserve_refusedWhenEmptyOrToZero() public {
        _governAs(abi.encodeCall(IMutualPool.startRunOff, ()));
        _expectGovernedRevert(
            abi.encodeCall(IMutualPool.sweepReserve, (successor)),
            abi.encodeWithSelector(IMutualPool.PoolZeroAmount.selector)
        );
        _reserveOf(unit);
        _expectGovernedRevert(
            abi.encodeCall(IMutualPool.sweepReserve, (address(0))),
            abi.encodeWithSelector(IMutualPool.PoolZeroAddress.selector)
        );
    }

    function test_sweepReserve_onlyTheGovernor() public {
        bytes32 role = pool.GOVERNOR_ROLE();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        pool.sweepReserve(alice);
    }

    function _expectGovernedRevert(bytes memory data, bytes memory error_) internal {
        bytes32 salt = keccak256(abi.encode(data, block.timestamp));
        timelock.schedule(address(pool), 0, data, bytes32(0), salt, GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectRevert(error_);
        timelock.execute(address(pool), 0, data, bytes32(0), salt);
    }
}
