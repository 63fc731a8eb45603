// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IWitnessRegistry} from "../interfaces/IWitnessRegistry.sol";

/// @title WitnessDraw
/// @notice The eligible-witness arrays and the draw over them, in O(1) per change and O(count + exclusions) per
///         draw, whatever the number of witnesses. docs/witness-draw.md specifies both to the byte.
/// @dev An eligible set is an array plus a 1-based position map, both checkpointed by block. Adding appends. Removing moves the array's last
///      element into the removed slot and pops ("swap-and-pop"), so the order of every array is a deterministic
///      function of the sequence of adds and removes, which the registry emits as `WitnessEligibilityChanged`.
///
///      A draw of `count` from a set of `size` with exclusions `E` (distinct excluded members `e`) requires
///      `size − e ≥ count`. For each pick it proposes `index = keccak256(abi.encode(seed, claimId, attempt)) % size`
///      with `attempt` counting 0, 1, 2, … over the whole draw, and takes the first proposal that is neither
///      excluded nor already picked. After `PROPOSALS_PER_PICK` rejected proposals for one pick it scans forward
///      from the last proposal (index + 1, + 2, … mod size) and takes the first acceptable element: at most
///      `e + picked` elements are unacceptable, so the scan ends within `e + count` steps.
///
///      Snapshots. Once a seed is public, anyone who could still change the array (register a witness, leave) could
///      try sizes and orders until the draw suits them. So every array is checkpointed by block number (its length,
///      each slot, each member's position) and a draw reads the array as it stood at the end of a past block, the
///      one before the randomness was requested. Lookups walk back from the newest checkpoint (a recent snapshot
///      is one or two reads) and binary-search only if more than `RECENT_STEPS` changes came after the snapshot.
library WitnessDraw {
    using Checkpoints for Checkpoints.Trace208;

    /// @notice Proposals per pick before the deterministic forward scan.
    /// @dev With at most `u` unacceptable elements the scan runs with probability `(u/size)^8`, negligible unless
    ///      the set is barely larger than the exclusions and picks; the scan keeps the draw bounded in that case.
    uint256 internal constant PROPOSALS_PER_PICK = 8;

    /// @notice Checkpoints walked back before a lookup falls back to binary search.
    uint256 internal constant RECENT_STEPS = 8;

    /// @notice An array of witnesses with O(1) membership, append and swap-and-pop removal, and its history.
    /// @dev Every value is checkpointed by block number; `latest` is the current state.
    struct Set {
        Checkpoints.Trace208 length;
        mapping(uint256 index => Checkpoints.Trace208 witness) members;
        mapping(address witness => Checkpoints.Trace208 positionPlusOne) positions;
    }

    /// @notice Append `witness` (it must not be a member).
    function add(Set storage set, address witness) internal {
        uint48 key = SafeCast.toUint48(block.number);
        uint256 n = set.length.latest();
        set.members[n].push(key, uint160(witness));
        set.positions[witness].push(key, SafeCast.toUint208(n + 1));
        set.length.push(key, SafeCast.toUint208(n + 1));
    }

    /// @notice Remove `witness` (it must be a member): the last element takes its slot, then the array pops.
    function remove(Set storage set, address witness) internal {
        uint48 key = SafeCast.toUint48(block.number);
        uint256 last = set.length.latest() - 1;
        uint256 position = set.positions[witness].latest() - 1;
        if (position != last) {
            uint208 moved = set.members[last].latest();
            set.members[position].push(key, moved);
            set.positions[address(SafeCast.toUint160(moved))].push(key, SafeCast.toUint208(position + 1));
        }
        set.positions[witness].push(key, 0);
        set.length.push(key, SafeCast.toUint208(last));
    }

    /// @notice Whether `witness` is in the set now.
    function contains(Set storage set, address witness) internal view returns (bool) {
        return set.positions[witness].latest() != 0;
    }

    /// @notice The number of members now.
    function size(Set storage set) internal view returns (uint256) {
        return set.length.latest();
    }

    /// @notice The member at `index` now (`index` below `size`).
    function at(Set storage set, uint256 index) internal view returns (address) {
        return address(SafeCast.toUint160(set.members[index].latest()));
    }

    /// @notice The number of members at the end of block `snapshot`.
    function sizeAt(Set storage set, uint48 snapshot) internal view returns (uint256) {
        return _lookup(set.length, snapshot);
    }

    /// @notice The member at `index` at the end of block `snapshot` (`index` below `sizeAt(snapshot)`).
    function memberAt(Set storage set, uint256 index, uint48 snapshot) internal view returns (address) {
        return address(SafeCast.toUint160(_lookup(set.members[index], snapshot)));
    }

    /// @notice Whether `witness` was a member at the end of block `snapshot`.
    function containedAt(Set storage set, address witness, uint48 snapshot) internal view returns (bool) {
        return _lookup(set.positions[witness], snapshot) != 0;
    }

    /// @notice The proposal for `attempt`: a uniform index below `setSize` up to a bias below `setSize / 2^256`.
    /// @param seed The draw's seed.
    /// @param claimId The claim.
    /// @param attempt The proposal number within the draw, from 0.
    /// @param setSize The size of the set drawn from (non-zero).
    /// @return The proposed index.
    function proposal(uint256 seed, uint256 claimId, uint256 attempt, uint256 setSize) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, claimId, attempt))) % setSize;
    }

    /// @notice Members of `set` at the end of block `snapshot` not in `exclude`, counting each excluded member once
    ///         even if listed twice.
    function available(Set storage set, address[] memory exclude, uint48 snapshot) internal view returns (uint256) {
        uint256 excluded;
        for (uint256 i; i < exclude.length; ++i) {
            if (containedAt(set, exclude[i], snapshot) && !_listed(exclude, i, exclude[i])) ++excluded;
        }
        // excluded counts distinct members of the set, so it never exceeds the set's size.
        return sizeAt(set, snapshot) - excluded;
    }

    /// @notice Pick `count` distinct members of `set` as it stood at the end of block `snapshot`, none in `exclude`
    ///         (the algorithm above).
    /// @dev Reverts with `WitnessNotEnoughEligible` when fewer than `count` members are outside `exclude`.
    /// @param set The set drawn from.
    /// @param seed The draw's seed.
    /// @param claimId The claim.
    /// @param exclude Addresses never picked.
    /// @param count How many to pick.
    /// @param snapshot The block whose final state is drawn from.
    /// @return picked The picks, in order.
    function pick(
        Set storage set,
        uint256 seed,
        uint256 claimId,
        address[] memory exclude,
        uint256 count,
        uint48 snapshot
    ) internal view returns (address[] memory picked) {
        uint256 candidates = available(set, exclude, snapshot);
        if (candidates < count) revert IWitnessRegistry.WitnessNotEnoughEligible(candidates, count);
        uint256 setSize = sizeAt(set, snapshot);
        picked = new address[](count);
        uint256 attempt;
        for (uint256 j; j < count; ++j) {
            address chosen;
            uint256 index;
            for (uint256 k; k < PROPOSALS_PER_PICK; ++k) {
                index = proposal(seed, claimId, attempt, setSize);
                ++attempt;
                address candidate = memberAt(set, index, snapshot);
                if (_acceptable(candidate, exclude, picked, j)) {
                    chosen = candidate;
                    break;
                }
            }
            // Deterministic fallback: since at least count − j acceptable members remain, this ends within
            // (distinct excluded members) + j + 1 steps.
            for (uint256 step = 1; chosen == address(0); ++step) {
                address candidate = memberAt(set, (index + step) % setSize, snapshot);
                if (_acceptable(candidate, exclude, picked, j)) chosen = candidate;
            }
            picked[j] = chosen;
        }
    }

    /// @dev The value of `trace` at the end of block `snapshot`: walk back over the newest checkpoints, then
    ///      binary-search what is left.
    function _lookup(Checkpoints.Trace208 storage trace, uint48 snapshot) private view returns (uint256) {
        uint256 len = trace.length();
        for (uint256 steps; steps < RECENT_STEPS && len != 0; ++steps) {
            Checkpoints.Checkpoint208 memory checkpoint = trace.at(SafeCast.toUint32(len - 1));
            if (checkpoint._key <= snapshot) return checkpoint._value;
            --len;
        }
        if (len == 0) return 0;
        return trace.upperLookup(snapshot);
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
