// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IClaimsManager} from "../interfaces/IClaimsManager.sol";
import {IMutualPool} from "../interfaces/IMutualPool.sol";
import {IWitnessRegistry} from "../interfaces/IWitnessRegistry.sol";
import {Claim, ClaimState, ClaimParameter, ReviewReason, SlotStatus, WitnessSlot} from "../types/ClaimTypes.sol";
import {ClaimModules, ClaimStates} from "./ClaimStates.sol";

/// @title ClaimPayouts
/// @notice The payout part of the claim lifecycle: approval into the pool's payment queue with the expected
///         schedule of instalments, the end of the payment window (paid in full, or closed in part with the
///         shortfall stated and the commissions cut pro rata), and the claw-back of what a fraudulent claim has
///         not received yet.
/// @dev An external library reached by `DELEGATECALL` from `ClaimsManager` (see `ClaimWitnesses`): the manager's
///      storage, caller and events. Payments are pool payments under the claim id: the payout at `paymentId`, the
///      three commissions at `paymentId + 1 .. + 3` when the commission is not zero.
library ClaimPayouts {
    uint256 internal constant WITNESSES = 3;

    /// @notice Approves an announced claim whose announcement ended, or says why it must be rejected instead.
    /// @dev The run-off rule looks at the announcement's end, not at the time of this call: a claim whose
    ///      announcement ended within the honour period is honoured however long reports held it afterwards.
    /// @return rejectWith `None` when the payments were queued; otherwise the reason to reject the claim with.
    function approve(
        Claim storage c,
        WitnessSlot[3] storage slots,
        uint256 claimId,
        mapping(bytes32 => uint256) storage nullifierPaidBy,
        mapping(bytes32 => bool) storage nullifierExpelled,
        ClaimModules memory m
    ) public returns (ReviewReason rejectWith) {
        if (c.deadline >= m.parameters.honourUntil()) return ReviewReason.RunOffEnded;
        bytes32 nullifier = c.nullifier;
        if (nullifierPaidBy[nullifier] != 0) return ReviewReason.DuplicatePerson;
        if (nullifierExpelled[nullifier]) return ReviewReason.PersonExpelled;
        nullifierPaidBy[nullifier] = claimId;

        uint256 queuedAhead = m.pool.queuedPayments();
        _queue(c, slots, claimId, m.pool, nullifier);
        uint256 paymentDeadline = block.timestamp + m.parameters.parameter(ClaimParameter.PaymentWindow);
        ClaimStates.transition(claimId, c, ClaimState.Approved, ReviewReason.None, paymentDeadline);
        _announceSchedule(c, claimId, m.pool, queuedAhead, paymentDeadline);
    }

    /// @dev Queues the payout and the three commissions.
    function _queue(Claim storage c, WitnessSlot[3] storage slots, uint256 claimId, IMutualPool pool, bytes32 nullifier)
        private
    {
        address claimant = c.claimant;
        uint256 amount = c.approvedAmount;
        uint256 commission = c.commission;
        uint256 paymentId = pool.queuePayment(claimId, claimant, amount);
        c.paymentId = paymentId;
        address[3] memory witnesses;
        for (uint256 i; i < WITNESSES; ++i) {
            witnesses[i] = slots[i].witness;
            if (commission != 0) pool.queuePayment(claimId, witnesses[i], commission);
        }
        emit IClaimsManager.ClaimApproved(claimId, claimant, amount, paymentId, witnesses, commission, nullifier);
    }

    /// @dev The expected schedule of instalments, from today's members.
    function _announceSchedule(
        Claim storage c,
        uint256 claimId,
        IMutualPool pool,
        uint256 queuedAhead,
        uint256 paymentDeadline
    ) private {
        uint256 perEpoch = pool.activeMembers() * pool.minimumBalance();
        uint256 total = queuedAhead + c.approvedAmount + WITNESSES * uint256(c.commission);
        uint256 epochs = perEpoch == 0 ? 0 : Math.ceilDiv(total, perEpoch);
        emit IClaimsManager.ClaimPaymentScheduled(claimId, queuedAhead, perEpoch, epochs, paymentDeadline);
    }

    /// @notice Ends the payment of an approved claim: once the payout and commissions are paid, or once the payment
    ///         window is over. In the second case the unpaid part of the payout is cancelled in the pool and each
    ///         commission is cut to the fraction of the payout that was paid (rounded down: the pool's favour), the
    ///         rest of it staying queued.
    /// @dev Reverts `ClaimsNotFullyPaid` while payments are outstanding and the window is open.
    function closePayments(Claim storage c, uint256 claimId, IMutualPool pool) public {
        uint256 paymentId = c.paymentId;
        uint256 amount = c.approvedAmount;
        uint256 commission = c.commission;
        uint256 unpaid = pool.payment(paymentId).remaining;
        bool outstanding = unpaid != 0;
        if (commission != 0) {
            for (uint256 i = 1; i <= WITNESSES && !outstanding; ++i) {
                outstanding = pool.payment(paymentId + i).remaining != 0;
            }
        }
        if (!outstanding) return;
        if (block.timestamp <= c.deadline) revert IClaimsManager.ClaimsNotFullyPaid(claimId);
        if (unpaid == 0) return; // the payout is whole; the commissions stay queued in full
        pool.reducePayment(paymentId, 0);
        uint256 paid = amount - unpaid;
        if (commission != 0) {
            uint256 owed = commission * paid / amount;
            for (uint256 i = 1; i <= WITNESSES; ++i) {
                uint256 remaining = pool.payment(paymentId + i).remaining;
                uint256 received = commission - remaining;
                uint256 left = owed > received ? owed - received : 0;
                if (left < remaining) pool.reducePayment(paymentId + i, left);
            }
        }
        emit IClaimsManager.ClaimPaidInPart(claimId, paid, unpaid);
    }

    /// @notice A fraud confirmed on an approved or paid claim: cancels every payment of the claim still queued and
    ///         takes back, for all members, what the pool could not deliver to the claimant (a payout kept for
    ///         `claimPayout` after a failed transfer), up to what the claim was paid.
    function clawBack(Claim storage c, uint256 claimId, IMutualPool pool) public {
        uint256 paymentId = c.paymentId;
        uint256 unpaid = pool.payment(paymentId).remaining;
        if (unpaid != 0) pool.reducePayment(paymentId, 0);
        if (c.commission != 0) {
            for (uint256 i = 1; i <= WITNESSES; ++i) {
                if (pool.payment(paymentId + i).remaining != 0) pool.reducePayment(paymentId + i, 0);
            }
        }
        uint256 paid = c.approvedAmount - unpaid;
        if (paid != 0) pool.reclaimUnclaimedPayout(c.claimant, paid, claimId);
    }

    /// @notice Slashes each witness holding a slot of the claim for its whole lock (a confirmed fraud), for `to`
    ///         (the reports module): the registry sends the tokens there, or owes them while the token cannot move.
    ///         Marks the stakes settled.
    function slashWitnesses(
        Claim storage c,
        WitnessSlot[3] storage slots,
        uint256 claimId,
        IWitnessRegistry registry,
        address to
    ) public returns (uint256 slashed) {
        c.stakesSettled = true;
        uint256 stakeLock = c.stakeLock;
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status == SlotStatus.Empty) continue;
            address witness = slots[i].witness;
            uint256 taken = registry.slash(witness, claimId, stakeLock, "FRAUD", to);
            registry.unlock(witness, claimId);
            slashed += taken;
            emit IClaimsManager.WitnessSlashed(claimId, witness, taken, "FRAUD");
        }
    }
}
