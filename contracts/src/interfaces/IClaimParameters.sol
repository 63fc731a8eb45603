// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ClaimParameter} from "../types/ClaimTypes.sol";

/// @title IClaimParameters
/// @notice The parameters of the claim lifecycle (claim cap, commission, stake lock, every deadline and window,
///         report bond, reporter reward, no-show slice, stake cover, payment window, where dismissed bonds go) and
///         the claims side of the run-off, changed only by a TimelockController whose delay covers the pool's exit
///         notice and one epoch, so members can leave first.
/// @dev Read by ClaimsManager and FraudReports; one governance surface for both.
interface IClaimParameters {
    /// @notice Governance changed a parameter.
    /// @param parameter Which.
    /// @param oldValue Before.
    /// @param newValue After.
    event ClaimParameterChanged(ClaimParameter indexed parameter, uint256 oldValue, uint256 newValue);

    /// @notice The parameters were deployed for this pool and registry (emitted once, by the constructor, after one
    ///         `ClaimParameterChanged(parameter, 0, value)` per parameter for the initial values).
    /// @param pool The pool whose exit notice and epoch bound the windows.
    /// @param registry The witness registry whose largest lock bounds the stake lock.
    event ClaimParametersWired(address indexed pool, address indexed registry);

    /// @notice Run-off began: diagnoses from `startedAt` on are not covered; earlier ones must be approved by
    ///         `honourUntil`.
    /// @param startedAt The cut-off date for diagnoses.
    /// @param honourUntil The end of the honour period.
    event ClaimsRunOffStarted(uint256 startedAt, uint256 honourUntil);

    /// @notice A parameter value is out of its allowed range.
    error ClaimsInvalidParameter(ClaimParameter parameter, uint256 value);
    /// @notice A value within its own range breaks a rule that ties it to other values (see `ClaimParameters`).
    /// @param parameter Which.
    /// @param value The value refused.
    /// @param limit The bound it must respect now (the registry's largest lock, the pool's exit notice, one epoch).
    error ClaimsParameterConflict(ClaimParameter parameter, uint256 value, uint256 limit);
    /// @notice Governance calls must come through a timelock whose delay covers the pool's exit notice, one epoch
    ///         and the settlement slack (`pool.governanceDelayRequired()`).
    error ClaimsGovernanceDelayTooShort(uint256 delay, uint256 required);
    /// @notice The pool must be in run-off first (put `pool.startRunOff` before this in the same batch).
    error ClaimsPoolNotInRunOff();
    /// @notice Run-off already started.
    error ClaimsRunOffAlreadyStarted(uint256 startedAt);

    /// @notice Change a parameter. Timelock only (delay longer than one pool epoch).
    /// @param parameter Which.
    /// @param value The new value (windows 1 hour..730 days; bps ≤ 10 000; amounts ≤ 2^96 − 1, cap, bond and lock
    ///        > 0; stake cover ≤ 100 000 bps; dismissed-bond destination 0 or 1), within the relations listed in
    ///        `ClaimParameters`.
    function setParameter(ClaimParameter parameter, uint256 value) external;

    /// @notice Follow the pool into run-off: diagnoses from now on are not covered; earlier ones are honoured
    ///         for `RUN_OFF_HONOUR_PERIOD`. Timelock only; the pool must already be in run-off.
    function startRunOff() external;

    /// @notice A parameter's value.
    function parameter(ClaimParameter parameter) external view returns (uint256);
    /// @notice When run-off started (0 when not in run-off).
    function runOffStartedAt() external view returns (uint256);
    /// @notice End of the run-off honour period (`type(uint256).max` when not in run-off).
    function honourUntil() external view returns (uint256);
}
