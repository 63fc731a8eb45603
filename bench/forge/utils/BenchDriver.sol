// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {TestStablecoin} from "../../../contracts/src/tokens/TestStablecoin.sol";
import {MutualPool} from "../../../contracts/src/MutualPool.sol";

/// @notice What the driver needs of a pool: the real MutualPool and the naive reference both fit.
interface IBenchPool {
    function join(bytes32 identityCommitment, uint256 deposit, uint32 positionHint) external;
    function queuePayment(uint256 claimId, address recipient, uint256 amount) external;
    function activeMembers() external view returns (uint256);
}

/// @notice How the bench spreads deposits over members (see `BenchDriver.depositOf`).
struct DepositPlan {
    uint256 lowCount;
    uint256 lowBase;
    uint256 highBase;
    uint256 highStep;
}

/// @notice Does the bench's unmeasured work — building pools, funding wallets, queuing claims, finding insert
///         hints — inside single calls. Bench-only: it drives cheatcodes and is never deployed.
/// @dev Why it exists: under `isolate = true`, forge runs each call the test contract makes as a transaction
///      of its own and, to do so, copies the whole state touched so far and marks it cold (foundry
///      `InspectorStackRefMut::transact_inner`). With 10^6 members that copy costs seconds, so the bench keeps
///      the test contract's own calls to the measured transactions and a handful of others; everything
///      this contract does happens one call deeper, where forge does not isolate.
///      Members join through the pool's real `join`, each from its own address: no pool state is written
///      behind the pool's back.
contract BenchDriver {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @notice Tokens each member keeps in its wallet after joining (a real wallet is rarely emptied).
    uint256 public constant WALLET_LEFT = 100e6;

    uint256 public claimsQueued;

    /// @notice The address of bench member number `i` (0-based). Hash-derived, so it looks like a real address.
    function memberAddress(uint256 i) public pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("lashou-bench-member", i)))));
    }

    /// @notice The identity commitment bench member `i` joins with.
    function commitment(uint256 i) public pure returns (bytes32) {
        return keccak256(abi.encode("lashou-bench-identity", i));
    }

    /// @notice The deposit of bench member `i`: a block of `lowCount` small deposits (the members a charge
    ///         will lapse), then deposits spread evenly from `highBase` in steps of `highStep`. Strictly ascending.
    function depositOf(DepositPlan memory plan, uint256 i) public pure returns (uint256) {
        return i < plan.lowCount ? plan.lowBase + i : plan.highBase + (i - plan.lowCount) * plan.highStep;
    }

    /// @notice Members `from .. from + count − 1` join `pool` with the deposits of `plan`, each from its own
    ///         address through the pool's real `join` with hint 0 (ascending keys: tail inserts).
    /// @dev Each member's token balance (deposit + what its wallet keeps) and unlimited allowance for the pool are
    ///      written straight into the token's storage, as forge-std's `deal` does; the total supply is raised by
    ///      the sum at the end. That is token state, set up before the member acts; the pool's state is only
    ///      ever written by `join`. It makes a 10^6-member pool about a third faster to build than faucet and
    ///      approve calls (two calls and three events fewer per member). The first member is checked through
    ///      the token's own getters, so a change of the token's storage layout fails here, not silently.
    function joinMany(IBenchPool pool, TestStablecoin token, uint256 from, uint256 count, DepositPlan calldata plan)
        external
    {
        uint256 minted;
        for (uint256 i = from; i < from + count; ++i) {
            address who = memberAddress(i);
            uint256 deposit = depositOf(plan, i);
            uint256 amount = deposit + WALLET_LEFT;
            _deal(token, who, amount, address(pool));
            if (i == from) {
                require(token.balanceOf(who) == amount, "BenchDriver: TestStablecoin balance slot moved");
                require(
                    token.allowance(who, address(pool)) == type(uint256).max,
                    "BenchDriver: TestStablecoin allowance slot moved"
                );
            }
            minted += amount;
            vm.prank(who);
            pool.join(commitment(i), deposit, 0);
        }
        bytes32 supply = vm.load(address(token), TOTAL_SUPPLY_SLOT);
        vm.store(address(token), TOTAL_SUPPLY_SLOT, bytes32(uint256(supply) + minted));
    }

    /// @dev OpenZeppelin 5 ERC20 layout (`forge inspect TestStablecoin storageLayout`): `_balances` at slot 0,
    ///      `_allowances` at 1, `_totalSupply` at 2.
    bytes32 private constant TOTAL_SUPPLY_SLOT = bytes32(uint256(2));

    function _deal(TestStablecoin token, address who, uint256 amount, address spender) private {
        vm.store(address(token), keccak256(abi.encode(who, uint256(0))), bytes32(amount));
        bytes32 allowanceSlot = keccak256(abi.encode(spender, keccak256(abi.encode(who, uint256(1)))));
        vm.store(address(token), allowanceSlot, bytes32(type(uint256).max));
    }

    /// @notice Gives `who` tokens and, if `spender` is not zero, an unlimited allowance for it.
    function fund(TestStablecoin token, address who, uint256 amount, address spender) external {
        token.faucet(who, amount);
        if (spender != address(0)) {
            vm.prank(who);
            token.approve(spender, type(uint256).max);
        }
    }

    /// @notice Queues `count` claims on `pool` (this contract must hold its claims role), paid to patients whose
    ///         wallets already hold tokens. The total is `perMember × active members` when `perMember` is not
    ///         zero; otherwise `total`, nudged by one unit of dust when it divides evenly among the members (so
    ///         whether the reserve is written never depends on the pool size).
    function queueClaims(IBenchPool pool, TestStablecoin token, uint256 count, uint256 total, uint256 perMember)
        external
    {
        uint256 active = pool.activeMembers();
        if (perMember != 0) total = perMember * active;
        else if (total % active == 0) total += 1;
        for (uint256 k; k < count; ++k) {
            uint256 claimId = ++claimsQueued;
            address patient = address(uint160(uint256(keccak256(abi.encode("lashou-bench-patient", claimId)))));
            token.faucet(patient, 1e6);
            uint256 amount = k + 1 == count ? total - (total / count) * k : total / count;
            pool.queuePayment(claimId, patient, amount);
        }
    }

    /// @notice An EIP-2612 permit of `value` from the owner of `key` to `spender`, signed as a wallet would.
    function permit(TestStablecoin token, uint256 key, address spender, uint256 value, uint256 deadline)
        external
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        address owner = vm.addr(key);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                spender,
                value,
                token.nonces(owner),
                deadline
            )
        );
        return vm.sign(key, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
    }

    /// @notice The id after which `key` belongs once `exclude` (a member being moved, or 0) is unlinked: what an
    ///         off-chain client computes from indexed data. Binary search over the bulk-joined members (ids
    ///         1..n, ascending keys, none moved yet), then a walk over members inserted since.
    function predecessor(MutualPool pool, int256 key, uint32 exclude, uint256 n) external view returns (uint32 pred) {
        uint256 lo = 1;
        uint256 hi = n;
        while (lo <= hi) {
            uint256 mid = (lo + hi) / 2;
            if (pool.memberRecord(uint32(mid)).key <= key) {
                pred = uint32(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (pred != 0 && pred == exclude) pred = pool.memberRecord(exclude).prev;
        (uint32 head,,) = pool.sortedMembers();
        while (true) {
            uint32 next = pred == 0 ? head : pool.memberRecord(pred).next;
            if (next != 0 && next == exclude) next = pool.memberRecord(exclude).next;
            if (next == 0 || pool.memberRecord(next).key > key) return pred;
            pred = next;
        }
    }
}
