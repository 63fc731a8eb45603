// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";
import {TestStablecoin} from "../../src/tokens/TestStablecoin.sol";
import {IAllowPermit} from "../../src/interfaces/IAllowPermit.sol";
import {UsdcDouble} from "./UsdcDouble.sol";
import {UsdtDouble} from "./UsdtDouble.sol";
import {DaiDouble} from "./DaiDouble.sol";

/// @notice The four stablecoins a suite can run on: the project's own TestStablecoin and the doubles of the
///         three real ones.
enum StablecoinKind {
    Test,
    Usdc,
    Usdt,
    Dai
}

/// @notice A signed permit of either style, ready to submit (see `StablecoinLib.submitPermit`) or to hand to the
///         pool (`joinWithPermit` takes `value`, `deadline`, `v`, `r`, `s`; `joinWithAllowPermit` takes `nonce`,
///         `deadline` as the expiry, `v`, `r`, `s`).
struct StablecoinPermit {
    /// @dev true: DAI-style `permit(holder, spender, nonce, expiry, allowed = true, v, r, s)`;
    ///      false: EIP-2612 `permit(owner, spender, value, deadline, v, r, s)`.
    bool allowStyle;
    address owner;
    address spender;
    /// @dev EIP-2612: the allowance granted. DAI-style: `type(uint256).max` (what `allowed = true` grants).
    uint256 value;
    /// @dev The owner's nonce the signature was made for.
    uint256 nonce;
    /// @dev EIP-2612 deadline, or DAI-style expiry (0 = never).
    uint256 deadline;
    uint8 v;
    bytes32 r;
    bytes32 s;
}

/// @dev The account that deploys the doubles and holds their roles: USDC's owner, pauser, blacklister,
///         masterMinter and rescuer; USDT's owner (so USDT fees are paid to it); DAI's ward. An address nobody
///         else uses, so a suite's own accounts never hold token powers by accident.
address constant STABLECOIN_ADMIN = address(uint160(uint256(keccak256("lashou.test.stablecoin-admin"))));

/// @notice The DAI-style permit the kit signs and submits: the pool's `IAllowPermit` and the token's separator.
interface IStablecoinAllowPermit is IAllowPermit {
    function DOMAIN_SEPARATOR() external view returns (bytes32);
}

/// @notice EIP-2612 as TestStablecoin and USDC have it.
interface IStablecoinEip2612 {
    function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external;
    function nonces(address owner) external view returns (uint256);
    function DOMAIN_SEPARATOR() external view returns (bytes32);
}

