// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IRandomnessSource
/// @notice Randomness committed before it is known, for witness draws. Two implementations sit behind it: a
///         future block's `prevrandao` (the default, any post-merge chain) and Chainlink VRF v2.5 (chains
///         that have it). Consumers request, then poll `randomness` until it is ready; a request that can
///         no longer be fulfilled (its block is too old) reports `expired` and is simply requested again.
interface IRandomnessSource {
    /// @notice A consumer asked for randomness.
    /// @param requestId The source's id for this request.
    /// @param consumer Who asked.
    /// @param commitment What the randomness is bound to: the target block number (prevrandao) or the
    ///        VRF coordinator's request id.
    event RandomnessRequested(uint256 indexed requestId, address indexed consumer, uint256 commitment);

    /// @notice The randomness of a request became known.
    /// @param requestId The request.
    /// @param value The random value.
    event RandomnessFulfilled(uint256 indexed requestId, uint256 value);

    /// @notice The request id is unknown.
    error RandomnessUnknownRequest(uint256 requestId);
    /// @notice Only the consumer that made the request (or an allowed consumer) may do this.
    error RandomnessNotConsumer(address caller);

    /// @notice Ask for a random value that nobody can know yet.
    /// @return requestId The request's id.
    function requestRandomness() external returns (uint256 requestId);

    /// @notice The state of a request.
    /// @param requestId The request.
    /// @return ready Whether `value` is final.
    /// @return expired Whether the request can no longer be fulfilled (request again).
    /// @return value The random value (0 until ready).
    function randomness(uint256 requestId) external view returns (bool ready, bool expired, uint256 value);

    /// @notice Whether anyone can know the request's value now, recorded or not, expired or not: a consumer must
    ///         not let a decision that can be taken knowing the value (a decline, a replacement, an overrule)
    ///         be followed by a draw with it, and requests fresh randomness instead.
    /// @dev Prevrandao: from the target block on (`block.number >= targetBlock`; inside it `block.prevrandao` is
    ///      the value's input, readable by any transaction of that block). VRF: once the coordinator's answer is
    ///      recorded. Never reverts: an unknown id is not known.
    /// @param requestId The request.
    /// @return known Whether the value is public (or computable by anyone) at this block.
    function isKnown(uint256 requestId) external view returns (bool known);
}
