// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ProtocolFixture} from "../utils/ProtocolFixture.sol";
import {StablecoinKind, StablecoinLib} from "../doubles/Stablecoins.sol";
import {IClaimsManager} from "../../src/interfaces/IClaimsManager.sol";
import {IFraudReports} from "../../src/interfaces/IFraudReports.sol";
import {IMutualPool} from "../../src/interfaces/IMutualPool.sol";
import {
    Claim,
    ClaimState,
    ReviewReason,
    WitnessSlot,
    SlotStatus,
    ClaimParameter,
    ReportOutcome
} from "../../src/types/ClaimTypes.sol";

/// @notice The protocol under the token's own controls, on a token that has them: USDC's double (or USDT's, when
///         `LASHOU_TOKEN=usdt`). A pause never changes the outcome of a decision (confirm, dismiss, slash, replace,
///         credit, expiry): each is recorded at once and its money moves when the token lets it, with conservation
///         holding in between. Money owed to an address goes to that address only, so a blacklisted payee cannot
///         route it elsewhere.
contract TokenControlsTest is ProtocolFixture {
    uint256 internal AMOUNT;

    /// @dev A token with a pause and a blacklist: USDT's double when asked for, USDC's otherwise.
    function _stablecoinKind() internal view override returns (StablecoinKind) {
        return StablecoinLib.envKind() == StablecoinKind.Usdt ? StablecoinKind.Usdt : StablecoinKind.Usdc;
    }

    function setUp() public override {
        super.setUp();
        AMOUNT = 150 * unit;
    }

    function _pause() internal {
        _pauseStablecoin(address(usd));
    }

    function _unpause() internal {
        _unpauseStablecoin(address(usd));
    }

    /// @dev What a member's balance gains from a credit of `amount` shared among the pool's counted members.
    function _assertCredited(uint256 gain, uint256 amount) internal view {
        uint256 n = pool.activeMembers();
        assertGe(gain, amount / n - 1, "credited through the pool index");
        assertLe(gain, amount / n + 1);
    }

    // ───────────────────────────── confirmed fraud while paused ─────────────────────────────

    /// @dev The outside run's finding: a report open during the announcement, the token paused, the operator
    ///      confirms. Before, the confirmation reverted (slashed stake could not move), the 30-day deadline passed,
    ///      the report expired and the fraudulent claim was paid. Now the confirmation stands at once.
    function test_pause_fraudConfirmedDuringAnnouncement_standsAndIsNeverPaid() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(11)));
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        uint256 reportId = _report(id);
        uint256 memberBefore = pool.balanceOf(members[7]);
        uint256 claimantTokens = usd.balanceOf(claimant);

        _pause();
        vm.prank(operator);
        reports.resolveReport(reportId, true);

        // Every decision is recorded: the claim is rejected for fraud, the claimant expelled, the witnesses slashed.
        Claim memory c = manager.claim(id);
        assertEq(uint8(c.state), uint8(ClaimState.Rejected));
        assertEq(uint8(c.reason), uint8(ReviewReason.FraudConfirmed));
        assertTrue(manager.nullifierExpelled(c.nullifier));
        assertFalse(pool.isCovered(claimant, block.timestamp), "claimant expelled");
        for (uint256 i; i < 3; ++i) {
            (uint256 stake_, uint256 locked,,,) = registry.witnessInfo(slots[i].witness);
            assertEq(stake_, 0, "slashed");
            assertEq(locked, 0);
        }
        // The money waits: the registry owes the slashed stake to the reports module, which keeps the reporter's
        // bond and reward and the members' credit.
        uint256 slashed = 15_000 * unit;
        uint256 reward = 15 * unit; // 10 % of 150
        assertEq(registry.owedTo(address(reports)), slashed);
        assertEq(reports.unclaimedRefundOf(reporter), 100 * unit + reward);
        assertEq(reports.pendingCredit(reportId), slashed - reward);
        assertEq(pool.balanceOf(members[7]), memberBefore, "no credit before the money arrives");
        _assertConservation();

        // Long after the investigation deadline, still paused: nothing can undo the decision.
        _advance(40 days);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Rejected));
        manager.approveClaim(id);
        vm.expectRevert(
            abi.encodeWithSelector(IFraudReports.ReportsNotOpen.selector, reportId, ReportOutcome.Confirmed)
        );
        reports.expireReport(reportId);
        // Moving the money is refused while paused, and loses nothing.
        vm.expectRevert();
        reports.creditPending(reportId);
        assertEq(reports.pendingCredit(reportId), slashed - reward);
        _assertConservation();

        // The token moves again: anyone moves the money, each part to its own payee.
        _unpause();
        address anyone = makeAddr("anyone");
        vm.startPrank(anyone);
        vm.expectEmit(address(reports));
        emit IFraudReports.PendingCreditMade(reportId, id, slashed - reward, "SLASH");
        reports.creditPending(reportId);
        assertEq(reports.releaseRefund(reporter), 100 * unit + reward);
        vm.stopPrank();
        assertEq(registry.totalOwed(), 0);
        assertEq(reports.pendingCredits(), 0);
        assertEq(usd.balanceOf(reporter), 100 * unit + reward);
        assertEq(usd.balanceOf(anyone), 0);
        _assertCredited(pool.balanceOf(members[7]) - memberBefore, slashed - reward);
        assertEq(usd.balanceOf(claimant), claimantTokens, "the fraudulent claim was never paid");
        assertEq(pool.queuedPayments(), 0);
        _assertConservation();
    }

    /// @dev Approved, then settled while paused (the payout waits, owed to the claimant), then fraud confirmed
    ///      while still paused: the waiting payout is taken back for the members; the claimant never gets it.
    function test_pause_fraudConfirmedAfterAPausedSettlement_takesThePayoutBack() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(12)));
        _advance(7 days + 1);
        manager.approveClaim(id);
        uint256 reportId = _report(id);
        _pause();
        // Settlement is not a decision about the claim, but it must not wait either: the payout is owed.
        uint256 claimantTokens = usd.balanceOf(claimant);
        _settle();
        assertEq(usd.balanceOf(claimant), claimantTokens);
        uint256 owed = pool.unclaimedPayoutOf(claimant);
        assertGt(owed, 0, "the payout waits for the token");
        _assertConservation();

        vm.prank(operator);
        reports.resolveReport(reportId, true);
        assertEq(uint8(_state(id)), uint8(ClaimState.FraudConfirmed));
        assertEq(pool.unclaimedPayoutOf(claimant), 0, "taken back for the members");
        _assertConservation();

        _unpause();
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolNothingToClaim.selector, claimant));
        pool.releasePayout(claimant);
        reports.creditPending(reportId);
        reports.releaseRefund(reporter);
        assertEq(usd.balanceOf(claimant), claimantTokens, "a confirmed fraud never turns into a payout");
        _assertConservation();
    }

    /// @dev A report expired while the token is paused: the bond back waits for the reporter.
    function test_pause_expiredReport_bondWaitsForTheReporter() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(13)));
        uint256 reportId = _report(id);
        _pause();
        _advance(30 days + 1);
        reports.expireReport(reportId);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced), "the claim goes on");
        assertEq(reports.unclaimedRefundOf(reporter), 100 * unit);
        manager.approveClaim(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Approved));
        _assertConservation();
        _unpause();
        reports.releaseRefund(reporter);
        assertEq(usd.balanceOf(reporter), 100 * unit);
        _assertConservation();
    }

    /// @dev A dismissed report whose bond governance sends to the members: the credit waits while paused.
    function test_pause_dismissedBondToMembers_creditWaits() public {
        _governance(address(params), abi.encodeCall(params.setParameter, (ClaimParameter.DismissedBondToMembers, 1)));
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(14)));
        uint256 reportId = _report(id);
        uint256 memberBefore = pool.balanceOf(members[7]);
        _pause();
        vm.prank(operator);
        reports.resolveReport(reportId, false);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced), "the claim goes on");
        assertEq(reports.pendingCredit(reportId), 100 * unit);
        _assertConservation();
        _unpause();
        reports.creditPending(reportId);
        _assertCredited(pool.balanceOf(members[7]) - memberBefore, 100 * unit);
        _assertConservation();
    }

    // ───────────────────────────── a no-show replaced while paused ─────────────────────────────

    function test_pause_noShowReplaced_slashStandsAndTheCreditWaits() public {
        uint256 id = _file(claimant, AMOUNT, REGION);
        _review(id);
        _draw(id, bytes32(uint256(15)));
        address noShow = _slot(id, 0).witness;
        uint256 memberBefore = pool.balanceOf(members[7]);
        _advance(3 days + 1);
        _pause();
        manager.replaceWitness(id, 0);

        // The replacement is decided: the slot is empty and redrawn with fresh randomness, the slice slashed.
        assertEq(uint8(_slot(id, 0).status), uint8(SlotStatus.Empty));
        (uint256 stake_, uint256 locked,,,) = registry.witnessInfo(noShow);
        assertEq(stake_, 4750 * unit);
        assertEq(locked, 0);
        assertEq(registry.owedTo(address(manager)), 250 * unit);
        assertEq(manager.pendingCredit(id), 250 * unit);
        assertEq(pool.balanceOf(members[7]), memberBefore);
        _assertConservation();
        _draw(id, bytes32(uint256(16)));
        assertEq(uint8(_slot(id, 0).status), uint8(SlotStatus.Drawn), "the claim goes on while paused");

        _unpause();
        vm.expectEmit(address(manager));
        emit IClaimsManager.PendingCreditMade(id, 250 * unit);
        manager.creditPending(id);
        assertEq(registry.totalOwed(), 0);
        assertEq(manager.pendingCredits(), 0);
        assertEq(usd.balanceOf(address(manager)), 0);
        _assertCredited(pool.balanceOf(members[7]) - memberBefore, 250 * unit);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNoPendingCredit.selector, id));
        manager.creditPending(id);
        _assertConservation();
    }

    // ───────────────────────────── a blacklisted payee ─────────────────────────────

    /// @dev The outside run's other finding: a witness whose commission failed (blacklisted) sent it elsewhere.
    ///      Now what is owed to an address can only ever go to that address.
    function test_blacklist_payeeCannotRouteItsPayoutElsewhere() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(17)));
        address witness = _slot(id, 0).witness;
        _advance(7 days + 1);
        manager.approveClaim(id);
        _blacklistOnStablecoin(address(usd), claimant);
        _blacklistOnStablecoin(address(usd), witness);
        uint256 claimantBefore = usd.balanceOf(claimant);
        _settle();
        manager.markPaid(id);
        if (_stablecoinKindOf(address(usd)) == StablecoinKind.Usdt) {
            // USDT's blacklist stops a listed address from sending, never from receiving: the payout arrives.
            assertEq(usd.balanceOf(claimant), claimantBefore + AMOUNT);
            assertEq(pool.unclaimedPayouts(), 0);
            _assertConservation();
            return;
        }
        uint256 payout = pool.unclaimedPayoutOf(claimant);
        uint256 commission = pool.unclaimedPayoutOf(witness);
        assertEq(payout, AMOUNT);
        assertGt(commission, 0);
        _assertConservation();

        // Neither the payee nor anyone else can move it while the address is blocked.
        address other = makeAddr("claimant's other wallet");
        vm.prank(claimant);
        vm.expectRevert();
        pool.releasePayout(claimant);
        vm.prank(other);
        vm.expectRevert();
        pool.releasePayout(witness);
        assertEq(usd.balanceOf(other), 0);
        assertEq(pool.unclaimedPayoutOf(claimant), payout, "still owed to the claimant");

        // Once the token lets it move, it goes to the payee, whoever asks.
        _unblacklistOnStablecoin(address(usd), claimant);
        _unblacklistOnStablecoin(address(usd), witness);
        vm.startPrank(other);
        assertEq(pool.releasePayout(claimant), payout);
        assertEq(pool.releasePayout(witness), commission);
        vm.stopPrank();
        assertEq(usd.balanceOf(other), 0);
        assertGe(usd.balanceOf(claimant), payout);
        _assertConservation();
    }

    /// @dev A blacklisted reporter's bond and reward wait for the reporter, and cannot be sent anywhere else
    ///      (USDC; USDT lets a listed address receive).
    function test_blacklist_reporterPaidOnlyToItself() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(18)));
        uint256 reportId = _report(id);
        _blacklistOnStablecoin(address(usd), reporter);
        vm.prank(operator);
        reports.resolveReport(reportId, true);
        if (_stablecoinKindOf(address(usd)) == StablecoinKind.Usdt) {
            // USDT lets a listed address receive: bond and reward arrive at once.
            assertEq(usd.balanceOf(reporter), 100 * unit + 15 * unit);
            assertEq(reports.unclaimedRefunds(), 0);
            _assertConservation();
            return;
        }
        uint256 kept = reports.unclaimedRefundOf(reporter);
        assertEq(kept, 100 * unit + 15 * unit);
        assertEq(registry.totalOwed(), 0, "the slashed stake arrived: only the reporter is blocked");
        _assertConservation();
        vm.expectRevert();
        reports.releaseRefund(reporter);
        _unblacklistOnStablecoin(address(usd), reporter);
        vm.prank(makeAddr("anyone"));
        assertEq(reports.releaseRefund(reporter), kept);
        assertEq(usd.balanceOf(reporter), kept);
        _assertConservation();
    }
}
