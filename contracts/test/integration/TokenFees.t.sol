// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ProtocolFixture} from "../utils/ProtocolFixture.sol";
import {StablecoinKind} from "../doubles/Stablecoins.sol";
import {IMutualPool} from "../../src/interfaces/IMutualPool.sol";
import {IWitnessRegistry} from "../../src/interfaces/IWitnessRegistry.sol";
import {IFraudReports} from "../../src/interfaces/IFraudReports.sol";
import {ClaimState} from "../../src/types/ClaimTypes.sol";

/// @notice USDT's transfer fee is zero today but its owner can switch it on. Every way money comes in then fails
///         cleanly with the amount asked and the amount received, taking nothing; money already held keeps moving
///         out (the receiver gets what the token leaves after its fee), so nothing is ever locked.
contract TokenFeesTest is ProtocolFixture {
    /// @dev 0.1 % capped at 10 USDT: within USDT's own bounds (< 20 basis points, < 50 whole tokens).
    uint256 internal constant FEE_BPS = 10;

    function _stablecoinKind() internal pure override returns (StablecoinKind) {
        return StablecoinKind.Usdt;
    }

    function _fee(uint256 amount) internal view returns (uint256) {
        uint256 fee = amount * FEE_BPS / 10_000;
        return fee > 10 * unit ? 10 * unit : fee;
    }

    function test_fee_switchedOn_moneyInIsRefusedCleanly() public {
        uint256 id = _announced(claimant, 150 * unit, bytes32(uint256(21)));
        _setStablecoinTransferFee(address(usd), FEE_BPS, 10);

        // A new member.
        address newcomer = makeAddr("newcomer");
        _mintTokens(address(usd), newcomer, 100 * unit);
        _approveAs(address(usd), newcomer, address(pool), 100 * unit);
        vm.prank(newcomer);
        vm.expectRevert(
            abi.encodeWithSelector(
                IMutualPool.PoolTransferAmountMismatch.selector, 100 * unit, 100 * unit - _fee(100 * unit)
            )
        );
        pool.join(keccak256("newcomer"), 100 * unit, 0);
        assertEq(usd.balanceOf(newcomer), 100 * unit, "nothing taken");

        // A top-up.
        address member = members[3];
        _mintTokens(address(usd), member, 50 * unit);
        _approveAs(address(usd), member, address(pool), 50 * unit);
        vm.prank(member);
        vm.expectRevert(
            abi.encodeWithSelector(
                IMutualPool.PoolTransferAmountMismatch.selector, 50 * unit, 50 * unit - _fee(50 * unit)
            )
        );
        pool.topUp(50 * unit, 0);

        // A witness stake.
        address witness = makeAddr("new witness");
        _mintTokens(address(usd), witness, 5000 * unit);
        _approveAs(address(usd), witness, address(registry), 5000 * unit);
        vm.prank(witness);
        vm.expectRevert(
            abi.encodeWithSelector(
                IWitnessRegistry.WitnessTransferAmountMismatch.selector, 5000 * unit, 5000 * unit - _fee(5000 * unit)
            )
        );
        registry.stake(5000 * unit, REGION);
        assertEq(usd.balanceOf(witness), 5000 * unit, "nothing taken");

        // A report bond.
        _mintTokens(address(usd), reporter, 100 * unit);
        _approveAs(address(usd), reporter, address(reports), 100 * unit);
        vm.prank(reporter);
        vm.expectRevert(
            abi.encodeWithSelector(
                IFraudReports.ReportsTransferAmountMismatch.selector, 100 * unit, 100 * unit - _fee(100 * unit)
            )
        );
        reports.reportFraud(id, keccak256("commitment"));
        _assertConservation();
    }

    function test_fee_switchedOn_moneyHeldStillMovesOut() public {
        uint256 id = _announced(claimant, 150 * unit, bytes32(uint256(22)));
        _advance(7 days + 1);
        manager.approveClaim(id);
        _setStablecoinTransferFee(address(usd), FEE_BPS, 10);

        // The payout is paid in full by the pool; the token takes its fee on the way.
        uint256 claimantBefore = usd.balanceOf(claimant);
        _settle();
        manager.markPaid(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Paid));
        assertEq(usd.balanceOf(claimant), claimantBefore + 150 * unit - _fee(150 * unit));
        _assertConservation();

        // A member leaves and withdraws: the pool's books drop by the whole balance.
        address leaver = members[5];
        vm.prank(leaver);
        pool.requestExit();
        _advance(pool.exitNotice() + 15 days);
        _settle();
        uint256 balance = pool.balanceOf(leaver);
        uint256 before = usd.balanceOf(leaver);
        vm.prank(leaver);
        assertEq(pool.withdraw(), balance);
        assertEq(usd.balanceOf(leaver), before + balance - _fee(balance));
        _assertConservation();
    }
}
