// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../../src/interfaces/IClaimsManager.sol";
import {IClaimParameters} from "../../../src/interfaces/IClaimParameters.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {ClaimState, ReviewReason} from "../../../src/types/ClaimTypes.sol";

/// @notice Wind-down: the timelock puts the pool and then the claims into run-off in one batch.
contract ClaimsRunOffTest is ClaimsFixture {
    uint256 internal startedAt;

    function _startRunOff() internal {
        address[] memory targets = new address[](2);
        targets[0] = address(pool);
        targets[1] = address(params);
        uint256[] memory values = new uint256[](2);
        bytes[] memory data = new bytes[](2);
        data[0] = abi.encodeCall(pool.startRunOff, ());
        data[1] = abi.encodeCall(params.startRunOff, ());
        timelock.scheduleBatch(targets, values, data, bytes32(0), "runoff", _delay());
        vm.warp(block.timestamp + _delay());
        timelock.executeBatch(targets, values, data, bytes32(0), "runoff");
        startedAt = block.timestamp;
    }

    function test_startRunOff_requiresThePoolFirst() public {
        vm.prank(address(timelock));
        vm.expectRevert(IClaimParameters.ClaimsPoolNotInRunOff.selector);
        params.startRunOff();
    }

    function test_startRunOff_onlyOnce() public {
        _startRunOff();
        assertEq(params.runOffStartedAt(), startedAt);
        assertEq(params.honourUntil(), startedAt + 180 days);
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(IClaimParameters.ClaimsRunOffAlreadyStarted.selector, startedAt));
        params.startRunOff();
    }

    function test_runOff_noNewMembers() public {
        _startRunOff();
        address late = makeAddr("late");
        _fund(late, 100 * unit);
        vm.prank(late);
        vm.expectRevert(IMutualPool.PoolInRunOff.selector);
        pool.join(keccak256("late"), 100 * unit, 0);
    }

    function test_runOff_diagnosesBeforeTheCutOffAreHonoured() public {
        _startRunOff();
        uint256 id = _file(claimant, 100 * unit); // diagnosed a day before the cut-off
        _review(id);
        _draw(id);
        _acceptAll(id);
        _attestAll(id);
        vm.warp(block.timestamp + 7 days + 1);
        manager.approveClaim(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Approved));
    }

    function test_runOff_diagnosesFromTheCutOffAreRefused() public {
        _startRunOff();
        vm.warp(block.timestamp + 1 days);
        uint256 at = startedAt;
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), at);
        vm.prank(claimant);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsRunOff.selector, at, startedAt, startedAt + 180 days)
        );
        manager.fileClaim(_doc(claimant), at, 100 * unit, REGION, notary, sig);
    }

    function test_runOff_noFilingAfterTheHonourPeriod() public {
        _startRunOff();
        vm.warp(startedAt + 180 days);
        uint256 at = startedAt - 1;
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), at);
        vm.prank(claimant);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsRunOff.selector, at, startedAt, startedAt + 180 days)
        );
        manager.fileClaim(_doc(claimant), at, 100 * unit, REGION, notary, sig);
    }

    function test_runOff_claimsNotAnnouncedInTimeAreRejected() public {
        _startRunOff();
        uint256 announced = _announced(claimant, 100 * unit);
        uint256 drawn = _file(members[1], 100 * unit);
        _review(drawn);
        _draw(drawn);
        uint256 filed = _file(members[2], 100 * unit);
        vm.warp(startedAt + 180 days);
        // Its announcement ended within the honour period: it is honoured, even approved this late.
        manager.approveClaim(announced);
        assertEq(uint8(_state(announced)), uint8(ClaimState.Approved));
        // Claims that had not reached the end of an announcement end as RunOffEnded, their stakes released.
        manager.expireClaim(drawn);
        assertEq(uint8(manager.claim(drawn).reason), uint8(ReviewReason.RunOffEnded));
        manager.expireClaim(filed);
        assertEq(uint8(manager.claim(filed).reason), uint8(ReviewReason.RunOffEnded));
        for (uint256 i; i < 3; ++i) {
            assertEq(registry.lockedFor(manager.witnessSlots(drawn)[i].witness, drawn), 0);
        }
    }

    function test_runOff_membersWithdrawWhatIsLeft() public {
        _startRunOff();
        _paid(claimant, 150 * unit);
        address m = members[7];
        vm.prank(m);
        pool.requestExit();
        vm.warp(block.timestamp + pool.exitNotice() + EPOCH);
        _settle();
        uint256 expected = pool.balanceOf(m);
        vm.prank(m);
        pool.withdraw();
        assertEq(usd.balanceOf(m), expected);
        assertEq(expected, 1000 * unit - 10 * unit);
    }
}
