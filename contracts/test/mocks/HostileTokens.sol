// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A plain mintable 6-decimal token that hostile variants build on.
abstract contract MintableToken is ERC20 {
    constructor(string memory name_) ERC20(name_, name_) {}

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

/// @notice Burns 1% of every transfer (the receiver gets 99%): the pool must refuse it.
contract FeeOnTransferToken is MintableToken {
    uint256 public constant FEE_BPS = 100;

    constructor() MintableToken("FEE") {}

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 fee = value * FEE_BPS / 10_000;
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}

/// @notice Calls back into a target (the pool) in the middle of every transfer once armed, and bubbles
///         the callee's revert, so a reentrancy guard's refusal is visible to the test.
contract ReentrantToken is MintableToken {
    address public target;
    bytes public payload;

    constructor() MintableToken("REENTER") {}

    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
    }

    function disarm() external {
        target = address(0);
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        address t = target;
        if (t != address(0) && from != address(0) && to != address(0)) {
            (bool ok, bytes memory ret) = t.call(payload);
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(ret, 0x20), mload(ret))
                }
            }
        }
    }
}

/// @notice A USDC-style blacklist: transfers from or to a blocked address revert.
contract BlacklistToken is MintableToken {
    mapping(address account => bool) public blocked;

    error BlacklistTokenBlocked(address account);

    constructor() MintableToken("BLOCK") {}

    function setBlocked(address account, bool value) external {
        blocked[account] = value;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[from]) revert BlacklistTokenBlocked(from);
        if (blocked[to]) revert BlacklistTokenBlocked(to);
        super._update(from, to, value);
    }
}

/// @notice While `failing`, `transfer` and `transferFrom` move nothing and return false (old-style tokens).
contract ReturnFalseToken is MintableToken {
    bool public failing;

    constructor() MintableToken("FALSE") {}

    function setFailing(bool value) external {
        failing = value;
    }

    function transfer(address to, uint256 value) public override returns (bool) {
        if (failing) return false;
        return super.transfer(to, value);
    }

    function transferFrom(address from, address to, uint256 value) public override returns (bool) {
        if (failing) return false;
        return super.transferFrom(from, to, value);
    }
}
