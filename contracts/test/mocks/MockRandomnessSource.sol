// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IRandomnessSource} from "../../src/interfaces/IRandomnessSource.sol";

/// @notice A randomness source for tests. Requests are committed to a future block as the prevrandao source
///         is: a request becomes fulfillable once `block.number` passes its target block and expires once 256
///         blocks later have gone by. The value is given by the test (`fulfill`), standing in for the
///         unpredictable `prevrandao` of the target block. `isKnown` follows `knownMode` (default: as
///         `PrevrandaoSource`, known from the target block on), and a test may pin it per request.
contract MockRandomnessSource is IRandomnessSource {
    /// @notice How `isKnown` answers for a request without a pinned answer.
    enum KnownMode {
        /// As `PrevrandaoSource`: known from the target block on (`block.number >= targetBlock`), or once fulfilled.
        TargetBlock,
        /// As `VrfSource`: known once fulfilled.
        Fulfilled,
        /// Every existing request is known.
        Always,
        /// No request is known.
        Never
    }

    struct Request {
        address consumer;
        uint64 targetBlock;
        bool ready;
        uint256 value;
    }

    /// @notice Blocks after which an unfulfilled request expires (as `blockhash`/prevrandao history).
    uint256 public constant EXPIRY_BLOCKS = 256;

    mapping(uint256 requestId => Request) public requests;
    uint256 public lastRequestId;
    /// @notice The rule `isKnown` follows (see `KnownMode`).
    KnownMode public knownMode;
    /// @dev 0: follow `knownMode`; 1: pinned unknown; 2: pinned known.
    mapping(uint256 requestId => uint8) private _pinnedKnown;

    /// @notice Set the rule `isKnown` follows for requests without a pinned answer.
    function setKnownMode(KnownMode mode) external {
        knownMode = mode;
    }

    /// @notice Pin `isKnown(requestId)` to `known` (an existing request only), whatever the mode.
    function setKnown(uint256 requestId, bool known) external {
        if (requests[requestId].consumer == address(0)) revert RandomnessUnknownRequest(requestId);
        _pinnedKnown[requestId] = known ? 2 : 1;
    }

    /// @notice Drop a pinned answer: `isKnown(requestId)` follows `knownMode` again.
    function clearKnown(uint256 requestId) external {
        delete _pinnedKnown[requestId];
    }

    /// @inheritdoc IRandomnessSource
    function requestRandomness() external override returns (uint256 requestId) {
        requestId = ++lastRequestId;
        uint256 target = block.number + 1;
        requests[requestId] = Request({consumer: msg.sender, targetBlock: uint64(target), ready: false, value: 0});
        emit RandomnessRequested(requestId, msg.sender, target);
    }

    /// @notice Reveal the value of a request whose target block has passed (test control of prevrandao).
    function fulfill(uint256 requestId, uint256 value) external {
        Request storage r = requests[requestId];
        if (r.consumer == address(0)) revert RandomnessUnknownRequest(requestId);
        require(block.number > r.targetBlock, "target block not reached");
        require(!_expired(r), "expired");
        r.ready = true;
        r.value = value;
        emit RandomnessFulfilled(requestId, value);
    }

    /// @inheritdoc IRandomnessSource
    function randomness(uint256 requestId) external view override returns (bool ready, bool expired, uint256 value) {
        Request storage r = requests[requestId];
        if (r.consumer == address(0)) revert RandomnessUnknownRequest(requestId);
        return (r.ready, !r.ready && _expired(r), r.value);
    }

    /// @inheritdoc IRandomnessSource
    function isKnown(uint256 requestId) external view override returns (bool) {
        Request storage r = requests[requestId];
        if (r.consumer == address(0)) return false;
        uint8 pinned = _pinnedKnown[requestId];
        if (pinned != 0) return pinned == 2;
        KnownMode mode = knownMode;
        if (mode == KnownMode.TargetBlock) return r.ready || block.number >= r.targetBlock;
        if (mode == KnownMode.Fulfilled) return r.ready;
        return mode == KnownMode.Always;
    }

    function _expired(Request storage r) internal view returns (bool) {
        return block.number > r.targetBlock + EXPIRY_BLOCKS;
    }
}
