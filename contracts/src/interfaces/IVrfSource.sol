// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IRandomnessSource} from "./IRandomnessSource.sol";

/// @title IVrfSource
/// @notice `IRandomnessSource` backed by Chainlink VRF v2.5: each request asks the coordinator for one word; the
///         coordinator's callback makes it ready. A request the coordinator has not answered within
///         `requestTimeout` seconds is expired (an underfunded subscription's requests are dropped after 24 h),
///         and a late answer to it is ignored, so an expired request never turns ready.
interface IVrfSource is IRandomnessSource {
    /// @notice The coordinator request settings, fixed at deployment.
    /// @param keyHash The VRF key (gas lane).
    /// @param subscriptionId The subscription that pays.
    /// @param requestConfirmations Blocks the oracle waits before answering.
    /// @param callbackGasLimit Gas for the callback.
    /// @param nativePayment Pay in the native coin instead of LINK.
    /// @param requestTimeout Seconds after which an unanswered request is expired.
    struct VrfConfig {
        bytes32 keyHash;
        uint256 subscriptionId;
        uint16 requestConfirmations;
        uint32 callbackGasLimit;
        bool nativePayment;
        uint256 requestTimeout;
    }

    /// @notice The source was deployed with this coordinator and configuration (emitted once, by the constructor).
    ///         Its kind, Chainlink VRF v2.5, is this event's name.
    /// @param coordinator The VRF coordinator.
    /// @param keyHash The oracle key's hash (gas lane).
    /// @param subscriptionId The subscription that pays.
    /// @param requestConfirmations Blocks the oracle waits before answering.
    /// @param callbackGasLimit Gas for the answer's callback.
    /// @param nativePayment Paid in the native currency (else LINK).
    /// @param requestTimeout Seconds after which an unanswered request expires.
    event VrfSourceConfigured(
        address indexed coordinator,
        bytes32 keyHash,
        uint256 subscriptionId,
        uint16 requestConfirmations,
        uint32 callbackGasLimit,
        bool nativePayment,
        uint256 requestTimeout
    );

    /// @notice The coordinator answered a request that had already expired or is unknown; the answer was dropped.
    /// @param vrfRequestId The coordinator's request id.
    event RandomnessLateFulfillmentIgnored(uint256 indexed vrfRequestId);

    /// @notice A zero timeout or callback gas limit.
    error RandomnessVrfConfigInvalid();

    /// @notice The coordinator settings.
    /// @return The configuration.
    function vrfConfig() external view returns (VrfConfig memory);

    /// @notice The coordinator's request id of a request (0 if unknown).
    /// @param requestId The request.
    /// @return The VRF request id.
    function vrfRequestId(uint256 requestId) external view returns (uint256);
}
