// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../../src/interfaces/IClaimsManager.sol";
import {IFraudReports} from "../../../src/interfaces/IFraudReports.sol";
import {ClaimState} from "../../../src/types/ClaimTypes.sol";

/// @notice Remaining reverts and events: zero inputs, notary events, reports after stakes are released,
///         module calls in the wrong state.
contract ClaimsMiscTest is ClaimsFixture {
    function test_setNotary_emitsAndRefusesZero() public {
        vm.expectEmit(address(manager));
        emit IClaimsManager.NotaryUpdated(outsider, true);
        vm.prank(operator);
        manager.setNotary(outsider, true);
        assertTrue(manager.isNotary(outsider));
        vm.prank(operator);
        vm.expectRevert(IClaimsManager.ClaimsZero.selector);
        manager.setNotary(address(0), true);
    }

    function test_withdrawOperatorFees_refusesZeroAmount() public {
        vm.startPrank(operator);
        vm.expectRevert(IFraudReports.ReportsZero.selector);
        reports.withdrawOperatorFees(0);
        vm.stopPrank();
    }

    function test_releaseRefund_refusesNothingOwed() public {
        vm.prank(reporter);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsNothingOwed.selector, reporter));
        reports.releaseRefund(reporter);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsNothingOwed.selector, address(0)));
        reports.releaseRefund(address(0));
    }

    function test_creditPending_refusesNothingPending() public {
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsNoPendingCredit.selector, 1));
        reports.creditPending(1);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNoPendingCredit.selector, 1));
        manager.creditPending(1);
    }

    function test_recordRecovery_refusesZero() public {
        uint256 id = _paid(claimant, 100 * unit);
        uint256 rid = _report(id);
        vm.prank(operator);
        reports.resolveReport(rid, true);
        vm.prank(operator);
        vm.expectRevert(IFraudReports.ReportsZero.selector);
        reports.recordRecovery(id, 0);
    }

    function test_reportFraud_closedOnceStakesAreReleased() public {
        uint256 id = _paid(claimant, 100 * unit);
        vm.warp(manager.claim(id).deadline + 1);
        manager.releaseStakes(id);
        _mintTokens(address(usd), reporter, 100 * unit);
        _approveAs(address(usd), reporter, address(reports), 100 * unit);
        vm.startPrank(reporter);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsReportsClosed.selector, id));
        reports.reportFraud(id, keccak256("late"));
        vm.stopPrank();
    }

    function test_reportsModule_callsInTheWrongStateRevert() public {
        uint256 id = _file(claimant, 100 * unit);
        vm.startPrank(address(reports));
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsReportsClosed.selector, id));
        manager.openInvestigation(id, 1, block.timestamp);
        // Closing a report whose claim is not under investigation (it ended through another report) changes nothing.
        manager.closeInvestigation(id);
        assertEq(uint8(manager.claim(id).state), uint8(ClaimState.Filed));
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Filed));
        manager.confirmFraud(id);
        vm.stopPrank();
    }

    function test_markPaid_andReleaseStakes_revertInOtherStates() public {
        uint256 id = _file(claimant, 100 * unit);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Filed));
        manager.markPaid(id);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Filed));
        manager.releaseStakes(id);
        assertFalse(manager.isFullyPaid(id));
    }

    function test_views_wiring() public view {
        assertEq(address(manager.pool()), address(pool));
        assertEq(address(manager.parameters()), address(params));
        assertEq(address(reports.claims()), address(manager));
        assertEq(params.honourUntil(), type(uint256).max);
        assertEq(manager.claimCount(), 0);
    }
}
