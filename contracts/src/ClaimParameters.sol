// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IClaimParameters} from "./interfaces/IClaimParameters.sol";
import {IExitNoticeFloor} from "./interfaces/IExitNoticeFloor.sol";
import {IMutualPool} from "./interfaces/IMutualPool.sol";
import {IWitnessRegistry} from "./interfaces/IWitnessRegistry.sol";
import {ClaimParameter} from "./types/ClaimTypes.sol";

/// @title ClaimParameters
/// @notice The claim lifecycle's parameters and run-off date, governed by the timelock.
/// @dev One governance surface for ClaimsManager and FraudReports. Every value is range-checked here, and the
///      checks keep every invariant true whatever governance does (each end of each range is run from filing to
///      payout in the tests):
///      - amounts fit 96 bits and windows 40-bit timestamps, so readers may narrow them;
///      - a witness lock can always be carried by some stake tier of the registry: `StakeLock` and
///        `ceil(ClaimCap × StakeCoverBps / 3)` are at most `registry.maxLock()`, and `StakeLock` is never 0;
///      - a witness's commission is at most the least lock (`Commission ≤ StakeLock`);
///      - the pool's exit notice covers the announcement plus one investigation (`minimumExitNotice`, which the
///        pool checks when its notice changes), so nobody escapes a claim announced before they asked to leave;
///      - the payment window spans at least one epoch, so an approved claim sees at least one settlement;
///      - the timelock's delay exceeds the pool's exit notice, one epoch and the settlement slack
///        (`pool.governanceDelayRequired()`), so a member who asks to leave when a change is scheduled is settled
///        out before it applies and `maxChargeBeforeExit` holds.
contract ClaimParameters is IClaimParameters, IExitNoticeFloor, AccessControl {
    /// @notice May change parameters and start the run-off: a TimelockController whose delay exceeds one epoch.
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    /// @notice How long after the run-off starts claims diagnosed before it are still honoured.
    uint256 public constant RUN_OFF_HONOUR_PERIOD = 180 days;
    /// @notice Shortest deadline or window governance may set.
    uint256 public constant MIN_WINDOW = 1 hours;
    /// @notice Longest deadline or window governance may set.
    uint256 public constant MAX_WINDOW = 730 days;
    uint256 internal constant _BPS = 10_000;
    /// @notice Witnesses per claim (the lock of each covers a third of k × the claim).
    uint256 public constant WITNESS_COUNT = 3;
    /// @notice Largest `StakeCoverBps`: the three locks together at most 10 × the claim.
    uint256 public constant MAX_STAKE_COVER_BPS = 100_000;
    uint256 internal constant _PARAMETER_COUNT = 17;

    /// @notice The pool whose exit notice and epoch bound the governance delay and whose run-off this follows.
    IMutualPool public immutable pool;
    /// @notice The witness registry whose stake tiers bound the per-witness lock.
    IWitnessRegistry public immutable registry;

    mapping(ClaimParameter parameter => uint256 value) internal _values;
    /// @inheritdoc IClaimParameters
    uint256 public override runOffStartedAt;

    /// @param pool_ The pool whose exit notice and epoch bound the governance delay and whose run-off this follows.
    /// @param registry_ The witness registry whose stake tiers bound the per-witness lock.
    /// @param timelock The governor; also the role admin.
    /// @param initial Initial values, indexed by `ClaimParameter`.
    constructor(IMutualPool pool_, IWitnessRegistry registry_, address timelock, uint256[17] memory initial) {
        pool = pool_;
        registry = registry_;
        // Ranges first, then the rules that tie parameters together (they read several values).
        for (uint256 i; i < _PARAMETER_COUNT; ++i) {
            _setInRange(ClaimParameter(i), initial[i]);
        }
        for (uint256 i; i < _PARAMETER_COUNT; ++i) {
            _checkRelations(ClaimParameter(i), initial[i]);
            emit ClaimParameterChanged(ClaimParameter(i), 0, initial[i]);
        }
        emit ClaimParametersWired(address(pool_), address(registry_));
        _grantRole(DEFAULT_ADMIN_ROLE, timelock);
        _grantRole(GOVERNOR_ROLE, timelock);
    }

    /// @inheritdoc IClaimParameters
    function setParameter(ClaimParameter which, uint256 value) external override {
        _checkGovernor();
        uint256 old = _values[which];
        _setInRange(which, value);
        _checkRelations(which, value);
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

    /// @inheritdoc IExitNoticeFloor
    function minimumExitNotice() external view override returns (uint256) {
        return _values[ClaimParameter.AnnouncementWindow] + _values[ClaimParameter.InvestigationWindow];
    }

    /// @dev The range of one value on its own.
    function _setInRange(ClaimParameter which, uint256 value) internal {
        bool ok;
        if (which == ClaimParameter.ClaimCap || which == ClaimParameter.ReportBond || which == ClaimParameter.StakeLock)
        {
            ok = value != 0 && value <= type(uint96).max;
        } else if (which == ClaimParameter.Commission) {
            ok = value <= type(uint96).max;
        } else if (which == ClaimParameter.ReporterRewardBps || which == ClaimParameter.NoShowSliceBps) {
            ok = value <= _BPS;
        } else if (which == ClaimParameter.StakeCoverBps) {
            ok = value <= MAX_STAKE_COVER_BPS;
        } else if (which == ClaimParameter.DismissedBondToMembers) {
            ok = value <= 1;
        } else {
            ok = value >= MIN_WINDOW && value <= MAX_WINDOW;
        }
        if (!ok) revert ClaimsInvalidParameter(which, value);
        _values[which] = value;
    }

    /// @dev The rules that tie a value to others (already stored) and to the pool and the registry.
    function _checkRelations(ClaimParameter which, uint256 value) internal view {
        if (which == ClaimParameter.StakeLock || which == ClaimParameter.Commission) {
            uint256 maxLock = registry.maxLock();
            uint256 stakeLock = _values[ClaimParameter.StakeLock];
            if (stakeLock > maxLock) revert ClaimsParameterConflict(which, value, maxLock);
            // A witness never earns more for a claim than the least it stakes on it.
            uint256 commission = _values[ClaimParameter.Commission];
            if (commission > stakeLock) {
                revert ClaimsParameterConflict(
                    which, value, which == ClaimParameter.Commission ? stakeLock : commission
                );
            }
        } else if (which == ClaimParameter.ClaimCap || which == ClaimParameter.StakeCoverBps) {
            uint256 maxLock = registry.maxLock();
            uint256 lock = Math.ceilDiv(
                _values[ClaimParameter.ClaimCap] * _values[ClaimParameter.StakeCoverBps], WITNESS_COUNT * _BPS
            );
            if (lock > maxLock) revert ClaimsParameterConflict(which, value, maxLock);
        } else if (which == ClaimParameter.AnnouncementWindow || which == ClaimParameter.InvestigationWindow) {
            uint256 notice = pool.exitNotice();
            uint256 needed = _values[ClaimParameter.AnnouncementWindow] + _values[ClaimParameter.InvestigationWindow];
            if (needed > notice) revert ClaimsParameterConflict(which, value, notice);
        } else if (which == ClaimParameter.PaymentWindow) {
            uint256 epoch = pool.epochLength();
            if (value < epoch) revert ClaimsParameterConflict(which, value, epoch);
        }
    }

    /// @dev Mirrors `MutualPool._checkGovernor`: the governor role *and* a timelock delay of at least
    ///      `pool.governanceDelayRequired()` (exit notice + one epoch + settlement slack, and a second).
    function _checkGovernor() internal view {
        _checkRole(GOVERNOR_ROLE);
        uint256 delay;
        (bool ok, bytes memory ret) = msg.sender.staticcall(abi.encodeCall(TimelockController.getMinDelay, ()));
        if (ok && ret.length >= 32) delay = abi.decode(ret, (uint256));
        uint256 required = pool.governanceDelayRequired();
        if (delay < required) revert ClaimsGovernanceDelayTooShort(delay, required);
    }
}
