// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../../src/interfaces/IClaimsManager.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {Claim, ClaimState, ReviewReason, WitnessSlot, SlotStatus} from "../../../src/types/ClaimTypes.sol";

contract ClaimsWitnessesTest is ClaimsFixture {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _file(claimant, 100 * unit);
        _review(id);
    }

    function _locked(address w) internal view returns (uint256 locked) {
        (, locked,,,) = registry.witnessInfo(w);
    }

    function _stakeOf(address w) internal view returns (uint256 amount) {
        (amount,,,,) = registry.witnessInfo(w);
    }

    function test_drawWitnesses_revertsUntilRandomnessIsReady() public {
        uint256 req = manager.claim(id).randomnessRequest;
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsRandomnessNotReady.selector, id, req));
        manager.drawWitnesses(id);
    }

    function test_drawWitnesses_reRequestsExpiredRandomness() public {
        uint256 req = manager.claim(id).randomnessRequest;
        vm.roll(block.number + 300);
        // The re-request names the expired request (a visible re-roll) and fixes a new snapshot.
        vm.expectEmit(address(manager));
        emit IClaimsManager.DrawRandomnessRequested(id, req + 1, block.number - 1, req);
        manager.drawWitnesses(id);
        assertEq(manager.claim(id).randomnessRequest, req + 1);
        assertEq(manager.claim(id).snapshotBlock, block.number - 1);
        assertEq(uint8(_state(id)), uint8(ClaimState.Reviewed));
    }

    function test_drawWitnesses_fillsThreeDistinctSlotsFromTheRegionAndLocksStake() public {
        vm.recordLogs();
        _draw(id);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 i; i < 3; ++i) {
            assertEq(uint8(slots[i].status), uint8(SlotStatus.Drawn));
            assertEq(slots[i].deadline, block.timestamp + 3 days);
            (, uint256 locked, uint256 region,,) = registry.witnessInfo(slots[i].witness);
            assertEq(locked, 5000 * unit);
            assertEq(region, REGION);
            assertEq(registry.lockedFor(slots[i].witness, id), 5000 * unit);
            for (uint256 j; j < i; ++j) {
                assertTrue(slots[i].witness != slots[j].witness, "distinct");
            }
        }
        assertEq(uint8(_state(id)), uint8(ClaimState.WitnessesDrawn));
        assertEq(manager.claim(id).randomnessRequest, 0);
        // The exclusion list now has the claimant and the three witnesses.
        assertEq(manager.drawExclusions(id).length, 4);
        // DrawMade carries the inputs: recompute the seed from the randomness value.
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bytes32 sig = IClaimsManager.DrawMade.selector;
        bool found;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] != sig) continue;
            (uint256 seed, uint256 region,, uint256 count, uint256 snapshotBlock) =
                abi.decode(logs[i].data, (uint256, uint256, address[], uint256, uint256));
            // The draw used the snapshot fixed when the randomness was requested, and passed it to drawAt.
            assertEq(snapshotBlock, manager.claim(id).snapshotBlock);
            assertEq(registry.lastSnapshotBlock(), snapshotBlock);
            (,, uint256 value) = rng.randomness(uint256(logs[i].topics[2]));
            assertEq(seed, uint256(keccak256(abi.encode(value, id, uint256(1)))));
            assertEq(region, REGION);
            assertEq(count, 3);
            found = true;
        }
        assertTrue(found, "DrawMade emitted");
    }

    function test_drawWitnesses_neverDrawsTheClaimantAndFallsBackToAllRegions() public {
        // The claimant is also a staked witness of the region; two region-1 witnesses left: fallback to all.
        _stakeWitness(claimant, 5000 * unit, REGION);
        vm.prank(witnesses[0]);
        registry.requestUnstake();
        vm.prank(witnesses[1]);
        registry.requestUnstake();
        _draw(id);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        uint256 fromOther;
        for (uint256 i; i < 3; ++i) {
            assertTrue(slots[i].witness != claimant, "claimant never drawn");
            (,, uint256 region,,) = registry.witnessInfo(slots[i].witness);
            if (region == OTHER_REGION) ++fromOther;
        }
        assertGt(fromOther, 0, "fell back to all regions");
    }

    function test_drawWitnesses_skipsAWitnessWhoseStakeCannotBeLocked() public {
        // Only three witnesses can be drawn; one has too little free stake for the lock.
        for (uint256 i = 1; i < 6; ++i) {
            if (i == 3) continue;
            vm.prank(witnesses[i]);
            registry.requestUnstake();
        }
        address small = makeAddr("small");
        _stakeWitness(small, 1000 * unit, REGION);
        _draw(id);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        uint256 filled;
        for (uint256 i; i < 3; ++i) {
            if (slots[i].status == SlotStatus.Drawn) ++filled;
            assertTrue(slots[i].witness != small);
        }
        assertEq(filled, 2);
        assertEq(_locked(small), 0);
        // A new request is pending for the empty slot; the small witness stays excluded.
        assertGt(manager.claim(id).randomnessRequest, 0);
        assertEq(manager.drawExclusions(id).length, 4);
    }

    function test_drawWitnesses_emptySlotPastItsDeadlineRejectsAsWitnessesUnavailable() public {
        for (uint256 i = 1; i < 6; ++i) {
            if (i == 3) continue;
            vm.prank(witnesses[i]);
            registry.requestUnstake();
        }
        _stakeWitness(makeAddr("small"), 1000 * unit, REGION);
        _draw(id);
        vm.warp(block.timestamp + 3 days + 1);
        manager.expireClaim(id);
        assertEq(uint8(manager.claim(id).reason), uint8(ReviewReason.WitnessesUnavailable));
        assertEq(_locked(witnesses[0]), 0, "stakes released");
        assertEq(_locked(witnesses[3]), 0, "stakes released");
    }

    function test_acceptWitness_onlyTheDrawnWitnessBeforeTheDeadline() public {
        _draw(id);
        WitnessSlot memory s = _slot(id, 0);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotSlotWitness.selector, id, 0, outsider));
        manager.acceptWitness(id, 0);
        vm.prank(s.witness);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongSlot.selector, id, 3));
        manager.acceptWitness(id, 3);

        vm.warp(block.timestamp + 3 days + 1);
        vm.prank(s.witness);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDeadlinePassed.selector, id, block.timestamp - 1));
        manager.acceptWitness(id, 0);
    }

    function test_acceptWitness_setsTheAttestationDeadline() public {
        _draw(id);
        WitnessSlot memory s = _slot(id, 1);
        vm.expectEmit(address(manager));
        emit IClaimsManager.WitnessAccepted(id, 1, s.witness, block.timestamp + 14 days);
        vm.prank(s.witness);
        manager.acceptWitness(id, 1);
        assertEq(uint8(_slot(id, 1).status), uint8(SlotStatus.Accepted));
        vm.prank(s.witness);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotSlotWitness.selector, id, 1, s.witness));
        manager.acceptWitness(id, 1);
    }

    function test_acceptWitness_revertsBeforeTheDraw() public {
        vm.prank(witnesses[0]);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Reviewed));
        manager.acceptWitness(id, 0);
    }

    function test_declineWitness_unlocksAndRedraws() public {
        _draw(id);
        WitnessSlot memory s = _slot(id, 2);
        vm.prank(s.witness);
        manager.declineWitness(id, 2);
        assertEq(_locked(s.witness), 0);
        assertEq(_stakeOf(s.witness), 5000 * unit, "no penalty");
        assertEq(uint8(_slot(id, 2).status), uint8(SlotStatus.Empty));
        _draw(id);
        WitnessSlot memory replaced = _slot(id, 2);
        assertEq(uint8(replaced.status), uint8(SlotStatus.Drawn));
        assertTrue(replaced.witness != s.witness, "a decliner is not redrawn");
    }

    function test_declineWitness_revertsAfterAcceptingOrAfterTheDeadline() public {
        _draw(id);
        WitnessSlot memory s = _slot(id, 0);
        vm.prank(s.witness);
        manager.acceptWitness(id, 0);
        vm.prank(s.witness);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotSlotWitness.selector, id, 0, s.witness));
        manager.declineWitness(id, 0);
        WitnessSlot memory s1 = _slot(id, 1);
        vm.warp(block.timestamp + 3 days + 1);
        vm.prank(s1.witness);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDeadlinePassed.selector, id, block.timestamp - 1));
        manager.declineWitness(id, 1);
    }

    function test_replaceWitness_slashesTheNoShowSliceToMembers() public {
        _draw(id);
        WitnessSlot memory s = _slot(id, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsDeadlineNotReached.selector, id, block.timestamp + 3 days)
        );
        manager.replaceWitness(id, 0);
        vm.warp(block.timestamp + 3 days + 1);
        uint256 funds = pool.memberFunds() + pool.reserve();
        uint256 slice = 5000 * unit * 500 / 10_000;
        vm.expectEmit(address(manager));
        emit IClaimsManager.WitnessReplaced(id, 0, s.witness, slice, outsider);
        vm.prank(outsider);
        manager.replaceWitness(id, 0);
        assertEq(_stakeOf(s.witness), 5000 * unit - slice);
        assertEq(_locked(s.witness), 0);
        assertEq(pool.memberFunds() + pool.reserve(), funds + slice, "credited to members");
        assertEq(uint8(_slot(id, 0).status), uint8(SlotStatus.Empty));
        assertGt(manager.claim(id).randomnessRequest, 0, "redraw requested");
        _assertMoney();
        _draw(id);
        assertTrue(_slot(id, 0).witness != s.witness);
    }

    function test_replaceWitness_anAcceptedWitnessWhoNeverAttests() public {
        _draw(id);
        _acceptAll(id);
        vm.warp(block.timestamp + 14 days);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDeadlineNotReached.selector, id, block.timestamp));
        manager.replaceWitness(id, 1);
        vm.warp(block.timestamp + 1);
        manager.replaceWitness(id, 1);
        assertEq(uint8(_slot(id, 1).status), uint8(SlotStatus.Empty));
    }

    function test_replaceWitness_revertsOnEmptyOrAttestedSlotsAndWrongStates() public {
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Reviewed));
        manager.replaceWitness(id, 0);
        _draw(id);
        _acceptAll(id);
        WitnessSlot memory s = _slot(id, 0);
        vm.prank(s.witness);
        manager.attest(id, 0, keccak256("r"), true);
        vm.warp(block.timestamp + 30 days);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongSlot.selector, id, 0));
        manager.replaceWitness(id, 0);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongSlot.selector, id, 5));
        manager.replaceWitness(id, 5);
    }

    function test_attest_threeApprovalsAnnounce() public {
        _draw(id);
        _acceptAll(id);
        for (uint256 i; i < 2; ++i) {
            WitnessSlot memory s = _slot(id, i);
            vm.prank(s.witness);
            manager.attest(id, i, keccak256(abi.encode(i)), true);
            assertEq(uint8(_state(id)), uint8(ClaimState.WitnessesDrawn));
        }
        WitnessSlot memory last = _slot(id, 2);
        vm.expectEmit(address(manager));
        emit IClaimsManager.ClaimStateChanged(id, ClaimState.WitnessesDrawn, ClaimState.Attested, ReviewReason.None, 0);
        vm.expectEmit(address(manager));
        emit IClaimsManager.ClaimStateChanged(
            id, ClaimState.Attested, ClaimState.Announced, ReviewReason.None, block.timestamp + 7 days
        );
        vm.prank(last.witness);
        manager.attest(id, 2, keccak256("visit"), true);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
        assertEq(_slot(id, 2).reportHash, keccak256("visit"));
    }

    function test_attest_revertsWithoutAcceptingAfterTheDeadlineOrWithAZeroHash() public {
        _draw(id);
        WitnessSlot memory s = _slot(id, 0);
        vm.prank(s.witness);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotSlotWitness.selector, id, 0, s.witness));
        manager.attest(id, 0, keccak256("r"), true);
        vm.prank(s.witness);
        manager.acceptWitness(id, 0);
        vm.prank(s.witness);
        vm.expectRevert(IClaimsManager.ClaimsZero.selector);
        manager.attest(id, 0, bytes32(0), true);
        vm.warp(block.timestamp + 14 days + 1);
        vm.prank(s.witness);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDeadlinePassed.selector, id, block.timestamp - 1));
        manager.attest(id, 0, keccak256("r"), true);
    }

    function _rejectBySlot0() internal returns (address rejecter) {
        _draw(id);
        _acceptAll(id);
        rejecter = _slot(id, 0).witness;
        vm.prank(rejecter);
        manager.attest(id, 0, keccak256("not ill"), false);
    }

    function test_attest_aRejectionGoesToArbitration() public {
        _rejectBySlot0();
        Claim memory c = manager.claim(id);
        assertEq(uint8(c.state), uint8(ClaimState.UnderArbitration));
        assertEq(c.deadline, block.timestamp + 14 days);
        // The other witnesses may still attest while the operator arbitrates; nothing moves on.
        WitnessSlot memory s = _slot(id, 1);
        vm.prank(s.witness);
        manager.attest(id, 1, keccak256("ok"), true);
        assertEq(uint8(_state(id)), uint8(ClaimState.UnderArbitration));
    }

    function test_arbitrate_upholdRejectsAndReleasesStakes() public {
        address rejecter = _rejectBySlot0();
        address other = _slot(id, 1).witness;
        vm.prank(operator);
        manager.arbitrate(id, true);
        assertEq(uint8(manager.claim(id).reason), uint8(ReviewReason.WitnessRejected));
        assertEq(_locked(rejecter), 0);
        assertEq(_locked(other), 0);
        assertEq(manager.openClaimOf(claimant), 0);
    }

    function test_arbitrate_overruleRedrawsTheRejectingSlot() public {
        address rejecter = _rejectBySlot0();
        vm.prank(operator);
        manager.arbitrate(id, false);
        assertEq(uint8(_state(id)), uint8(ClaimState.WitnessesDrawn));
        assertEq(_locked(rejecter), 0);
        assertEq(_stakeOf(rejecter), 5000 * unit, "an honest rejection is not penalised");
        assertEq(uint8(_slot(id, 0).status), uint8(SlotStatus.Empty));
        _draw(id);
        assertTrue(_slot(id, 0).witness != rejecter);
        _acceptAll(id);
        _attestAll(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
    }

    function test_arbitrate_revertsAfterTheDeadlineThenExpires() public {
        _rejectBySlot0();
        vm.warp(block.timestamp + 14 days + 1);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDeadlinePassed.selector, id, block.timestamp - 1));
        manager.arbitrate(id, false);
        manager.expireClaim(id);
        assertEq(uint8(manager.claim(id).reason), uint8(ReviewReason.ArbitrationTimedOut));
    }

    function test_arbitrate_revertsOutsideArbitration() public {
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsWrongState.selector, id, ClaimState.Reviewed));
        manager.arbitrate(id, true);
    }

    function test_expireClaim_arbitrationBeforeTheDeadlineReverts() public {
        _rejectBySlot0();
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsDeadlineNotReached.selector, id, block.timestamp + 14 days)
        );
        manager.expireClaim(id);
    }
}
