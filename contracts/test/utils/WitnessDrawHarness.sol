// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {WitnessDraw} from "../../src/libraries/WitnessDraw.sol";

/// @notice Exposes `WitnessDraw` on one set, so the library can be fuzzed without the registry.
contract WitnessDrawHarness {
    using WitnessDraw for WitnessDraw.Set;

    WitnessDraw.Set internal _set;

    function add(address witness) external {
        _set.add(witness);
    }

    function remove(address witness) external {
        _set.remove(witness);
    }

    function contains(address witness) external view returns (bool) {
        return _set.contains(witness);
    }

    function size() external view returns (uint256) {
        return _set.size();
    }

    function at(uint256 index) external view returns (address) {
        return _set.at(index);
    }

    function available(address[] memory exclude) external view returns (uint256) {
        return _set.available(exclude, uint48(block.number));
    }

    function pick(uint256 seed, uint256 claimId, address[] memory exclude, uint256 count)
        external
        view
        returns (address[] memory)
    {
        return _set.pick(seed, claimId, exclude, count, uint48(block.number));
    }

    function availableAt(address[] memory exclude, uint48 snapshot) external view returns (uint256) {
        return _set.available(exclude, snapshot);
    }

    function pickAt(uint256 seed, uint256 claimId, address[] memory exclude, uint256 count, uint48 snapshot)
        external
        view
        returns (address[] memory)
    {
        return _set.pick(seed, claimId, exclude, count, snapshot);
    }

    function sizeAt(uint48 snapshot) external view returns (uint256) {
        return _set.sizeAt(snapshot);
    }

    function memberAt(uint256 index, uint48 snapshot) external view returns (address) {
        return _set.memberAt(index, snapshot);
    }
}

/// @notice The draw as docs/witness-draw.md specifies it, written again from the document over a plain array: what
///         an auditor runs on the eligible array rebuilt from events. The fuzz tests check the library against it.
library WitnessDrawReference {
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
