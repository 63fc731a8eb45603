// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolFixture} from "../../utils/PoolFixture.sol";
import {HintHelpers} from "../../../src/periphery/HintHelpers.sol";
import {IHintHelpers} from "../../../src/interfaces/IHintHelpers.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {SortedMembers} from "../../../src/libraries/SortedMembers.sol";
import {Member, MemberStatus, MemberView} from "../../../src/types/PoolTypes.sol";

/// @notice HintHelpers against a real MutualPool: the hint it returns is always one the pool takes as is
///         (`findInsertPosition(key, hint) == hint`, `join`/`topUp` succeed with it and the list stays sorted),
///         for empty pools, both ends, `exclude`, runs of equal keys longer than the pool's walk, and members
///         that lapsed or left (unlinked ids among the sampled ones).
contract HintHelpersTest is PoolFixture {
    HintHelpers internal helpers;
    uint256 internal people;

    function setUp() public override {
        super.setUp();
        helpers = new HintHelpers();
    }

    // ───────────────────────────── helpers ─────────────────────────────

    function _person(uint256 i) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("hint-person", i)))));
    }

    function _hint(int256 key, uint32 exclude) internal view returns (uint32) {
        return helpers.findInsertPosition(pool, key, exclude, 0, 42);
    }

    /// @dev A new person joins with `deposit`, at the position the helper computes; returns the member id.
    function _joinAt(uint256 deposit) internal returns (uint32 id) {
        address who = _person(people++);
        _fund(who, deposit);
        int256 key = int256(deposit) + pool.index();
        uint32 hint = _hint(key, 0);
        _assertTakenAsIs(key, hint, 0);
        vm.prank(who);
        pool.join(_commitment(who), deposit, hint);
        id = pool.memberIdOf(who);
    }

    function _joinMany(uint256 count, uint256 deposit) internal {
        for (uint256 i; i < count; ++i) {
            _joinAt(deposit);
        }
    }

    /// @dev `hint` is valid for the list without `exclude`, and the pool's own search returns it unchanged.
    function _assertTakenAsIs(int256 key, uint32 hint, uint32 exclude) internal view {
        assertTrue(hint == 0 || hint != exclude, "never the excluded member");
        (uint32 head,,) = pool.sortedMembers();
        uint32 next;
        if (hint == 0) {
            next = head;
        } else {
            Member memory p = pool.memberRecord(hint);
            assertTrue(p.linked, "hint is linked");
            assertLe(p.key, key, "key(prev) <= key");
            next = p.next;
        }
        if (next != 0 && next == exclude) next = pool.memberRecord(next).next;
        if (next != 0) assertGe(pool.memberRecord(next).key, key, "key <= key(next)");
        if (exclude == 0) {
            assertEq(pool.findInsertPosition(key, hint), hint, "the pool takes the hint without walking");
        }
    }

    function _assertSorted() internal view {
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        uint32 prev;
        uint256 count;
        int256 last = type(int256).min;
        for (uint32 cursor = head; cursor != 0;) {
            Member memory m = pool.memberRecord(cursor);
            assertTrue(m.linked, "linked");
            assertEq(m.prev, prev, "prev link");
            assertGe(m.key, last, "ascending keys");
            last = m.key;
            prev = cursor;
            cursor = m.next;
            ++count;
            assertLe(count, size, "no cycle");
        }
        assertEq(prev, tail, "tail");
        assertEq(count, size, "size");
    }

    function _topUpWithHint(uint32 id, uint256 amount) internal {
        address who = _person(id - 1);
        assertEq(pool.memberIdOf(who), id, "person numbering follows member ids");
        Member memory m = pool.memberRecord(id);
        int256 key =
            m.status == MemberStatus.Lapsed ? int256(m.key) + int256(amount) + pool.index() : m.key + int256(amount);
        uint32 hint = _hint(key, id);
        _assertTakenAsIs(key, hint, id);
        _fund(who, amount);
        vm.prank(who);
        pool.topUp(amount, hint);
        assertEq(pool.memberRecord(id).key, key, "the key the hint was computed for");
    }

    // ───────────────────────────── lastMemberId ─────────────────────────────

    function test_lastMemberId_zeroWhenNobodyJoined() public view {
        assertEq(helpers.lastMemberId(pool), 0);
    }

    function test_lastMemberId_countsEveryIdEverAssigned() public {
        for (uint256 n = 1; n <= 70; ++n) {
            _joinAt(minimum + n);
            assertEq(helpers.lastMemberId(pool), n);
        }
        // Members who leave keep their ids: the list shrinks, the last id does not.
        for (uint256 i; i < 40; ++i) {
            vm.prank(_person(i));
            pool.requestExit();
        }
        _settleNext();
        for (uint256 i; i < 40; ++i) {
            vm.prank(_person(i));
            pool.withdraw();
        }
        (,, uint256 size) = pool.sortedMembers();
        assertEq(size, 30);
        assertEq(helpers.lastMemberId(pool), 70);
    }

    function test_lastMemberId_notAPoolReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IHintHelpers.HintHelpersNotAPool.selector, address(0xBEEF)));
        helpers.lastMemberId(IMutualPool(address(0xBEEF)));
    }

    // ───────────────────────────── findInsertPosition ─────────────────────────────

    function test_findInsertPosition_emptyPoolIsHead() public view {
        assertEq(_hint(int256(minimum), 0), 0);
        assertEq(_hint(type(int96).min, 7), 0);
    }

    function test_findInsertPosition_atOrAboveTailIsTail() public {
        _joinMany(5, 20 * unit);
        uint32 tailId = _joinAt(30 * unit);
        assertEq(_hint(int256(30 * unit), 0), tailId, "equal to the tail's key");
        assertEq(_hint(int256(500 * unit), 0), tailId, "above the tail's key");
    }

    function test_findInsertPosition_belowHeadIsZero() public {
        _joinMany(3, 20 * unit);
        assertEq(_hint(int256(20 * unit) - 1, 0), 0);
        _joinAt(20 * unit - 1);
        _assertSorted();
    }

    function test_findInsertPosition_equalToHeadIsNotZero() public {
        // 100 equal keys at the head: hint 0 would make the pool walk them all (and revert, 100 > 64). The helper
        // answers a member of the run (any one will do).
        _joinMany(100, minimum);
        _joinAt(50 * unit);
        int256 key = int256(minimum);
        uint32 hint = _hint(key, 0);
        assertTrue(hint != 0, "not the head position");
        _assertTakenAsIs(key, hint, 0);
        vm.expectRevert(abi.encodeWithSelector(SortedMembers.SortedMembersHintTooFar.selector, uint32(0), key));
        pool.findInsertPosition(key, 0);
        _joinAt(minimum);
        _assertSorted();
    }

    function test_findInsertPosition_tieRunLongerThanPoolWalk() public {
        // 20 below, 200 equal keys, 20 above: a join with the run's key or right above it.
        _joinMany(20, 15 * unit);
        _joinMany(200, 40 * unit);
        _joinMany(20, 90 * unit);
        _joinAt(40 * unit);
        _joinAt(40 * unit + 1);
        _joinAt(40 * unit - 1);
        _assertSorted();
        // From the head, as a client without the helper would start, the pool gives up.
        vm.expectRevert(
            abi.encodeWithSelector(SortedMembers.SortedMembersHintTooFar.selector, uint32(0), int256(40 * unit + 2))
        );
        pool.findInsertPosition(int256(40 * unit + 2), 0);
    }

    function test_findInsertPosition_betweenTwoLongRuns() public {
        // Two adjacent runs of 150: the boundary is crossed from whichever side arrives first.
        _joinMany(150, 30 * unit);
        _joinMany(150, 31 * unit);
        _joinAt(40 * unit);
        for (uint256 seed; seed < 6; ++seed) {
            int256 key = int256(30 * unit) + 1;
            uint32 hint = helpers.findInsertPosition(pool, key, 0, seed * 5, seed);
            _assertTakenAsIs(key, hint, 0);
            assertEq(pool.memberRecord(hint).key, int256(30 * unit), "the last member of the lower run");
        }
        _joinAt(30 * unit + 1);
        _assertSorted();
    }

    function test_findInsertPosition_justBelowAndAboveALongRun() public {
        _joinMany(5, 20 * unit);
        _joinMany(200, 30 * unit);
        _joinMany(5, 40 * unit);
        _assertTakenAsIs(int256(30 * unit) - 1, _hint(int256(30 * unit) - 1, 0), 0);
        _assertTakenAsIs(int256(30 * unit) + 1, _hint(int256(30 * unit) + 1, 0), 0);
        _joinAt(30 * unit - 1);
        _joinAt(30 * unit + 1);
        _assertSorted();
    }

    function test_findInsertPosition_fewTrialsStillExact() public {
        for (uint256 i; i < 150; ++i) {
            _joinAt(minimum + ((i * 37) % 50) * unit);
        }
        for (uint256 trials; trials < 4; ++trials) {
            int256 key = int256(minimum + 25 * unit) + int256(trials);
            uint32 hint = helpers.findInsertPosition(pool, key, 0, trials == 0 ? 1 : trials, trials);
            _assertTakenAsIs(key, hint, 0);
        }
    }

    function test_findInsertPosition_excludeAtTail() public {
        _joinMany(3, 20 * unit);
        uint32 before = _joinAt(30 * unit);
        uint32 tailId = _joinAt(40 * unit);
        // The tail tops up: still the highest key, so it goes after the member before it.
        assertEq(_hint(int256(45 * unit), tailId), before);
        _topUpWithHint(tailId, 5 * unit);
        _assertSorted();
    }

    function test_findInsertPosition_excludeAtHead() public {
        uint32 headId = _joinAt(11 * unit);
        uint32 second = _joinAt(20 * unit);
        _joinMany(3, 30 * unit);
        // The head tops up to just below the second member: it stays first (hint 0 once it is unlinked).
        assertEq(_hint(int256(20 * unit) - 1, headId), 0);
        // To exactly the second member's key: after the second member.
        assertEq(_hint(int256(20 * unit), headId), second);
        _topUpWithHint(headId, 9 * unit);
        _assertSorted();
    }

    function test_findInsertPosition_excludeOnlyMember() public {
        uint32 only = _joinAt(20 * unit);
        assertEq(_hint(int256(25 * unit), only), 0);
        _topUpWithHint(only, 5 * unit);
        _assertSorted();
    }

    function test_findInsertPosition_excludeInsideTieRun() public {
        _joinMany(10, 15 * unit);
        _joinMany(100, 40 * unit);
        _joinMany(10, 90 * unit);
        // A member of the run tops up by one unit: it moves to the end of the run.
        for (uint32 id = 11; id <= 110; id += 33) {
            _topUpWithHint(id, 1);
            _assertSorted();
        }
    }

    function test_findInsertPosition_skipsLapsedAndExitedMembers() public {
        _joinMany(60, 12 * unit); // they lapse after a 5-unit share
        _joinMany(60, 100 * unit);
        // The last 20 to join leave: the end of the 100-unit run, so the lapse cursor does not reach them.
        for (uint256 i = 100; i < 120; ++i) {
            vm.prank(_person(i));
            pool.requestExit();
        }
        _queue(1, makeAddr("patient"), 5 * unit * 120);
        _settleNext(); // finalises the 20 exits
        while (pool.lapsesPending()) pool.processLapses(64); // lapses the 60
        for (uint256 i = 100; i < 110; ++i) {
            vm.prank(_person(i));
            pool.withdraw(); // unlinked
        }
        assertEq(uint256(pool.statusOf(_person(0))), uint256(MemberView.Lapsed));
        (,, uint256 size) = pool.sortedMembers();
        assertEq(size, 50, "10 settled exits still linked, 40 active");
        assertEq(helpers.lastMemberId(pool), 120);
        int256 index = pool.index();
        // Lots of trials land on unlinked ids; the hint is still exact.
        for (uint256 k; k < 5; ++k) {
            int256 key = int256(95 * unit) + index + int256(k * unit);
            _assertTakenAsIs(key, helpers.findInsertPosition(pool, key, 0, 200, k), 0);
        }
        _joinAt(96 * unit);
        _topUpWithHint(1, 90 * unit); // a lapsed member rejoins mid-list (excluded, though unlinked)
        _assertSorted();
    }

    function test_findInsertPosition_trialsAreCapped() public {
        _joinAt(20 * unit);
        _joinAt(30 * unit);
        _joinAt(40 * unit);
        uint256 before = gasleft();
        helpers.findInsertPosition(pool, int256(25 * unit), 0, type(uint256).max, 1);
        uint256 used = before - gasleft();
        assertLt(used, helpers.MAX_TRIALS() * 5000, "at most MAX_TRIALS reads");
        assertGt(used, helpers.MAX_TRIALS() * 1000, "the cap, not the request, bounds the trials");
    }

    function test_findInsertPosition_notAPoolReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IHintHelpers.HintHelpersNotAPool.selector, address(0)));
        helpers.findInsertPosition(IMutualPool(address(0)), 1, 0, 0, 0);
        // A contract that is not a pool: its answers do not decode.
        vm.expectRevert();
        helpers.findInsertPosition(IMutualPool(address(usd)), 1, 0, 0, 0);
    }

    // ───────────────────────────── getApproxHint ─────────────────────────────

    function test_getApproxHint_greatestSampledKeyNotAbove() public {
        for (uint256 i; i < 80; ++i) {
            _joinAt(minimum + ((i * 7) % 80) * unit);
        }
        int256 key = int256(minimum + 40 * unit) + 1;
        (uint32 hint, uint256 diff, uint256 seed) = helpers.getApproxHint(pool, key, 0, 80, 9);
        Member memory m = pool.memberRecord(hint);
        assertTrue(m.linked);
        assertLe(m.key, key);
        assertEq(diff, uint256(key - m.key));
        assertNotEq(seed, 9, "the seed moved on");
        // Every id sampled: the closest key below is found exactly (40 units, diff 1).
        (, diff,) = helpers.getApproxHint(pool, key, 0, helpers.MAX_TRIALS(), 9);
        assertEq(diff, 1);
    }

    function test_getApproxHint_nothingBelowIsZero() public {
        _joinMany(5, 20 * unit);
        (uint32 hint, uint256 diff,) = helpers.getApproxHint(pool, int256(minimum), 0, 50, 1);
        assertEq(hint, 0);
        assertEq(diff, 0);
        (hint,,) = helpers.getApproxHint(pool, int256(20 * unit), 0, 0, 1);
        assertTrue(hint != 0);
    }

    // ───────────────────────────── fuzz ─────────────────────────────

    /// forge-config: default.fuzz.runs = 64
    function testFuzz_findInsertPosition_joinAndTopUpTakeTheHint(
        uint256 seed,
        uint8 members,
        uint8 distinct,
        uint8 trials,
        uint256 newDeposit
    ) public {
        uint256 n = bound(members, 0, 160);
        uint256 values = bound(distinct, 1, 12); // few distinct deposits: long runs of equal keys
        for (uint256 i; i < n; ++i) {
            _joinAt(minimum + (uint256(keccak256(abi.encode(seed, i))) % values) * unit);
        }
        _assertSorted();
        uint256 deposit = bound(newDeposit, minimum, minimum + values * unit);
        _checkJoin(deposit, trials, seed);
        if (n != 0) _checkTopUp(uint32(bound(seed, 1, n)), deposit % (3 * unit) + 1, trials, seed >> 8);
        _assertSorted();
    }

    function _checkJoin(uint256 deposit, uint256 trials, uint256 seed) internal {
        int256 key = int256(deposit) + pool.index();
        uint32 hint = helpers.findInsertPosition(pool, key, 0, trials, seed);
        _assertTakenAsIs(key, hint, 0);
        _joinAt(deposit);
    }

    function _checkTopUp(uint32 mover, uint256 amount, uint256 trials, uint256 seed) internal {
        int256 moved = pool.memberRecord(mover).key + int256(amount);
        _assertTakenAsIs(moved, helpers.findInsertPosition(pool, moved, mover, trials, seed), mover);
        _topUpWithHint(mover, amount);
    }

    /// forge-config: default.fuzz.runs = 48
    function testFuzz_findInsertPosition_exactAfterLapsesAndExits(uint256 seed, uint256 newDeposit) public {
        for (uint256 i; i < 90; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            _joinAt(r % 3 == 0 ? 12 * unit : minimum + (r % 9) * 10 * unit);
        }
        for (uint256 i; i < 90; i += 4) {
            vm.prank(_person(i));
            pool.requestExit();
        }
        _queue(1, makeAddr("patient"), 3 * unit * 90);
        _settleNext();
        for (uint256 i; i < 90; i += 8) {
            if (pool.statusOf(_person(i)) == MemberView.ExitRequested) {
                vm.prank(_person(i));
                pool.withdraw();
            }
        }
        _assertSorted();
        int256 key = int256(bound(newDeposit, minimum, 100 * unit)) + pool.index();
        uint32 hint = helpers.findInsertPosition(pool, key, 0, 0, seed);
        _assertTakenAsIs(key, hint, 0);
        _joinAt(uint256(key - pool.index()));
        _assertSorted();
    }
}
