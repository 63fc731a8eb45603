// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IWitnessRegistry} from "../../src/interfaces/IWitnessRegistry.sol";
import {WitnessDrawHarness, WitnessDrawReference} from "../utils/WitnessDrawHarness.sol";
import {WitnessFixture} from "../utils/WitnessFixture.sol";

contract WitnessDrawFuzzTest is Test {
    WitnessDrawHarness internal harness;

    function setUp() public {
        harness = new WitnessDrawHarness();
    }

    function _witness(uint256 i) internal pure returns (address) {
        return address(uint160(0x1000 + i));
    }

    /// @dev A set of `n` witnesses, and an exclusion list: members chosen by `mask`, plus one outsider.
    function _build(uint256 n, uint256 mask) internal returns (address[] memory members, address[] memory exclude) {
        members = new address[](n);
        uint256 excluded;
        for (uint256 i; i < n; ++i) {
            members[i] = _witness(i);
            harness.add(members[i]);
            if (mask >> i & 1 == 1 && excluded < 20) ++excluded;
        }
        exclude = new address[](excluded + 1);
        uint256 e;
        for (uint256 i; i < n && e < excluded; ++i) {
            if (mask >> i & 1 == 1) exclude[e++] = members[i];
        }
        exclude[e] = address(0xdead); // not a member: must not count against the set
    }

    function testFuzz_pick_distinctMembersNeverExcluded(
        uint256 seed,
        uint256 claimId,
        uint256 n,
        uint256 mask,
        uint256 count
    ) public {
        n = bound(n, 1, 64);
        (address[] memory members, address[] memory exclude) = _build(n, mask);
        uint256 candidates = harness.available(exclude);
        assertEq(candidates, n - (exclude.length - 1), "available = members - distinct excluded members");
        vm.assume(candidates > 0);
        count = bound(count, 1, candidates < 16 ? candidates : 16);

        address[] memory picked = harness.pick(seed, claimId, exclude, count);
        assertEq(picked.length, count);
        for (uint256 i; i < count; ++i) {
            assertTrue(harness.contains(picked[i]), "a member");
            for (uint256 e; e < exclude.length; ++e) {
                assertTrue(picked[i] != exclude[e], "never excluded");
            }
            for (uint256 j; j < i; ++j) {
                assertTrue(picked[i] != picked[j], "distinct");
            }
        }
        assertEq(picked, WitnessDrawReference.draw(members, seed, claimId, exclude, count), "matches the spec");
    }

    function testFuzz_pick_revertsWhenTooFew(uint256 seed, uint256 n, uint256 mask, uint256 extra) public {
        n = bound(n, 0, 40);
        (, address[] memory exclude) = _build(n, mask);
        uint256 candidates = harness.available(exclude);
        uint256 count = candidates + bound(extra, 1, 5);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessNotEnoughEligible.selector, candidates, count));
        harness.pick(seed, 1, exclude, count);
    }

    function testFuzz_pick_duplicateExclusionsCountOnce(uint256 seed, uint8 who) public {
        (address[] memory members,) = _build(10, 0);
        address[] memory exclude = new address[](3);
        exclude[0] = members[who % 10];
        exclude[1] = members[who % 10];
        exclude[2] = members[who % 10];
        assertEq(harness.available(exclude), 9);
        address[] memory picked = harness.pick(seed, 1, exclude, 9);
        for (uint256 i; i < 9; ++i) {
            assertTrue(picked[i] != members[who % 10]);
        }
    }

    /// @dev Random adds and removes against a model array that does swap-and-pop itself.
    function testFuzz_set_swapAndPopMatchesModel(uint256[] memory ops) public {
        vm.assume(ops.length < 200);
        address[] memory model = new address[](ops.length);
        uint256 size;
        uint256 nextId;
        for (uint256 o; o < ops.length; ++o) {
            bool doAdd = size == 0 || ops[o] % 3 != 0;
            if (doAdd) {
                address w = _witness(nextId++);
                harness.add(w);
                model[size++] = w;
            } else {
                uint256 position = (ops[o] >> 8) % size;
                address w = model[position];
                harness.remove(w);
                model[position] = model[size - 1];
                --size;
                assertFalse(harness.contains(w));
            }
            assertEq(harness.size(), size);
        }
        for (uint256 i; i < size; ++i) {
            assertEq(harness.at(i), model[i], "order after swap-and-pop");
            assertTrue(harness.contains(model[i]));
        }
    }

    /// @dev Random adds and removes over several blocks; a draw at a past block equals the reference draw over the
    ///      model array copied at that block, whatever happened after it.
    function testFuzz_pickAt_readsHistoricArray(uint256[] memory ops, uint256 snapshotAt, uint256 seed) public {
        vm.assume(ops.length > 0 && ops.length < 120);
        snapshotAt = bound(snapshotAt, 0, ops.length - 1);
        vm.roll(10);
        address[] memory model = new address[](ops.length);
        address[] memory atSnapshot;
        uint48 snapshotBlock;
        uint256 size;
        uint256 nextId;
        for (uint256 o; o < ops.length; ++o) {
            if (ops[o] % 4 == 0) vm.roll(block.number + 1); // several changes may share a block
            if (size == 0 || ops[o] % 3 != 0) {
                address w = _witness(nextId++);
                harness.add(w);
                model[size++] = w;
            } else {
                uint256 position = (ops[o] >> 8) % size;
                harness.remove(model[position]);
                model[position] = model[size - 1];
                --size;
            }
            if (o == snapshotAt) {
                // The snapshot is the end of this block: later changes in the same block belong to it.
                snapshotBlock = uint48(block.number);
                while (o + 1 < ops.length && ops[o + 1] % 4 != 0) {
                    ++o;
                    if (size == 0 || ops[o] % 3 != 0) {
                        address w = _witness(nextId++);
                        harness.add(w);
                        model[size++] = w;
                    } else {
                        uint256 position = (ops[o] >> 8) % size;
                        harness.remove(model[position]);
                        model[position] = model[size - 1];
                        --size;
                    }
                }
                atSnapshot = new address[](size);
                for (uint256 i; i < size; ++i) {
                    atSnapshot[i] = model[i];
                }
            }
        }
        vm.roll(block.number + 1);
        assertEq(harness.sizeAt(snapshotBlock), atSnapshot.length, "historic size");
        for (uint256 i; i < atSnapshot.length; ++i) {
            assertEq(harness.memberAt(i, snapshotBlock), atSnapshot[i], "historic order");
        }
        if (atSnapshot.length == 0) return;
        uint256 count = atSnapshot.length < 3 ? atSnapshot.length : 3;
        assertEq(
            harness.pickAt(seed, 1, new address[](0), count, snapshotBlock),
            WitnessDrawReference.draw(atSnapshot, seed, 1, new address[](0), count)
        );
    }
}

