// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IRandomnessSource} from "../../../src/interfaces/IRandomnessSource.sol";
import {MockRandomnessSource} from "../../mocks/MockRandomnessSource.sol";

/// @notice The test double's `isKnown`: by default as `PrevrandaoSource`, switchable to the VRF rule, and pinnable.
contract MockRandomnessSourceTest is Test {
    MockRandomnessSource internal source;

    function setUp() public {
        vm.roll(100);
        source = new MockRandomnessSource();
    }

    function test_isKnown_defaultFollowsTheTargetBlock() public {
        uint256 id = source.requestRandomness();
        assertFalse(source.isKnown(id), "request block");
        vm.roll(101);
        assertTrue(source.isKnown(id), "target block");
        vm.roll(1000);
        assertTrue(source.isKnown(id), "expired");
        assertFalse(source.isKnown(id + 1), "unknown id");
    }

    function test_isKnown_fulfilledMode() public {
        source.setKnownMode(MockRandomnessSource.KnownMode.Fulfilled);
        uint256 id = source.requestRandomness();
        vm.roll(102);
        assertFalse(source.isKnown(id));
        source.fulfill(id, 5);
        assertTrue(source.isKnown(id));
    }

    function test_isKnown_alwaysAndNeverStillRefuseUnknownIds() public {
        uint256 id = source.requestRandomness();
        source.setKnownMode(MockRandomnessSource.KnownMode.Always);
        assertTrue(source.isKnown(id));
        assertFalse(source.isKnown(id + 1));
        source.setKnownMode(MockRandomnessSource.KnownMode.Never);
        vm.roll(500);
        assertFalse(source.isKnown(id));
    }

    function test_isKnown_pinnedAnswerWinsUntilCleared() public {
        uint256 id = source.requestRandomness();
        source.setKnown(id, true);
        assertTrue(source.isKnown(id), "pinned known in the request block");
        vm.roll(200);
        source.setKnown(id, false);
        assertFalse(source.isKnown(id), "pinned unknown after the target");
        source.clearKnown(id);
        assertTrue(source.isKnown(id), "back to the mode");
        vm.expectRevert(abi.encodeWithSelector(IRandomnessSource.RandomnessUnknownRequest.selector, 9));
        source.setKnown(9, true);
    }
}
