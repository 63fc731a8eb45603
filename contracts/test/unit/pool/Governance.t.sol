// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {MemberView} from "../../../src/types/PoolTypes.sol";

/// @notice Parameters change only through a TimelockController whose delay exceeds the exit notice plus one
///         epoch plus the settlement slack.
contract PoolGovernanceTest is PoolFixture {
    /// @dev The delay a governor's must exceed: exit notice (0 here) + one epoch + the settlement slack.
    uint256 internal constant REQUIRED = EXIT_NOTICE + EPOCH + 1 days;

    address internal governorEoa = makeAddr("governorEoa");
    address internal alice = makeAddr("alice");

    function _shortTimelock(uint256 delay) internal returns (TimelockController short) {
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        short = new TimelockController(delay, proposers, executors, address(0));
        pool.grantRole(pool.GOVERNOR_ROLE(), address(short));
    }

    function test_setWaitingPeriod_throughTimelockChangesAndEmits() public {
        bytes memory data = abi.encodeCall(IMutualPool.setWaitingPeriod, (30 days));
        bytes32 salt = bytes32(uint256(1));
        timelock.schedule(address(pool), 0, data, bytes32(0), salt, GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.ParameterChanged("waitingPeriod", WAITING, 30 days);
        timelock.execute(address(pool), 0, data, bytes32(0), salt);
        assertEq(pool.waitingPeriod(), 30 days);
    }

    function test_setWaitingPeriod_notBeforeTheTimelockDelay() public {
        bytes memory data = abi.encodeCall(IMutualPool.setWaitingPeriod, (30 days));
        timelock.schedule(address(pool), 0, data, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY - 1);
        bytes32 id = timelock.hashOperation(address(pool), 0, data, bytes32(0), bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                id,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        timelock.execute(address(pool), 0, data, bytes32(0), bytes32(0));
        assertEq(pool.waitingPeriod(), WAITING);
    }

    function test_setWaitingPeriod_appliesToNewJoinsOnly() public {
        _join(alice, minimum);
        uint256 aliceStart = pool.coverageStartOf(alice);
        _governAs(abi.encodeCall(IMutualPool.setWaitingPeriod, (0)));
        assertEq(pool.coverageStartOf(alice), aliceStart);
        address bob = makeAddr("bob");
        _join(bob, minimum);
        assertEq(pool.coverageStartOf(bob), block.timestamp);
        assertEq(uint8(pool.statusOf(bob)), uint8(MemberView.Covered));
    }

    function test_setWaitingPeriod_aboveMaximumReverts() public {
        uint256 tooLong = pool.MAX_WAITING_PERIOD() + 1;
        bytes memory data = abi.encodeCall(IMutualPool.setWaitingPeriod, (tooLong));
        timelock.schedule(address(pool), 0, data, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(IMutualPool.PoolInvalidParameter.selector, bytes32("waitingPeriod"), tooLong)
        );
        timelock.execute(address(pool), 0, data, bytes32(0), bytes32(0));
    }

    function test_setMinimumBalance_throughTimelockChangesAndEmits() public {
        bytes memory data = abi.encodeCall(IMutualPool.setMinimumBalance, (25 * unit));
        timelock.schedule(address(pool), 0, data, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.ParameterChanged("minimumBalance", minimum, 25 * unit);
        timelock.execute(address(pool), 0, data, bytes32(0), bytes32(0));
        assertEq(pool.minimumBalance(), 25 * unit);
    }

    function test_setMinimumBalance_zeroReverts() public {
        bytes memory data = abi.encodeCall(IMutualPool.setMinimumBalance, (0));
        timelock.schedule(address(pool), 0, data, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolInvalidParameter.selector, bytes32("minimumBalance"), 0));
        timelock.execute(address(pool), 0, data, bytes32(0), bytes32(0));
    }

    function test_setMinimumBalance_aboveUint96Reverts() public {
        uint256 tooBig = uint256(type(uint96).max) + 1;
        bytes memory data = abi.encodeCall(IMutualPool.setMinimumBalance, (tooBig));
        timelock.schedule(address(pool), 0, data, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(IMutualPool.PoolInvalidParameter.selector, bytes32("minimumBalance"), tooBig)
        );
        timelock.execute(address(pool), 0, data, bytes32(0), bytes32(0));
    }

    function test_setMinimumBalance_raisedMakesLowBalancesLapse() public {
        _join(alice, 15 * unit);
        _governAs(abi.encodeCall(IMutualPool.setMinimumBalance, (20 * unit)));
        assertTrue(pool.lapsesPending());
        pool.processLapses(10);
        assertEq(uint8(pool.statusOf(alice)), uint8(MemberView.Lapsed));
        assertEq(pool.balanceOf(alice), 15 * unit);
        _checkConservation();
    }

    function test_startRunOff_throughTimelockRefusesJoinsAndRejoins() public {
        _join(alice, 12 * unit);
        vm.prank(claims);
        pool.queuePayment(1, makeAddr("patient"), 5 * unit);
        _settleNext(); // alice: 12 − 5 = 7 < 10, lapses below
        pool.processLapses(10);
        assertEq(uint8(pool.statusOf(alice)), uint8(MemberView.Lapsed));

        bytes memory data = abi.encodeCall(IMutualPool.startRunOff, ());
        timelock.schedule(address(pool), 0, data, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectEmit(false, false, false, true, address(pool));
        emit IMutualPool.RunOffStarted(block.timestamp);
        timelock.execute(address(pool), 0, data, bytes32(0), bytes32(0));
        assertTrue(pool.inRunOff());

        address bob = makeAddr("bob");
        _fund(bob, minimum);
        vm.prank(bob);
        vm.expectRevert(IMutualPool.PoolInRunOff.selector);
        pool.join(_commitment(bob), minimum, 0);

        _fund(alice, minimum);
        vm.prank(alice);
        vm.expectRevert(IMutualPool.PoolInRunOff.selector);
        pool.topUp(minimum, 0);

        // The lapsed member can still take her money out.
        vm.prank(alice);
        assertEq(pool.withdraw(), 7 * unit);
    }

    function test_startRunOff_activeTopUpStillAllowed() public {
        _join(alice, minimum);
        _governAs(abi.encodeCall(IMutualPool.startRunOff, ()));
        _topUp(alice, unit);
        assertEq(pool.balanceOf(alice), minimum + unit);
    }

    function test_setWaitingPeriod_eoaWithRoleRefused() public {
        pool.grantRole(pool.GOVERNOR_ROLE(), governorEoa);
        vm.prank(governorEoa);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, 0, REQUIRED));
        pool.setWaitingPeriod(1 days);
    }

    function test_setMinimumBalance_eoaWithRoleRefused() public {
        pool.grantRole(pool.GOVERNOR_ROLE(), governorEoa);
        vm.prank(governorEoa);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, 0, REQUIRED));
        pool.setMinimumBalance(unit);
    }

    function test_startRunOff_eoaWithRoleRefused() public {
        pool.grantRole(pool.GOVERNOR_ROLE(), governorEoa);
        vm.prank(governorEoa);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, 0, REQUIRED));
        pool.startRunOff();
    }

    function test_setMinimumBalance_contractWithoutDelayRefused() public {
        // A contract that is not a timelock (no getMinDelay) holds the role: refused like an EOA.
        pool.grantRole(pool.GOVERNOR_ROLE(), address(usd));
        vm.prank(address(usd));
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, 0, REQUIRED));
        pool.setMinimumBalance(unit);
    }

    function test_setMinimumBalance_timelockWithDelayOfOneEpochRefused() public {
        TimelockController short = _shortTimelock(EPOCH);
        bytes memory data = abi.encodeCall(IMutualPool.setMinimumBalance, (unit));
        short.schedule(address(pool), 0, data, bytes32(0), bytes32(0), EPOCH);
        vm.warp(block.timestamp + EPOCH);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, EPOCH, REQUIRED));
        short.execute(address(pool), 0, data, bytes32(0), bytes32(0));
        assertEq(pool.minimumBalance(), minimum);
    }

    function test_setWaitingPeriod_timelockWithShortDelayRefused() public {
        TimelockController short = _shortTimelock(1 days);
        bytes memory data = abi.encodeCall(IMutualPool.setWaitingPeriod, (0));
        short.schedule(address(pool), 0, data, bytes32(0), bytes32(0), 1 days);
        vm.warp(block.timestamp + 1 days);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, 1 days, REQUIRED));
        short.execute(address(pool), 0, data, bytes32(0), bytes32(0));
        assertEq(pool.waitingPeriod(), WAITING);
    }

    function test_startRunOff_timelockWithoutRoleRefused() public {
        TimelockController other = _shortTimelock(GOVERNANCE_DELAY);
        pool.revokeRole(pool.GOVERNOR_ROLE(), address(other));
        bytes memory data = abi.encodeCall(IMutualPool.startRunOff, ());
        other.schedule(address(pool), 0, data, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, address(other), pool.GOVERNOR_ROLE()
            )
        );
        other.execute(address(pool), 0, data, bytes32(0), bytes32(0));
        assertFalse(pool.inRunOff());
    }

    function test_setWaitingPeriod_withoutRoleReverts() public {
        bytes32 role = pool.GOVERNOR_ROLE();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        pool.setWaitingPeriod(0);
    }
}
