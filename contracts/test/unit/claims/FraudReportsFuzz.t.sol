// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {ClaimParameter, WitnessSlot} from "../../../src/types/ClaimTypes.sol";

/// @notice Money splits of slashes, fuzzed over the parameters that shape them.
contract FraudReportsFuzzTest is ClaimsFixture {
    function _set(ClaimParameter which, uint256 value) internal {
        // The real timelock is the governor; pranking it skips only the waiting, not the checks.
        vm.prank(address(timelock));
        params.setParameter(which, value);
    }

    function testFuzz_resolveReport_rewardIsCappedAndTheRestCredited(uint256 amount, uint256 bps, uint256 lock)
        public
    {
        amount = bound(amount, 1, 150) * unit;
        bps = bound(bps, 0, 10_000);
        lock = bound(lock, 1, 5000 * unit);
        _set(ClaimParameter.ReporterRewardBps, bps);
        _set(ClaimParameter.StakeCoverBps, 0); // the lock is StakeLock alone
        _set(ClaimParameter.Commission, 0); // a commission is at most the lock
        _set(ClaimParameter.StakeLock, lock);
        uint256 id = _announced(claimant, amount);
        uint256 rid = _report(id);
        uint256 funds = pool.memberFunds() + pool.reserve();
        vm.prank(operator);
        reports.resolveReport(rid, true);

        uint256 slashed = 3 * lock;
        uint256 reward = amount * bps / 10_000;
        if (reward > slashed) reward = slashed;
        assertEq(usd.balanceOf(reporter), 100 * unit + reward, "bond + capped reward");
        assertEq(pool.memberFunds() + pool.reserve(), funds + slashed - reward, "the rest to members");
        _assertMoney();
    }

    function testFuzz_replaceWitness_slashesExactlyTheSlice(uint256 bps, uint256 lock) public {
        bps = bound(bps, 0, 10_000);
        lock = bound(lock, 1, 5000 * unit);
        _set(ClaimParameter.NoShowSliceBps, bps);
        _set(ClaimParameter.StakeCoverBps, 0); // the lock is StakeLock alone
        _set(ClaimParameter.Commission, 0); // a commission is at most the lock
        _set(ClaimParameter.StakeLock, lock);
        uint256 id = _file(claimant, 100 * unit);
        _review(id);
        _draw(id);
        WitnessSlot memory s = _slot(id, 0);
        vm.warp(block.timestamp + 3 days + 1);
        uint256 funds = pool.memberFunds() + pool.reserve();
        manager.replaceWitness(id, 0);
        uint256 slice = lock * bps / 10_000;
        (uint256 stakeLeft, uint256 locked,,,) = registry.witnessInfo(s.witness);
        assertEq(stakeLeft, 5000 * unit - slice);
        assertEq(locked, 0);
        assertEq(pool.memberFunds() + pool.reserve(), funds + slice);
        _assertMoney();
    }
}
