// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolFixture} from "../../utils/PoolFixture.sol";

/// @notice The point of the index: settling and crediting cost the same for 3 members or 300.
contract PoolScalingTest is PoolFixture {
    function _members(uint256 n) internal {
        for (uint256 i; i < n; ++i) {
            _join(address(uint160(0x5000 + i)), 50 * unit);
        }
    }

    function _settleGas(uint256 members) internal returns (uint256 used) {
        _members(members);
        _queue(1, makeAddr("patient"), 20 * unit);
        _queue(2, makeAddr("patient 2"), 7 * unit);
        vm.warp(pool.genesis() + EPOCH);
        uint256 before = gasleft();
        pool.settleEpoch();
        used = before - gasleft();
        assertEq(pool.activeMembers(), members);
        _checkConservation();
    }

    function test_settleEpoch_gasIndependentOfMemberCount() public {
        uint256 snapshot = vm.snapshotState();
        uint256 few = _settleGas(3);
        vm.revertToState(snapshot);
        uint256 many = _settleGas(300);
        // Same storage touched either way; only the arithmetic's operands differ.
        assertApproxEqRel(many, few, 0.02e18, "settlement gas must not grow with N");
    }

    function test_creditMembers_gasIndependentOfMemberCount() public {
        uint256 snapshot = vm.snapshotState();
        _members(3);
        _fund(creditor, 10 * unit);
        vm.prank(creditor);
        uint256 before = gasleft();
        pool.creditMembers(10 * unit, "SLASH", 0);
        uint256 few = before - gasleft();
        vm.revertToState(snapshot);
        _members(300);
        _fund(creditor, 10 * unit);
        vm.prank(creditor);
        before = gasleft();
        pool.creditMembers(10 * unit, "SLASH", 0);
        uint256 many = before - gasleft();
        assertApproxEqRel(many, few, 0.02e18, "credit gas must not grow with N");
    }
}
