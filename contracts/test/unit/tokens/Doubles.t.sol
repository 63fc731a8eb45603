// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, Vm} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {UsdcDouble} from "../../doubles/UsdcDouble.sol";
import {UsdtDouble} from "../../doubles/UsdtDouble.sol";
import {DaiDouble} from "../../doubles/DaiDouble.sol";

/// @notice Calls a token the way a contract does: with Solidity's ERC-20 interface (which insists on the `bool`)
///         or through OpenZeppelin's SafeERC20 (which accepts no return value).
contract TokenCaller {
    using SafeERC20 for IERC20;

    function plainTransfer(IERC20 token, address to, uint256 amount) external returns (bool) {
        return token.transfer(to, amount);
    }

    function plainApprove(IERC20 token, address spender, uint256 amount) external returns (bool) {
        return token.approve(spender, amount);
    }

    function safeTransfer(IERC20 token, address to, uint256 amount) external {
        token.safeTransfer(to, amount);
    }

    function safeTransferFrom(IERC20 token, address from, address to, uint256 amount) external {
        token.safeTransferFrom(from, to, amount);
    }

    function forceApprove(IERC20 token, address spender, uint256 amount) external {
        token.forceApprove(spender, amount);
    }
}

/// @notice A contract wallet that accepts, through ERC-1271, whatever its signer key signed.
contract SignerWallet {
    address public immutable signer;

    constructor(address signer_) {
        signer = signer_;
    }

    function isValidSignature(bytes32 digest, bytes memory signature) external view returns (bytes4) {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        return err == ECDSA.RecoverError.NoError && recovered == signer ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }
}

/// @notice A successor for a deprecated USDT: records the forwarded calls.
contract UpgradedUsdtStub {
    address public lastSender;
    address public lastFrom;
    address public lastTo;
    uint256 public lastValue;

    function transferByLegacy(address from, address to, uint256 value) external {
        (lastSender, lastFrom, lastTo, lastValue) = (msg.sender, from, to, value);
    }

    function transferFromByLegacy(address sender, address from, address to, uint256 value) external {
        (lastSender, lastFrom, lastTo, lastValue) = (sender, from, to, value);
    }

    function approveByLegacy(address from, address spender, uint256 value) external {
        (lastSender, lastFrom, lastTo, lastValue) = (msg.sender, from, spender, value);
    }

    function balanceOf(address) external pure returns (uint256) {
        return 42;
    }

    function allowance(address, address) external pure returns (uint256) {
        return 43;
    }

    function totalSupply() external pure returns (uint256) {
        return 44;
    }
}

/// @notice Shared helpers: raw calls that show what a failure looks like (empty data or not, gas kept or burnt).
abstract contract DoublesBase is Test {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    /// @dev Calls `target` as `from` with `gasLimit` gas and reports the outcome and the gas the call used.
    function _rawCall(address from, address target, bytes memory data, uint256 gasLimit)
        internal
        returns (bool ok, bytes memory ret, uint256 used)
    {
        vm.prank(from);
        uint256 before = gasleft();
        (ok, ret) = target.call{gas: gasLimit}(data);
        used = before - gasleft();
    }

    /// @dev A bare `require`: fails with no data and hands most of the gas back.
    function _assertBareRevert(address from, address target, bytes memory data) internal {
        (bool ok, bytes memory ret, uint256 used) = _rawCall(from, target, data, 1_000_000);
        assertFalse(ok, "call should fail");
        assertEq(ret.length, 0, "bare revert: no data");
        assertLt(used, 500_000, "bare revert: gas handed back");
    }

    /// @dev The INVALID opcode (0.4's `assert`): fails with no data and burns all the gas it was given.
    function _assertInvalidOpcode(address from, address target, bytes memory data) internal {
        (bool ok, bytes memory ret, uint256 used) = _rawCall(from, target, data, 1_000_000);
        assertFalse(ok, "call should fail");
        assertEq(ret.length, 0, "invalid opcode: no data");
        assertGe(used, 1_000_000, "invalid opcode: all gas consumed");
    }

    function _digest(bytes32 domainSeparator, bytes32 structHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator, structHash));
    }
}

// =====================================================================================================================
// USDC (FiatTokenV2_2)
// =====================================================================================================================

