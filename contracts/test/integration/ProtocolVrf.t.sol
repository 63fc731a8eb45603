// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {VRFConsumerBaseV2Plus} from "@chainlink/contracts/src/v0.8/vrf/dev/VRFConsumerBaseV2Plus.sol";
import {ProtocolFixture} from "../utils/ProtocolFixture.sol";
import {IClaimsManager} from "../../src/interfaces/IClaimsManager.sol";
import {ClaimState, WitnessSlot} from "../../src/types/ClaimTypes.sol";

/// @notice The same production wiring with Chainlink VRF v2.5 (`VrfSource` and the `VRFCoordinatorV2_5Mock` of the
///         Chainlink contracts package) as the randomness source, as on chains whose `prevrandao` is not the RANDAO mix.
contract ProtocolVrfIntegrationTest is ProtocolFixture {
    function setUp() public override {
        vm.warp(1_764_000_000);
        vm.roll(1000);
        _deployProtocolVrf();
        _populate();
    }

    /// @dev The Chainlink owner of the source swaps the coordinator, i.e. chooses every value: it ends with the
    ///      timelock (nothing pending), so the deployer cannot, and governance can only after the delay.
    function test_property_deployerCannotSwapTheCoordinator() public {
        assertEq(vrf.owner(), address(timelock));
        assertEq(address(uint160(uint256(vm.load(address(vrf), bytes32(uint256(1)))))), address(0), "pending");
        (,,, address subOwner,) = coordinator.getSubscription(subId);
        assertEq(subOwner, address(timelock), "subscription");
        address rogue = makeAddr("rogue coordinator");
        vm.prank(deployer);
        vm.expectRevert(
            abi.encodeWithSelector(
                VRFConsumerBaseV2Plus.OnlyOwnerOrCoordinator.selector, deployer, address(timelock), address(coordinator)
            )
        );
        vrf.setCoordinator(rogue);

        bytes memory swap = abi.encodeCall(vrf.setCoordinator, (rogue));
        vm.prank(deployer);
        vm.expectRevert();
        timelock.schedule(address(vrf), 0, swap, bytes32(0), bytes32(0), GOVERNANCE_DELAY);
        vm.prank(governance);
        vm.expectRevert();
        timelock.schedule(address(vrf), 0, swap, bytes32(0), bytes32(0), 0);
        _governance(address(vrf), swap);
        assertEq(address(vrf.s_vrfCoordinator()), rogue, "governance, after the delay");
    }

    function test_protocolVrf_happyPathWithTheCoordinator() public {
        assertFalse(vrf.hasRole(vrf.DEFAULT_ADMIN_ROLE(), deployer));
        assertTrue(vrf.hasRole(vrf.DEFAULT_ADMIN_ROLE(), address(timelock)));
        uint256 id = _file(claimant, 150 * unit, REGION);
        _review(id);
        uint256 requestId = manager.claim(id).randomnessRequest;
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsRandomnessNotReady.selector, id, requestId));
        manager.drawWitnesses(id);

        coordinator.fulfillRandomWords(vrf.vrfRequestId(requestId), address(vrf));
        (bool ready,, uint256 value) = vrf.randomness(requestId);
        assertTrue(ready);
        vm.recordLogs();
        manager.drawWitnesses(id);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        (address[] memory drawn, uint256 region) = _drawnIn(logs);
        assertEq(region, REGION);
        assertEq(drawn.length, 3);
        // The seed of the draw is the VRF word mixed with the claim id and the draw number.
        bytes32 sig = IClaimsManager.DrawMade.selector;
        bool found;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(manager) || logs[i].topics[0] != sig) continue;
            (uint256 seed,,,, uint256 snapshotBlock) =
                abi.decode(logs[i].data, (uint256, uint256, address[], uint256, uint256));
            assertEq(seed, uint256(keccak256(abi.encode(value, id, uint256(1)))));
            assertEq(snapshotBlock, manager.claim(id).snapshotBlock);
            found = true;
        }
        assertTrue(found);
        _assertConservation();

        _acceptAll(id);
        _attestAll(id);
        _advance(7 days + 1);
        manager.approveClaim(id);
        _settle();
        manager.markPaid(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Paid));
        assertEq(usd.balanceOf(claimant), 150 * unit);
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 i; i < 3; ++i) {
            assertEq(usd.balanceOf(slots[i].witness), 50 * unit);
        }
        _assertConservation();
    }

    function test_protocolVrf_unansweredRequestTimesOutAndIsReplacedVisibly() public {
        uint256 id = _file(claimant, 150 * unit, REGION);
        _review(id);
        uint256 first = manager.claim(id).randomnessRequest;
        _advance(24 hours + 1);
        vm.expectEmit(address(manager));
        emit IClaimsManager.DrawRandomnessRequested(id, first + 1, block.number - 1, first);
        manager.drawWitnesses(id);
        // A late answer to the expired request changes nothing.
        coordinator.fulfillRandomWords(vrf.vrfRequestId(first), address(vrf));
        (bool ready, bool expired,) = vrf.randomness(first);
        assertFalse(ready);
        assertTrue(expired);
        coordinator.fulfillRandomWords(vrf.vrfRequestId(first + 1), address(vrf));
        manager.drawWitnesses(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.WitnessesDrawn));
    }
}
