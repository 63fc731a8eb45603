// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {TestStablecoin} from "../../contracts/src/tokens/TestStablecoin.sol";
import {BenchBase} from "./utils/BenchBase.sol";
import {BenchDriver, DepositPlan, IBenchPool} from "./utils/BenchDriver.sol";
import {NaivePool} from "./NaivePool.sol";

/// @notice Transaction gas of the naive reference's settlement (one queued claim), measured in full even when
///         it exceeds a block: the runner reports null above the 30 M block gas limit and keeps the figure.
/// @dev Same steps as MutualPoolGasBench's settleEpoch1: N members join through the real `join`, a warm-up
///      epoch is settled, then one claim is queued and the next epoch settled. No member lapses.
///      1,000,000 members is not run: the loop costs > 5,000 gas per member, so it exceeds a 30 M block from
///      ~5,300 members on, and its 5·10^9 gas would only lengthen the bench.
abstract contract NaivePoolGasBench is BenchBase {
    uint256 internal constant UNIT = 1e6;
    uint256 internal constant EPOCH = 14 days;

    TestStablecoin internal usd;
    BenchDriver internal driver;
    NaivePool internal pool;
    uint256 internal n;
    uint256 internal genesis;
    uint256 internal setupMs;

    /// @dev The pool size this contract measures.
    function _members() internal pure virtual returns (uint256);

    /// @dev The pool is built here, in one call, for the reason given in MutualPoolGasBench.
    function setUp() public {
        n = _members();
        usd = new TestStablecoin("Test USD", "tUSD", 6);
        driver = new BenchDriver();
        pool = new NaivePool(IERC20(address(usd)), 10 * UNIT, EPOCH, address(driver));
        genesis = pool.genesis();
        DepositPlan memory plan = DepositPlan({lowCount: 0, lowBase: 0, highBase: 20 * UNIT, highStep: 1000 * UNIT / n});
        uint256 started = vm.unixTime();
        driver.joinMany(IBenchPool(address(pool)), usd, 0, n, plan);
        setupMs = vm.unixTime() - started;
    }

    function test_measure() public {
        _begin("naive", n);
        _note("setupMs", setupMs);
        assertEq(pool.activeMembers(), n, "setup: every member joined");
        // Epoch 0 warms up (reserve and epoch counter set, every balance written once); epoch 1 is measured.
        driver.queueClaims(IBenchPool(address(pool)), usd, 1, n * UNIT / 100, 0);
        vm.warp(genesis + EPOCH);
        pool.settleEpoch();
        driver.queueClaims(IBenchPool(address(pool)), usd, 1, UNIT, 0);
        vm.warp(genesis + 2 * EPOCH);
        pool.settleEpoch();
        _recordLastCall("naiveSettleEpoch1");
        assertEq(pool.activeMembers(), n, "no member lapsed");
        _end();
    }
}

contract NaivePoolGas_10 is NaivePoolGasBench {
    function _members() internal pure override returns (uint256) {
        return 10;
    }
}

contract NaivePoolGas_1000 is NaivePoolGasBench {
    function _members() internal pure override returns (uint256) {
        return 1000;
    }
}

contract NaivePoolGas_10000 is NaivePoolGasBench {
    function _members() internal pure override returns (uint256) {
        return 10_000;
    }
}

contract NaivePoolGas_100000 is NaivePoolGasBench {
    function _members() internal pure override returns (uint256) {
        return 100_000;
    }
}
