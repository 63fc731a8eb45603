// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {console} from "forge-std/Test.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {PoolHandler} from "./PoolHandler.sol";
import {BlockableStablecoin} from "./BlockableStablecoin.sol";
import {TestStablecoin} from "../../../src/tokens/TestStablecoin.sol";
import {Member, EpochRecord} from "../../../src/types/PoolTypes.sol";

/// @notice The pool's money properties (DESIGN.md, "Money: equal shares in O(1)"), checked after every
///         call of a handler that joins, tops up, exits, withdraws, queues, lowers and reclaims payments,
///         credits, expels, lapses, settles, blocks recipients, changes the minimum, enters run-off, sweeps the
///         reserve and lets time pass. The handler keeps independent books (ghost state); see PoolHandler.
contract PoolInvariantsTest is PoolFixture {
    PoolHandler internal handler;

    function _poolToken(uint8 decimals) internal override returns (address) {
        return address(new BlockableStablecoin(decimals));
    }

    function setUp() public override {
        super.setUp();
        handler = new PoolHandler(pool, BlockableStablecoin(address(usd)), EPOCH, address(timelock));
        pool.grantRole(pool.CLAIMS_ROLE(), address(handler));
        pool.grantRole(pool.CREDITOR_ROLE(), address(handler));

        bytes4[] memory selectors = new bytes4[](21);
        selectors[0] = PoolHandler.join.selector;
        selectors[1] = PoolHandler.topUp.selector;
        selectors[2] = PoolHandler.requestExit.selector;
        selectors[3] = PoolHandler.withdraw.selector;
        selectors[4] = PoolHandler.queuePayment.selector;
        selectors[5] = PoolHandler.settleEpoch.selector;
        selectors[6] = PoolHandler.creditMembers.selector;
        selectors[7] = PoolHandler.processLapses.selector;
        selectors[8] = PoolHandler.warp.selector;
        selectors[9] = PoolHandler.expel.selector;
        selectors[10] = PoolHandler.reducePayment.selector;
        selectors[11] = PoolHandler.setBlocked.selector;
        selectors[12] = PoolHandler.releasePayout.selector;
        selectors[13] = PoolHandler.reclaimUnclaimedPayout.selector;
        selectors[14] = PoolHandler.setMinimumBalance.selector;
        selectors[15] = PoolHandler.startRunOff.selector;
        selectors[16] = PoolHandler.sweepReserve.selector;
        // Settling, queuing, leaving and joining twice as often as the rest keeps members and claims flowing.
        selectors[17] = PoolHandler.settleEpoch.selector;
        selectors[18] = PoolHandler.queuePayment.selector;
        selectors[19] = PoolHandler.requestExit.selector;
        selectors[20] = PoolHandler.join.selector;
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
        for (uint256 r; r < handler.RECIPIENTS(); ++r) {
            assertEq(pool.unclaimedPayoutOf(handler.recipients(r)), handler.ghostUnclaimed(r), "unclaimed payout");
        }
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

    /// @notice Σ charged (share × N per settled epoch, read from the pool's records) + Σ taken from the reserve
    ///         == Σ paid out (to recipients, kept as unclaimed, or reclaimed for the members) + the reserve added
    ///         by settlements; and the reserve is exactly what credits and settlements added, less what
    ///         settlements used and what was swept.
    function invariant_ChargedEqualsPaidPlusReserve() public view {
        uint256 charged;
        for (uint256 e; e < pool.nextEpochToSettle(); ++e) {
            EpochRecord memory r = pool.epochRecord(e);
            charged += uint256(r.share) * r.members;
        }
        uint256 paid = pool.unclaimedPayouts() + handler.ghostReclaimed();
        for (uint256 i; i < handler.RECIPIENTS(); ++i) {
            paid += usd.balanceOf(handler.recipients(i));
        }
        assertEq(charged, handler.ghostChargedTotal(), "ghost charged");
        assertEq(paid, handler.ghostCollectedTotal(), "paid out");
        assertEq(
            pool.reserve() + handler.ghostReserveUsed() + handler.ghostReserveSwept(),
            handler.ghostReserveFromCredits() + handler.ghostReserveFromSettlements(),
            "reserve == credits' dust + settlements' dust - used - swept"
        );
        assertEq(usd.balanceOf(handler.successor()), handler.ghostReserveSwept(), "swept to the successor");
        assertEq(
            charged + handler.ghostReserveUsed(),
            paid + handler.ghostReserveFromSettlements(),
            "charged + reserve used == paid + settlement reserve"
        );
        assertEq(handler.violationSettlementMismatch(), 0, "settlement differs from the ghost");
    }

    /// @notice No leaver was charged more than `maxChargeBeforeExit` promised when it asked to leave (or was
    ///         expelled), whatever the minimum balance did meanwhile; no epoch's cap exceeded the minimum.
    function invariant_ExitPromisesKept() public view {
        assertEq(handler.violationPromiseBroken(), 0, "a leaver was charged more than promised");
        assertEq(handler.violationCapAboveMinimum(), 0, "a share cap above the minimum balance");
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
        line = string.concat(line, vm.toString(handler.ghostChargedTotal()), " expels ");
        line = string.concat(line, vm.toString(handler.calls("expel")), " reduced ");
        line = string.concat(line, vm.toString(handler.calls("reducePayment")), " reclaims ");
        line = string.concat(line, vm.toString(handler.calls("reclaim")), " reserve used ");
        line = string.concat(line, vm.toString(handler.calls("reserve used")), " M changes ");
        line = string.concat(line, vm.toString(handler.calls("setMinimumBalance")), " run-offs ");
        line = string.concat(line, vm.toString(handler.calls("startRunOff")), " sweeps ");
        console.log(string.concat(line, vm.toString(handler.calls("sweepReserve"))));
    }
}
