// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IClaimsManager} from "../interfaces/IClaimsManager.sol";
import {IMutualPool} from "../interfaces/IMutualPool.sol";
import {IWitnessRegistry} from "../interfaces/IWitnessRegistry.sol";
import {IRandomnessSource} from "../interfaces/IRandomnessSource.sol";
import {IClaimParameters} from "../interfaces/IClaimParameters.sol";
import {Claim, ClaimState, ReviewReason, SlotStatus, WitnessSlot} from "../types/ClaimTypes.sol";

/// @notice The modules a claims function may call, passed from `ClaimsManager`'s immutables to its libraries.
struct ClaimModules {
    IMutualPool pool;
    IWitnessRegistry registry;
    IRandomnessSource source;
    IClaimParameters parameters;
}

/// @title ClaimStates
/// @notice What every part of the claim lifecycle shares: the one way a claim changes state (with its event), the
///         release of the witnesses' stakes, and the draw deadline of the empty slots.
/// @dev Internal functions: compiled into `ClaimsManager` and into each of its external libraries
///      (`ClaimWitnesses`, `ClaimPayouts`), which run on the manager's storage by `DELEGATECALL`, so every event is
///      the manager's own.
library ClaimStates {
    using SafeCast for uint256;

    /// @notice Witnesses per claim.
    uint256 internal constant WITNESSES = 3;

    /// @notice Moves a claim to `to` with the deadline of its new waiting state (0 when it has none).
    function transition(uint256 claimId, Claim storage c, ClaimState to, ReviewReason reason, uint256 deadline)
        internal
    {
        ClaimState from = c.state;
        c.state = to;
        c.deadline = deadline.toUint40();
        emit IClaimsManager.ClaimStateChanged(claimId, from, to, reason, deadline);
    }

    /// @notice Unlocks every witness still holding a slot (anything but Empty) and marks the stakes settled.
    function releaseStakes(
        IWitnessRegistry registry,
        uint256 claimId,
        Claim storage c,
        WitnessSlot[3] storage slots
    ) internal {
        c.stakesSettled = true;
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status == SlotStatus.Empty) continue;
            address witness = slots[i].witness;
            registry.unlock(witness, claimId);
            emit IClaimsManager.WitnessStakeReleased(claimId, witness);
        }
    }

    /// @notice The earliest draw deadline among the empty slots (`type(uint256).max` when none is empty).
    function earliestDrawDeadline(WitnessSlot[3] storage slots) internal view returns (uint256 earliest) {
        earliest = type(uint256).max;
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status == SlotStatus.Empty && slots[i].deadline < earliest) earliest = slots[i].deadline;
        }
    }
}
