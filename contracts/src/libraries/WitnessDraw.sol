// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IWitnessRegistry} from "../interfaces/IWitnessRegistry.sol";

/// @title WitnessDraw
/// @notice The eligible-witness arrays, kept per stake tier, and the draw over a union of tiers, in O(1) per change
///         and O(count + exclusions) per draw, whatever the number of witnesses. docs/witness-draw.md specifies both
///         to the byte.
/// @dev A `Tiers` is one region's (or the global) `TIERS` arrays. Each array is a list of checkpointed slots; the
///      eight lengths are packed into one checkpointed word (`SIZE_BITS` bits each, tier 0 lowest), so a draw reads
///      every size of a region with one lookup. Adding appends. Removing moves the array's last element into the
///      removed slot and pops ("swap-and-pop"), so the order of every array is a deterministic function of the
///      sequence of adds and removes, which the registry emits as `WitnessEligibilityChanged`. The caller keeps each
///      member's current position (the registry keeps it in the witness's record) and is told which member moved.
///
///      A draw from the union of tiers `firstTier..TIERS-1` sees one array: the tiers concatenated in increasing
///      order (tier `firstTier` first). With `n` its size and at least `count` acceptable members (neither excluded
///      nor already picked), each pick proposes `index = keccak256(abi.encode(seed, claimId, attempt)) % n`, with
///      `attempt` counting 0, 1, 2, … over the whole draw, and takes the first acceptable proposal. After
///      `PROPOSALS_PER_PICK` rejected proposals for one pick it scans forward from the last proposal (index + 1,
///      + 2, … mod n) and takes the first acceptable element: at most `e + picked` elements are unacceptable (`e`
///      distinct excluded members), so the scan ends within `e + count` steps.
///
///      Snapshots. Once a seed is public, anyone who could still change the arrays (register a witness, leave, move
///      a tier) could try sizes and orders until the draw suits them. So every slot and every packed size is
///      checkpointed by block number, as is each witness's placement (region and tier, or none), and a draw reads
///      the arrays as they stood at the end of a past block, the one before the randomness was requested. Lookups
///      walk back from the newest checkpoint (a recent snapshot is one or two reads) and binary-search only if more
///      than `RECENT_STEPS` changes came after the snapshot.
library WitnessDraw {
    using Checkpoints for Checkpoints.Trace208;

    /// @notice Stake tiers: tier `t` holds the witnesses whose stake is at least `minimumStake << t` (and, below the
    ///         top tier, less than `minimumStake << (t + 1)`).
    uint256 internal constant TIERS = 8;

    /// @notice Bits per tier in a packed sizes word (8 × 26 = 208, one checkpoint value).
    uint256 internal constant SIZE_BITS = 26;

    /// @notice Most members one tier array of one region may hold (2^26 − 1).
    uint256 internal constant MAX_TIER_SIZE = (1 << SIZE_BITS) - 1;

    /// @notice Proposals per pick before the deterministic forward scan.
    /// @dev With at most `u` unacceptable elements the scan runs with probability `(u/n)^8`, negligible unless the
    ///      union is barely larger than the exclusions and picks; the scan keeps the draw bounded in that case.
    uint256 internal constant PROPOSALS_PER_PICK = 8;

    /// @notice Checkpoints walked back before a lookup falls back to binary search.
    uint256 internal constant RECENT_STEPS = 8;

    /// @notice What a draw picks by, besides the arrays and the exclusions.
    /// @param seed The draw's seed.
    /// @param claimId The claim.
    /// @param firstTier The union's lowest tier.
    /// @param count How many to pick.
    /// @param snapshot The block whose final state is drawn from.
    struct Draw {
        uint256 seed;
        uint256 claimId;
        uint256 firstTier;
        uint256 count;
        uint48 snapshot;
    }

    /// @notice A value of at most 160 bits checkpointed by block, read at a recent block with one storage read.
    /// @dev `head` packs the newest checkpoint and the number of older ones: bits 0–159 the value, 160–207 the
    ///      block, 208–255 the count `n`; `past[0..n-1]` hold the older checkpoints (`block << 160 | value`) in
    ///      increasing block order. An empty history reads 0 at every block (block numbers start at 1).
    struct History {
        uint256 head;
        mapping(uint256 index => uint256 checkpoint) past;
    }

    /// @notice One region's (or the global) tier arrays and their history.
    /// @dev `sizes` packs the eight lengths; `members` is keyed by `tier << 32 | index`.
    struct Tiers {
        Checkpoints.Trace208 sizes;
        mapping(uint256 tierAndIndex => History witness) members;
    }

    uint256 private constant VALUE_MASK = (1 << 160) - 1;
    uint256 private constant KEY_MASK = (1 << 48) - 1;
    uint256 private constant CHECKPOINT_MASK = (1 << 208) - 1;

    // ─── Changes ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Append `witness` to tier `tier` (it must not be in it).
    /// @param self The region's tiers.
    /// @param region The region code (for the error only).
    /// @param tier The tier, below `TIERS`.
    /// @param witness The witness.
    /// @return position Its index in the tier array.
    function add(Tiers storage self, uint256 region, uint256 tier, address witness)
        internal
        returns (uint256 position)
    {
        uint48 key = SafeCast.toUint48(block.number);
        uint256 sizes = self.sizes.latest();
        uint256 shift = tier * SIZE_BITS;
        position = (sizes >> shift) & MAX_TIER_SIZE;
        if (position == MAX_TIER_SIZE) revert IWitnessRegistry.WitnessTierFull(region, tier);
        record(self.members[_slot(tier, position)], uint160(witness));
        // No carry: the tier's field was below its maximum.
        self.sizes.push(key, uint208(sizes + (1 << shift)));
    }

    /// @notice Remove the member at `position` of tier `tier`: the last element takes its slot, then the array pops.
    /// @param self The region's tiers.
    /// @param tier The tier, below `TIERS`.
    /// @param position The leaver's index in the tier array (below its size).
    /// @return moved The member moved into `position` (now at `position`), or the zero address if the leaver was
    ///         last.
    function remove(Tiers storage self, uint256 tier, uint256 position) internal returns (address moved) {
        uint48 key = SafeCast.toUint48(block.number);
        uint256 sizes = self.sizes.latest();
        uint256 shift = tier * SIZE_BITS;
        uint256 last = ((sizes >> shift) & MAX_TIER_SIZE) - 1;
        if (position != last) {
            moved = address(uint160(latest(self.members[_slot(tier, last)])));
            record(self.members[_slot(tier, position)], uint160(moved));
        }
        self.sizes.push(key, uint208(sizes - (1 << shift)));
    }

    // ─── Reads ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The size of tier `tier` now.
    function size(Tiers storage self, uint256 tier) internal view returns (uint256) {
        return sizeIn(self.sizes.latest(), tier);
    }

    /// @notice The member of tier `tier` at `index` now (`index` below its size).
    function at(Tiers storage self, uint256 tier, uint256 index) internal view returns (address) {
        return address(uint160(latest(self.members[_slot(tier, index)])));
    }

    /// @notice The packed sizes of all tiers at the end of block `snapshot`.
    function sizesAt(Tiers storage self, uint48 snapshot) internal view returns (uint256) {
        return lookup(self.sizes, snapshot);
    }

    /// @notice The member of tier `tier` at `index` at the end of block `snapshot` (`index` below its size then).
    function memberAt(Tiers storage self, uint256 tier, uint256 index, uint48 snapshot)
        internal
        view
        returns (address)
    {
        return address(uint160(valueAt(self.members[_slot(tier, index)], snapshot)));
    }

    /// @notice Tier `tier`'s size in a packed sizes word.
    function sizeIn(uint256 sizes, uint256 tier) internal pure returns (uint256) {
        return (sizes >> (tier * SIZE_BITS)) & MAX_TIER_SIZE;
    }

    /// @notice The size of the union of tiers `firstTier..TIERS-1` in a packed sizes word.
    function unionSize(uint256 sizes, uint256 firstTier) internal pure returns (uint256 n) {
        for (uint256 tier = firstTier; tier < TIERS; ++tier) {
            n += sizeIn(sizes, tier);
        }
    }

    /// @notice The encoded placement of a witness in `region` at `tier`: `region << 8 | (tier + 1)`; 0 means in no
    ///         array.
    function placement(uint256 region, uint256 tier) internal pure returns (uint256) {
        return region << 8 | (tier + 1);
    }

    /// @notice For each distinct address of `exclude`, whether its placement at the end of block `snapshot` is in
    ///         the union of tiers `firstTier..` of `region`, and of the global arrays; one lookup per address.
    /// @param placements Every witness's checkpointed placement.
    /// @param exclude The excluded addresses (an address listed twice counts once).
    /// @param region The region asked for (0: `inRegion` is 0).
    /// @param firstTier The union's lowest tier.
    /// @param snapshot The block.
    /// @return inRegion Distinct excluded members of the region's union.
    /// @return inAll Distinct excluded members of the global union.
    function excludedMembers(
        mapping(address => History) storage placements,
        address[] memory exclude,
        uint256 region,
        uint256 firstTier,
        uint48 snapshot
    ) internal view returns (uint256 inRegion, uint256 inAll) {
        for (uint256 i; i < exclude.length; ++i) {
            address who = exclude[i];
            if (_listed(exclude, i, who)) continue;
            uint256 p = valueAt(placements[who], snapshot);
            // p == 0 (in no array) gives a tier of −1 here: (p & 0xff) is 0, below firstTier + 1.
            if ((p & 0xff) <= firstTier) continue;
            ++inAll;
            if (p >> 8 == region) ++inRegion;
        }
    }

    /// @notice The proposal for `attempt`: a uniform index below `setSize` up to a bias below `setSize / 2^256`.
    /// @param seed The draw's seed.
    /// @param claimId The claim.
    /// @param attempt The proposal number within the draw, from 0.
    /// @param setSize The size of the union drawn from (non-zero).
    /// @return The proposed index.
    function proposal(uint256 seed, uint256 claimId, uint256 attempt, uint256 setSize) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, claimId, attempt))) % setSize;
    }

    /// @notice Pick `d.count` distinct members of the union of tiers `d.firstTier..` of `self` as it stood at the end
    ///         of block `d.snapshot`, none in `exclude` (the algorithm above).
    /// @dev The caller must have checked that at least `d.count` members of the union are outside `exclude` (the
    ///      registry does, with `excludedMembers`); the fallback scan relies on it to end.
    /// @param self The tiers drawn from.
    /// @param sizes Their packed sizes at `d.snapshot` (`sizesAt`).
    /// @param d The seed, claim, lowest tier, count and snapshot.
    /// @param exclude Addresses never picked.
    /// @return picked The picks, in order.
    function pick(Tiers storage self, uint256 sizes, Draw memory d, address[] memory exclude)
        internal
        view
        returns (address[] memory picked)
    {
        uint256 setSize = unionSize(sizes, d.firstTier);
        picked = new address[](d.count);
        uint256 attempt;
        for (uint256 j; j < picked.length; ++j) {
            address chosen;
            uint256 index;
            for (uint256 k; k < PROPOSALS_PER_PICK; ++k) {
                index = proposal(d.seed, d.claimId, attempt, setSize);
                ++attempt;
                address candidate = _unionMemberAt(self, sizes, d, index);
                if (_acceptable(candidate, exclude, picked, j)) {
                    chosen = candidate;
                    break;
                }
            }
            // Deterministic fallback: since at least count − j acceptable members remain, this ends within
            // (distinct excluded members) + j + 1 steps.
            for (uint256 step = 1; chosen == address(0); ++step) {
                address candidate = _unionMemberAt(self, sizes, d, (index + step) % setSize);
                if (_acceptable(candidate, exclude, picked, j)) chosen = candidate;
            }
            picked[j] = chosen;
        }
    }

    /// @notice Record `value` (below 2^160) as `history`'s value from the current block on.
    function record(History storage history, uint256 value) internal {
        uint256 key = SafeCast.toUint48(block.number);
        uint256 head = history.head;
        uint256 headKey = (head >> 160) & KEY_MASK;
        if (head == 0 || headKey == key) {
            // First checkpoint, or a second change in the same block: the head is rewritten.
            history.head = (head >> 208) << 208 | key << 160 | value;
            return;
        }
        uint256 n = head >> 208;
        history.past[n] = head & CHECKPOINT_MASK;
        history.head = (n + 1) << 208 | key << 160 | value;
    }

    /// @notice `history`'s current value.
    function latest(History storage history) internal view returns (uint256) {
        return history.head & VALUE_MASK;
    }

    /// @notice `history`'s value at the end of block `snapshot`: the head when it is not newer (one read), else the
    ///         older checkpoints, walked back `RECENT_STEPS` then binary-searched.
    function valueAt(History storage history, uint48 snapshot) internal view returns (uint256) {
        uint256 head = history.head;
        if (((head >> 160) & KEY_MASK) <= snapshot) return head & VALUE_MASK;
        uint256 high = head >> 208;
        for (uint256 steps; steps < RECENT_STEPS && high != 0; ++steps) {
            uint256 checkpoint = history.past[high - 1];
            if ((checkpoint >> 160) <= snapshot) return checkpoint & VALUE_MASK;
            --high;
        }
        // The answer is the last of past[0..high) whose block is at most `snapshot`, if any.
        uint256 low;
        while (low < high) {
            uint256 mid = (low + high) / 2;
            if ((history.past[mid] >> 160) > snapshot) high = mid;
            else low = mid + 1;
        }
        return low == 0 ? 0 : history.past[low - 1] & VALUE_MASK;
    }

    /// @notice The value of `trace` at the end of block `snapshot`: walk back over the newest checkpoints, then
    ///         binary-search what is left.
    function lookup(Checkpoints.Trace208 storage trace, uint48 snapshot) internal view returns (uint256) {
        Checkpoints.Checkpoint208[] storage checkpoints = trace._checkpoints;
        uint256 len = checkpoints.length;
        for (uint256 steps; steps < RECENT_STEPS && len != 0; ++steps) {
            Checkpoints.Checkpoint208 storage checkpoint = checkpoints[len - 1];
            (uint48 key, uint208 value) = (checkpoint._key, checkpoint._value);
            if (key <= snapshot) return value;
            --len;
        }
        if (len == 0) return 0;
        return trace.upperLookup(snapshot);
    }

    // ─── Private ────────────────────────────────────────────────────────────────────────────────────────────

    function _slot(uint256 tier, uint256 index) private pure returns (uint256) {
        return tier << 32 | index;
    }

    /// @dev The member at `index` of the concatenation of tiers `d.firstTier..` (tiers in increasing order) at
    ///      `d.snapshot`.
    function _unionMemberAt(Tiers storage self, uint256 sizes, Draw memory d, uint256 index)
        private
        view
        returns (address)
    {
        uint256 tier = d.firstTier;
        for (uint256 tierSize = sizeIn(sizes, tier); index >= tierSize; tierSize = sizeIn(sizes, tier)) {
            index -= tierSize;
            ++tier;
        }
        return memberAt(self, tier, index, d.snapshot);
    }

    /// @dev Neither excluded nor among the first `pickedCount` picks.
    function _acceptable(address candidate, address[] memory exclude, address[] memory picked, uint256 pickedCount)
        private
        pure
        returns (bool)
    {
        for (uint256 i; i < exclude.length; ++i) {
            if (exclude[i] == candidate) return false;
        }
        return !_listed(picked, pickedCount, candidate);
    }

    /// @dev Whether `who` is among the first `length` entries of `list`.
    function _listed(address[] memory list, uint256 length, address who) private pure returns (bool) {
        for (uint256 i; i < length; ++i) {
            if (list[i] == who) return true;
        }
        return false;
    }
}
