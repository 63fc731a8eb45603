// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Member, MemberList} from "../types/PoolTypes.sol";

/// @title SortedMembers
/// @notice A doubly linked list of member ids sorted by balance key, ascending, with insert positions supplied
///         as off-chain hints and verified on chain.
/// @dev Every active balance is `key − index` with one shared index, so ordering by key is ordering by
///      balance, and members fall below the minimum balance strictly from the head. The list is what lets
///      lapses be found in amortised O(1): the head is always the next member to check.
///
///      Insert positions: `prev` is the member id after which to insert (`0` = at the head). A valid hint
///      (`key(prev) ≤ key ≤ key(next)`) is used as is, for two reads. A hint of `0` means "no hint": a key at
///      or above the tail's goes to the tail (the usual case for a fresh deposit). A stale or wrong hint is not trusted: the list is
///      walked from it (or from the head if the hint is no longer linked) for at most `MAX_WALK` steps, and
///      the call reverts with `SortedMembersHintTooFar` beyond that, so a bad hint can cost a revert but can
///      never break the order.
library SortedMembers {
    /// @notice How many nodes a bad hint may be walked past before the insert gives up.
    uint256 internal constant MAX_WALK = 64;

    /// @notice The hint did not lead to a valid position within `MAX_WALK` steps.
    /// @param hint The position hint given.
    /// @param key The key being inserted.
    error SortedMembersHintTooFar(uint32 hint, int256 key);

    /// @notice Inserts `who` with `key`, using `hint` as the suggested predecessor.
    function insert(MemberList storage list, mapping(uint32 => Member) storage nodes, uint32 who, int96 key, uint32 hint)
        internal
    {
        uint32 prev = findPosition(list, nodes, key, hint);
        uint32 next = prev == 0 ? list.head : nodes[prev].next;
        Member storage node = nodes[who];
        node.key = key;
        node.prev = prev;
        node.next = next;
        node.linked = true;
        if (prev == 0) list.head = who;
        else nodes[prev].next = who;
        if (next == 0) list.tail = who;
        else nodes[next].prev = who;
        unchecked {
            // Ids are uint32, so the list never holds more than 2^32 − 1 members.
            ++list.size;
        }
    }

    /// @notice Unlinks `who` (which must be linked). Its key is left untouched.
    function remove(MemberList storage list, mapping(uint32 => Member) storage nodes, uint32 who) internal {
        Member storage node = nodes[who];
        uint32 prev = node.prev;
        uint32 next = node.next;
        if (prev == 0) list.head = next;
        else nodes[prev].next = next;
        if (next == 0) list.tail = prev;
        else nodes[next].prev = prev;
        node.prev = 0;
        node.next = 0;
        node.linked = false;
        unchecked {
            // `who` was linked, so size ≥ 1.
            --list.size;
        }
    }

    /// @notice Whether inserting `key` right after `prev` keeps the list sorted.
    function isValidPosition(MemberList storage list, mapping(uint32 => Member) storage nodes, int96 key, uint32 prev)
        internal
        view
        returns (bool)
    {
        uint32 next;
        if (prev == 0) {
            next = list.head;
        } else {
            Member storage p = nodes[prev];
            if (!p.linked || p.key > key) return false;
            next = p.next;
        }
        return next == 0 || nodes[next].key >= key;
    }

    /// @notice The member after which `key` belongs, found from `hint` in at most `MAX_WALK` steps.
    /// @dev Reverts with `SortedMembersHintTooFar` when the hint is too far from the right place.
    function findPosition(MemberList storage list, mapping(uint32 => Member) storage nodes, int96 key, uint32 hint)
        internal
        view
        returns (uint32)
    {
        // A correct hint costs two reads; `0` means "no hint", which suits a key at or above the tail's.
        if (hint != 0 && isValidPosition(list, nodes, key, hint)) return hint;
        uint32 tail = list.tail;
        if (tail == 0 || nodes[tail].key <= key) return tail;

        // Walk from the hint, or from the head if the hint is not (or no longer) in the list.
        uint32 cursor = hint != 0 && nodes[hint].linked ? hint : list.head;
        if (nodes[cursor].key > key) {
            // Too far right: walk left until the node before the cursor is ≤ key.
            for (uint256 i; i < MAX_WALK; ++i) {
                uint32 before = nodes[cursor].prev;
                if (before == 0 || nodes[before].key <= key) return before;
                cursor = before;
            }
        } else {
            // At or left of the place: walk right until the next node is > key (the tail is > key here).
            for (uint256 i; i < MAX_WALK; ++i) {
                uint32 after_ = nodes[cursor].next;
                if (nodes[after_].key > key) return cursor;
                cursor = after_;
            }
        }
        revert SortedMembersHintTooFar(hint, key);
    }
}
