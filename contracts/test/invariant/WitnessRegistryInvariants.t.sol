// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {WitnessRegistry} from "../../src/WitnessRegistry.sol";
import {TestStablecoin} from "../../src/tokens/TestStablecoin.sol";

/// @notice Drives the registry with random witness and claims-module actions, keeping ghost accounting.
contract WitnessRegistryHandler is Test {
    uint256 internal constant ACTORS = 12;
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
        if (current == 0 && region == 0) {
            amount = bound(amount, _minimum, 3 * _minimum);
            region = REGIONS[regionIndex % 3];
        } else {
            amount = bound(amount, 1, _minimum);
        }
        _usd.faucet(a, amount);
        vm.prank(a);
        _registry.stake(amount, region);
        ghostStaked += amount;
    }

    function requestUnstake(uint256 who) external {
        address a = _actor(who);
        (,, uint256 region,, uint256 availableAt) = _registry.witnessInfo(a);
        if (region == 0 || availableAt != 0) return;
        vm.prank(a);
        _registry.requestUnstake();
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

    function slash(uint256 who, uint256 claimId, uint256 amount) external {
        address a = _actor(who);
        amount = bound(amount, 0, 2 * _minimum);
        vm.prank(_claims);
        ghostSlashedOut += _registry.slash(a, claimId % 4, amount, "fraud");
    }

    function drawSome(uint256 seed, uint256 regionIndex, uint256 count) external {
        uint256 region = regionIndex % 4 == 3 ? 0 : REGIONS[regionIndex % 3];
        count = bound(count, 1, 3);
        if (_registry.eligibleCount(0) < count) return;
        address[] memory exclude = new address[](1);
        exclude[0] = _actor(seed);
        if (_registry.eligibleCount(0) < count + 1) return;
        vm.prank(_claims);
        address[] memory drawn = _registry.draw(seed, seed, region, exclude, count);
        for (uint256 i; i < drawn.length; ++i) {
            (,,, bool eligible,) = _registry.witnessInfo(drawn[i]);
            assertTrue(eligible, "drawn witness eligible");
            assertTrue(drawn[i] != exclude[0], "excluded drawn");
        }
        ++draws;
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 3 days));
        vm.roll(block.number + 1);
    }
}

/// @notice Properties that hold after every call: conservation, locks within stakes, the eligible arrays equal
///         exactly the set of eligible witnesses in each region and overall.
contract WitnessRegistryInvariants is Test {
    WitnessRegistry internal registry;
    TestStablecoin internal usd;
    WitnessRegistryHandler internal handler;
    address internal claims = makeAddr("claims");

    function setUp() public {
        usd = new TestStablecoin("Test USD", "tUSD", 6);
        registry = new WitnessRegistry(IERC20(address(usd)), 5000e6, 7 days, address(this));
        registry.grantRole(registry.CLAIMS_ROLE(), claims);
        handler = new WitnessRegistryHandler(registry, usd, claims);
        targetContract(address(handler));
    }

    function invariant_tokenBalanceEqualsTotalStaked() public view {
        assertEq(usd.balanceOf(address(registry)), registry.totalStaked());
        assertEq(registry.totalStaked(), handler.ghostStaked() - handler.ghostSlashedOut() - handler.ghostWithdrawn());
        assertEq(usd.balanceOf(claims), handler.ghostSlashedOut(), "slashed stake reached the claims module");
    }

    /// @dev The campaign is not vacuous: witnesses staked and the claims module drew.
    function afterInvariant() public view {
        assertGt(handler.ghostStaked(), 0, "nobody staked");
        assertGt(handler.draws(), 0, "nothing drawn");
    }

    function invariant_eligibleArraysMatchWitnesses() public view {
        uint256[4] memory regions = [uint256(0), 1, 2, 65_535];
        uint256[4] memory expected;
        uint256 sumStakes;
        for (uint256 i; i < handler.actorCount(); ++i) {
            address a = handler.actors(i);
            (uint256 stakeAmount, uint256 locked, uint256 region, bool eligible, uint256 availableAt) =
                registry.witnessInfo(a);
            sumStakes += stakeAmount;
            assertLe(locked, stakeAmount, "locked within stake");
            bool shouldBe = region != 0 && availableAt == 0 && stakeAmount >= registry.minimumStake();
            assertEq(eligible, shouldBe, "eligibility rule");
            if (eligible) {
                ++expected[0];
                for (uint256 r = 1; r < 4; ++r) {
                    if (regions[r] == region) ++expected[r];
                }
            }
        }
        assertEq(sumStakes, registry.totalStaked(), "sum of stakes");
        for (uint256 r; r < 4; ++r) {
            uint256 n = registry.eligibleCount(regions[r]);
            assertEq(n, expected[r], "array size");
            for (uint256 k; k < n; ++k) {
                address w = registry.eligibleAt(regions[r], k);
                (,, uint256 region, bool eligible,) = registry.witnessInfo(w);
                assertTrue(eligible, "array holds only eligible witnesses");
                if (r != 0) assertEq(region, regions[r], "array holds only its region");
                for (uint256 m; m < k; ++m) {
                    assertTrue(registry.eligibleAt(regions[r], m) != w, "no duplicates");
                }
            }
        }
    }
}
