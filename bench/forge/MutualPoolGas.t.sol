// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MutualPool} from "../../contracts/src/MutualPool.sol";
import {TestStablecoin} from "../../contracts/src/tokens/TestStablecoin.sol";
import {MemberView} from "../../contracts/src/types/PoolTypes.sol";
import {BenchBase} from "./utils/BenchBase.sol";
import {BenchMembers, DepositPlan, IJoinable} from "./utils/BenchMembers.sol";

/// @notice Transaction gas of MutualPool's member and settlement paths, at pools of 10 to 1,000,000 members.
/// @dev One test per pool size, each building its pool through real joins and then walking one scenario:
///
///      epoch 0  N members join (bulk helper, unmeasured); a warm-up claim is settled so the index, the
///               reserve and the epoch counter are non-zero, as in a running pool.
///      epoch 1  join (mid-list, exact hint) · joinAtTail (hint 0) · joinWithPermit (mid-list) · topUp (moves
///               a member past ~1% of the list, exact hint); one claim queued; settleEpoch1.
///      epoch 2  ten claims queued; settleEpoch10.
///      epoch 3  requestExit; a claim large enough that a share of 3 units drops the lowest `lapseBatch`
///               members below the minimum; settlement (unmeasured); processLapses(lapseBatch), reported per
///               member lapsed as lapsePerMember; withdraw by the member whose exit was just settled.
///
///      Every measured figure is one isolated transaction (see BenchBase). The scenario is the same at every
///      size, so differences between sizes are the pool's own scaling.
contract MutualPoolGasBench is BenchBase {
    uint256 internal constant UNIT = 1e6;
    uint256 internal constant MINIMUM = 10 * UNIT;
    uint256 internal constant EPOCH = 14 days;
    uint256 internal constant WAITING = 90 days;
    /// @dev Members joined per bulk transaction during setup.
    uint256 internal constant JOIN_CHUNK = 5000;
    /// @dev Largest lapse batch measured (a realistic `processLapses` call); smaller pools lapse half their members.
    uint256 internal constant MAX_LAPSE_BATCH = 100;
    /// @dev Private key of the member who joins with a permit (any non-zero key below the curve order).
    uint256 internal constant PERMIT_KEY = 0xA11CE;

    TestStablecoin internal usd;
    MutualPool internal pool;
    BenchMembers internal members;
    address internal claims = makeAddr("claims");
    uint256 internal claimCount;
    DepositPlan internal plan;

    function test_members_10() public {
        _bench(10);
    }

    function test_members_1000() public {
        _bench(1000);
    }

    function test_members_10000() public {
        _bench(10_000);
    }

    function test_members_100000() public {
        _bench(100_000);
    }

    function test_members_1000000() public {
        _bench(1_000_000);
    }

    function _bench(uint256 n) internal {
        _begin("pool", n);
        _build(n);
        uint256 started = vm.unixTime();
        _epoch1MemberPaths(n);
        _settleWith(_dusty(UNIT), 1);
        _recordLastCall("settleEpoch1");
        _settleWith(_dusty(10 * UNIT), 10);
        _recordLastCall("settleEpoch10");
        _epoch3ExitAndLapses(n);
        _recordMs("measure", started);
        _end();
    }

    /// @dev Epoch 0: N members join through the bulk helper; a warm-up claim is settled.
    function _build(uint256 n) internal {
        uint256 lapseBatch = n / 2 < MAX_LAPSE_BATCH ? n / 2 : MAX_LAPSE_BATCH;
        // Lapse block: 12 units each (lapses after a 3-unit share). The rest: 20 to 1,020 units, evenly spread.
        plan = DepositPlan({
            lowCount: lapseBatch, lowBase: 12 * UNIT, highBase: 20 * UNIT, highStep: 1000 * UNIT / (n - lapseBatch)
        });
        _note("lapseBatch", lapseBatch);
        usd = new TestStablecoin("Test USD", "tUSD", 6);
        pool = new MutualPool(IERC20(address(usd)), EPOCH, WAITING, MINIMUM, makeAddr("timelock"), address(this));
        pool.grantRole(pool.CLAIMS_ROLE(), claims);
        members = new BenchMembers();
        uint256 started = vm.unixTime();
        for (uint256 from; from < n; from += JOIN_CHUNK) {
            uint256 count = n - from < JOIN_CHUNK ? n - from : JOIN_CHUNK;
            members.joinMany(IJoinable(address(pool)), usd, from, count, plan);
        }
        _recordMs("setup", started);
        assertEq(pool.activeMembers(), n, "setup: every member joined");
        _settleWith(_dusty(n * UNIT / 100), 1); // warm-up: a running pool has index, reserve and epoch ≠ 0
    }

    /// @dev Epoch 1: joins (mid-list with an exact hint, at the tail, with a permit) and a top-up.
    function _epoch1MemberPaths(uint256 n) internal {
        address joiner = _funded(makeAddr("joiner"), 1000 * UNIT);
        uint256 deposit = 520 * UNIT + 1; // the middle of the list
        uint32 hint = _predecessor(int256(deposit) + pool.index(), 0, n);
        vm.prank(joiner);
        pool.join(keccak256("bench-joiner"), deposit, hint);
        _recordLastCall("join");

        address tailJoiner = _funded(makeAddr("tail-joiner"), 3000 * UNIT);
        vm.prank(tailJoiner);
        pool.join(keccak256("bench-tail-joiner"), 2000 * UNIT, 0);
        _recordLastCall("joinAtTail");

        _joinWithPermit(n);

        address topper = members.memberAddress(plan.lowCount + (n - plan.lowCount) / 2);
        uint32 toppedId = pool.memberIdOf(topper);
        int256 newKey = int256(pool.memberRecord(toppedId).key) + int256(10 * UNIT);
        hint = _predecessor(newKey, toppedId, n);
        vm.prank(topper);
        pool.topUp(10 * UNIT, hint);
        _recordLastCall("topUp");
        assertEq(pool.memberRecord(toppedId).prev, hint, "topUp: placed after the hinted member");
    }

    /// @dev Epoch 3: an exit; a charge that drops the low block below the minimum; its lapses; the withdrawal.
    function _epoch3ExitAndLapses(uint256 n) internal {
        address leaver = members.memberAddress(plan.lowCount + (n - plan.lowCount) / 3);
        vm.prank(leaver);
        pool.requestExit();
        _recordLastCall("requestExit");

        _settleWith(pool.activeMembers() * 3 * UNIT, 1);
        assertTrue(pool.lapsesPending(), "lapse: the charge left members below the minimum");
        uint256 activeBefore = pool.activeMembers();
        uint256 batch = plan.lowCount;
        pool.processLapses(batch);
        uint256 lapseGas = _recordLastCall("processLapsesBatch");
        assertEq(activeBefore - pool.activeMembers(), batch, "lapse: exactly the low block lapsed");
        assertFalse(pool.lapsesPending(), "lapse: none left");
        _record("lapsePerMember", lapseGas / batch);

        vm.prank(leaver);
        pool.withdraw();
        _recordLastCall("withdraw");
        assertEq(uint8(pool.statusOf(leaver)), uint8(MemberView.Exited), "withdraw: member left");
    }

    /// @dev A fresh member joins with an EIP-2612 permit and no prior approval, into the middle of the list.
    function _joinWithPermit(uint256 n) internal {
        address signer = vm.addr(PERMIT_KEY);
        usd.faucet(signer, 1000 * UNIT);
        uint256 deposit = 270 * UNIT + 1;
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                signer,
                address(pool),
                deposit,
                usd.nonces(signer),
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(PERMIT_KEY, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
        uint32 hint = _predecessor(int256(deposit) + pool.index(), 0, n);
        vm.prank(signer);
        pool.joinWithPermit(keccak256("bench-permit-joiner"), deposit, hint, deadline, v, r, s);
        _recordLastCall("joinWithPermit");
        assertEq(usd.allowance(signer, address(pool)), 0, "permit: allowance used up");
    }

    /// @dev Queues `claims_` payments totalling `total` in the current epoch to recipients who already hold
    ///      tokens (a patient's wallet is rarely empty), ends the epoch and settles it. The caller records.
    function _settleWith(uint256 total, uint256 claims_) internal {
        for (uint256 k; k < claims_; ++k) {
            address patient = makeAddr(string.concat("patient-", vm.toString(claimCount)));
            usd.faucet(patient, UNIT);
            uint256 amount = k + 1 == claims_ ? total - (total / claims_) * k : total / claims_;
            vm.prank(claims);
            pool.queuePayment(++claimCount, patient, amount);
        }
        vm.warp(pool.genesis() + (pool.nextEpochToSettle() + 1) * EPOCH);
        pool.settleEpoch();
    }

    /// @dev `amount`, nudged so that sharing it among the active members leaves dust: otherwise whether the
    ///      reserve is written would depend on divisibility, i.e. on the pool size, not on its design.
    function _dusty(uint256 amount) internal view returns (uint256) {
        uint256 active = pool.activeMembers();
        return amount % active == 0 ? amount + 1 : amount;
    }

    function _funded(address who, uint256 amount) internal returns (address) {
        usd.faucet(who, amount);
        vm.prank(who);
        usd.approve(address(pool), type(uint256).max);
        return who;
    }

    /// @dev The id after which `key` belongs once `exclude` (a member being moved, or 0) is unlinked: what an
    ///      off-chain client computes from indexed data. Binary search over the bulk-joined members (ids 1..n,
    ///      ascending keys, none moved before this is used), then a walk over members inserted since.
    function _predecessor(int256 key, uint32 exclude, uint256 n) internal view returns (uint32 pred) {
        uint256 lo = 1;
        uint256 hi = n;
        while (lo <= hi) {
            uint256 mid = (lo + hi) / 2;
            if (pool.memberRecord(uint32(mid)).key <= key) {
                pred = uint32(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (pred != 0 && pred == exclude) pred = pool.memberRecord(exclude).prev;
        while (true) {
            (uint32 head,,) = pool.sortedMembers();
            uint32 next = pred == 0 ? head : pool.memberRecord(pred).next;
            if (next != 0 && next == exclude) next = pool.memberRecord(exclude).next;
            if (next == 0 || pool.memberRecord(next).key > key) return pred;
            pred = next;
        }
    }
}
