// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {MutualPool} from "../../../src/MutualPool.sol";
import {EpochRecord, MemberView} from "../../../src/types/PoolTypes.sol";
import {BlockableStablecoin} from "./BlockableStablecoin.sol";

/// @notice Drives the pool with bounded random actions and keeps its own books (ghost state), computed
///         independently of the pool's index and sorted list: plain per-member balances, a plain payment
///         queue, charges and credits applied member by member. The invariants compare the two.
/// @dev Besides members, the handler plays the claims module (queue, reduce, reclaim, expel), the creditor, the
///      governor (minimum balance, run-off, sweep; by pranking the timelock, whose delay the pool checks) and
///      the token (blocking a recipient so payouts fail and wait as unclaimed). The share cap of an epoch is
///      read from the pool (`shareCap`); what the ghost checks about it is that it never exceeds the minimum
///      and that no leaver is charged more than `maxChargeBeforeExit` promised when it asked to leave.
contract PoolHandler is Test {
    enum G {
        None,
        Active,
        Exiting,
        Lapsed,
        Exited
    }

    uint256 public constant ACTORS = 10;
    uint256 public constant RECIPIENTS = 3;
    uint256 public constant MAX_PAYMENTS = 64;
    uint256 public constant MAX_SKIPPED = 256;

    MutualPool public immutable pool;
    BlockableStablecoin public immutable usd;
    uint256 public immutable unit;
    uint256 public immutable initialMinimum;
    uint256 public immutable epochLength;
    address public immutable governor;
    address public immutable successor = address(uint160(0x5CCE55));

    uint256 public minimum;

    address[ACTORS] public actors;
    address[RECIPIENTS] public recipients;

    // ── Ghost books ──
    G[ACTORS] public ghostStatus;
    uint256[ACTORS] public ghostBalance;
    uint256[ACTORS] public ghostExitEpoch;
    uint256 public ghostNextEpoch;
    uint256 public ghostReserve;
    uint256 public ghostReserveFromSettlements;
    uint256 public ghostReserveFromCredits;
    uint256 public ghostReserveUsed; // Σ paid from the reserve at settlements
    uint256 public ghostReserveSwept;
    uint256 public ghostChargedTotal; // Σ share × N over settlements
    uint256 public ghostCollectedTotal; // Σ collected over settlements (the reserve's part included)
    uint256 public ghostCancelled; // Σ lowered by reducePayment
    uint256 public ghostReclaimed; // Σ unclaimed payouts taken back to the members
    uint256[] internal _payRemaining;
    uint256[] internal _payEpoch;
    uint256[] internal _payRecipient;
    uint256 public ghostPayHead;
    uint256[RECIPIENTS] public ghostUnclaimed;
    bool[RECIPIENTS] public ghostBlocked;
    bool[ACTORS] public ghostExpelled;
    bool public ghostRunOff;
    /// @dev For a leaver: `maxChargeBeforeExit` right after it asked, the ghost's own bound (one minimum, as it
    ///      was then, per unsettled epoch up to the exit epoch), what it was charged and credited since.
    uint256[ACTORS] public ghostPromise;
    uint256[ACTORS] public ghostPromiseCap;
    uint256[ACTORS] public ghostChargedSinceExit;
    uint256[ACTORS] public ghostCreditedSinceExit;

    // ── Violations seen during actions (a handler's failed assert would only count as a revert) ──
    uint256 public violationCountedBelowMinimum; // a counted member could not pay the largest possible share
    uint256 public violationShareAboveMinimum;
    uint256 public violationChargedBeyondBalance;
    uint256 public violationWrongLapse; // the pool lapsed a member whose ghost balance was not below M
    uint256 public violationWithdrawMismatch;
    uint256 public violationSettlementMismatch; // share / collected / members differ from the ghost's
    uint256 public violationUnexpectedRevert;
    uint256 public violationPromiseBroken; // a leaver charged more than maxChargeBeforeExit promised
    uint256 public violationCapAboveMinimum; // shareCap(epoch) above the minimum balance in force

    // ── Call statistics ──
    mapping(bytes32 action => uint256) public calls;
    uint256 public commitments;

    constructor(MutualPool pool_, BlockableStablecoin usd_, uint256 epochLength_, address governor_) {
        pool = pool_;
        usd = usd_;
        unit = 10 ** usd_.decimals();
        minimum = pool_.minimumBalance();
        initialMinimum = minimum;
        epochLength = epochLength_;
        governor = governor_;
        for (uint256 i; i < ACTORS; ++i) {
            actors[i] = address(uint160(0xA11CE000 + i));
            vm.prank(actors[i]);
            usd_.approve(address(pool_), type(uint256).max);
        }
        for (uint256 i; i < RECIPIENTS; ++i) {
            recipients[i] = address(uint160(0xBEEF000 + i));
        }
        usd_.approve(address(pool_), type(uint256).max);
    }

    // ───────────────────────────── helpers ─────────────────────────────

    function _counted(uint256 i) internal view returns (bool) {
        return ghostStatus[i] == G.Active || (ghostStatus[i] == G.Exiting && ghostExitEpoch[i] >= ghostNextEpoch);
    }

    function ghostCountedMembers() public view returns (uint256 n) {
        for (uint256 i; i < ACTORS; ++i) {
            if (_counted(i)) ++n;
        }
    }

    function ghostMemberFunds() public view returns (uint256 sum) {
        for (uint256 i; i < ACTORS; ++i) {
            sum += ghostBalance[i];
        }
    }

    function ghostCurrentEpoch() public view returns (uint256) {
        return (block.timestamp - pool.genesis()) / epochLength;
    }

    /// @dev Credits `amount` member by member, like the pool: floor(amount / N) each, the rest to the reserve.
    function _ghostCredit(uint256 amount) internal {
        uint256 n = ghostCountedMembers();
        uint256 per = n == 0 ? 0 : amount / n;
        uint256 dust = amount - per * n;
        for (uint256 i; i < ACTORS; ++i) {
            if (!_counted(i)) continue;
            ghostBalance[i] += per;
            if (ghostStatus[i] == G.Exiting) ghostCreditedSinceExit[i] += per;
        }
        ghostReserve += dust;
        ghostReserveFromCredits += dust;
    }

    /// @dev A member starts leaving: remember what the pool promised it.
    function _ghostExit(uint256 i) internal {
        ghostStatus[i] = G.Exiting;
        ghostExitEpoch[i] = ghostCurrentEpoch();
        ghostPromise[i] = pool.maxChargeBeforeExit(actors[i]);
        ghostPromiseCap[i] = (ghostExitEpoch[i] + 1 - ghostNextEpoch) * minimum;
        if (ghostPromise[i] > ghostPromiseCap[i] || ghostPromise[i] > ghostBalance[i]) ++violationPromiseBroken;
        ghostChargedSinceExit[i] = 0;
        ghostCreditedSinceExit[i] = 0;
    }

    function ghostQueued() public view returns (uint256 sum) {
        for (uint256 p = ghostPayHead; p < _payRemaining.length; ++p) {
            sum += _payRemaining[p];
        }
    }

    function ghostIs(uint256 i, G g) external view returns (bool) {
        return ghostStatus[i] == g;
    }

    function _mint(address to, uint256 amount) internal {
        while (amount != 0) {
            uint256 part = amount > 100_000 * unit ? 100_000 * unit : amount;
            usd.faucet(to, part);
            amount -= part;
        }
    }

    /// @dev Reads lapses the pool made and checks each against the ghost before recording it.
    function _syncLapses() internal {
        for (uint256 i; i < ACTORS; ++i) {
            if (ghostStatus[i] != G.Active && ghostStatus[i] != G.Exiting) continue;
            if (pool.statusOf(actors[i]) != MemberView.Lapsed) continue;
            if (!_counted(i) || ghostBalance[i] >= minimum) ++violationWrongLapse;
            ghostStatus[i] = G.Lapsed;
            ++calls["lapsed"];
        }
    }

    // ───────────────────────────── actions ─────────────────────────────

    /// @dev An exact hint, no hint, or any id at all (linked, stale, unknown): with at most ACTORS nodes the
    ///      walk always finds the place, so a wrong hint must never make a call fail.
    function _hint(uint256 seed, int256 key) internal view returns (uint32) {
        if (seed % 3 == 0) return pool.findInsertPosition(key, 0);
        if (seed % 3 == 1) return 0;
        return uint32((seed / 3) % (ACTORS + 3));
    }

    function join(uint256 actorSeed, uint256 amount, uint256 hintSeed) external {
        uint256 i = actorSeed % ACTORS;
        if (ghostStatus[i] != G.None && ghostStatus[i] != G.Exited) return;
        // Small balances, so that charges make members lapse often.
        amount = bound(amount, minimum, 4 * minimum);
        address who = actors[i];
        _mint(who, amount);
        uint32 hint = _hint(hintSeed, int256(amount) + pool.index());
        bytes32 commitment = keccak256(abi.encode("invariant identity", ++commitments));
        bool expectRevert = ghostRunOff || ghostExpelled[i];
        vm.prank(who);
        try pool.join(commitment, amount, hint) {
            if (expectRevert) ++violationUnexpectedRevert;
            ghostStatus[i] = G.Active;
            ghostBalance[i] = amount;
            ++calls["join"];
        } catch {
            if (!expectRevert) ++violationUnexpectedRevert;
            ++calls["join refused"];
        }
    }

    function topUp(uint256 actorSeed, uint256 amount, uint256 hintSeed) external {
        uint256 i = actorSeed % ACTORS;
        G s = ghostStatus[i];
        if (s != G.Active && s != G.Lapsed) return;
        amount = bound(amount, 1, 3 * minimum);
        address who = actors[i];
        _mint(who, amount);
        bool expectRejoin = s == G.Lapsed && ghostBalance[i] + amount >= minimum && !ghostRunOff && !ghostExpelled[i];
        bool expectRevert = s == G.Lapsed && !expectRejoin;
        uint32 hint = _hint(hintSeed, int256(ghostBalance[i] + amount) + pool.index());
        vm.prank(who);
        try pool.topUp(amount, hint) {
            if (expectRevert) ++violationUnexpectedRevert;
            ghostBalance[i] += amount;
            if (expectRejoin) {
                ghostStatus[i] = G.Active;
                ++calls["rejoined"];
            }
            ++calls["topUp"];
        } catch {
            if (!expectRevert) ++violationUnexpectedRevert;
            ++calls["topUp refused"];
        }
    }

    function requestExit(uint256 actorSeed) external {
        uint256 i = actorSeed % ACTORS;
        // Leave in one call of two, so that members usually stay long enough to be charged down to a lapse.
        if (ghostStatus[i] != G.Active || (actorSeed / ACTORS) % 2 != 0) return;
        vm.prank(actors[i]);
        try pool.requestExit() {
            _ghostExit(i);
            ++calls["requestExit"];
        } catch {
            ++violationUnexpectedRevert;
        }
    }

    /// @dev The claims module expels an address in any state (rarely: one call in eight).
    function expel(uint256 actorSeed) external {
        uint256 i = actorSeed % ACTORS;
        if ((actorSeed / ACTORS) % 8 != 0) return;
        try pool.expel(actors[i]) {
            ghostExpelled[i] = true;
            if (ghostStatus[i] == G.Active) _ghostExit(i);
            ++calls["expel"];
        } catch {
            ++violationUnexpectedRevert;
        }
    }

    function withdraw(uint256 actorSeed) external {
        uint256 i = actorSeed % ACTORS;
        G s = ghostStatus[i];
        bool allowed = s == G.Lapsed || (s == G.Exiting && ghostExitEpoch[i] < ghostNextEpoch);
        if (!allowed) return;
        address who = actors[i];
        uint256 before = usd.balanceOf(who);
        vm.prank(who);
        try pool.withdraw() returns (uint256 amount) {
            if (amount != ghostBalance[i] || usd.balanceOf(who) - before != ghostBalance[i]) {
                ++violationWithdrawMismatch;
            }
            ghostBalance[i] = 0;
            ghostStatus[i] = G.Exited;
            ++calls["withdraw"];
        } catch {
            ++violationUnexpectedRevert;
        }
    }

    function queuePayment(uint256 recipientSeed, uint256 amount) external {
        amount = bound(amount, 1, 8 * minimum);
        address to = recipients[recipientSeed % RECIPIENTS];
        uint256 epoch = (block.timestamp - pool.genesis()) / epochLength;
        uint256 id = pool.queuePayment(_payRemaining.length + 1, to, amount);
        if (id != _payRemaining.length) ++violationSettlementMismatch;
        _payRemaining.push(amount);
        _payEpoch.push(epoch);
        _payRecipient.push(recipientSeed % RECIPIENTS);
        ++calls["queuePayment"];
    }

    /// @dev The claims module lowers an unpaid payment (half the time to nothing).
    function reducePayment(uint256 paymentSeed, uint256 newRemaining) external {
        uint256 len = _payRemaining.length;
        if (ghostPayHead >= len) return;
        uint256 id = ghostPayHead + paymentSeed % (len - ghostPayHead);
        uint256 remaining = _payRemaining[id];
        newRemaining = newRemaining % 2 == 0 ? 0 : bound(newRemaining, 0, remaining);
        try pool.reducePayment(id, newRemaining) {
            ghostCancelled += remaining - newRemaining;
            _payRemaining[id] = newRemaining;
            ++calls["reducePayment"];
        } catch {
            ++violationUnexpectedRevert;
        }
    }

    /// @dev The token blocks (or unblocks) a recipient: payouts to it then fail and wait as unclaimed.
    function setBlocked(uint256 recipientSeed, bool value) external {
        uint256 r = recipientSeed % RECIPIENTS;
        usd.setBlocked(recipients[r], value);
        ghostBlocked[r] = value;
        ++calls["setBlocked"];
    }

    function releasePayout(uint256 recipientSeed, uint256 callerSeed) external {
        uint256 r = recipientSeed % RECIPIENTS;
        bool expectSuccess = ghostUnclaimed[r] != 0 && !ghostBlocked[r];
        address caller = recipients[callerSeed % RECIPIENTS];
        uint256 callerBefore = usd.balanceOf(caller);
        uint256 payeeBefore = usd.balanceOf(recipients[r]);
        vm.prank(caller);
        try pool.releasePayout(recipients[r]) returns (uint256 amount) {
            if (!expectSuccess || amount != ghostUnclaimed[r]) ++violationUnexpectedRevert;
            // The tokens reach the payee, whoever called.
            if (usd.balanceOf(recipients[r]) != payeeBefore + amount) ++violationUnexpectedRevert;
            if (caller != recipients[r] && usd.balanceOf(caller) != callerBefore) ++violationUnexpectedRevert;
            ghostUnclaimed[r] = 0;
            ++calls["releasePayout"];
        } catch {
            if (expectSuccess) ++violationUnexpectedRevert;
        }
    }

    /// @dev The claims module takes back (part of) a payout that failed, for all members.
    function reclaimUnclaimedPayout(uint256 recipientSeed, uint256 maxAmount) external {
        uint256 r = recipientSeed % RECIPIENTS;
        maxAmount = bound(maxAmount, 0, 2 * ghostUnclaimed[r] + 1);
        uint256 expected = maxAmount < ghostUnclaimed[r] ? maxAmount : ghostUnclaimed[r];
        try pool.reclaimUnclaimedPayout(recipients[r], maxAmount, r) returns (uint256 amount) {
            if (amount != expected) ++violationSettlementMismatch;
            ghostUnclaimed[r] -= expected;
            ghostReclaimed += expected;
            _ghostCredit(expected);
            ++calls["reclaim"];
        } catch {
            ++violationUnexpectedRevert;
        }
    }

    function creditMembers(uint256 amount) external {
        amount = bound(amount, 1, minimum);
        _mint(address(this), amount);
        pool.creditMembers(amount, "INVARIANT", 0);
        _ghostCredit(amount);
        ++calls["creditMembers"];
    }

    /// @dev Governance changes the minimum balance (within half to twice the initial one).
    function setMinimumBalance(uint256 value) external {
        value = bound(value, initialMinimum / 2, 2 * initialMinimum);
        vm.prank(governor);
        try pool.setMinimumBalance(value) {
            minimum = value;
            ++calls["setMinimumBalance"];
        } catch {
            ++violationUnexpectedRevert;
        }
    }

    /// @dev Governance starts run-off (one call in four, once six epochs are settled, so a run first sees the
    ///      pool at work); a second time is refused.
    function startRunOff(uint256 seed) external {
        if (seed % 4 != 0 || ghostNextEpoch < 6) return;
        vm.prank(governor);
        try pool.startRunOff() {
            if (ghostRunOff) ++violationUnexpectedRevert;
            ghostRunOff = true;
            ++calls["startRunOff"];
        } catch {
            if (!ghostRunOff) ++violationUnexpectedRevert;
        }
    }

    /// @dev Governance sweeps the reserve: allowed only in run-off, with nobody counted and nothing owed. Once
    ///      nobody is counted in run-off, the claims module first closes what can no longer be paid (half the
    ///      time), as it does at the end of run-off.
    function sweepReserve(uint256 seed) external {
        if (ghostRunOff && ghostCountedMembers() == 0 && seed % 2 == 0) {
            for (uint256 id = ghostPayHead; id < _payRemaining.length; ++id) {
                if (_payRemaining[id] == 0) continue;
                try pool.reducePayment(id, 0) {
                    ghostCancelled += _payRemaining[id];
                    _payRemaining[id] = 0;
                } catch {
                    ++violationUnexpectedRevert;
                }
            }
        }
        bool allowed = ghostRunOff && ghostCountedMembers() == 0 && ghostQueued() == 0 && ghostReserve != 0;
        uint256 before = usd.balanceOf(successor);
        vm.prank(governor);
        try pool.sweepReserve(successor) {
            if (!allowed || usd.balanceOf(successor) - before != ghostReserve) ++violationUnexpectedRevert;
            ghostReserveSwept += ghostReserve;
            ghostReserve = 0;
            ++calls["sweepReserve"];
        } catch {
            if (allowed) ++violationUnexpectedRevert;
        }
    }

    function processLapses(uint256 steps) external {
        steps = bound(steps, 0, 4);
        pool.processLapses(steps);
        _syncLapses();
        ++calls["processLapses"];
    }

    function warp(uint256 secs) external {
        secs = bound(secs, 1 hours, 2 * epochLength);
        vm.warp(block.timestamp + secs);
        ++calls["warp"];
    }

    /// @dev What the ghost's queue walk took for one settlement.
    struct Walk {
        uint256 collected;
        uint256 taken;
        uint256[] amounts;
        uint256[] recipients;
    }

    /// @dev The ghost's own queue walk: oldest first, due by `epoch`, at most `capacity` and 64 payments;
    ///      payments lowered to nothing are stepped over (at most 256) without using a slot.
    function _walkQueue(uint256 epoch, uint256 capacity) internal returns (Walk memory w) {
        w.amounts = new uint256[](MAX_PAYMENTS);
        w.recipients = new uint256[](MAX_PAYMENTS);
        uint256 skipped;
        uint256 head = ghostPayHead;
        while (head < _payRemaining.length && w.collected < capacity && w.taken < MAX_PAYMENTS) {
            if (_payRemaining[head] == 0) {
                if (skipped == MAX_SKIPPED) break;
                ++skipped;
                ++head;
                continue;
            }
            if (_payEpoch[head] > epoch) break;
            uint256 left = capacity - w.collected;
            uint256 amount = _payRemaining[head] < left ? _payRemaining[head] : left;
            _payRemaining[head] -= amount;
            w.collected += amount;
            w.amounts[w.taken] = amount;
            w.recipients[w.taken] = _payRecipient[head];
            ++w.taken;
            if (_payRemaining[head] != 0) {
                ++calls["instalment"];
                break;
            }
            ++head;
        }
        if (w.taken != 0 && w.collected == capacity) ++calls["cap reached"];
        ghostPayHead = head;
    }

    /// @dev Charges `share` to every counted member, member by member, and checks each leaver's promise.
    function _chargeMembers(uint256 share) internal {
        for (uint256 i; i < ACTORS; ++i) {
            if (!_counted(i)) continue;
            if (ghostBalance[i] < share) {
                ++violationChargedBeyondBalance;
                ghostBalance[i] = 0;
            } else {
                ghostBalance[i] -= share;
            }
            if (ghostStatus[i] == G.Exiting) {
                // The promise is min(balance, Σ caps): the charges never pass the caps promised, nor the balance
                // then plus what was credited since.
                ghostChargedSinceExit[i] += share;
                uint256 charged = ghostChargedSinceExit[i];
                if (charged > ghostPromiseCap[i] || charged > ghostPromise[i] + ghostCreditedSinceExit[i]) {
                    ++violationPromiseBroken;
                }
            }
        }
    }

    function settleEpoch() external {
        uint256 epoch = ghostNextEpoch;
        uint256 endsAt = pool.genesis() + (epoch + 1) * epochLength;
        if (block.timestamp < endsAt) vm.warp(endsAt);
        while (pool.processLapses(3)) {}
        _syncLapses();

        // Who pays: every counted member, each of whom must be able to pay a full minimum.
        uint256 n = ghostCountedMembers();
        for (uint256 i; i < ACTORS; ++i) {
            if (_counted(i) && ghostBalance[i] < minimum) ++violationCountedBelowMinimum;
        }

        uint256 cap = pool.shareCap(epoch);
        if (cap > minimum) ++violationCapAboveMinimum;
        Walk memory w = _walkQueue(epoch, n * cap + ghostReserve);
        // The reserve pays first, the members the rest.
        uint256 fromReserve = w.collected < ghostReserve ? w.collected : ghostReserve;
        uint256 share = n == 0 ? 0 : (w.collected - fromReserve + n - 1) / n;
        uint256 dust = share * n - (w.collected - fromReserve);
        if (fromReserve != 0) ++calls["reserve used"];

        try pool.settleEpoch() {}
        catch {
            ++violationUnexpectedRevert;
            return;
        }
        EpochRecord memory rec = pool.epochRecord(epoch);
        if (!rec.settled || rec.members != n || rec.share != share) ++violationSettlementMismatch;
        if (share > minimum) ++violationShareAboveMinimum;

        _chargeMembers(share);
        for (uint256 k; k < w.taken; ++k) {
            if (ghostBlocked[w.recipients[k]]) ghostUnclaimed[w.recipients[k]] += w.amounts[k];
        }
        ghostReserve = ghostReserve - fromReserve + dust;
        ghostReserveUsed += fromReserve;
        ghostReserveFromSettlements += dust;
        ghostChargedTotal += share * n;
        ghostCollectedTotal += w.collected;
        ghostNextEpoch = epoch + 1; // exits of `epoch` stop being counted from here on
        ++calls["settleEpoch"];
    }
}
