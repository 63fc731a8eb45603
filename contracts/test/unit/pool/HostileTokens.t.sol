// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {MutualPool} from "../../../src/MutualPool.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {MemberView} from "../../../src/types/PoolTypes.sol";
import {
    MintableToken,
    FeeOnTransferToken,
    ReentrantToken,
    BlacklistToken,
    ReturnFalseToken
} from "../../mocks/HostileTokens.sol";

/// @notice The pool on tokens that misbehave: fees, re-entry, blacklists, `false` returns.
contract PoolHostileTokensTest is PoolFixture {
    uint256 internal constant U = 1e6;
    uint256 internal constant M = 10 * U;

    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal patient = makeAddr("patient");

    MutualPool internal hpool;
    MintableToken internal htoken;

    function _poolOn(MintableToken token_) internal {
        htoken = token_;
        hpool =
            new MutualPool(IERC20(address(token_)), EPOCH, WAITING, M, EXIT_NOTICE, address(timelock), address(this));
        hpool.grantRole(hpool.CLAIMS_ROLE(), claims);
        hpool.grantRole(hpool.CREDITOR_ROLE(), creditor);
    }

    function _hjoin(address who, uint256 deposit) internal {
        htoken.mint(who, deposit);
        vm.startPrank(who);
        htoken.approve(address(hpool), type(uint256).max);
        hpool.join(_commitment(who), deposit, 0);
        vm.stopPrank();
    }

    function _hconservation() internal view {
        assertEq(
            htoken.balanceOf(address(hpool)),
            hpool.memberFunds() + hpool.reserve() + hpool.unclaimedPayouts(),
            "conservation"
        );
    }

    function _hsettle() internal {
        vm.warp(hpool.genesis() + (hpool.nextEpochToSettle() + 1) * EPOCH);
        hpool.settleEpoch();
    }

    // ───────────────────────────── fee on transfer ─────────────────────────────

    function test_join_feeOnTransferTokenReverts() public {
        _poolOn(new FeeOnTransferToken());
        uint256 deposit = 20 * U;
        htoken.mint(alice, deposit);
        vm.startPrank(alice);
        htoken.approve(address(hpool), deposit);
        vm.expectRevert(
            abi.encodeWithSelector(IMutualPool.PoolTransferAmountMismatch.selector, deposit, deposit * 99 / 100)
        );
        hpool.join(_commitment(alice), deposit, 0);
        vm.stopPrank();
        assertEq(hpool.memberIdOf(alice), 0);
        assertEq(htoken.balanceOf(alice), deposit);
    }

    function test_creditMembers_feeOnTransferTokenReverts() public {
        _poolOn(new FeeOnTransferToken());
        htoken.mint(creditor, 10 * U);
        vm.startPrank(creditor);
        htoken.approve(address(hpool), 10 * U);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolTransferAmountMismatch.selector, 10 * U, 99 * U / 10));
        hpool.creditMembers(10 * U, "SLASH", 0);
        vm.stopPrank();
    }

    // ───────────────────────────── re-entrant token ─────────────────────────────

    function test_join_reentrantTokenRefusedByGuard() public {
        ReentrantToken t = new ReentrantToken();
        _poolOn(t);
        _hjoin(bob, 50 * U);
        t.arm(address(hpool), abi.encodeCall(IMutualPool.processLapses, (10)));
        htoken.mint(alice, 20 * U);
        vm.startPrank(alice);
        htoken.approve(address(hpool), 20 * U);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        hpool.join(_commitment(alice), 20 * U, 0);
        vm.stopPrank();
        // Nothing of the attempt remains.
        assertEq(hpool.memberIdOf(alice), 0);
        assertFalse(hpool.commitmentUsed(_commitment(alice)));
        assertEq(hpool.activeMembers(), 1);
        (,, uint256 size) = hpool.sortedMembers();
        assertEq(size, 1);
        assertEq(htoken.balanceOf(alice), 20 * U);
        _hconservation();
    }

    function test_withdraw_reentrantTokenCannotWithdrawTwice() public {
        ReentrantToken t = new ReentrantToken();
        _poolOn(t);
        _hjoin(alice, 20 * U);
        _hjoin(bob, 20 * U);
        vm.prank(alice);
        hpool.requestExit();
        _hsettle();
        // The token calls withdraw() again (as the token) while alice's withdraw transfers: refused.
        t.arm(address(hpool), abi.encodeCall(IMutualPool.withdraw, ()));
        vm.prank(alice);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        hpool.withdraw();
        assertEq(uint8(hpool.statusOf(alice)), uint8(MemberView.ExitRequested));
        assertEq(hpool.balanceOf(alice), 20 * U);
        _hconservation();
        t.disarm();
        vm.prank(alice);
        assertEq(hpool.withdraw(), 20 * U);
        _hconservation();
    }

    function test_settleEpoch_reentrantPayoutKeptAsUnclaimed() public {
        ReentrantToken t = new ReentrantToken();
        _poolOn(t);
        _hjoin(alice, 50 * U);
        vm.prank(claims);
        hpool.queuePayment(1, patient, 10 * U);
        t.arm(address(hpool), abi.encodeCall(IMutualPool.settleEpoch, ()));
        _hsettle(); // the payout's transfer re-enters and fails; settlement itself completes
        assertEq(hpool.nextEpochToSettle(), 1);
        assertEq(hpool.unclaimedPayoutOf(patient), 10 * U);
        assertEq(htoken.balanceOf(patient), 0);
        _hconservation();
        t.disarm();
        vm.prank(patient);
        assertEq(hpool.releasePayout(patient), 10 * U);
        assertEq(htoken.balanceOf(patient), 10 * U);
        _hconservation();
    }

    // ───────────────────────────── blacklist ─────────────────────────────

    function test_settleEpoch_blacklistedRecipientDoesNotBlockSettlement() public {
        BlacklistToken t = new BlacklistToken();
        _poolOn(t);
        _hjoin(alice, 50 * U);
        _hjoin(bob, 50 * U);
        vm.startPrank(claims);
        uint256 p0 = hpool.queuePayment(1, patient, 6 * U);
        uint256 p1 = hpool.queuePayment(2, alice, 4 * U);
        vm.stopPrank();
        t.setBlocked(patient, true);
        vm.warp(hpool.genesis() + EPOCH);
        vm.expectEmit(true, true, true, true, address(hpool));
        emit IMutualPool.PaymentMade(p0, 1, patient, 6 * U, 0, 0, false);
        vm.expectEmit(true, true, true, true, address(hpool));
        emit IMutualPool.PaymentMade(p1, 2, alice, 4 * U, 0, 0, true);
        hpool.settleEpoch();
        assertEq(hpool.unclaimedPayoutOf(patient), 6 * U);
        assertEq(hpool.unclaimedPayouts(), 6 * U);
        assertEq(htoken.balanceOf(alice), 4 * U);
        _hconservation();
    }

    function test_releasePayout_afterBlacklistedTransferFailed_paysThePayeeOnly() public {
        BlacklistToken t = new BlacklistToken();
        _poolOn(t);
        _hjoin(alice, 50 * U);
        vm.prank(claims);
        hpool.queuePayment(1, patient, 6 * U);
        t.setBlocked(patient, true);
        _hsettle();

        // Still blocked: the release fails, whoever asks, and the payout stays owed to the payee.
        vm.prank(patient);
        vm.expectRevert(abi.encodeWithSelector(BlacklistToken.BlacklistTokenBlocked.selector, patient));
        hpool.releasePayout(patient);
        address other = makeAddr("patient's other wallet");
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(BlacklistToken.BlacklistTokenBlocked.selector, patient));
        hpool.releasePayout(patient);
        assertEq(hpool.unclaimedPayoutOf(patient), 6 * U);
        assertEq(htoken.balanceOf(other), 0, "nothing owed to the payee can go elsewhere");
        _hconservation();

        // Once the token lets it move, anyone releases it, to the payee only.
        t.setBlocked(patient, false);
        vm.expectEmit(true, true, false, true, address(hpool));
        emit IMutualPool.PayoutClaimed(patient, patient, 6 * U);
        vm.prank(other);
        assertEq(hpool.releasePayout(patient), 6 * U);
        assertEq(htoken.balanceOf(patient), 6 * U);
        assertEq(htoken.balanceOf(other), 0);
        assertEq(hpool.unclaimedPayoutOf(patient), 0);
        assertEq(hpool.unclaimedPayouts(), 0);
        _hconservation();
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNothingToClaim.selector, patient));
        hpool.releasePayout(patient);
    }

    // ───────────────────────────── returns false ─────────────────────────────

    function test_join_tokenReturningFalseReverts() public {
        ReturnFalseToken t = new ReturnFalseToken();
        _poolOn(t);
        t.setFailing(true);
        htoken.mint(alice, 20 * U);
        vm.startPrank(alice);
        htoken.approve(address(hpool), 20 * U);
        vm.expectRevert(abi.encodeWithSelector(SafeERC20.SafeERC20FailedOperation.selector, address(t)));
        hpool.join(_commitment(alice), 20 * U, 0);
        vm.stopPrank();
        assertEq(hpool.memberIdOf(alice), 0);
    }

    function test_settleEpoch_tokenReturningFalseKeepsPayoutAsUnclaimed() public {
        ReturnFalseToken t = new ReturnFalseToken();
        _poolOn(t);
        _hjoin(alice, 50 * U);
        vm.prank(claims);
        hpool.queuePayment(1, patient, 10 * U);
        t.setFailing(true);
        _hsettle();
        assertEq(hpool.unclaimedPayoutOf(patient), 10 * U);
        assertEq(htoken.balanceOf(patient), 0);
        _hconservation();
        t.setFailing(false);
        vm.prank(patient);
        hpool.releasePayout(patient);
        assertEq(htoken.balanceOf(patient), 10 * U);
    }

    function test_withdraw_tokenReturningFalseRevertsAndKeepsBalance() public {
        ReturnFalseToken t = new ReturnFalseToken();
        _poolOn(t);
        _hjoin(alice, 20 * U);
        vm.prank(alice);
        hpool.requestExit();
        _hsettle();
        t.setFailing(true);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(SafeERC20.SafeERC20FailedOperation.selector, address(t)));
        hpool.withdraw();
        assertEq(hpool.balanceOf(alice), 20 * U);
        assertEq(uint8(hpool.statusOf(alice)), uint8(MemberView.ExitRequested));
    }
}
