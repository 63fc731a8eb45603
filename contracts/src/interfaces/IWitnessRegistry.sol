// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IWitnessRegistry
/// @notice Staked witnesses (见证人) by coarse region, drawn at random to visit patients. Holds the stakes;
///         locks them while an attestation can still be challenged; slashes them on confirmed fraud.
/// @dev The claims module is the only caller of the privileged functions (`CLAIMS_ROLE`).
///      The draw is a pure function of (seed, the eligible set at that moment, exclusions), in O(1) per pick.
interface IWitnessRegistry {
    // Events
    /// @notice A witness registered or added stake.
    event WitnessStaked(address indexed witness, uint256 amount, uint256 totalStake, uint256 region);
    /// @notice A witness started unstaking: no longer drawn; stake withdrawable after the cooldown, once unlocked.
    event WitnessUnstakeRequested(address indexed witness, uint256 availableAt);
    /// @notice A witness withdrew its stake and left.
    event WitnessWithdrew(address indexed witness, uint256 amount);
    /// @notice Witnesses were drawn for a claim. With the registry's events up to this block anyone can
    ///         recompute `witnesses` from `seed` (docs/witness-draw.md).
    /// @param claimId The claim.
    /// @param seed The random seed used.
    /// @param region The region drawn from (the claimant's, or 0 = all after fallback).
    /// @param eligible Size of the set drawn from.
    /// @param witnesses The witnesses drawn.
    event WitnessesDrawn(
        uint256 indexed claimId, uint256 seed, uint256 region, uint256 eligible, address[] witnesses
    );
    /// @notice Stake was locked for a claim.
    event StakeLocked(address indexed witness, uint256 indexed claimId, uint256 amount);
    /// @notice Stake was released from a claim.
    event StakeUnlocked(address indexed witness, uint256 indexed claimId, uint256 amount);
    /// @notice Stake was slashed and sent to the claims module (reporter reward, member credit).
    event StakeSlashed(address indexed witness, uint256 indexed claimId, uint256 amount, bytes32 reason);

    // Errors
    /// @notice Stake below the minimum witness stake.
    error WitnessStakeTooLow(uint256 stake, uint256 minimum);
    /// @notice The address is already a registered witness.
    error WitnessAlreadyRegistered(address witness);
    /// @notice The address is not a registered witness.
    error WitnessNotRegistered(address witness);
    /// @notice The unstake cooldown has not passed.
    error WitnessCooldownActive(address witness, uint256 availableAt);
    /// @notice Stake is locked by open attestations.
    error WitnessStakeLocked(address witness, uint256 locked);
    /// @notice Not enough eligible witnesses to draw from.
    error WitnessNotEnoughEligible(uint256 eligible, uint256 needed);

    // Witness actions
    /// @notice Register (or add stake) with a coarse region code (1..65535).
    function stake(uint256 amount, uint256 region) external;
    /// @notice Stop being drawn and start the cooldown.
    function requestUnstake() external;
    /// @notice After the cooldown, with nothing locked, take the stake back.
    function withdrawStake() external returns (uint256 amount);

    // Claims module
    /// @notice Draw `count` distinct eligible witnesses for `claimId` from `region` (falling back to all),
    ///         never any address in `exclude`. Emits `WitnessesDrawn`.
    function draw(uint256 claimId, uint256 seed, uint256 region, address[] calldata exclude, uint256 count)
        external
        returns (address[] memory witnesses);
    /// @notice Lock `amount` of `witness`'s stake for `claimId`.
    function lock(address witness, uint256 claimId, uint256 amount) external;
    /// @notice Release what `witness` has locked for `claimId`.
    function unlock(address witness, uint256 claimId) external;
    /// @notice Slash up to `amount` of what `witness` locked for `claimId`; the tokens go to the caller.
    /// @return slashed Tokens actually taken.
    function slash(address witness, uint256 claimId, uint256 amount, bytes32 reason)
        external
        returns (uint256 slashed);

    // Views
    /// @notice A witness's stake, locked part, region and whether it can be drawn.
    function witnessInfo(address witness)
        external
        view
        returns (uint256 stakeAmount, uint256 locked, uint256 region, bool eligible, uint256 unstakeAvailableAt);
    /// @notice How many witnesses can be drawn in `region` (0 = all).
    function eligibleCount(uint256 region) external view returns (uint256);
}
