// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IWitnessRegistry} from "../../src/interfaces/IWitnessRegistry.sol";
import {WitnessDraw} from "../../src/libraries/WitnessDraw.sol";

/// @notice Exposes `WitnessDraw` on one region's tiers (region `REGION`), with the positions and placements the
///         registry would keep, so the library can be fuzzed without the registry.
contract WitnessDrawHarness {
    using WitnessDraw for WitnessDraw.Tiers;

    uint256 public constant REGION = 1;

    WitnessDraw.Tiers internal _tiers;
    mapping(address => WitnessDraw.History) internal _placements;
    mapping(address => uint256) internal _position;
    mapping(address => uint256) internal _tierPlusOne;
    WitnessDraw.History internal _history;

    /// @notice Record `value` in a standalone history (from this block on).
    function recordHistory(uint256 value) external {
        WitnessDraw.record(_history, value);
    }

    /// @notice The standalone history's value at the end of block `snapshot`.
    function historyAt(uint48 snapshot) external view returns (uint256) {
        return WitnessDraw.valueAt(_history, snapshot);
    }

    /// @notice The standalone history's current value.
    function historyLatest() external view returns (uint256) {
        return WitnessDraw.latest(_history);
    }

    /// @notice Append `witness` to tier `tier` (it must be in no tier).
    function add(address witness, uint256 tier) public {
        _position[witness] = _tiers.add(REGION, tier, witness);
        _tierPlusOne[witness] = tier + 1;
        WitnessDraw.record(_placements[witness], WitnessDraw.placement(REGION, tier));
    }

    /// @notice Append `witness` to tier 0.
    function add(address witness) external {
        add(witness, 0);
    }

    /// @notice Swap-and-pop `witness` out of its tier.
    function remove(address witness) public {
        _removeOnly(witness);
        WitnessDraw.record(_placements[witness], 0);
    }

    /// @notice Move `witness` to `tier` (leave, then enter), as the registry does on a tier change.
    function move(address witness, uint256 tier) external {
        _removeOnly(witness);
        add(witness, tier);
    }

    function contains(address witness) external view returns (bool) {
        return _tierPlusOne[witness] != 0;
    }

    function tierOf(address witness) external view returns (uint256) {
        return _tierPlusOne[witness] - 1;
    }

    /// @notice Size of tier `tier` now.
    function size(uint256 tier) public view returns (uint256) {
        return _tiers.size(tier);
    }

    /// @notice Size of tier 0 now.
    function size() external view returns (uint256) {
        return size(0);
    }

    function at(uint256 tier, uint256 index) public view returns (address) {
        return _tiers.at(tier, index);
    }

    function at(uint256 index) external view returns (address) {
        return at(0, index);
    }

    function sizeAt(uint256 tier, uint48 snapshot) public view returns (uint256) {
        return WitnessDraw.sizeIn(_tiers.sizesAt(snapshot), tier);
    }

    function sizeAt(uint48 snapshot) external view returns (uint256) {
        return sizeAt(0, snapshot);
    }

    function memberAt(uint256 tier, uint256 index, uint48 snapshot) public view returns (address) {
        return _tiers.memberAt(tier, index, snapshot);
    }

    function memberAt(uint256 index, uint48 snapshot) external view returns (address) {
        return memberAt(0, index, snapshot);
    }

    /// @notice Members of the union of tiers `firstTier..` at `snapshot` not in `exclude`.
    function availableAt(address[] memory exclude, uint256 firstTier, uint48 snapshot) public view returns (uint256) {
        (uint256 inRegion,) = WitnessDraw.excludedMembers(_placements, exclude, REGION, firstTier, snapshot);
        return WitnessDraw.unionSize(_tiers.sizesAt(snapshot), firstTier) - inRegion;
    }

    function available(address[] memory exclude) external view returns (uint256) {
        return availableAt(exclude, 0, uint48(block.number));
    }

    /// @notice The draw from the union of tiers `firstTier..` at `snapshot`; reverts as the registry does when too
    ///         few members are outside `exclude`.
    function pickAt(
        uint256 seed,
        uint256 claimId,
        address[] memory exclude,
        uint256 count,
        uint256 firstTier,
        uint48 snapshot
    ) public view returns (address[] memory) {
        uint256 candidates = availableAt(exclude, firstTier, snapshot);
        if (candidates < count) revert IWitnessRegistry.WitnessNotEnoughEligible(candidates, count);
        return
            _tiers.pick(_tiers.sizesAt(snapshot), WitnessDraw.Draw(seed, claimId, firstTier, count, snapshot), exclude);
    }

    function pick(uint256 seed, uint256 claimId, address[] memory exclude, uint256 count)
        external
        view
        returns (address[] memory)
    {
        return pickAt(seed, claimId, exclude, count, 0, uint48(block.number));
    }

    function pickAt(uint256 seed, uint256 claimId, address[] memory exclude, uint256 count, uint48 snapshot)
        external
        view
        returns (address[] memory)
    {
        return pickAt(seed, claimId, exclude, count, 0, snapshot);
    }

    function _removeOnly(address witness) private {
        uint256 tier = _tierPlusOne[witness] - 1;
        address moved = _tiers.remove(tier, _position[witness]);
        if (moved != address(0)) _position[moved] = _position[witness];
        delete _position[witness];
        delete _tierPlusOne[witness];
    }
}

