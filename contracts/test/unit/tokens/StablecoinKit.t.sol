// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {
    Stablecoins,
    StablecoinKind,
    StablecoinLib,
    StablecoinPermit,
    STABLECOIN_ADMIN
} from "../../doubles/Stablecoins.sol";
import {UsdtDouble} from "../../doubles/UsdtDouble.sol";

/// @notice The test kit on each of the four tokens, chosen explicitly (not through `LASHOU_TOKEN`, which a test
///         must not change: forge runs suites in parallel in one process).
contract StablecoinKitTest is Stablecoins {
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    /// @dev External, so a revert can be expected.
    function parse(string memory raw) external pure returns (StablecoinKind) {
        return StablecoinLib.parseKind(raw);
    }

    function _kinds() internal pure returns (StablecoinKind[4] memory) {
        return [StablecoinKind.Test, StablecoinKind.Usdc, StablecoinKind.Usdt, StablecoinKind.Dai];
    }

    function test_parseKind_theFourNames() public view {
        assertEq(uint8(this.parse("test")), uint8(StablecoinKind.Test));
        assertEq(uint8(this.parse("USDC")), uint8(StablecoinKind.Usdc));
        assertEq(uint8(this.parse(" usdt ")), uint8(StablecoinKind.Usdt));
        assertEq(uint8(this.parse("dai")), uint8(StablecoinKind.Dai));
        for (uint256 i; i < 4; ++i) {
            StablecoinKind kind = _kinds()[i];
            assertEq(uint8(this.parse(_stablecoinKindName(kind))), uint8(kind));
        }
    }

    function test_parseKind_unknownListsTheFour() public {
        vm.expectRevert(bytes("Stablecoins: LASHOU_TOKEN=\"usdx\" is not one of: test, usdc, usdt, dai"));
        this.parse("usdx");
    }

    function test_stablecoinKind_followsTheEnvironment() public view {
        assertEq(uint8(_stablecoinKind()), uint8(this.parse(vm.envOr("LASHOU_TOKEN", string("test")))));
    }

    function test_newStablecoin_decimals() public {
        uint8[4] memory expected = [uint8(18), 6, 6, 18];
        for (uint256 i; i < 4; ++i) {
            address token = _newStablecoinOfKind(_kinds()[i], 18);
            assertEq(uint8(_stablecoinKindOf(token)), uint8(_kinds()[i]));
            assertEq(_stablecoinUnit(token), 10 ** expected[i]);
        }
    }

    function test_stablecoinKindOf_unknownTokenReverts() public {
        vm.expectRevert(bytes("Stablecoins: token not made by _newStablecoin"));
        this.kindOf(address(0xbeef));
    }

    function kindOf(address token) external view returns (StablecoinKind) {
        return _stablecoinKindOf(token);
    }

    function test_mintApproveTransfer_onEveryKind() public {
        for (uint256 i; i < 4; ++i) {
            address token = _newStablecoinOfKind(_kinds()[i], 6);
            uint256 unit = _stablecoinUnit(token);
            // Above TestStablecoin's per-call faucet limit of 100,000 whole tokens.
            uint256 amount = 250_000 * unit + 7;
            _mintTokens(token, bob, amount);
            _mintTokens(token, bob, 0); // no-op
            assertEq(IERC20(token).balanceOf(bob), amount, _stablecoinKindName(_kinds()[i]));

            _approveAs(token, bob, carol, 5 * unit);
            _approveAs(token, bob, carol, 9 * unit); // non-zero to non-zero: fine on USDT too
            assertEq(IERC20(token).allowance(bob, carol), 9 * unit);
            _approveAs(token, bob, carol, 0);
            assertEq(IERC20(token).allowance(bob, carol), 0);

            _transferAs(token, bob, carol, 3 * unit);
            assertEq(IERC20(token).balanceOf(carol), 3 * unit);
        }
    }

    function test_permits_onEveryKind() public {
        (address owner, uint256 key) = makeAddrAndKey("permit owner");
        for (uint256 i; i < 4; ++i) {
            StablecoinKind kind = _kinds()[i];
            address token = _newStablecoinOfKind(kind, 6);
            assertEq(_supportsEip2612(token), kind == StablecoinKind.Test || kind == StablecoinKind.Usdc);
            assertEq(_supportsAllowPermit(token), kind == StablecoinKind.Dai);
            if (kind == StablecoinKind.Usdt) {
                vm.expectRevert(bytes("Stablecoins: the \"usdt\" token has no permit"));
                this.signPermit(token, key, carol, 1, block.timestamp + 1 hours);
                continue;
            }
            StablecoinPermit memory p = _signStablecoinPermit(token, key, carol, 7, block.timestamp + 1 hours);
            assertEq(p.owner, owner);
            assertEq(p.nonce, 0);
            assertEq(p.allowStyle, kind == StablecoinKind.Dai);
            _submitStablecoinPermit(token, p);
            assertEq(IERC20(token).allowance(owner, carol), kind == StablecoinKind.Dai ? type(uint256).max : 7);
            // The next signature uses the next nonce.
            assertEq(_signStablecoinPermit(token, key, carol, 7, block.timestamp + 1 hours).nonce, 1);
        }
    }

    function signPermit(address token, uint256 key, address spender, uint256 value, uint256 deadline)
        external
        view
        returns (StablecoinPermit memory)
    {
        return _signStablecoinPermit(token, key, spender, value, deadline);
    }

    function test_pauseAndBlacklist_whereSupported() public {
        for (uint256 i; i < 4; ++i) {
            StablecoinKind kind = _kinds()[i];
            address token = _newStablecoinOfKind(kind, 6);
            _mintTokens(token, bob, 10 * _stablecoinUnit(token));
            bool supported = kind == StablecoinKind.Usdc || kind == StablecoinKind.Usdt;
            assertEq(_supportsPause(token), supported);
            assertEq(_supportsBlacklist(token), supported);
            if (!supported) {
                string memory name = _stablecoinKindName(kind);
                vm.expectRevert(bytes(string.concat("Stablecoins: the \"", name, "\" token has no pause")));
                this.pause(token);
                vm.expectRevert(bytes(string.concat("Stablecoins: the \"", name, "\" token has no blacklist")));
                this.blacklist(token, bob);
                continue;
            }
            _pauseStablecoin(token);
            vm.prank(bob);
            (bool ok,) = token.call(abi.encodeWithSignature("transfer(address,uint256)", carol, 1));
            assertFalse(ok);
            _unpauseStablecoin(token);
            _blacklistOnStablecoin(token, bob);
            vm.prank(bob);
            (ok,) = token.call(abi.encodeWithSignature("transfer(address,uint256)", carol, 1));
            assertFalse(ok);
            _unblacklistOnStablecoin(token, bob);
            _transferAs(token, bob, carol, 1);
            assertEq(IERC20(token).balanceOf(carol), 1);
        }
    }

    function pause(address token) external {
        _pauseStablecoin(token);
    }

    function blacklist(address token, address account) external {
        _blacklistOnStablecoin(token, account);
    }

    function setFee(address token, uint256 bps, uint256 maxFee) external {
        _setStablecoinTransferFee(token, bps, maxFee);
    }

    function test_transferFee_usdtOnly_andMintStillExact() public {
        address usdt = _newStablecoinOfKind(StablecoinKind.Usdt, 6);
        assertTrue(_supportsTransferFee(usdt));
        _setStablecoinTransferFee(usdt, 10, 5);
        assertEq(UsdtDouble(usdt).basisPointsRate(), 10);
        assertEq(UsdtDouble(usdt).maximumFee(), 5e6);
        uint256[5] memory amounts = [uint256(1), 999, 1000e6, 12_345_678, 1e13];
        uint256 total;
        for (uint256 i; i < amounts.length; ++i) {
            _mintTokens(usdt, bob, amounts[i]);
            total += amounts[i];
            assertEq(IERC20(usdt).balanceOf(bob), total);
        }
        // The fee goes to the admin, which owns the USDT double.
        assertGt(IERC20(usdt).balanceOf(STABLECOIN_ADMIN), 0);
        _transferAs(usdt, bob, carol, 1000e6);
        assertEq(IERC20(usdt).balanceOf(carol), 999e6);

        for (uint256 i; i < 4; ++i) {
            if (_kinds()[i] == StablecoinKind.Usdt) continue;
            address token = _newStablecoinOfKind(_kinds()[i], 6);
            assertFalse(_supportsTransferFee(token));
            vm.expectRevert(
                bytes(
                    string.concat(
                        "Stablecoins: the \"", _stablecoinKindName(_kinds()[i]), "\" token has no transfer fee"
                    )
                )
            );
            this.setFee(token, 1, 1);
        }
    }

    /// @dev The gross-up gives the receiver exactly the asked amount under any fee USDT allows.
    function testFuzz_usdtGrossForNet(uint256 rate, uint256 maxFeeWhole, uint256 net) public pure {
        rate = bound(rate, 0, 19);
        uint256 maxFee = bound(maxFeeWhole, 0, 49) * 1e6;
        net = bound(net, 0, 1e30);
        uint256 gross = StablecoinLib.usdtGrossForNet(rate, maxFee, net);
        uint256 fee = gross * rate / 10_000;
        if (fee > maxFee) fee = maxFee;
        assertEq(gross - fee, net);
    }
}
