// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IRandomnessSource} from "../../../src/interfaces/IRandomnessSource.sol";
import {IPrevrandaoSource} from "../../../src/interfaces/IPrevrandaoSource.sol";
import {PrevrandaoSource} from "../../../src/randomness/PrevrandaoSource.sol";
import {BlockHeader} from "../../../src/libraries/BlockHeader.sol";
import {HeaderRlp} from "../../utils/HeaderRlp.sol";

/// @dev Exposes the calldata-only header reader.
contract BlockHeaderHarness {
    function mixHash(bytes calldata header) external pure returns (bytes32) {
        return BlockHeader.mixHash(header);
    }
}

/// @dev A contract deciding inside a block: it reads what the source's value will be from `block.prevrandao`.
contract PrevrandaoReader {
    function valueNow(uint256 requestId) external view returns (uint256) {
        return uint256(keccak256(abi.encode(bytes32(block.prevrandao), requestId)));
    }
}

contract PrevrandaoSourceTest is Test {
    uint256 internal constant DELAY = 4;

    PrevrandaoSource internal source;
    address internal admin = makeAddr("admin");
    address internal consumer = makeAddr("consumer");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        vm.roll(1000);
        source = new PrevrandaoSource(DELAY, admin);
        bytes32 role = source.CONSUMER_ROLE();
        vm.prank(admin);
        source.grantRole(role, consumer);
    }

    function _request() internal returns (uint256 requestId, uint256 target) {
        vm.prank(consumer);
        requestId = source.requestRandomness();
        target = source.targetBlock(requestId);
    }

    function _expected(bytes32 mix, uint256 requestId) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(mix, requestId)));
    }

    /// @dev Make `blockhash(target)` the hash of a header carrying `mix`, and return that header.
    function _headerFor(uint256 target, bytes32 mix) internal returns (bytes memory header) {
        header = HeaderRlp.header(target, mix, "lashou");
        _setBlockhash(target, keccak256(header));
    }

    /// @dev Forge only sets hashes of blocks at or below the current one: step there and back.
    function _setBlockhash(uint256 number, bytes32 hash) internal {
        uint256 current = block.number;
        if (number > current) vm.roll(number);
        vm.setBlockhash(number, hash);
        vm.roll(current);
    }

    // ─── constructor ────────────────────────────────────────────────────────────────────────────────────

    function test_constructor_setsDelayAndAdmin() public view {
        assertEq(source.delay(), DELAY);
        assertTrue(source.hasRole(source.DEFAULT_ADMIN_ROLE(), admin));
        assertEq(source.CONSUMER_ROLE(), keccak256("CONSUMER_ROLE"));
    }

    function test_constructor_revertsOnZeroDelay() public {
        vm.expectRevert(abi.encodeWithSelector(IPrevrandaoSource.RandomnessDelayInvalid.selector, 0));
        new PrevrandaoSource(0, admin);
    }

    function test_constructor_revertsOnDelayBeyondBlockhashHistory() public {
        vm.expectRevert(abi.encodeWithSelector(IPrevrandaoSource.RandomnessDelayInvalid.selector, 257));
        new PrevrandaoSource(257, admin);
    }

    // ─── requestRandomness ──────────────────────────────────────────────────────────────────────────────

    function test_requestRandomness_commitsToFutureBlock() public {
        vm.expectEmit(address(source));
        emit IRandomnessSource.RandomnessRequested(1, consumer, 1000 + DELAY);
        (uint256 id, uint256 target) = _request();
        assertEq(id, 1);
        assertEq(target, 1000 + DELAY);
        (uint256 second,) = _request();
        assertEq(second, 2);
        (bool ready, bool expired, uint256 value) = source.randomness(id);
        assertFalse(ready);
        assertFalse(expired);
        assertEq(value, 0);
    }

    function test_requestRandomness_revertsForNonConsumers() public {
        address[3] memory callers = [admin, stranger, address(this)];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IRandomnessSource.RandomnessNotConsumer.selector, callers[i]));
            vm.prank(callers[i]);
            source.requestRandomness();
        }
    }

    function test_grantRole_revertsForNonAdmin() public {
        bytes32 role = source.CONSUMER_ROLE();
        bytes32 adminRole = source.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, consumer, adminRole)
        );
        vm.prank(consumer);
        source.grantRole(role, stranger);
    }

    // ─── fulfill / randomness ───────────────────────────────────────────────────────────────────────────

    function test_fulfill_inTargetBlockUsesPrevrandao() public {
        (uint256 id, uint256 target) = _request();
        vm.roll(target);
        vm.prevrandao(bytes32(uint256(0xabc)));
        vm.expectEmit(address(source));
        emit IRandomnessSource.RandomnessFulfilled(id, _expected(bytes32(uint256(0xabc)), id));
        vm.prank(stranger); // permissionless
        uint256 value = source.fulfill(id, "");
        assertEq(value, _expected(bytes32(uint256(0xabc)), id));
        (bool ready, bool expired, uint256 stored) = source.randomness(id);
        assertTrue(ready);
        assertFalse(expired);
        assertEq(stored, value);
    }

    function test_fulfill_afterTargetBlockUsesProvenHeader() public {
        (uint256 id, uint256 target) = _request();
        bytes32 mix = keccak256("randao");
        bytes memory header = _headerFor(target, mix);
        vm.roll(target + 5);
        vm.prevrandao(bytes32(uint256(1))); // the current block's prevrandao must not matter
        assertEq(source.fulfill(id, header), _expected(mix, id));
    }

    function test_fulfill_bothPathsGiveTheSameValue() public {
        (uint256 id, uint256 target) = _request();
        bytes32 mix = keccak256("randao of the target block");
        bytes memory header = _headerFor(target, mix);
        uint256 snapshot = vm.snapshotState();
        vm.roll(target);
        vm.prevrandao(mix);
        uint256 inBlock = source.fulfill(id, "");
        vm.revertToState(snapshot);
        vm.roll(target + 200);
        uint256 later = source.fulfill(id, header);
        assertEq(inBlock, later);
    }

    function testFuzz_fulfill_valueDoesNotDependOnWhenCalled(uint256 wait, bytes32 mix) public {
        (uint256 id, uint256 target) = _request();
        bytes memory header = _headerFor(target, mix);
        wait = bound(wait, 1, 256);
        vm.roll(target + wait);
        vm.prevrandao(keccak256(abi.encode(wait)));
        assertEq(source.fulfill(id, header), _expected(mix, id));
    }

    function test_fulfill_realAnvilHeader() public {
        assertEq(keccak256(HeaderRlp.ANVIL_BLOCK_2), HeaderRlp.ANVIL_BLOCK_2_HASH, "vector is a real header");
        vm.roll(1);
        PrevrandaoSource oneBlock = new PrevrandaoSource(1, admin);
        bytes32 role = oneBlock.CONSUMER_ROLE();
        vm.prank(admin);
        oneBlock.grantRole(role, consumer);
        vm.prank(consumer);
        uint256 id = oneBlock.requestRandomness();
        assertEq(oneBlock.targetBlock(id), 2);
        vm.roll(3);
        vm.setBlockhash(2, HeaderRlp.ANVIL_BLOCK_2_HASH);
        assertEq(oneBlock.fulfill(id, HeaderRlp.ANVIL_BLOCK_2), _expected(HeaderRlp.ANVIL_BLOCK_2_MIX_HASH, id));
    }

    function test_fulfill_revertsBeforeTargetBlock() public {
        (uint256 id, uint256 target) = _request();
        vm.roll(target - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IPrevrandaoSource.RandomnessNotYetAvailable.selector, id, target, target - 1)
        );
        source.fulfill(id, "");
    }

    function test_fulfill_worksAtLastBlockhashBlock() public {
        (uint256 id, uint256 target) = _request();
        bytes memory header = _headerFor(target, bytes32(uint256(7)));
        vm.roll(target + 256);
        (, bool expired,) = source.randomness(id);
        assertFalse(expired);
        assertEq(source.fulfill(id, header), _expected(bytes32(uint256(7)), id));
    }

    function test_fulfill_revertsWhenExpired() public {
        (uint256 id, uint256 target) = _request();
        bytes memory header = _headerFor(target, bytes32(uint256(7)));
        vm.roll(target + 257);
        (bool ready, bool expired, uint256 value) = source.randomness(id);
        assertFalse(ready);
        assertTrue(expired);
        assertEq(value, 0);
        vm.expectRevert(abi.encodeWithSelector(IPrevrandaoSource.RandomnessExpired.selector, id, target));
        source.fulfill(id, header);
    }

    function test_fulfill_revertsOnWrongHeader() public {
        (uint256 id, uint256 target) = _request();
        _headerFor(target, bytes32(uint256(7)));
        bytes memory forged = HeaderRlp.header(target, bytes32(uint256(8)), "lashou");
        vm.roll(target + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPrevrandaoSource.RandomnessHeaderMismatch.selector, id, blockhash(target), keccak256(forged)
            )
        );
        source.fulfill(id, forged);
    }

    function test_fulfill_revertsOnMalformedHeader() public {
        (uint256 id, uint256 target) = _request();
        // A list whose 14th item is a 3-byte string, hashed into blockhash so only the shape is wrong.
        bytes[] memory fields = new bytes[](14);
        for (uint256 i; i < 13; ++i) {
            fields[i] = HeaderRlp.encodeUint(i);
        }
        fields[13] = HeaderRlp.encodeBytes(hex"010203");
        bytes memory header = HeaderRlp.encodeList(fields);
        _setBlockhash(target, keccak256(header));
        vm.roll(target + 1);
        vm.expectRevert(abi.encodeWithSelector(IPrevrandaoSource.RandomnessHeaderMalformed.selector, 13, 3));
        source.fulfill(id, header);
    }

    function test_fulfill_isIdempotentAndSurvivesExpiry() public {
        (uint256 id, uint256 target) = _request();
        vm.roll(target);
        vm.prevrandao(bytes32(uint256(5)));
        uint256 value = source.fulfill(id, "");
        vm.roll(target + 1000);
        vm.recordLogs();
        assertEq(source.fulfill(id, ""), value);
        assertEq(vm.getRecordedLogs().length, 0, "no second event");
        (bool ready, bool expired, uint256 stored) = source.randomness(id);
        assertTrue(ready);
        assertFalse(expired);
        assertEq(stored, value);
    }

    function test_fulfill_revertsOnUnknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IRandomnessSource.RandomnessUnknownRequest.selector, 9));
        source.fulfill(9, "");
    }

    function test_randomness_revertsOnUnknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IRandomnessSource.RandomnessUnknownRequest.selector, 9));
        source.randomness(9);
    }

    function test_requestsInOneBlockGetDifferentValues() public {
        (uint256 a, uint256 target) = _request();
        (uint256 b,) = _request();
        vm.roll(target);
        vm.prevrandao(bytes32(uint256(5)));
        assertTrue(source.fulfill(a, "") != source.fulfill(b, ""));
    }

    // ─── isKnown ────────────────────────────────────────────────────────────────────────────────────────

    function test_isKnown_unknownIdIsNotKnown() public view {
        assertFalse(source.isKnown(0));
        assertFalse(source.isKnown(9));
    }

    function test_isKnown_notBeforeTheTargetBlock() public {
        (uint256 id, uint256 target) = _request();
        assertFalse(source.isKnown(id), "in the request's block");
        vm.roll(target - 1);
        assertFalse(source.isKnown(id), "in the block before the target");
    }

    /// @dev In block `t` any transaction reads the value's input, so the value is public there, not only after.
    function test_property_isKnownInTheTargetBlockWhereAnyContractCanComputeIt() public {
        (uint256 id, uint256 target) = _request();
        PrevrandaoReader reader = new PrevrandaoReader();
        vm.roll(target);
        vm.prevrandao(bytes32(uint256(0xfeed)));
        assertTrue(source.isKnown(id), "known before anyone records it");
        uint256 computed = reader.valueNow(id);
        assertEq(source.fulfill(id, ""), computed, "a contract in block t computed the value");
    }

    function test_isKnown_afterTheTargetRecordedOrNotExpiredOrNot() public {
        (uint256 id, uint256 target) = _request();
        (uint256 other,) = _request();
        vm.roll(target + 1);
        assertTrue(source.isKnown(id), "after the target, unrecorded");
        vm.roll(target + 257);
        (bool ready, bool expired,) = source.randomness(id);
        assertFalse(ready);
        assertTrue(expired);
        assertTrue(source.isKnown(id), "expired: the header still carries it");

        // Recorded in the target block, it stays known.
        (uint256 later, uint256 laterTarget) = _request();
        vm.roll(laterTarget);
        source.fulfill(later, "");
        vm.roll(laterTarget + 1000);
        assertTrue(source.isKnown(later));
        assertTrue(source.isKnown(other));
    }

    function testFuzz_isKnown_exactlyFromTheTargetBlock(uint256 blocks) public {
        (uint256 id, uint256 target) = _request();
        blocks = bound(blocks, 0, 1000);
        vm.roll(block.number + blocks);
        assertEq(source.isKnown(id), block.number >= target);
    }

    // ─── BlockHeader ────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_blockHeader_readsMixHash(uint256 number, bytes32 mix, bytes32 extraSeed, uint8 extraLength)
        public
    {
        BlockHeaderHarness harness = new BlockHeaderHarness();
        number = bound(number, 0, type(uint64).max);
        bytes memory extra = new bytes(extraLength % 33);
        for (uint256 i; i < extra.length; ++i) {
            extra[i] = extraSeed[i];
        }
        assertEq(harness.mixHash(HeaderRlp.header(number, mix, extra)), mix);
    }

    function test_blockHeader_readsRealHeader() public {
        BlockHeaderHarness harness = new BlockHeaderHarness();
        assertEq(harness.mixHash(HeaderRlp.ANVIL_BLOCK_2), HeaderRlp.ANVIL_BLOCK_2_MIX_HASH);
    }
}
