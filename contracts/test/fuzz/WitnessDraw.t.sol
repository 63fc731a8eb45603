// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IWitnessRegistry} from "../../src/interfaces/IWitnessRegistry.sol";
import {WitnessRegistry} from "../../src/WitnessRegistry.sol";
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

    /// @dev A history written in random blocks (several writes in one block keep the last) reads back, at every
    ///      block, the value recorded last at or before it: through the head, the walk back and the binary search.
    function testFuzz_history_valueAtEveryBlock(uint256[] memory writes) public {
        vm.assume(writes.length > 0 && writes.length < 150);
        vm.roll(5);
        uint256 firstBlock = block.number + 1;
        uint256[] memory modelAt = new uint256[](writes.length * 2 + 2); // value at the end of block firstBlock + i
        uint256 current;
        uint256 offset;
        for (uint256 w; w < writes.length; ++w) {
            uint256 gap = writes[w] % 3; // 0: same block, else skip ahead
            if (w == 0 || gap != 0) {
                vm.roll(block.number + (w == 0 ? 1 : gap));
                for (uint256 b = offset + 1; b < block.number - firstBlock + 1; ++b) {
                    modelAt[b] = current; // blocks with no write keep the value
                }
                offset = block.number - firstBlock;
            }
            current = uint160(writes[w] >> 8);
            harness.recordHistory(current);
            modelAt[offset] = current;
        }
        assertEq(harness.historyLatest(), current);
        assertEq(harness.historyAt(uint48(firstBlock - 1)), 0, "before the first write");
        for (uint256 b; b <= offset; ++b) {
            assertEq(harness.historyAt(uint48(firstBlock + b)), modelAt[b], "value at a past block");
        }
        assertEq(harness.historyAt(uint48(block.number + 10)), current, "after the last write");
    }

    /// @dev Eight model arrays doing swap-and-pop themselves, and every address ever added.
    struct Model {
        address[][] arrays;
        uint256[] sizes;
        address[] everyone;
        uint256 added;
    }

    /// @dev One random change: add to a random tier, or remove / move a random member to a random tier.
    function _apply(Model memory m, uint256 op) internal {
        uint256 kind = (op >> 4) % 3;
        uint256 tier = (op >> 8) % 8;
        (uint256 fromTier, uint256 position, bool found) = _someMember(m.sizes, op >> 16);
        if (kind == 0 || !found) {
            address w = _witness(m.added);
            m.everyone[m.added++] = w;
            harness.add(w, tier);
            m.arrays[tier][m.sizes[tier]++] = w;
            return;
        }
        address leaver = m.arrays[fromTier][position];
        m.arrays[fromTier][position] = m.arrays[fromTier][--m.sizes[fromTier]];
        if (kind == 1) {
            harness.remove(leaver);
        } else {
            harness.move(leaver, tier);
            m.arrays[tier][m.sizes[tier]++] = leaver;
        }
    }

    /// @dev Random adds (any tier), removes and tier moves over several blocks against the model; the draw from the
    ///      union of tiers `firstTier..` at a past block equals the reference draw over the model arrays copied at
    ///      the end of that block, with exclusions counted at that block.
    function testFuzz_pickUnionAt_matchesReference(uint256[] memory ops, uint256 snapshotAt, uint256 seed, uint8 first)
        public
    {
        vm.assume(ops.length > 0 && ops.length < 100);
        snapshotAt = bound(snapshotAt, 0, ops.length - 1);
        vm.roll(10);
        Model memory m = Model(new address[][](8), new uint256[](8), new address[](ops.length), 0);
        for (uint256 t; t < 8; ++t) {
            m.arrays[t] = new address[](ops.length);
        }
        address[][] memory atSnapshot;
        uint48 snapshotBlock;
        bool pending; // the snapshot block has started but not ended
        for (uint256 o; o < ops.length; ++o) {
            if (ops[o] % 4 == 0) {
                if (pending) atSnapshot = _copy(m.arrays, m.sizes);
                pending = false;
                vm.roll(block.number + 1);
            }
            _apply(m, ops[o]);
            if (o == snapshotAt) {
                // The snapshot is the end of this block: later changes in the same block belong to it.
                snapshotBlock = uint48(block.number);
                pending = true;
            }
        }
        if (pending) atSnapshot = _copy(m.arrays, m.sizes);
        vm.roll(block.number + 1);
        for (uint256 t; t < 8; ++t) {
            assertEq(harness.sizeAt(t, snapshotBlock), atSnapshot[t].length, "historic size");
            for (uint256 k; k < atSnapshot[t].length; ++k) {
                assertEq(harness.memberAt(t, k, snapshotBlock), atSnapshot[t][k], "historic order");
            }
        }
        _checkUnionDraw(atSnapshot, m, seed, first % 8, snapshotBlock);
    }

    function _checkUnionDraw(
        address[][] memory atSnapshot,
        Model memory m,
        uint256 seed,
        uint256 firstTier,
        uint48 snapshotBlock
    ) internal view {
        // Exclude two addresses ever used (members of the union at the snapshot or not) and one outsider.
        address[] memory exclude = new address[](3);
        exclude[0] = m.everyone[seed % m.added];
        exclude[1] = m.everyone[(seed >> 8) % m.added];
        exclude[2] = address(0xdead);
        uint256 union;
        uint256 excludedInUnion;
        for (uint256 t = firstTier; t < 8; ++t) {
            union += atSnapshot[t].length;
            for (uint256 k; k < atSnapshot[t].length; ++k) {
                address a = atSnapshot[t][k];
                if (a == exclude[0] || (exclude[1] != exclude[0] && a == exclude[1])) ++excludedInUnion;
            }
        }
        assertEq(harness.availableAt(exclude, firstTier, snapshotBlock), union - excludedInUnion, "available");
        uint256 count = union - excludedInUnion < 3 ? union - excludedInUnion : 3;
        if (count == 0) return;
        assertEq(
            harness.pickAt(seed, 1, exclude, count, firstTier, snapshotBlock),
            WitnessDrawReference.drawUnion(atSnapshot, firstTier, seed, 1, exclude, count),
            "union draw matches the reference"
        );
    }

    /// @dev The `which`-th member over all model tiers (mod their total), if any.
    function _someMember(uint256[] memory sizes, uint256 which)
        internal
        pure
        returns (uint256 tier, uint256 position, bool found)
    {
        uint256 total;
        for (uint256 t; t < 8; ++t) {
            total += sizes[t];
        }
        if (total == 0) return (0, 0, false);
        which %= total;
        for (tier = 0; which >= sizes[tier]; ++tier) {
            which -= sizes[tier];
        }
        return (tier, which, true);
    }

    function _copy(address[][] memory model, uint256[] memory sizes) internal pure returns (address[][] memory out) {
        out = new address[][](8);
        for (uint256 t; t < 8; ++t) {
            out[t] = new address[](sizes[t]);
            for (uint256 k; k < sizes[t]; ++k) {
                out[t][k] = model[t][k];
            }
        }
    }
}

