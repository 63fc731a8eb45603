// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoolFixture} from "../utils/PoolFixture.sol";
import {StablecoinKind} from "../doubles/Stablecoins.sol";
import {TestStablecoin} from "../../src/tokens/TestStablecoin.sol";
import {MemberView} from "../../src/types/PoolTypes.sol";

/// @notice Gas snapshots of MutualPool's hot paths, written to `snapshots/MutualPool.json` on every `forge test`
///         and committed, so a change that costs gas shows in review. `FORGE_SNAPSHOT_CHECK=true forge test`
///         fails instead of rewriting when a figure moved.
/// @dev Figures are the execution gas of the call frame (`vm.snapshotGasLastCall`), taken right after
///      `vm.cool` on the pool and the token so storage starts cold as in a real transaction. They exclude the
///      21,000 intrinsic cost, calldata and refunds: receipt figures at pool sizes up to 10^6 come from
///      `npm run bench:gas` (bench/README.md). The pool here has 20 members, which is enough: nothing in these
///      paths depends on the number of members.
contract MutualPoolGasTest is PoolFixture {
    string internal constant GROUP = "MutualPool";
    uint256 internal constant MEMBERS = 20;
    uint256 internal constant PERMIT_KEY = 0xB0B;

    address internal patient = makeAddr("patient");

    /// @dev The snapshots are of the pool on the project's test stablecoin, whatever `LASHOU_TOKEN` says.
    function _stablecoinKind() internal pure override returns (StablecoinKind) {
        return StablecoinKind.Test;
    }

    function setUp() public override {
        super.setUp();
        // Keys ascend with the member number: each fixture join is a tail insert. Members 0–4 hold 12 units and
        // lapse after a 3-unit share; the rest hold 100 units and more.
        for (uint256 i; i < MEMBERS; ++i) {
            uint256 deposit = i < 5 ? 12 * unit + i : 100 * unit + i * unit;
            _join(_member(i), deposit);
        }
        _fund(patient, unit);
        // A running pool: one epoch already settled, so the index, reserve and epoch counter are not zero.
        _queue(1, unit + 1);
        _settle();
    }

    function _member(uint256 i) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("gas-member", i)))));
    }

    function _cool() internal {
        vm.cool(address(pool));
        vm.cool(address(usd));
    }

    function _queue(uint256 count, uint256 total) internal {
        for (uint256 k; k < count; ++k) {
            vm.prank(claims);
            pool.queuePayment(k + 1, patient, total / count);
        }
    }

    function _settle() internal {
        vm.warp(pool.genesis() + (pool.nextEpochToSettle() + 1) * EPOCH);
        pool.settleEpoch();
    }

    function test_join_atTail() public {
        address who = makeAddr("newcomer");
        _fund(who, 1000 * unit);
        _cool();
        vm.prank(who);
        pool.join(_commitment(who), 500 * unit, 0);
        vm.snapshotGasLastCall(GROUP, "join_atTail");
    }

    function test_join_midListWithHint() public {
        address who = makeAddr("newcomer");
        _fund(who, 1000 * unit);
        uint32 hint = pool.findInsertPosition(int256(105 * unit) + pool.index(), 0);
        _cool();
        vm.prank(who);
        pool.join(_commitment(who), 105 * unit, hint);
        vm.snapshotGasLastCall(GROUP, "join_midListWithHint");
    }

    function test_joinWithPermit_midList() public {
        address who = vm.addr(PERMIT_KEY);
        TestStablecoin(address(usd)).faucet(who, 1000 * unit);
        uint256 deposit = 105 * unit;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                who,
                address(pool),
                deposit,
                TestStablecoin(address(usd)).nonces(who),
                block.timestamp
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(
            PERMIT_KEY,
            keccak256(abi.encodePacked("\x19\x01", TestStablecoin(address(usd)).DOMAIN_SEPARATOR(), structHash))
        );
        uint32 hint = pool.findInsertPosition(int256(deposit) + pool.index(), 0);
        _cool();
        vm.prank(who);
        pool.joinWithPermit(_commitment(who), deposit, hint, block.timestamp, v, r, s);
        vm.snapshotGasLastCall(GROUP, "joinWithPermit_midList");
    }

    function test_topUp_movesWithHint() public {
        address who = _member(10);
        int256 newKey = pool.memberRecord(pool.memberIdOf(who)).key + int256(5 * unit);
        uint32 hint = pool.findInsertPosition(newKey, 0);
        _fund(who, 5 * unit);
        _cool();
        vm.prank(who);
        pool.topUp(5 * unit, hint);
        vm.snapshotGasLastCall(GROUP, "topUp_movesWithHint");
    }

    function test_requestExit() public {
        _cool();
        vm.prank(_member(10));
        pool.requestExit();
        vm.snapshotGasLastCall(GROUP, "requestExit");
    }

    function test_withdraw_afterExit() public {
        vm.prank(_member(10));
        pool.requestExit();
        _settle();
        _cool();
        vm.prank(_member(10));
        pool.withdraw();
        vm.snapshotGasLastCall(GROUP, "withdraw_afterExit");
        assertEq(uint8(pool.statusOf(_member(10))), uint8(MemberView.Exited));
    }

    function test_settleEpoch_oneClaim() public {
        _queue(1, unit + 1);
        vm.warp(pool.genesis() + (pool.nextEpochToSettle() + 1) * EPOCH);
        _cool();
        pool.settleEpoch();
        vm.snapshotGasLastCall(GROUP, "settleEpoch_oneClaim");
    }

    function test_settleEpoch_tenClaims() public {
        _queue(10, 10 * unit + 1);
        vm.warp(pool.genesis() + (pool.nextEpochToSettle() + 1) * EPOCH);
        _cool();
        pool.settleEpoch();
        vm.snapshotGasLastCall(GROUP, "settleEpoch_tenClaims");
    }

    function test_processLapses_fiveMembers() public {
        _queue(1, pool.activeMembers() * 3 * unit);
        _settle();
        assertTrue(pool.lapsesPending());
        _cool();
        pool.processLapses(5);
        vm.snapshotGasLastCall(GROUP, "processLapses_fiveMembers");
        assertEq(pool.activeMembers(), MEMBERS - 5);
        assertFalse(pool.lapsesPending());
    }
}
