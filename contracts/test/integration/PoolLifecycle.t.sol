// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolFixture} from "../utils/PoolFixture.sol";
import {MemberView} from "../../src/types/PoolTypes.sol";
import {IMutualPool} from "../../src/interfaces/IMutualPool.sol";

/// @notice A short life of the pool: joins, a claim charged equally, a lapse, an exit, a credit.
contract PoolLifecycleTest is PoolFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal patient = makeAddr("patient");

    function _assertConservation() internal view {
        assertEq(
            usd.balanceOf(address(pool)), pool.memberFunds() + pool.reserve() + pool.unclaimedPayouts(), "conservation"
        );
    }

    function test_lifecycle_chargesEquallyLapsesAndExits() public {
        _join(alice, 100 * unit);
        _join(bob, 15 * unit);
        _join(carol, 50 * unit);
        _assertConservation();
        assertEq(uint8(pool.statusOf(alice)), uint8(MemberView.Waiting));

        // A claim of 25 among 3 members: ceil(25/3) = 8.333334 each, 0.000002 to the reserve.
        vm.prank(claims);
        pool.queuePayment(1, patient, 25 * unit);
        vm.warp(block.timestamp + EPOCH);
        pool.settleEpoch();
        // ceil(25 / 3) in the token's units: 8.333334 with 6 decimals (8_333_334), likewise with 18.
        uint256 share = (25 * unit + 2) / 3;
        assertEq(share, unit == 1e6 ? 8_333_334 : 8_333_333_333_333_333_334);
        assertEq(usd.balanceOf(patient), 25 * unit);
        assertEq(pool.balanceOf(alice), 100 * unit - share);
        assertEq(pool.balanceOf(bob), 15 * unit - share);
        assertEq(pool.reserve(), 3 * share - 25 * unit);
        _assertConservation();

        // Bob is now below the minimum: settlement waits until he is lapsed.
        assertTrue(pool.lapsesPending());
        vm.warp(block.timestamp + EPOCH);
        vm.expectRevert(IMutualPool.PoolLapsesPending.selector);
        pool.settleEpoch();
        assertFalse(pool.processLapses(10));
        assertEq(uint8(pool.statusOf(bob)), uint8(MemberView.Lapsed));
        assertEq(pool.activeMembers(), 2);
        _assertConservation();

        // Carol leaves in epoch 2 while epoch 1 is still unsettled: she pays both.
        vm.prank(carol);
        pool.requestExit();
        assertEq(pool.maxChargeBeforeExit(carol), 2 * minimum);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolExitNotSettled.selector, carol, 2, 1));
        pool.withdraw();
        vm.prank(claims);
        pool.queuePayment(2, patient, 10 * unit);
        pool.settleEpoch(); // epoch 1: the payment was queued in epoch 2, so nothing is charged yet
        assertEq(pool.balanceOf(carol), 50 * unit - share);
        assertEq(pool.activeMembers(), 2);
        vm.warp(block.timestamp + EPOCH);
        pool.settleEpoch(); // epoch 2: the reserve's 0.000002 first, then 9.999998 among 2
        uint256 share2 = (10 * unit - (3 * share - 25 * unit) + 1) / 2;
        assertEq(share2, unit == 1e6 ? 4_999_999 : 4_999_999_999_999_999_999);
        assertEq(pool.reserve(), 0);
        assertEq(pool.balanceOf(carol), 50 * unit - share - share2);
        assertEq(pool.activeMembers(), 1);
        uint256 carolBalance = pool.balanceOf(carol);
        vm.prank(carol);
        assertEq(pool.withdraw(), carolBalance);
        assertEq(usd.balanceOf(carol), carolBalance);
        _assertConservation();

        // A credit of 7 goes to the one member left.
        _fund(creditor, 7 * unit);
        _approveAs(address(usd), creditor, address(pool), 7 * unit);
        vm.prank(creditor);
        pool.creditMembers(7 * unit, "SLASH", 1);
        assertEq(pool.balanceOf(alice), 100 * unit - share - share2 + 7 * unit);
        _assertConservation();

        // Bob withdraws what he kept.
        uint256 kept = pool.balanceOf(bob);
        vm.prank(bob);
        assertEq(pool.withdraw(), kept);
        _assertConservation();
    }
}
