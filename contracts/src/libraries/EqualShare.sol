// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title EqualShare
/// @notice The arithmetic of charging and crediting N members equally in token units.
/// @dev Amounts are whole token units (the token's own decimals), so every rounding remainder is an exact
///      number of units that goes to the pool's reserve. Charges round up, credits round down: rounding
///      always favours the pool, and `charged == total + dust` holds exactly.
library EqualShare {
    /// @notice The per-member share of `total` spread over `members`, rounded up, and the dust it leaves.
    /// @param total The amount to collect.
    /// @param members How many members pay (must be non-zero).
    /// @return share `ceil(total / members)`.
    /// @return dust `share * members - total`, always `< members`.
    function charge(uint256 total, uint256 members) internal pure returns (uint256 share, uint256 dust) {
        share = Math.ceilDiv(total, members);
        dust = share * members - total;
    }

    /// @notice The per-member part of a credit of `amount` spread over `members`, rounded down, and the dust.
    /// @param amount The amount to credit.
    /// @param members How many members receive it (must be non-zero).
    /// @return perMember `floor(amount / members)`.
    /// @return dust `amount - perMember * members`, always `< members`.
    function credit(uint256 amount, uint256 members) internal pure returns (uint256 perMember, uint256 dust) {
        perMember = amount / members;
        dust = amount - perMember * members;
    }

    /// @notice How much of `requested` can be collected when `members` pay at most `cap` each.
    /// @return The smaller of `requested` and `members * cap`.
    function collectible(uint256 requested, uint256 members, uint256 cap) internal pure returns (uint256) {
        return Math.min(requested, members * cap);
    }
}
