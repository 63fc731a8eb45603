// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {EqualShare} from "../../src/libraries/EqualShare.sol";

/// @notice EqualShare on its own: charges round up, credits round down, and the dust is exact and small.
contract EqualShareFuzzTest is Test {
    uint256 internal constant MAX_AMOUNT = 2 ** 200;
    uint256 internal constant MAX_MEMBERS = 2 ** 32 - 1;

    function testFuzz_charge_coversTotalWithDustBelowMembers(uint256 total, uint256 members) public pure {
        total = bound(total, 0, MAX_AMOUNT);
        members = bound(members, 1, MAX_MEMBERS);
        (uint256 share, uint256 dust) = EqualShare.charge(total, members);
        assertGe(share * members, total, "share * N >= total");
        assertEq(share * members, total + dust, "exact: charged == total + dust");
        assertLt(dust, members, "dust < N");
    }

    function testFuzz_charge_isTheSmallestCoveringShare(uint256 total, uint256 members) public pure {
        total = bound(total, 1, MAX_AMOUNT);
        members = bound(members, 1, MAX_MEMBERS);
        (uint256 share,) = EqualShare.charge(total, members);
        assertLt((share - 1) * members, total, "one unit less would not cover the total");
    }

    function testFuzz_charge_neverAboveCapWhenCollectible(uint256 requested, uint256 members, uint256 cap) public pure {
        members = bound(members, 1, MAX_MEMBERS);
        cap = bound(cap, 1, 2 ** 96 - 1);
        requested = bound(requested, 1, MAX_AMOUNT);
        uint256 collected = EqualShare.collectible(requested, members, cap);
        assertEq(collected, requested < members * cap ? requested : members * cap);
        (uint256 share,) = EqualShare.charge(collected, members);
        assertLe(share, cap, "a share never exceeds the cap (the minimum balance)");
    }

    function testFuzz_credit_neverCreditsMoreThanReceived(uint256 amount, uint256 members) public pure {
        amount = bound(amount, 0, MAX_AMOUNT);
        members = bound(members, 1, MAX_MEMBERS);
        (uint256 perMember, uint256 dust) = EqualShare.credit(amount, members);
        assertLe(perMember * members, amount, "credited <= amount");
        assertEq(perMember * members + dust, amount, "exact: credited + dust == amount");
        assertLt(dust, members, "credit dust < N");
        assertGt((perMember + 1) * members, amount, "one unit more would overspend");
    }

    function testFuzz_charge_divisibleTotalsLeaveNoDust(uint256 share, uint256 members) public pure {
        share = bound(share, 0, 2 ** 96);
        members = bound(members, 1, MAX_MEMBERS);
        (uint256 s, uint256 dust) = EqualShare.charge(share * members, members);
        assertEq(s, share);
        assertEq(dust, 0);
    }
}
