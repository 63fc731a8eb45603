// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {console} from "forge-std/Test.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {PoolHandler} from "./PoolHandler.sol";
import {Member, EpochRecord} from "../../../src/types/PoolTypes.sol";

/// @notice The pool's money properties (DESIGN.md, "Money: equal shares in O(1)"), checked after every
///         call of a handler that joins, tops up, exits, withdraws, queues payments, credits, lapses,
///         settles and lets time pass. The handler keeps independent books (ghost state); see PoolHandler.
contract PoolInvariantsTest is PoolFixture {
    PoolHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new PoolHandler(pool, usd, EPOCH);
        pool.grantRole(pool.CLAIMS_ROLE(), address(handler));
        pool.grantRole(pool.CREDITOR_ROLE(), address(handler));

        bytes4[] memory selectors = new bytes4[](9);
        selectors[0] = PoolHandler.join.selector;
        selectors[1] = PoolHandler.topUp.selector;
        selectors[2] = PoolHandler.requestExit.selector;
        selectors[3] = PoolHandler.withdraw.selector;
        selectors[4] = PoolHandler.queuePayment.selector;
        selectors[5] = PoolHandler.settleEpoch.selector;
        selectors[6] = PoolHandler.creditMembers.selector;
        selectors[7] = PoolHandler.processLapses.selector;
        selectors[8] = PoolHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice The pool holds exactly what it owes: member funds, reserve and unclaimed payouts — and the
    ///         ghost's books, kept member by member, agree.
    function invariant_Conservation() public view {
        uint256 held = usd.balanceOf(address(pool));
        assertEq(held, pool.memberFunds() + pool.reserve() + pool.unclaimedPayouts(), "pool's own books");
        assertEq(held, handler.ghostMemberFunds() + handler.ghostReserve() + pool.unclaimedPayouts(), "ghost books");
    }

    /// @notice memberFunds() (Σ keys − N·C + frozen) equals Σ of the ghost's per-member balances.
    function invariant_MemberFundsMatchGhost() public view {
        assertEq(pool.memberFunds(), handler.ghostMemberFunds());
        for (uint256 i; i < handler.ACTORS(); ++i) {
            assertEq(pool.balanceOf(handler.actors(i)), handler.ghostBalance(i), "per-member balance");
        }
        assertEq(pool.reserve(), handler.ghostReserve(), "reserve");
        assertEq(pool.queuedPayments(), handler.ghostQueued(), "queued payments");
    }

    /// @notice Every member counted in a settlement had at least M, and no share was above M: each could pay.
    function invariant_CountedMembersCouldPay() public view {
        assertEq(handler.violationCountedBelowMinimum(), 0, "a counted member was below the minimum");
        assertEq(handler.violationShareAboveMinimum(), 0, "a share above the minimum balance");
        assertEq(handler.violationWrongLapse(), 0, "a member lapsed with a balance >= M");
    }

    /// @notice No member was ever charged more than its balance (no ghost balance went negative).
    function invariant_NoMemberChargedMoreThanBalance() public view {
        assertEq(handler.violationChargedBeyondBalance(), 0);
    }

    /// @notice Σ charged (share × N per settled epoch, read from the pool's records) == Σ paid out
    ///         (to recipients or kept as unclaimed) + the reserve added by settlements.
    function invariant_ChargedEqualsPaidPlusReserve() public view {
        uint256 charged;
        for (uint256 e; e < pool.nextEpochToSettle(); ++e) {
            EpochRecord memory r = pool.epochRecord(e);
            charged += uint256(r.share) * r.members;
        }
        uint256 paid = pool.unclaimedPayouts();
        for (uint256 i; i < handler.RECIPIENTS(); ++i) {
            paid += usd.balanceOf(handler.recipients(i));
        }
        assertEq(charged, handler.ghostChargedTotal(), "ghost charged");
        assertEq(paid, handler.ghostCollectedTotal(), "paid out");
        assertEq(pool.reserve() - handler.ghostReserveFromCredits(), handler.ghostReserveFromSettlements());
        assertEq(charged, paid + handler.ghostReserveFromSettlements(), "charged == paid + settlement reserve");
        assertEq(handler.violationSettlementMismatch(), 0, "settlement differs from the ghost");
    }

    /// @notice The sorted list is sorted, its links and size are right, it holds every active member and only
    ///         members still in the pool, and activeMembers() is the ghost's count.
    function invariant_SortedListMatchesGhost() public view {
        (uint32 head, uint32 tail, uint256 size) = pool.sortedMembers();
        uint32 prev;
        uint32 cursor = head;
        uint256 count;
        int96 last = type(int96).min;
        while (cursor != 0) {
            Member memory m = pool.memberRecord(cursor);
            assertTrue(m.linked, "linked flag");
            assertEq(m.prev, prev, "prev link");
            assertGe(m.key, last, "ascending keys");
            uint256 actor = uint256(uint160(_actorOf(cursor)));
            assertTrue(
                handler.ghostIs(actor, PoolHandler.G.Active) || handler.ghostIs(actor, PoolHandler.G.Exiting),
                "only active or exiting members are listed"
            );
            last = m.key;
            prev = cursor;
            cursor = m.next;
            ++count;
            assertLe(count, handler.ACTORS(), "no cycle");
        }
        assertEq(prev, tail, "tail");
        assertEq(count, size, "size");
        for (uint256 i; i < handler.ACTORS(); ++i) {
            if (handler.ghostIs(i, PoolHandler.G.Active)) {
                assertTrue(pool.memberRecord(pool.memberIdOf(handler.actors(i))).linked, "active member listed");
            }
        }
        assertEq(pool.activeMembers(), handler.ghostCountedMembers(), "activeMembers()");
    }

    /// @notice Every withdrawal returned exactly the ghost balance, and nothing the ghost allowed was refused.
    function invariant_WithdrawalsMatchGhost() public view {
        assertEq(handler.violationWithdrawMismatch(), 0, "withdrawal != ghost balance");
        assertEq(handler.violationUnexpectedRevert(), 0, "an action the ghost allowed reverted (or the reverse)");
    }

    /// @dev The actor index of member id `id` (ids are given in join order to the handler's actors).
    function _actorOf(uint32 id) internal view returns (address) {
        for (uint256 i; i < handler.ACTORS(); ++i) {
            if (pool.memberIdOf(handler.actors(i)) == id) return address(uint160(i));
        }
        revert("listed id belongs to no actor");
    }

    /// @dev With -vv, shows what the last run actually did (so a run that does nothing is visible).
    function afterInvariant() public view {
        string memory line = string.concat("joins ", vm.toString(handler.calls("join")), " settlements ");
        line = string.concat(line, vm.toString(handler.calls("settleEpoch")), " lapses ");
        line = string.concat(line, vm.toString(handler.calls("lapsed")), " rejoins ");
        line = string.concat(line, vm.toString(handler.calls("rejoined")), " exits ");
        line = string.concat(line, vm.toString(handler.calls("requestExit")), " withdrawals ");
        line = string.concat(line, vm.toString(handler.calls("withdraw")), " instalments ");
        line = string.concat(line, vm.toString(handler.calls("instalment")), " charged ");
        console.log(string.concat(line, vm.toString(handler.ghostChargedTotal())));
    }
}
