// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {IWitnessRegistry} from "../../../src/interfaces/IWitnessRegistry.sol";
import {WitnessFixture} from "../../utils/WitnessFixture.sol";

/// @notice The claim's region decides the draw only when it holds enough witnesses: `max(count, minRegionWitnesses)`
///         outside the exclusions, in the union of tiers that can carry the lock; otherwise every region is drawn
///         from. So naming an empty region where one's own three witnesses sit does not choose the witnesses.
contract WitnessRegionRuleTest is WitnessFixture {
    uint256 internal constant SEASONING = 30 days;
    uint256 internal constant MIN_REGION = 5;
    uint256 internal constant SYBIL_REGION = 4401;

    address internal claimant = makeAddr("claimant");

    function _seasoning() internal pure override returns (uint256) {
        return SEASONING;
    }

    function _minRegionWitnesses() internal pure override returns (uint256) {
        return MIN_REGION;
    }

    /// @dev Registers `n` witnesses at `amount` in `region`, then seasons and activates them.
    function _seasoned(string memory label, uint256 n, uint256 region, uint256 amount)
        internal
        returns (address[] memory ws)
    {
        ws = new address[](n);
        for (uint256 i; i < n; ++i) {
            ws[i] = makeAddr(string.concat(label, vm.toString(i)));
            _register(ws[i], amount, region);
        }
        vm.warp(block.timestamp + SEASONING);
        for (uint256 i; i < n; ++i) {
            registry.activate(ws[i]);
        }
    }

    /// @dev Draws `count` at the previous block's arrays with the minimum lock; returns the picks and the region used.
    function _drawAtSnapshot(uint256 claimId, uint256 seed, uint256 region, address[] memory exclude, uint256 count)
        internal
        returns (address[] memory drawn, uint256 drawnRegion)
    {
        vm.recordLogs();
        vm.prank(claims);
        drawn = registry.drawAt(claimId, seed, region, exclude, count, block.number - 1, minimumStake);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        (, drawnRegion,,,) = abi.decode(logs[logs.length - 1].data, (uint256, uint256, uint256, uint256, address[]));
    }

    /// @notice Issue 8, finding 1: a claimant who stakes three witnesses in an otherwise empty region and names that
    ///         region gets all three slots at about the f³ rate of the 11 witnesses there are, not always.
    /// @dev 2,000 seeds. With f = 3/11 the chance of holding all three slots is (3/11)(2/10)(1/9) = 1/165, so the
    ///      count X is Binomial(2000, 1/165): mean 12.1, sd 3.5. The acceptance region 1 ≤ X ≤ 32 has
    ///      P(X = 0) = 5.5e-6 and P(X ≥ 33) = 5e-7 under that law (a two-sided test at α ≈ 6e-6); the seeds are fixed,
    ///      so the test is deterministic. Before the region rule the sybils' region (3 ≥ count) was drawn from
    ///      alone and X was 2,000.
    function test_property_claimantCannotChooseTheDrawRegion() public {
        address[] memory sybils = _seasoned("sybil", 3, SYBIL_REGION, minimumStake);
        _seasoned("home", 4, REGION, minimumStake);
        _seasoned("away", 4, OTHER_REGION, minimumStake);
        vm.roll(block.number + 1);
        address[] memory exclude = _one(claimant);

        uint256 seeds = 2000;
        uint256 allThree;
        for (uint256 s; s < seeds; ++s) {
            (address[] memory drawn, uint256 drawnRegion) =
                _drawAtSnapshot(s, uint256(keccak256(abi.encode("seed", s))), SYBIL_REGION, exclude, 3);
            assertEq(drawnRegion, 0, "a region with fewer than minRegionWitnesses falls back to all regions");
            uint256 held;
            for (uint256 i; i < 3; ++i) {
                for (uint256 k; k < 3; ++k) {
                    if (drawn[i] == sybils[k]) ++held;
                }
            }
            if (held == 3) ++allThree;
        }
        emit log_named_uint("draws in which the claimant held all three slots, of 2000 (expected 12.1)", allThree);
        assertGe(allThree, 1, "f^3 rate: at least one");
        assertLe(allThree, 32, "f^3 rate: the claimant must not choose its witnesses");
    }

    /// @notice The same claimant holding 3 of the 11 witnesses of its own (well-populated) region: the region is
    ///         drawn from, and the claimant's rate is again about f³ (control for the test above).
    function test_regionRule_ownRegionAtThresholdGivesTheF3Rate() public {
        address[] memory mine = _seasoned("mine", 3, REGION, minimumStake);
        _seasoned("theirs", 8, REGION, minimumStake);
        _seasoned("away", 4, OTHER_REGION, minimumStake);
        vm.roll(block.number + 1);
        uint256 allThree;
        for (uint256 s; s < 2000; ++s) {
            (address[] memory drawn, uint256 drawnRegion) =
                _drawAtSnapshot(s, uint256(keccak256(abi.encode("own", s))), REGION, _one(claimant), 3);
            assertEq(drawnRegion, REGION);
            uint256 held;
            for (uint256 i; i < 3; ++i) {
                (,, uint256 region,,) = registry.witnessInfo(drawn[i]);
                assertEq(region, REGION);
                for (uint256 k; k < 3; ++k) {
                    if (drawn[i] == mine[k]) ++held;
                }
            }
            if (held == 3) ++allThree;
        }
        emit log_named_uint("own region: all three slots, of 2000 (expected 12.1)", allThree);
        assertGe(allThree, 1);
        assertLe(allThree, 32);
    }

    /// @notice Issue 8, finding 1: a region below `minRegionWitnesses` (outside the exclusions) is not drawn from
    ///         alone, even when it has `count` witnesses; at the threshold it is.
    function test_property_regionBelowMinRegionWitnessesFallsBack() public {
        address[] memory home = _seasoned("home", MIN_REGION - 1, REGION, minimumStake);
        _seasoned("away", 6, OTHER_REGION, minimumStake);
        vm.roll(block.number + 1);
        (, uint256 drawnRegion) = _drawAtSnapshot(1, 1, REGION, _none(), 3);
        assertEq(drawnRegion, 0, "4 < 5: all regions");

        // One more seasoned witness: 5 = threshold, the region is used.
        _seasoned("late", 1, REGION, minimumStake);
        vm.roll(block.number + 1);
        (address[] memory drawn, uint256 region5) = _drawAtSnapshot(1, 1, REGION, _none(), 3);
        assertEq(region5, REGION, "5 = threshold: the region");
        for (uint256 i; i < 3; ++i) {
            (,, uint256 r,,) = registry.witnessInfo(drawn[i]);
            assertEq(r, REGION);
        }

        // An excluded member of the region counts against it (duplicates once, outsiders not at all).
        address[] memory exclude = new address[](3);
        exclude[0] = home[0];
        exclude[1] = home[0];
        exclude[2] = claimant;
        (, uint256 regionExcluded) = _drawAtSnapshot(1, 1, REGION, exclude, 3);
        assertEq(regionExcluded, 0, "5 - 1 excluded < 5: all regions");
    }

    /// @notice `count` above `minRegionWitnesses` is the threshold then.
    function test_regionRule_countAboveMinimumIsTheThreshold() public {
        _seasoned("home", 6, REGION, minimumStake);
        _seasoned("away", 6, OTHER_REGION, minimumStake);
        vm.roll(block.number + 1);
        (, uint256 sixOfSix) = _drawAtSnapshot(1, 1, REGION, _none(), 6);
        assertEq(sixOfSix, REGION);
        (, uint256 sevenOfSix) = _drawAtSnapshot(1, 1, REGION, _none(), 7);
        assertEq(sevenOfSix, 0);
    }

    /// @notice The threshold applies to the union that can carry the lock: a region full of minimum stakes but with
    ///         too few witnesses able to carry a large lock falls back to the global union of those tiers.
    function test_regionRule_countsOnlyTiersThatCarryTheLock() public {
        _seasoned("small", 10, REGION, minimumStake);
        _seasoned("bigHome", 2, REGION, 8 * minimumStake);
        _seasoned("bigAway", 4, OTHER_REGION, 8 * minimumStake);
        vm.roll(block.number + 1);
        uint256 lockAmount = 5 * minimumStake; // tier 3 (8 × minimum)
        vm.recordLogs();
        vm.prank(claims);
        address[] memory drawn = registry.drawAt(1, 7, REGION, _none(), 3, block.number - 1, lockAmount);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        (, uint256 drawnRegion, uint256 firstTier, uint256 setSize,) =
            abi.decode(logs[logs.length - 1].data, (uint256, uint256, uint256, uint256, address[]));
        assertEq(drawnRegion, 0, "2 big stakes in the region < 5: all regions");
        assertEq(firstTier, 3);
        assertEq(setSize, 6, "the global union of tiers 3..7");
        for (uint256 i; i < 3; ++i) {
            (uint256 stakeAmount,,,,) = registry.witnessInfo(drawn[i]);
            assertGe(stakeAmount, lockAmount);
        }
    }

    /// @notice Not enough anywhere: the error reports the global union's witnesses outside the exclusions.
    function test_regionRule_revertsWhenTheGlobalUnionIsTooSmall() public {
        address[] memory ws = _seasoned("w", 3, REGION, minimumStake);
        vm.roll(block.number + 1);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessNotEnoughEligible.selector, 2, 3));
        vm.prank(claims);
        registry.drawAt(1, 1, REGION, _one(ws[0]), 3, block.number - 1, minimumStake);
    }

    function test_constructor_setsRegionThresholdAndSeasoning() public view {
        assertEq(registry.minRegionWitnesses(), MIN_REGION);
        assertEq(registry.seasoning(), SEASONING);
    }
}
