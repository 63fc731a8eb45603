// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {WitnessRegistry} from "../../src/WitnessRegistry.sol";
import {TestStablecoin} from "../../src/tokens/TestStablecoin.sol";
import {WitnessDrawReference} from "../utils/WitnessDrawHarness.sol";

/// @notice Drives the registry with random witness and claims-module actions, keeping ghost accounting.
contract WitnessRegistryHandler is Test {
    uint256 internal constant ACTORS = 12;
    /// @dev The test token's faucet gives at most 100,000 units (6 decimals) per call.
    uint256 internal constant FAUCET_LIMIT = 100_000e6;
    uint256[3] internal REGIONS = [uint256(1), 2, 65_535];

    WitnessRegistry internal immutable _registry;
    TestStablecoin internal immutable _usd;
    address internal immutable _claims;
    uint256 internal immutable _minimum;

    address[] public actors;
    uint256 public ghostStaked;
    uint256 public ghostSlashedOut;
    uint256 public ghostWithdrawn;
    uint256 public draws;
    uint256 public activations;
    /// @notice When the handler last made the registry re-place an actor (stake, activate, requestUnstake, slash).
    mapping(address => uint256) public lastPlacedAt;

    constructor(WitnessRegistry registry, TestStablecoin usd, address claims) {
        _registry = registry;
        _usd = usd;
        _claims = claims;
        _minimum = registry.minimumStake();
        for (uint256 i; i < ACTORS; ++i) {
            address a = makeAddr(string.concat("actor", vm.toString(i)));
            actors.push(a);
            vm.prank(a);
            usd.approve(address(registry), type(uint256).max);
        }
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % ACTORS];
    }

    function stake(uint256 who, uint256 amount, uint256 regionIndex) external {
        address a = _actor(who);
        (uint256 current,, uint256 region,, uint256 availableAt) = _registry.witnessInfo(a);
        if (availableAt != 0) return;
        // Stakes up to 300 × the minimum: every tier (the top one starts at 128 ×) is reached.
        if (current == 0 && region == 0) {
            amount = bound(amount, _minimum, regionIndex % 2 == 0 ? 3 * _minimum : 300 * _minimum);
            region = REGIONS[regionIndex % 3];
        } else {
            amount = bound(amount, 1, regionIndex % 2 == 0 ? _minimum : 100 * _minimum);
        }
        for (uint256 left = amount; left != 0;) {
            uint256 drip = left < FAUCET_LIMIT ? left : FAUCET_LIMIT;
            _usd.faucet(a, drip);
            left -= drip;
        }
        vm.prank(a);
        _registry.stake(amount, region);
        ghostStaked += amount;
        lastPlacedAt[a] = block.timestamp;
    }

    /// @dev A keeper's sweep: activates, from `who` on, up to `who % 4 + 1` actors that are registered, seasoned and
    ///      out of the arrays (each may stay out: unstaking or below the minimum).
    function activate(uint256 who) external {
        uint256 budget = who % 4 + 1;
        for (uint256 i; i < ACTORS && budget != 0; ++i) {
            address a = _actor(who % ACTORS + i);
            (,, uint256 region, bool before,) = _registry.witnessInfo(a);
            if (region == 0 || before || block.timestamp < _registry.seasonedAt(a)) continue;
            _registry.activate(a);
            lastPlacedAt[a] = block.timestamp;
            (,,, bool afterwards,) = _registry.witnessInfo(a);
            if (afterwards) ++activations;
            --budget;
        }
    }

    /// @dev Acts on one call in three, so that the witnesses are not drained faster than they are seasoned.
    function requestUnstake(uint256 who) external {
        if (who % 3 != 0) return;
        address a = _actor(who / 3);
        (,, uint256 region,, uint256 availableAt) = _registry.witnessInfo(a);
        if (region == 0 || availableAt != 0) return;
        vm.prank(a);
        _registry.requestUnstake();
        lastPlacedAt[a] = block.timestamp;
    }

    function withdraw(uint256 who) external {
        address a = _actor(who);
        (, uint256 locked, uint256 region,, uint256 availableAt) = _registry.witnessInfo(a);
        if (region == 0 || availableAt == 0 || locked != 0 || block.timestamp < availableAt) return;
        vm.prank(a);
        ghostWithdrawn += _registry.withdrawStake();
    }

    function lock(uint256 who, uint256 claimId, uint256 amount) external {
        address a = _actor(who);
        (uint256 stakeAmount, uint256 locked, uint256 region,,) = _registry.witnessInfo(a);
        if (region == 0 || stakeAmount == locked) return;
        amount = bound(amount, 1, stakeAmount - locked);
        vm.prank(_claims);
        _registry.lock(a, claimId % 4, amount);
    }

    function unlock(uint256 who, uint256 claimId) external {
        vm.prank(_claims);
        _registry.unlock(_actor(who), claimId % 4);
    }

    /// @dev Acts on one call in two (a slash often takes a witness out; this keeps enough of them in to draw).
    function slash(uint256 who, uint256 claimId, uint256 amount) external {
        if (who % 2 != 0) return;
        address a = _actor(who / 2);
        amount = bound(amount, 0, 2 * _minimum);
        vm.prank(_claims);
        uint256 slashed = _registry.slash(a, claimId % 4, amount, "fraud", _claims);
        ghostSlashedOut += slashed;
        if (slashed != 0) lastPlacedAt[a] = block.timestamp;
    }

    /// @dev A draw of up to 3 with one exclusion and a lock in tier `lockTier % TIERS`, lowered to the highest tier
    ///      whose global union can serve it (so that draws happen whatever the stakes), at a random amount within that
    ///      tier's range; fewer than 3 when the arrays are thin.
    function drawSome(uint256 seed, uint256 regionIndex, uint256 count, uint256 lockTier) external {
        uint256 region = regionIndex % 4 == 3 ? 0 : REGIONS[regionIndex % 3];
        uint256 tier = lockTier % _registry.TIERS();
        while (_unionSize(tier) < 2 && tier != 0) --tier;
        uint256 union = _unionSize(tier);
        if (union < 2) return;
        count = bound(count, 1, union - 1 < 3 ? union - 1 : 3);
        uint256 lockAmount =
            tier == 0 ? bound(seed, 1, _minimum) : bound(seed, (_minimum << (tier - 1)) + 1, _minimum << tier);
        assertEq(_registry.lockTier(lockAmount), tier, "lockTier");
        address[] memory exclude = new address[](1);
        exclude[0] = _actor(seed);
        vm.prank(_claims);
        address[] memory drawn = _registry.draw(seed, seed, region, exclude, count, lockAmount);
        for (uint256 i; i < drawn.length; ++i) {
            (uint256 stakeAmount,,, bool eligible,) = _registry.witnessInfo(drawn[i]);
            assertTrue(eligible, "drawn witness eligible");
            assertGe(stakeAmount, lockAmount, "drawn witness can carry the lock");
            assertTrue(drawn[i] != exclude[0], "excluded drawn");
        }
        ++draws;
    }

    function _unionSize(uint256 firstTier) internal view returns (uint256 n) {
        for (uint256 t = firstTier; t < _registry.TIERS(); ++t) {
            n += _registry.eligibleCount(0, t);
        }
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 3 days));
        vm.roll(block.number + 1);
    }
}