/// @dev The fallback rule through the registry: region used iff it has `count` eligible outside `exclude`.
contract WitnessDrawRegionFuzzTest is WitnessFixture {
    uint256 internal constant HOME = 7;
    uint256 internal constant AWAY = 8;

    function testFuzz_draw_regionFallbackRule(
        uint256 seed,
        uint256 homeSize,
        uint256 awaySize,
        uint256 excludedHome,
        uint256 count
    ) public {
        homeSize = bound(homeSize, 0, 8);
        awaySize = bound(awaySize, 0, 8);
        excludedHome = bound(excludedHome, 0, homeSize);
        count = bound(count, 1, 6);
        address[] memory home = _registerMany("h", homeSize, HOME);
        _registerMany("a", awaySize, AWAY);
        address[] memory exclude = new address[](excludedHome);
        for (uint256 i; i < excludedHome; ++i) {
            exclude[i] = home[i];
        }
        uint256 homeAvailable = homeSize - excludedHome;
        uint256 allAvailable = homeAvailable + awaySize;
        if (allAvailable < count && homeAvailable < count) {
            vm.expectRevert(
                abi.encodeWithSelector(IWitnessRegistry.WitnessNotEnoughEligible.selector, allAvailable, count)
            );
            _draw(1, seed, HOME, exclude, count);
            return;
        }
        vm.recordLogs();
        address[] memory drawn = _draw(1, seed, HOME, exclude, count);
        bool fromHome = homeAvailable >= count;
        // The last log is WitnessesDrawn(claimId, seed, region, eligible, witnesses).
        (, uint256 region, uint256 eligible,) =
            abi.decode(vm.getRecordedLogs()[1].data, (uint256, uint256, uint256, address[]));
        assertEq(region, fromHome ? HOME : 0, "region used");
        assertEq(eligible, fromHome ? homeSize : homeSize + awaySize, "size of the set drawn from");
        for (uint256 i; i < count; ++i) {
            (,, uint256 r,,) = registry.witnessInfo(drawn[i]);
            if (fromHome) assertEq(r, HOME);
            for (uint256 e; e < exclude.length; ++e) {
                assertTrue(drawn[i] != exclude[e]);
            }
        }
    }
}
