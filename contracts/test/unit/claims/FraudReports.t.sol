// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../../src/interfaces/IClaimsManager.sol";
import {IFraudReports} from "../../../src/interfaces/IFraudReports.sol";
import {MemberView} from "../../../src/types/PoolTypes.sol";
import {
    Claim,
    ClaimState,
    ReviewReason,
    WitnessSlot,
    FraudReport,
    ReportOutcome,
    ClaimParameter
} from "../../../src/types/ClaimTypes.sol";

contract FraudReportsTest is ClaimsFixture {
    uint256 internal constant BOND = 100;

    function _stakeOf(address w) internal view returns (uint256 amount, uint256 locked) {
        (amount, locked,,,) = registry.witnessInfo(w);
    }

    function test_reportFraud_duringTheAnnouncementPutsTheClaimUnderInvestigation() public {
        uint256 id = _announced(claimant, 1000 * unit);
        uint256 rid = _report(id);
        FraudReport memory r = reports.report(rid);
        assertEq(r.claimId, id);
        assertEq(r.reporter, reporter);
        assertEq(r.bond, BOND * unit);
        assertEq(r.deadline, block.timestamp + 30 days);
        assertEq(uint8(r.resumeState), uint8(ClaimState.Announced));
        assertEq(uint8(_state(id)), uint8(ClaimState.UnderInvestigation));
        assertEq(manager.claim(id).openReports, 1);
        assertEq(reports.bondsHeld(), BOND * unit);
        _assertMoney();
        // Several reports may be open at once; no approval while any is.
        _mintTokens(address(usd), outsider, BOND * unit);
        _approveAs(address(usd), outsider, address(reports), BOND * unit);
        vm.startPrank(outsider);
        reports.reportFraud(id, reports.reportCommitment(outsider, id, keccak256("more"), SALT));
        vm.stopPrank();
        assertEq(manager.claim(id).openReports, 2);
        vm.warp(block.timestamp + 8 days);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.UnderInvestigation)
        );
        manager.approveClaim(id);
    }

    function test_reportFraud_revertsOutsideTheWindowsAndWithoutEvidence() public {
        uint256 id = _file(claimant, 100 * unit);
        _mintTokens(address(usd), reporter, 10 * BOND * unit);
        _approveAs(address(usd), reporter, address(reports), type(uint256).max);
        vm.startPrank(reporter);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsReportsClosed.selector, id));
        reports.reportFraud(id, keccak256("e"));
        vm.expectRevert(IFraudReports.ReportsZero.selector);
        reports.reportFraud(id, bytes32(0));
        vm.stopPrank();
        uint256 paid = _paid(members[1], 100 * unit);
        vm.warp(manager.claim(paid).deadline + 1);
        vm.prank(reporter);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsReportsClosed.selector, paid));
        reports.reportFraud(paid, keccak256("e"));
    }

    function test_reportFraud_revertsWithoutTheBond() public {
        uint256 id = _announced(claimant, 100 * unit);
        vm.prank(reporter);
        vm.expectRevert();
        reports.reportFraud(id, keccak256("e"));
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
    }

    function test_resolveReport_confirmedDuringAnnouncement() public {
        uint256 id = _announced(claimant, 1000 * unit);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        uint256 rid = _report(id);
        uint256 funds = pool.memberFunds() + pool.reserve();
        uint256 slashed = 3 * 5000 * unit;
        uint256 reward = 1000 * unit * 1000 / 10_000; // 10 % of the claim amount
        vm.expectEmit(address(reports));
        emit IFraudReports.ReportResolved(
            rid, id, ReportOutcome.Confirmed, reporter, BOND * unit, reward, slashed, slashed - reward, 0
        );
        vm.prank(operator);
        reports.resolveReport(rid, true);

        assertEq(usd.balanceOf(reporter), BOND * unit + reward, "bond back plus reward");
        assertEq(pool.memberFunds() + pool.reserve(), funds + slashed - reward, "rest credited to members");
        for (uint256 i; i < 3; ++i) {
            (uint256 amount, uint256 locked) = _stakeOf(slots[i].witness);
            assertEq(amount, 0);
            assertEq(locked, 0);
        }
        Claim memory c = manager.claim(id);
        assertEq(uint8(c.state), uint8(ClaimState.Rejected));
        assertEq(uint8(c.reason), uint8(ReviewReason.FraudConfirmed));
        assertEq(uint8(pool.statusOf(claimant)), uint8(MemberView.ExitRequested), "membership ended");
        assertEq(uint8(reports.report(rid).outcome), uint8(ReportOutcome.Confirmed));
        assertEq(reports.bondsHeld(), 0);
        _assertMoney();
    }

    function test_resolveReport_confirmedAfterPayoutMarksFraud() public {
        uint256 id = _paid(claimant, 100 * unit);
        uint256 rid = _report(id);
        assertEq(uint8(reports.report(rid).resumeState), uint8(ClaimState.Paid));
        vm.prank(operator);
        reports.resolveReport(rid, true);
        assertEq(uint8(_state(id)), uint8(ClaimState.FraudConfirmed));
        // reward = 10 % of 100 = 10 units.
        assertEq(usd.balanceOf(reporter), BOND * unit + 10 * unit);
        assertTrue(manager.claim(id).stakesSettled);
        _assertMoney();

        // Money recovered off chain is credited to members.
        uint256 funds = pool.memberFunds() + pool.reserve();
        _mintTokens(address(usd), operator, 60 * unit);
        _approveAs(address(usd), operator, address(reports), 60 * unit);
        vm.startPrank(operator);
        vm.expectEmit(address(reports));
        emit IFraudReports.RecoveryRecorded(id, operator, 60 * unit);
        reports.recordRecovery(id, 60 * unit);
        vm.stopPrank();
        assertEq(pool.memberFunds() + pool.reserve(), funds + 60 * unit);
        _assertMoney();
    }

    function test_resolveReport_rewardIsCappedAtWhatWasSlashed() public {
        // A tiny stake lock (and no scaling with the claim): reward (10 % of 1 000 = 100) exceeds the 3 × 1 slashed.
        _governance(address(params), abi.encodeCall(params.setParameter, (ClaimParameter.StakeCoverBps, 0)));
        _governance(address(params), abi.encodeCall(params.setParameter, (ClaimParameter.Commission, 1 * unit)));
        _governance(address(params), abi.encodeCall(params.setParameter, (ClaimParameter.StakeLock, 1 * unit)));
        uint256 id = _announced(claimant, 1000 * unit);
        uint256 rid = _report(id);
        vm.prank(operator);
        reports.resolveReport(rid, true);
        assertEq(usd.balanceOf(reporter), BOND * unit + 3 * unit);
        _assertMoney();
    }

    function test_resolveReport_dismissedBondBecomesTheFeeAndTheClaimResumes() public {
        uint256 id = _announced(claimant, 100 * unit);
        uint256 deadline = manager.claim(id).deadline;
        uint256 rid = _report(id);
        vm.prank(operator);
        reports.resolveReport(rid, false);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
        assertEq(manager.claim(id).deadline, deadline, "announcement not extended");
        assertEq(reports.operatorFees(), BOND * unit);
        assertEq(usd.balanceOf(reporter), 0);
        _assertMoney();
        vm.startPrank(operator);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsInsufficientFees.selector, 101 * unit, 100 * unit));
        reports.withdrawOperatorFees(101 * unit);
        reports.withdrawOperatorFees(BOND * unit);
        vm.stopPrank();
        assertEq(usd.balanceOf(operator), BOND * unit);
        _assertMoney();
        vm.warp(deadline + 1);
        manager.approveClaim(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Approved));
    }

    function test_resolveReport_revertsWhenClosedOrLate() public {
        uint256 id = _announced(claimant, 100 * unit);
        uint256 rid = _report(id);
        vm.warp(block.timestamp + 30 days + 1);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsDeadlinePassed.selector, rid, block.timestamp - 1));
        reports.resolveReport(rid, true);
        reports.expireReport(rid);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsNotOpen.selector, rid, ReportOutcome.Expired));
        reports.resolveReport(rid, true);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsNotOpen.selector, 77, ReportOutcome.Open));
        reports.resolveReport(77, true);
    }

    function test_expireReport_bondBackAndTheClaimGoesOn() public {
        uint256 id = _announced(claimant, 100 * unit);
        uint256 rid = _report(id);
        vm.expectRevert(
            abi.encodeWithSelector(IFraudReports.ReportsDeadlineNotReached.selector, rid, block.timestamp + 30 days)
        );
        reports.expireReport(rid);
        vm.warp(block.timestamp + 30 days + 1);
        vm.prank(outsider);
        reports.expireReport(rid);
        assertEq(usd.balanceOf(reporter), BOND * unit);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
        // The announcement ended meanwhile: anyone approves now.
        manager.approveClaim(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Approved));
        _assertMoney();
    }

    function test_expireReport_aBlockedReporterIsPaidLaterToItsOwnAddressOnly() public {
        uint256 id = _announced(claimant, 100 * unit);
        uint256 rid = _report(id);
        vm.warp(block.timestamp + 30 days + 1);
        vm.mockCallRevert(address(usd), abi.encodeCall(IERC20.transfer, (reporter, BOND * unit)), "blocked");
        reports.expireReport(rid);
        vm.clearMockedCalls();
        assertEq(reports.unclaimedRefundOf(reporter), BOND * unit);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced), "the claim is not stuck");
        _assertMoney();
        // Anyone may release it, and it goes to the reporter only.
        address fresh = makeAddr("fresh");
        vm.expectEmit(true, true, false, true, address(reports));
        emit IFraudReports.RefundClaimed(reporter, reporter, BOND * unit);
        vm.prank(fresh);
        assertEq(reports.releaseRefund(reporter), BOND * unit);
        assertEq(usd.balanceOf(reporter), BOND * unit);
        assertEq(usd.balanceOf(fresh), 0);
        assertEq(reports.unclaimedRefunds(), 0);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsNothingOwed.selector, reporter));
        reports.releaseRefund(reporter);
        _assertMoney();
    }

    function test_recordRecovery_onlyForFraudConfirmedClaims() public {
        uint256 id = _announced(claimant, 100 * unit);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsNotFraudConfirmed.selector, id));
        reports.recordRecovery(id, 1);
    }

    function test_releaseStakes_blockedWhileAReportIsOpen() public {
        uint256 id = _paid(claimant, 100 * unit);
        vm.warp(manager.claim(id).deadline - 1);
        uint256 rid = _report(id);
        vm.warp(block.timestamp + 2);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.UnderInvestigation)
        );
        manager.releaseStakes(id);
        vm.prank(operator);
        reports.resolveReport(rid, false);
        manager.releaseStakes(id);
        assertTrue(manager.claim(id).stakesSettled);
    }
}
