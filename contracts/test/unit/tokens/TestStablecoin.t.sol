// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {TestStablecoin} from "../../../src/tokens/TestStablecoin.sol";

contract TestStablecoinTest is Test {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    TestStablecoin internal usd6;
    TestStablecoin internal usd18;
    address internal alice = makeAddr("alice");

    function setUp() public {
        usd6 = new TestStablecoin("Test USD", "tUSD", 6);
        usd18 = new TestStablecoin("Test DAI", "tDAI", 18);
    }

    function test_decimals_asConfigured() public view {
        assertEq(usd6.decimals(), 6);
        assertEq(usd18.decimals(), 18);
        assertEq(usd6.symbol(), "tUSD");
    }

    function test_faucet_mintsAndEmits() public {
        vm.expectEmit(true, false, false, true, address(usd6));
        emit TestStablecoin.FaucetDripped(alice, 5e6);
        usd6.faucet(alice, 5e6);
        assertEq(usd6.balanceOf(alice), 5e6);
        assertEq(usd6.totalSupply(), 5e6);
    }

    function test_faucet_limitInWholeUnits() public {
        uint256 limit6 = 100_000 * 1e6;
        usd6.faucet(alice, limit6);
        vm.expectRevert(abi.encodeWithSelector(TestStablecoin.TestStablecoinFaucetLimit.selector, limit6 + 1, limit6));
        usd6.faucet(alice, limit6 + 1);
        uint256 limit18 = 100_000 * 1e18;
        vm.expectRevert(abi.encodeWithSelector(TestStablecoin.TestStablecoinFaucetLimit.selector, limit18 + 1, limit18));
        usd18.faucet(alice, limit18 + 1);
    }

    function test_constructor_refusedOnMainnet() public {
        vm.chainId(1);
        vm.expectRevert(abi.encodeWithSelector(TestStablecoin.TestStablecoinNotATestChain.selector, 1));
        new TestStablecoin("Test USD", "tUSD", 6);
    }

    function test_faucet_refusedOnceOnAnotherChain() public {
        vm.chainId(8453); // Base mainnet
        vm.expectRevert(abi.encodeWithSelector(TestStablecoin.TestStablecoinNotATestChain.selector, 8453));
        usd6.faucet(alice, 1);
    }

    function test_isTestChain_list() public view {
        assertTrue(usd6.isTestChain(31_337));
        assertTrue(usd6.isTestChain(1337));
        assertTrue(usd6.isTestChain(11_155_111));
        assertTrue(usd6.isTestChain(84_532));
        assertTrue(usd6.isTestChain(421_614));
        assertTrue(usd6.isTestChain(11_155_420));
        assertFalse(usd6.isTestChain(1));
        assertFalse(usd6.isTestChain(8453));
        assertFalse(usd6.isTestChain(137));
    }

    function test_permit_setsAllowanceWithSignature() public {
        (address owner, uint256 pk) = makeAddrAndKey("owner");
        address spender = makeAddr("spender");
        uint256 deadline = block.timestamp + 1 days;
        bytes32 digest = keccak256(
            abi.encodePacked(
                "\x19\x01",
                usd6.DOMAIN_SEPARATOR(),
                keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, 7e6, usd6.nonces(owner), deadline))
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        usd6.permit(owner, spender, 7e6, deadline, v, r, s);
        assertEq(usd6.allowance(owner, spender), 7e6);
        assertEq(usd6.nonces(owner), 1);
        // Replaying the same signature fails (the nonce moved on).
        vm.expectPartialRevert(bytes4(keccak256("ERC2612InvalidSigner(address,address)")));
        usd6.permit(owner, spender, 7e6, deadline, v, r, s);
    }

    function test_permit_expiredDeadlineReverts() public {
        (address owner, uint256 pk) = makeAddrAndKey("owner");
        uint256 deadline = block.timestamp;
        bytes32 digest = keccak256(
            abi.encodePacked(
                "\x19\x01",
                usd6.DOMAIN_SEPARATOR(),
                keccak256(abi.encode(PERMIT_TYPEHASH, owner, alice, 1, usd6.nonces(owner), deadline))
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(bytes4(keccak256("ERC2612ExpiredSignature(uint256)")), deadline));
        usd6.permit(owner, alice, 1, deadline, v, r, s);
    }
}