contract UsdcDoubleTest is DoublesBase {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    UsdcDouble internal usdc;
    address internal admin = makeAddr("circle admin");
    address internal alice;
    uint256 internal aliceKey;
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function setUp() public {
        (alice, aliceKey) = makeAddrAndKey("alice");
        usdc = new UsdcDouble(admin);
    }

    function _mint(address to, uint256 amount) internal {
        vm.startPrank(admin);
        usdc.configureMinter(admin, amount);
        usdc.mint(to, amount);
        vm.stopPrank();
    }

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        return _digest(
            usdc.DOMAIN_SEPARATOR(), keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline))
        );
    }

    function _signPermit(uint256 key, address spender, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        address owner = vm.addr(key);
        return vm.sign(key, _permitDigest(owner, spender, value, usdc.nonces(owner), deadline));
    }

    // --- Metadata, domain ---

    function test_metadata_asCircle() public view {
        assertEq(usdc.name(), "USD Coin");
        assertEq(usdc.symbol(), "USDC");
        assertEq(usdc.decimals(), 6);
        assertEq(usdc.version(), "2");
        assertEq(usdc.currency(), "USD");
        assertEq(usdc.PERMIT_TYPEHASH(), 0x6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9);
        assertEq(
            usdc.TRANSFER_WITH_AUTHORIZATION_TYPEHASH(),
            0x7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a2267
        );
        assertEq(usdc.owner(), admin);
        assertEq(usdc.pauser(), admin);
        assertEq(usdc.blacklister(), admin);
        assertEq(usdc.masterMinter(), admin);
        assertEq(usdc.rescuer(), admin);
        assertFalse(usdc.paused());
    }

    function test_constructor_refusesZeroAdmin() public {
        vm.expectRevert(bytes("FiatToken: new owner is the zero address"));
        new UsdcDouble(address(0));
    }

    function test_domainSeparator_isEip712WithVersion2_andFollowsTheChainId() public {
        bytes32 expected =
            keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("USD Coin"), keccak256("2"), block.chainid, address(usdc)));
        assertEq(usdc.DOMAIN_SEPARATOR(), expected);
        // v2.2 recomputes it on every call.
        vm.chainId(8453);
        assertEq(
            usdc.DOMAIN_SEPARATOR(),
            keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("USD Coin"), keccak256("2"), 8453, address(usdc)))
        );
        assertTrue(usdc.DOMAIN_SEPARATOR() != expected);
    }

    function test_eip712Domain_isAbsent() public view {
        (bool ok,) = address(usdc).staticcall(abi.encodeWithSignature("eip712Domain()"));
        assertFalse(ok);
    }

    // --- Minting ---

    function test_mint_emitsMintThenTransfer_andSpendsTheMinterAllowance() public {
        vm.prank(admin);
        usdc.configureMinter(bob, 100e6);
        assertTrue(usdc.isMinter(bob));
        vm.expectEmit(true, true, false, true, address(usdc));
        emit UsdcDouble.Mint(bob, alice, 30e6);
        vm.expectEmit(true, true, false, true, address(usdc));
        emit UsdcDouble.Transfer(address(0), alice, 30e6);
        vm.prank(bob);
        assertTrue(usdc.mint(alice, 30e6));
        assertEq(usdc.balanceOf(alice), 30e6);
        assertEq(usdc.totalSupply(), 30e6);
        assertEq(usdc.minterAllowance(bob), 70e6);
    }

    function test_mint_revertStrings() public {
        vm.prank(bob);
        vm.expectRevert(bytes("FiatToken: caller is not a minter"));
        usdc.mint(alice, 1);
        vm.prank(bob);
        vm.expectRevert(bytes("FiatToken: caller is not the masterMinter"));
        usdc.configureMinter(bob, 1);

        vm.prank(admin);
        usdc.configureMinter(bob, 10);
        vm.startPrank(bob);
        vm.expectRevert(bytes("FiatToken: mint amount not greater than 0"));
        usdc.mint(alice, 0);
        vm.expectRevert(bytes("FiatToken: mint amount exceeds minterAllowance"));
        usdc.mint(alice, 11);
        vm.expectRevert(bytes("FiatToken: mint to the zero address"));
        usdc.mint(address(0), 1);
        vm.stopPrank();

        vm.prank(admin);
        usdc.blacklist(alice);
        vm.prank(bob);
        vm.expectRevert(bytes("Blacklistable: account is blacklisted"));
        usdc.mint(alice, 1);
    }

    // --- Transfers ---

    function test_transfer_revertStrings() public {
        _mint(alice, 10e6);
        vm.startPrank(alice);
        vm.expectRevert(bytes("ERC20: transfer amount exceeds balance"));
        usdc.transfer(bob, 10e6 + 1);
        vm.expectRevert(bytes("ERC20: transfer to the zero address"));
        usdc.transfer(address(0), 1);
        assertTrue(usdc.transfer(bob, 4e6));
        vm.stopPrank();
        assertEq(usdc.balanceOf(bob), 4e6);
    }

    function test_transfer_toTheTokenItselfIsRefused() public {
        _mint(alice, 10e6);
        assertTrue(usdc.isBlacklisted(address(usdc)));
        vm.prank(alice);
        vm.expectRevert(bytes("Blacklistable: account is blacklisted"));
        usdc.transfer(address(usdc), 1);
    }

    function test_transferFrom_checksTheAllowanceBeforeTheBalance() public {
        _mint(alice, 10e6);
        vm.prank(bob);
        vm.expectRevert(bytes("ERC20: transfer amount exceeds allowance"));
        usdc.transferFrom(alice, bob, 20e6); // both too small: the allowance message wins
        vm.prank(alice);
        usdc.approve(bob, 50e6);
        vm.prank(bob);
        vm.expectRevert(bytes("ERC20: transfer amount exceeds balance"));
        usdc.transferFrom(alice, bob, 20e6);
        vm.prank(bob);
        vm.expectRevert(bytes("ERC20: transfer to the zero address"));
        usdc.transferFrom(alice, address(0), 1);
    }

    function test_transferFrom_maxAllowanceIsNotInfinite() public {
        _mint(alice, 10e6);
        vm.prank(alice);
        usdc.approve(bob, type(uint256).max);
        vm.prank(bob);
        assertTrue(usdc.transferFrom(alice, carol, 3e6));
        assertEq(usdc.allowance(alice, bob), type(uint256).max - 3e6);
        assertEq(usdc.balanceOf(carol), 3e6);
    }

    function test_allowance_revertStrings() public {
        vm.startPrank(alice);
        vm.expectRevert(bytes("ERC20: approve to the zero address"));
        usdc.approve(address(0), 1);
        assertTrue(usdc.increaseAllowance(bob, 5));
        assertTrue(usdc.decreaseAllowance(bob, 2));
        assertEq(usdc.allowance(alice, bob), 3);
        vm.expectRevert(bytes("ERC20: decreased allowance below zero"));
        usdc.decreaseAllowance(bob, 4);
        vm.stopPrank();
    }

    // --- Pause ---

    function test_pause_stopsTransfersApprovalsAndPermits() public {
        _mint(alice, 10e6);
        vm.prank(alice);
        usdc.approve(bob, 5e6);
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, carol, 1e6, deadline);

        vm.expectEmit(false, false, false, true, address(usdc));
        emit UsdcDouble.Pause();
        vm.prank(admin);
        usdc.pause();
        assertTrue(usdc.paused());

        vm.startPrank(alice);
        vm.expectRevert(bytes("Pausable: paused"));
        usdc.transfer(bob, 1);
        vm.expectRevert(bytes("Pausable: paused"));
        usdc.approve(bob, 1);
        vm.expectRevert(bytes("Pausable: paused"));
        usdc.increaseAllowance(bob, 1);
        vm.expectRevert(bytes("Pausable: paused"));
        usdc.decreaseAllowance(bob, 1);
        vm.stopPrank();
        vm.prank(bob);
        vm.expectRevert(bytes("Pausable: paused"));
        usdc.transferFrom(alice, bob, 1);
        vm.expectRevert(bytes("Pausable: paused"));
        usdc.permit(alice, carol, 1e6, deadline, v, r, s);
        vm.expectRevert(bytes("Pausable: paused"));
        usdc.permit(alice, carol, 1e6, deadline, abi.encodePacked(r, s, v));
        vm.prank(admin);
        vm.expectRevert(bytes("Pausable: paused"));
        usdc.configureMinter(admin, 1);

        vm.expectEmit(false, false, false, true, address(usdc));
        emit UsdcDouble.Unpause();
        vm.prank(admin);
        usdc.unpause();
        usdc.permit(alice, carol, 1e6, deadline, v, r, s);
        assertEq(usdc.allowance(alice, carol), 1e6);
    }

    function test_pause_onlyThePauser() public {
        vm.prank(bob);
        vm.expectRevert(bytes("Pausable: caller is not the pauser"));
        usdc.pause();
    }

    // --- Blacklist ---

    function test_blacklist_stopsSenderFromToAndSpender() public {
        _mint(alice, 10e6);
        _mint(carol, 10e6);
        vm.prank(alice);
        usdc.approve(bob, 10e6);
        vm.prank(carol);
        usdc.approve(bob, 10e6);

        vm.expectEmit(true, false, false, true, address(usdc));
        emit UsdcDouble.Blacklisted(alice);
        vm.prank(admin);
        usdc.blacklist(alice);
        assertTrue(usdc.isBlacklisted(alice));

        // msg.sender of transfer
        vm.prank(alice);
        vm.expectRevert(bytes("Blacklistable: account is blacklisted"));
        usdc.transfer(bob, 1);
        // to of transfer
        vm.prank(carol);
        vm.expectRevert(bytes("Blacklistable: account is blacklisted"));
        usdc.transfer(alice, 1);
        // from of transferFrom
        vm.prank(bob);
        vm.expectRevert(bytes("Blacklistable: account is blacklisted"));
        usdc.transferFrom(alice, bob, 1);
        // to of transferFrom
        vm.prank(bob);
        vm.expectRevert(bytes("Blacklistable: account is blacklisted"));
        usdc.transferFrom(carol, alice, 1);

        // msg.sender (the spender) of transferFrom
        vm.prank(admin);
        usdc.blacklist(bob);
        vm.prank(bob);
        vm.expectRevert(bytes("Blacklistable: account is blacklisted"));
        usdc.transferFrom(carol, carol, 1);

        vm.expectEmit(true, false, false, true, address(usdc));
        emit UsdcDouble.UnBlacklisted(bob);
        vm.prank(admin);
        usdc.unBlacklist(bob);
        vm.prank(bob);
        assertTrue(usdc.transferFrom(carol, bob, 1));
    }

    /// @dev v2.2 dropped the blacklist checks from approve, increase/decreaseAllowance and permit.
    function test_blacklist_doesNotStopApprovalsOrPermits() public {
        vm.startPrank(admin);
        usdc.blacklist(alice);
        usdc.blacklist(bob);
        vm.stopPrank();
        vm.startPrank(alice);
        assertTrue(usdc.approve(bob, 5));
        assertTrue(usdc.increaseAllowance(bob, 1));
        vm.stopPrank();
        assertEq(usdc.allowance(alice, bob), 6);
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, bob, 9, deadline);
        usdc.permit(alice, bob, 9, deadline, v, r, s);
        assertEq(usdc.allowance(alice, bob), 9);
    }

    function test_blacklist_onlyTheBlacklister() public {
        vm.prank(bob);
        vm.expectRevert(bytes("Blacklistable: caller is not the blacklister"));
        usdc.blacklist(alice);
    }

    // --- Permit ---

    function test_permit_withVRS() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, bob, 7e6, deadline);
        vm.expectEmit(true, true, false, true, address(usdc));
        emit UsdcDouble.Approval(alice, bob, 7e6);
        vm.prank(carol); // anyone may submit it
        usdc.permit(alice, bob, 7e6, deadline, v, r, s);
        assertEq(usdc.allowance(alice, bob), 7e6);
        assertEq(usdc.nonces(alice), 1);
        // Replaying it fails: the nonce has moved on, so the signature no longer matches.
        vm.expectRevert(bytes("EIP2612: invalid signature"));
        usdc.permit(alice, bob, 7e6, deadline, v, r, s);
    }

    function test_permit_withBytesSignature() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, bob, 8e6, deadline);
        usdc.permit(alice, bob, 8e6, deadline, abi.encodePacked(r, s, v));
        assertEq(usdc.allowance(alice, bob), 8e6);
        assertEq(usdc.nonces(alice), 1);
    }

    function test_permit_deadlines() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, bob, 1, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(bytes("FiatTokenV2: permit is expired"));
        usdc.permit(alice, bob, 1, deadline, v, r, s);
        // A deadline equal to the block time is still valid, and the maximum never expires.
        (v, r, s) = _signPermit(aliceKey, bob, 2, block.timestamp);
        usdc.permit(alice, bob, 2, block.timestamp, v, r, s);
        (v, r, s) = _signPermit(aliceKey, bob, 3, type(uint256).max);
        usdc.permit(alice, bob, 3, type(uint256).max, v, r, s);
        assertEq(usdc.allowance(alice, bob), 3);
    }

    function test_permit_signatureRevertStrings() public {
        uint256 deadline = block.timestamp + 1 hours;
        (, uint256 otherKey) = makeAddrAndKey("other");
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(otherKey, bob, 1, deadline);
        vm.expectRevert(bytes("EIP2612: invalid signature"));
        usdc.permit(alice, bob, 1, deadline, v, r, s); // signed by someone else
        (v, r, s) = _signPermit(aliceKey, bob, 1, deadline);
        vm.expectRevert(bytes("ECRecover: invalid signature 'v' value"));
        usdc.permit(alice, bob, 1, deadline, v - 27, r, s); // v of 0/1 is not accepted
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        vm.expectRevert(bytes("ECRecover: invalid signature 's' value"));
        usdc.permit(alice, bob, 1, deadline, v == 27 ? 28 : 27, r, bytes32(n - uint256(s))); // the malleable twin
        vm.expectRevert(bytes("ECRecover: invalid signature length"));
        usdc.permit(alice, bob, 1, deadline, abi.encodePacked(r, s));
        vm.expectRevert(bytes("ECRecover: invalid signature"));
        usdc.permit(alice, bob, 1, deadline, 27, bytes32(0), bytes32(uint256(1))); // ecrecover gives zero
    }

    function test_permit_contractOwnerThroughErc1271() public {
        (address signer, uint256 signerKey) = makeAddrAndKey("wallet signer");
        SignerWallet wallet = new SignerWallet(signer);
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 digest = _permitDigest(address(wallet), bob, 5, 0, deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, digest);
        usdc.permit(address(wallet), bob, 5, deadline, abi.encodePacked(r, s, v));
        assertEq(usdc.allowance(address(wallet), bob), 5);
        // A signature the wallet refuses.
        (v, r, s) = vm.sign(aliceKey, _permitDigest(address(wallet), bob, 6, 1, deadline));
        vm.expectRevert(bytes("EIP2612: invalid signature"));
        usdc.permit(address(wallet), bob, 6, deadline, abi.encodePacked(r, s, v));
    }

    // --- EIP-3009 ---

    function test_transferWithAuthorization_onceOnly() public {
        _mint(alice, 10e6);
        bytes32 nonce = keccak256("auth-1");
        uint256 validBefore = block.timestamp + 1 hours;
        bytes32 structHash =
            keccak256(abi.encode(usdc.TRANSFER_WITH_AUTHORIZATION_TYPEHASH(), alice, bob, 4e6, 0, validBefore, nonce));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, _digest(usdc.DOMAIN_SEPARATOR(), structHash));
        vm.expectEmit(true, true, false, true, address(usdc));
        emit UsdcDouble.AuthorizationUsed(alice, nonce);
        vm.prank(carol);
        usdc.transferWithAuthorization(alice, bob, 4e6, 0, validBefore, nonce, v, r, s);
        assertEq(usdc.balanceOf(bob), 4e6);
        assertTrue(usdc.authorizationState(alice, nonce));
        vm.expectRevert(bytes("FiatTokenV2: authorization is used or canceled"));
        usdc.transferWithAuthorization(alice, bob, 4e6, 0, validBefore, nonce, v, r, s);
        vm.prank(carol);
        vm.expectRevert(bytes("FiatTokenV2: caller must be the payee"));
        usdc.receiveWithAuthorization(alice, bob, 4e6, 0, validBefore, nonce, v, r, s);
    }

    // --- Ownership ---

    function test_ownerFunctions_onlyTheOwner() public {
        vm.startPrank(bob);
        vm.expectRevert(bytes("Ownable: caller is not the owner"));
        usdc.transferOwnership(bob);
        vm.expectRevert(bytes("Ownable: caller is not the owner"));
        usdc.updatePauser(bob);
        vm.stopPrank();
        vm.expectEmit(false, false, false, true, address(usdc));
        emit UsdcDouble.OwnershipTransferred(admin, bob);
        vm.prank(admin);
        usdc.transferOwnership(bob);
        assertEq(usdc.owner(), bob);
    }
}

