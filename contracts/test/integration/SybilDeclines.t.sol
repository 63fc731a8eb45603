// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ProtocolFixture} from "../utils/ProtocolFixture.sol";
import {ClaimState, SlotStatus, WitnessSlot} from "../../src/types/ClaimTypes.sol";

/// @notice Review finding: the registry takes at most 32 exclusions, and every witness ever drawn for a claim was
///         excluded, so a string of free declines (by sybil witnesses) made every later draw revert and the claim
///         expired as `WitnessesUnavailable`. The draw now excludes the claimant, the slot holders and the most
///         recent former witnesses only, so declines can never make the draw impossible.
contract SybilDeclinesTest is ProtocolFixture {
    function setUp() public override {
        super.setUp();
        for (uint256 i; i < 45; ++i) {
            _stakeWitness(makeAddr(string.concat("sybil", vm.toString(i))), 5000 * unit, REGION);
        }
    }

    function test_property_aStringOfDeclinesCannotKillAClaim() public {
        uint256 id = _file(claimant, 150 * unit, REGION);
        _review(id);
        _draw(id, keccak256("first"));
        uint256 declines;
        // Every drawn witness declines, round after round, well past the registry's 32 exclusions.
        for (uint256 round; declines < 40; ++round) {
            for (uint256 i; i < 3; ++i) {
                WitnessSlot memory s = _slot(id, i);
                if (s.status != SlotStatus.Drawn) continue;
                vm.prank(s.witness);
                manager.declineWitness(id, i);
                ++declines;
            }
            _draw(id, keccak256(abi.encode("round", round)));
            assertEq(uint8(_state(id)), uint8(ClaimState.WitnessesDrawn), "the claim is alive");
        }
        assertGt(manager.drawExclusions(id).length, 33, "more former witnesses than the registry could exclude");
        // The claim still reaches its announcement.
        _acceptAll(id);
        _attestAll(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
    }
}
