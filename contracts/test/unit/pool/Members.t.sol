// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {PoolUnitBase} from "./PoolUnitBase.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {Member, MemberStatus, MemberView} from "../../../src/types/PoolTypes.sol";
import {SortedMembers} from "../../../src/libraries/SortedMembers.sol";

/// @notice join, joinWithPermit, topUp, requestExit, expel, withdraw.
abstract contract PoolMembersTest is PoolUnitBase {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    // ───────────────────────────── join ─────────────────────────────

    function test_join_createsActiveMemberAndEmits() public {
        uint256 deposit = 25 * unit;
        _fund(alice, deposit);
        vm.expectEmit(true, true, true, true, address(pool));
        emit IMutualPool.MemberJoined(
            alice, 1, _commitment(alice), deposit, int256(deposit), 0, block.timestamp + WAITING, 0
        );
        vm.prank(alice);
        pool.join(_commitment(alice), deposit, 0);

        assertEq(pool.memberIdOf(alice), 1);
        assertEq(pool.balanceOf(alice), deposit);
        assertEq(_status(alice), _is(MemberView.Waiting));
        assertEq(pool.activeMembers(), 1);
        assertEq(pool.memberFunds(), deposit);
        assertEq(usd.balanceOf(address(pool)), deposit);
        assertEq(usd.balanceOf(alice), 0);
        assertTrue(pool.commitmentUsed(_commitment(alice)));
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        assertEq(head, 1);
        assertEq(tail, 1);
        assertEq(size, 1);
        _checkConservation();
    }

    function test_join_keyIsDepositPlusIndex() public {
        _join(alice, 20 * unit);
        _queue(1, patient, 5 * unit);
        _settleNext(); // index = 5 units
        _join(bob, 20 * unit);
        Member memory rec = pool.memberRecord(pool.memberIdOf(bob));
        assertEq(int256(rec.key), int256(20 * unit) + int256(5 * unit));
        assertEq(pool.balanceOf(bob), 20 * unit);
        assertEq(pool.balanceOf(alice), 15 * unit);
    }

    function test_join_zeroCommitmentReverts() public {
        _fund(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(IMutualPool.PoolCommitmentZero.selector);
        pool.join(bytes32(0), minimum, 0);
    }

    function test_join_usedCommitmentReverts() public {
        _join(alice, minimum);
        _fund(bob, minimum);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolCommitmentUsed.selector, _commitment(alice)));
        pool.join(_commitment(alice), minimum, 0);
    }

    function test_join_alreadyMemberReverts() public {
        _join(alice, minimum);
        _fund(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolAlreadyMember.selector, alice));
        pool.join(keccak256("another salt"), minimum, 0);
    }

    function test_join_exitRequestedMemberReverts() public {
        _join(alice, minimum);
        vm.prank(alice);
        pool.requestExit();
        _fund(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolAlreadyMember.selector, alice));
        pool.join(keccak256("another salt"), minimum, 0);
    }

    function test_join_lapsedMemberReverts() public {
        _lapseAlice();
        _fund(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolAlreadyMember.selector, alice));
        pool.join(keccak256("another salt"), minimum, 0);
    }

    function test_join_belowMinimumReverts() public {
        _fund(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IMutualPool.PoolBelowMinimumBalance.selector, alice, minimum - 1, minimum)
        );
        pool.join(_commitment(alice), minimum - 1, 0);
    }

    function test_join_afterWithdrawRejoinsWithNewCommitmentAndSameId() public {
        _lapseAlice();
        vm.prank(alice);
        pool.withdraw();
        assertEq(_status(alice), _is(MemberView.Exited));
        _fund(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolCommitmentUsed.selector, _commitment(alice)));
        pool.join(_commitment(alice), minimum, 0);
        vm.prank(alice);
        pool.join(keccak256("alice, new salt"), minimum, 0);
        assertEq(pool.memberIdOf(alice), 1);
        assertEq(_status(alice), _is(MemberView.Waiting));
        assertEq(pool.balanceOf(alice), minimum);
        assertEq(pool.activeMembers(), 2);
        _checkConservation();
    }

    function test_join_hintedInsertKeepsListSorted() public {
        _joinHinted(alice, 50 * unit);
        _joinHinted(bob, 20 * unit);
        _joinHinted(carol, 35 * unit);
        // Order by key: bob(2) 20 → carol(3) 35 → alice(1) 50.
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        assertEq(head, 2);
        assertEq(tail, 1);
        assertEq(size, 3);
        Member memory c = pool.memberRecord(3);
        assertEq(c.prev, 2);
        assertEq(c.next, 1);
        assertTrue(c.linked);
    }

    function test_join_wrongHintStillFindsPlace() public {
        _join(alice, 50 * unit);
        _join(bob, 60 * unit);
        _join(carol, 70 * unit);
        address dave = makeAddr("dave");
        _fund(dave, 55 * unit);
        vm.prank(dave);
        pool.join(_commitment(dave), 55 * unit, 3); // hint carol: too far right, walks left to alice
        Member memory d = pool.memberRecord(4);
        assertEq(d.prev, 1);
        assertEq(d.next, 2);
    }

    function test_join_hintTooFarReverts() public {
        uint256 n = SortedMembers.MAX_WALK + 2;
        for (uint256 i; i < n; ++i) {
            _join(address(uint160(0x1000 + i)), minimum + (i + 1) * unit);
        }
        // A key below every other one, hinted at the tail: the walk left gives up after MAX_WALK steps.
        address late = makeAddr("late");
        _fund(late, minimum);
        uint32 tail = uint32(n);
        vm.prank(late);
        vm.expectRevert(abi.encodeWithSelector(SortedMembers.SortedMembersHintTooFar.selector, tail, int256(minimum)));
        pool.join(keccak256("late"), minimum, tail);
        // With the right hint (0 = before the head) it goes in at the head.
        vm.prank(late);
        pool.join(keccak256("late"), minimum, 0);
        (uint32 head,, uint256 size) = pool.sortedMembers();
        assertEq(size, n + 1);
        assertEq(head, pool.memberIdOf(late));
    }

    // ───────────────────────────── joinWithPermit ─────────────────────────────

    function _permitSig(uint256 pk, address owner, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, address(pool), value, usd.nonces(owner), deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash));
        (v, r, s) = vm.sign(pk, digest);
    }

    function test_joinWithPermit_joinsWithoutPriorApproval() public {
        (address signer, uint256 pk) = makeAddrAndKey("permit signer");
        uint256 deposit = 30 * unit;
        usd.faucet(signer, deposit);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(pk, signer, deposit, deadline);
        vm.prank(signer);
        pool.joinWithPermit(_commitment(signer), deposit, 0, deadline, v, r, s);
        assertEq(pool.balanceOf(signer), deposit);
        assertEq(usd.balanceOf(signer), 0);
        assertEq(usd.nonces(signer), 1);
        assertEq(usd.allowance(signer, address(pool)), 0);
        _checkConservation();
    }

    function test_joinWithPermit_frontRunPermitStillJoins() public {
        (address signer, uint256 pk) = makeAddrAndKey("permit signer");
        uint256 deposit = 30 * unit;
        usd.faucet(signer, deposit);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(pk, signer, deposit, deadline);
        // Someone copies the signature from the mempool and submits the permit first.
        vm.prank(makeAddr("griefer"));
        usd.permit(signer, address(pool), deposit, deadline, v, r, s);
        vm.prank(signer);
        pool.joinWithPermit(_commitment(signer), deposit, 0, deadline, v, r, s);
        assertEq(pool.balanceOf(signer), deposit);
        assertEq(_status(signer), _is(MemberView.Waiting));
    }

    function test_joinWithPermit_invalidSignatureWithoutAllowanceReverts() public {
        (address signer,) = makeAddrAndKey("permit signer");
        (, uint256 otherPk) = makeAddrAndKey("someone else");
        uint256 deposit = 30 * unit;
        usd.faucet(signer, deposit);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(otherPk, signer, deposit, deadline);
        vm.prank(signer);
        vm.expectRevert(
            abi.encodeWithSelector(
                bytes4(keccak256("ERC20InsufficientAllowance(address,uint256,uint256)")), address(pool), 0, deposit
            )
        );
        pool.joinWithPermit(_commitment(signer), deposit, 0, deadline, v, r, s);
        assertEq(pool.memberIdOf(signer), 0);
    }

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
        vm.prank(claims);
        pool.expel(alice);
        assertEq(_status(alice), _is(MemberView.ExitRequested));
        _settleNext();
        vm.prank(alice);
        assertEq(pool.withdraw(), 30 * unit);
    }

    function test_expel_noOpOnNonActive() public {
        _lapseAlice();
        _join(carol, minimum);
        vm.prank(carol);
        pool.requestExit();
        address nobody = makeAddr("nobody");
        Member memory aliceBefore = pool.memberRecord(1);
        Member memory carolBefore = pool.memberRecord(3);
        uint256 activeBefore = pool.activeMembers();

        vm.recordLogs();
        vm.startPrank(claims);
        pool.expel(alice); // lapsed
        pool.expel(carol); // already leaving
        pool.expel(nobody); // never joined
        vm.stopPrank();
        assertEq(vm.getRecordedLogs().length, 0, "no event");
        assertEq(abi.encode(pool.memberRecord(1)), abi.encode(aliceBefore));
        assertEq(abi.encode(pool.memberRecord(3)), abi.encode(carolBefore));
        assertEq(pool.activeMembers(), activeBefore);
        assertEq(pool.memberIdOf(nobody), 0);
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

contract PoolMembersTest6 is PoolMembersTest {
    function _decimals() internal pure override returns (uint8) {
        return 6;
    }
}

contract PoolMembersTest18 is PoolMembersTest {
    function _decimals() internal pure override returns (uint8) {
        return 18;
    }
}
