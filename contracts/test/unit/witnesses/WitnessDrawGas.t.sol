// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {console} from "forge-std/console.sol";
import {WitnessFixture} from "../../utils/WitnessFixture.sol";
import {WitnessRegistry} from "../../../src/WitnessRegistry.sol";

/// @dev Calls `drawAt` from a fresh frame, so the figure excludes the test contract's own memory growth (100,000
///      setup calls leave the test's memory large, which makes every later allocation in it dearer).
contract DrawGasProbe {
    function measure(
        WitnessRegistry registry,
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 snapshotBlock,
        uint256 lockAmount
    ) external returns (uint256 gasUsed) {
        uint256 before = gasleft();
        registry.drawAt(claimId, seed, region, exclude, 3, snapshotBlock, lockAmount);
        gasUsed = before - gasleft();
    }
}

/// @notice Draw gas does not grow with the number of witnesses: 10 versus 100,000 in one region.
/// @dev A quick check for reviewers; the formal benchmark lives elsewhere. Each figure is the mean over
///      `SAMPLES` draws of 3 with two non-witness exclusions (claimant and filer), as the claims module makes them,
///      from a snapshot a few blocks old with further registrations after it. Registrations are spread over blocks
///      (`PER_BLOCK` each) so the arrays carry a realistic history of checkpoints.
contract WitnessDrawGasTest is WitnessFixture {
    uint256 internal constant SAMPLES = 20;
    uint256 internal constant LARGE = 100_000;
    uint256 internal constant PER_BLOCK = 50;

    uint256 internal _registered;
    DrawGasProbe internal _probe;

    function setUp() public override {
        super.setUp();
        _probe = new DrawGasProbe();
        bytes32 claimsRole = registry.CLAIMS_ROLE();
        vm.prank(admin);
        registry.grantRole(claimsRole, address(_probe));
    }

    function test_draw_gasIndependentOfWitnessCount() public {
        _grow(10);
        uint256 small = _meanDrawGas();
        _grow(LARGE);
        uint256 large = _meanDrawGas();
        console.log("draw(3) mean gas with 10 witnesses:     ", small);
        console.log("draw(3) mean gas with 100,000 witnesses:", large);
        assertEq(registry.eligibleCount(REGION, 0), LARGE + 3 * PER_BLOCK);
        // Same number of (cold) storage reads either way; allow 5% for differing retry counts between seed sets.
        assertApproxEqRel(large, small, 0.05e18, "draw gas grows with the number of witnesses");
    }

    /// @dev Register witnesses up to `target` (minted and staked directly, no labels: fast).
    function _grow(uint256 target) internal {
        for (uint256 i = _registered; i < target; ++i) {
            if (i % PER_BLOCK == 0) vm.roll(block.number + 1);
            address w = address(uint160(0x100000 + i));
            usd.faucet(w, minimumStake);
            vm.startPrank(w);
            usd.approve(address(registry), minimumStake);
            registry.stake(minimumStake, REGION);
            vm.stopPrank();
        }
        _registered = target;
    }

    function _meanDrawGas() internal returns (uint256) {
        // The randomness was requested after the last registration; three more blocks of churn follow.
        uint256 snapshotBlock = block.number;
        _grow(_registered + 3 * PER_BLOCK);
        vm.roll(block.number + 1);
        address[] memory exclude = new address[](2);
        exclude[0] = makeAddr("claimant");
        exclude[1] = makeAddr("filer");
        uint256 total;
        for (uint256 s; s < SAMPLES; ++s) {
            // A test is one transaction: without this, the 10-witness case would read warm slots after its first
            // draw while the 100,000-witness case reads cold ones. Each real draw is its own transaction.
            vm.cool(address(registry));
            total += _probe.measure(
                registry, s, uint256(keccak256(abi.encode(s))), REGION, exclude, snapshotBlock, minimumStake
            );
        }
        return total / SAMPLES;
    }
}