/// @notice The draw as docs/witness-draw.md specifies it, written again from the document over plain arrays: what
///         an auditor runs on the eligible arrays rebuilt from events. The fuzz tests check the library against it.
library WitnessDrawReference {
    /// @notice The draw from the union of `tiers[firstTier..]`: the arrays concatenated in increasing tier order.
    function drawUnion(
        address[][] memory tiers,
        uint256 firstTier,
        uint256 seed,
        uint256 claimId,
        address[] memory exclude,
        uint256 count
    ) internal pure returns (address[] memory) {
        uint256 n;
        for (uint256 t = firstTier; t < tiers.length; t++) {
            n += tiers[t].length;
        }
        address[] memory union = new address[](n);
        uint256 k;
        for (uint256 t = firstTier; t < tiers.length; t++) {
            for (uint256 i = 0; i < tiers[t].length; i++) {
                union[k++] = tiers[t][i];
            }
        }
        return draw(union, seed, claimId, exclude, count);
    }

    /// @notice The draw from one array.
    function draw(address[] memory members, uint256 seed, uint256 claimId, address[] memory exclude, uint256 count)
        internal
        pure
        returns (address[] memory picked)
    {
        picked = new address[](count);
        uint256 n = members.length;
        uint256 attempt = 0;
        for (uint256 j = 0; j < count; j++) {
            uint256 index = 0;
            bool found = false;
            for (uint256 k = 0; k < 8 && !found; k++) {
                index = uint256(keccak256(abi.encode(seed, claimId, attempt))) % n;
                attempt++;
                if (_ok(members[index], exclude, picked, j)) {
                    picked[j] = members[index];
                    found = true;
                }
            }
            for (uint256 step = 1; !found; step++) {
                address candidate = members[(index + step) % n];
                if (_ok(candidate, exclude, picked, j)) {
                    picked[j] = candidate;
                    found = true;
                }
            }
        }
    }

    /// @notice The lowest tier that can carry `amount`, by the document's definition, by counting up.
    function lockTier(uint256 minimumStake, uint256 amount) internal pure returns (uint256 t) {
        while ((minimumStake << t) < amount) t++;
    }

    /// @notice The tier of `stake` (at least `minimumStake`), by the document's definition, by counting down.
    function tierOf(uint256 minimumStake, uint256 stake) internal pure returns (uint256 t) {
        for (t = 7; (minimumStake << t) > stake; t--) {}
    }

    function _ok(address candidate, address[] memory exclude, address[] memory picked, uint256 j)
        private
        pure
        returns (bool)
    {
        for (uint256 i = 0; i < exclude.length; i++) {
            if (exclude[i] == candidate) return false;
        }
        for (uint256 i = 0; i < j; i++) {
            if (picked[i] == candidate) return false;
        }
        return true;
    }
}
