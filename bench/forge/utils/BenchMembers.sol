// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {TestStablecoin} from "../../../contracts/src/tokens/TestStablecoin.sol";

/// @notice A pool entry point that members join through: the real MutualPool and the naive reference both fit.
interface IJoinable {
    function join(bytes32 identityCommitment, uint256 deposit, uint32 positionHint) external;
}

/// @notice How the bench spreads deposits over members (see `BenchMembers.depositOf`).
struct DepositPlan {
    uint256 lowCount;
    uint256 lowBase;
    uint256 highBase;
    uint256 highStep;
}

/// @notice Joins many members in one call, each from its own address, through the pool's real `join` (no state
///         is written behind the pool's back). Bench-only: it drives cheatcodes and is never deployed.
/// @dev One call from the test = one isolated transaction however many members it joins, which is what makes
///      pools of 10^6 members buildable in minutes. Each member gets tokens from the faucet (more than it
///      deposits, so its wallet keeps a balance, as a real wallet would), approves the pool without limit
///      and joins with hint 0. Deposits must ascend with the member number so every insert is at the tail.
contract BenchMembers {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @notice Tokens each member keeps in its wallet after joining.
    uint256 public constant WALLET_LEFT = 100e6;

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

    /// @notice Members `from .. from + count − 1` join `pool` with the deposits of `plan`.
    function joinMany(IJoinable pool, TestStablecoin token, uint256 from, uint256 count, DepositPlan calldata plan)
        external
    {
        for (uint256 i = from; i < from + count; ++i) {
            address who = memberAddress(i);
            uint256 deposit = depositOf(plan, i);
            token.faucet(who, deposit + WALLET_LEFT);
            vm.prank(who);
            token.approve(address(pool), type(uint256).max);
            vm.prank(who);
            pool.join(commitment(i), deposit, 0);
        }
    }
}
