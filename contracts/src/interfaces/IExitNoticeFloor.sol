// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IExitNoticeFloor
/// @notice Where the pool reads the shortest exit notice it may be given: the time a claim can take from its
///         announcement to its approval, so that a member who sees a claim announced cannot leave before it is
///         charged. `ClaimParameters` implements it (announcement window plus one investigation window).
interface IExitNoticeFloor {
    /// @notice The shortest exit notice (seconds) that still covers every claim announced before an exit request.
    function minimumExitNotice() external view returns (uint256);
}