// =====================================================================================================================
// USDT (TetherToken)
// =====================================================================================================================

contract UsdtDoubleTest is DoublesBase {
    UsdtDouble internal usdt;
    TokenCaller internal caller;
    address internal tether = makeAddr("tether owner");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function setUp() public {
        vm.prank(tether);
        usdt = new UsdtDouble(0);
        caller = new TokenCaller();
    }

    function _give(address to, uint256 amount) internal {
        vm.startPrank(tether);
        usdt.issue(amount);
        usdt.transfer(to, amount);
        vm.stopPrank();
    }

    function _transferData(address to, uint256 amount) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("transfer(address,uint256)", to, amount);
    }

    function _transferFromData(address from, address to, uint256 amount) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("transferFrom(address,address,uint256)", from, to, amount);
    }

    function _approveData(address spender, uint256 amount) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("approve(address,uint256)", spender, amount);
    }

    function test_metadata_asTether() public view {
        assertEq(usdt.name(), "Tether USD");
        assertEq(usdt.symbol(), "USDT");
        assertEq(usdt.decimals(), 6);
        assertEq(usdt.owner(), tether);
        assertEq(usdt.getOwner(), tether);
        assertEq(usdt.basisPointsRate(), 0);
        assertEq(usdt.maximumFee(), 0);
        assertEq(usdt.MAX_UINT(), type(uint256).max);
        assertFalse(usdt.paused());
        assertFalse(usdt.deprecated());
    }

    function test_constructor_creditsTheOwnerWithoutAnEvent() public {
        vm.recordLogs();
        vm.prank(tether);
        UsdtDouble t = new UsdtDouble(5e6);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(t.balanceOf(tether), 5e6);
        assertEq(t.totalSupply(), 5e6);
    }

    // --- Missing return values ---

    function test_transferTransferFromApprove_returnNothing() public {
        _give(alice, 10e6);
        (bool ok, bytes memory ret,) = _rawCall(alice, address(usdt), _transferData(bob, 1e6), 1_000_000);
        assertTrue(ok);
        assertEq(ret.length, 0);
        (ok, ret,) = _rawCall(alice, address(usdt), _approveData(bob, 1e6), 1_000_000);
        assertTrue(ok);
        assertEq(ret.length, 0);
        (ok, ret,) = _rawCall(bob, address(usdt), _transferFromData(alice, bob, 1e6), 1_000_000);
        assertTrue(ok);
        assertEq(ret.length, 0);
        assertEq(usdt.balanceOf(bob), 2e6);
    }

    function test_plainIERC20Calls_revert_butSafeERC20Works() public {
        _give(address(caller), 10e6);
        // Solidity's ERC-20 interface wants 32 bytes back: the caller reverts (with no data) after the transfer.
        (bool ok, bytes memory ret) =
            address(caller).call(abi.encodeCall(TokenCaller.plainTransfer, (IERC20(address(usdt)), bob, 1e6)));
        assertFalse(ok);
        assertEq(ret.length, 0);
        (ok, ret) = address(caller).call(abi.encodeCall(TokenCaller.plainApprove, (IERC20(address(usdt)), bob, 1)));
        assertFalse(ok);
        assertEq(ret.length, 0);
        assertEq(usdt.balanceOf(bob), 0);

        caller.safeTransfer(IERC20(address(usdt)), bob, 1e6);
        assertEq(usdt.balanceOf(bob), 1e6);
        vm.prank(bob);
        usdt.approve(address(caller), 1e6);
        caller.safeTransferFrom(IERC20(address(usdt)), bob, carol, 1e6);
        assertEq(usdt.balanceOf(carol), 1e6);
    }

    // --- Approve ---

    function test_approve_nonZeroToNonZeroReverts() public {
        vm.prank(alice);
        usdt.approve(bob, 5);
        _assertBareRevert(alice, address(usdt), _approveData(bob, 6));
        _assertBareRevert(alice, address(usdt), _approveData(bob, 5)); // even to the same value
        vm.startPrank(alice);
        usdt.approve(bob, 0);
        usdt.approve(bob, 6);
        vm.stopPrank();
        assertEq(usdt.allowance(alice, bob), 6);
    }

    function test_forceApprove_goesThroughZero() public {
        caller.forceApprove(IERC20(address(usdt)), bob, 5);
        vm.expectEmit(true, true, false, true, address(usdt));
        emit UsdtDouble.Approval(address(caller), bob, 0);
        vm.expectEmit(true, true, false, true, address(usdt));
        emit UsdtDouble.Approval(address(caller), bob, 9);
        caller.forceApprove(IERC20(address(usdt)), bob, 9);
        assertEq(usdt.allowance(address(caller), bob), 9);
    }

    // --- Arithmetic failures: INVALID, all gas gone ---

    function test_insufficientBalance_isAnInvalidOpcode() public {
        _give(alice, 10e6);
        _assertInvalidOpcode(alice, address(usdt), _transferData(bob, 10e6 + 1));
        vm.prank(alice);
        usdt.approve(bob, type(uint256).max);
        _assertInvalidOpcode(bob, address(usdt), _transferFromData(alice, bob, 10e6 + 1));
    }

    function test_insufficientAllowance_isAnInvalidOpcode() public {
        _give(alice, 10e6);
        vm.prank(alice);
        usdt.approve(bob, 1e6);
        _assertInvalidOpcode(bob, address(usdt), _transferFromData(alice, bob, 1e6 + 1));
    }

    function test_maxAllowance_isNotDecreased() public {
        _give(alice, 10e6);
        vm.prank(alice);
        usdt.approve(bob, type(uint256).max);
        vm.prank(bob);
        usdt.transferFrom(alice, carol, 3e6);
        assertEq(usdt.allowance(alice, bob), type(uint256).max);
        vm.prank(alice);
        usdt.approve(carol, 5e6);
        vm.prank(carol);
        usdt.transferFrom(alice, carol, 3e6);
        assertEq(usdt.allowance(alice, carol), 2e6);
    }

    // --- Fee ---

    function test_fee_takenFromTheAmountAndPaidToTheOwner() public {
        _give(alice, 20_000e6);
        vm.expectEmit(false, false, false, true, address(usdt));
        emit UsdtDouble.Params(10, 5e6);
        vm.prank(tether);
        usdt.setParams(10, 5);
        assertEq(usdt.basisPointsRate(), 10);
        assertEq(usdt.maximumFee(), 5e6);

        // 0.1% of 1,000 USDT = 1 USDT, below the 5 USDT cap.
        vm.expectEmit(true, true, false, true, address(usdt));
        emit UsdtDouble.Transfer(alice, tether, 1e6);
        vm.expectEmit(true, true, false, true, address(usdt));
        emit UsdtDouble.Transfer(alice, bob, 999e6);
        vm.prank(alice);
        usdt.transfer(bob, 1000e6);
        assertEq(usdt.balanceOf(bob), 999e6);
        assertEq(usdt.balanceOf(tether), 1e6);

        // 0.1% of 10,000 USDT = 10 USDT, capped at 5.
        vm.prank(alice);
        usdt.transfer(bob, 10_000e6);
        assertEq(usdt.balanceOf(bob), 999e6 + 9995e6);
        assertEq(usdt.balanceOf(tether), 6e6);

        // transferFrom: the allowance pays the full amount, the receiver gets it less the fee.
        vm.prank(alice);
        usdt.approve(carol, 2000e6);
        vm.prank(carol);
        usdt.transferFrom(alice, carol, 2000e6);
        assertEq(usdt.balanceOf(carol), 1998e6);
        assertEq(usdt.allowance(alice, carol), 0);
        assertEq(usdt.balanceOf(alice), 20_000e6 - 13_000e6);
    }

    function test_setParams_ceilingsAndOwner() public {
        _assertBareRevert(tether, address(usdt), abi.encodeCall(UsdtDouble.setParams, (20, 0)));
        _assertBareRevert(tether, address(usdt), abi.encodeCall(UsdtDouble.setParams, (0, 50)));
        _assertBareRevert(alice, address(usdt), abi.encodeCall(UsdtDouble.setParams, (1, 1)));
        vm.prank(tether);
        usdt.setParams(19, 49);
        assertEq(usdt.maximumFee(), 49e6);
    }

    // --- Pause ---

    function test_pause_stopsTransfersButNotApprove() public {
        _give(alice, 10e6);
        vm.prank(alice);
        usdt.approve(bob, 5e6);
        vm.expectEmit(false, false, false, true, address(usdt));
        emit UsdtDouble.Pause();
        vm.prank(tether);
        usdt.pause();
        _assertBareRevert(alice, address(usdt), _transferData(bob, 1));
        _assertBareRevert(bob, address(usdt), _transferFromData(alice, bob, 1));
        vm.prank(alice);
        usdt.approve(bob, 0); // approve is not paused
        _assertBareRevert(tether, address(usdt), abi.encodeCall(UsdtDouble.pause, ())); // already paused
        _assertBareRevert(alice, address(usdt), abi.encodeCall(UsdtDouble.unpause, ())); // not the owner
        vm.expectEmit(false, false, false, true, address(usdt));
        emit UsdtDouble.Unpause();
        vm.prank(tether);
        usdt.unpause();
        _assertBareRevert(tether, address(usdt), abi.encodeCall(UsdtDouble.unpause, ())); // not paused
        vm.prank(alice);
        usdt.transfer(bob, 1);
    }

    // --- Blacklist ---

    function test_blacklist_onSenderOfTransferAndFromOfTransferFrom_only() public {
        _give(alice, 10e6);
        _give(carol, 10e6);
        vm.prank(alice);
        usdt.approve(bob, 10e6);
        vm.prank(carol);
        usdt.approve(alice, 10e6);

        vm.expectEmit(false, false, false, true, address(usdt));
        emit UsdtDouble.AddedBlackList(alice);
        vm.prank(tether);
        usdt.addBlackList(alice);
        assertTrue(usdt.isBlackListed(alice));
        assertTrue(usdt.getBlackListStatus(alice));

        _assertBareRevert(alice, address(usdt), _transferData(bob, 1)); // msg.sender of transfer
        _assertBareRevert(bob, address(usdt), _transferFromData(alice, bob, 1)); // from of transferFrom
        // Not checked: the receiver, and the spender of transferFrom.
        vm.prank(carol);
        usdt.transfer(alice, 1e6);
        vm.prank(alice);
        usdt.transferFrom(carol, bob, 1e6);
        assertEq(usdt.balanceOf(alice), 11e6);
        assertEq(usdt.balanceOf(bob), 1e6);

        vm.expectEmit(false, false, false, true, address(usdt));
        emit UsdtDouble.DestroyedBlackFunds(alice, 11e6);
        vm.prank(tether);
        usdt.destroyBlackFunds(alice);
        assertEq(usdt.balanceOf(alice), 0);
        assertEq(usdt.totalSupply(), 9e6);

        vm.prank(tether);
        usdt.removeBlackList(alice);
        assertFalse(usdt.isBlackListed(alice));
        _assertBareRevert(tether, address(usdt), abi.encodeCall(UsdtDouble.destroyBlackFunds, (alice)));
    }

    // --- Issue, redeem, ownership ---

    function test_issueAndRedeem_ownerOnly_noTransferEvents() public {
        vm.recordLogs();
        vm.prank(tether);
        usdt.issue(7e6);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(logs[0].topics[0], UsdtDouble.Issue.selector);
        assertEq(usdt.balanceOf(tether), 7e6);
        assertEq(usdt.totalSupply(), 7e6);

        vm.recordLogs();
        vm.prank(tether);
        usdt.redeem(2e6);
        logs = vm.getRecordedLogs();
        assertEq(logs.length, 1);
        assertEq(logs[0].topics[0], UsdtDouble.Redeem.selector);
        assertEq(usdt.totalSupply(), 5e6);

        _assertBareRevert(tether, address(usdt), abi.encodeCall(UsdtDouble.issue, (0))); // strict > check
        _assertBareRevert(alice, address(usdt), abi.encodeCall(UsdtDouble.issue, (1)));
        _assertBareRevert(tether, address(usdt), abi.encodeCall(UsdtDouble.redeem, (5e6 + 1)));
    }

    function test_noZeroAddressChecks() public {
        _give(alice, 10e6);
        vm.prank(alice);
        usdt.transfer(address(0), 1e6);
        assertEq(usdt.balanceOf(address(0)), 1e6);
        assertEq(usdt.totalSupply(), 10e6);
        vm.prank(tether);
        usdt.transferOwnership(address(0)); // ignored
        assertEq(usdt.owner(), tether);
    }

    function test_shortCalldata_reverts() public {
        _give(alice, 10e6);
        bytes memory full = _transferData(bob, 1);
        bytes memory short = new bytes(full.length - 1);
        for (uint256 i; i < short.length; ++i) {
            short[i] = full[i];
        }
        _assertBareRevert(alice, address(usdt), short);
    }

    function test_deprecate_forwardsToTheSuccessor() public {
        UpgradedUsdtStub next = new UpgradedUsdtStub();
        vm.expectEmit(false, false, false, true, address(usdt));
        emit UsdtDouble.Deprecate(address(next));
        vm.prank(tether);
        usdt.deprecate(address(next));
        assertEq(usdt.balanceOf(alice), 42);
        assertEq(usdt.allowance(alice, bob), 43);
        assertEq(usdt.totalSupply(), 44);
        vm.prank(alice);
        usdt.transfer(bob, 5);
        assertEq(next.lastFrom(), alice);
        assertEq(next.lastTo(), bob);
        assertEq(next.lastValue(), 5);
        vm.prank(bob);
        usdt.transferFrom(alice, carol, 6);
        assertEq(next.lastSender(), bob);
        assertEq(next.lastTo(), carol);
    }
}

