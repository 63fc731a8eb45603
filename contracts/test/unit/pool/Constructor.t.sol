// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {MutualPool} from "../../../src/MutualPool.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";

/// @notice The constructor's checks and role wiring.
contract PoolConstructorTest is PoolFixture {
    IERC20 internal tok;

    function setUp() public override {
        super.setUp();
        tok = IERC20(address(usd));
    }

    function test_constructor_setsParametersAndRoles() public view {
        assertEq(address(pool.token()), address(usd));
        assertEq(pool.epochLength(), EPOCH);
        assertEq(pool.genesis(), block.timestamp);
        assertEq(pool.waitingPeriod(), WAITING);
        assertEq(pool.minimumBalance(), minimum);
        assertTrue(pool.hasRole(pool.DEFAULT_ADMIN_ROLE(), address(timelock)));
        assertTrue(pool.hasRole(pool.GOVERNOR_ROLE(), address(timelock)));
        assertTrue(pool.hasRole(pool.DEFAULT_ADMIN_ROLE(), address(this)));
        assertFalse(pool.hasRole(pool.GOVERNOR_ROLE(), address(this)));
        assertTrue(pool.hasRole(pool.CLAIMS_ROLE(), claims));
        assertTrue(pool.hasRole(pool.CREDITOR_ROLE(), creditor));
        assertEq(pool.nextEpochToSettle(), 0);
        assertEq(pool.index(), 0);
    }

    function test_constructor_noDeployerAdmin() public {
        MutualPool p = new MutualPool(tok, EPOCH, WAITING, minimum, EXIT_NOTICE, address(timelock), address(0));
        assertFalse(p.hasRole(p.DEFAULT_ADMIN_ROLE(), address(0)));
        assertFalse(p.hasRole(p.DEFAULT_ADMIN_ROLE(), address(this)));
        assertTrue(p.hasRole(p.DEFAULT_ADMIN_ROLE(), address(timelock)));
    }

    function test_constructor_zeroTokenReverts() public {
        vm.expectRevert(IMutualPool.PoolZeroAddress.selector);
        new MutualPool(IERC20(address(0)), EPOCH, WAITING, minimum, EXIT_NOTICE, address(timelock), address(this));
    }

    function test_constructor_zeroTimelockReverts() public {
        vm.expectRevert(IMutualPool.PoolZeroAddress.selector);
        new MutualPool(tok, EPOCH, WAITING, minimum, EXIT_NOTICE, address(0), address(this));
    }

    function test_constructor_zeroEpochLengthReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolInvalidParameter.selector, bytes32("epochLength"), 0));
        new MutualPool(tok, 0, WAITING, minimum, EXIT_NOTICE, address(timelock), address(this));
    }

    function test_constructor_epochLongerThanAYearReverts() public {
        uint256 tooLong = 365 days + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IMutualPool.PoolInvalidParameter.selector, bytes32("epochLength"), tooLong)
        );
        new MutualPool(tok, tooLong, WAITING, minimum, EXIT_NOTICE, address(timelock), address(this));
        new MutualPool(tok, 365 days, WAITING, minimum, EXIT_NOTICE, address(timelock), address(this)); // the bound itself is fine
    }

    function test_constructor_waitingPeriodTooLongReverts() public {
        uint256 tooLong = 730 days + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IMutualPool.PoolInvalidParameter.selector, bytes32("waitingPeriod"), tooLong)
        );
        new MutualPool(tok, EPOCH, tooLong, minimum, EXIT_NOTICE, address(timelock), address(this));
    }

    function test_constructor_zeroMinimumBalanceReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolInvalidParameter.selector, bytes32("minimumBalance"), 0));
        new MutualPool(tok, EPOCH, WAITING, 0, EXIT_NOTICE, address(timelock), address(this));
    }
}
