// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {SortedMembers} from "../../src/libraries/SortedMembers.sol";
import {Member, MemberList} from "../../src/types/PoolTypes.sol";

/// @notice Exposes the SortedMembers library over its own storage, for fuzzing on its own.
contract SortedMembersHarness {
    using SortedMembers for MemberList;

    MemberList internal _list;
    mapping(uint32 id => Member) internal _nodes;

    function insert(uint32 who, int96 key, uint32 hint) external {
        _list.insert(_nodes, who, key, hint);
    }

    function remove(uint32 who) external {
        _list.remove(_nodes, who);
    }

    function findPosition(int96 key, uint32 hint) external view returns (uint32) {
        return _list.findPosition(_nodes, key, hint);
    }

    function isValidPosition(int96 key, uint32 prev) external view returns (bool) {
        return _list.isValidPosition(_nodes, key, prev);
    }

    function list() external view returns (uint32 head, uint32 tail, uint32 size) {
        return (_list.head, _list.tail, _list.size);
    }

    function node(uint32 id) external view returns (Member memory) {
        return _nodes[id];
    }
}
