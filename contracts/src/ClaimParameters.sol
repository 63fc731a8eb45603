// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

import {IClaimParameters} from "./interfaces/IClaimParameters.sol";
import {IMutualPool} from "./interfaces/IMutualPool.sol";
import {ClaimParameter} from "./types/ClaimTypes.sol";

/// @title ClaimParameters
/// @notice The claim lifecycle's parameters and run-off date, governed by the timelock.
/// @dev Split from ClaimsManager to keep it under the 24 KiB code-size limit, and so that ClaimsManager and
///      FraudReports share one governance surface. Values are range-checked here so that readers may narrow
///      them: amounts fit 96 bits, windows fit 40-bit timestamps.
contract ClaimParameters is IClaimParameters, AccessControl {
    /// @notice May change parameters and start the run-off: a TimelockController whose delay exceeds one epoch.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    /// @notice How long after the run-off starts claims diagnosed before it are still honoured.
    uint256 public constant RUN_OFF_HONOUR_PERIOD = 180 days;
    /// @notice Shortest deadline or window governance may set.
    uint256 public constant MIN_WINDOW = 1 hours;
    /// @notice Longest deadline or window governance may set.
    uint256 public constant MAX_WINDOW = 730 days;
    uint256 internal constant _BPS = 10_000;
    uint256 internal constant _PARAMETER_COUNT = 14;

    /// @notice The pool whose epoch length bounds the governance delay and whose run-off this follows.
    IMutualPool public immutable pool;

    mapping(ClaimParameter parameter => uint256 value) internal _values;
    /// @inheritdoc IClaimParameters
    uint256 public override runOffStartedAt;

    /// @param pool_ The pool whose epoch length bounds the governance delay and whose run-off this follows.
    /// @param timelock The governor; also the role admin.
    /// @param initial Initial values, indexed by `ClaimParameter`.
    constructor(IMutualPool pool_, address timelock, uint256[14] memory initial) {
        pool = pool_;
        for (uint256 i; i < _PARAMETER_COUNT; ++i) {
            _set(ClaimParameter(i), initial[i]);
        }
        _grantRole(DEFAULT_ADMIN_ROLE, timelock);
        _grantRole(GOVERNOR_ROLE, timelock);
    }

    /// @inheritdoc IClaimParameters
    function setParameter(ClaimParameter which, uint256 value) external override {
        _checkGovernor();
        uint256 old = _values[which];
        _set(which, value);
        emit ClaimParameterChanged(which, old, value);
    }

    /// @inheritdoc IClaimParameters
    function startRunOff() external override {
        _checkGovernor();
        if (!pool.inRunOff()) revert ClaimsPoolNotInRunOff();
        if (runOffStartedAt != 0) revert ClaimsRunOffAlreadyStarted(runOffStartedAt);
        runOffStartedAt = block.timestamp;
        emit ClaimsRunOffStarted(block.timestamp, block.timestamp + RUN_OFF_HONOUR_PERIOD);
    }

    /// @inheritdoc IClaimParameters
    function parameter(ClaimParameter which) external view override returns (uint256) {
        return _values[which];
    }

    /// @inheritdoc IClaimParameters
    function honourUntil() external view override returns (uint256) {
        uint256 startedAt = runOffStartedAt;
        return startedAt == 0 ? type(uint256).max : startedAt + RUN_OFF_HONOUR_PERIOD;
    }

    function _set(ClaimParameter which, uint256 value) internal {
        bool ok;
        if (which == ClaimParameter.ClaimCap || which == ClaimParameter.ReportBond) {
            ok = value != 0 && value <= type(uint96).max;
        } else if (which == ClaimParameter.Commission || which == ClaimParameter.StakeLock) {
            ok = value <= type(uint96).max;
        } else if (which == ClaimParameter.ReporterRewardBps || which == ClaimParameter.NoShowSliceBps) {
            ok = value <= _BPS;
        } else {
            ok = value >= MIN_WINDOW && value <= MAX_WINDOW;
        }
        if (!ok) revert ClaimsInvalidParameter(which, value);
        _values[which] = value;
    }

    /// @dev Mirrors `MutualPool._checkGovernor`: the governor role *and* a timelock delay above one epoch.
    function _checkGovernor() internal view {
        _checkRole(GOVERNOR_ROLE);
        uint256 delay;
        try TimelockController(payable(msg.sender)).getMinDelay() returns (uint256 d) {
            delay = d;
        } catch {}
        uint256 epoch = pool.epochLength();
        if (delay <= epoch) revert ClaimsGovernanceDelayTooShort(delay, epoch);
    }
}
