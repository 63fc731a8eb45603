// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IWitnessRegistry} from "../interfaces/IWitnessRegistry.sol";

/// @title WitnessDraw
/// @notice The eligible-witness arrays and the draw over them, in O(1) per change and O(count + exclusions) per
///         draw, whatever the number of witnesses. docs/witness-draw.md specifies both to the byte.
/// @dev An eligible set is an array plus a 1-based position map. Adding appends. Removing moves the array's last
///      element into the removed slot and pops ("swap-and-pop"), so the order of every array is a deterministic
///      function of the sequence of adds and removes, which the registry emits as `WitnessEligibilityChanged`.
///
///      A draw of `count` from a set of `size` with exclusions `E` (distinct excluded members `e`) requires
///      `size − e ≥ count`. For each pick it proposes `index = keccak256(abi.encode(seed, claimId, attempt)) % size`
///      with `attempt` counting 0, 1, 2, … over the whole draw, and takes the first proposal that is neither
///      excluded nor already picked. After `PROPOSALS_PER_PICK` rejected proposals for one pick it scans forward
///      from the last proposal (index + 1, + 2, … mod size) and takes the first acceptable element: at most
///      `e + picked` elements are unacceptable, so the scan ends within `e + count` steps.
library WitnessDraw {
    /// @notice Proposals per pick before the deterministic forward scan.
    /// @dev With at most `u` unacceptable elements the scan runs with probability `(u/size)^8`, negligible unless
    ///      the set is barely larger than the exclusions and picks; the scan keeps the draw bounded in that case.
    uint256 internal constant PROPOSALS_PER_PICK = 8;

    /// @notice An array of witnesses with O(1) membership, append and swap-and-pop removal.
    struct Set {
        address[] members;
        mapping(address witness => uint256 positionPlusOne) positionOf;
    }

    /// @notice Append `witness` (it must not be a member).
    function add(Set storage set, address witness) internal {
        set.members.push(witness);
        set.positionOf[witness] = set.members.length;
    }

    /// @notice Remove `witness` (it must be a member): the last element takes its slot, then the array pops.
    function remove(Set storage set, address witness) internal {
        uint256 position = set.positionOf[witness] - 1;
        uint256 last = set.members.length - 1;
        if (position != last) {
            address moved = set.members[last];
            set.members[position] = moved;
            set.positionOf[moved] = position + 1;
        }
        set.members.pop();
        delete set.positionOf[witness];
    }

    /// @notice Whether `witness` is in the set.
    function contains(Set storage set, address witness) internal view returns (bool) {
        return set.positionOf[witness] != 0;
    }

    /// @notice The number of members.
    function size(Set storage set) internal view returns (uint256) {
        return set.members.length;
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

    /// @notice Members of `set` not in `exclude`, counting each excluded member once even if listed twice.
    function available(Set storage set, address[] memory exclude) internal view returns (uint256) {
        uint256 excluded;
        for (uint256 i; i < exclude.length; ++i) {
            if (contains(set, exclude[i]) && !_listed(exclude, i, exclude[i])) ++excluded;
        }
        // excluded counts distinct members of the set, so it never exceeds the set's size.
        return set.members.length - excluded;
    }

    /// @notice Pick `count` distinct members of `set`, none in `exclude` (the algorithm above).
    /// @dev Reverts with `WitnessNotEnoughEligible` when fewer than `count` members are outside `exclude`.
    /// @param set The set drawn from.
    /// @param seed The draw's seed.
    /// @param claimId The claim.
    /// @param exclude Addresses never picked.
    /// @param count How many to pick.
    /// @return picked The picks, in order.
    function pick(Set storage set, uint256 seed, uint256 claimId, address[] memory exclude, uint256 count)
        internal
        view
        returns (address[] memory picked)
    {
        uint256 candidates = available(set, exclude);
        if (candidates < count) revert IWitnessRegistry.WitnessNotEnoughEligible(candidates, count);
        address[] storage members = set.members;
        uint256 setSize = members.length;
        picked = new address[](count);
        uint256 attempt;
        for (uint256 j; j < count; ++j) {
            address chosen;
            uint256 index;
            for (uint256 k; k < PROPOSALS_PER_PICK; ++k) {
                index = proposal(seed, claimId, attempt, setSize);
                ++attempt;
                address candidate = members[index];
                if (_acceptable(candidate, exclude, picked, j)) {
                    chosen = candidate;
                    break;
                }
            }
            // Deterministic fallback: since at least count − j acceptable members remain, this ends within
            // (distinct excluded members) + j + 1 steps.
            for (uint256 step = 1; chosen == address(0); ++step) {
                address candidate = members[(index + step) % setSize];
                if (_acceptable(candidate, exclude, picked, j)) chosen = candidate;
            }
            picked[j] = chosen;
        }
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
