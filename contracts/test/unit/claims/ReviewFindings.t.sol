// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../../src/interfaces/IClaimsManager.sol";
import {IFraudReports} from "../../../src/interfaces/IFraudReports.sol";
import {IClaimParameters} from "../../../src/interfaces/IClaimParameters.sol";
import {Payment} from "../../../src/types/PoolTypes.sol";
import {
    Claim,
    ClaimState,
    ReviewReason,
    WitnessSlot,
    SlotStatus,
    FraudReport,
    ReportOutcome,
    ClaimParameter
} from "../../../src/types/ClaimTypes.sol";

/// @notice The claims side of the two reviews' findings (issue 8), one test per broken promise, each named after the
///         property it keeps. Every one of them fails on the contracts as they were before the fixes.
contract ReviewFindingsTest is ClaimsFixture {
    bytes32 internal constant EVIDENCE = keccak256("photos of the patient at work");

    // ───────────────────────────── helpers ─────────────────────────────

    function _bonded(address who) internal {
        uint256 bond = params.parameter(ClaimParameter.ReportBond);
        _mintTokens(address(usd), who, bond);
        _approveAs(address(usd), who, address(reports), bond);
    }

    function _commit(address who, uint256 id, bytes32 evidence, bytes32 salt) internal returns (uint256 rid) {
        _bonded(who);
        bytes32 commitment = reports.reportCommitment(who, id, evidence, salt);
        vm.prank(who);
        rid = reports.reportFraud(id, commitment);
    }

    /// @dev A claim drawn (three Drawn slots) and nothing else.
    function _drawn(address who) internal returns (uint256 id) {
        id = _file(who, 100 * unit);
        _review(id);
        _draw(id);
    }

    // ───────────────────────────── 1. the region ─────────────────────────────

    function test_property_claimantCannotChooseTheDrawRegion() public {
        uint256 diagnosedAt = block.timestamp - 1 days;
        // The notary attested region 1; the claimant asks for region 2 (where its own witnesses would sit).
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), diagnosedAt, REGION);
        vm.prank(claimant);
        vm.expectRevert(
            abi.encodeWithSelector(
                IClaimsManager.ClaimsInvalidNotarySignature.selector, notary, claimant, _doc(claimant), diagnosedAt
            )
        );
        manager.fileClaim(_doc(claimant), diagnosedAt, 100 * unit, OTHER_REGION, notary, sig);
        // With the attested region it goes through, and the draw uses that region.
        vm.prank(claimant);
        uint256 id = manager.fileClaim(_doc(claimant), diagnosedAt, 100 * unit, REGION, notary, sig);
        assertEq(manager.claim(id).region, REGION);
    }

    // ───────────────────────────── 3. decoy reports, copied reports ─────────────────────────────

    function test_property_aDecoyReportDoesNotLockHonestReportersOut() public {
        uint256 id = _announced(claimant, 1000 * unit);
        address accomplice = makeAddr("accomplice");
        uint256 decoy = _commit(accomplice, id, keccak256("nothing"), "decoy");
        // An honest reporter is heard while the decoy is open.
        uint256 honest = _commit(reporter, id, EVIDENCE, "s");
        vm.prank(reporter);
        reports.revealEvidence(honest, EVIDENCE, "s");
        assertEq(manager.claim(id).openReports, 2);
        // Nobody can approve while either is open, even after the announcement.
        vm.warp(manager.claim(id).deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.UnderInvestigation)
        );
        manager.approveClaim(id);
        vm.prank(operator);
        reports.resolveReport(honest, true);
        assertEq(uint8(_state(id)), uint8(ClaimState.Rejected));
        assertEq(uint8(manager.claim(id).reason), uint8(ReviewReason.FraudConfirmed));
        // The decoy closes with its bond back (it cannot be dismissed into a fee any more either).
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsClaimClosed.selector, decoy, id));
        reports.resolveReport(decoy, false);
        uint256 before = usd.balanceOf(accomplice);
        reports.expireReport(decoy);
        assertEq(uint8(reports.report(decoy).outcome), uint8(ReportOutcome.Superseded));
        assertEq(usd.balanceOf(accomplice) - before, params.parameter(ClaimParameter.ReportBond));
        _assertMoney();
    }

    function test_property_aCopiedReportCannotTakeTheReward() public {
        uint256 id = _announced(claimant, 1000 * unit);
        uint256 honest = _commit(reporter, id, EVIDENCE, "s");
        // A copier replays the same commitment from the mempool: it binds the honest reporter, so it never reveals.
        address copier = makeAddr("copier");
        _bonded(copier);
        bytes32 copied = reports.report(honest).commitment;
        vm.prank(copier);
        uint256 copy = reports.reportFraud(id, copied);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsCommitmentMismatch.selector, copy));
        reports.revealEvidence(copy, EVIDENCE, "s");
        // It waits for the honest reveal and files the evidence itself: later, so it cannot be the one confirmed.
        vm.prank(reporter);
        reports.revealEvidence(honest, EVIDENCE, "s");
        uint256 late = _commit(copier, id, EVIDENCE, "mine");
        vm.prank(copier);
        reports.revealEvidence(late, EVIDENCE, "mine");
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IFraudReports.ReportsEvidenceFirstReportedBy.selector, late, honest));
        reports.resolveReport(late, true);
        uint256 before = usd.balanceOf(reporter);
        vm.prank(operator);
        reports.resolveReport(honest, true);
        assertGt(usd.balanceOf(reporter) - before, params.parameter(ClaimParameter.ReportBond), "reward to the finder");
        _assertMoney();
    }

    function test_property_anApprovedClaimCanBeReportedAndItsUnpaidRestIsCancelled() public {
        uint256 id = _approved(claimant, 1000 * unit);
        uint256 rid = _commit(reporter, id, EVIDENCE, "s");
        vm.prank(reporter);
        reports.revealEvidence(rid, EVIDENCE, "s");
        assertEq(uint8(manager.claim(id).resumeState), uint8(ClaimState.Approved));
        uint256 queued = pool.queuedPayments();
        vm.prank(operator);
        reports.resolveReport(rid, true);
        assertEq(uint8(_state(id)), uint8(ClaimState.FraudConfirmed));
        assertEq(pool.payment(manager.claim(id).paymentId).remaining, 0, "payout cancelled");
        assertEq(pool.queuedPayments(), queued - 1000 * unit - 3 * 50 * unit, "nothing of the claim stays queued");
        assertEq(manager.openClaimOf(claimant), 0);
        _assertMoney();
    }

    // ───────────────────────────── 4. unfundable approved claims ─────────────────────────────

    function test_property_anApprovedClaimThePoolCannotFundEndsPaidInPart() public {
        uint256 amount = 3000 * unit;
        uint256 id = _approved(claimant, amount);
        // Every other member leaves: the pool can no longer pay the claim within its payment window.
        for (uint256 i = 1; i < MEMBERS; ++i) {
            vm.prank(members[i]);
            pool.requestExit();
        }
        uint256 deadline = manager.claim(id).deadline;
        while (block.timestamp <= deadline) {
            _settle();
            if (block.timestamp <= deadline) {
                vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotFullyPaid.selector, id));
                manager.markPaid(id);
            }
            vm.warp(block.timestamp + EPOCH);
        }
        uint256 paymentId = manager.claim(id).paymentId;
        uint256 unpaid = pool.payment(paymentId).remaining;
        assertGt(unpaid, 0, "the pool could not pay it all");
        vm.expectEmit(address(manager));
        emit IClaimsManager.ClaimPaidInPart(id, amount - unpaid, unpaid);
        manager.markPaid(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Paid));
        assertEq(pool.payment(paymentId).remaining, 0);
        // Commissions queue behind the payout, so none was paid yet: each is cut to exactly the paid fraction of
        // the commission (rounded down, in the pool's favour).
        uint256 owed = 50 * unit * (amount - unpaid) / amount;
        for (uint256 i = 1; i <= 3; ++i) {
            Payment memory p = pool.payment(paymentId + i);
            assertEq(p.remaining, owed, "commission cut pro rata");
        }
        // The witnesses get their stakes back after the fraud window.
        vm.warp(manager.claim(id).deadline + 1);
        manager.releaseStakes(id);
        assertTrue(manager.claim(id).stakesSettled);
        _assertMoney();
    }

    function test_property_approvalFitsWhatThePoolCanPayWithinThePaymentWindow() public {
        uint256 id = _file(claimant, 100_000 * unit);
        // 30 members × 10 per settlement × 12 settlements in 180 days, less three 50-unit commissions.
        uint256 available = 30 * 10 * unit * 12 - 150 * unit;
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsAmountAbovePoolCapacity.selector, available + 1, available)
        );
        manager.review(id, true, available + 1, ReviewReason.None, _nullifier(claimant));
        vm.prank(operator);
        manager.review(id, true, available, ReviewReason.None, _nullifier(claimant));
        assertEq(manager.claim(id).approvedAmount, available);
    }

    // ───────────────────────────── expelled persons ─────────────────────────────

    function test_property_anExpelledPersonIsNeverPaidAgain() public {
        // Caught during the announcement: never paid, so only the expulsion can stop the person's next claim.
        uint256 id = _announced(claimant, 100 * unit);
        uint256 rid = _commit(reporter, id, EVIDENCE, "s");
        vm.prank(reporter);
        reports.revealEvidence(rid, EVIDENCE, "s");
        vm.prank(operator);
        reports.resolveReport(rid, true);
        assertTrue(manager.nullifierExpelled(_nullifier(claimant)));
        // The same person comes back under another address and files again: review refuses the person.
        address again = members[5];
        uint256 second = _file(again, 100 * unit);
        vm.prank(operator);
        manager.review(second, true, 100 * unit, ReviewReason.None, _nullifier(claimant));
        assertEq(uint8(_state(second)), uint8(ClaimState.Rejected));
        assertEq(uint8(manager.claim(second).reason), uint8(ReviewReason.PersonExpelled));
    }

    // ───────────────────────────── draws and redraws ─────────────────────────────

    function test_property_noDrawAfterTheDrawDeadline() public {
        uint256 id = _file(claimant, 100 * unit);
        _review(id);
        _fulfil(id, 42);
        vm.warp(manager.claim(id).deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsDeadlinePassed.selector, id, manager.claim(id).deadline)
        );
        manager.drawWitnesses(id);
        manager.expireClaim(id);
        assertEq(uint8(manager.claim(id).reason), uint8(ReviewReason.WitnessesUnavailable));
    }

    function test_property_aRedrawUsesRandomnessRequestedAfterTheDecision() public {
        uint256 id = _drawn(claimant);
        WitnessSlot memory first = _slot(id, 0);
        vm.prank(first.witness);
        manager.declineWitness(id, 0);
        uint256 pending = manager.claim(id).randomnessRequest;
        // The pending value becomes known: a second decision must not choose whether it is used.
        _fulfil(id, 7);
        WitnessSlot memory second = _slot(id, 1);
        vm.prank(second.witness);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDrawPending.selector, id, pending));
        manager.declineWitness(id, 1);
        // Once the waiting slot is drawn with it, the decision is free and asks for new randomness.
        manager.drawWitnesses(id);
        vm.prank(second.witness);
        manager.declineWitness(id, 1);
        assertGt(manager.claim(id).randomnessRequest, pending);
    }

    function test_property_aPendingRequestNobodyKnowsIsReplacedByTheRedraw() public {
        uint256 id = _drawn(claimant);
        vm.prank(_slot(id, 0).witness);
        manager.declineWitness(id, 0);
        uint256 pending = manager.claim(id).randomnessRequest;
        address second = _slot(id, 1).witness;
        vm.expectEmit(address(manager));
        emit IClaimsManager.DrawRandomnessRequested(id, pending + 1, block.number - 1, pending);
        vm.prank(second);
        manager.declineWitness(id, 1);
        assertEq(manager.claim(id).randomnessRequest, pending + 1);
    }

    function test_property_anOverruledRejectionIsFinal() public {
        uint256 id = _drawn(claimant);
        _acceptAll(id);
        // Slot 0 rejects: arbitration. Near the end of the arbitration window, slot 1's witness is replaced as a
        // no-show; its slot's draw deadline (3 days) would pass long before anything could be drawn.
        vm.prank(_slot(id, 0).witness);
        manager.attest(id, 0, keccak256("visit"), false);
        assertEq(uint8(_state(id)), uint8(ClaimState.UnderArbitration));
        vm.warp(block.timestamp + 14 days + 1);
        manager.replaceWitness(id, 1);
        vm.warp(manager.claim(id).deadline - 1);
        vm.prank(operator);
        manager.arbitrate(id, false);
        // Both empty slots get a fresh draw deadline and fresh randomness: nobody can void the claim now.
        assertGt(_slot(id, 0).deadline, block.timestamp);
        assertGt(_slot(id, 1).deadline, block.timestamp);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsDeadlineNotReached.selector, id, _slot(id, 0).deadline)
        );
        manager.expireClaim(id);
        _draw(id);
        assertEq(uint8(_slot(id, 0).status), uint8(SlotStatus.Drawn));
        assertEq(uint8(_slot(id, 1).status), uint8(SlotStatus.Drawn));
    }

    // ───────────────────────────── 8. run-off ─────────────────────────────

    function test_property_inRunOffAnUnansweredReportDoesNotVoidAnHonestClaim() public {
        uint256 diagnosedAt = block.timestamp - 1 days;
        _runOff();
        uint256 honourUntil = params.honourUntil();
        // Filed late in the honour period (diagnosed before the run-off), announced to end a day before it.
        vm.warp(honourUntil - 8 days);
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), diagnosedAt);
        vm.prank(claimant);
        uint256 id = manager.fileClaim(_doc(claimant), diagnosedAt, 1000 * unit, REGION, notary, sig);
        _review(id);
        _draw(id);
        _acceptAll(id);
        _attestAll(id);
        uint256 announcementEnds = manager.claim(id).deadline;
        assertLt(announcementEnds, honourUntil);
        // A report on the last day of the announcement that nobody answers.
        vm.warp(announcementEnds - 1 hours);
        uint256 rid = _commit(reporter, id, EVIDENCE, "s");
        vm.warp(reports.report(rid).deadline + 1);
        assertGt(block.timestamp, honourUntil, "the honour period ran out under investigation");
        reports.expireReport(rid);
        manager.approveClaim(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Approved));
    }

    function _runOff() internal {
        address[] memory targets = new address[](2);
        targets[0] = address(pool);
        targets[1] = address(params);
        uint256[] memory values = new uint256[](2);
        bytes[] memory payloads = new bytes[](2);
        payloads[0] = abi.encodeCall(pool.startRunOff, ());
        payloads[1] = abi.encodeCall(params.startRunOff, ());
        uint256 delay = timelock.getMinDelay();
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), "runoff", delay);
        vm.warp(block.timestamp + delay);
        timelock.executeBatch(targets, values, payloads, bytes32(0), "runoff");
    }
}
