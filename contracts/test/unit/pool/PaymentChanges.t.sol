// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {MutualPool} from "../../../src/MutualPool.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {BlacklistToken} from "../../mocks/HostileTokens.sol";

/// @notice What the claims module may do to money it has queued: lower a payment that will not be paid in full
///         (`reducePayment`), and take back a payout whose transfer failed when the claim proves fraudulent
///         (`reclaimUnclaimedPayout`).
contract PoolPaymentChangesTest is PoolFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal patient = makeAddr("patient");
    address internal witness = makeAddr("witness");

    function _reduce(uint256 id, uint256 newRemaining) internal {
        vm.prank(claims);
        pool.reducePayment(id, newRemaining);
    }

    function _countPaymentsMade(Vm.Log[] memory logs) internal pure returns (uint256 n) {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == IMutualPool.PaymentMade.selector) ++n;
        }
    }

    // ───────────────────────────── reducePayment ─────────────────────────────

    function test_reducePayment_lowersWhatIsOwedAndEmits() public {
        _join(alice, 100 * unit);
        uint256 id = _queue(7, patient, 30 * unit);
        vm.expectEmit(true, true, false, true, address(pool));
        emit IMutualPool.PaymentReduced(id, 7, patient, 18 * unit, 12 * unit);
        _reduce(id, 12 * unit);
        assertEq(pool.payment(id).remaining, 12 * unit);
        assertEq(pool.queuedPayments(), 12 * unit);
        _settleNext();
        assertEq(usd.balanceOf(patient), 10 * unit, "capped at N x M = 10");
        _settleNext();
        assertEq(usd.balanceOf(patient), 12 * unit, "and never more than the reduced amount");
        assertEq(pool.queuedPayments(), 0);
        _checkConservation();
    }

    function test_reducePayment_ofAnInstalmentLowersOnlyTheRest() public {
        _join(alice, 100 * unit);
        uint256 id = _queue(1, patient, 25 * unit);
        _settleNext(); // 10 paid, 15 left
        _reduce(id, 4 * unit);
        assertEq(pool.queuedPayments(), 4 * unit);
        _settleNext();
        assertEq(usd.balanceOf(patient), 14 * unit);
        assertEq(pool.balanceOf(alice), 86 * unit);
        (uint256 head, uint256 tail) = pool.paymentQueue();
        assertEq(head, tail);
        _checkConservation();
    }

    function test_reducePayment_neverRaises() public {
        uint256 id = _queue(1, patient, 5 * unit);
        vm.prank(claims);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolPaymentNotReduced.selector, id, 5 * unit, 5 * unit + 1));
        pool.reducePayment(id, 5 * unit + 1);
    }

    function test_reducePayment_aPaidPaymentStaysAtZero() public {
        _join(alice, 100 * unit);
        uint256 id = _queue(1, patient, 5 * unit);
        _settleNext();
        vm.expectEmit(true, true, false, true, address(pool));
        emit IMutualPool.PaymentReduced(id, 1, patient, 0, 0);
        _reduce(id, 0); // a no-op, never a revert: a claim may be closed after its payment went out
        vm.prank(claims);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolPaymentNotReduced.selector, id, 0, 1));
        pool.reducePayment(id, 1);
    }

    function test_reducePayment_unknownPaymentReverts() public {
        _queue(1, patient, 5 * unit);
        vm.prank(claims);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolUnknownPayment.selector, 1, 1));
        pool.reducePayment(1, 0);
    }

    function test_reducePayment_onlyClaimsRole() public {
        uint256 id = _queue(1, patient, 5 * unit);
        bytes32 role = pool.CLAIMS_ROLE();
        vm.prank(creditor);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, creditor, role)
        );
        pool.reducePayment(id, 0);
    }

    /// @dev Settlement steps over payments lowered to nothing: they use none of the 64 payment slots and emit no
    ///      `PaymentMade`.
    function test_reducePayment_cancelledPaymentsUseNoSlotAndNoEvent() public {
        _join(alice, 1000 * unit);
        uint256 slots = pool.MAX_PAYMENTS_PER_SETTLEMENT();
        for (uint256 i; i < slots + 6; ++i) {
            uint256 id = _queue(i, i % 2 == 0 ? patient : witness, unit / 10);
            if (i < slots) _reduce(id, 0);
        }
        assertEq(pool.queuedPayments(), 6 * unit / 10);
        vm.recordLogs();
        _settleNext();
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countPaymentsMade(logs), 6, "one PaymentMade per payment actually paid");
        assertEq(usd.balanceOf(patient) + usd.balanceOf(witness), 6 * unit / 10);
        assertEq(pool.queuedPayments(), 0);
        (uint256 head, uint256 tail) = pool.paymentQueue();
        assertEq(head, tail, "the queue head moved past every cancelled payment");
        _checkConservation();
    }

    /// @dev A long run of cancelled payments is stepped over a bounded number at a time.
    function test_reducePayment_skippingIsBoundedPerSettlement() public {
        _join(alice, 1000 * unit);
        uint256 skipMax = pool.MAX_SKIPPED_PER_SETTLEMENT();
        for (uint256 i; i < skipMax + 1; ++i) {
            _reduce(_queue(i, patient, 1), 0);
        }
        _queue(999, patient, unit);
        _settleNext();
        assertEq(usd.balanceOf(patient), 0, "the first settlement only stepped over cancelled payments");
        (uint256 head,) = pool.paymentQueue();
        assertEq(head, skipMax);
        _settleNext();
        assertEq(usd.balanceOf(patient), unit);
        _checkConservation();
    }

    // ───────────────────────────── reclaimUnclaimedPayout ─────────────────────────────

    MutualPool internal hpool;
    BlacklistToken internal btoken;

    /// @dev A pool on a blacklisting token where a payout to `patient` failed: 20 units wait in
    ///      unclaimedPayoutOf(patient). Two members of 100 were charged 10 each.
    function _poolWithAnUnclaimedPayout() internal {
        btoken = new BlacklistToken();
        hpool = new MutualPool(
            IERC20(address(btoken)), EPOCH, WAITING, minimum, EXIT_NOTICE, address(timelock), address(this)
        );
        hpool.grantRole(hpool.CLAIMS_ROLE(), claims);
        hpool.grantRole(hpool.CREDITOR_ROLE(), creditor);
        address[2] memory who = [alice, bob];
        for (uint256 i; i < 2; ++i) {
            btoken.mint(who[i], 100 * unit);
            vm.startPrank(who[i]);
            btoken.approve(address(hpool), type(uint256).max);
            hpool.join(_commitment(who[i]), 100 * unit, 0);
            vm.stopPrank();
        }
        vm.prank(claims);
        hpool.queuePayment(42, patient, 20 * unit);
        btoken.setBlocked(patient, true);
        vm.warp(hpool.genesis() + EPOCH);
        hpool.settleEpoch();
        assertEq(hpool.unclaimedPayoutOf(patient), 20 * unit);
        _hconservation();
    }

    function _hconservation() internal view {
        assertEq(
            btoken.balanceOf(address(hpool)),
            hpool.memberFunds() + hpool.reserve() + hpool.unclaimedPayouts(),
            "conservation"
        );
    }

    /// @dev Issue 8, "also check": a payout whose transfer was deferred could still be collected after the claim
    ///      was found fraudulent. The claims module now takes it back to the members.
    function test_reclaimUnclaimedPayout_creditsTheMembersAndEmits() public {
        _poolWithAnUnclaimedPayout();
        int256 indexBefore = hpool.index();
        vm.expectEmit(true, true, true, true, address(hpool));
        emit IMutualPool.MembersCredited(
            claims, "RECLAIM", 42, 20 * unit, 10 * unit, 2, 0, indexBefore - int256(10 * unit)
        );
        vm.expectEmit(true, true, false, true, address(hpool));
        emit IMutualPool.PayoutReclaimed(patient, 42, 20 * unit);
        vm.prank(claims);
        assertEq(hpool.reclaimUnclaimedPayout(patient, type(uint256).max, 42), 20 * unit);

        assertEq(hpool.unclaimedPayoutOf(patient), 0);
        assertEq(hpool.unclaimedPayouts(), 0);
        assertEq(hpool.balanceOf(alice), 100 * unit, "the members got back what they paid");
        assertEq(hpool.balanceOf(bob), 100 * unit);
        _hconservation();

        btoken.setBlocked(patient, false);
        vm.prank(patient);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNothingToClaim.selector, patient));
        hpool.releasePayout(patient);
    }

    function test_reclaimUnclaimedPayout_takesAtMostMaxAmount() public {
        _poolWithAnUnclaimedPayout();
        vm.prank(claims);
        assertEq(hpool.reclaimUnclaimedPayout(patient, 5 * unit + 1, 42), 5 * unit + 1);
        assertEq(hpool.unclaimedPayoutOf(patient), 15 * unit - 1);
        assertEq(hpool.reserve(), 1, "odd unit over two members: dust to the reserve");
        _hconservation();
        btoken.setBlocked(patient, false);
        vm.prank(patient);
        assertEq(hpool.releasePayout(patient), 15 * unit - 1);
        _hconservation();
    }

    function test_reclaimUnclaimedPayout_nothingUnclaimedReturnsZero() public {
        _join(alice, 100 * unit);
        vm.recordLogs();
        vm.prank(claims);
        assertEq(pool.reclaimUnclaimedPayout(patient, 10 * unit, 1), 0);
        assertEq(vm.getRecordedLogs().length, 0, "no event");
        assertEq(pool.balanceOf(alice), 100 * unit);
    }

    function test_reclaimUnclaimedPayout_withNoMemberCountedGoesToTheReserve() public {
        _poolWithAnUnclaimedPayout();
        vm.prank(alice);
        hpool.requestExit();
        vm.prank(bob);
        hpool.requestExit();
        vm.warp(hpool.genesis() + 2 * EPOCH);
        hpool.settleEpoch();
        assertEq(hpool.activeMembers(), 0);
        vm.prank(claims);
        hpool.reclaimUnclaimedPayout(patient, 20 * unit, 42);
        assertEq(hpool.reserve(), 20 * unit);
        _hconservation();
    }

    function test_reclaimUnclaimedPayout_onlyClaimsRole() public {
        bytes32 role = pool.CLAIMS_ROLE();
        vm.prank(creditor);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, creditor, role)
        );
        pool.reclaimUnclaimedPayout(patient, 1, 1);
    }
}
