// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {WitnessRegistry} from "../../src/WitnessRegistry.sol";
import {TestStablecoin} from "../../src/tokens/TestStablecoin.sol";

/// @notice Shared setup: a 6-decimal test stablecoin and a registry whose claims role is held by `claims`.
/// @dev By default no seasoning and a region threshold of 1 (a region is used when it has `count` witnesses outside
///      the exclusions), so tests of the arrays and the picking see every registration at once; tests of seasoning
///      and of the region rule override `_seasoning` and `_minRegionWitnesses`.
abstract contract WitnessFixture is Test {
    uint256 internal constant COOLDOWN = 7 days;
    uint256 internal constant REGION = 310; // an arbitrary region code
    uint256 internal constant OTHER_REGION = 21;

    TestStablecoin internal usd;
    WitnessRegistry internal registry;
    uint256 internal unit;
    uint256 internal minimumStake;

    address internal admin = makeAddr("admin");
    address internal claims = makeAddr("claims");

    function setUp() public virtual {
        usd = new TestStablecoin("Test USD", "tUSD", 6);
        unit = 1e6;
        minimumStake = 5000 * unit;
        registry = new WitnessRegistry(
            IERC20(address(usd)), minimumStake, COOLDOWN, _seasoning(), _minRegionWitnesses(), admin
        );
        bytes32 claimsRole = registry.CLAIMS_ROLE();
        vm.prank(admin);
        registry.grantRole(claimsRole, claims);
    }

    /// @dev The registry's seasoning period.
    function _seasoning() internal pure virtual returns (uint256) {
        return 0;
    }

    /// @dev The registry's region threshold.
    function _minRegionWitnesses() internal pure virtual returns (uint256) {
        return 1;
    }

    /// @dev Fund `who` with `amount` and approve the registry.
    function _fund(address who, uint256 amount) internal {
        // The faucet gives at most FAUCET_UNITS whole tokens per call.
        uint256 limit = usd.FAUCET_UNITS() * unit;
        for (uint256 left = amount; left != 0;) {
            uint256 drip = left < limit ? left : limit;
            usd.faucet(who, drip);
            left -= drip;
        }
        vm.prank(who);
        usd.approve(address(registry), type(uint256).max);
    }

    function _register(address who, uint256 amount, uint256 region) internal {
        _fund(who, amount);
        vm.prank(who);
        registry.stake(amount, region);
    }

    /// @dev `n` witnesses named `<label><i>` registered at the minimum stake in `region`.
    function _registerMany(string memory label, uint256 n, uint256 region) internal returns (address[] memory ws) {
        ws = new address[](n);
        for (uint256 i; i < n; ++i) {
            ws[i] = makeAddr(string.concat(label, vm.toString(i)));
            _register(ws[i], minimumStake, region);
        }
    }

    /// @dev A draw on the current arrays with the minimum lock (every tier).
    function _draw(uint256 claimId, uint256 seed, uint256 region, address[] memory exclude, uint256 count)
        internal
        returns (address[] memory)
    {
        vm.prank(claims);
        return registry.draw(claimId, seed, region, exclude, count, minimumStake);
    }

    /// @dev Witnesses of `region` (0 = all) across every tier now.
    function _eligibleTotal(uint256 region) internal view returns (uint256 n) {
        for (uint256 tier; tier < registry.TIERS(); ++tier) {
            n += registry.eligibleCount(region, tier);
        }
    }

    function _eligible(address who) internal view returns (bool eligible) {
        (,,, eligible,) = registry.witnessInfo(who);
    }

    function _assertConservation() internal view {
        assertEq(
            usd.balanceOf(address(registry)),
            registry.totalStaked() + registry.totalOwed(),
            "token balance == total staked + slashed stake owed"
        );
    }

    function _none() internal pure returns (address[] memory) {
        return new address[](0);
    }

    function _one(address a) internal pure returns (address[] memory list) {
        list = new address[](1);
        list[0] = a;
    }
}
