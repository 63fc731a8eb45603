// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MutualPool} from "../../src/MutualPool.sol";
import {TestStablecoin} from "../../src/tokens/TestStablecoin.sol";

/// @notice Shared setup: a 6-decimal test stablecoin, a timelock with a delay longer than one epoch, and a
///         pool whose claims and creditor roles are held by this test contract (standing in for the modules).
abstract contract PoolFixture is Test {
    uint256 internal constant EPOCH = 14 days;
    uint256 internal constant WAITING = 90 days;
    uint256 internal constant GOVERNANCE_DELAY = 21 days;

    TestStablecoin internal usd;
    TimelockController internal timelock;
    MutualPool internal pool;
    uint256 internal unit;
    uint256 internal minimum;

    address internal claims = makeAddr("claims");
    address internal creditor = makeAddr("creditor");

    function setUp() public virtual {
        _deploy(6);
    }

    function _deploy(uint8 decimals) internal {
        usd = new TestStablecoin("Test USD", "tUSD", decimals);
        unit = 10 ** decimals;
        minimum = 10 * unit;
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        timelock = new TimelockController(GOVERNANCE_DELAY, proposers, executors, address(0));
        pool = new MutualPool(IERC20(address(usd)), EPOCH, WAITING, minimum, address(timelock), address(this));
        pool.grantRole(pool.CLAIMS_ROLE(), claims);
        pool.grantRole(pool.CREDITOR_ROLE(), creditor);
    }

    function _fund(address who, uint256 amount) internal {
        usd.faucet(who, amount);
        vm.prank(who);
        usd.approve(address(pool), type(uint256).max);
    }

    function _commitment(address who) internal pure returns (bytes32) {
        return keccak256(abi.encode("lashou-test-identity", who));
    }

    function _join(address who, uint256 deposit) internal {
        _fund(who, deposit);
        vm.prank(who);
        pool.join(_commitment(who), deposit, 0);
    }
}
