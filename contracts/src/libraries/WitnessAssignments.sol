// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IClaimsManager} from "../interfaces/IClaimsManager.sol";
import {IWitnessRegistry} from "../interfaces/IWitnessRegistry.sol";
import {IRandomnessSource} from "../interfaces/IRandomnessSource.sol";
import {Claim, ClaimState, SlotStatus, WitnessSlot} from "../types/ClaimTypes.sol";

/// @title WitnessAssignments
/// @notice The claims module's side of the witness draw: requesting randomness with the registry snapshot fixed
///         at request time, drawing from that snapshot, locking the drawn witnesses' stakes into the claim's slots,
///         and skipping a drawn witness the registry refuses to lock.
/// @dev An external library (its functions are `public`, so it is deployed once and `ClaimsManager` reaches it by
///      `DELEGATECALL`): it works on the manager's storage and its events are the manager's own (same address, the
///      declarations in `IClaimsManager`), so the indexer sees no difference. It exists to keep `ClaimsManager`
///      under the EIP-170 code-size limit.
///
///      Why the snapshot. The registry draws from its eligible arrays as they stood at the end of a past block
///      (`drawAt`). That block is fixed here, when the randomness is requested, as `block.number − 1`: nothing done
///      once the value can be known (registering or unstaking witnesses to re-shape the arrays) changes the draw.
///
///      Why only two errors skip a witness. A witness eligible at the snapshot may have withdrawn since
///      (`WitnessNotRegistered`) or have too little free stake for the claim's lock (`WitnessStakeInsufficient`):
///      it is skipped, stays excluded and its slot is drawn again with fresh randomness (like a decline). Any other
///      failure of `lock` reverts the whole draw: a catch-all would turn every unexpected failure into a silent
///      skip and a re-roll. In particular a `lock` starved of gas (the caller of `drawWitnesses` chooses the gas,
///      and 1/64 of it survives the sub-call) must never count as a refusal. With today's gas costs that 1/64 is
///      too little to finish the draw anyway; the rule does not rely on it.
library WitnessAssignments {
    using SafeCast for uint256;

    /// @notice Witnesses per claim (as `ClaimsManager.WITNESSES`).
    uint256 internal constant WITNESSES = 3;

    /// @notice What a draw needs besides the claim's storage.
    /// @param registry The witness registry.
    /// @param source The randomness source.
    /// @param drawNumber How many draws the claim has had, this one included (mixed into the seed).
    /// @param acceptWindow Seconds a drawn witness has to accept.
    struct DrawContext {
        IWitnessRegistry registry;
        IRandomnessSource source;
        uint256 drawNumber;
        uint256 acceptWindow;
    }

    /// @notice Asks the randomness source for the claim's next draw and fixes the registry snapshot it will use.
    /// @param c The claim (its `randomnessRequest` and `snapshotBlock` are set).
    /// @param claimId The claim's id (for the event).
    /// @param source The randomness source.
    /// @param expiredRequestId The request this one replaces because it expired (0 if none).
    function requestRandomness(Claim storage c, uint256 claimId, IRandomnessSource source, uint256 expiredRequestId)
        public
    {
        uint256 requestId = source.requestRandomness();
        // block.number ≥ 1 in any transaction, so this cannot underflow.
        uint256 snapshotBlock = block.number - 1;
        c.randomnessRequest = requestId;
        c.snapshotBlock = snapshotBlock.toUint64();
        emit IClaimsManager.DrawRandomnessRequested(claimId, requestId, snapshotBlock, expiredRequestId);
    }

    /// @notice Fills the claim's empty slots: draws from the snapshot fixed at request time with
    ///         `seed = keccak256(abi.encode(value, claimId, drawNumber))`, locks each drawn witness's stake, and
    ///         requests fresh randomness if a drawn witness was skipped. Re-requests instead if the pending request
    ///         expired unfulfilled.
    /// @param c The claim (state `Reviewed` or `WitnessesDrawn`, checked by the caller).
    /// @param slots The claim's witness slots.
    /// @param exclusions The claim's exclusion list (the claimant, then every witness ever drawn).
    /// @param claimId The claim's id.
    /// @param ctx The registry, randomness source, draw number and accept window.
    /// @return filled Slots filled by this draw (0 also when the request was renewed).
    /// @return renewed Whether the request had expired and was renewed instead of drawing.
    function draw(
        Claim storage c,
        WitnessSlot[3] storage slots,
        address[] storage exclusions,
        uint256 claimId,
        DrawContext memory ctx
    ) public returns (uint256 filled, bool renewed) {
        uint256 seed;
        {
            uint256 requestId = c.randomnessRequest;
            (bool ready, bool expired, uint256 value) = ctx.source.randomness(requestId);
            if (!ready) {
                if (!expired) revert IClaimsManager.ClaimsRandomnessNotReady(claimId, requestId);
                requestRandomness(c, claimId, ctx.source, requestId);
                return (0, true);
            }
            seed = uint256(keccak256(abi.encode(value, claimId, ctx.drawNumber)));
        }
        filled = _fill(c, slots, exclusions, claimId, seed, ctx);
    }

    /// @dev Draws witnesses for the empty slots, assigns them, and requests fresh randomness if one was skipped.
    function _fill(
        Claim storage c,
        WitnessSlot[3] storage slots,
        address[] storage exclusions,
        uint256 claimId,
        uint256 seed,
        DrawContext memory ctx
    ) private returns (uint256 filled) {
        uint256 empty;
        for (uint256 i; i < WITNESSES; ++i) {
            if (slots[i].status == SlotStatus.Empty) ++empty;
        }
        address[] memory drawn = _drawAt(c, exclusions, claimId, seed, empty, ctx.registry);
        c.randomnessRequest = 0;
        filled = _assign(c, slots, exclusions, claimId, drawn, ctx);
        if (filled < empty) requestRandomness(c, claimId, ctx.source, 0);
    }

    /// @dev Emits the draw's inputs and draws `count` witnesses from the snapshot fixed at request time.
    function _drawAt(
        Claim storage c,
        address[] storage exclusions,
        uint256 claimId,
        uint256 seed,
        uint256 count,
        IWitnessRegistry registry
    ) private returns (address[] memory) {
        address[] memory exclude = exclusions;
        uint256 snapshotBlock = c.snapshotBlock;
        emit IClaimsManager.DrawMade(claimId, c.randomnessRequest, seed, c.region, exclude, count, snapshotBlock);
        return registry.drawAt(claimId, seed, c.region, exclude, count, snapshotBlock);
    }

    /// @dev Puts drawn witnesses into the empty slots, locking their stake; a witness the registry refuses to lock
    ///      (see the contract's notes) is skipped and stays excluded.
    function _assign(
        Claim storage c,
        WitnessSlot[3] storage slots,
        address[] storage exclusions,
        uint256 claimId,
        address[] memory drawn,
        DrawContext memory ctx
    ) private returns (uint256 filled) {
        uint256 stakeLock = c.stakeLock;
        uint256 acceptDeadline = block.timestamp + ctx.acceptWindow;
        uint256 next;
        for (uint256 k; k < drawn.length; ++k) {
            address witness = drawn[k];
            exclusions.push(witness);
            while (next < WITNESSES && slots[next].status != SlotStatus.Empty) ++next;
            if (next == WITNESSES) break;
            try ctx.registry.lock(witness, claimId, stakeLock) {
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
}
