// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IClaimsManager} from "../interfaces/IClaimsManager.sol";
import {IWitnessRegistry} from "../interfaces/IWitnessRegistry.sol";
import {IRandomnessSource} from "../interfaces/IRandomnessSource.sol";
import {Claim, ClaimState, ClaimParameter, ReviewReason, SlotStatus, WitnessSlot} from "../types/ClaimTypes.sol";
import {ClaimModules, ClaimStates} from "./ClaimStates.sol";

/// @title ClaimWitnesses
/// @notice The witnesses' part of the claim lifecycle: requesting randomness with the registry snapshot fixed at
///         request time, drawing from that snapshot, locking the drawn witnesses' stakes, accepting, declining,
///         attesting, replacing a no-show and redrawing after an overruled rejection.
/// @dev An external library: `ClaimsManager` reaches it by `DELEGATECALL`, so it works on the manager's storage,
///      `msg.sender` is the manager's caller and its events are the manager's own (declared in `IClaimsManager`).
///      The claim lifecycle is split by responsibility: filing, review and arbitration in the manager, witnesses
///      here, payouts in `ClaimPayouts`.
///
///      Why the snapshot. The registry draws from its eligible sets as they stood at the end of a past block
///      (`drawAt`), fixed here when the randomness is requested as `block.number − 1`: nothing done once the value
///      can be known (registering or unstaking witnesses) changes the draw.
///
///      Redraws use randomness requested after the decision that caused them. A decline, a replacement or an
///      overrule empties a slot and requests fresh randomness, replacing a pending request nobody can know yet.
///      If the pending request can already be known (`source.isKnown`) and its draw is still allowed, the decision
///      is refused (`ClaimsDrawPending`) until `drawWitnesses` has used it for the slots that were waiting: so
///      nobody who can see a value decides whether it is used, or for which slot.
///
///      The exclusion window. The registry takes at most `MAX_EXCLUDED` exclusions. A draw excludes the claimant,
///      every witness holding a slot, and then the most recent former witnesses of the claim up to that bound, so
///      a string of declines (by sybils, say) can never make the draw impossible; `DrawMade` lists exactly the
///      addresses excluded. A witness who declined long ago may be drawn again; its decline was free and so is the
///      next one, but each costs it fresh randomness it cannot see.
///
///      Why only two errors skip a witness. A witness eligible at the snapshot may have withdrawn since
///      (`WitnessNotRegistered`) or have too little free stake for the claim's lock (`WitnessStakeInsufficient`):
///      it is skipped, stays excluded and its slot is drawn again with fresh randomness. Any other failure of
///      `lock` (a `lock` starved of gas by the caller of the permissionless `drawWitnesses`, a bug) reverts the
///      whole draw, never a silent skip and re-roll.
library ClaimWitnesses {
    using SafeCast for uint256;

    /// @notice Witnesses per claim (as `ClaimsManager.WITNESSES`).
    uint256 internal constant WITNESSES = 3;
    /// @notice Most addresses a draw may exclude (the registry's `MAX_EXCLUDED`).
    uint256 internal constant MAX_EXCLUDED = 32;
    uint256 internal constant _BPS = 10_000;

    /// @notice Asks the randomness source for the claim's next draw and fixes the registry snapshot it will use.
    /// @param c The claim (its `randomnessRequest` and `snapshotBlock` are set).
    /// @param claimId The claim's id (for the event).
    /// @param source The randomness source.
    /// @param replaced The request this one replaces (0 if none).
    function requestRandomness(Claim storage c, uint256 claimId, IRandomnessSource source, uint256 replaced) public {
        uint256 requestId = source.requestRandomness();
        // block.number ≥ 1 in any transaction, so this cannot underflow.
        uint256 snapshotBlock = block.number - 1;
        c.randomnessRequest = requestId;
        c.snapshotBlock = snapshotBlock.toUint64();
        emit IClaimsManager.DrawRandomnessRequested(claimId, requestId, snapshotBlock, replaced);
    }

    /// @notice Fills the claim's empty slots: draws from the snapshot fixed at request time with
    ///         `seed = keccak256(abi.encode(value, claimId, drawNumber))`, locks each drawn witness's stake (the
    ///         claim's `stakeLock`, which the registry's tiers can carry), and requests fresh randomness if a drawn
    ///         witness was skipped. Re-requests instead if the pending request expired unfulfilled.
    /// @dev The caller checks the claim's state. Refused after the draw deadline (then `expireClaim`): a draw
    ///      after it would turn an expiry into a re-roll.
    /// @param c The claim.
    /// @param slots The claim's witness slots.
    /// @param exclusions Everyone ever excluded from the claim's draws (the claimant, then each witness drawn).
    /// @param claimId The claim's id.
    /// @param m The modules.
    /// @param drawNumber How many draws the claim has had, this one included (mixed into the seed).
    /// @return filled Slots filled by this draw (0 also when the request was renewed).
    /// @return renewed Whether the request had expired and was renewed instead of drawing.
    function draw(
        Claim storage c,
        WitnessSlot[3] storage slots,
        address[] storage exclusions,
        uint256 claimId,
        ClaimModules memory m,
        uint256 drawNumber
    ) public returns (uint256 filled, bool renewed) {
        uint256 seed;
        (seed, renewed) = _seed(c, slots, claimId, m.source, drawNumber);
        if (renewed) return (0, true);
        filled = _fill(c, slots, exclusions, claimId, seed, m);
    }

    /// @dev The seed of the pending request, after the deadline and readiness checks; renews an expired request.
    function _seed(
        Claim storage c,
        WitnessSlot[3] storage slots,
        uint256 claimId,
        IRandomnessSource source,
        uint256 drawNumber
    ) private returns (uint256 seed, bool renewed) {
        uint256 requestId = c.randomnessRequest;
        if (requestId == 0) revert IClaimsManager.ClaimsWrongState(claimId, c.state); // every slot is filled
        uint256 drawDeadline = ClaimStates.earliestDrawDeadline(slots);
        if (block.timestamp > drawDeadline) revert IClaimsManager.ClaimsDeadlinePassed(claimId, drawDeadline);
        (bool ready, bool expired, uint256 value) = source.randomness(requestId);
        if (!ready) {
            if (!expired) revert IClaimsManager.ClaimsRandomnessNotReady(claimId, requestId);
            requestRandomness(c, claimId, source, requestId);
            return (0, true);
        }
        seed = uint256(keccak256(abi.encode(value, claimId, drawNumber)));
    }

    /// @dev Draws the empty slots' witnesses with `seed`, assigns them, and asks again if one was skipped.
    function _fill(
        Claim storage c,
        WitnessSlot[3] storage slots,
        address[] storage exclusions,
        uint256 claimId,
        uint256 seed,
        ClaimModules memory m
    ) private returns (uint256 filled) {
        uint256 empty;
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status == SlotStatus.Empty) ++empty;
        }
        address[] memory drawn = _drawAt(
            c,
            DrawArgs({
                claimId: claimId,
                seed: seed,
                exclude: _exclusionWindow(slots, exclusions),
                count: empty,
                registry: m.registry
            })
        );
        c.randomnessRequest = 0;
        filled = _assign(c, slots, exclusions, claimId, drawn, m);
        if (filled < empty) requestRandomness(c, claimId, m.source, 0);
    }

    /// @notice The caller accepts its slot before the accept deadline.
    function accept(
        Claim storage c,
        WitnessSlot[3] storage slots,
        uint256 claimId,
        uint256 slotIndex,
        ClaimModules memory m
    ) public {
        WitnessSlot storage slot = _callerSlot(c, slots, claimId, slotIndex, SlotStatus.Drawn);
        uint256 attestDeadline = block.timestamp + m.parameters.parameter(ClaimParameter.AttestationWindow);
        slot.status = SlotStatus.Accepted;
        slot.deadline = attestDeadline.toUint40();
        emit IClaimsManager.WitnessAccepted(claimId, slotIndex, msg.sender, attestDeadline);
    }

    /// @notice The caller declines its slot before accepting: its stake is unlocked and the slot redrawn with
    ///         randomness requested now (under arbitration, once the operator overrules).
    function decline(
        Claim storage c,
        WitnessSlot[3] storage slots,
        uint256 claimId,
        uint256 slotIndex,
        ClaimModules memory m
    ) public {
        WitnessSlot storage slot = _callerSlot(c, slots, claimId, slotIndex, SlotStatus.Drawn);
        bool drawing = c.state == ClaimState.WitnessesDrawn;
        if (drawing) _requireNoDrawPending(c, slots, claimId, m.source);
        m.registry.unlock(msg.sender, claimId);
        _emptySlot(slot, block.timestamp + m.parameters.parameter(ClaimParameter.DrawWindow));
        emit IClaimsManager.WitnessDeclined(claimId, slotIndex, msg.sender);
        if (drawing) requestRandomness(c, claimId, m.source, c.randomnessRequest);
    }

    /// @notice The caller attests before its attestation deadline; three approvals announce the claim, any
    ///         rejection sends it to arbitration (under arbitration, the attestation is only recorded).
    function attest(
        Claim storage c,
        WitnessSlot[3] storage slots,
        uint256 claimId,
        uint256 slotIndex,
        bytes32 reportHash,
        bool approve,
        ClaimModules memory m
    ) public {
        WitnessSlot storage slot = _callerSlot(c, slots, claimId, slotIndex, SlotStatus.Accepted);
        if (reportHash == bytes32(0)) revert IClaimsManager.ClaimsZero();
        slot.status = approve ? SlotStatus.Approved : SlotStatus.Rejected;
        slot.deadline = 0;
        slot.reportHash = reportHash;
        emit IClaimsManager.WitnessAttested(claimId, slotIndex, msg.sender, reportHash, approve);

        if (c.state != ClaimState.WitnessesDrawn) return;
        if (!approve) {
            uint256 deadline = block.timestamp + m.parameters.parameter(ClaimParameter.ArbitrationWindow);
            ClaimStates.transition(claimId, c, ClaimState.UnderArbitration, ReviewReason.None, deadline);
            return;
        }
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status != SlotStatus.Approved) return;
        }
        ClaimStates.transition(claimId, c, ClaimState.Attested, ReviewReason.None, 0);
        uint256 announcementEnds = block.timestamp + m.parameters.parameter(ClaimParameter.AnnouncementWindow);
        ClaimStates.transition(claimId, c, ClaimState.Announced, ReviewReason.None, announcementEnds);
    }

    /// @notice Replaces a witness who missed its accept or attestation deadline: the no-show slice of its lock is
    ///         slashed and credited to every member, the rest unlocked, and the slot redrawn with randomness
    ///         requested now (under arbitration, once the operator overrules).
    /// @return deferred The slashed slice that could not be credited now (the token could not move): the manager
    ///         keeps it for `creditPending`.
    function replace(
        Claim storage c,
        WitnessSlot[3] storage slots,
        uint256 claimId,
        uint256 slotIndex,
        ClaimModules memory m
    ) public returns (uint256 deferred) {
        ClaimState state = c.state;
        if (state != ClaimState.WitnessesDrawn && state != ClaimState.UnderArbitration) {
            revert IClaimsManager.ClaimsWrongState(claimId, state);
        }
        if (slotIndex >= WITNESSES) revert IClaimsManager.ClaimsWrongSlot(claimId, slotIndex);
        WitnessSlot storage slot = slots[slotIndex];
        SlotStatus status = slot.status;
        if (status != SlotStatus.Drawn && status != SlotStatus.Accepted) {
            revert IClaimsManager.ClaimsWrongSlot(claimId, slotIndex);
        }
        if (block.timestamp <= slot.deadline) revert IClaimsManager.ClaimsDeadlineNotReached(claimId, slot.deadline);
        bool drawing = state == ClaimState.WitnessesDrawn;
        if (drawing) _requireNoDrawPending(c, slots, claimId, m.source);

        address witness = slot.witness;
        uint256 slashed;
        (slashed, deferred) = _slashNoShow(c.stakeLock, claimId, witness, m);
        _emptySlot(slot, block.timestamp + m.parameters.parameter(ClaimParameter.DrawWindow));
        emit IClaimsManager.WitnessReplaced(claimId, slotIndex, witness, slashed, msg.sender);
        if (drawing) requestRandomness(c, claimId, m.source, c.randomnessRequest);
    }

    /// @dev Slashes the no-show slice of the witness's lock, credits it to every member, unlocks the rest. When
    ///      the token cannot move (the registry kept the stake, or the pool could not pull it), the slash and the
    ///      replacement stand and the credit is returned as `deferred`, for the manager to keep for `creditPending`.
    function _slashNoShow(uint256 stakeLock, uint256 claimId, address witness, ClaimModules memory m)
        private
        returns (uint256 slashed, uint256 deferred)
    {
        uint256 slice = stakeLock * m.parameters.parameter(ClaimParameter.NoShowSliceBps) / _BPS;
        if (slice != 0) slashed = m.registry.slash(witness, claimId, slice, "NO_SHOW", address(this));
        m.registry.unlock(witness, claimId);
        if (slashed == 0) return (0, 0);
        emit IClaimsManager.WitnessSlashed(claimId, witness, slashed, "NO_SHOW");
        if (m.registry.owedTo(address(this)) == 0) {
            try m.pool.creditMembers(slashed, "NO_SHOW", claimId) {
                return (slashed, 0);
            } catch {}
        }
        deferred = slashed;
    }

    /// @notice The operator overrules the rejection: every rejecting witness is released, every empty slot gets a
    ///         new draw deadline (slots emptied by declines or replacements during the arbitration too), and the
    ///         redraw uses randomness requested now. The operator's decision is final for what it decides: no slot
    ///         is left with a deadline that passed while the claim waited for it.
    function overrule(Claim storage c, WitnessSlot[3] storage slots, uint256 claimId, ClaimModules memory m) public {
        _requireNoDrawPending(c, slots, claimId, m.source);
        uint256 drawDeadline = block.timestamp + m.parameters.parameter(ClaimParameter.DrawWindow);
        for (uint256 i; i < WITNESSES; ++i) {
            WitnessSlot storage slot = slots[i];
            SlotStatus status = slot.status;
            if (status == SlotStatus.Rejected) {
                address witness = slot.witness;
                m.registry.unlock(witness, claimId);
                _emptySlot(slot, drawDeadline);
                emit IClaimsManager.ClaimArbitrated(claimId, false, i, witness);
            } else if (status == SlotStatus.Empty) {
                slot.deadline = drawDeadline.toUint40();
            }
        }
        ClaimStates.transition(claimId, c, ClaimState.WitnessesDrawn, ReviewReason.None, 0);
        requestRandomness(c, claimId, m.source, c.randomnessRequest);
    }

    // ─────────────────────────────────────── Internals ───────────────────────────────────────

    /// @dev What `_drawAt` passes to the registry besides the claim's own fields.
    struct DrawArgs {
        uint256 claimId;
        uint256 seed;
        address[] exclude;
        uint256 count;
        IWitnessRegistry registry;
    }

    /// @dev Emits the draw's inputs and draws `count` witnesses who can carry the claim's lock from the snapshot.
    function _drawAt(Claim storage c, DrawArgs memory a) private returns (address[] memory) {
        emit IClaimsManager.DrawMade(
            a.claimId, c.randomnessRequest, a.seed, c.region, a.exclude, a.count, c.snapshotBlock
        );
        return a.registry.drawAt(a.claimId, a.seed, c.region, a.exclude, a.count, c.snapshotBlock, c.stakeLock);
    }

    /// @dev The caller's slot, in `expected` status and before its deadline, while witnesses are active.
    function _callerSlot(
        Claim storage c,
        WitnessSlot[3] storage slots,
        uint256 claimId,
        uint256 slotIndex,
        SlotStatus expected
    ) private view returns (WitnessSlot storage slot) {
        ClaimState state = c.state;
        if (state != ClaimState.WitnessesDrawn && state != ClaimState.UnderArbitration) {
            revert IClaimsManager.ClaimsWrongState(claimId, state);
        }
        if (slotIndex >= WITNESSES) revert IClaimsManager.ClaimsWrongSlot(claimId, slotIndex);
        slot = slots[slotIndex];
        if (slot.witness != msg.sender || slot.status != expected) {
            revert IClaimsManager.ClaimsNotSlotWitness(claimId, slotIndex, msg.sender);
        }
        if (block.timestamp > slot.deadline) revert IClaimsManager.ClaimsDeadlinePassed(claimId, slot.deadline);
    }

    /// @dev Refuses a decision that empties a slot while the pending randomness can be known and still drawn with.
    function _requireNoDrawPending(
        Claim storage c,
        WitnessSlot[3] storage slots,
        uint256 claimId,
        IRandomnessSource source
    ) private view {
        uint256 pending = c.randomnessRequest;
        if (pending == 0 || !source.isKnown(pending)) return;
        (, bool expired,) = source.randomness(pending);
        if (expired || block.timestamp > ClaimStates.earliestDrawDeadline(slots)) return;
        revert IClaimsManager.ClaimsDrawPending(claimId, pending);
    }

    /// @dev The claimant, every slot holder, then the most recent former witnesses, at most `MAX_EXCLUDED` in all.
    function _exclusionWindow(WitnessSlot[3] storage slots, address[] storage exclusions)
        private
        view
        returns (address[] memory list)
    {
        uint256 total = exclusions.length;
        if (total <= MAX_EXCLUDED) return exclusions;
        list = new address[](MAX_EXCLUDED);
        list[0] = exclusions[0]; // the claimant, pushed at filing
        uint256 n = 1;
        address[3] memory holders;
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status != SlotStatus.Empty) {
                holders[i] = slots[i].witness;
                list[n++] = holders[i];
            }
        }
        // total > MAX_EXCLUDED ≥ n + (slot holders among the entries), so the list fills before j reaches 1.
        for (uint256 j = total - 1; n < MAX_EXCLUDED && j != 0; --j) {
            address former = exclusions[j];
            if (former != holders[0] && former != holders[1] && former != holders[2]) list[n++] = former;
        }
        assembly ("memory-safe") {
            mstore(list, n)
        }
    }

    /// @dev Puts drawn witnesses into the empty slots, locking their stake; a witness the registry refuses to lock
    ///      (see the notes above) is skipped and stays excluded.
    function _assign(
        Claim storage c,
        WitnessSlot[3] storage slots,
        address[] storage exclusions,
        uint256 claimId,
        address[] memory drawn,
        ClaimModules memory m
    ) private returns (uint256 filled) {
        uint256 stakeLock = c.stakeLock;
        uint256 acceptDeadline = block.timestamp + m.parameters.parameter(ClaimParameter.AcceptWindow);
        uint256 next;
        for (uint256 k; k < drawn.length; ++k) {
            address witness = drawn[k];
            exclusions.push(witness);
            while (next < WITNESSES && slots[next].status != SlotStatus.Empty) ++next;
            if (next == WITNESSES) break;
            try m.registry.lock(witness, claimId, stakeLock) {
                WitnessSlot storage slot = slots[next];
                slot.witness = witness;
                slot.status = SlotStatus.Drawn;
                slot.deadline = acceptDeadline.toUint40();
                emit IClaimsManager.WitnessAssigned(claimId, next, witness, stakeLock, acceptDeadline);
                ++filled;
            } catch (bytes memory reason) {
                bytes4 selector = bytes4(reason);
                if (
                    reason.length < 4
                        || (selector != IWitnessRegistry.WitnessNotRegistered.selector
                            && selector != IWitnessRegistry.WitnessStakeInsufficient.selector)
                ) {
                    // Not a refusal by the registry (out of gas, a bug): re-raise it unchanged.
                    assembly ("memory-safe") {
                        revert(add(reason, 0x20), mload(reason))
                    }
                }
                emit IClaimsManager.WitnessSkipped(claimId, witness, selector);
            }
        }
    }

    function _emptySlot(WitnessSlot storage slot, uint256 drawDeadline) private {
        slot.status = SlotStatus.Empty;
        slot.witness = address(0);
        slot.reportHash = bytes32(0);
        slot.deadline = drawDeadline.toUint40();
    }
}
