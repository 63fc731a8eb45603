// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {VRFCoordinatorV2_5Mock} from "@chainlink/contracts/src/v0.8/vrf/mocks/VRFCoordinatorV2_5Mock.sol";
import {VRFConsumerBaseV2Plus} from "@chainlink/contracts/src/v0.8/vrf/dev/VRFConsumerBaseV2Plus.sol";
import {SubscriptionAPI} from "@chainlink/contracts/src/v0.8/vrf/dev/SubscriptionAPI.sol";
import {IRandomnessSource} from "../../../src/interfaces/IRandomnessSource.sol";
import {IVrfSource} from "../../../src/interfaces/IVrfSource.sol";
import {VrfSource} from "../../../src/randomness/VrfSource.sol";

/// @notice VrfSource end to end against the VRF v2.5 mock coordinator shipped in @chainlink/contracts 1.2.0.
contract VrfSourceTest is Test {
    uint256 internal constant TIMEOUT = 24 hours;
    bytes32 internal constant KEY_HASH = keccak256("gas lane");

    VRFCoordinatorV2_5Mock internal coordinator;
    VrfSource internal source;
    uint256 internal subId;
    address internal admin = makeAddr("admin");
    address internal consumer = makeAddr("consumer");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        vm.warp(1_764_000_000);
        vm.roll(100);
        coordinator = new VRFCoordinatorV2_5Mock(0.1 ether, 1 gwei, 4e15);
        subId = coordinator.createSubscription();
        coordinator.fundSubscription(subId, 1000 ether);
        source = new VrfSource(address(coordinator), _config(), admin);
        coordinator.addConsumer(subId, address(source));
        bytes32 role = source.CONSUMER_ROLE();
        vm.prank(admin);
        source.grantRole(role, consumer);
    }

    function _config() internal view returns (IVrfSource.VrfConfig memory) {
        return IVrfSource.VrfConfig({
            keyHash: KEY_HASH,
            subscriptionId: subId,
            requestConfirmations: 3,
            callbackGasLimit: 200_000,
            nativePayment: false,
            requestTimeout: TIMEOUT
        });
    }

    function _request() internal returns (uint256 id, uint256 vrfId) {
        vm.prank(consumer);
        id = source.requestRandomness();
        vrfId = source.vrfRequestId(id);
    }

    function test_constructor_storesConfigAndProposesAdminAsOwner() public {
        IVrfSource.VrfConfig memory config = source.vrfConfig();
        assertEq(config.keyHash, KEY_HASH);
        assertEq(config.subscriptionId, subId);
        assertEq(config.requestTimeout, TIMEOUT);
        assertEq(address(source.s_vrfCoordinator()), address(coordinator));
        assertTrue(source.hasRole(source.DEFAULT_ADMIN_ROLE(), admin));
        assertEq(source.owner(), address(this), "deployer until the admin accepts");
        vm.prank(admin);
        source.acceptOwnership();
        assertEq(source.owner(), admin);
    }

    function test_constructor_revertsOnZeroTimeout() public {
        IVrfSource.VrfConfig memory config = _config();
        config.requestTimeout = 0;
        vm.expectRevert(IVrfSource.RandomnessVrfConfigInvalid.selector);
        new VrfSource(address(coordinator), config, admin);
    }

    function test_constructor_revertsOnZeroCallbackGas() public {
        IVrfSource.VrfConfig memory config = _config();
        config.callbackGasLimit = 0;
        vm.expectRevert(IVrfSource.RandomnessVrfConfigInvalid.selector);
        new VrfSource(address(coordinator), config, admin);
    }

    function test_constructor_revertsOnZeroCoordinator() public {
        vm.expectRevert(VRFConsumerBaseV2Plus.ZeroAddress.selector);
        new VrfSource(address(0), _config(), admin);
    }

    function test_endToEnd_requestThenCoordinatorFulfils() public {
        vm.expectEmit(address(source));
        emit IRandomnessSource.RandomnessRequested(1, consumer, 1);
        (uint256 id, uint256 vrfId) = _request();
        assertEq(id, 1);
        assertEq(vrfId, 1);
        (bool ready, bool expired, uint256 value) = source.randomness(id);
        assertFalse(ready);
        assertFalse(expired);
        assertEq(value, 0);

        uint256 word = uint256(keccak256(abi.encode(vrfId, uint256(0)))); // the mock's word
        vm.expectEmit(address(source));
        emit IRandomnessSource.RandomnessFulfilled(id, word);
        coordinator.fulfillRandomWords(vrfId, address(source));
        (ready, expired, value) = source.randomness(id);
        assertTrue(ready);
        assertFalse(expired);
        assertEq(value, word);
    }

    function test_endToEnd_overriddenWordAndSecondRequest() public {
        (uint256 first, uint256 firstVrf) = _request();
        (uint256 second, uint256 secondVrf) = _request();
        assertEq(second, first + 1);
        uint256[] memory words = new uint256[](1);
        words[0] = 424_242;
        coordinator.fulfillRandomWordsWithOverride(secondVrf, address(source), words);
        (bool ready,, uint256 value) = source.randomness(second);
        assertTrue(ready);
        assertEq(value, 424_242);
        (ready,,) = source.randomness(first);
        assertFalse(ready, "requests are independent");
        coordinator.fulfillRandomWords(firstVrf, address(source));
        (ready,,) = source.randomness(first);
        assertTrue(ready);
    }

    function test_requestRandomness_revertsForNonConsumers() public {
        address[3] memory callers = [admin, stranger, address(coordinator)];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IRandomnessSource.RandomnessNotConsumer.selector, callers[i]));
            vm.prank(callers[i]);
            source.requestRandomness();
        }
    }

    function test_requestRandomness_revertsWhenNotAddedToSubscription() public {
        coordinator.removeConsumer(subId, address(source));
        vm.expectRevert(abi.encodeWithSelector(SubscriptionAPI.InvalidConsumer.selector, subId, address(source)));
        vm.prank(consumer);
        source.requestRandomness();
    }

    function test_rawFulfill_revertsForAnyoneButCoordinator() public {
        (, uint256 vrfId) = _request();
        uint256[] memory words = new uint256[](1);
        vm.expectRevert(
            abi.encodeWithSelector(VRFConsumerBaseV2Plus.OnlyCoordinatorCanFulfill.selector, stranger, coordinator)
        );
        vm.prank(stranger);
        source.rawFulfillRandomWords(vrfId, words);
    }

    function test_expiry_unansweredRequestExpiresAndLateAnswerIsIgnored() public {
        (uint256 id, uint256 vrfId) = _request();
        vm.warp(block.timestamp + TIMEOUT);
        (, bool expired,) = source.randomness(id);
        assertFalse(expired, "not yet at exactly the timeout");
        vm.warp(block.timestamp + 1);
        (bool ready, bool expiredNow,) = source.randomness(id);
        assertFalse(ready);
        assertTrue(expiredNow);
        vm.expectEmit(address(source));
        emit IVrfSource.RandomnessLateFulfillmentIgnored(vrfId);
        coordinator.fulfillRandomWords(vrfId, address(source));
        (ready, expiredNow,) = source.randomness(id);
        assertFalse(ready, "an expired request never turns ready");
        assertTrue(expiredNow);
    }

    function test_fulfill_unknownVrfRequestIsIgnored() public {
        uint256[] memory words = new uint256[](1);
        vm.expectEmit(address(source));
        emit IVrfSource.RandomnessLateFulfillmentIgnored(77);
        vm.prank(address(coordinator));
        source.rawFulfillRandomWords(77, words);
    }

    function test_fulfill_secondAnswerIsIgnored() public {
        (uint256 id, uint256 vrfId) = _request();
        uint256[] memory words = new uint256[](1);
        words[0] = 1;
        vm.prank(address(coordinator));
        source.rawFulfillRandomWords(vrfId, words);
        words[0] = 2;
        vm.prank(address(coordinator));
        source.rawFulfillRandomWords(vrfId, words);
        (,, uint256 value) = source.randomness(id);
        assertEq(value, 1);
    }

    function test_randomness_revertsOnUnknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IRandomnessSource.RandomnessUnknownRequest.selector, 5));
        source.randomness(5);
    }

    function test_setCoordinator_onlyOwnerOrCoordinator() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                VRFConsumerBaseV2Plus.OnlyOwnerOrCoordinator.selector, stranger, address(this), address(coordinator)
            )
        );
        vm.prank(stranger);
        source.setCoordinator(stranger);
    }

    function test_grantRole_revertsForNonAdmin() public {
        bytes32 role = source.CONSUMER_ROLE();
        bytes32 adminRole = source.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, consumer, adminRole)
        );
        vm.prank(consumer);
        source.grantRole(role, stranger);
    }

    // ─── isKnown ────────────────────────────────────────────────────────────────────────────────────────

    function test_isKnown_unknownIdIsNotKnown() public view {
        assertFalse(source.isKnown(0));
        assertFalse(source.isKnown(7));
    }

    function test_isKnown_onlyOnceTheCoordinatorAnswered() public {
        (uint256 id, uint256 vrfId) = _request();
        assertFalse(source.isKnown(id), "pending");
        vm.roll(block.number + 1000);
        vm.warp(block.timestamp + TIMEOUT);
        assertFalse(source.isKnown(id), "blocks and time alone reveal nothing");
        coordinator.fulfillRandomWords(vrfId, address(source));
        assertTrue(source.isKnown(id), "recorded");
        vm.warp(block.timestamp + 10 * TIMEOUT);
        assertTrue(source.isKnown(id), "stays known");
    }

    function test_isKnown_expiredUnansweredIsNotKnownButALateAnswerIs() public {
        (uint256 id, uint256 vrfId) = _request();
        vm.warp(block.timestamp + TIMEOUT + 1);
        (, bool expired,) = source.randomness(id);
        assertTrue(expired);
        assertFalse(source.isKnown(id), "nobody answered");
        coordinator.fulfillRandomWords(vrfId, address(source));
        (bool ready,,) = source.randomness(id);
        assertFalse(ready, "the late answer is not used");
        assertTrue(source.isKnown(id), "but its words are public");
    }

    // ─── ownership ──────────────────────────────────────────────────────────────────────────────────────

    /// @dev The Chainlink owner chooses the coordinator, hence every value: a timelock can take it only by
    ///      executing `acceptOwnership`, after which the deployer has no say and only the timelock can swap it.
    function test_ownership_aTimelockTakesItByExecutingAcceptOwnership() public {
        address[] memory self = new address[](1);
        self[0] = address(this);
        TimelockController timelock = new TimelockController(0, self, self, address(0));
        source.transferOwnership(address(timelock));
        assertEq(source.owner(), address(this), "proposing changes nothing yet");
        bytes memory accept = abi.encodeCall(source.acceptOwnership, ());
        timelock.schedule(address(source), 0, accept, bytes32(0), bytes32(0), 0);
        timelock.execute(address(source), 0, accept, bytes32(0), bytes32(0));
        assertEq(source.owner(), address(timelock));
        assertEq(address(uint160(uint256(vm.load(address(source), bytes32(uint256(1)))))), address(0), "no pending");

        vm.expectRevert(
            abi.encodeWithSelector(
                VRFConsumerBaseV2Plus.OnlyOwnerOrCoordinator.selector,
                address(this),
                address(timelock),
                address(coordinator)
            )
        );
        source.setCoordinator(stranger);
    }
}
