// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IAllowPermit
/// @notice The permit of the kind DAI implements (before EIP-2612 existed): the holder signs
///         `Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)` and anyone submits it;
///         `allowed = true` sets the allowance to the maximum, `false` to zero. `expiry = 0` never expires.
interface IAllowPermit {
    function permit(
        address holder,
        address spender,
        uint256 nonce,
        uint256 expiry,
        bool allowed,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;

    /// @notice The holder's next permit nonce.
    function nonces(address holder) external view returns (uint256);
}