// =====================================================================================================================
// DAI (dai.sol)
// =====================================================================================================================

contract DaiDoubleTest is DoublesBase {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)");

    DaiDouble internal dai;
    address internal alice;
    uint256 internal aliceKey;
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function setUp() public {
        (alice, aliceKey) = makeAddrAndKey("alice");
        dai = new DaiDouble(block.chainid);
    }

    function _sign(uint256 key, address spender, uint256 nonce, uint256 expiry, bool allowed)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, vm.addr(key), spender, nonce, expiry, allowed));
        return vm.sign(key, _digest(dai.DOMAIN_SEPARATOR(), structHash));
    }

    function test_metadata_asMaker() public view {
        assertEq(dai.name(), "Dai Stablecoin");
        assertEq(dai.symbol(), "DAI");
        assertEq(dai.version(), "1");
        assertEq(dai.decimals(), 18);
        assertEq(dai.PERMIT_TYPEHASH(), 0xea2aa0a1be11a07ed86d755c93467f4f82362b452371d1ba94d1715123511acb);
        assertEq(dai.wards(address(this)), 1);
    }

    function test_domainSeparator_fixedAtConstruction() public {
        bytes32 expected = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Dai Stablecoin"), keccak256("1"), block.chainid, address(dai))
        );
        assertEq(dai.DOMAIN_SEPARATOR(), expected);
        vm.chainId(10);
        assertEq(dai.DOMAIN_SEPARATOR(), expected); // stored, not recomputed
        DaiDouble other = new DaiDouble(5);
        assertEq(
            other.DOMAIN_SEPARATOR(),
            keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("Dai Stablecoin"), keccak256("1"), 5, address(other)))
        );
    }

    function test_noEip5267_noPause_noBlacklist_noEip2612() public view {
        bytes[4] memory calls = [
            abi.encodeWithSignature("eip712Domain()"),
            abi.encodeWithSignature("paused()"),
            abi.encodeWithSignature("isBlacklisted(address)", alice),
            abi.encodeWithSignature(
                "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)", alice, bob, 1, 1, 27, 0, 0
            )
        ];
        for (uint256 i; i < calls.length; ++i) {
            (bool ok,) = address(dai).staticcall(calls[i]);
            assertFalse(ok);
        }
    }

    // --- Auth ---

    function test_auth_wardsMintRelyDeny() public {
        vm.prank(bob);
        vm.expectRevert(bytes("Dai/not-authorized"));
        dai.mint(bob, 1);
        vm.prank(bob);
        vm.expectRevert(bytes("Dai/not-authorized"));
        dai.rely(bob);

        vm.recordLogs();
        dai.rely(bob);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        // LibNote: anonymous, topics = selector, caller, first two argument words; data = 224 calldata bytes.
        assertEq(logs.length, 1);
        assertEq(logs[0].topics.length, 4);
        assertEq(logs[0].topics[0], bytes32(DaiDouble.rely.selector));
        assertEq(logs[0].topics[1], bytes32(uint256(uint160(address(this)))));
        assertEq(logs[0].topics[2], bytes32(uint256(uint160(bob))));
        assertEq(logs[0].topics[3], bytes32(0));
        assertEq(logs[0].data.length, 288);
        assertEq(dai.wards(bob), 1);

        vm.expectEmit(true, true, false, true, address(dai));
        emit DaiDouble.Transfer(address(0), alice, 5e18);
        vm.prank(bob);
        dai.mint(alice, 5e18);
        assertEq(dai.totalSupply(), 5e18);

        dai.deny(bob);
        vm.prank(bob);
        vm.expectRevert(bytes("Dai/not-authorized"));
        dai.mint(alice, 1);
    }

    function test_mintOverflow_revertsWithEmptyData() public {
        dai.mint(alice, type(uint256).max);
        (bool ok, bytes memory ret) = address(dai).call(abi.encodeCall(DaiDouble.mint, (alice, 1)));
        assertFalse(ok);
        assertEq(ret.length, 0);
    }

    // --- Transfers ---

    function test_transfer_revertStrings_balanceBeforeAllowance() public {
        dai.mint(alice, 10e18);
        vm.prank(alice);
        vm.expectRevert(bytes("Dai/insufficient-balance"));
        dai.transfer(bob, 10e18 + 1);
        vm.prank(bob);
        vm.expectRevert(bytes("Dai/insufficient-balance"));
        dai.transferFrom(alice, bob, 10e18 + 1); // both too small: the balance message wins
        vm.prank(bob);
        vm.expectRevert(bytes("Dai/insufficient-allowance"));
        dai.transferFrom(alice, bob, 1);
    }

    function test_transferFrom_ownTokensNeedNoAllowance() public {
        dai.mint(alice, 10e18);
        vm.prank(alice);
        assertTrue(dai.transferFrom(alice, bob, 4e18));
        assertEq(dai.balanceOf(bob), 4e18);
    }

    function test_maxAllowance_neverDecreases() public {
        dai.mint(alice, 10e18);
        vm.prank(alice);
        dai.approve(bob, type(uint256).max);
        vm.prank(bob);
        dai.transferFrom(alice, carol, 3e18);
        assertEq(dai.allowance(alice, bob), type(uint256).max);
        vm.prank(alice);
        dai.approve(carol, 5e18);
        vm.prank(carol);
        dai.transferFrom(alice, carol, 3e18);
        assertEq(dai.allowance(alice, carol), 2e18);
    }

    function test_pushPullMove() public {
        dai.mint(alice, 10e18);
        vm.prank(alice);
        dai.push(bob, 1e18);
        vm.prank(alice);
        dai.approve(carol, type(uint256).max);
        vm.prank(carol);
        dai.pull(alice, 2e18);
        vm.prank(carol);
        dai.move(alice, bob, 3e18);
        assertEq(dai.balanceOf(alice), 4e18);
        assertEq(dai.balanceOf(bob), 4e18);
        assertEq(dai.balanceOf(carol), 2e18);
    }

    function test_burn_ownOrOnAllowance() public {
        dai.mint(alice, 10e18);
        vm.prank(alice);
        dai.burn(alice, 1e18);
        vm.prank(bob);
        vm.expectRevert(bytes("Dai/insufficient-allowance"));
        dai.burn(alice, 1e18);
        vm.prank(alice);
        dai.approve(bob, 2e18);
        vm.prank(bob);
        dai.burn(alice, 2e18);
        assertEq(dai.totalSupply(), 7e18);
        assertEq(dai.allowance(alice, bob), 0);
    }

    function test_noZeroAddressChecks() public {
        dai.mint(alice, 1e18);
        vm.prank(alice);
        dai.transfer(address(0), 1e18);
        assertEq(dai.balanceOf(address(0)), 1e18);
        vm.prank(alice);
        dai.approve(address(0), 5);
    }

    // --- Permit ---

    function test_permit_allowedGivesMaxAndRevokes() public {
        uint256 expiry = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = _sign(aliceKey, bob, 0, expiry, true);
        vm.expectEmit(true, true, false, true, address(dai));
        emit DaiDouble.Approval(alice, bob, type(uint256).max);
        vm.prank(carol); // anyone may submit
        dai.permit(alice, bob, 0, expiry, true, v, r, s);
        assertEq(dai.allowance(alice, bob), type(uint256).max);
        assertEq(dai.nonces(alice), 1);
        (v, r, s) = _sign(aliceKey, bob, 1, expiry, false);
        dai.permit(alice, bob, 1, expiry, false, v, r, s);
        assertEq(dai.allowance(alice, bob), 0);
    }

    function test_permit_revertStrings() public {
        uint256 expiry = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = _sign(aliceKey, bob, 0, expiry, true);
        vm.expectRevert(bytes("Dai/invalid-address-0"));
        dai.permit(address(0), bob, 0, expiry, true, v, r, s);
        vm.expectRevert(bytes("Dai/invalid-permit"));
        dai.permit(alice, carol, 0, expiry, true, v, r, s); // signed for bob
        vm.expectRevert(bytes("Dai/invalid-permit"));
        dai.permit(alice, bob, 0, expiry, true, 0, r, s); // bad v: ecrecover gives zero

        (v, r, s) = _sign(aliceKey, bob, 1, expiry, true);
        vm.expectRevert(bytes("Dai/invalid-nonce"));
        dai.permit(alice, bob, 1, expiry, true, v, r, s);

        (v, r, s) = _sign(aliceKey, bob, 0, expiry, true);
        vm.warp(expiry + 1);
        vm.expectRevert(bytes("Dai/permit-expired"));
        dai.permit(alice, bob, 0, expiry, true, v, r, s);
    }

    function test_permit_expiryZeroNeverExpires_andNoReplay() public {
        (uint8 v, bytes32 r, bytes32 s) = _sign(aliceKey, bob, 0, 0, true);
        vm.warp(block.timestamp + 3650 days);
        dai.permit(alice, bob, 0, 0, true, v, r, s);
        assertEq(dai.allowance(alice, bob), type(uint256).max);
        vm.expectRevert(bytes("Dai/invalid-nonce"));
        dai.permit(alice, bob, 0, 0, true, v, r, s);
    }
}
