// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {MutualPool} from "../../../src/MutualPool.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";

/// @notice The exit notice: a member who asks to leave still shares every claim charged up to the epoch that
///         contains the request time plus the notice, so leaving cannot front-run a claim already announced.
contract PoolExitNoticeTest is PoolFixture {
    uint256 internal constant NOTICE = 7 days;

    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal patient = makeAddr("patient");

    function setUp() public override {
        super.setUp();
        pool = new MutualPool(IERC20(address(usd)), EPOCH, WAITING, minimum, NOTICE, address(timelock), address(this));
        pool.grantRole(pool.CLAIMS_ROLE(), claims);
        pool.grantRole(pool.CREDITOR_ROLE(), creditor);
    }

    function test_requestExit_lateInAnEpochOwesTheNextOne() public {
        _join(alice, 100 * unit);
        _join(bob, 100 * unit);
        // Ten days into epoch 0: the notice runs into epoch 1.
        vm.warp(pool.genesis() + 10 days);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.MemberExitRequested(alice, 1, 100 * unit, false);
        vm.prank(alice);
        pool.requestExit();
        assertEq(pool.maxChargeBeforeExit(alice), 2 * minimum);

        // A claim announced now is approved after the 7-day window, in epoch 1: Alice still shares it.
        vm.warp(pool.genesis() + 17 days);
        vm.prank(claims);
        pool.queuePayment(1, patient, 20 * unit);
        vm.warp(pool.genesis() + EPOCH);
        pool.settleEpoch();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolExitNotSettled.selector, alice, 1, 1));
        pool.withdraw();
        vm.warp(pool.genesis() + 2 * EPOCH);
        pool.settleEpoch();
        assertEq(pool.balanceOf(alice), 90 * unit, "Alice paid half of the claim announced before she left");
        vm.prank(alice);
        assertEq(pool.withdraw(), 90 * unit);
        _checkConservation();
    }

    function test_requestExit_earlyInAnEpochOwesOnlyThatEpoch() public {
        _join(alice, 100 * unit);
        vm.warp(pool.genesis() + 1 days);
        vm.prank(alice);
        pool.requestExit();
        assertEq(pool.memberRecord(pool.memberIdOf(alice)).exitEpoch, 0);
        assertEq(pool.maxChargeBeforeExit(alice), minimum);
    }

    function test_maxChargeBeforeExit_activeMemberCountsTheNotice() public {
        _join(alice, 100 * unit);
        vm.warp(pool.genesis() + 1 days);
        assertEq(pool.maxChargeBeforeExit(alice), minimum);
        vm.warp(pool.genesis() + 8 days);
        assertEq(pool.maxChargeBeforeExit(alice), 2 * minimum);
    }

    function test_setExitNotice_throughTimelock() public {
        bytes memory data = abi.encodeCall(IMutualPool.setExitNotice, (3 days));
        timelock.schedule(address(pool), 0, data, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.ParameterChanged("exitNotice", NOTICE, 3 days);
        timelock.execute(address(pool), 0, data, bytes32(0), bytes32(0));
        assertEq(pool.exitNotice(), 3 days);
    }

    function test_setExitNotice_refusedAboveTheBound() public {
        uint256 tooLong = pool.MAX_EXIT_NOTICE() + 1;
        bytes memory data = abi.encodeCall(IMutualPool.setExitNotice, (tooLong));
        timelock.schedule(address(pool), 0, data, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(IMutualPool.PoolInvalidParameter.selector, bytes32("exitNotice"), tooLong)
        );
        timelock.execute(address(pool), 0, data, bytes32(0), bytes32(0));
    }

    function test_setExitNotice_refusedForAnEoaGovernor() public {
        address eoa = makeAddr("eoa");
        pool.grantRole(pool.GOVERNOR_ROLE(), eoa);
        vm.prank(eoa);
        vm.expectRevert(
            abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, 0, NOTICE + EPOCH + 1 days)
        );
        pool.setExitNotice(1 days);
    }

    function test_constructor_refusesTooLongNotice() public {
        uint256 tooLong = 90 days + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IMutualPool.PoolInvalidParameter.selector, bytes32("exitNotice"), tooLong)
        );
        new MutualPool(IERC20(address(usd)), EPOCH, WAITING, minimum, tooLong, address(timelock), address(this));
    }

    function test_runOffStartedAt_recordsTheTime() public {
        assertEq(pool.runOffStartedAt(), 0);
        vm.warp(block.timestamp + 3 days);
        uint256 scheduledAt = block.timestamp;
        _governAs(abi.encodeCall(IMutualPool.startRunOff, ()));
        assertTrue(pool.inRunOff());
        assertEq(pool.runOffStartedAt(), scheduledAt + GOVERNANCE_DELAY);
    }
}