/// @notice Properties that hold after every call: conservation, locks within stakes, the eligible arrays of every
///         (region, tier) and of every tier overall equal exactly the set of eligible witnesses there, and every
///         witness's checkpointed placement agrees with its stake, seasoning and unstaking state.
contract WitnessRegistryInvariants is Test {
    WitnessRegistry internal registry;
    TestStablecoin internal usd;
    WitnessRegistryHandler internal handler;
    address internal claims = makeAddr("claims");

    function setUp() public {
        usd = new TestStablecoin("Test USD", "tUSD", 6);
        registry = new WitnessRegistry(IERC20(address(usd)), 5000e6, 7 days, 1 hours, 2, address(this));
        registry.grantRole(registry.CLAIMS_ROLE(), claims);
        handler = new WitnessRegistryHandler(registry, usd, claims);
        // Every run starts from four seasoned, activated witnesses (so that draws happen early) and four seasoned ones
        // that nobody activated yet (so that a keeper's `activate` has work from the first call on).
        for (uint256 i; i < 8; ++i) {
            handler.stake(i, i * 1000, i);
        }
        vm.warp(block.timestamp + 1 hours);
        vm.roll(block.number + 1);
        for (uint256 i; i < 4; ++i) {
            registry.activate(handler.actors(i));
        }
        targetContract(address(handler));
        // Only the actions (not the handler's public ghost getters).
        bytes4[] memory selectors = new bytes4[](9);
        selectors[0] = handler.stake.selector;
        selectors[1] = handler.activate.selector;
        selectors[2] = handler.requestUnstake.selector;
        selectors[3] = handler.withdraw.selector;
        selectors[4] = handler.lock.selector;
        selectors[5] = handler.unlock.selector;
        selectors[6] = handler.slash.selector;
        selectors[7] = handler.drawSome.selector;
        selectors[8] = handler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_tokenBalanceEqualsTotalStaked() public view {
        assertEq(usd.balanceOf(address(registry)), registry.totalStaked() + registry.totalOwed());
        assertEq(registry.totalStaked(), handler.ghostStaked() - handler.ghostSlashedOut() - handler.ghostWithdrawn());
        assertEq(usd.balanceOf(claims), handler.ghostSlashedOut(), "slashed stake reached the claims module");
    }

    /// @dev The campaign is not vacuous: witnesses staked and the claims module drew.
    function afterInvariant() public view {
        assertGt(handler.ghostStaked(), 0, "nobody staked");
        assertGt(handler.draws(), 0, "nothing drawn");
        assertGt(handler.activations(), 0, "nobody was activated after seasoning");
    }

    /// @dev Every actor: locks within stake, eligibility by the rule, placement (region, tier) by its stake.
    function invariant_placementsAgreeWithStakes() public view {
        uint256 sumStakes;
        for (uint256 i; i < handler.actorCount(); ++i) {
            address a = handler.actors(i);
            (uint256 stakeAmount, uint256 locked, uint256 region, bool eligible, uint256 availableAt) =
                registry.witnessInfo(a);
            sumStakes += stakeAmount;
            assertLe(locked, stakeAmount, "locked within stake");
            bool shouldBe = region != 0 && availableAt == 0 && stakeAmount >= registry.minimumStake()
                && block.timestamp >= registry.seasonedAt(a);
            // A witness whose seasoning ended since anything last placed it waits for `activate` (or a top-up):
            // the only state allowed to lag behind the rule.
            if (shouldBe && !eligible && handler.lastPlacedAt(a) < registry.seasonedAt(a)) shouldBe = false;
            assertEq(eligible, shouldBe, "eligibility rule");
            (bool placed, uint256 placedRegion, uint256 placedTier) = registry.placementAt(a, block.number);
            assertEq(placed, eligible, "placement agrees with eligibility");
            if (eligible) {
                assertEq(placedTier, WitnessDrawReference.tierOf(registry.minimumStake(), stakeAmount), "tier");
                assertEq(placedRegion, region, "placement region");
            } else {
                assertEq(placedRegion, 0);
                assertEq(placedTier, 0);
            }
        }
        assertEq(sumStakes, registry.totalStaked(), "sum of stakes");
    }

    /// @dev Every array (region or global, tier) holds exactly the actors placed there, once each.
    function invariant_eligibleArraysMatchWitnesses() public view {
        uint256[4] memory regions = [uint256(0), 1, 2, 65_535];
        uint256[8][4] memory expected = _expectedSizes(regions);
        for (uint256 r; r < 4; ++r) {
            for (uint256 t; t < 8; ++t) {
                uint256 n = registry.eligibleCount(regions[r], t);
                assertEq(n, expected[r][t], "array size");
                assertEq(registry.eligibleCountAt(regions[r], t, block.number), n, "current history = current");
                for (uint256 k; k < n; ++k) {
                    _checkMember(regions[r], t, k);
                }
            }
        }
    }

    function _expectedSizes(uint256[4] memory regions) internal view returns (uint256[8][4] memory expected) {
        for (uint256 i; i < handler.actorCount(); ++i) {
            (bool placed, uint256 region, uint256 tier) = registry.placementAt(handler.actors(i), block.number);
            if (!placed) continue;
            ++expected[0][tier];
            for (uint256 r = 1; r < 4; ++r) {
                if (regions[r] == region) ++expected[r][tier];
            }
        }
    }

    function _checkMember(uint256 region, uint256 tier, uint256 k) internal view {
        address w = registry.eligibleAt(region, tier, k);
        (,, uint256 ownRegion, bool eligible,) = registry.witnessInfo(w);
        assertTrue(eligible, "array holds only eligible witnesses");
        (, uint256 placedRegion, uint256 placedTier) = registry.placementAt(w, block.number);
        assertEq(placedTier, tier, "array holds only its tier");
        assertEq(placedRegion, ownRegion);
        if (region != 0) assertEq(ownRegion, region, "array holds only its region");
        for (uint256 m; m < k; ++m) {
            assertTrue(registry.eligibleAt(region, tier, m) != w, "no duplicates");
        }
    }
}
