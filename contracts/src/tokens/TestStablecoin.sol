// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title TestStablecoin
/// @notice A stablecoin stand-in for local chains and public test networks: ERC-20 with EIP-2612 permit,
///         any number of decimals, and a rate-limited faucet. It refuses to be deployed anywhere else.
contract TestStablecoin is ERC20Permit {
    /// @notice Most whole units one faucet call hands out.
    uint256 public constant FAUCET_UNITS = 100_000;

    uint8 private immutable _decimals;

    /// @notice The faucet only runs on local chains and test networks.
    /// @param chainId The chain this contract finds itself on.
    error TestStablecoinNotATestChain(uint256 chainId);
    /// @notice A faucet request above the per-call limit.
    /// @param requested Tokens asked for.
    /// @param limit Most tokens one call may mint.
    error TestStablecoinFaucetLimit(uint256 requested, uint256 limit);

    /// @notice Minted by the faucet.
    /// @param to Receiver.
    /// @param amount Tokens minted.
    event FaucetDripped(address indexed to, uint256 amount);

    constructor(string memory name_, string memory symbol_, uint8 decimals_) ERC20(name_, symbol_) ERC20Permit(name_) {
        if (!isTestChain(block.chainid)) revert TestStablecoinNotATestChain(block.chainid);
        _decimals = decimals_;
    }

    /// @inheritdoc ERC20
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mint up to `FAUCET_UNITS` whole tokens to `to`.
    /// @param to Receiver.
    /// @param amount Tokens, in the token's units.
    function faucet(address to, uint256 amount) external {
        if (!isTestChain(block.chainid)) revert TestStablecoinNotATestChain(block.chainid);
        uint256 limit = FAUCET_UNITS * 10 ** _decimals;
        if (amount > limit) revert TestStablecoinFaucetLimit(amount, limit);
        _mint(to, amount);
        emit FaucetDripped(to, amount);
    }

    /// @notice Whether `chainId` is a local chain (anvil, Hardhat, Ganache) or a public test network.
    function isTestChain(uint256 chainId) public pure returns (bool) {
        return chainId == 31_337 || chainId == 1337 || chainId == 11_155_111 // Sepolia
            || chainId == 84_532 // Base Sepolia
            || chainId == 421_614 // Arbitrum Sepolia
            || chainId == 11_155_420; // OP Sepolia
    }
}
