// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../../src/interfaces/IClaimsManager.sol";
import {IClaimParameters} from "../../../src/interfaces/IClaimParameters.sol";
import {ClaimState, ReviewReason, ClaimParameter} from "../../../src/types/ClaimTypes.sol";

/// @notice Access matrix: every privileged function, called from every role that must not call it, reverts with
///         `AccessControlUnauthorizedAccount(caller, role)`; governance also refuses a timelock that is too fast.
contract ClaimsAccessTest is ClaimsFixture {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _announced(claimant, 100 * unit);
    }

    function _expectUnauthorized(address target, bytes memory data, address[] memory callers, bytes32 role) internal {
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            (bool ok, bytes memory ret) = target.call(data);
            assertFalse(ok, "privileged call must revert");
            assertEq(
                ret,
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role),
                "reverts with AccessControlUnauthorizedAccount"
            );
        }
    }

    function _notOperators() internal view returns (address[] memory callers) {
        callers = new address[](6);
        callers[0] = outsider;
        callers[1] = claimant;
        callers[2] = witnesses[0];
        callers[3] = address(timelock); // the admin is not an operator
        callers[4] = address(reports);
        callers[5] = address(this); // the deployer/admin is not an operator
    }

    function test_access_operatorFunctionsOfTheClaimsManager() public {
        bytes32 role = manager.OPERATOR_ROLE();
        address[] memory callers = _notOperators();
        _expectUnauthorized(
            address(manager),
            abi.encodeCall(manager.review, (id, true, 1, ReviewReason.None, bytes32("n"))),
            callers,
            role
        );
        _expectUnauthorized(address(manager), abi.encodeCall(manager.arbitrate, (id, true)), callers, role);
        _expectUnauthorized(address(manager), abi.encodeCall(manager.setNotary, (outsider, true)), callers, role);
    }

    function test_access_reportsModuleFunctionsOfTheClaimsManager() public {
        bytes32 role = manager.REPORTS_ROLE();
        address[] memory callers = new address[](5);
        callers[0] = outsider;
        callers[1] = claimant;
        callers[2] = witnesses[0];
        callers[3] = operator;
        callers[4] = address(timelock);
        _expectUnauthorized(
            address(manager), abi.encodeCall(manager.openInvestigation, (id, 1, block.timestamp)), callers, role
        );
        _expectUnauthorized(address(manager), abi.encodeCall(manager.closeInvestigation, (id)), callers, role);
        _expectUnauthorized(address(manager), abi.encodeCall(manager.confirmFraud, (id)), callers, role);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
    }

    function test_access_operatorFunctionsOfFraudReports() public {
        uint256 rid = _report(id);
        bytes32 role = reports.OPERATOR_ROLE();
        address[] memory callers = new address[](6);
        callers[0] = outsider;
        callers[1] = claimant;
        callers[2] = witnesses[0];
        callers[3] = reporter;
        callers[4] = address(manager);
        callers[5] = address(timelock);
        _expectUnauthorized(address(reports), abi.encodeCall(reports.resolveReport, (rid, true)), callers, role);
        _expectUnauthorized(address(reports), abi.encodeCall(reports.recordRecovery, (id, 1)), callers, role);
        _expectUnauthorized(address(reports), abi.encodeCall(reports.withdrawOperatorFees, (1)), callers, role);
    }

    function test_access_governanceOfTheParameters() public {
        bytes32 role = params.GOVERNOR_ROLE();
        address[] memory callers = new address[](5);
        callers[0] = outsider;
        callers[1] = operator;
        callers[2] = claimant;
        callers[3] = address(manager);
        callers[4] = address(this);
        _expectUnauthorized(
            address(params), abi.encodeCall(params.setParameter, (ClaimParameter.ClaimCap, 1)), callers, role
        );
        _expectUnauthorized(address(params), abi.encodeCall(params.startRunOff, ()), callers, role);
    }

    function test_access_aTimelockNoLongerThanAnEpochIsRefused() public {
        _refusesTimelockWithDelay(EPOCH);
    }

    /// @dev The delay must cover the exit notice, one epoch and the settlement slack, not just one epoch: a member
    ///      who asks to leave when a change is scheduled is settled out before it applies.
    function test_property_governanceDelayCoversTheExitNoticeAndAnEpoch() public {
        uint256 required = pool.governanceDelayRequired();
        assertEq(required, pool.exitNotice() + EPOCH + 1 days + 1);
        _refusesTimelockWithDelay(required - 1);
    }

    function _refusesTimelockWithDelay(uint256 delay) internal {
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        TimelockController fast = new TimelockController(delay, proposers, executors, address(0));
        bytes32 role = params.GOVERNOR_ROLE();
        _governance(address(params), abi.encodeCall(params.grantRole, (role, address(fast))));
        bytes memory data = abi.encodeCall(params.setParameter, (ClaimParameter.ClaimCap, 1));
        fast.schedule(address(params), 0, data, bytes32(0), bytes32(0), delay);
        vm.warp(block.timestamp + delay);
        vm.expectRevert(
            abi.encodeWithSelector(
                IClaimParameters.ClaimsGovernanceDelayTooShort.selector, delay, pool.governanceDelayRequired()
            )
        );
        fast.execute(address(params), 0, data, bytes32(0), bytes32(0));
    }

    function test_governance_setsParametersThroughTheTimelock() public {
        bytes memory data = abi.encodeCall(params.setParameter, (ClaimParameter.ClaimCap, 50_000 * unit));
        timelock.schedule(address(params), 0, data, bytes32(0), bytes32(0), _delay());
        vm.warp(block.timestamp + _delay() - 1);
        vm.expectRevert(); // not before the delay
        timelock.execute(address(params), 0, data, bytes32(0), bytes32(0));
        vm.warp(block.timestamp + 1);
        vm.expectEmit(address(params));
        emit IClaimParameters.ClaimParameterChanged(ClaimParameter.ClaimCap, 100_000 * unit, 50_000 * unit);
        timelock.execute(address(params), 0, data, bytes32(0), bytes32(0));
        assertEq(params.parameter(ClaimParameter.ClaimCap), 50_000 * unit);
    }

    function test_governance_refusesOutOfRangeValues() public {
        vm.startPrank(address(timelock));
        _refuse(ClaimParameter.ClaimCap, 0);
        _refuse(ClaimParameter.ReportBond, 0);
        _refuse(ClaimParameter.Commission, uint256(type(uint96).max) + 1);
        _refuse(ClaimParameter.StakeLock, uint256(type(uint96).max) + 1);
        _refuse(ClaimParameter.ReporterRewardBps, 10_001);
        _refuse(ClaimParameter.NoShowSliceBps, 10_001);
        _refuse(ClaimParameter.AcceptWindow, 1 hours - 1);
        _refuse(ClaimParameter.FraudReportWindow, 730 days + 1);
        vm.stopPrank();
    }

    function _refuse(ClaimParameter which, uint256 value) internal {
        vm.expectRevert(abi.encodeWithSelector(IClaimParameters.ClaimsInvalidParameter.selector, which, value));
        params.setParameter(which, value);
    }

    function test_modules_cannotBeCalledPastTheirRolesInThePool() public {
        vm.startPrank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, operator, pool.CLAIMS_ROLE()
            )
        );
        pool.queuePayment(id, operator, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, operator, pool.CLAIMS_ROLE()
            )
        );
        pool.expel(claimant);
        vm.stopPrank();
    }

    function test_witnessRegistry_privilegedCallsOnlyFromTheManager() public {
        vm.prank(operator);
        vm.expectRevert();
        registry.slash(witnesses[0], id, 1, "X", operator);
        vm.prank(outsider);
        vm.expectRevert();
        registry.unlock(witnesses[0], id);
    }

    function test_constructor_refusesZeroAddresses() public {
        vm.expectRevert(IClaimsManager.ClaimsZero.selector);
        vm.deployCode(
            "ClaimsManager.sol:ClaimsManager",
            abi.encode(pool, registry, rng, address(0), address(timelock), operator, address(this))
        );
    }
}
