// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IClaimsManager} from "../interfaces/IClaimsManager.sol";
import {IMutualPool} from "../interfaces/IMutualPool.sol";
import {Claim, ClaimState, ClaimParameter, ReviewReason, WitnessSlot} from "../types/ClaimTypes.sol";
import {ClaimModules, ClaimStates} from "./ClaimStates.sol";
import {ClaimWitnesses} from "./ClaimWitnesses.sol";

/// @title ClaimReviews
/// @notice The operator's approval at review (the amount checked against what the pool can pay within the payment
///         window, the commission and the per-witness lock fixed for the claim, scaled with the amount, the draw
///         deadline set and the draw's randomness requested), and the expiry of a claim whose waiting state's
///         deadline passed without the party who had to act.
/// @dev An external library reached by `DELEGATECALL` from `ClaimsManager` (see `ClaimWitnesses`).
library ClaimReviews {
    uint256 internal constant WITNESSES = 3;
    uint256 internal constant _BPS = 10_000;

    /// @notice Approves a filed claim for `amount` (checked against the requested amount by the caller).
    /// @dev The lock is `max(StakeLock, ceil(amount × StakeCoverBps / (3 × 10 000)))`: the three locks together
    ///      cover k × the amount. `ClaimParameters` keeps both terms at most the registry's largest lock (for any
    ///      amount up to the cap), so they fit 96 bits and some stake tier can always carry them.
    function approve(Claim storage c, WitnessSlot[3] storage slots, uint256 claimId, uint256 amount, ClaimModules memory m)
        public
    {
        uint256 commission = m.parameters.parameter(ClaimParameter.Commission);
        _checkPoolCapacity(amount, commission, m);
        uint256 stakeLock = Math.max(
            m.parameters.parameter(ClaimParameter.StakeLock),
            Math.ceilDiv(amount * m.parameters.parameter(ClaimParameter.StakeCoverBps), WITNESSES * _BPS)
        );
        c.approvedAmount = uint96(amount);
        c.commission = uint96(commission);
        c.stakeLock = uint96(stakeLock);
        emit IClaimsManager.ClaimReviewed(claimId, true, amount, ReviewReason.None, c.nullifier, commission, stakeLock);

        uint256 drawDeadline = block.timestamp + m.parameters.parameter(ClaimParameter.DrawWindow);
        for (uint256 i; i < WITNESSES; ++i) {
            slots[i].deadline = uint40(drawDeadline); // now + a window ≤ 730 days: fits 40 bits
        }
        ClaimStates.transition(claimId, c, ClaimState.Reviewed, ReviewReason.None, drawDeadline);
        ClaimWitnesses.requestRandomness(c, claimId, m.source, 0);
    }

    /// @dev Refuses an approved amount the pool cannot pay, with the commissions and what is queued ahead, within
    ///      the payment window from today's members (each settlement pays at most members × minimum balance).
    function _checkPoolCapacity(uint256 amount, uint256 commission, ClaimModules memory m) private view {
        IMutualPool pool = m.pool;
        uint256 settlements = m.parameters.parameter(ClaimParameter.PaymentWindow) / pool.epochLength();
        uint256 capacity = pool.activeMembers() * pool.minimumBalance() * settlements;
        uint256 needed = pool.queuedPayments() + WITNESSES * commission;
        if (needed + amount > capacity) {
            revert IClaimsManager.ClaimsAmountAbovePoolCapacity(amount, capacity > needed ? capacity - needed : 0);
        }
    }

    /// @notice Why a claim expires now, or a revert saying why it does not: Filed (no review) → `ReviewTimedOut`;
    ///         UnderArbitration (no arbitration) → `ArbitrationTimedOut`; Reviewed or WitnessesDrawn with a slot
    ///         not drawn by its deadline → `WitnessesUnavailable`; once the run-off honour period is over, any claim
    ///         not yet announced, or announced with an announcement ending after it → `RunOffEnded`. An
    ///         announcement that ended within the honour period is honoured however long reports held it.
    function expiryReason(Claim storage c, WitnessSlot[3] storage slots, uint256 claimId, uint256 honourUntil)
        public
        view
        returns (ReviewReason)
    {
        ClaimState state = c.state;
        if (block.timestamp >= honourUntil) {
            bool unfinished = state == ClaimState.Filed || state == ClaimState.Reviewed
                || state == ClaimState.WitnessesDrawn || state == ClaimState.UnderArbitration
                || (state == ClaimState.Announced && c.deadline >= honourUntil);
            if (unfinished) return ReviewReason.RunOffEnded;
        }
        if (state == ClaimState.Filed || state == ClaimState.UnderArbitration) {
            if (block.timestamp <= c.deadline) revert IClaimsManager.ClaimsDeadlineNotReached(claimId, c.deadline);
            return state == ClaimState.Filed ? ReviewReason.ReviewTimedOut : ReviewReason.ArbitrationTimedOut;
        }
        if (state == ClaimState.Reviewed || state == ClaimState.WitnessesDrawn) {
            uint256 earliest = ClaimStates.earliestDrawDeadline(slots);
            if (earliest == type(uint256).max || block.timestamp <= earliest) {
                revert IClaimsManager.ClaimsDeadlineNotReached(claimId, earliest == type(uint256).max ? 0 : earliest);
            }
            return ReviewReason.WitnessesUnavailable;
        }
        revert IClaimsManager.ClaimsWrongState(claimId, state);
    }
}
