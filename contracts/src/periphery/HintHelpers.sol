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
///      (2) `numTrials` ids are drawn pseudo-randomly (`seed ← keccak256(seed)`, `id = 1 + seed mod last`),
///      keeping the linked ones (not `exclude`) with the greatest key `≤ key` and the least key above it (the
///      first is Liquity's `HintHelpers.getApproxHint`), and (3) the list is walked from both at once, one step
///      each in turn, skipping `exclude`: forward to the first node whose successor's key is `≥ key`, backward
///      to the first node whose key is `≤ key`; whichever arrives first is the answer. With `T` trials over `n`
///      ids about `n / T` nodes lie between a sample and the answer, so the reads total about `T + 2n / T`.
///      The default (`numTrials = 0`) is `T = ⌈√n⌉`.
///
///      Equal keys. Members who deposited the same amount at the same index share a key, and such runs can be
///      thousands long. Any position inside a run is valid for the pool (`key(prev) ≤ key ≤ key(next)`), so a
///      key equal to a run's is placed right after the sampled member of the run: its length costs nothing.
///      A key strictly between two runs needs their boundary; the ids of a run's members say nothing about their
///      order, so one of the two walks has to cross part of a run: the one that arrives first decides, and only
///      when runs on both sides are long (thousands) does the walk cost much (about 9,000 gas per node of the
///      shorter distance). The head is an exception: hint 0 means "no hint" to the pool, which would then walk a
///      run at the head from its start, so a key equal to the head's gets a nonzero predecessor.
///
///      Reads go through `_record`, a `staticcall` that reuses one scratch area of memory: decoding thousands
///      of `Member` structs the usual way allocates memory for each, and memory costs grow quadratically.
contract HintHelpers is IHintHelpers {
    using SafeCast for uint256;

    /// @inheritdoc IHintHelpers
    /// @dev A trial costs about 4,500 gas (a cold read of one pool slot and the call around it). Measured at 100,000
    ///      member ids (test/unit/periphery/HintHelpersScale.t.sol), 15·√n = 4,740 trials (Liquity's habit) cost
    ///      21.2–21.7 M gas for most keys but 27.7 M for a key between two runs of 2,500 equal keys, above the
    ///      ~25 M an RPC node grants an `eth_call`; capped at 3,000 trials the same calls cost 13.5–20.1 M. Since
    ///      the walk runs in the same call, trials above √n buy a shorter walk at a higher price: the default √n
    ///      = 317 trials cost 3.1 M gas on average there (8.6 M at worst).
    uint256 public constant override MAX_TRIALS = 3000;

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
        Samples memory samples = _sample(pool, key, exclude, _lastMemberId(pool, size), numTrials, randomSeed);
        hint = samples.below;
        // belowKey ≤ key when hint ≠ 0, and both fit int96, so the difference is non-negative and fits.
        if (hint != 0) diff = uint256(key - samples.belowKey);
        latestRandomSeed = samples.seed;
    }

    /// @inheritdoc IHintHelpers
    function findInsertPosition(IMutualPool pool, int256 key, uint32 exclude, uint256 numTrials, uint256 randomSeed)
        external
        view
        override
        returns (uint32)
    {
        _checkPool(pool);
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        if (size == 0) return 0;
        Ends memory ends = _ends(pool, key, exclude, head, tail);
        if (ends.settled) return ends.position;

        // key(head) ≤ key < key(tail): somewhere in between. Walk towards it from both sides at once, from the best
        // samples (or the ends): the walk that does not have to cross a run of equal keys arrives first.
        Samples memory samples = _sample(pool, key, exclude, _lastMemberId(pool, size), numTrials, randomSeed);
        if (samples.below == 0) (samples.below, samples.belowNext) = (ends.head, ends.headNext);
        if (samples.above == 0) (samples.above, samples.abovePrev) = (ends.tail, ends.tailPrev);
        return _meet(pool, key, exclude, samples);
    }

    // ─────────────────────────────────────── Internals ───────────────────────────────────────

    /// @dev The best samples on each side of `key`, with the neighbour each walks to next.
    struct Samples {
        uint32 below; // greatest key ≤ key (ties: first drawn); 0 if none
        uint32 belowNext;
        int256 belowKey;
        uint32 above; // least key > key (ties: first drawn); 0 if none
        uint32 abovePrev;
        int256 aboveKey;
        uint256 seed;
    }

    /// @dev The list's ends once `exclude` is unlinked (`tailPrev` may still be `exclude`: the walk skips it), or the
    ///      answer itself when it lies at an end.
    struct Ends {
        bool settled;
        uint32 position;
        uint32 head;
        uint32 headNext;
        uint32 tail;
        uint32 tailPrev;
    }

    /// @dev `settled` when the answer is the tail (a key at or above its key, or no other member: 0) or the head
    ///      position (0: a key below every other key).
    function _ends(IMutualPool pool, int256 key, uint32 exclude, uint32 head, uint32 tail)
        internal
        view
        returns (Ends memory ends)
    {
        if (tail == exclude) (tail,,,) = _record(pool, tail);
        if (tail == 0) {
            ends.settled = true; // `exclude` was the only member: position 0
            return ends;
        }
        (uint32 tailPrev,, int256 tailKey,) = _record(pool, tail);
        if (tailKey <= key) {
            (ends.settled, ends.position) = (true, tail);
            return ends;
        }
        if (head == exclude) (, head,,) = _record(pool, head);
        (, uint32 headNext, int256 headKey,) = _record(pool, head);
        if (key < headKey) {
            ends.settled = true; // position 0
            return ends;
        }
        (ends.head, ends.headNext, ends.tail, ends.tailPrev) = (head, headNext, tail, tailPrev);
    }

    /// @dev Two walks, one step each in turn, skipping `exclude`: forward from `below` (key ≤ `key`) to the first
    ///      node whose successor's key is ≥ `key`, and backward from `above` (key > `key`) to the first node whose
    ///      key is ≤ `key`. Either end is a valid position; the forward walk alone always arrives (the tail's key is
    ///      above `key` here), so the loop ends. A run of equal keys stops the forward walk at once when its key is
    ///      `key`, and otherwise costs only the walk that has to cross it.
    function _meet(IMutualPool pool, int256 key, uint32 exclude, Samples memory s)
        internal
        view
        returns (uint32 position)
    {
        uint32 low = s.below;
        uint32 lowNext = s.belowNext;
        uint32 high = s.above;
        uint32 highPrev = s.abovePrev;
        for (;;) {
            if (lowNext == exclude) (, lowNext,,) = _record(pool, lowNext);
            if (lowNext == 0) return low;
            (, uint32 nextNext, int256 nextKey,) = _record(pool, lowNext);
            if (nextKey >= key) return low;
            (low, lowNext) = (lowNext, nextNext);

            if (high != 0) {
                if (highPrev == exclude) (highPrev,,,) = _record(pool, highPrev);
                // A node with key > key is never the head here (key(head) ≤ key), so highPrev ≠ 0; stop walking
                // back should the list say otherwise.
                if (highPrev == 0) {
                    high = 0;
                    continue;
                }
                (uint32 prevPrev,, int256 prevKey,) = _record(pool, highPrev);
                if (prevKey <= key) return highPrev;
                (high, highPrev) = (highPrev, prevPrev);
            }
        }
    }

    function _checkPool(IMutualPool pool) internal view {
        if (address(pool).code.length == 0) revert HintHelpersNotAPool(address(pool));
    }

    /// @dev Draws `numTrials` ids (0 = ⌈√last⌉, capped at MAX_TRIALS) and keeps, among the linked ones other than
    ///      `exclude`, the greatest key ≤ `key` and the least key above it.
    function _sample(IMutualPool pool, int256 key, uint32 exclude, uint32 last, uint256 numTrials, uint256 seed)
        internal
        view
        returns (Samples memory s)
    {
        s.seed = seed;
        if (last == 0) return s;
        if (numTrials == 0) numTrials = Math.sqrt(last, Math.Rounding.Ceil);
        if (numTrials > MAX_TRIALS) numTrials = MAX_TRIALS;
        for (; numTrials != 0; --numTrials) {
            seed = _next(seed);
            // seed mod last < last ≤ 2^32 − 1, so the id fits uint32.
            uint32 id = (seed % last + 1).toUint32();
            if (id == exclude) continue;
            (uint32 prev, uint32 next, int256 memberKey, bool linked) = _record(pool, id);
            if (!linked) continue;
            if (memberKey <= key) {
                if (s.below == 0 || memberKey > s.belowKey) (s.below, s.belowNext, s.belowKey) = (id, next, memberKey);
            } else if (s.above == 0 || memberKey < s.aboveKey) {
                (s.above, s.abovePrev, s.aboveKey) = (id, prev, memberKey);
            }
        }
        s.seed = seed;
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
