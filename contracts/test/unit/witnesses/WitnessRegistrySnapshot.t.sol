// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IWitnessRegistry} from "../../../src/interfaces/IWitnessRegistry.sol";
import {WitnessFixture} from "../../utils/WitnessFixture.sol";

/// @notice `drawAt` reads the eligible arrays as they stood at a past block, so changes made once the seed is
///         public cannot steer the draw.
contract WitnessRegistrySnapshotTest is WitnessFixture {
    address[] internal _ws;
    uint256 internal _snapshot;

    function setUp() public override {
        super.setUp();
        vm.roll(100);
        _ws = _registerMany("w", 12, REGION);
        _registerMany("o", 5, OTHER_REGION);
        _snapshot = block.number; // the randomness is requested in block 101; the snapshot is block 100
        vm.roll(101);
    }

    function _drawAt(uint256 claimId, uint256 seed, uint256 region, address[] memory exclude, uint256 count)
        internal
        returns (address[] memory)
    {
        vm.prank(claims);
        return registry.drawAt(claimId, seed, region, exclude, count, _snapshot, minimumStake);
    }

    function test_drawAt_ignoresRegistrationsAfterSnapshot() public {
        uint256 state = vm.snapshotState();
        address[] memory before = _drawAt(1, 99, REGION, _none(), 3);
        vm.revertToState(state);
        // An attacker who has seen the seed registers sybils to change the array's size.
        vm.roll(105);
        _registerMany("sybil", 7, REGION);
        assertEq(_drawAt(1, 99, REGION, _none(), 3), before, "unchanged by later registrations");
        // The same draw against the current arrays would differ: this is what the snapshot prevents.
        address[] memory now_ = _draw(1, 99, REGION, _none(), 3);
        assertTrue(keccak256(abi.encode(now_)) != keccak256(abi.encode(before)));
    }

    function test_drawAt_ignoresExitsAfterSnapshot() public {
        uint256 state = vm.snapshotState();
        address[] memory before = _drawAt(1, 7, REGION, _none(), 3);
        vm.revertToState(state);
        vm.roll(103);
        vm.prank(_ws[0]);
        registry.requestUnstake(); // swap-and-pop reorders the current array
        vm.prank(_ws[5]);
        registry.requestUnstake();
        assertEq(_drawAt(1, 7, REGION, _none(), 3), before, "unchanged by later exits");
    }

    function test_drawAt_seesChangesBeforeSnapshot() public {
        vm.roll(102);
        address late = makeAddr("late");
        _register(late, minimumStake, REGION);
        vm.roll(110);
        vm.prank(claims);
        address[] memory drawn = registry.drawAt(1, 1, REGION, _none(), 13, 102, minimumStake);
        bool found;
        for (uint256 i; i < drawn.length; ++i) {
            if (drawn[i] == late) found = true;
        }
        assertTrue(found, "all 13 drawn, including the witness registered in the snapshot block");
    }

    function test_drawAt_fallbackUsesSnapshotCounts() public {
        // At the snapshot the region had 12; later 10 leave. The fallback rule reads the snapshot: no fallback.
        vm.roll(104);
        for (uint256 i; i < 10; ++i) {
            vm.prank(_ws[i]);
            registry.requestUnstake();
        }
        assertEq(_eligibleTotal(REGION), 2);
        assertEq(registry.eligibleCountAt(REGION, 0, _snapshot), 12);
        vm.recordLogs();
        _drawAt(1, 3, REGION, _none(), 3);
        (, uint256 region,, uint256 eligible,) =
            abi.decode(vm.getRecordedLogs()[1].data, (uint256, uint256, uint256, uint256, address[]));
        assertEq(region, REGION);
        assertEq(eligible, 12);
    }

    function test_drawAt_emitsSnapshotBlock() public {
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessDrawRequested(4, REGION, 2, _none(), _snapshot, minimumStake);
        _drawAt(4, 3, REGION, _none(), 2);
    }

    function test_drawAt_revertsOnCurrentOrFutureSnapshot() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessSnapshotNotPast.selector, 101, 101));
        vm.prank(claims);
        registry.drawAt(1, 1, REGION, _none(), 1, 101, minimumStake);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessSnapshotNotPast.selector, 500, 101));
        vm.prank(claims);
        registry.drawAt(1, 1, REGION, _none(), 1, 500, minimumStake);
    }

    function test_drawAt_revertsWhenSnapshotPredatesEveryone() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessNotEnoughEligible.selector, 0, 1));
        vm.prank(claims);
        registry.drawAt(1, 1, REGION, _none(), 1, 50, minimumStake);
    }

    function test_drawAt_revertsForEveryOtherRole() public {
        address[3] memory callers = [admin, _ws[0], address(this)];
        bytes32 role = registry.CLAIMS_ROLE();
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role)
            );
            vm.prank(callers[i]);
            registry.drawAt(1, 1, REGION, _none(), 1, _snapshot, minimumStake);
        }
    }

    function test_eligibleAtBlock_returnsHistoricOrder() public {
        assertEq(registry.eligibleAtBlock(REGION, 0, 0, _snapshot), _ws[0]);
        vm.roll(120);
        vm.prank(_ws[0]);
        registry.requestUnstake();
        assertEq(registry.eligibleAt(REGION, 0, 0), _ws[11], "current: last moved into slot 0");
        assertEq(registry.eligibleAtBlock(REGION, 0, 0, _snapshot), _ws[0], "history kept");
        assertEq(registry.eligibleAtBlock(REGION, 0, 0, 120), _ws[11]);
        assertEq(registry.eligibleCountAt(REGION, 0, 119), 12);
        assertEq(registry.eligibleCountAt(REGION, 0, 120), 11);
        assertEq(registry.eligibleCountAt(0, 0, 99), 0);
    }

    function test_eligibleAtBlock_revertsBeyondLength() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessIndexOutOfRange.selector, 12, 12));
        registry.eligibleAtBlock(REGION, 0, 12, _snapshot);
    }

    function test_eligibleAt_revertsBeyondLength() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessIndexOutOfRange.selector, 5, 5));
        registry.eligibleAt(OTHER_REGION, 0, 5);
    }

    function test_drawAt_manyChangesAfterSnapshotStillResolve() public {
        // More than RECENT_STEPS changes after the snapshot: lookups fall back to binary search, same answer.
        uint256 state = vm.snapshotState();
        address[] memory before = _drawAt(2, 5, 0, _none(), 5);
        vm.revertToState(state);
        for (uint256 b; b < 20; ++b) {
            vm.roll(102 + b);
            _register(makeAddr(string.concat("later", vm.toString(b))), minimumStake, REGION);
        }
        assertEq(_drawAt(2, 5, 0, _none(), 5), before);
    }
}
