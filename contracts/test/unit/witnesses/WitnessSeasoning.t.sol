// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IWitnessRegistry} from "../../../src/interfaces/IWitnessRegistry.sol";
import {WitnessFixture} from "../../utils/WitnessFixture.sol";

/// @notice A witness can be drawn only after a seasoning period after it registers, so nobody can stake witnesses
///         just in time for their own claim.
contract WitnessSeasoningTest is WitnessFixture {
    uint256 internal constant SEASONING = 30 days;

    address internal fresh = makeAddr("fresh");
    address internal keeper = makeAddr("keeper");
    address[] internal _veterans;

    function _seasoning() internal pure override returns (uint256) {
        return SEASONING;
    }

    function setUp() public override {
        super.setUp();
        vm.warp(1_764_000_000);
        vm.roll(100);
        _veterans = _registerMany("veteran", 5, REGION);
        vm.warp(block.timestamp + SEASONING);
        for (uint256 i; i < _veterans.length; ++i) {
            registry.activate(_veterans[i]);
        }
        vm.roll(block.number + 1);
    }

    function _drawnEver(address who, uint256 seeds) internal returns (bool) {
        for (uint256 s; s < seeds; ++s) {
            vm.prank(claims);
            address[] memory drawn = registry.drawAt(s, s, REGION, _none(), 3, block.number - 1, minimumStake);
            for (uint256 i; i < drawn.length; ++i) {
                if (drawn[i] == who) return true;
            }
        }
        return false;
    }

    /// @notice Issue 8, finding 1: a just-staked witness is never drawn before its seasoning ends, however many
    ///         draws are made; after `activate` it is drawn like any other.
    function test_property_witnessIsNotDrawableBeforeSeasoning() public {
        _fund(fresh, minimumStake);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessSeasoning(fresh, block.timestamp + SEASONING);
        vm.prank(fresh);
        registry.stake(minimumStake, REGION);
        assertEq(registry.seasonedAt(fresh), block.timestamp + SEASONING);
        assertFalse(_eligible(fresh));
        assertEq(_eligibleTotal(REGION), 5);
        vm.roll(block.number + 1);
        assertFalse(_drawnEver(fresh, 200), "drawn before its seasoning ended");

        // One second before the end: still refused.
        vm.warp(registry.seasonedAt(fresh) - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessRegistry.WitnessNotSeasoned.selector, fresh, registry.seasonedAt(fresh))
        );
        registry.activate(fresh);

        // Seasoned but not yet activated: still not in the arrays.
        vm.warp(registry.seasonedAt(fresh));
        vm.roll(block.number + 1);
        assertFalse(_drawnEver(fresh, 50));

        // Anyone activates it; from the next block's snapshot on it is drawn.
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(fresh, REGION, 0, true);
        vm.prank(keeper);
        registry.activate(fresh);
        assertTrue(_eligible(fresh));
        assertEq(_eligibleTotal(REGION), 6);
        assertFalse(_drawnEver(fresh, 50), "the snapshot before the activation does not hold it");
        vm.roll(block.number + 1);
        assertTrue(_drawnEver(fresh, 50), "drawable after activate");
    }

    /// @notice `activate` of a witness already in the arrays, or that cannot be drawn, changes nothing.
    function test_activate_isIdempotentAndNeverForcesAnIneligibleWitnessIn() public {
        vm.recordLogs();
        registry.activate(_veterans[0]);
        assertEq(vm.getRecordedLogs().length, 0, "already in: nothing happens");

        _register(fresh, minimumStake, REGION);
        vm.prank(fresh);
        registry.requestUnstake();
        vm.warp(block.timestamp + SEASONING);
        registry.activate(fresh);
        assertFalse(_eligible(fresh), "unstaking: stays out");
    }

    function test_activate_revertsForAnUnregisteredAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessNotRegistered.selector, fresh));
        registry.activate(fresh);
    }

    /// @notice A top-up made after the seasoning ended puts the witness in without `activate`.
    function test_seasoning_topUpAfterSeasoningEnters() public {
        _register(fresh, minimumStake, REGION);
        _fund(fresh, 1);
        vm.prank(fresh);
        registry.stake(1, REGION);
        assertFalse(_eligible(fresh), "a top-up during the seasoning does not shorten it");
        vm.warp(block.timestamp + SEASONING);
        _fund(fresh, 1);
        vm.prank(fresh);
        registry.stake(1, REGION);
        assertTrue(_eligible(fresh));
    }

    /// @notice A seasoned witness slashed below the minimum comes back at once when it tops up (no new seasoning).
    function test_seasoning_reentryAfterSlashIsImmediate() public {
        address v = _veterans[0];
        vm.startPrank(claims);
        registry.lock(v, 1, unit);
        registry.slash(v, 1, unit, "fraud", claims);
        vm.stopPrank();
        assertFalse(_eligible(v));
        uint256 seasoned = registry.seasonedAt(v);
        _fund(v, unit);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(v, REGION, 0, true);
        vm.prank(v);
        registry.stake(unit, REGION);
        assertTrue(_eligible(v));
        assertEq(registry.seasonedAt(v), seasoned, "seasoning unchanged");
    }

    /// @notice A witness that withdrew and registers again is seasoned again.
    function test_seasoning_registeringAgainSeasonsAgain() public {
        address v = _veterans[1];
        vm.prank(v);
        registry.requestUnstake();
        vm.warp(block.timestamp + COOLDOWN);
        vm.prank(v);
        registry.withdrawStake();
        assertEq(registry.seasonedAt(v), 0);
        vm.prank(v);
        registry.stake(minimumStake, REGION);
        assertEq(registry.seasonedAt(v), block.timestamp + SEASONING);
        assertFalse(_eligible(v), "seasoned again");
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessRegistry.WitnessNotSeasoned.selector, v, block.timestamp + SEASONING)
        );
        registry.activate(v);
    }
}
