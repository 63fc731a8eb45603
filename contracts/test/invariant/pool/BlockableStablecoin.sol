// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TestStablecoin} from "../../../src/tokens/TestStablecoin.sol";

/// @notice The test stablecoin with a USDC-style block on receiving: a transfer to a blocked address reverts, so
///         the pool's payout to it fails and is kept as an unclaimed payout.
contract BlockableStablecoin is TestStablecoin {
    mapping(address account => bool) public blocked;

    error BlockableStablecoinBlocked(address account);

    constructor(uint8 decimals_) TestStablecoin("Test USD", "tUSD", decimals_) {}

    function setBlocked(address account, bool value) external {
        blocked[account] = value;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[to]) revert BlockableStablecoinBlocked(to);
        super._update(from, to, value);
    }
}
