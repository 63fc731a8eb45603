// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title ExactTransfer
/// @notice Pulls tokens into the calling contract and says how many arrived. Every contract that holds members' money
///         books exactly what it asked for, so a token that delivers less (a fee, which USDT can switch on, or a
///         rebase) must be refused: each caller compares and reverts with its own error, naming both amounts.
library ExactTransfer {
    using SafeERC20 for IERC20;

    /// @notice `safeTransferFrom(from, this, amount)`, measured by the balance before and after.
    /// @return received Tokens that arrived.
    function pull(IERC20 token, address from, uint256 amount) internal returns (uint256 received) {
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(from, address(this), amount);
        received = token.balanceOf(address(this)) - before;
    }
}
