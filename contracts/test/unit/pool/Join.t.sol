// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolUnitBase} from "./PoolUnitBase.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {Member, MemberView} from "../../../src/types/PoolTypes.sol";
import {SortedMembers} from "../../../src/libraries/SortedMembers.sol";
import {IAllowPermit} from "../../../src/interfaces/IAllowPermit.sol";
import {StablecoinPermit} from "../../doubles/Stablecoins.sol";

/// @notice join, joinWithPermit and joinWithAllowPermit, on whichever token `LASHOU_TOKEN` names.
abstract contract PoolJoinTest is PoolUnitBase {
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

    // ───────────────────────────── joinWithPermit / joinWithAllowPermit ─────────────────────────────

    /// @dev The token has no permit: both kinds of permit call revert and leave the allowance at zero.
    function _assertNoPermit() internal {
        address owner = makeAddr("would-be signer");
        (bool ok2612,) = address(usd)
            .call(
                abi.encodeWithSignature(
                    "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)",
                    owner,
                    address(pool),
                    1,
                    block.timestamp,
                    uint8(27),
                    bytes32(0),
                    bytes32(0)
                )
            );
        (bool okAllow,) = address(usd)
            .call(abi.encodeCall(IAllowPermit.permit, (owner, address(pool), 0, 0, true, 27, bytes32(0), bytes32(0))));
        assertFalse(ok2612, "no EIP-2612 permit");
        assertFalse(okAllow, "no allow-permit");
        assertEq(usd.allowance(owner, address(pool)), 0);
    }

    /// @dev Joins with `p` through the pool's entry for the permit's kind (EIP-2612, or DAI's allow-permit).
    function _joinWithSignedPermit(address signer, uint256 deposit, StablecoinPermit memory p) internal {
        vm.prank(signer);
        if (p.allowStyle) {
            pool.joinWithAllowPermit(_commitment(signer), deposit, 0, p.nonce, p.deadline, p.v, p.r, p.s);
        } else {
            pool.joinWithPermit(_commitment(signer), deposit, 0, p.deadline, p.v, p.r, p.s);
        }
    }

    /// @dev On every token with a permit (the test stablecoin and USDC: EIP-2612; DAI: its own), one transaction
    ///      joins with no approval; on USDT, which has none, the permit entry fails as a plain missing approval
    ///      would, and nothing is taken.
    function test_joinWithPermit_joinsWithoutPriorApproval() public {
        (address signer, uint256 pk) = makeAddrAndKey("permit signer");
        uint256 deposit = 30 * unit;
        _mintTokens(address(usd), signer, deposit);
        uint256 deadline = block.timestamp + 1 hours;
        if (!_supportsEip2612() && !_supportsAllowPermit()) {
            vm.prank(signer);
            vm.expectRevert();
            pool.joinWithPermit(_commitment(signer), deposit, 0, deadline, 27, bytes32(0), bytes32(0));
            assertEq(pool.memberIdOf(signer), 0);
            assertEq(usd.balanceOf(signer), deposit, "nothing taken");
            return;
        }
        StablecoinPermit memory p = _signStablecoinPermit(address(usd), pk, address(pool), deposit, deadline);
        _joinWithSignedPermit(signer, deposit, p);
        assertEq(pool.balanceOf(signer), deposit);
        assertEq(usd.balanceOf(signer), 0);
        assertEq(IAllowPermit(address(usd)).nonces(signer), 1);
        // EIP-2612 grants exactly the deposit, spent; DAI's permit grants the maximum, which DAI never lowers.
        assertEq(usd.allowance(signer, address(pool)), p.allowStyle ? type(uint256).max : 0);
        _checkConservation();
    }

    function test_joinWithPermit_frontRunPermitStillJoins() public {
        if (!_supportsEip2612() && !_supportsAllowPermit()) {
            // USDT: there is no permit to copy from the mempool — the token refuses either kind of permit call.
            _assertNoPermit();
            return;
        }
        (address signer, uint256 pk) = makeAddrAndKey("permit signer");
        uint256 deposit = 30 * unit;
        _mintTokens(address(usd), signer, deposit);
        uint256 deadline = block.timestamp + 1 hours;
        StablecoinPermit memory p = _signStablecoinPermit(address(usd), pk, address(pool), deposit, deadline);
        // Someone copies the signature from the mempool and submits the permit first.
        vm.prank(makeAddr("griefer"));
        _submitStablecoinPermit(address(usd), p);
        _joinWithSignedPermit(signer, deposit, p);
        assertEq(pool.balanceOf(signer), deposit);
        assertEq(_status(signer), _is(MemberView.Waiting));
    }

    function test_joinWithPermit_invalidSignatureWithoutAllowanceReverts() public {
        if (!_supportsEip2612() && !_supportsAllowPermit()) {
            _assertNoPermit(); // USDT: no signature of any kind can grant an allowance
            return;
        }
        (address signer,) = makeAddrAndKey("permit signer");
        (, uint256 otherPk) = makeAddrAndKey("someone else");
        uint256 deposit = 30 * unit;
        _mintTokens(address(usd), signer, deposit);
        uint256 deadline = block.timestamp + 1 hours;
        // Signed by someone else for the signer's address: the token refuses the permit, so the pull fails.
        StablecoinPermit memory p = _signStablecoinPermit(address(usd), otherPk, address(pool), deposit, deadline);
        vm.expectRevert();
        _joinWithSignedPermit(signer, deposit, p);
        assertEq(pool.memberIdOf(signer), 0);
        assertEq(usd.balanceOf(signer), deposit, "nothing taken");
    }
}

contract PoolJoinTest6 is PoolJoinTest {
    function _decimals() internal pure override returns (uint8) {
        return 6;
    }
}

contract PoolJoinTest18 is PoolJoinTest {
    function _decimals() internal pure override returns (uint8) {
        return 18;
    }
}
