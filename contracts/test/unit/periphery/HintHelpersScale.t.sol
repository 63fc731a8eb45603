// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {console} from "forge-std/console.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {HintHelpers} from "../../../src/periphery/HintHelpers.sol";
import {Member, MemberStatus} from "../../../src/types/PoolTypes.sol";

/// @notice What one `findInsertPosition` call costs on large pools (1,000 to 100,000 member ids), and that its
///         answer is still exact there. Joining 100,000 members one by one would take minutes, so the pool's
///         member records and list ends are written straight into its storage (`vm.store`), after checking
///         against a real join that the storage layout is the one assumed. The list is realistic: ids in a
///         scrambled order relative to keys (people join in any order), runs of 100 equal keys, one run of n/20
///         and two adjacent runs of n/40 (members who deposited the same amount at the same index), and one id in
///         ten lapsed (unlinked, but still sampled).
/// @dev Gas is the execution gas of the call frame, with the pool's storage cold (`vm.cool`), as in an
///      `eth_call`; an `eth_call` adds the 21,000 intrinsic gas and a few hundred for calldata. The figures are
///      printed with `-vv` and quoted in docs/pool.md ("Position hints").
abstract contract HintHelpersScaleTest is PoolFixture {
    uint256 internal constant MEMBERS_SLOT = 4; // MutualPool._members
    uint256 internal constant LIST_SLOT = 2; // MutualPool._list
    /// @dev What an RPC node typically grants one eth_call, less the intrinsic gas: the budget to stay under.
    uint256 internal constant CALL_BUDGET = 25_000_000;

    HintHelpers internal helpers;
    uint256 internal n;
    uint256 internal stride;

    function _size() internal pure virtual returns (uint256);

    function setUp() public override {
        super.setUp();
        helpers = new HintHelpers();
        _checkLayout();
        n = _size();
        stride = _coprimeStride(n);
        _writeList();
    }

    /// @dev A real join, then the same record read back through the assumed slots.
    function _checkLayout() internal {
        _join(makeAddr("layout probe"), 20 * unit);
        Member memory m = pool.memberRecord(1);
        uint256 word = uint256(vm.load(address(pool), _memberSlot(1)));
        assertEq(int96(int256(word >> 64)), m.key, "MutualPool._members moved: update MEMBERS_SLOT");
        assertEq(uint8(word >> 232), uint8(m.status), "Member packing changed");
        assertTrue((word >> 240) & 1 == 1, "Member.linked packing changed");
        uint256 list = uint256(vm.load(address(pool), bytes32(LIST_SLOT)));
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        assertEq(uint32(list), head, "MutualPool._list moved: update LIST_SLOT");
        assertEq(uint32(list >> 32), tail, "MemberList packing changed");
        assertEq(uint32(list >> 64), size, "MemberList packing changed");
        assertEq(uint32(list >> 96), 1, "MemberList.lastMemberId packing changed");
    }

    function _memberSlot(uint256 id) internal pure returns (bytes32) {
        return keccak256(abi.encode(id, MEMBERS_SLOT));
    }

    /// @dev A step coprime with `count`, so `position ↦ (position·stride mod count) + 1` visits every id once.
    function _coprimeStride(uint256 count) internal pure returns (uint256 s) {
        s = (count * 618) / 1000 | 1; // near the golden ratio: neighbours in the list get distant ids
        while (_gcd(s, count) != 1) s += 2;
    }

    function _gcd(uint256 a, uint256 b) internal pure returns (uint256) {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    /// @dev The id at sorted position `p` (0 = head side).
    function _idAt(uint256 p) internal view returns (uint32) {
        return uint32((p * stride) % n + 1);
    }

    /// @dev Keys ascend with the position, in runs of equal keys: runs of 100, then from 30 % of the list a run A of
    ///      n/20 (5,000 at 100,000), runs of 100 again, and from 60 % two adjacent runs B and C of n/40 each.
    function _keyAt(uint256 p) internal view returns (int96) {
        (uint256 a, uint256 b, uint256 runA, uint256 runB) = (n * 3 / 10, n * 6 / 10, n / 20, n / 40);
        uint256 groupA = a / 100 + 1;
        uint256 groupB = groupA + 2 + (b - a - runA) / 100;
        uint256 group;
        if (p < a) group = p / 100;
        else if (p < a + runA) group = groupA;
        else if (p < b) group = groupA + 1 + (p - a - runA) / 100;
        else if (p < b + runB) group = groupB;
        else if (p < b + 2 * runB) group = groupB + 1;
        else group = groupB + 2 + (p - b - 2 * runB) / 100;
        return int96(int256(minimum + group * unit));
    }

    function _lapsedAt(uint256 p) internal pure returns (bool) {
        return p % 10 == 7;
    }

    function _writeList() internal {
        uint32 first;
        uint32 previous;
        uint256 linkedCount;
        // Linked positions in order; each record is written once its successor is known.
        for (uint256 p; p < n; ++p) {
            uint32 id = _idAt(p);
            if (_lapsedAt(p)) {
                _store(id, 0, 0, int96(int256(3 * unit)), MemberStatus.Lapsed, false);
                continue;
            }
            if (previous == 0) first = id;
            else _setNext(previous, id);
            _store(id, previous, 0, _keyAt(p), MemberStatus.Active, true);
            previous = id;
            ++linkedCount;
        }
        uint256 list = uint256(first) | (uint256(previous) << 32) | (linkedCount << 64) | (n << 96);
        vm.store(address(pool), bytes32(LIST_SLOT), bytes32(list));
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        assertEq(head, first);
        assertEq(tail, previous);
        assertEq(size, linkedCount);
        assertEq(helpers.lastMemberId(pool), n);
    }

    function _store(uint32 id, uint32 prev, uint32 next, int96 key, MemberStatus status, bool linked) internal {
        uint256 word = uint256(prev) | (uint256(next) << 32) | (uint256(uint96(key)) << 64) | (uint256(status) << 232)
            | (linked ? uint256(1) << 240 : 0);
        vm.store(address(pool), _memberSlot(id), bytes32(word));
    }

    function _setNext(uint32 id, uint32 next) internal {
        bytes32 slot = _memberSlot(id);
        uint256 word = uint256(vm.load(address(pool), slot));
        word = (word & ~(uint256(type(uint32).max) << 32)) | (uint256(next) << 32);
        vm.store(address(pool), slot, bytes32(word));
    }

    /// @dev One measured call with cold pool storage; asserts the answer is exact and returns its gas.
    function _measure(int256 key, uint256 trials, uint256 seed) internal returns (uint256 used) {
        vm.cool(address(pool));
        vm.cool(address(helpers));
        uint256 before = gasleft();
        uint32 hint = helpers.findInsertPosition(pool, key, 0, trials, seed);
        used = before - gasleft();
        assertEq(pool.findInsertPosition(key, hint), hint, "the pool takes the hint as is");
        if (hint != 0) assertLe(pool.memberRecord(hint).key, key);
    }

    /// @dev The keys inserted: (0) equal to run A's, (1) just above run A (runs of 100 above it), (2) between the
    ///      long runs B and C, (3) low in the list and (4) high in it, just above runs of 100.
    function _keys() internal view returns (int256[5] memory keys) {
        keys[0] = _keyAt(n * 3 / 10 + 10);
        keys[1] = int256(_keyAt(n * 3 / 10 + 10)) + 1;
        keys[2] = int256(_keyAt(n * 6 / 10 + 10)) + 1;
        keys[3] = int256(_keyAt(n / 10)) + 1;
        keys[4] = int256(_keyAt(n - 150)) + 1;
    }

    /// @dev Worst gas of each key over a few seeds; all within one eth_call's budget.
    function _report(string memory label, uint256 trials) internal returns (uint256 worst) {
        int256[5] memory keys = _keys();
        uint256[5] memory worstOf;
        uint256 total;
        for (uint256 i; i < keys.length; ++i) {
            for (uint256 seed = 1; seed <= 4; ++seed) {
                uint256 used = _measure(keys[i], trials, seed);
                worstOf[i] = Math.max(worstOf[i], used);
                total += used;
            }
            worst = Math.max(worst, worstOf[i]);
        }
        console.log(string.concat("HintHelpers.findInsertPosition, ", label), n, trials);
        console.log("  mean and worst gas of 20 calls:", total / 20, worst);
        console.log(
            "  worst for key = run A, just above run A, between runs B and C:", worstOf[0], worstOf[1], worstOf[2]
        );
        console.log("  worst for keys low and high, just above runs of 100:", worstOf[3], worstOf[4]);
    }

    function test_findInsertPosition_gasWithSqrtTrials() public {
        uint256 worst = _report("member ids / trials (0 = automatic sqrt(n)):", 0);
        assertLt(worst, CALL_BUDGET, "fits one eth_call");
    }

    function test_findInsertPosition_gasWithLiquityTrials() public {
        // 15·sqrt(n) as Liquity's clients use; the helper caps it at MAX_TRIALS (4,740 -> 3,000 at 100,000 ids).
        uint256 trials = 15 * Math.sqrt(n);
        uint256 worst = _report("member ids / 15*sqrt(n) trials asked (capped at MAX_TRIALS = 3,000):", trials);
        assertLt(worst, CALL_BUDGET, "fits one eth_call");
    }
}

contract HintHelpersScale1kTest is HintHelpersScaleTest {
    function _size() internal pure override returns (uint256) {
        return 1000;
    }
}

contract HintHelpersScale10kTest is HintHelpersScaleTest {
    function _size() internal pure override returns (uint256) {
        return 10_000;
    }
}

contract HintHelpersScale100kTest is HintHelpersScaleTest {
    function _size() internal pure override returns (uint256) {
        return 100_000;
    }
}
