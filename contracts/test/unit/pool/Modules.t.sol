// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {PoolUnitBase} from "./PoolUnitBase.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {Payment} from "../../../src/types/PoolTypes.sol";

/// @notice queuePayment (claims role) and creditMembers (creditor role).
abstract contract PoolModulesTest is PoolUnitBase {
    // ───────────────────────────── queuePayment ─────────────────────────────

    function test_queuePayment_queuesAndEmits() public {
        _warpEpochs(2);
        vm.expectEmit(true, true, true, true, address(pool));
        emit IMutualPool.PaymentQueued(0, 42, patient, 25 * unit, 2);
        uint256 id0 = _queue(42, patient, 25 * unit);
        uint256 id1 = _queue(43, alice, 3 * unit);
        assertEq(id0, 0);
        assertEq(id1, 1);
        assertEq(pool.queuedPayments(), 28 * unit);
        Payment memory p = pool.payment(id0);
        assertEq(p.claimId, 42);
        assertEq(p.recipient, patient);
        assertEq(p.remaining, 25 * unit);
        assertEq(p.epoch, 2);
        (uint256 head, uint256 tail) = pool.paymentQueue();
        assertEq(head, 0);
        assertEq(tail, 2);
        _checkConservation(); // an obligation, not funds held
    }

    function test_queuePayment_onlyClaimsRole() public {
        bytes32 role = pool.CLAIMS_ROLE();
        vm.prank(creditor);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, creditor, role)
        );
        pool.queuePayment(1, patient, unit);
    }

    function test_queuePayment_zeroRecipientReverts() public {
        vm.prank(claims);
        vm.expectRevert(IMutualPool.PoolZeroAddress.selector);
        pool.queuePayment(1, address(0), unit);
    }

    function test_queuePayment_zeroAmountReverts() public {
        vm.prank(claims);
        vm.expectRevert(IMutualPool.PoolZeroAmount.selector);
        pool.queuePayment(1, patient, 0);
    }

    function test_queuePayment_tooLargeReverts() public {
        uint256 tooLarge = uint256(type(uint96).max) + 1;
        vm.prank(claims);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolPaymentTooLarge.selector, tooLarge));
        pool.queuePayment(1, patient, tooLarge);
        vm.prank(claims);
        pool.queuePayment(1, patient, type(uint96).max); // the largest that fits is accepted
        assertEq(pool.queuedPayments(), type(uint96).max);
    }

    // ───────────────────────────── creditMembers ─────────────────────────────

    function test_creditMembers_splitsEquallyAndEmits() public {
        _join(alice, 20 * unit);
        _join(bob, 30 * unit);
        _join(carol, 40 * unit);
        uint256 amount = 10 * unit + 1; // not divisible by 3 with 6 or 18 decimals
        uint256 per = amount / 3;
        uint256 dust = amount - 3 * per;
        assertGt(dust, 0);
        _fund(creditor, amount);
        vm.expectEmit(true, true, true, true, address(pool));
        emit IMutualPool.MembersCredited(creditor, "SLASH", 9, amount, per, 3, dust, -int256(per));
        vm.prank(creditor);
        pool.creditMembers(amount, "SLASH", 9);
        assertEq(pool.balanceOf(alice), 20 * unit + per);
        assertEq(pool.balanceOf(carol), 40 * unit + per);
        assertEq(pool.reserve(), dust);
        assertEq(usd.balanceOf(creditor), 0);
        assertEq(pool.memberFunds(), 90 * unit + 3 * per);
        _checkConservation();
    }

    function test_creditMembers_zeroMembersAllToReserve() public {
        _fund(creditor, 5 * unit);
        vm.expectEmit(true, true, true, true, address(pool));
        emit IMutualPool.MembersCredited(creditor, "RECOVERY", 0, 5 * unit, 0, 0, 5 * unit, 0);
        vm.prank(creditor);
        pool.creditMembers(5 * unit, "RECOVERY", 0);
        assertEq(pool.reserve(), 5 * unit);
        assertEq(pool.index(), 0);
        _checkConservation();
    }

    function test_creditMembers_finalisedExitsAndLapsedNotCredited() public {
        _lapseAlice(); // alice lapsed with 7, bob active with 95
        _join(carol, 30 * unit);
        vm.prank(carol);
        pool.requestExit();
        _settleNext(); // carol's exit finalised
        _credit(10 * unit);
        assertEq(pool.balanceOf(alice), 7 * unit);
        assertEq(pool.balanceOf(carol), 30 * unit);
        assertEq(pool.balanceOf(bob), 105 * unit);
        _checkConservation();
    }

    function test_creditMembers_liftsMembersAboveTheMinimum() public {
        _join(alice, 12 * unit);
        _join(bob, 12 * unit);
        _queue(1, patient, 10 * unit);
        vm.warp(pool.genesis() + EPOCH);
        pool.settleEpoch(); // 7 each: both pending lapse
        assertTrue(pool.lapsesPending());
        _credit(8 * unit); // 4 each: 11 ≥ 10
        assertFalse(pool.lapsesPending());
        assertEq(pool.balanceOf(alice), 11 * unit);
        _checkConservation();
    }

    function test_creditMembers_onlyCreditorRole() public {
        bytes32 role = pool.CREDITOR_ROLE();
        _fund(claims, unit);
        vm.prank(claims);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, claims, role));
        pool.creditMembers(unit, "SLASH", 0);
    }

    function test_creditMembers_zeroAmountReverts() public {
        vm.prank(creditor);
        vm.expectRevert(IMutualPool.PoolZeroAmount.selector);
        pool.creditMembers(0, "SLASH", 0);
    }
}

contract PoolModulesTest6 is PoolModulesTest {
    function _decimals() internal pure override returns (uint8) {
        return 6;
    }
}

contract PoolModulesTest18 is PoolModulesTest {
    function _decimals() internal pure override returns (uint8) {
        return 18;
    }
}
