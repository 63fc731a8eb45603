// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IWitnessRegistry} from "../../../src/interfaces/IWitnessRegistry.sol";
import {WitnessRegistry} from "../../../src/WitnessRegistry.sol";
import {WitnessFixture} from "../../utils/WitnessFixture.sol";
import {FeeOnTransferToken} from "../../mocks/HostileTokens.sol";

contract WitnessRegistryTest is WitnessFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");
    address internal stranger = makeAddr("stranger");

    // ─── constructor ────────────────────────────────────────────────────────────────────────────────────

    function test_constructor_setsParameters() public view {
        assertEq(address(registry.token()), address(usd));
        assertEq(registry.minimumStake(), minimumStake);
        assertEq(registry.unstakeCooldown(), COOLDOWN);
        assertTrue(registry.hasRole(registry.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(registry.hasRole(registry.CLAIMS_ROLE(), claims));
        assertEq(registry.CLAIMS_ROLE(), keccak256("CLAIMS_ROLE"));
    }

    function test_constructor_revertsOnZeroToken() public {
        vm.expectRevert(IWitnessRegistry.WitnessInvalidConfiguration.selector);
        new WitnessRegistry(IERC20(address(0)), minimumStake, COOLDOWN, 0, 1, admin);
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(IWitnessRegistry.WitnessInvalidConfiguration.selector);
        new WitnessRegistry(IERC20(address(usd)), minimumStake, COOLDOWN, 0, 1, address(0));
    }

    function test_constructor_revertsOnZeroMinimum() public {
        vm.expectRevert(IWitnessRegistry.WitnessInvalidConfiguration.selector);
        new WitnessRegistry(IERC20(address(usd)), 0, COOLDOWN, 0, 1, admin);
    }

    function test_constructor_revertsOnMinimumAbove128Bits() public {
        uint256 tooBig = uint256(type(uint128).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 128, tooBig));
        new WitnessRegistry(IERC20(address(usd)), tooBig, COOLDOWN, 0, 1, admin);
    }

    // ─── stake ──────────────────────────────────────────────────────────────────────────────────────────

    function test_stake_registersAndMakesEligible() public {
        _fund(alice, minimumStake);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessStaked(alice, minimumStake, minimumStake, REGION);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessSeasoning(alice, block.timestamp);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 0, true);
        vm.prank(alice);
        registry.stake(minimumStake, REGION);

        (uint256 stakeAmount, uint256 locked, uint256 region, bool eligible, uint256 availableAt) =
            registry.witnessInfo(alice);
        assertEq(stakeAmount, minimumStake);
        assertEq(locked, 0);
        assertEq(region, REGION);
        assertTrue(eligible);
        assertEq(availableAt, 0);
        assertEq(_eligibleTotal(REGION), 1);
        assertEq(_eligibleTotal(0), 1);
        assertEq(registry.eligibleAt(REGION, 0, 0), alice);
        assertEq(registry.eligibleAt(0, 0, 0), alice);
        assertEq(usd.balanceOf(alice), 0);
        _assertConservation();
    }

    function test_stake_addsStake() public {
        _register(alice, minimumStake, REGION);
        _fund(alice, 7 * unit);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessStaked(alice, 7 * unit, minimumStake + 7 * unit, REGION);
        vm.recordLogs();
        vm.prank(alice);
        registry.stake(7 * unit, REGION);
        assertEq(vm.getRecordedLogs().length, 2, "Transfer + WitnessStaked, no eligibility change");
        (uint256 stakeAmount,,,,) = registry.witnessInfo(alice);
        assertEq(stakeAmount, minimumStake + 7 * unit);
        assertEq(_eligibleTotal(REGION), 1);
        _assertConservation();
    }

    function test_stake_revertsBelowMinimum() public {
        _fund(alice, minimumStake);
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessRegistry.WitnessStakeTooLow.selector, minimumStake - 1, minimumStake)
        );
        vm.prank(alice);
        registry.stake(minimumStake - 1, REGION);
    }

    function test_stake_revertsOnRegionZero() public {
        _fund(alice, minimumStake);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessRegionInvalid.selector, 0));
        vm.prank(alice);
        registry.stake(minimumStake, 0);
    }

    function test_stake_revertsOnRegionAbove65535() public {
        _fund(alice, minimumStake);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessRegionInvalid.selector, 65_536));
        vm.prank(alice);
        registry.stake(minimumStake, 65_536);
    }

    function test_stake_acceptsRegion65535() public {
        _register(alice, minimumStake, 65_535);
        assertEq(_eligibleTotal(65_535), 1);
    }

    function test_stake_revertsOnZeroTopUp() public {
        _register(alice, minimumStake, REGION);
        vm.expectRevert(IWitnessRegistry.WitnessAmountZero.selector);
        vm.prank(alice);
        registry.stake(0, REGION);
    }

    function test_stake_revertsOnRegionMismatch() public {
        _register(alice, minimumStake, REGION);
        _fund(alice, unit);
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessRegistry.WitnessRegionMismatch.selector, alice, REGION, OTHER_REGION)
        );
        vm.prank(alice);
        registry.stake(unit, OTHER_REGION);
    }

    function test_stake_revertsWhileUnstaking() public {
        _register(alice, minimumStake, REGION);
        vm.prank(alice);
        registry.requestUnstake();
        _fund(alice, unit);
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessRegistry.WitnessUnstakePending.selector, alice, block.timestamp + COOLDOWN)
        );
        vm.prank(alice);
        registry.stake(unit, REGION);
    }

    function test_stake_revertsWithoutAllowance() public {
        usd.faucet(alice, minimumStake);
        vm.expectRevert(); // the token's own ERC20InsufficientAllowance
        vm.prank(alice);
        registry.stake(minimumStake, REGION);
    }

    function test_stake_topUpAfterSlashRestoresEligibility() public {
        _register(alice, minimumStake, REGION);
        _lockAndSlash(alice, 1, unit);
        assertFalse(_eligible(alice));
        _fund(alice, unit);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 0, true);
        vm.prank(alice);
        registry.stake(unit, REGION);
        assertTrue(_eligible(alice));
        assertEq(_eligibleTotal(REGION), 1);
        _assertConservation();
    }

    function test_stake_topUpStillBelowMinimumStaysIneligible() public {
        _register(alice, minimumStake, REGION);
        _lockAndSlash(alice, 1, 2 * unit);
        _fund(alice, unit);
        vm.prank(alice);
        registry.stake(unit, REGION);
        assertFalse(_eligible(alice));
        assertEq(_eligibleTotal(0), 0);
    }

    // ─── requestUnstake ─────────────────────────────────────────────────────────────────────────────────

    function test_requestUnstake_leavesDrawAndStartsCooldown() public {
        _register(alice, minimumStake, REGION);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessUnstakeRequested(alice, block.timestamp + COOLDOWN);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 0, false);
        vm.prank(alice);
        registry.requestUnstake();
        (uint256 stakeAmount,,, bool eligible, uint256 availableAt) = registry.witnessInfo(alice);
        assertEq(stakeAmount, minimumStake);
        assertFalse(eligible);
        assertEq(availableAt, block.timestamp + COOLDOWN);
        assertEq(_eligibleTotal(REGION), 0);
        assertEq(_eligibleTotal(0), 0);
    }

    function test_requestUnstake_ofIneligibleWitnessEmitsNoEligibilityChange() public {
        _register(alice, minimumStake, REGION);
        _lockAndSlash(alice, 1, unit);
        vm.recordLogs();
        vm.prank(alice);
        registry.requestUnstake();
        assertEq(vm.getRecordedLogs().length, 1, "only WitnessUnstakeRequested");
    }

    function test_requestUnstake_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessNotRegistered.selector, stranger));
        vm.prank(stranger);
        registry.requestUnstake();
    }

    function test_requestUnstake_revertsWhenAlreadyRequested() public {
        _register(alice, minimumStake, REGION);
        vm.prank(alice);
        registry.requestUnstake();
        vm.warp(block.timestamp + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IWitnessRegistry.WitnessUnstakePending.selector, alice, block.timestamp - 1 + COOLDOWN
            )
        );
        vm.prank(alice);
        registry.requestUnstake();
    }

    // ─── withdrawStake ──────────────────────────────────────────────────────────────────────────────────

    function test_withdrawStake_afterCooldownReturnsEverything() public {
        _register(alice, minimumStake, REGION);
        vm.prank(alice);
        registry.requestUnstake();
        vm.warp(block.timestamp + COOLDOWN);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessWithdrew(alice, minimumStake);
        vm.prank(alice);
        uint256 amount = registry.withdrawStake();
        assertEq(amount, minimumStake);
        assertEq(usd.balanceOf(alice), minimumStake);
        (uint256 stakeAmount,, uint256 region,, uint256 availableAt) = registry.witnessInfo(alice);
        assertEq(stakeAmount, 0);
        assertEq(region, 0);
        assertEq(availableAt, 0);
        _assertConservation();
        assertEq(registry.totalStaked(), 0);
    }

    function test_withdrawStake_thenRegisterAgainInAnotherRegion() public {
        _register(alice, minimumStake, REGION);
        vm.prank(alice);
        registry.requestUnstake();
        vm.warp(block.timestamp + COOLDOWN);
        vm.prank(alice);
        registry.withdrawStake();
        vm.prank(alice);
        registry.stake(minimumStake, OTHER_REGION);
        assertEq(_eligibleTotal(OTHER_REGION), 1);
        assertEq(_eligibleTotal(REGION), 0);
    }

    function test_withdrawStake_revertsDuringCooldown() public {
        _register(alice, minimumStake, REGION);
        vm.prank(alice);
        registry.requestUnstake();
        uint256 availableAt = block.timestamp + COOLDOWN;
        vm.warp(availableAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessCooldownActive.selector, alice, availableAt));
        vm.prank(alice);
        registry.withdrawStake();
    }

    function test_withdrawStake_revertsWhileLocked() public {
        _register(alice, minimumStake, REGION);
        vm.prank(claims);
        registry.lock(alice, 9, 3 * unit);
        vm.prank(alice);
        registry.requestUnstake();
        vm.warp(block.timestamp + COOLDOWN);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessStakeLocked.selector, alice, 3 * unit));
        vm.prank(alice);
        registry.withdrawStake();
        vm.prank(claims);
        registry.unlock(alice, 9);
        vm.prank(alice);
        assertEq(registry.withdrawStake(), minimumStake);
    }

    function test_withdrawStake_revertsWithoutRequest() public {
        _register(alice, minimumStake, REGION);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessUnstakeNotRequested.selector, alice));
        vm.prank(alice);
        registry.withdrawStake();
    }

    function test_withdrawStake_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessNotRegistered.selector, stranger));
        vm.prank(stranger);
        registry.withdrawStake();
    }

    // ─── lock / unlock ──────────────────────────────────────────────────────────────────────────────────

    function test_lock_locksPerClaimAndAccumulates() public {
        _register(alice, minimumStake, REGION);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.StakeLocked(alice, 1, 100 * unit);
        vm.startPrank(claims);
        registry.lock(alice, 1, 100 * unit);
        registry.lock(alice, 1, 50 * unit);
        registry.lock(alice, 2, 10 * unit);
        vm.stopPrank();
        assertEq(registry.lockedFor(alice, 1), 150 * unit);
        assertEq(registry.lockedFor(alice, 2), 10 * unit);
        (, uint256 locked,, bool eligible,) = registry.witnessInfo(alice);
        assertEq(locked, 160 * unit);
        assertTrue(eligible, "locking does not change eligibility");
    }

    function test_lock_revertsAboveFreeStake() public {
        _register(alice, minimumStake, REGION);
        vm.startPrank(claims);
        registry.lock(alice, 1, minimumStake - unit);
        vm.expectRevert(
            abi.encodeWithSelector(IWitnessRegistry.WitnessStakeInsufficient.selector, alice, unit, unit + 1)
        );
        registry.lock(alice, 2, unit + 1);
        vm.stopPrank();
    }

    function test_lock_revertsOnZero() public {
        _register(alice, minimumStake, REGION);
        vm.expectRevert(IWitnessRegistry.WitnessAmountZero.selector);
        vm.prank(claims);
        registry.lock(alice, 1, 0);
    }

    function test_lock_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessNotRegistered.selector, stranger));
        vm.prank(claims);
        registry.lock(stranger, 1, 1);
    }

    function test_lock_allowedWhileUnstaking() public {
        _register(alice, minimumStake, REGION);
        vm.prank(alice);
        registry.requestUnstake();
        vm.prank(claims);
        registry.lock(alice, 1, unit);
        assertEq(registry.lockedFor(alice, 1), unit);
    }

    function test_unlock_releasesOnlyThatClaim() public {
        _register(alice, minimumStake, REGION);
        vm.startPrank(claims);
        registry.lock(alice, 1, 100 * unit);
        registry.lock(alice, 2, 10 * unit);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.StakeUnlocked(alice, 1, 100 * unit);
        registry.unlock(alice, 1);
        vm.stopPrank();
        assertEq(registry.lockedFor(alice, 1), 0);
        assertEq(registry.lockedFor(alice, 2), 10 * unit);
        (, uint256 locked,,,) = registry.witnessInfo(alice);
        assertEq(locked, 10 * unit);
    }

    function test_unlock_withNothingLockedIsSilentNoOp() public {
        _register(alice, minimumStake, REGION);
        vm.recordLogs();
        vm.prank(claims);
        registry.unlock(alice, 1);
        assertEq(vm.getRecordedLogs().length, 0);
    }

    // ─── slash ──────────────────────────────────────────────────────────────────────────────────────────

    function test_slash_takesRequestedAmountAndPaysCaller() public {
        _register(alice, minimumStake, REGION);
        vm.prank(claims);
        registry.lock(alice, 1, 1000 * unit);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.StakeSlashed(alice, 1, 400 * unit, "fraud");
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 0, false);
        vm.prank(claims);
        uint256 slashed = registry.slash(alice, 1, 400 * unit, "fraud", claims);
        assertEq(slashed, 400 * unit);
        assertEq(usd.balanceOf(claims), 400 * unit);
        assertEq(registry.lockedFor(alice, 1), 600 * unit);
        (uint256 stakeAmount, uint256 locked,, bool eligible,) = registry.witnessInfo(alice);
        assertEq(stakeAmount, minimumStake - 400 * unit);
        assertEq(locked, 600 * unit);
        assertFalse(eligible);
        assertEq(_eligibleTotal(REGION), 0);
        _assertConservation();
    }

    function test_slash_sendsToTheNamedModule() public {
        _register(alice, minimumStake, REGION);
        address reportsModule = makeAddr("reports module");
        vm.startPrank(claims);
        registry.lock(alice, 1, 1000 * unit);
        registry.slash(alice, 1, 300 * unit, "fraud", reportsModule);
        vm.stopPrank();
        assertEq(usd.balanceOf(reportsModule), 300 * unit);
        assertEq(usd.balanceOf(claims), 0, "the caller gets nothing it did not name");
        vm.prank(claims);
        vm.expectRevert(IWitnessRegistry.WitnessZeroRecipient.selector);
        registry.slash(alice, 1, 1, "fraud", address(0));
        _assertConservation();
    }

    /// @dev The token refuses every transfer (as a paused USDC does): the slash is decided all the same, the stake
    ///      leaves the witness and waits, owed to the module, until anyone pays it once the token moves again.
    function test_slash_whileTheTokenCannotMove_isOwedAndPaidLater() public {
        _register(alice, minimumStake, REGION);
        vm.prank(claims);
        registry.lock(alice, 1, 1000 * unit);
        vm.mockCallRevert(address(usd), abi.encodeWithSelector(IERC20.transfer.selector), "Pausable: paused");
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.StakeSlashed(alice, 1, 400 * unit, "fraud");
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessEligibilityChanged(alice, REGION, 0, false);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.SlashedStakeOwed(claims, 1, 400 * unit);
        vm.prank(claims);
        assertEq(registry.slash(alice, 1, 400 * unit, "fraud", claims), 400 * unit);
        (uint256 stakeAmount, uint256 locked,,,) = registry.witnessInfo(alice);
        assertEq(stakeAmount, minimumStake - 400 * unit, "the decision stands");
        assertEq(locked, 600 * unit);
        assertEq(registry.owedTo(claims), 400 * unit);
        assertEq(registry.totalOwed(), 400 * unit);
        assertEq(registry.totalStaked(), minimumStake - 400 * unit);
        _assertConservation();
        // Still paused: paying reverts and changes nothing.
        vm.expectRevert("Pausable: paused");
        registry.payOwed(claims);
        assertEq(registry.owedTo(claims), 400 * unit);
        vm.clearMockedCalls();
        // The token moves again: anyone pays, to the module only.
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.OwedStakePaid(claims, 400 * unit);
        vm.prank(stranger);
        assertEq(registry.payOwed(claims), 400 * unit);
        assertEq(usd.balanceOf(claims), 400 * unit);
        assertEq(usd.balanceOf(stranger), 0);
        assertEq(registry.totalOwed(), 0);
        assertEq(registry.payOwed(claims), 0, "nothing more owed");
        _assertConservation();
    }

    /// @dev A token that takes a fee on transfers (USDT can switch one on) would credit a stake never received.
    function test_stake_refusesATokenThatDeliversLess() public {
        FeeOnTransferToken fee = new FeeOnTransferToken();
        WitnessRegistry feeRegistry = new WitnessRegistry(IERC20(address(fee)), minimumStake, COOLDOWN, 0, 1, admin);
        fee.mint(alice, minimumStake);
        vm.startPrank(alice);
        fee.approve(address(feeRegistry), minimumStake);
        vm.expectRevert(
            abi.encodeWithSelector(
                IWitnessRegistry.WitnessTransferAmountMismatch.selector, minimumStake, minimumStake * 99 / 100
            )
        );
        feeRegistry.stake(minimumStake, REGION);
        vm.stopPrank();
        assertEq(fee.balanceOf(alice), minimumStake, "nothing taken");
        assertEq(feeRegistry.totalStaked(), 0);
    }

    function test_slash_isCappedAtClaimLock() public {
        _register(alice, 2 * minimumStake, REGION);
        vm.startPrank(claims);
        registry.lock(alice, 1, 100 * unit);
        registry.lock(alice, 2, 900 * unit);
        uint256 slashed = registry.slash(alice, 1, 1_000_000 * unit, "fraud", claims);
        vm.stopPrank();
        assertEq(slashed, 100 * unit, "only the claim's own lock");
        assertEq(registry.lockedFor(alice, 1), 0);
        assertEq(registry.lockedFor(alice, 2), 900 * unit);
        (uint256 stakeAmount, uint256 locked,, bool eligible,) = registry.witnessInfo(alice);
        assertEq(stakeAmount, 2 * minimumStake - 100 * unit);
        assertEq(locked, 900 * unit);
        assertTrue(eligible, "still at or above the minimum");
        _assertConservation();
    }

    function test_slash_withNothingLockedReturnsZero() public {
        _register(alice, minimumStake, REGION);
        vm.recordLogs();
        vm.prank(claims);
        assertEq(registry.slash(alice, 1, 100 * unit, "fraud", claims), 0);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(usd.balanceOf(claims), 0);
    }

    function test_slash_ofUnstakingWitnessKeepsItOutOfDraw() public {
        _register(alice, minimumStake, REGION);
        vm.prank(claims);
        registry.lock(alice, 1, minimumStake);
        vm.prank(alice);
        registry.requestUnstake();
        vm.prank(claims);
        assertEq(registry.slash(alice, 1, minimumStake, "fraud", claims), minimumStake);
        vm.warp(block.timestamp + COOLDOWN);
        vm.prank(alice);
        assertEq(registry.withdrawStake(), 0);
        _assertConservation();
        assertEq(usd.balanceOf(address(registry)), 0);
    }

    // ─── draw ───────────────────────────────────────────────────────────────────────────────────────────

    function test_draw_picksDistinctFromRegionAndEmits() public {
        address[] memory ws = _registerMany("r", 10, REGION);
        _registerMany("o", 10, OTHER_REGION);
        address[] memory exclude = _one(ws[0]);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessDrawRequested(7, REGION, 3, exclude, block.number, minimumStake);
        vm.recordLogs();
        address[] memory drawn = _draw(7, 42, REGION, exclude, 3);
        assertEq(drawn.length, 3);
        for (uint256 i; i < 3; ++i) {
            (,, uint256 region,,) = registry.witnessInfo(drawn[i]);
            assertEq(region, REGION);
            assertTrue(drawn[i] != ws[0]);
            for (uint256 j; j < i; ++j) {
                assertTrue(drawn[i] != drawn[j]);
            }
        }
        address[] memory preview = _drawPreview(8, 42, REGION, exclude, 3);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessesDrawn(8, 42, REGION, 0, 10, preview);
        _draw(8, 42, REGION, exclude, 3);
    }

    function test_draw_isDeterministicAndDependsOnSeedAndClaim() public {
        _registerMany("r", 30, REGION);
        address[] memory a = _draw(1, 42, REGION, _none(), 3);
        address[] memory b = _draw(1, 42, REGION, _none(), 3);
        assertEq(a, b);
        address[] memory c = _draw(1, 43, REGION, _none(), 3);
        address[] memory d = _draw(2, 42, REGION, _none(), 3);
        assertTrue(keccak256(abi.encode(a)) != keccak256(abi.encode(c)), "seed matters");
        assertTrue(keccak256(abi.encode(a)) != keccak256(abi.encode(d)), "claim matters");
    }

    function test_draw_matchesSpecification() public {
        // Recompute the first pick by the documented formula (docs/witness-draw.md).
        address[] memory ws = _registerMany("r", 30, REGION);
        uint256 seed = 0xbeef;
        uint256 index = uint256(keccak256(abi.encode(seed, uint256(5), uint256(0)))) % 30;
        address[] memory drawn = _draw(5, seed, REGION, _none(), 1);
        assertEq(drawn[0], ws[index]);
    }

    function test_draw_usesRegionWhenExactlyEnough() public {
        address[] memory ws = _registerMany("r", 3, REGION);
        _registerMany("o", 10, OTHER_REGION);
        address[] memory preview = _drawPreview(1, 5, REGION, _none(), 3);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessesDrawn(1, 5, REGION, 0, 3, preview);
        address[] memory drawn = _draw(1, 5, REGION, _none(), 3);
        for (uint256 i; i < 3; ++i) {
            assertTrue(drawn[i] == ws[0] || drawn[i] == ws[1] || drawn[i] == ws[2]);
        }
    }

    function test_draw_fallsBackWhenRegionTooSmall() public {
        _registerMany("r", 2, REGION);
        _registerMany("o", 10, OTHER_REGION);
        address[] memory expected = _drawPreview(1, 5, 0, _none(), 3);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessesDrawn(1, 5, 0, 0, 12, expected);
        assertEq(_draw(1, 5, REGION, _none(), 3), expected);
    }

    function test_draw_fallsBackWhenExclusionsLeaveTooFew() public {
        address[] memory ws = _registerMany("r", 3, REGION);
        _registerMany("o", 10, OTHER_REGION);
        address[] memory exclude = new address[](3);
        exclude[0] = ws[1];
        exclude[1] = ws[1]; // listed twice: counted once
        exclude[2] = stranger; // not a witness: does not count
        address[] memory preview = _drawPreview(1, 5, 0, exclude, 3);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessesDrawn(1, 5, 0, 0, 13, preview);
        address[] memory drawn = _draw(1, 5, REGION, exclude, 3);
        for (uint256 i; i < 3; ++i) {
            assertTrue(drawn[i] != ws[1]);
        }
    }

    function test_draw_duplicateExclusionDoesNotForceFallback() public {
        address[] memory ws = _registerMany("r", 4, REGION);
        _registerMany("o", 10, OTHER_REGION);
        address[] memory exclude = new address[](2);
        exclude[0] = ws[2];
        exclude[1] = ws[2]; // claimant == filer
        address[] memory preview = _drawPreview(1, 5, REGION, exclude, 3);
        vm.expectEmit(address(registry));
        emit IWitnessRegistry.WitnessesDrawn(1, 5, REGION, 0, 4, preview);
        _draw(1, 5, REGION, exclude, 3);
    }

    function test_draw_regionZeroDrawsFromAll() public {
        _registerMany("r", 2, REGION);
        _registerMany("o", 2, OTHER_REGION);
        address[] memory drawn = _draw(1, 5, 0, _none(), 4);
        assertEq(drawn.length, 4);
    }

    function test_draw_takesEveryoneLeft() public {
        // 5 witnesses, 2 excluded, 3 asked: the only answer is the other three (forces the fallback scan often).
        address[] memory ws = _registerMany("r", 5, REGION);
        address[] memory exclude = new address[](2);
        exclude[0] = ws[0];
        exclude[1] = ws[3];
        for (uint256 seed; seed < 20; ++seed) {
            address[] memory drawn = _draw(1, seed, REGION, exclude, 3);
            uint256 mask;
            for (uint256 i; i < 3; ++i) {
                for (uint256 k; k < 5; ++k) {
                    if (drawn[i] == ws[k]) mask |= 1 << k;
                }
            }
            assertEq(mask, 0x16, "exactly ws[1], ws[2], ws[4]");
        }
    }

    function test_draw_revertsWhenNotEnoughAnywhere() public {
        address[] memory ws = _registerMany("r", 3, REGION);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessNotEnoughEligible.selector, 2, 3));
        _draw(1, 5, REGION, _one(ws[0]), 3);
    }

    function test_draw_revertsWithNoWitnesses() public {
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessNotEnoughEligible.selector, 0, 1));
        _draw(1, 5, 0, _none(), 1);
    }

    function test_draw_revertsOnCountZero() public {
        _registerMany("r", 3, REGION);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessDrawCountInvalid.selector, 0, 16));
        _draw(1, 5, REGION, _none(), 0);
    }

    function test_draw_revertsOnCountAboveMaximum() public {
        _registerMany("r", 20, REGION);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessDrawCountInvalid.selector, 17, 16));
        _draw(1, 5, REGION, _none(), 17);
    }

    function test_draw_revertsOnTooManyExclusions() public {
        _registerMany("r", 3, REGION);
        address[] memory exclude = new address[](33);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessTooManyExcluded.selector, 33, 32));
        _draw(1, 5, REGION, exclude, 1);
    }

    function test_draw_revertsOnInvalidRegion() public {
        _registerMany("r", 3, REGION);
        vm.expectRevert(abi.encodeWithSelector(IWitnessRegistry.WitnessRegionInvalid.selector, 65_536));
        _draw(1, 5, 65_536, _none(), 1);
    }

    function test_draw_neverPicksUnstakedOrSlashedWitness() public {
        address[] memory ws = _registerMany("r", 6, REGION);
        vm.prank(ws[1]);
        registry.requestUnstake();
        _lockAndSlash(ws[4], 1, unit);
        assertEq(_eligibleTotal(REGION), 4);
        for (uint256 seed; seed < 30; ++seed) {
            address[] memory drawn = _draw(2, seed, REGION, _none(), 4);
            for (uint256 i; i < 4; ++i) {
                assertTrue(drawn[i] != ws[1] && drawn[i] != ws[4]);
            }
        }
    }

    // ─── eligible arrays: swap-and-pop order ────────────────────────────────────────────────────────────

    function test_eligibleArrays_swapAndPopOrder() public {
        _register(alice, minimumStake, REGION);
        _register(bob, minimumStake, OTHER_REGION);
        _register(carol, minimumStake, REGION);
        _register(dave, minimumStake, REGION);
        // region: [alice, carol, dave]; all: [alice, bob, carol, dave]
        vm.prank(alice);
        registry.requestUnstake();
        // region: [dave, carol]; all: [dave, bob, carol]
        assertEq(registry.eligibleAt(REGION, 0, 0), dave);
        assertEq(registry.eligibleAt(REGION, 0, 1), carol);
        assertEq(registry.eligibleAt(0, 0, 0), dave);
        assertEq(registry.eligibleAt(0, 0, 1), bob);
        assertEq(registry.eligibleAt(0, 0, 2), carol);
        assertEq(_eligibleTotal(REGION), 2);
        assertEq(_eligibleTotal(OTHER_REGION), 1);
        assertEq(_eligibleTotal(0), 3);
        // removing the last element pops without moving anything
        vm.prank(carol);
        registry.requestUnstake();
        assertEq(registry.eligibleAt(0, 0, 0), dave);
        assertEq(registry.eligibleAt(0, 0, 1), bob);
        assertEq(_eligibleTotal(0), 2);
    }

    // ─── access control ─────────────────────────────────────────────────────────────────────────────────

    function test_claimsFunctions_revertForEveryOtherRole() public {
        _register(alice, minimumStake, REGION);
        address[4] memory callers = [admin, alice, stranger, address(this)];
        bytes32 role = registry.CLAIMS_ROLE();
        for (uint256 i; i < callers.length; ++i) {
            bytes memory expected =
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role);
            vm.expectRevert(expected);
            vm.prank(callers[i]);
            registry.draw(1, 1, REGION, _none(), 1, minimumStake);
            vm.expectRevert(expected);
            vm.prank(callers[i]);
            registry.lock(alice, 1, 1);
            vm.expectRevert(expected);
            vm.prank(callers[i]);
            registry.unlock(alice, 1);
            vm.expectRevert(expected);
            vm.prank(callers[i]);
            registry.slash(alice, 1, 1, "x", claims);
        }
    }

    function test_grantRole_revertsForNonAdmin() public {
        bytes32 adminRole = registry.DEFAULT_ADMIN_ROLE();
        bytes32 claimsRole = registry.CLAIMS_ROLE();
        address[3] memory callers = [claims, alice, stranger];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], adminRole)
            );
            vm.prank(callers[i]);
            registry.grantRole(claimsRole, callers[i]);
        }
    }

    function test_revokedClaimsModuleLosesAccess() public {
        bytes32 claimsRole = registry.CLAIMS_ROLE();
        vm.prank(admin);
        registry.revokeRole(claimsRole, claims);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, claims, claimsRole)
        );
        vm.prank(claims);
        registry.lock(alice, 1, 1);
    }

    // ─── helpers ────────────────────────────────────────────────────────────────────────────────────────

    function _lockAndSlash(address witness, uint256 claimId, uint256 amount) internal {
        vm.startPrank(claims);
        registry.lock(witness, claimId, amount);
        registry.slash(witness, claimId, amount, "fraud", claims);
        vm.stopPrank();
    }

    /// @dev The draw the registry will make, from a snapshot (so events can be expected before the call).
    function _drawPreview(uint256 claimId, uint256 seed, uint256 region, address[] memory exclude, uint256 count)
        internal
        returns (address[] memory drawn)
    {
        uint256 snapshot = vm.snapshotState();
        drawn = _draw(claimId, seed, region, exclude, count);
        vm.revertToState(snapshot);
    }
}
