// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {VRFConsumerBaseV2Plus} from "@chainlink/contracts/src/v0.8/vrf/dev/VRFConsumerBaseV2Plus.sol";
import {VRFV2PlusClient} from "@chainlink/contracts/src/v0.8/vrf/dev/libraries/VRFV2PlusClient.sol";

import {IRandomnessSource} from "../interfaces/IRandomnessSource.sol";
import {IVrfSource} from "../interfaces/IVrfSource.sol";

/// @title VrfSource
/// @notice Chainlink VRF v2.5 behind `IRandomnessSource`, for chains that have it (and L2s whose `prevrandao`
///         is unusable). The VRF output is verified on chain by the coordinator, so neither the consumer, the
///         caller nor a block proposer can choose it; the oracle can only delay or withhold an answer, which
///         `requestTimeout` turns into `expired` (the consumer then requests again).
/// @dev Two owners, on purpose: `DEFAULT_ADMIN_ROLE` manages who may request (`CONSUMER_ROLE`); Chainlink's
///      `ConfirmedOwner` (needed by `VRFConsumerBaseV2Plus` for `setCoordinator`, which chooses every value) starts
///      with the deployer (`VRFConsumerBaseV2Plus` makes `msg.sender` the owner), is proposed to `admin` when that
///      is someone else, and becomes theirs only when they call `acceptOwnership`. A production deployment must
///      end with the timelock as both: it proposes the timelock and has the timelock execute `acceptOwnership`
///      before the deployer gives up its timelock roles (`deployLashou` and the test `ProtocolFixture` do so).
contract VrfSource is IVrfSource, VRFConsumerBaseV2Plus, AccessControl {
    using SafeCast for uint256;

    /// @notice May request randomness: the claims module.
    bytes32 public constant CONSUMER_ROLE = keccak256("CONSUMER_ROLE");

    struct Request {
        uint64 requestedAt;
        bool fulfilled;
        // The coordinator answered after the timeout: the value is public (in the callback) but unused.
        bool answeredLate;
        uint256 vrfRequestId;
        uint256 value;
    }

    VrfConfig private _config;
    mapping(uint256 requestId => Request) private _requests;
    mapping(uint256 vrfRequestId => uint256 requestId) private _byVrfRequest;
    uint256 private _lastRequestId;

    /// @param coordinator The VRF v2.5 coordinator.
    /// @param config Request settings (see `VrfConfig`).
    /// @param admin Holder of `DEFAULT_ADMIN_ROLE`, and proposed owner for `setCoordinator`.
    constructor(address coordinator, VrfConfig memory config, address admin) VRFConsumerBaseV2Plus(coordinator) {
        if (config.requestTimeout == 0 || config.callbackGasLimit == 0) revert RandomnessVrfConfigInvalid();
        _config = config;
        emit VrfSourceConfigured(
            coordinator,
            config.keyHash,
            config.subscriptionId,
            config.requestConfirmations,
            config.callbackGasLimit,
            config.nativePayment,
            config.requestTimeout
        );
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (admin != msg.sender) transferOwnership(admin);
    }

    /// @inheritdoc IRandomnessSource
    function requestRandomness() external override returns (uint256 requestId) {
        if (!hasRole(CONSUMER_ROLE, msg.sender)) revert RandomnessNotConsumer(msg.sender);
        VrfConfig storage config = _config;
        uint256 vrfId = s_vrfCoordinator.requestRandomWords(
            VRFV2PlusClient.RandomWordsRequest({
                keyHash: config.keyHash,
                subId: config.subscriptionId,
                requestConfirmations: config.requestConfirmations,
                callbackGasLimit: config.callbackGasLimit,
                numWords: 1,
                extraArgs: VRFV2PlusClient._argsToBytes(
                    VRFV2PlusClient.ExtraArgsV1({nativePayment: config.nativePayment})
                )
            })
        );
        requestId = ++_lastRequestId;
        _requests[requestId] = Request({
            requestedAt: block.timestamp.toUint64(),
            fulfilled: false,
            answeredLate: false,
            vrfRequestId: vrfId,
            value: 0
        });
        _byVrfRequest[vrfId] = requestId;
        emit RandomnessRequested(requestId, msg.sender, vrfId);
    }

    /// @dev Never reverts (the coordinator does not retry): unknown or expired answers are dropped with an event.
    function fulfillRandomWords(uint256 vrfId, uint256[] calldata randomWords) internal override {
        uint256 requestId = _byVrfRequest[vrfId];
        Request storage request = _requests[requestId];
        if (requestId == 0 || request.fulfilled || _expired(request) || randomWords.length == 0) {
            if (requestId != 0 && !request.fulfilled && randomWords.length != 0) request.answeredLate = true;
            emit RandomnessLateFulfillmentIgnored(vrfId);
            return;
        }
        request.fulfilled = true;
        request.value = randomWords[0];
        emit RandomnessFulfilled(requestId, randomWords[0]);
    }

    /// @inheritdoc IRandomnessSource
    function randomness(uint256 requestId) external view override returns (bool ready, bool expired, uint256 value) {
        Request storage request = _requests[requestId];
        if (request.requestedAt == 0) revert RandomnessUnknownRequest(requestId);
        if (request.fulfilled) return (true, false, request.value);
        return (false, _expired(request), 0);
    }

    /// @inheritdoc IRandomnessSource
    /// @dev True once the coordinator has answered: recorded, or dropped because it came after the timeout (its
    ///      words are then public in the callback, though never used). Before that only the oracle knows it. (An
    ///      answer is in the mempool shortly before it is included; that race is the VRF's residual.)
    function isKnown(uint256 requestId) external view override returns (bool) {
        Request storage request = _requests[requestId];
        return request.fulfilled || request.answeredLate;
    }

    /// @inheritdoc IVrfSource
    function vrfConfig() external view override returns (VrfConfig memory) {
        return _config;
    }

    /// @inheritdoc IVrfSource
    function vrfRequestId(uint256 requestId) external view override returns (uint256) {
        return _requests[requestId].vrfRequestId;
    }

    function _expired(Request storage request) private view returns (bool) {
        return block.timestamp > request.requestedAt + _config.requestTimeout;
    }
}
