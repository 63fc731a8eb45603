// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IMutualPool} from "./IMutualPool.sol";

/// @title IHintHelpers
/// @notice Read-only helper that computes the sorted-list position hint of `MutualPool.join` and `topUp` in a
///         single `eth_call`, whatever the number of members (Liquity's `HintHelpers.getApproxHint` followed
///         by `SortedTroves.findInsertPosition`, in one call).
/// @dev Never part of the money path: the pool does not call it or know it, and it holds no funds, no roles
///      and no state. A wrong answer could only cost a caller a reverted transaction (the pool verifies every
///      hint), never money. Every function is `view` and meant for `eth_call`; none is cheap enough to call
///      from a transaction at scale. See docs/pool.md, "Position hints".
interface IHintHelpers {
    /// @notice There is no contract at `pool`.
    /// @param pool The address given as the pool.
    error HintHelpersNotAPool(address pool);

    /// @notice Most member ids one call samples; larger `numTrials` are capped to it, so a call stays within
    ///         the gas an RPC node grants an `eth_call` (about 25 M gas, with the walk; see docs/pool.md).
    /// @return The cap.
    function MAX_TRIALS() external view returns (uint256);

    /// @notice The highest member id the pool has handed out (ids are dense, `1..lastMemberId`).
    /// @dev The pool does not expose its id counter, so this is a search over `memberRecord(id).status`: a
    ///      record never returns to `None` once the id is assigned. About `2·log2(n)` reads.
    /// @param pool The pool.
    /// @return lastMemberId The highest id assigned (0 if nobody ever joined).
    function lastMemberId(IMutualPool pool) external view returns (uint32 lastMemberId);

    /// @notice Samples `numTrials` member ids pseudo-randomly and returns the linked one (not `exclude`) with
    ///         the greatest key not above `key`: a starting point for a walk to the exact position.
    /// @param pool The pool.
    /// @param key The balance key to insert (`balance + index`).
    /// @param exclude A member id to ignore (the member whose top-up moves it; 0 = none).
    /// @param numTrials Ids to sample; 0 = automatic (`⌈√lastMemberId⌉`); capped at `MAX_TRIALS()`.
    /// @param randomSeed Seed of the sampling (any value; `latestRandomSeed` continues the sequence).
    /// @return hint The member id found, or 0 when no sampled member qualifies (start from the head).
    /// @return diff `key − key(hint)` (0 when `hint` is 0).
    /// @return latestRandomSeed The seed after the last trial.
    function getApproxHint(IMutualPool pool, int256 key, uint32 exclude, uint256 numTrials, uint256 randomSeed)
        external
        view
        returns (uint32 hint, uint256 diff, uint256 latestRandomSeed);

    /// @notice The member id after which `key` belongs (0 = at the head), exact: `pool.findInsertPosition(key,
    ///         result)` returns `result` without walking, and `join`/`topUp` accept it as is.
    /// @dev Checks the tail (a key at or above it goes there) and the head, samples like `getApproxHint` (keeping
    ///      the least key above `key` too), then walks from both samples towards each other until one reaches a
    ///      valid position. Inside a run of equal keys every position is valid (`key(prev) ≤ key ≤ key(next)`), so
    ///      a key equal to a run's costs no walk through it. The result is valid for the list without `exclude` (a
    ///      top-up unlinks its member before inserting): it is never `exclude`, and 0 only when `key` is below
    ///      every other key (or no other member is linked).
    /// @param pool The pool.
    /// @param key The balance key to insert (`balance + index`).
    /// @param exclude A member id to ignore (the member whose top-up moves it; 0 = none).
    /// @param numTrials Ids to sample; 0 = automatic (`⌈√lastMemberId⌉`, close to the fewest reads in total,
    ///        since the walk happens in the same call); capped at `MAX_TRIALS()`.
    /// @param randomSeed Seed of the sampling (any value).
    /// @return prev The member id after which `key` belongs; 0 = at the head (or the list is empty).
    function findInsertPosition(IMutualPool pool, int256 key, uint32 exclude, uint256 numTrials, uint256 randomSeed)
        external
        view
        returns (uint32 prev);
}
