// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolFixture} from "../../utils/PoolFixture.sol";
import {MemberView} from "../../../src/types/PoolTypes.sol";

/// @notice Unit-test base whose token decimals are chosen by the concrete suite, so the core flows run
///         with 6 (USDC-like) and 18 (DAI-like) decimals. Amounts are written in whole units (`unit`).
abstract contract PoolUnitBase is PoolFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal patient = makeAddr("patient");

    function _decimals() internal pure virtual returns (uint8);

    function setUp() public virtual override {
        _deploy(_decimals());
    }

    /// @dev ceil(a / b), computed here independently of the pool's library.
    function _ceil(uint256 a, uint256 b) internal pure returns (uint256) {
        return a / b + (a % b == 0 ? 0 : 1);
    }

    function _status(address who) internal view returns (uint8) {
        return uint8(pool.statusOf(who));
    }

    function _is(MemberView v) internal pure returns (uint8) {
        return uint8(v);
    }

    /// @dev alice (12) and bob (100) join; a 10-unit claim is charged 5 each; alice (7 < 10) lapses.
    function _lapseAlice() internal {
        _join(alice, 12 * unit);
        _join(bob, 100 * unit);
        _queue(1, patient, 10 * unit);
        _settleNext();
        pool.processLapses(10);
        assertEq(_status(alice), _is(MemberView.Lapsed), "alice lapsed");
    }
}
