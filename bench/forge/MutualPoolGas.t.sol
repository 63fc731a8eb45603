// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MutualPool} from "../../contracts/src/MutualPool.sol";
import {TestStablecoin} from "../../contracts/src/tokens/TestStablecoin.sol";
import {MemberView} from "../../contracts/src/types/PoolTypes.sol";
import {BenchBase} from "./utils/BenchBase.sol";
import {BenchDriver, DepositPlan, IBenchPool} from "./utils/BenchDriver.sol";

/// @notice Transaction gas of MutualPool's member and settlement paths, at pools of 10 to 1,000,000 members.
/// @dev One contract per pool size (below), each building its pool through real joins and walking one scenario:
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
///
///      Speed. Under `isolate`, forge runs each call of the test as a transaction and first copies the state
///      the test has touched so far (foundry `transact_inner`); with a pool of 10^6 members in that state, each
///      call would cost seconds. So the pool is built in `setUp()`, whose changes forge commits to its backend
///      database: the test function then starts with an empty journal and its isolated calls stay cheap. The
///      build is one call to BenchDriver.joinMany. One contract per pool size, since `setUp` cannot take a
///      parameter.
abstract contract MutualPoolGasBench is BenchBase {
    uint256 internal constant UNIT = 1e6;
    uint256 internal constant MINIMUM = 10 * UNIT;
    uint256 internal constant EPOCH = 14 days;
    uint256 internal constant WAITING = 90 days;
    uint256 internal constant EXIT_NOTICE = 7 days;
    /// @dev Largest lapse batch measured (a realistic `processLapses` call); smaller pools lapse half their members.
    uint256 internal constant MAX_LAPSE_BATCH = 100;
    /// @dev Private key of the member who joins with a permit (any non-zero key below the curve order).
    uint256 internal constant PERMIT_KEY = 0xA11CE;

    TestStablecoin internal usd;
    MutualPool internal pool;
    BenchDriver internal driver;
    DepositPlan internal plan;
    uint256 internal n;
    uint256 internal genesis;
    uint256 internal settled;
    uint256 internal setupMs;

    /// @dev The pool size this contract measures.
    function _members() internal pure virtual returns (uint256);

    /// @dev Epoch 0: N members join through the driver, in one call. Nothing else may follow it here (each
    ///      further isolated call would copy the whole pool).
    function setUp() public {
        n = _members();
        uint256 lapseBatch = n / 2 < MAX_LAPSE_BATCH ? n / 2 : MAX_LAPSE_BATCH;
        // Lapse block: 12 units each (lapses after a 3-unit share). The rest: 20 to 1,020 units, evenly spread.
        plan = DepositPlan({
            lowCount: lapseBatch, lowBase: 12 * UNIT, highBase: 20 * UNIT, highStep: 1000 * UNIT / (n - lapseBatch)
        });
        usd = new TestStablecoin("Test USD", "tUSD", 6);
        pool = new MutualPool(IERC20(address(usd)), EPOCH, WAITING, MINIMUM, EXIT_NOTICE, makeAddr("timelock"), address(this));
        driver = new BenchDriver();
        pool.grantRole(pool.CLAIMS_ROLE(), address(driver));
        genesis = pool.genesis();
        uint256 started = vm.unixTime();
        driver.joinMany(IBenchPool(address(pool)), usd, 0, n, plan);
        setupMs = vm.unixTime() - started;
    }

    function test_measure() public {
        _begin("pool", n);
        _note("lapseBatch", plan.lowCount);
        _note("setupMs", setupMs);
        uint256 started = vm.unixTime();
        assertEq(pool.activeMembers(), n, "setup: every member joined");
        _settle(1, n * UNIT / 100, 0); // warm-up: a running pool has index, reserve and epoch ≠ 0
        _epoch1MemberPaths();
        _settle(1, UNIT, 0);
        _recordLastCall("settleEpoch1");
        _settle(10, 10 * UNIT, 0);
        _recordLastCall("settleEpoch10");
        _epoch3ExitAndLapses();
        _recordMs("measure", started);
        _end();
    }

    /// @dev Epoch 1: joins (mid-list with an exact hint, at the tail, with a permit) and a top-up.
    function _epoch1MemberPaths() internal {
        int256 index = pool.index();
        address joiner = makeAddr("joiner");
        driver.fund(usd, joiner, 1000 * UNIT, address(pool));
        uint256 deposit = 520 * UNIT + 1; // the middle of the list
        uint32 hint = driver.predecessor(pool, int256(deposit) + index, 0, n);
        vm.prank(joiner);
        pool.join(keccak256("bench-joiner"), deposit, hint);
        _recordLastCall("join");

        address tailJoiner = makeAddr("tail-joiner");
        driver.fund(usd, tailJoiner, 3000 * UNIT, address(pool));
        vm.prank(tailJoiner);
        pool.join(keccak256("bench-tail-joiner"), 2000 * UNIT, 0);
        _recordLastCall("joinAtTail");

        _joinWithPermit(index);
        _topUp();
    }

    /// @dev A fresh member joins with an EIP-2612 permit and no prior approval, into the middle of the list.
    function _joinWithPermit(int256 index) internal {
        address signer = vm.addr(PERMIT_KEY);
        driver.fund(usd, signer, 1000 * UNIT, address(0));
        uint256 deposit = 270 * UNIT + 1;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = driver.permit(usd, PERMIT_KEY, address(pool), deposit, deadline);
        uint32 hint = driver.predecessor(pool, int256(deposit) + index, 0, n);
        vm.prank(signer);
        pool.joinWithPermit(keccak256("bench-permit-joiner"), deposit, hint, deadline, v, r, s);
        _recordLastCall("joinWithPermit");
    }

    /// @dev Ten more units move a member of the middle past ~1% of the list (10,000 places at 10^6 members).
    function _topUp() internal {
        uint256 toppedIndex = plan.lowCount + (n - plan.lowCount) / 2;
        uint32 toppedId = uint32(toppedIndex + 1);
        int256 newKey = int256(driver.depositOf(plan, toppedIndex) + 10 * UNIT);
        uint32 hint = driver.predecessor(pool, newKey, toppedId, n);
        vm.prank(driver.memberAddress(toppedIndex));
        pool.topUp(10 * UNIT, hint);
        _recordLastCall("topUp");
        assertEq(pool.memberRecord(toppedId).prev, hint, "topUp: placed after the hinted member");
    }

    /// @dev Epoch 3: an exit; a charge that drops the low block below the minimum; its lapses; the withdrawal.
    function _epoch3ExitAndLapses() internal {
        address leaver = driver.memberAddress(plan.lowCount + (n - plan.lowCount) / 3);
        vm.prank(leaver);
        pool.requestExit();
        _recordLastCall("requestExit");

        _settle(1, 0, 3 * UNIT); // a 3-unit share: the low block falls below the minimum of 10
        uint256 batch = plan.lowCount;
        pool.processLapses(batch);
        uint256 lapseGas = _recordLastCall("processLapsesBatch");
        _record("lapsePerMember", lapseGas / batch);
        // Members now: n + 3 joined − the leaver − the lapsed block.
        assertEq(pool.activeMembers(), n + 3 - 1 - batch, "lapse: exactly the low block lapsed");
        assertFalse(pool.lapsesPending(), "lapse: none left");

        vm.prank(leaver);
        pool.withdraw();
        _recordLastCall("withdraw");
        assertEq(uint8(pool.statusOf(leaver)), uint8(MemberView.Exited), "withdraw: member left");
    }

    /// @dev Queues `claims` claims (see BenchDriver.queueClaims), ends the current epoch and settles it. The
    ///      caller records the settlement.
    function _settle(uint256 claims, uint256 total, uint256 perMember) internal {
        driver.queueClaims(IBenchPool(address(pool)), usd, claims, total, perMember);
        vm.warp(genesis + (settled + 1) * EPOCH);
        pool.settleEpoch();
        ++settled;
    }
}

contract MutualPoolGas_10 is MutualPoolGasBench {
    function _members() internal pure override returns (uint256) {
        return 10;
    }
}

contract MutualPoolGas_1000 is MutualPoolGasBench {
    function _members() internal pure override returns (uint256) {
        return 1000;
    }
}

contract MutualPoolGas_10000 is MutualPoolGasBench {
    function _members() internal pure override returns (uint256) {
        return 10_000;
    }
}

contract MutualPoolGas_100000 is MutualPoolGasBench {
    function _members() internal pure override returns (uint256) {
        return 100_000;
    }
}

contract MutualPoolGas_1000000 is MutualPoolGasBench {
    function _members() internal pure override returns (uint256) {
        return 1_000_000;
    }
}