/// @dev The region rule through the registry: the region is used iff it has max(count, minRegionWitnesses) eligible
///      witnesses outside `exclude` (any threshold from 0 to 10).
contract WitnessDrawRegionFuzzTest is WitnessFixture {
    uint256 internal constant HOME = 7;
    uint256 internal constant AWAY = 8;

    function testFuzz_draw_regionFallbackRule(
        uint256 seed,
        uint256 homeSize,
        uint256 awaySize,
        uint256 excludedHome,
        uint256 count,
        uint256 minRegion
    ) public {
        _redeploy(bound(minRegion, 0, 10));
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
        uint256 threshold = count > registry.minRegionWitnesses() ? count : registry.minRegionWitnesses();
        bool fromHome = homeSize - excludedHome >= threshold;
        uint256 allAvailable = homeSize - excludedHome + awaySize;
        if (allAvailable < count && !fromHome) {
            vm.expectRevert(
                abi.encodeWithSelector(IWitnessRegistry.WitnessNotEnoughEligible.selector, allAvailable, count)
            );
            _draw(1, seed, HOME, exclude, count);
            return;
        }
        vm.recordLogs();
        address[] memory drawn = _draw(1, seed, HOME, exclude, count);
        // The last log is WitnessesDrawn(claimId, seed, drawnRegion, firstTier, setSize, witnesses).
        (, uint256 region,, uint256 setSize,) =
            abi.decode(vm.getRecordedLogs()[1].data, (uint256, uint256, uint256, uint256, address[]));
        assertEq(region, fromHome ? HOME : 0, "region used");
        assertEq(setSize, fromHome ? homeSize : homeSize + awaySize, "size of the set drawn from");
        for (uint256 i; i < count; ++i) {
            (,, uint256 r,,) = registry.witnessInfo(drawn[i]);
            if (fromHome) assertEq(r, HOME);
            for (uint256 e; e < exclude.length; ++e) {
                assertTrue(drawn[i] != exclude[e]);
            }
        }
    }

    /// @dev A registry like the fixture's with region threshold `minRegion`.
    function _redeploy(uint256 minRegion) internal {
        registry = new WitnessRegistry(IERC20(address(usd)), minimumStake, COOLDOWN, 0, minRegion, admin);
        bytes32 claimsRole = registry.CLAIMS_ROLE();
        vm.prank(admin);
        registry.grantRole(claimsRole, claims);
    }
}
