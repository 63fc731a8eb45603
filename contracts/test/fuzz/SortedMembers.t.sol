// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {SortedMembers} from "../../src/libraries/SortedMembers.sol";
import {Member} from "../../src/types/PoolTypes.sol";
import {SortedMembersHarness} from "../mocks/SortedMembersHarness.sol";

/// @notice SortedMembers on its own: random inserts and removes with random, wrong and stale hints keep the
///         list sorted with consistent links; a bad hint finds the right place or reverts SortedMembersHintTooFar.
contract SortedMembersFuzzTest is Test {
    uint32 internal constant IDS = 120; // more than MAX_WALK + a margin, so walks can run out
    SortedMembersHarness internal list;
    bool[IDS + 1] internal inList;
    uint256 internal ghostSize;

    function setUp() public {
        list = new SortedMembersHarness();
    }

    /// @dev Walks the whole list and checks order, links, flags, ends and size against the ghost.
    function _checkList() internal view {
        (uint32 head, uint32 tail, uint32 size) = list.list();
        assertEq(size, ghostSize, "size");
        uint32 prev;
        uint32 cursor = head;
        uint256 count;
        int96 lastKey = type(int96).min;
        while (cursor != 0) {
            Member memory n = list.node(cursor);
            assertTrue(n.linked, "linked flag");
            assertTrue(inList[cursor], "only ghost members are linked");
            assertEq(n.prev, prev, "prev link");
            assertGe(n.key, lastKey, "ascending keys");
            lastKey = n.key;
            prev = cursor;
            cursor = n.next;
            ++count;
            assertLe(count, ghostSize, "no cycle");
        }
        assertEq(tail, prev, "tail");
        assertEq(count, ghostSize, "count");
    }

    function _key(uint256 seed) internal pure returns (int96) {
        // Mostly a narrow range (many equal keys), sometimes anywhere in int96.
        if (seed % 8 == 0) {
            return int96(int256(uint256(keccak256(abi.encode(seed))) % 2 ** 95)) * (seed % 16 == 0 ? -1 : int96(1));
        }
        return int96(int256(seed % 101)) - 50;
    }

    function _hint(uint256 seed, int96 key) internal view returns (uint32) {
        uint256 kind = seed % 4;
        if (kind == 0) {
            // The right place, as an off-chain client would compute it (may revert if too far from 0).
            try list.findPosition(key, 0) returns (uint32 p) {
                return p;
            } catch {
                return 0;
            }
        }
        if (kind == 1) return 0;
        // Any id: linked, stale (removed), never used, or out of range.
        return uint32(uint256(keccak256(abi.encode(seed, "hint"))) % (IDS + 3));
    }

    /// @dev The first id from `start` (cyclically) whose membership is `linked`, or 0.
    function _pick(uint256 start, bool linked) internal view returns (uint32) {
        for (uint256 j; j < IDS; ++j) {
            uint32 id = uint32((start + j) % IDS) + 1;
            if (inList[id] == linked) return id;
        }
        return 0;
    }

    /// forge-config: default.fuzz.runs = 64
    function testFuzz_insertRemove_keepsListSortedWithRandomHints(uint256 seed) public {
        uint256 ops = 40 + seed % 160;
        for (uint256 i; i < ops; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            // One remove for three inserts, so lists grow past MAX_WALK and walks can run out.
            uint32 id = _pick(r, r % 4 == 0);
            if (id == 0) continue;
            if (inList[id]) {
                list.remove(id);
                inList[id] = false;
                --ghostSize;
                assertFalse(list.node(id).linked);
            } else {
                int96 key = _key(r >> 8);
                uint32 hint = _hint(r >> 16, key);
                (uint32 headBefore, uint32 tailBefore, uint32 sizeBefore) = list.list();
                try list.insert(id, key, hint) {
                    inList[id] = true;
                    ++ghostSize;
                    Member memory n = list.node(id);
                    assertEq(n.key, key);
                    assertTrue(n.prev == 0 || list.node(n.prev).key <= key, "placed after a smaller key");
                    assertTrue(n.next == 0 || list.node(n.next).key >= key, "placed before a larger key");
                } catch (bytes memory reason) {
                    assertEq(reason, abi.encodeWithSelector(SortedMembers.SortedMembersHintTooFar.selector, hint, key));
                    (uint32 headAfter, uint32 tailAfter, uint32 sizeAfter) = list.list();
                    assertEq(headAfter, headBefore);
                    assertEq(tailAfter, tailBefore);
                    assertEq(sizeAfter, sizeBefore);
                    assertGt(sizeBefore, SortedMembers.MAX_WALK, "a walk can only run out on a long list");
                }
            }
            if (i % 8 == 0) _checkList();
        }
        _checkList();
    }

    /// forge-config: default.fuzz.runs = 64
    function testFuzz_findPosition_resultIsAValidPosition(uint256 seed, int96 key, uint32 hint) public {
        uint256 n = 1 + seed % 100;
        for (uint256 i; i < n; ++i) {
            uint32 id = uint32(i + 1);
            int96 k = _key(uint256(keccak256(abi.encode(seed, i))));
            // Insert with the exact place (walking from the head may run out on long lists: use the tail
            // when it is valid, the head otherwise, else a scan).
            list.insert(id, k, _scanPosition(k, n));
            inList[id] = true;
            ++ghostSize;
        }
        _checkList();
        hint = uint32(bound(hint, 0, n + 5));
        try list.findPosition(key, hint) returns (uint32 p) {
            assertTrue(list.isValidPosition(key, p), "a position that keeps the order");
        } catch (bytes memory reason) {
            assertEq(reason, abi.encodeWithSelector(SortedMembers.SortedMembersHintTooFar.selector, hint, key));
        }
    }

    /// @dev The exact predecessor of `key`, found by scanning (the test's own oracle).
    function _scanPosition(int96 key, uint256) internal view returns (uint32 p) {
        (uint32 head,,) = list.list();
        uint32 cursor = head;
        while (cursor != 0) {
            Member memory m = list.node(cursor);
            if (m.key > key) break;
            p = cursor;
            cursor = m.next;
        }
    }

    function test_insert_farHintRevertsAndLeavesListIntact() public {
        uint32 n = uint32(SortedMembers.MAX_WALK) + 2;
        for (uint32 id = 1; id <= n; ++id) {
            list.insert(id, int96(int32(id)) * 10, 0); // ascending: each goes to the tail without a hint
            inList[id] = true;
            ++ghostSize;
        }
        // Key 5 belongs before the head; walking left from the tail runs out after MAX_WALK steps.
        vm.expectRevert(abi.encodeWithSelector(SortedMembers.SortedMembersHintTooFar.selector, n, int256(5)));
        list.insert(n + 1, 5, n);
        _checkList();
        // Key 15 from a stale hint (never linked): walks from the head and finds member 1.
        assertEq(list.findPosition(15, n + 7), 1);
        // A hint near the right place works even on a long list.
        list.insert(n + 1, 5, 0);
        inList[n + 1] = true;
        ++ghostSize;
        _checkList();
        (uint32 head,,) = list.list();
        assertEq(head, n + 1);
    }
}
