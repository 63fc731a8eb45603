// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolFixture} from "../../utils/PoolFixture.sol";
import {StablecoinKind} from "../../doubles/Stablecoins.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {MemberView} from "../../../src/types/PoolTypes.sol";

/// @notice docs/pool.md, "A worked example", step by step: every number asserted here is a number printed
///         in the document (6-decimal USDC, M = 10 USDC, 14-day epochs). If one changes, change both.
contract WorkedExampleTest is PoolFixture {
    address internal ann = makeAddr("Ann");
    address internal ben = makeAddr("Ben");
    address internal cai = makeAddr("Cai");
    address internal dee = makeAddr("Dee");
    address internal eve = makeAddr("Eve");
    address internal patientA = makeAddr("patient A");
    address internal patientB = makeAddr("patient B");

    /// @dev The document's numbers are in 6 decimals: on `LASHOU_TOKEN=dai` (18) the example runs on the test
    ///      stablecoin with 6; on every other kind, on that kind's token.
    function _stablecoinKind() internal view override returns (StablecoinKind) {
        StablecoinKind kind = super._stablecoinKind();
        return kind == StablecoinKind.Dai ? StablecoinKind.Test : kind;
    }

    function _usdc(uint256 whole, uint256 micro) internal pure returns (uint256) {
        return whole * 1e6 + micro;
    }

    function _ids() internal view returns (uint32[] memory order) {
        (uint32 head,, uint256 size) = pool.sortedMembers();
        order = new uint32[](size);
        uint32 cursor = head;
        for (uint256 i; i < size; ++i) {
            order[i] = cursor;
            cursor = pool.memberRecord(cursor).next;
        }
    }

    function test_workedExample_fiveMembersTwoEpochs() public {
        assertEq(usd.decimals(), 6);
        assertEq(pool.minimumBalance(), _usdc(10, 0));

        // ── Epoch 0: five joins (ids 1..5), keys = deposits because the index is 0 ──
        _join(ann, _usdc(100, 0)); // id 1
        _join(ben, _usdc(50, 0)); // id 2, hint 0: before Ann
        _join(cai, _usdc(30, 0)); // id 3
        _join(dee, _usdc(14, 0)); // id 4
        assertEq(pool.findInsertPosition(int256(_usdc(60, 0)), 0), 2, "Eve's 60 goes after Ben (id 2)");
        _fund(eve, _usdc(60, 0));
        vm.prank(eve);
        pool.join(_commitment(eve), _usdc(60, 0), 2); // id 5
        uint32[] memory order = _ids();
        assertEq(order.length, 5);
        assertEq(order[0], 4); // Dee 14
        assertEq(order[1], 3); // Cai 30
        assertEq(order[2], 2); // Ben 50
        assertEq(order[3], 5); // Eve 60
        assertEq(order[4], 1); // Ann 100

        // Claim A: 20.000003 USDC approved in epoch 0. Eve asks to leave in epoch 0.
        _queue(1, patientA, _usdc(20, 3));
        vm.prank(eve);
        pool.requestExit();
        assertEq(pool.maxChargeBeforeExit(eve), _usdc(10, 0));

        // ── Settle epoch 0: N = 5, share = ceil(20.000003 / 5) = 4.000001, dust 0.000002 ──
        vm.warp(pool.genesis() + EPOCH);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.EpochSettled(0, 5, _usdc(4, 1), _usdc(20, 3), 2, int256(_usdc(4, 1)), 0, 1);
        pool.settleEpoch();
        assertEq(pool.index(), int256(_usdc(4, 1)));
        assertEq(pool.reserve(), 2);
        assertEq(usd.balanceOf(patientA), _usdc(20, 3));
        assertEq(pool.balanceOf(ann), _usdc(95, 999_999));
        assertEq(pool.balanceOf(ben), _usdc(45, 999_999));
        assertEq(pool.balanceOf(cai), _usdc(25, 999_999));
        assertEq(pool.balanceOf(dee), _usdc(9, 999_999));
        assertEq(pool.balanceOf(eve), _usdc(55, 999_999));
        assertEq(pool.activeMembers(), 4, "Eve's exit is final");
        _checkConservation();

        // ── Epoch 1: Dee's key 14 < index + M = 14.000001: she lapses, keeping 9.999999 ──
        assertTrue(pool.lapsesPending());
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberLapsed(4, _usdc(9, 999_999), int256(_usdc(4, 1)));
        assertFalse(pool.processLapses(10));
        assertEq(uint8(pool.statusOf(dee)), uint8(MemberView.Lapsed));
        assertEq(pool.activeMembers(), 3);

        // Eve withdraws her frozen balance; Dee takes hers out too.
        vm.prank(eve);
        assertEq(pool.withdraw(), _usdc(55, 999_999));
        vm.prank(dee);
        assertEq(pool.withdraw(), _usdc(9, 999_999));

        // A credit of 7 USDC (a slashed witness stake) over N = 3: 2.333333 each, 0.000001 to the reserve.
        _fund(creditor, _usdc(7, 0));
        vm.prank(creditor);
        pool.creditMembers(_usdc(7, 0), "SLASH", 1);
        assertEq(pool.index(), int256(_usdc(1, 666_668)));
        assertEq(pool.reserve(), 3);
        assertEq(pool.balanceOf(ann), _usdc(98, 333_332));

        // Claim B: 45 USDC in epoch 1. The capacity is the reserve plus N·M = 0.000003 + 30: 30.000003 now (the
        // reserve's 0.000003 first), 14.999997 rolls over as an instalment.
        uint256 paymentB = _queue(2, patientB, _usdc(45, 0));

        // ── Settle epoch 1: the reserve pays 0.000003, then share = 10 (= M), index 11.666668 ──
        vm.warp(pool.genesis() + 2 * EPOCH);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.ReserveUsed(1, 3);
        vm.expectEmit(true, true, true, true, address(pool));
        emit IMutualPool.PaymentMade(paymentB, 2, patientB, _usdc(30, 3), _usdc(14, 999_997), 1, true);
        pool.settleEpoch();
        assertEq(pool.index(), int256(_usdc(11, 666_668)));
        assertEq(pool.reserve(), 0);
        assertEq(pool.balanceOf(ann), _usdc(88, 333_332));
        assertEq(pool.balanceOf(ben), _usdc(38, 333_332));
        assertEq(pool.balanceOf(cai), _usdc(18, 333_332));
        assertEq(pool.queuedPayments(), _usdc(14, 999_997));
        assertEq(pool.memberFunds(), _usdc(144, 999_996));
        assertEq(usd.balanceOf(address(pool)), _usdc(144, 999_996));
        _checkConservation();

        // ── Epoch 2 settles the rest of claim B: 14.999997 / 3 = 4.999999 each, no dust ──
        vm.warp(pool.genesis() + 3 * EPOCH);
        pool.settleEpoch();
        assertEq(usd.balanceOf(patientB), _usdc(45, 0));
        assertEq(pool.balanceOf(ann), _usdc(83, 333_333));
        assertEq(pool.balanceOf(ben), _usdc(33, 333_333));
        assertEq(pool.balanceOf(cai), _usdc(13, 333_333));
        assertEq(usd.balanceOf(address(pool)), _usdc(129, 999_999));
        assertEq(pool.reserve(), 0);
        _checkConservation();
    }
}
