// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MutualPool} from "../../contracts/src/MutualPool.sol";
import {TestStablecoin} from "../../contracts/src/tokens/TestStablecoin.sol";
import {BenchBase} from "./utils/BenchBase.sol";

/// @notice The check of the bench's method: a short scenario whose every transaction bench/gas.mjs replays on a
///         real anvil node, comparing forge's isolated `gasTotalUsed` with each receipt's `gasUsed`.
/// @dev Both sides use anvil's default accounts and deploy from account 0 at nonces 0 and 1, so the contracts
///      have the same addresses, the permit the same signature and every transaction the same calldata.
///      The runner takes the permit signature from this test's output (`notes`); anvil accepts it because the
///      domain (chain 31337, same token address) and the nonce are the same.
contract AnvilParityBench is BenchBase {
    uint256 internal constant DEPLOYER_KEY = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80;
    uint256 internal constant ALICE_KEY = 0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d;
    uint256 internal constant BOB_KEY = 0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a;
    uint256 internal constant CAROL_KEY = 0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6;
    uint256 internal constant DAVE_KEY = 0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a;
    address internal constant PATIENT = 0x000000000000000000000000000000000000bEEF;
    address internal constant TIMELOCK = 0x000000000000000000000000000000000000dEaD;
    uint256 internal constant PERMIT_DEADLINE = 4_000_000_000;

    function test_anvilParity() public {
        _begin("parity", 3);
        address deployer = vm.addr(DEPLOYER_KEY);
        address alice = vm.addr(ALICE_KEY);
        address bob = vm.addr(BOB_KEY);
        address carol = vm.addr(CAROL_KEY);
        address dave = vm.addr(DAVE_KEY);

        vm.startPrank(deployer);
        TestStablecoin usd = new TestStablecoin("Test USD", "tUSD", 6);
        MutualPool pool = new MutualPool(IERC20(address(usd)), 14 days, 90 days, 10e6, 7 days, TIMELOCK, deployer);
        assertEq(address(usd), vm.computeCreateAddress(deployer, 0), "token address as on anvil");
        assertEq(address(pool), vm.computeCreateAddress(deployer, 1), "pool address as on anvil");
        pool.grantRole(pool.CLAIMS_ROLE(), deployer);
        usd.faucet(alice, 1000e6);
        usd.faucet(bob, 1000e6);
        usd.faucet(carol, 1000e6);
        usd.faucet(dave, 1000e6);
        usd.faucet(PATIENT, 1e6);
        vm.stopPrank();

        vm.prank(alice);
        usd.approve(address(pool), type(uint256).max);
        vm.prank(bob);
        usd.approve(address(pool), type(uint256).max);
        vm.prank(dave);
        usd.approve(address(pool), type(uint256).max);

        vm.prank(alice);
        pool.join(keccak256("alice"), 100e6, 0);
        _recordLastCall("01_joinFirst");
        vm.prank(bob);
        pool.join(keccak256("bob"), 200e6, 0);
        _recordLastCall("02_join");

        (uint8 v, bytes32 r, bytes32 s) = _permit(usd, carol, address(pool), 150e6);
        vm.prank(carol);
        pool.joinWithPermit(keccak256("carol"), 150e6, 1, PERMIT_DEADLINE, v, r, s);
        _recordLastCall("03_joinWithPermit");
        _note("permitV", v);
        _noteText("permitR", vm.toString(r));
        _noteText("permitS", vm.toString(s));

        vm.prank(alice);
        pool.topUp(10e6, 0);
        _recordLastCall("04_topUp");
        vm.prank(bob);
        pool.requestExit();
        _recordLastCall("05_requestExit");
        vm.prank(deployer);
        pool.queuePayment(1, PATIENT, 3e6);
        vm.warp(block.timestamp + 14 days);
        vm.prank(deployer);
        pool.settleEpoch();
        _recordLastCall("06_settleEpoch");
        vm.prank(bob);
        pool.withdraw();
        _recordLastCall("07_withdraw");
        // Keys now: alice 110, carol 150 (index 1): dave's 121 goes between them, after alice (id 1).
        vm.prank(dave);
        pool.join(keccak256("dave"), 120e6, 1);
        _recordLastCall("08_joinMidList");
        _end();
    }

    function _permit(TestStablecoin usd, address owner, address spender, uint256 value)
        internal
        view
        returns (uint8, bytes32, bytes32)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                spender,
                value,
                usd.nonces(owner),
                PERMIT_DEADLINE
            )
        );
        return vm.sign(CAROL_KEY, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
    }
}
