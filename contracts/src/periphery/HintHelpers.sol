// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IHintHelpers} from "../interfaces/IHintHelpers.sol";
import {IMutualPool} from "../interfaces/IMutualPool.sol";
import {MemberStatus} from "../types/PoolTypes.sol";

/// @title HintHelpers
/// @notice Computes `MutualPool` position hints in one `eth_call`. Stateless and read-only: it is never part of
///         the money path, and the pool neither calls it nor knows it exists.
/// @dev Why it exists. `join` and `topUp` insert a key into the pool's sorted list and take a hint, the member id
///      after which the key belongs; the pool verifies it and walks at most 64 nodes from a wrong one
///      (`SortedMembers`). Finding the hint off chain by walking the list one `memberRecord` at a time costs
///      about n/64 sequential RPC round trips (≈1,560 at 100,000 members). Here the same work runs inside one
///      call, so a client needs one round trip whatever n is.
///
///      How. Member ids are dense (1..lastMemberId, never reused, and a record never returns to status `None`),
///      so (1) `lastMemberId` is found by an exponential then binary search over `memberRecord(id).status`,
///      (2) `numTrials` ids are drawn pseudo-randomly (`seed ← keccak256(seed)`, `id = 1 + seed mod last`) and
///      the linked one (not `exclude`) with the greatest key `≤ key` is kept as the start, as Liquity's
///      `HintHelpers.getApproxHint` does, and (3) the list is walked forward from there, skipping `exclude`, to
///      the first node whose successor's key is `≥ key`. With `T` trials over `n` ids about `n / T` nodes lie
///      between the start and the answer, so the reads total about `T + n / T`: least at `T = √n`, the
///      default (`numTrials = 0`).
///
///      Equal keys. Members who deposited the same amount at the same index share a key, and such runs can be
///      thousands long. Any position inside a run is valid for the pool (`key(prev) ≤ key ≤ key(next)`), so
///      the walk stops at the first one it reaches instead of crossing the run: its length never costs gas.
///      The head is the one exception: hint 0 means "no hint" to the pool, which would then walk the run from
///      the head, so a key equal to the head's gets the head itself as its predecessor.
///
///      Reads go through `_record`, a `staticcall` that reuses one scratch area of memory: decoding thousands
///      of `Member` structs the usual way allocates memory for each, and memory costs grow quadratically.
contract HintHelpers is IHintHelpers {
    using SafeCast for uint256;

    /// @inheritdoc IHintHelpers
    /// @dev A trial costs about 4,500 gas (a cold read of one pool slot and the call around it), so 5,000 trials
    ///      keep a call near 23 M gas with its walk. Measured (test/unit/periphery/HintHelpersScale.t.sol): at
    ///      100,000 member ids, 15·√n = 4,740 trials (Liquity's habit) cost 21.2–21.5 M gas, under the cap; the
    ///      default √n = 317 trials cost 2.7 M on average. Since the walk runs in the same call, trials above √n
    ///      only buy a shorter walk at a higher price.
    uint256 public constant override MAX_TRIALS = 5000;

    /// @inheritdoc IHintHelpers
    function lastMemberId(IMutualPool pool) external view override returns (uint32) {
        _checkPool(pool);
        (,, uint256 size) = pool.sortedMembers();
        return _lastMemberId(pool, size);
    }

    /// @inheritdoc IHintHelpers
    function getApproxHint(IMutualPool pool, int256 key, uint32 exclude, uint256 numTrials, uint256 randomSeed)
        external
        view
        override
        returns (uint32 hint, uint256 diff, uint256 latestRandomSeed)
    {
        _checkPool(pool);
        (,, uint256 size) = pool.sortedMembers();
        uint32 last = _lastMemberId(pool, size);
        int256 hintKey;
        (hint, hintKey,, latestRandomSeed) = _sample(pool, key, exclude, last, numTrials, randomSeed);
        // hintKey ≤ key when hint ≠ 0, and both fit int96, so the difference is non-negative and fits.
        if (hint != 0) diff = uint256(key - hintKey);
    }

    /// @inheritdoc IHintHelpers
    function findInsertPosition(IMutualPool pool, int256 key, uint32 exclude, uint256 numTrials, uint256 randomSeed)
        external
        view
        override
        returns (uint32)
    {
        _checkPool(pool);
        uint32 start;
        uint32 startNext;
        uint32 last;
        {
            (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
            if (size == 0) return 0;
            bool settled;
            (settled, start, startNext) = _checkEnds(pool, key, exclude, head, tail);
            if (settled) return start;
            last = _lastMemberId(pool, size);
        }
        // key(head) ≤ key < key(tail): somewhere in between. Start from the best sample, or from the head.
        (uint32 best,, uint32 bestNext,) = _sample(pool, key, exclude, last, numTrials, randomSeed);
        if (best != 0) (start, startNext) = (best, bestNext);
        return _walk(pool, key, exclude, start, startNext);
    }

    // ─────────────────────────────────────── Internals ───────────────────────────────────────

    /// @dev The ends as they will be once `exclude` is unlinked. `settled` when the answer is the tail (a key at or
    ///      above its key, or no other member) or the head (0, a key below every other); otherwise `position` is
    ///      the head and `headNext` its successor.
    function _checkEnds(IMutualPool pool, int256 key, uint32 exclude, uint32 head, uint32 tail)
        internal
        view
        returns (bool settled, uint32 position, uint32 headNext)
    {
        if (tail == exclude) (tail,,,) = _record(pool, tail);
        if (tail == 0) return (true, 0, 0); // `exclude` was the only member
        (,, int256 tailKey,) = _record(pool, tail);
        if (tailKey <= key) return (true, tail, 0);
        if (head == exclude) (, head,,) = _record(pool, head);
        int256 headKey;
        (, headNext, headKey,) = _record(pool, head);
        if (key < headKey) return (true, 0, 0);
        return (false, head, headNext);
    }

    /// @dev Walks forward from `cursor` (linked, not `exclude`, key ≤ `key`), skipping `exclude`, to the first node
    ///      whose successor's key is ≥ `key`. It ends at the latest at the tail's predecessor: the tail's key is
    ///      above `key` whenever this runs.
    function _walk(IMutualPool pool, int256 key, uint32 exclude, uint32 cursor, uint32 cursorNext)
        internal
        view
        returns (uint32 position)
    {
        for (;;) {
            uint32 next = cursorNext;
            if (next == exclude) (, next,,) = _record(pool, next);
            if (next == 0) return cursor;
            (, uint32 nextNext, int256 nextKey,) = _record(pool, next);
            if (nextKey >= key) return cursor;
            (cursor, cursorNext) = (next, nextNext);
        }
    }

    function _checkPool(IMutualPool pool) internal view {
        if (address(pool).code.length == 0) revert HintHelpersNotAPool(address(pool));
    }

    /// @dev Draws `numTrials` ids (0 = ⌈√last⌉, capped at MAX_TRIALS) and keeps the linked one, not `exclude`,
    ///      with the greatest key ≤ `key` (ties: the first drawn). Returns it (0 if none), its key and successor.
    function _sample(IMutualPool pool, int256 key, uint32 exclude, uint32 last, uint256 numTrials, uint256 seed)
        internal
        view
        returns (uint32 best, int256 bestKey, uint32 bestNext, uint256)
    {
        if (last == 0) return (0, 0, 0, seed);
        if (numTrials == 0) numTrials = Math.sqrt(last, Math.Rounding.Ceil);
        if (numTrials > MAX_TRIALS) numTrials = MAX_TRIALS;
        for (; numTrials != 0; --numTrials) {
            seed = _next(seed);
            // seed mod last < last ≤ 2^32 − 1, so the id fits uint32.
            uint32 id = (seed % last + 1).toUint32();
            if (id == exclude) continue;
            (, uint32 next, int256 memberKey, bool linked) = _record(pool, id);
            if (linked && memberKey <= key && (best == 0 || memberKey > bestKey)) {
                (best, bestKey, bestNext) = (id, memberKey, next);
            }
        }
        return (best, bestKey, bestNext, seed);
    }

    /// @dev `keccak256(abi.encode(seed))`, hashed in the scratch space: `abi.encode` would allocate fresh memory on
    ///      every one of thousands of trials.
    function _next(uint256 seed) internal pure returns (uint256 next) {
        assembly ("memory-safe") {
            mstore(0x00, seed)
            next := keccak256(0x00, 0x20)
        }
    }

    /// @dev Exponential search up from the list size (every linked member has an id ≤ last), then binary search:
    ///      `status(id) ≠ None` exactly for 1 ≤ id ≤ last.
    function _lastMemberId(IMutualPool pool, uint256 size) internal view returns (uint32) {
        uint256 low; // an assigned id, or 0
        uint256 high = size == 0 ? 1 : size; // a candidate; becomes the lowest id known not to be assigned
        while (_assigned(pool, high)) {
            low = high;
            if (high == type(uint32).max) return type(uint32).max;
            high = Math.min(high * 2, type(uint32).max);
        }
        while (high - low > 1) {
            uint256 middle = (low + high) / 2;
            if (_assigned(pool, middle)) low = middle;
            else high = middle;
        }
        return low.toUint32();
    }

    function _assigned(IMutualPool pool, uint256 id) internal view returns (bool) {
        return pool.memberRecord(id.toUint32()).status != MemberStatus.None;
    }

    /// @dev `pool.memberRecord(id)` without allocating: the call's input and output use the memory past the free
    ///      memory pointer, which is never bumped, so thousands of reads cost no memory expansion. A revert of the
    ///      pool is bubbled up; an answer of the wrong size reverts with `HintHelpersNotAPool`.
    function _record(IMutualPool pool, uint32 id)
        internal
        view
        returns (uint32 prev, uint32 next, int256 key, bool linked)
    {
        bytes4 selector = IMutualPool.memberRecord.selector;
        bool ok;
        bool wellFormed;
        assembly ("memory-safe") {
            let buffer := mload(0x40)
            mstore(buffer, selector)
            mstore(add(buffer, 0x04), id)
            // Member is 7 static words: prev, next, key, coverageStart, exitEpoch, status, linked.
            ok := staticcall(gas(), pool, buffer, 0x24, buffer, 0xe0)
            wellFormed := eq(returndatasize(), 0xe0)
            if and(ok, wellFormed) {
                prev := and(mload(buffer), 0xffffffff)
                next := and(mload(add(buffer, 0x20)), 0xffffffff)
                key := signextend(11, mload(add(buffer, 0x40)))
                linked := iszero(iszero(mload(add(buffer, 0xc0))))
            }
            if iszero(ok) {
                returndatacopy(buffer, 0, returndatasize())
                revert(buffer, returndatasize())
            }
        }
        if (!wellFormed) revert HintHelpersNotAPool(address(pool));
    }
}
