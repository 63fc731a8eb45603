// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ProtocolFixture} from "../utils/ProtocolFixture.sol";
import {ClaimParameter, WitnessSlot} from "../../src/types/ClaimTypes.sol";

/// @notice Stakes that scale with the claim (issue 8, §2): with the defaults, three witnesses used to risk 3 × 5,000
///         on a claim of up to 100,000. Each lock is now `max(StakeLock, ceil(amount × k / 3))`, so the three locks
///         cover k × the approved amount, and the registry draws only witnesses whose stake tier can carry the lock.
/// @dev The pool is made large enough (200 members, a 730-day payment window) to approve a claim at the cap.
contract StakeScalingTest is ProtocolFixture {
    address[3] internal deep;

    function setUp() public override {
        super.setUp();
        for (uint256 i; i < 170; ++i) {
            address m = makeAddr(string.concat("extra member", vm.toString(i)));
            members.push(m);
            _join(m, 1000 * unit);
        }
        for (uint256 i; i < 3; ++i) {
            deep[i] = makeAddr(string.concat("tier-3 witness", vm.toString(i)));
            _stakeWitness(deep[i], 40_000 * unit, REGION);
        }
        vm.prank(address(timelock));
        params.setParameter(ClaimParameter.PaymentWindow, 730 days);
        _advance(WAITING + 1 days);
    }

    function test_property_theThreeLocksCoverKTimesAClaimAtTheCap() public {
        uint256 cap = params.parameter(ClaimParameter.ClaimCap);
        uint256 k = params.parameter(ClaimParameter.StakeCoverBps);
        uint256 id = _file(members[40], cap, REGION);
        _review(id);
        uint256 lock = manager.claim(id).stakeLock;
        assertEq(lock, (cap * k + 3 * 10_000 - 1) / (3 * 10_000), "lock = ceil(cap * k / 3)");
        _draw(id, keccak256("at the cap"));
        uint256 locked;
        for (uint256 i; i < 3; ++i) {
            WitnessSlot memory s = _slot(id, i);
            (uint256 stake,,,,) = registry.witnessInfo(s.witness);
            assertGe(stake, lock, "only witnesses who can carry the lock are drawn");
            locked += registry.lockedFor(s.witness, id);
        }
        assertGe(locked * 10_000, k * cap, "the three locks cover k x the claim");
        _assertConservation();
    }

    function test_property_aSmallClaimKeepsTheMinimumLockAndDrawsFromEveryTier() public {
        uint256 id = _file(members[41], 150 * unit, REGION);
        _review(id);
        assertEq(manager.claim(id).stakeLock, params.parameter(ClaimParameter.StakeLock));
        _draw(id, keccak256("small"));
        for (uint256 i; i < 3; ++i) {
            assertEq(registry.lockedFor(_slot(id, i).witness, id), 5000 * unit);
        }
    }
}
