// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {IWitnessRegistry} from "../../../src/interfaces/IWitnessRegistry.sol";
import {WitnessFixture} from "../../utils/WitnessFixture.sol";
import {WitnessDrawReference} from "../../utils/WitnessDrawHarness.sol";

/// @notice Stake tiers: a claim's lock scales with its amount, and the draw takes only witnesses whose stake can
///         carry it, from the union of the tiers at or above the lock's, in O(1).
contract WitnessTiersTest is WitnessFixture {
    /// @dev The default claim cap (100,000 tokens) and k = 1 (StakeCoverBps 10,000): three locks cover the amount.
    uint256 internal constant CAP_TOKENS = 100_000;
    uint256 internal constant COVER_BPS = 10_000;

    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function _stakeOf(address w) internal view returns (uint256 stakeAmount) {
        (stakeAmount,,,,) = registry.witnessInfo(w);
    }

    function _placement(address w) internal view returns (bool eligible, uint256 region, uint256 tier) {
        return registry.placementAt(w, block.number);
    }

    // ─── lockTier, maxLock, tierOf ───────────────────────────────────────────────────────────────────────

    function test_lockTier_smallestTierWhoseFloorCarriesTheLock() public view {
        assertEq(registry.TIERS(), 8);
        assertEq(registry.maxLock(), minimumStake << 7);
        assertEq(registry.lockTier(0), 0);
        assertEq(registry.lockTier(1), 0);
        assertEq(registry.lockTier(minimumStake), 0);
        assertEq(registry.lockTier(minimumStake + 1), 1);
        assertEq(registry.lockTier(2 * minimumStake), 1);
        assertEq(registry.lockTier(2 * minimumStake + 1), 2);
        assertEq(registry.lockTier(5 * minimumStake), 3);
        assertEq(registry.lockTier(registry.maxLock()), 7);
        for (uint256 t = 1; t < 8; ++t) {
            assertEq(registry.lockTier(minimumStake << t), t, "the floor itself");
            assertEq(registry.lockTier((minimumStake << t) - 1), t, "just below the floor");
            assertEq(registry.lockTier((minimumStake << (t - 1)) + 1), t, "just above the tier below");
        }
    }

    function test_lockTier_revertsAboveMaxLock() public {
        uint256 tooMuch = registry.maxLock() + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessRegistry.WitnessLockTooLarge.selector, tooMuch, registry.maxLock())
        );
        registry.lockTier(tooMuch);
        _registerMany("w", 3, REGION);
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessRegistry.WitnessLockTooLarge.selector, tooMuch, registry.maxLock())
        );
        vm.prank(claims);
        registry.draw(1, 1, REGION, _none(), 1, tooMuch);
    }

    function testFuzz_lockTier_matchesDefinition(uint256 amount) public view {
        amount = bound(amount, 0, registry.maxLock());
        assertEq(registry.lockTier(amount), WitnessDrawReference.lockTier(minimumStake, amount));
    }

    function testFuzz_tier_matchesDefinition(uint256 amount) public {
        amount = bound(amount, minimumStake, 1000 * minimumStake);
        _register(alice, amount, REGION);
        (bool eligible, uint256 region, uint256 tier) = _placement(alice);
        assertTrue(eligible);
        assertEq(region, REGION);
        assertEq(tier, WitnessDrawReference.tierOf(minimumStake, amount));
        assertEq(registry.eligibleCount(REGION, tier), 1);
        assertEq(registry.eligibleCount(0, tier), 1);
        assertEq(_eligibleTotal(0), 1, "in exactly one tier");
    }

    // ─── the draw serves the lock ────────────────────────────────────────────────────────────────────────

    /// @notice Issue 8, section 2: for a claim at the cap with k = 1 the per-witness lock is ceil(100,000 / 3)
    ///         tokens; the three witnesses drawn all have a stake that carries it, so their three locks together
    ///         cover the claim. Witnesses too small for it are never drawn, whatever the seed.
    function test_property_drawnWitnessesCanCarryAScaledLock() public {
        uint256 lockAmount = (CAP_TOKENS * unit * COVER_BPS + 3 * 10_000 - 1) / (3 * 10_000);
        assertEq(lockAmount, 33_333_333_334, "ceil(100,000 tokens / 3)");
        _registerMany("min", 10, REGION); // tier 0: 5,000
        _registerStakes("t1_", 3, 10_000); // tier 1
        _registerStakes("t2_", 3, 20_000); // tier 2
        _registerStakes("carries_", 2, 33_334); // tier 2 too: it can carry the lock, but tiers are by 2^t floors
        address[] memory big = new address[](5);
        big[0] = _registerOne("t3_a", 40_000);
        big[1] = _registerOne("t3_b", 40_000);
        big[2] = _registerOne("t4_a", 100_000);
        big[3] = _registerOne("t4_b", 100_000);
        big[4] = _registerOne("t7", 700_000);
        vm.roll(block.number + 1);
        assertEq(registry.lockTier(lockAmount), 3);

        uint256[5] memory seen;
        for (uint256 s; s < 300; ++s) {
            uint256 claimId = 1000 + s;
            vm.prank(claims);
            address[] memory drawn = registry.drawAt(
                claimId, uint256(keccak256(abi.encode(s))), REGION, _none(), 3, block.number - 1, lockAmount
            );
            uint256 covered;
            for (uint256 i; i < 3; ++i) {
                assertGe(_stakeOf(drawn[i]), lockAmount, "a drawn witness cannot carry the lock");
                vm.prank(claims);
                registry.lock(drawn[i], claimId, lockAmount); // the claims module's lock succeeds
                covered += registry.lockedFor(drawn[i], claimId);
                for (uint256 k; k < 5; ++k) {
                    if (drawn[i] == big[k]) ++seen[k];
                }
                vm.prank(claims);
                registry.unlock(drawn[i], claimId);
            }
            assertGe(covered, CAP_TOKENS * unit * COVER_BPS / 10_000, "three locks cover k x the claim");
        }
        for (uint256 k; k < 5; ++k) {
            // Uniform over the 5 of the union: each drawn in 3/5 of the draws (180 of 300).
            assertGt(seen[k], 120, "every member of the union is drawn");
        }
    }

    /// @notice The union is the tiers concatenated in increasing order, drawn by the documented algorithm: the
    ///         picks equal the reference draw over the arrays read back through the views.
    function testFuzz_draw_unionMatchesTheReference(uint256 seed, uint256 lockSeed, uint8 exclusions) public {
        uint256[9] memory stakes = [uint256(5000), 7000, 10_000, 15_000, 20_000, 40_000, 80_000, 160_000, 700_000];
        address[] memory all = new address[](27);
        for (uint256 i; i < 27; ++i) {
            all[i] = _registerOne(string.concat("w", vm.toString(i)), stakes[i % 9]);
        }
        vm.roll(block.number + 1);
        uint256 lockAmount = bound(lockSeed, 1, 80_000 * unit);
        uint256 firstTier = registry.lockTier(lockAmount);
        address[] memory exclude = new address[](exclusions % 4);
        for (uint256 i; i < exclude.length; ++i) {
            exclude[i] = all[uint256(keccak256(abi.encode(seed, i))) % 27];
        }
        address[][] memory tiers = new address[][](8);
        for (uint256 t; t < 8; ++t) {
            tiers[t] = new address[](registry.eligibleCountAt(0, t, block.number - 1));
            for (uint256 k; k < tiers[t].length; ++k) {
                tiers[t][k] = registry.eligibleAtBlock(0, t, k, block.number - 1);
            }
        }
        vm.prank(claims);
        address[] memory drawn = registry.drawAt(5, seed, 0, exclude, 3, block.number - 1, lockAmount);
        assertEq(drawn, WitnessDrawReference.drawUnion(tiers, firstTier, seed, 5, exclude, 3));
    }

    // ─── tier moves ──────────────────────────────────────────────────────────────────────────────────────

    /// @notice Issue 8, section 2: a top-up across a tier floor moves the witness up (leave, then enter) in both its
    ///         region's arrays and the global ones; a top-up within the tier does not move it.
    function test_property_tierMovesUpOnTopUp() public {
        _register(alice, minimumStake, REGION);
        _fund(alice, 10 * minimumStake);
        vm.recordLogs();
        vm.prank(alice);
        registry.stake(minimumStake - 1, REGION); // 2 × minimum − 1: still tier 0
        assertEq(vm.getRecordedLogs().length, 2, "Transfer + WitnessStaked: no move");
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 0, false);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 1, true);
        vm.prank(alice);
        registry.stake(1, REGION); // 2 × minimum: tier 1
        (,, uint256 tier) = _placement(alice);
        assertEq(tier, 1);
        assertEq(registry.eligibleCount(REGION, 0), 0);
        assertEq(registry.eligibleCount(0, 0), 0);
        assertEq(registry.eligibleAt(REGION, 1, 0), alice);
        assertEq(registry.eligibleAt(0, 1, 0), alice);
        vm.prank(alice);
        registry.stake(6 * minimumStake, REGION); // 8 × minimum: tier 3
        (,, tier) = _placement(alice);
        assertEq(tier, 3);
        assertEq(registry.eligibleCount(REGION, 1), 0);
        assertEq(registry.eligibleCount(REGION, 3), 1);
    }

    /// @notice Issue 8, section 2: a slash below the tier's floor moves the witness down; below the minimum it leaves.
    function test_property_tierMovesDownOnSlash() public {
        _register(alice, 4 * minimumStake, REGION); // tier 2
        (,, uint256 tier) = _placement(alice);
        assertEq(tier, 2);
        vm.startPrank(claims);
        registry.lock(alice, 1, 4 * minimumStake);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 2, false);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 1, true);
        registry.slash(alice, 1, 1, "fraud", claims); // 4 × minimum − 1: tier 1
        (,, tier) = _placement(alice);
        assertEq(tier, 1);
        registry.slash(alice, 1, 2 * minimumStake, "fraud", claims); // 2 × minimum − 1: tier 0
        (,, tier) = _placement(alice);
        assertEq(tier, 0);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 0, false);
        registry.slash(alice, 1, minimumStake, "fraud", claims); // below the minimum: out
        vm.stopPrank();
        (bool eligible,,) = _placement(alice);
        assertFalse(eligible);
        assertEq(_eligibleTotal(0), 0);
    }

    /// @notice The top tier holds every stake from `minimumStake << 7` up.
    function test_tier_topTierHoldsEverythingAbove() public {
        _register(alice, 1000 * minimumStake, REGION);
        (,, uint256 tier) = _placement(alice);
        assertEq(tier, 7);
    }

    /// @notice A tier move is a swap-and-pop in the old arrays: the moved member's position is kept right, so a later
    ///         removal of it leaves the arrays in the documented order.
    function test_tier_moveKeepsSwapAndPopOrder() public {
        _register(alice, minimumStake, REGION);
        _register(bob, minimumStake, OTHER_REGION);
        _register(carol, minimumStake, REGION);
        // tier 0: region [alice, carol], global [alice, bob, carol]
        _fund(alice, minimumStake);
        vm.prank(alice);
        registry.stake(minimumStake, REGION); // alice → tier 1
        // tier 0: region [carol], global [carol, bob]
        assertEq(registry.eligibleAt(REGION, 0, 0), carol);
        assertEq(registry.eligibleAt(0, 0, 0), carol);
        assertEq(registry.eligibleAt(0, 0, 1), bob);
        vm.prank(carol);
        registry.requestUnstake();
        // tier 0: region [], global [bob]
        assertEq(registry.eligibleCount(REGION, 0), 0);
        assertEq(registry.eligibleCount(0, 0), 1);
        assertEq(registry.eligibleAt(0, 0, 0), bob);
        assertEq(registry.eligibleAt(0, 1, 0), alice);
    }

    /// @notice An excluded witness counts against the union it was in at the snapshot, not where it is now.
    function test_draw_exclusionsCountedAtTheSnapshotPlacement() public {
        address[] memory ws = _registerMany("w", 3, REGION);
        _registerMany("o", 5, OTHER_REGION);
        vm.roll(block.number + 1);
        uint256 snapshot = block.number - 1;
        // After the snapshot ws[0] moves to tier 1: at the snapshot it was a tier-0 member of the region.
        _fund(ws[0], minimumStake);
        vm.prank(ws[0]);
        registry.stake(minimumStake, REGION);
        vm.roll(block.number + 1);
        (bool wasEligible,, uint256 wasTier) = registry.placementAt(ws[0], snapshot);
        assertTrue(wasEligible);
        assertEq(wasTier, 0);
        vm.recordLogs();
        vm.prank(claims);
        registry.drawAt(1, 1, REGION, _one(ws[0]), 3, snapshot, minimumStake);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        (, uint256 drawnRegion,,,) =
            abi.decode(logs[logs.length - 1].data, (uint256, uint256, uint256, uint256, address[]));
        assertEq(drawnRegion, 0, "3 in the region at the snapshot, one excluded: all regions");
    }

    function test_views_revertOnTierOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessTierInvalid.selector, 8, 8));
        registry.eligibleCount(REGION, 8);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessTierInvalid.selector, 8, 8));
        registry.eligibleAt(REGION, 8, 0);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessTierInvalid.selector, 9, 8));
        registry.eligibleCountAt(REGION, 9, block.number);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessTierInvalid.selector, 8, 8));
        registry.eligibleAtBlock(REGION, 8, 0, block.number);
    }

    // ─── helpers ─────────────────────────────────────────────────────────────────────────────────────────

    function _registerOne(string memory label, uint256 tokens) internal returns (address w) {
        w = makeAddr(label);
        _register(w, tokens * unit, REGION);
    }

    function _registerStakes(string memory label, uint256 n, uint256 tokens) internal {
        for (uint256 i; i < n; ++i) {
            _registerOne(string.concat(label, vm.toString(i)), tokens);
        }
    }
}
