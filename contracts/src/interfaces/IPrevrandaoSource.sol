// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IRandomnessSource} from "./IRandomnessSource.sol";

/// @title IPrevrandaoSource
/// @notice `IRandomnessSource` from the `prevrandao` (RANDAO mix, header field `mixHash`) of a future block.
/// @dev A request made in block `r` targets block `t = r + delay`. Its value is
///      `keccak256(abi.encode(prevrandao(t), requestId))`, fixed once block `t` exists and unknown before
///      the proposers up to block `t − 1` have revealed. Anyone records it with `fulfill`: in block `t` itself
///      from `block.prevrandao`, later (blocks `t + 1 … t + 256`) from block `t`'s RLP header, checked against
///      `blockhash(t)`. Both paths give the same value, so the caller cannot choose it by choosing when to call.
///      Once `blockhash(t)` is gone (after block `t + 256`) an unfulfilled request is expired.
interface IPrevrandaoSource is IRandomnessSource {
    /// @notice The source was deployed with this delay (emitted once, by the constructor). Its kind, "prevrandao",
    ///         is this event's name: a request made in block `r` targets block `r + delay`.
    /// @param delay Blocks from a request to its target block (1..256).
    event PrevrandaoSourceConfigured(uint256 delay);

    /// @notice The request's target block has not been produced yet.
    /// @param requestId The request.
    /// @param targetBlock Its target block.
    /// @param currentBlock The current block.
    error RandomnessNotYetAvailable(uint256 requestId, uint256 targetBlock, uint256 currentBlock);
    /// @notice The target block is more than 256 blocks old: request again.
    /// @param requestId The request.
    /// @param targetBlock Its target block.
    error RandomnessExpired(uint256 requestId, uint256 targetBlock);
    /// @notice The header given does not hash to `blockhash(targetBlock)`.
    /// @param requestId The request.
    /// @param expected `blockhash(targetBlock)`.
    /// @param actual keccak256 of the header given.
    error RandomnessHeaderMismatch(uint256 requestId, bytes32 expected, bytes32 actual);
    /// @notice The header's field `field` is not the 32-byte string expected (not an execution-layer header).
    /// @param field The field index (13 = mixHash).
    /// @param length Its length in bytes.
    error RandomnessHeaderMalformed(uint256 field, uint256 length);
    /// @notice The delay must be at least one block.
    /// @param delay The delay given.
    error RandomnessDelayInvalid(uint256 delay);

    /// @notice Record a request's value. Permissionless; a no-op if already recorded.
    /// @param requestId The request.
    /// @param header The RLP-encoded header of the target block when called after it (as returned by
    ///        `eth_getBlockByNumber`, re-encoded); ignored, and may be empty, when called in the target block.
    /// @return value The random value.
    function fulfill(uint256 requestId, bytes calldata header) external returns (uint256 value);

    /// @notice Blocks between a request and its target block.
    /// @return The delay.
    function delay() external view returns (uint256);

    /// @notice A request's target block (0 if unknown).
    /// @param requestId The request.
    /// @return The target block number.
    function targetBlock(uint256 requestId) external view returns (uint256);
}