/// @title StablecoinLib
/// @notice The engine of the test kit, for contracts that cannot inherit `Stablecoins` (invariant handlers):
///         every function takes the token's kind explicitly. Everything here is `internal`, so it runs in the
///         calling contract, and the cheatcodes it uses (prank, sign) act as if the caller had used them.
/// @dev Functions that act as someone (`approveAs`, `transferAs`, `mint`, the admin helpers) use
///      `vm.startPrank`/`vm.stopPrank`: do not call them while a prank of the caller's own is active, and to expect
///      a token's revert, call the token directly under `vm.prank` instead (the kit may make more than one call).
library StablecoinLib {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    bytes32 internal constant EIP2612_PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 internal constant ALLOW_PERMIT_TYPEHASH =
        keccak256("Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)");

    // ---------------------------------------------------------------------------------------------------------
    // Kinds
    // ---------------------------------------------------------------------------------------------------------

    /// @notice The kind named by `LASHOU_TOKEN` (default "test").
    function envKind() internal view returns (StablecoinKind) {
        return parseKind(vm.envOr("LASHOU_TOKEN", string("test")));
    }

    /// @notice "test", "usdc", "usdt" or "dai" (any case, surrounding spaces ignored) to a kind; anything else
    ///         reverts with a message listing the four.
    function parseKind(string memory raw) internal pure returns (StablecoinKind) {
        bytes32 h = keccak256(bytes(vm.toLowercase(vm.trim(raw))));
        if (h == keccak256("test")) return StablecoinKind.Test;
        if (h == keccak256("usdc")) return StablecoinKind.Usdc;
        if (h == keccak256("usdt")) return StablecoinKind.Usdt;
        if (h == keccak256("dai")) return StablecoinKind.Dai;
        revert(string.concat("Stablecoins: LASHOU_TOKEN=\"", raw, "\" is not one of: test, usdc, usdt, dai"));
    }

    /// @notice The kind's name as `LASHOU_TOKEN` spells it.
    function kindName(StablecoinKind kind) internal pure returns (string memory) {
        if (kind == StablecoinKind.Test) return "test";
        if (kind == StablecoinKind.Usdc) return "usdc";
        if (kind == StablecoinKind.Usdt) return "usdt";
        return "dai";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deployment and minting
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Deploys a token of `kind`. `decimals_` is honoured by TestStablecoin only; the doubles keep their
    ///         real decimals (USDC 6, USDT 6, DAI 18), so derive the unit from the token's `decimals()`.
    ///         The doubles are deployed by (and give their roles to) `STABLECOIN_ADMIN`.
    function deploy(StablecoinKind kind, uint8 decimals_) internal returns (address token) {
        if (kind == StablecoinKind.Test) {
            token = address(new TestStablecoin("Test USD", "tUSD", decimals_));
            vm.label(token, "TestStablecoin");
        } else if (kind == StablecoinKind.Usdc) {
            token = address(new UsdcDouble(STABLECOIN_ADMIN));
            vm.label(token, "UsdcDouble");
        } else if (kind == StablecoinKind.Usdt) {
            vm.prank(STABLECOIN_ADMIN);
            token = address(new UsdtDouble(0));
            vm.label(token, "UsdtDouble");
        } else {
            vm.prank(STABLECOIN_ADMIN);
            token = address(new DaiDouble(block.chainid));
            vm.label(token, "DaiDouble");
        }
        vm.label(STABLECOIN_ADMIN, "stablecoin admin");
    }

    /// @notice `10 ** decimals()` (read as a uint256: USDT's `decimals()` is one).
    function unit(address token) internal view returns (uint256) {
        (bool ok, bytes memory ret) = token.staticcall(abi.encodeWithSignature("decimals()"));
        require(ok && ret.length >= 32, "Stablecoins: token has no decimals()");
        return 10 ** abi.decode(ret, (uint256));
    }

    /// @notice Gives `to` exactly `amount` new tokens through the token's own minting path: TestStablecoin's
    ///         faucet (in as many calls as its per-call limit needs); USDC `configureMinter` + `mint` by its master
    ///         minter; USDT `issue` + `transfer` by its owner (issuing enough more to cover a fee, if one is on);
    ///         DAI `mint` by a ward. A zero amount does nothing. The real rules apply: minting USDC or USDT fails
    ///         while paused, and USDC refuses a blacklisted receiver.
    function mint(StablecoinKind kind, address token, address to, uint256 amount) internal {
        if (amount == 0) return;
        if (kind == StablecoinKind.Test) {
            TestStablecoin t = TestStablecoin(token);
            uint256 chunk = t.FAUCET_UNITS() * 10 ** t.decimals();
            for (uint256 left = amount; left > 0;) {
                uint256 drip = left < chunk ? left : chunk;
                t.faucet(to, drip);
                left -= drip;
            }
        } else if (kind == StablecoinKind.Usdc) {
            UsdcDouble usdc = UsdcDouble(token);
            address minter = usdc.masterMinter();
            vm.startPrank(minter);
            usdc.configureMinter(minter, amount);
            usdc.mint(to, amount);
            vm.stopPrank();
        } else if (kind == StablecoinKind.Usdt) {
            UsdtDouble usdt = UsdtDouble(token);
            address owner = usdt.owner();
            uint256 gross = to == owner ? amount : usdtGrossForNet(usdt.basisPointsRate(), usdt.maximumFee(), amount);
            vm.startPrank(owner);
            usdt.issue(gross);
            if (to != owner) usdt.transfer(to, gross);
            vm.stopPrank();
        } else {
            vm.prank(STABLECOIN_ADMIN);
            DaiDouble(token).mint(to, amount);
        }
    }

    /// @notice The USDT transfer amount whose receiver gets exactly `net` under a fee of `rate` basis points capped
    ///         at `maxFee` (`fee = min(gross * rate / 10000, maxFee)`).
    function usdtGrossForNet(uint256 rate, uint256 maxFee, uint256 net) internal pure returns (uint256 gross) {
        if (rate == 0 || maxFee == 0) return net;
        // With the cap binding, the fee is exactly maxFee.
        gross = net + maxFee;
        if (gross * rate / 10_000 >= maxFee) return gross;
        // Below the cap, gross - floor(gross * rate / 10000) == net; the estimate below is within one or two of a
        // solution, and the net amount grows by 0 or 1 per unit of gross, so stepping finds it.
        gross = net * 10_000 / (10_000 - rate);
        while (gross > net && gross - gross * rate / 10_000 > net) --gross;
        while (gross - gross * rate / 10_000 < net) ++gross;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Acting as a holder
    // ---------------------------------------------------------------------------------------------------------

    /// @notice `owner` approves `spender` for `amount`. On USDT a non-zero allowance is first set to zero (its
    ///         zero-first rule), and the missing return value is accepted.
    function approveAs(StablecoinKind kind, address token, address owner, address spender, uint256 amount) internal {
        bool zeroFirst = kind == StablecoinKind.Usdt && amount != 0 && _allowance(token, owner, spender) != 0;
        vm.startPrank(owner);
        if (zeroFirst) _callToken(token, abi.encodeWithSignature("approve(address,uint256)", spender, 0));
        _callToken(token, abi.encodeWithSignature("approve(address,uint256)", spender, amount));
        vm.stopPrank();
    }

    /// @notice `from` transfers `amount` to `to`, accepting USDT's missing return value. (USDT takes its fee, if
    ///         switched on: `to` then receives less.)
    function transferAs(address token, address from, address to, uint256 amount) internal {
        vm.startPrank(from);
        _callToken(token, abi.encodeWithSignature("transfer(address,uint256)", to, amount));
        vm.stopPrank();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Administrative quirks: pause, blacklist, fee
    // ---------------------------------------------------------------------------------------------------------

    /// @notice USDC and USDT can be paused.
    function supportsPause(StablecoinKind kind) internal pure returns (bool) {
        return kind == StablecoinKind.Usdc || kind == StablecoinKind.Usdt;
    }

    /// @notice USDC and USDT keep a blacklist.
    function supportsBlacklist(StablecoinKind kind) internal pure returns (bool) {
        return kind == StablecoinKind.Usdc || kind == StablecoinKind.Usdt;
    }

    /// @notice Only USDT can charge a fee on transfers.
    function supportsTransferFee(StablecoinKind kind) internal pure returns (bool) {
        return kind == StablecoinKind.Usdt;
    }

    /// @notice TestStablecoin and USDC have EIP-2612 `permit(owner, spender, value, deadline, v, r, s)`.
    function supportsEip2612(StablecoinKind kind) internal pure returns (bool) {
        return kind == StablecoinKind.Test || kind == StablecoinKind.Usdc;
    }

    /// @notice DAI has the older `permit(holder, spender, nonce, expiry, allowed, v, r, s)`.
    function supportsAllowPermit(StablecoinKind kind) internal pure returns (bool) {
        return kind == StablecoinKind.Dai;
    }

    /// @notice Pauses the token (USDC by its pauser, USDT by its owner); reverts for the other kinds.
    function pause(StablecoinKind kind, address token) internal {
        _setPaused(kind, token, true);
    }

    /// @notice Lifts the pause; reverts for the kinds that have none.
    function unpause(StablecoinKind kind, address token) internal {
        _setPaused(kind, token, false);
    }

    /// @notice Blacklists `account` (USDC `blacklist` by its blacklister, USDT `addBlackList` by its owner);
    ///         reverts for the other kinds.
    function blacklist(StablecoinKind kind, address token, address account) internal {
        _setBlacklisted(kind, token, account, true);
    }

    /// @notice Removes `account` from the blacklist; reverts for the kinds that have none.
    function unblacklist(StablecoinKind kind, address token, address account) internal {
        _setBlacklisted(kind, token, account, false);
    }

    /// @notice Switches USDT's transfer fee on (or off, with zeros): `basisPoints` below 20, `maxFeeWholeTokens`
    ///         below 50 (USDT's own ceilings; it stores `maxFeeWholeTokens * 10**6`). The fee goes to the USDT
    ///         owner, `STABLECOIN_ADMIN` unless changed. Reverts for the other kinds.
    function setTransferFee(StablecoinKind kind, address token, uint256 basisPoints, uint256 maxFeeWholeTokens)
        internal
    {
        if (!supportsTransferFee(kind)) _unsupported(kind, "transfer fee");
        require(basisPoints < 20 && maxFeeWholeTokens < 50, "Stablecoins: USDT caps the fee at 19 bps and 49 USDT");
        UsdtDouble usdt = UsdtDouble(token);
        vm.prank(usdt.owner());
        usdt.setParams(basisPoints, maxFeeWholeTokens);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Permits
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Signs, with `privateKey`, the permit the token understands: EIP-2612 for `value` until `deadline`
    ///         (TestStablecoin, USDC), or DAI-style `allowed = true` until `deadline` as the expiry (DAI: `value` is
    ///         ignored, the allowance becomes `type(uint256).max`). Uses the owner's current nonce. Reverts for
    ///         USDT, which has no permit.
    function signPermit(
        StablecoinKind kind,
        address token,
        uint256 privateKey,
        address spender,
        uint256 value,
        uint256 deadline
    ) internal view returns (StablecoinPermit memory p) {
        if (supportsEip2612(kind)) return signEip2612(token, privateKey, spender, value, deadline);
        if (supportsAllowPermit(kind)) return signAllowPermit(token, privateKey, spender, deadline, true);
        _unsupported(kind, "permit");
    }

    /// @notice An EIP-2612 permit of `owner = vm.addr(privateKey)` for `spender`, at the owner's current nonce.
    function signEip2612(address token, uint256 privateKey, address spender, uint256 value, uint256 deadline)
        internal
        view
        returns (StablecoinPermit memory p)
    {
        p.owner = vm.addr(privateKey);
        p.spender = spender;
        p.value = value;
        p.deadline = deadline;
        p.nonce = IStablecoinEip2612(token).nonces(p.owner);
        bytes32 structHash = keccak256(abi.encode(EIP2612_PERMIT_TYPEHASH, p.owner, spender, value, p.nonce, deadline));
        (p.v, p.r, p.s) = vm.sign(privateKey, _digest(IStablecoinEip2612(token).DOMAIN_SEPARATOR(), structHash));
    }

    /// @notice A DAI-style permit of `holder = vm.addr(privateKey)` for `spender`, at the holder's current nonce.
    ///         `allowed = true` grants `type(uint256).max`, false revokes; `expiry = 0` never expires.
    function signAllowPermit(address token, uint256 privateKey, address spender, uint256 expiry, bool allowed)
        internal
        view
        returns (StablecoinPermit memory p)
    {
        p.allowStyle = true;
        p.owner = vm.addr(privateKey);
        p.spender = spender;
        p.value = allowed ? type(uint256).max : 0;
        p.deadline = expiry;
        p.nonce = IStablecoinAllowPermit(token).nonces(p.owner);
        bytes32 structHash = keccak256(abi.encode(ALLOW_PERMIT_TYPEHASH, p.owner, spender, p.nonce, expiry, allowed));
        (p.v, p.r, p.s) = vm.sign(privateKey, _digest(IStablecoinAllowPermit(token).DOMAIN_SEPARATOR(), structHash));
    }

    /// @notice Submits `p` to the token with the matching permit function (from the caller's own address: anyone
    ///         may submit a permit).
    function submitPermit(address token, StablecoinPermit memory p) internal {
        if (p.allowStyle) {
            IStablecoinAllowPermit(token).permit(p.owner, p.spender, p.nonce, p.deadline, p.value != 0, p.v, p.r, p.s);
        } else {
            IStablecoinEip2612(token).permit(p.owner, p.spender, p.value, p.deadline, p.v, p.r, p.s);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------------------------

    function _digest(bytes32 domainSeparator, bytes32 structHash) private pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator, structHash));
    }

    function _allowance(address token, address owner, address spender) private view returns (uint256) {
        (bool ok, bytes memory ret) =
            token.staticcall(abi.encodeWithSignature("allowance(address,address)", owner, spender));
        require(ok && ret.length >= 32, "Stablecoins: allowance() failed");
        return abi.decode(ret, (uint256));
    }

    /// @dev A call that accepts no return data (USDT) or `true`; a revert of the token is passed on as it is
    ///      (after ending the kit's prank).
    function _callToken(address token, bytes memory data) private {
        (bool ok, bytes memory ret) = token.call(data);
        if (!ok) {
            vm.stopPrank();
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        if (ret.length > 0 && !abi.decode(ret, (bool))) {
            vm.stopPrank();
            revert("Stablecoins: token returned false");
        }
    }

    function _setPaused(StablecoinKind kind, address token, bool paused) private {
        if (kind == StablecoinKind.Usdc) {
            UsdcDouble usdc = UsdcDouble(token);
            vm.prank(usdc.pauser());
            if (paused) usdc.pause();
            else usdc.unpause();
        } else if (kind == StablecoinKind.Usdt) {
            UsdtDouble usdt = UsdtDouble(token);
            vm.prank(usdt.owner());
            if (paused) usdt.pause();
            else usdt.unpause();
        } else {
            _unsupported(kind, "pause");
        }
    }

    function _setBlacklisted(StablecoinKind kind, address token, address account, bool listed) private {
        if (kind == StablecoinKind.Usdc) {
            UsdcDouble usdc = UsdcDouble(token);
            vm.prank(usdc.blacklister());
            if (listed) usdc.blacklist(account);
            else usdc.unBlacklist(account);
        } else if (kind == StablecoinKind.Usdt) {
            UsdtDouble usdt = UsdtDouble(token);
            vm.prank(usdt.owner());
            if (listed) usdt.addBlackList(account);
            else usdt.removeBlackList(account);
        } else {
            _unsupported(kind, "blacklist");
        }
    }

    function _unsupported(StablecoinKind kind, string memory feature) private pure {
        revert(string.concat("Stablecoins: the \"", kindName(kind), "\" token has no ", feature));
    }
}

/// @title Stablecoins
/// @notice The test kit: lets any suite run on any of the four stablecoins, chosen with the environment variable
///         `LASHOU_TOKEN` = `test` (default: `src/tokens/TestStablecoin.sol`), `usdc`, `usdt` or `dai` (the
///         doubles in this folder), e.g.
///
///             LASHOU_TOKEN=usdt node bin/foundry.mjs forge test --match-path 'test/unit/pool/*'
///
///         A suite makes its token with `_newStablecoin(decimals)` and then goes through the kit for anything that
///         differs between tokens: minting, approving (USDT returns nothing and wants a zero allowance first),
///         transferring as someone, signing permits (EIP-2612 or DAI-style), and the quirks only some tokens have
///         (pause, blacklist, USDT's fee), each with a `_supports…` check so a suite can skip what its token lacks.
///         The token is remembered with its kind, so the helpers take just the token address.
/// @dev Suites must derive their unit from the token (`_stablecoinUnit(token)`), not from the decimals they asked
///      for: only TestStablecoin honours them. See `StablecoinLib` for the pranking rules.
abstract contract Stablecoins is Test {
    mapping(address token => StablecoinKind) private _stablecoinKinds;
    mapping(address token => bool) private _stablecoinKnown;

    // ---------------------------------------------------------------------------------------------------------
    // Kinds and deployment
    // ---------------------------------------------------------------------------------------------------------

    /// @notice The kind named by `LASHOU_TOKEN` (default "test"); an unknown value reverts, listing the four.
    function _stablecoinKind() internal view virtual returns (StablecoinKind) {
        return StablecoinLib.envKind();
    }

    /// @notice "test", "usdc", "usdt" or "dai".
    function _stablecoinKindName(StablecoinKind kind) internal pure returns (string memory) {
        return StablecoinLib.kindName(kind);
    }

    /// @notice Deploys a token of the `LASHOU_TOKEN` kind. `decimals_` is honoured by TestStablecoin only.
    function _newStablecoin(uint8 decimals_) internal returns (address token) {
        return _newStablecoinOfKind(_stablecoinKind(), decimals_);
    }

    /// @notice Deploys a token of the given kind (for suites that compare kinds side by side).
    function _newStablecoinOfKind(StablecoinKind kind, uint8 decimals_) internal returns (address token) {
        token = StablecoinLib.deploy(kind, decimals_);
        _stablecoinKinds[token] = kind;
        _stablecoinKnown[token] = true;
    }

    /// @notice The kind `token` was made as; reverts for a token the kit did not make.
    function _stablecoinKindOf(address token) internal view returns (StablecoinKind) {
        require(_stablecoinKnown[token], "Stablecoins: token not made by _newStablecoin");
        return _stablecoinKinds[token];
    }

    /// @notice The account holding the doubles' roles (and receiving USDT fees).
    function _stablecoinAdmin() internal pure returns (address) {
        return STABLECOIN_ADMIN;
    }

    /// @notice One whole token: `10 ** token.decimals()`.
    function _stablecoinUnit(address token) internal view returns (uint256) {
        return StablecoinLib.unit(token);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Balances and allowances
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Gives `to` exactly `amount` new tokens through the token's own minting path (faucet;
    ///         configureMinter + mint; issue + transfer, grossed up for a USDT fee; mint).
    function _mintTokens(address token, address to, uint256 amount) internal {
        StablecoinLib.mint(_stablecoinKindOf(token), token, to, amount);
    }

    /// @notice `owner` approves `spender` for `amount`, whatever the token (USDT: zero first, no return value).
    function _approveAs(address token, address owner, address spender, uint256 amount) internal {
        StablecoinLib.approveAs(_stablecoinKindOf(token), token, owner, spender, amount);
    }

    /// @notice `from` transfers `amount` to `to`, whatever the token (USDT: no return value, fee if on).
    function _transferAs(address token, address from, address to, uint256 amount) internal {
        StablecoinLib.transferAs(token, from, to, amount);
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the token can do (no argument: the `LASHOU_TOKEN` kind; with a token: that token's kind)
    // ---------------------------------------------------------------------------------------------------------

    function _supportsPause() internal view returns (bool) {
        return StablecoinLib.supportsPause(_stablecoinKind());
    }

    function _supportsPause(address token) internal view returns (bool) {
        return StablecoinLib.supportsPause(_stablecoinKindOf(token));
    }

    function _supportsBlacklist() internal view returns (bool) {
        return StablecoinLib.supportsBlacklist(_stablecoinKind());
    }

    function _supportsBlacklist(address token) internal view returns (bool) {
        return StablecoinLib.supportsBlacklist(_stablecoinKindOf(token));
    }

    function _supportsTransferFee() internal view returns (bool) {
        return StablecoinLib.supportsTransferFee(_stablecoinKind());
    }

    function _supportsTransferFee(address token) internal view returns (bool) {
        return StablecoinLib.supportsTransferFee(_stablecoinKindOf(token));
    }

    /// @notice EIP-2612 `permit(owner, spender, value, deadline, v, r, s)`: TestStablecoin and USDC.
    function _supportsEip2612() internal view returns (bool) {
        return StablecoinLib.supportsEip2612(_stablecoinKind());
    }

    function _supportsEip2612(address token) internal view returns (bool) {
        return StablecoinLib.supportsEip2612(_stablecoinKindOf(token));
    }

    /// @notice DAI-style `permit(holder, spender, nonce, expiry, allowed, v, r, s)`: DAI.
    function _supportsAllowPermit() internal view returns (bool) {
        return StablecoinLib.supportsAllowPermit(_stablecoinKind());
    }

    function _supportsAllowPermit(address token) internal view returns (bool) {
        return StablecoinLib.supportsAllowPermit(_stablecoinKindOf(token));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Quirks (each reverts with a clear message on a token that lacks it)
    // ---------------------------------------------------------------------------------------------------------

    function _pauseStablecoin(address token) internal {
        StablecoinLib.pause(_stablecoinKindOf(token), token);
    }

    function _unpauseStablecoin(address token) internal {
        StablecoinLib.unpause(_stablecoinKindOf(token), token);
    }

    function _blacklistOnStablecoin(address token, address account) internal {
        StablecoinLib.blacklist(_stablecoinKindOf(token), token, account);
    }

    function _unblacklistOnStablecoin(address token, address account) internal {
        StablecoinLib.unblacklist(_stablecoinKindOf(token), token, account);
    }

    /// @notice USDT only: fee of `basisPoints` (< 20) capped at `maxFeeWholeTokens` (< 50) whole tokens, paid to
    ///         `_stablecoinAdmin()`. Zeros switch it off.
    function _setStablecoinTransferFee(address token, uint256 basisPoints, uint256 maxFeeWholeTokens) internal {
        StablecoinLib.setTransferFee(_stablecoinKindOf(token), token, basisPoints, maxFeeWholeTokens);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Permits
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Signs with `privateKey` the permit `token` understands, for `spender`: EIP-2612 for `value` until
    ///         `deadline` (TestStablecoin, USDC), or DAI-style `allowed = true` with `deadline` as the expiry
    ///         (DAI; the allowance becomes `type(uint256).max`). Reverts for USDT.
    function _signStablecoinPermit(address token, uint256 privateKey, address spender, uint256 value, uint256 deadline)
        internal
        view
        returns (StablecoinPermit memory)
    {
        return StablecoinLib.signPermit(_stablecoinKindOf(token), token, privateKey, spender, value, deadline);
    }

    /// @notice Submits a signed permit of either style to `token`.
    function _submitStablecoinPermit(address token, StablecoinPermit memory p) internal {
        StablecoinLib.submitPermit(token, p);
    }
}
