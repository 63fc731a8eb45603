// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {ProtocolFixture} from "../utils/ProtocolFixture.sol";
import {IClaimsManager} from "../../src/interfaces/IClaimsManager.sol";
import {IWitnessRegistry} from "../../src/interfaces/IWitnessRegistry.sol";
import {IMutualPool} from "../../src/interfaces/IMutualPool.sol";
import {IClaimParameters} from "../../src/interfaces/IClaimParameters.sol";
import {MemberView} from "../../src/types/PoolTypes.sol";
import {Claim, ClaimState, ReviewReason, WitnessSlot, SlotStatus, ClaimParameter} from "../../src/types/ClaimTypes.sol";

/// @notice Whole lives of claims over the REAL contracts wired as in production (ProtocolFixture): the real
///         witness registry draws from its block snapshot, the real prevrandao source gives the seed (target block
///         and RLP-header paths), the pool charges and credits. System-wide conservation is checked after every step.
contract ProtocolIntegrationTest is ProtocolFixture {
    /// @dev 150 whole tokens of the run's stablecoin.
    uint256 internal AMOUNT;

    function setUp() public override {
        super.setUp();
        AMOUNT = 150 * unit;
    }

    function test_deployment_onlyTheTimelockAdministers() public view {
        bytes32 admin = 0x00;
        assertFalse(pool.hasRole(admin, deployer), "pool");
        assertFalse(registry.hasRole(admin, deployer), "registry");
        assertFalse(manager.hasRole(admin, deployer), "manager");
        assertFalse(source.hasRole(admin, deployer), "source");
        assertTrue(pool.hasRole(admin, address(timelock)));
        assertTrue(registry.hasRole(admin, address(timelock)));
        assertTrue(manager.hasRole(admin, address(timelock)));
        assertTrue(reports.hasRole(admin, address(timelock)));
        assertTrue(params.hasRole(admin, address(timelock)));
        assertTrue(source.hasRole(admin, address(timelock)));
        assertTrue(registry.hasRole(registry.CLAIMS_ROLE(), address(manager)));
        assertTrue(source.hasRole(source.CONSUMER_ROLE(), address(manager)));
        assertTrue(manager.hasRole(manager.REPORTS_ROLE(), address(reports)));
        assertTrue(pool.hasRole(pool.CLAIMS_ROLE(), address(manager)));
        assertTrue(pool.hasRole(pool.CREDITOR_ROLE(), address(reports)));
        assertTrue(pool.hasRole(pool.CREDITOR_ROLE(), address(manager)));
    }

    function test_protocol_happyPathFromJoiningToReleasedStakes() public {
        uint256 memberBefore = pool.balanceOf(members[7]);
        uint256 id = _file(claimant, AMOUNT, REGION);
        _assertConservation();

        uint256 reviewBlock = block.number;
        _review(id);
        Claim memory c = manager.claim(id);
        assertEq(uint8(c.state), uint8(ClaimState.Reviewed));
        assertEq(c.snapshotBlock, reviewBlock - 1, "snapshot fixed at request time");
        // Someone registers after the snapshot: it can never be drawn for this request.
        address late = makeAddr("late witness");
        _stakeWitness(late, 5000 * unit, REGION);

        vm.recordLogs();
        _draw(id, bytes32(uint256(0xBEEF)));
        (address[] memory drawn, uint256 drawnRegion) = _drawnIn(vm.getRecordedLogs());
        assertEq(drawn.length, 3);
        assertEq(drawnRegion, REGION, "drawn from the claimant's region");
        assertEq(uint8(_state(id)), uint8(ClaimState.WitnessesDrawn));
        for (uint256 i; i < 3; ++i) {
            WitnessSlot memory s = _slot(id, i);
            assertEq(s.witness, drawn[i]);
            assertTrue(s.witness != claimant, "never the claimant");
            assertTrue(s.witness != late, "never a witness registered after the snapshot");
            (, uint256 locked, uint256 region,,) = registry.witnessInfo(s.witness);
            assertEq(region, REGION);
            assertEq(locked, 5000 * unit);
        }

        _acceptAll(id);
        _attestAll(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
        _advance(7 days + 1);
        manager.approveClaim(id);
        _assertConservation();
        assertEq(uint8(_state(id)), uint8(ClaimState.Approved));
        _settle();
        manager.markPaid(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Paid));

        // Patient paid, three commissions paid, every member charged ceil((150 + 3·50) / 30) = 10.
        assertEq(usd.balanceOf(claimant), AMOUNT);
        for (uint256 i; i < 3; ++i) {
            assertEq(usd.balanceOf(drawn[i]), 50 * unit, "commission");
        }
        assertEq(pool.balanceOf(members[7]), memberBefore - 10 * unit, "equal share");
        assertEq(pool.balanceOf(claimant), 1000 * unit - 10 * unit, "the claimant pays its share too");

        // Stakes stay locked through the fraud-report window, then are released.
        vm.expectRevert();
        manager.releaseStakes(id);
        _advance(180 days + 1);
        manager.releaseStakes(id);
        for (uint256 i; i < 3; ++i) {
            (, uint256 locked,,,) = registry.witnessInfo(drawn[i]);
            assertEq(locked, 0);
        }
        vm.prank(drawn[0]);
        registry.requestUnstake();
        _advance(COOLDOWN + 1);
        vm.prank(drawn[0]);
        assertEq(registry.withdrawStake(), 5000 * unit);
        _assertConservation();
    }

    function test_protocol_fraudConfirmedDuringAnnouncement() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(1)));
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        uint256 memberBefore = pool.balanceOf(members[7]);
        uint256 reportId = _report(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.UnderInvestigation));

        vm.prank(operator);
        reports.resolveReport(reportId, true);
        _assertConservation();

        // Bond back plus 10 % of 150 from the 15 000 slashed; the other 14 985 credited to members.
        assertEq(usd.balanceOf(reporter), 100 * unit + 15 * unit);
        uint256 credited = 15_000 * unit - 15 * unit;
        uint256 gain = pool.balanceOf(members[7]) - memberBefore;
        assertGe(gain, credited / MEMBERS - 1, "credit through the pool index");
        assertLe(gain, credited / (MEMBERS - 1) + 1);
        Claim memory c = manager.claim(id);
        assertEq(uint8(c.state), uint8(ClaimState.Rejected));
        assertEq(uint8(c.reason), uint8(ReviewReason.FraudConfirmed));
        assertFalse(pool.isCovered(claimant, block.timestamp), "claimant expelled");
        for (uint256 i; i < 3; ++i) {
            (uint256 stake_, uint256 locked,,,) = registry.witnessInfo(slots[i].witness);
            assertEq(stake_, 0);
            assertEq(locked, 0);
        }
        // Nothing was ever queued for the claim.
        assertEq(pool.queuedPayments(), 0);
    }

    function test_protocol_fraudConfirmedAfterPayoutThenRecovery() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(2)));
        _advance(7 days + 1);
        manager.approveClaim(id);
        _settle();
        manager.markPaid(id);
        uint256 reportId = _report(id);
        vm.prank(operator);
        reports.resolveReport(reportId, true);
        assertEq(uint8(_state(id)), uint8(ClaimState.FraudConfirmed));
        _assertConservation();

        uint256 memberBefore = pool.balanceOf(members[7]);
        _mintTokens(address(usd), operator, 120 * unit);
        _approveAs(address(usd), operator, address(reports), 120 * unit);
        vm.startPrank(operator);
        reports.recordRecovery(id, 120 * unit);
        vm.stopPrank();
        _assertConservation();
        uint256 gain = pool.balanceOf(members[7]) - memberBefore;
        assertGe(gain, 120 * unit / MEMBERS - 1, "recovery credited to members");
        assertLe(gain, 120 * unit / (MEMBERS - 1) + 1);
    }

    function test_protocol_dismissedReportBondGoesToTheOperator() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(3)));
        uint256 reportId = _report(id);
        vm.prank(operator);
        reports.resolveReport(reportId, false);
        assertEq(reports.operatorFees(), 100 * unit);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
        _assertConservation();
        vm.prank(operator);
        reports.withdrawOperatorFees(100 * unit);
        assertEq(usd.balanceOf(operator), 100 * unit);
        _assertConservation();
        _advance(7 days + 1);
        manager.approveClaim(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Approved));
    }

    function test_protocol_unansweredReportBondBackAndTheClaimGoesOn() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(4)));
        uint256 reportId = _report(id);
        _advance(30 days + 1);
        reports.expireReport(reportId);
        assertEq(usd.balanceOf(reporter), 100 * unit);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
        _assertConservation();
        manager.approveClaim(id);
        _settle();
        manager.markPaid(id);
        assertEq(usd.balanceOf(claimant), AMOUNT);
        _assertConservation();
    }

    function test_protocol_noShowReplacedSliceCreditedToMembers() public {
        uint256 id = _file(claimant, AMOUNT, REGION);
        _review(id);
        _draw(id, bytes32(uint256(5)));
        address noShow = _slot(id, 0).witness;
        uint256 memberBefore = pool.balanceOf(members[7]);
        _advance(3 days + 1);
        manager.replaceWitness(id, 0);
        _assertConservation();
        // 5 % of the 5 000 lock, credited to all members.
        (uint256 stake_, uint256 locked,,,) = registry.witnessInfo(noShow);
        assertEq(stake_, 4750 * unit);
        assertEq(locked, 0);
        uint256 gain = pool.balanceOf(members[7]) - memberBefore;
        assertGe(gain, 250 * unit / MEMBERS - 1);
        assertLe(gain, 250 * unit / MEMBERS + 1);
        // A fresh request with a fresh snapshot; the replacement is never the no-show.
        Claim memory c = manager.claim(id);
        assertEq(c.snapshotBlock, block.number - 1);
        _draw(id, bytes32(uint256(6)));
        WitnessSlot memory replacement = _slot(id, 0);
        assertEq(uint8(replacement.status), uint8(SlotStatus.Drawn));
        assertTrue(replacement.witness != noShow && replacement.witness != claimant);
    }

    function test_protocol_drawnWitnessWhoUnstakesBeforeAcceptingStaysLockedUntilItDeclines() public {
        uint256 id = _file(claimant, AMOUNT, REGION);
        _review(id);
        _draw(id, bytes32(uint256(7)));
        address w = _slot(id, 1).witness;
        vm.prank(w);
        registry.requestUnstake();
        _advance(COOLDOWN + 1);
        // Its stake still answers for the claim: it cannot leave with it.
        vm.prank(w);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessStakeLocked.selector, w, 5000 * unit));
        registry.withdrawStake();
        vm.prank(w);
        manager.declineWitness(id, 1);
        vm.prank(w);
        registry.withdrawStake();
        _assertConservation();
        // Redrawn without it.
        _draw(id, bytes32(uint256(8)));
        assertTrue(_slot(id, 1).witness != w);
        assertEq(uint8(_slot(id, 1).status), uint8(SlotStatus.Drawn));
    }

    /// @dev A thin region: exactly three witnesses at the snapshot, one of whom withdraws before the draw. The draw
    ///      still picks it (the snapshot), `lock` refuses, it is skipped, and the refill falls back to all regions.
    function test_protocol_witnessWithdrawnAfterTheSnapshotIsSkippedThenRegionFallsBack() public {
        uint16 thin = 99;
        address[3] memory locals = [makeAddr("thin0"), makeAddr("thin1"), makeAddr("thin2")];
        for (uint256 i; i < 3; ++i) {
            _stakeWitness(locals[i], 5000 * unit, thin);
        }
        _advance(12);
        address patient = members[1];
        uint256 id = _file(patient, AMOUNT, thin);
        _review(id);
        _fulfilInTargetBlock(id, bytes32(uint256(9)));
        // The value is recorded for good; one local leaves before anyone draws.
        vm.prank(locals[0]);
        registry.requestUnstake();
        _advance(COOLDOWN + 1);
        vm.prank(locals[0]);
        registry.withdrawStake();

        vm.expectEmit(address(manager));
        emit IClaimsManager.WitnessSkipped(id, locals[0], IWitnessRegistry.WitnessNotRegistered.selector);
        vm.recordLogs();
        manager.drawWitnesses(id);
        (address[] memory drawn, uint256 region) = _drawnIn(vm.getRecordedLogs());
        assertEq(region, thin, "the snapshot still had three");
        assertEq(drawn.length, 3);
        uint256 filled;
        for (uint256 i; i < 3; ++i) {
            if (_slot(id, i).status == SlotStatus.Drawn) ++filled;
        }
        assertEq(filled, 2);
        assertGt(manager.claim(id).randomnessRequest, 0, "fresh randomness for the skipped slot");
        _assertConservation();

        vm.recordLogs();
        _draw(id, bytes32(uint256(10)));
        (drawn, region) = _drawnIn(vm.getRecordedLogs());
        assertEq(region, 0, "fallback to all regions");
        assertEq(drawn.length, 1);
        assertTrue(drawn[0] != patient && drawn[0] != locals[0]);
        for (uint256 i; i < 3; ++i) {
            assertEq(uint8(_slot(id, i).status), uint8(SlotStatus.Drawn));
        }
    }

    function test_protocol_regionWithTooFewWitnessesDrawsFromAll() public {
        uint256 id = _file(members[2], AMOUNT, 4242);
        _review(id);
        vm.recordLogs();
        _draw(id, bytes32(uint256(11)));
        (address[] memory drawn, uint256 region) = _drawnIn(vm.getRecordedLogs());
        assertEq(region, 0);
        assertEq(drawn.length, 3);
        assertEq(uint8(_state(id)), uint8(ClaimState.WitnessesDrawn));
    }

    /// @dev Re-roll by expiry: a value nobody records within 256 blocks is replaced, visibly. A recorded value
    ///      never expires, however late the draw.
    function test_protocol_expiredRequestIsReplacedVisiblyButARecordedValueNeverExpires() public {
        uint256 id = _file(claimant, AMOUNT, REGION);
        _review(id);
        uint256 first = manager.claim(id).randomnessRequest;
        vm.roll(source.targetBlock(first) + 257);
        vm.expectEmit(address(manager));
        emit IClaimsManager.DrawRandomnessRequested(id, first + 1, block.number - 1, first);
        manager.drawWitnesses(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Reviewed));

        _fulfilInTargetBlock(id, bytes32(uint256(12)));
        vm.roll(block.number + 10_000);
        manager.drawWitnesses(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.WitnessesDrawn));
    }

    function test_protocol_windDownHonoursPendingClaimsAndMembersWithdraw() public {
        uint256 id = _announced(claimant, AMOUNT, bytes32(uint256(13)));
        // Governance: one batch through the timelock.
        address[] memory targets = new address[](2);
        targets[0] = address(pool);
        targets[1] = address(params);
        uint256[] memory values = new uint256[](2);
        bytes[] memory calls = new bytes[](2);
        calls[0] = abi.encodeCall(IMutualPool.startRunOff, ());
        calls[1] = abi.encodeCall(IClaimParameters.startRunOff, ());
        vm.prank(governance);
        timelock.scheduleBatch(targets, values, calls, bytes32(0), bytes32("run-off"), GOVERNANCE_DELAY);
        _advance(GOVERNANCE_DELAY);
        timelock.executeBatch(targets, values, calls, bytes32(0), bytes32("run-off"));
        assertTrue(pool.inRunOff());
        uint256 start = params.runOffStartedAt();
        assertGt(start, 0);

        // No new members, no claims for diagnoses after the start.
        address newcomer = makeAddr("newcomer");
        _mintTokens(address(usd), newcomer, 100 * unit);
        _approveAs(address(usd), newcomer, address(pool), 100 * unit);
        vm.startPrank(newcomer);
        vm.expectRevert();
        pool.join(keccak256("newcomer"), 100 * unit, 0);
        vm.stopPrank();
        _advance(1 days);
        address other = members[3];
        uint256 diagnosedAt = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(notaryKey, manager.diagnosisDigest(other, _doc(other), diagnosedAt, REGION));
        vm.prank(other);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsRunOff.selector, diagnosedAt, start, params.honourUntil())
        );
        manager.fileClaim(_doc(other), diagnosedAt, AMOUNT, REGION, notary, abi.encodePacked(r, s, v));

        // The pending claim is honoured.
        manager.approveClaim(id);
        _settle();
        manager.markPaid(id);
        assertEq(usd.balanceOf(claimant), AMOUNT);

        // Members leave with what is left.
        for (uint256 i = 1; i < 4; ++i) {
            vm.prank(members[i]);
            pool.requestExit();
        }
        _settle();
        _advance(EPOCH);
        _settle();
        for (uint256 i = 1; i < 4; ++i) {
            uint256 left = pool.balanceOf(members[i]);
            vm.prank(members[i]);
            assertEq(pool.withdraw(), left);
            assertEq(usd.balanceOf(members[i]), left);
            assertEq(left, 1000 * unit - 10 * unit, "deposit less the one equal share");
        }
        _assertConservation();
    }

    /// @dev Only the registry's two refusals skip a drawn witness. Any other failure of `lock` (another error, or no
    ///      revert data at all, as when a call runs out of gas) reverts the whole draw instead of becoming a silent
    ///      skip and a re-roll.
    function test_protocol_onlyTheRegistrysTwoRefusalsSkipAWitness() public {
        uint256 id = _file(claimant, AMOUNT, REGION);
        _review(id);
        _fulfilByHeader(id, bytes32(uint256(14)));
        bytes memory lockCall = abi.encodeWithSelector(IWitnessRegistry.lock.selector);

        vm.mockCallRevert(
            address(registry), lockCall, abi.encodeWithSelector(IWitnessRegistry.WitnessAmountZero.selector)
        );
        vm.expectRevert(IWitnessRegistry.WitnessAmountZero.selector);
        manager.drawWitnesses(id);

        vm.mockCallRevert(address(registry), lockCall, "");
        vm.expectRevert(bytes(""));
        manager.drawWitnesses(id);

        vm.mockCallRevert(
            address(registry),
            lockCall,
            abi.encodeWithSelector(IWitnessRegistry.WitnessStakeInsufficient.selector, address(0), 0, 1)
        );
        vm.recordLogs();
        manager.drawWitnesses(id);
        (address[] memory drawn,) = _drawnIn(vm.getRecordedLogs());
        for (uint256 i; i < 3; ++i) {
            assertEq(uint8(_slot(id, i).status), uint8(SlotStatus.Empty), "all three skipped");
            assertEq(manager.drawExclusions(id)[i + 1], drawn[i], "and excluded");
        }
        assertGt(manager.claim(id).randomnessRequest, 0, "fresh randomness");
        vm.clearMockedCalls();
        _draw(id, bytes32(uint256(15)));
        for (uint256 i; i < 3; ++i) {
            assertEq(uint8(_slot(id, i).status), uint8(SlotStatus.Drawn));
        }
    }
}
