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
///         scrambled order relative to keys (people join in any order), runs of 100 equal keys and one of n/20,
///         and one id in ten lapsed (unlinked, but still sampled).
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

    /// @dev Keys ascend with the position: runs of 100 equal keys, and one of n/20 in the middle (5,000 at 100,000).
    function _keyAt(uint256 p) internal view returns (int96) {
        uint256 middle = n / 2;
        uint256 run = n / 20;
        uint256 group;
        if (p < middle) group = p / 100;
        else if (p < middle + run) group = middle / 100;
        else group = (p - run) / 100 + 1;
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

    /// @dev Keys to insert: equal to the long run's, right above runs of 100 low, in the middle and high in the list.
    function _keys() internal view returns (int256[4] memory keys) {
        keys[0] = _keyAt(n / 2 + 10); // equal to the long run's key
        keys[1] = int256(_keyAt(n / 3)) + 1; // right above a run of 100
        keys[2] = int256(_keyAt(n / 10)) + 1;
        keys[3] = int256(_keyAt(n - 150)) + 1;
    }

    function _report(string memory label, uint256 trials) internal returns (uint256 worst) {
        int256[4] memory keys = _keys();
        uint256 total;
        for (uint256 i; i < keys.length; ++i) {
            for (uint256 seed = 1; seed <= 3; ++seed) {
                uint256 used = _measure(keys[i], trials, seed);
                worst = Math.max(worst, used);
                total += used;
            }
        }
        console.log(string.concat("HintHelpers.findInsertPosition, ", label), n, trials);
        console.log("  mean and worst gas of 12 calls:", total / 12, worst);
    }

    function test_findInsertPosition_gasWithSqrtTrials() public {
        uint256 worst = _report("member ids / trials (0 = automatic sqrt(n)):", 0);
        assertLt(worst, CALL_BUDGET, "fits one eth_call");
    }

    function test_findInsertPosition_gasWithLiquityTrials() public {
        // 15·sqrt(n) as Liquity's clients use, capped at MAX_TRIALS.
        uint256 trials = 15 * Math.sqrt(n);
        uint256 worst = _report("member ids / 15*sqrt(n) trials:", trials);
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
