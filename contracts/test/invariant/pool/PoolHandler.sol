// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {MutualPool} from "../../../src/MutualPool.sol";
import {TestStablecoin} from "../../../src/tokens/TestStablecoin.sol";
import {EpochRecord, MemberView} from "../../../src/types/PoolTypes.sol";

/// @notice Drives the pool with bounded random actions and keeps its own books (ghost state), computed
///         independently of the pool's index and sorted list: plain per-member balances, a plain payment
///         queue, charges and credits applied member by member. The invariants compare the two.
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

    MutualPool public immutable pool;
    TestStablecoin public immutable usd;
    uint256 public immutable unit;
    uint256 public immutable minimum;
    uint256 public immutable epochLength;

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
    uint256 public ghostChargedTotal; // Σ share × N over settlements
    uint256 public ghostCollectedTotal; // Σ collected over settlements
    uint256[] internal _payRemaining;
    uint256[] internal _payEpoch;
    uint256 public ghostPayHead;

    // ── Violations seen during actions (a handler's failed assert would only count as a revert) ──
    uint256 public violationCountedBelowMinimum; // a counted member could not pay the largest possible share
    uint256 public violationShareAboveMinimum;
    uint256 public violationChargedBeyondBalance;
    uint256 public violationWrongLapse; // the pool lapsed a member whose ghost balance was not below M
    uint256 public violationWithdrawMismatch;
    uint256 public violationSettlementMismatch; // share / collected / members differ from the ghost's
    uint256 public violationUnexpectedRevert;

    // ── Call statistics ──
    mapping(bytes32 action => uint256) public calls;
    uint256 public commitments;

    constructor(MutualPool pool_, TestStablecoin usd_, uint256 epochLength_) {
        pool = pool_;
        usd = usd_;
        unit = 10 ** usd_.decimals();
        minimum = pool_.minimumBalance();
        epochLength = epochLength_;
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
        vm.prank(who);
        try pool.join(commitment, amount, hint) {
            ghostStatus[i] = G.Active;
            ghostBalance[i] = amount;
            ++calls["join"];
        } catch {
            ++violationUnexpectedRevert;
        }
    }

    function topUp(uint256 actorSeed, uint256 amount, uint256 hintSeed) external {
        uint256 i = actorSeed % ACTORS;
        G s = ghostStatus[i];
        if (s != G.Active && s != G.Lapsed) return;
        amount = bound(amount, 1, 3 * minimum);
        address who = actors[i];
        _mint(who, amount);
        bool expectRejoin = s == G.Lapsed && ghostBalance[i] + amount >= minimum;
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
        // Leave in one call of four, so that members usually stay long enough to be charged down to a lapse.
        if (ghostStatus[i] != G.Active || (actorSeed / ACTORS) % 4 != 0) return;
        uint256 epoch = (block.timestamp - pool.genesis()) / epochLength;
        vm.prank(actors[i]);
        try pool.requestExit() {
            ghostStatus[i] = G.Exiting;
            ghostExitEpoch[i] = epoch;
            ++calls["requestExit"];
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
        ++calls["queuePayment"];
    }

    function creditMembers(uint256 amount) external {
        amount = bound(amount, 1, minimum);
        _mint(address(this), amount);
        pool.creditMembers(amount, "INVARIANT", 0);
        uint256 n = ghostCountedMembers();
        uint256 per = n == 0 ? 0 : amount / n;
        uint256 dust = amount - per * n;
        for (uint256 i; i < ACTORS; ++i) {
            if (_counted(i)) ghostBalance[i] += per;
        }
        ghostReserve += dust;
        ghostReserveFromCredits += dust;
        ++calls["creditMembers"];
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

        // The ghost's own queue walk: oldest first, due by this epoch, at most N·M and 64 payments.
        uint256 capacity = n * minimum;
        uint256 collected;
        uint256 taken;
        uint256 head = ghostPayHead;
        while (head < _payRemaining.length && collected < capacity && taken < MAX_PAYMENTS) {
            if (_payEpoch[head] > epoch) break;
            uint256 amount = _payRemaining[head] < capacity - collected ? _payRemaining[head] : capacity - collected;
            _payRemaining[head] -= amount;
            collected += amount;
            ++taken;
            if (_payRemaining[head] != 0) {
                ++calls["instalment"];
                break;
            }
            ++head;
        }
        if (taken != 0 && collected == capacity) ++calls["cap reached"];
        ghostPayHead = head;
        uint256 share = n == 0 ? 0 : (collected + n - 1) / n;
        uint256 dust = share * n - collected;

        try pool.settleEpoch() {}
        catch {
            ++violationUnexpectedRevert;
            return;
        }
        EpochRecord memory rec = pool.epochRecord(epoch);
        if (!rec.settled || rec.members != n || rec.share != share) ++violationSettlementMismatch;
        if (share > minimum) ++violationShareAboveMinimum;

        for (uint256 i; i < ACTORS; ++i) {
            if (!_counted(i)) continue;
            if (ghostBalance[i] < share) {
                ++violationChargedBeyondBalance;
                ghostBalance[i] = 0;
            } else {
                ghostBalance[i] -= share;
            }
        }
        ghostReserve += dust;
        ghostReserveFromSettlements += dust;
        ghostChargedTotal += share * n;
        ghostCollectedTotal += collected;
        ghostNextEpoch = epoch + 1; // exits of `epoch` stop being counted from here on
        ++calls["settleEpoch"];
    }
}
