// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

import {IMutualPool} from "./interfaces/IMutualPool.sol";
import {IExitNoticeFloor} from "./interfaces/IExitNoticeFloor.sol";
import {IAllowPermit} from "./interfaces/IAllowPermit.sol";
import {ExactTransfer} from "./libraries/ExactTransfer.sol";
import {Member, MemberList, MemberStatus, MemberView, Payment, EpochRecord} from "./types/PoolTypes.sol";
import {EqualShare} from "./libraries/EqualShare.sol";
import {SortedMembers} from "./libraries/SortedMembers.sol";

/// @title MutualPool
/// @notice Holds every member's stablecoin and charges each epoch's approved claims equally to all members.
/// @dev The mechanism (docs/pool.md has it at length, with a worked example):
///
///      Equal shares in O(1). A cumulative index `C` records how much each member has been charged since
///      genesis, net of credits. A member stores only a key, `key = deposits − withdrawals + C at join`,
///      so `balance = key − C` for every active member at once. Settling an epoch whose approved payments
///      total `T` among `N` active members is `C += ceil(T / N)`; crediting `A` is `C −= floor(A / N)`. The
///      rounding remainders are whole token units and go to the reserve, so nothing is lost or created.
///
///      Solvency. A member is counted only while `balance ≥ M` (the minimum balance), and a share is never
///      above `M` (payments beyond `N·M` roll over to later epochs, in queue order, as instalments). So
///      every counted member can always pay. After a charge some balances fall below `M`; because every
///      balance is `key − C`, they are exactly the members with the lowest keys. Keys are kept in a sorted
///      list (insert positions are hinted off chain and verified here) and `processLapses` takes members
///      off its head while `key < C + M`. Settlement refuses to count members while any is pending. Each
///      member is passed once in its life, so the cost is amortised O(1) per member, bounded per call.
///
///      Exits. `requestExit` ends coverage at once; the member stays counted (and charged) until the epoch
///      in which they asked is settled. Settlement then removes that epoch's exits from the count in O(1)
///      (per-epoch count and key sum); each balance is frozen at the index after that epoch.
///
///      Governance. Every parameter change needs a timelock whose delay exceeds `exitNotice + epochLength +
///      SETTLEMENT_SLACK`, so a member who asks to leave when a change is scheduled is out before it applies.
///      A raise of the minimum balance applies to the share cap only after every exit epoch already handed out
///      (`shareCap`), so `maxChargeBeforeExit` is a promise whatever governance schedules, and however late
///      settlement is called.
///
///      Reserve. Rounding dust and credits that find no member go to the reserve; settlement spends it first on
///      due payments, and at the end of run-off governance sweeps what is left to a successor.
///
///      Conservation. `token.balanceOf(this) == memberFunds() + reserve + unclaimedPayouts`, where
///      `memberFunds = Σ active keys − N·C + frozen balances` is kept as running sums; it holds after every
///      call. Queued payments are obligations charged at settlement, not funds held.
contract MutualPool is IMutualPool, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using SafeCast for int256;
    using SortedMembers for MemberList;

    /// @notice May queue payments and expel members: the claims module.
    bytes32 public constant CLAIMS_ROLE = keccak256("CLAIMS_ROLE");
    /// @notice May credit all members: modules that hold slashed stakes or recoveries.
    bytes32 public constant CREDITOR_ROLE = keccak256("CREDITOR_ROLE");
    /// @notice May change parameters: a TimelockController whose delay exceeds the exit notice, one epoch and
    ///         `SETTLEMENT_SLACK` together (`governanceDelayRequired`).
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @notice Most payments paid by one settlement; the rest roll over, so settlement gas is bounded.
    uint256 public constant MAX_PAYMENTS_PER_SETTLEMENT = 64;
    /// @notice Most queued payments lowered to nothing that one settlement steps over (they use no payment slot);
    ///         more wait for the next settlement, so settlement gas stays bounded.
    uint256 public constant MAX_SKIPPED_PER_SETTLEMENT = 256;
    /// @notice Longest waiting period governance may set.
    uint256 public constant MAX_WAITING_PERIOD = 730 days;
    /// @notice Time allowed for someone to call `settleEpoch` after an epoch ends, counted into the governance
    ///         delay that members rely on to leave before a change applies.
    uint256 public constant SETTLEMENT_SLACK = 1 days;

    IERC20 public immutable override token;
    uint256 public immutable override epochLength;
    uint256 public immutable override genesis;

    /// @notice Longest exit notice governance may set.
    uint256 public constant MAX_EXIT_NOTICE = 90 days;

    /// @dev What every join, top-up, lapse check and settlement reads, in one slot: the cumulative index, the
    ///      minimum balance, the run-off flag, the number of members counted and the waiting period.
    ///      Keys are int96, so the index (a key minus a balance) fits int96 too.
    struct Core {
        int96 index;
        uint88 minimumBalance;
        bool runOff;
        uint32 activeCount;
        uint32 waitingPeriod;
    }

    /// @dev Settings read by exits, settlements and governance, in one slot (written by governance only).
    struct Settings {
        uint32 exitNotice;
        uint40 runOffStartedAt;
        /// @dev The latest exit epoch a request could get under a longer notice than today's, before the notice
        ///      was last shortened (0 if it never was): with `exitNotice`, it bounds every exit epoch handed out.
        uint32 noticeCutFloor;
        /// @dev The share cap of every epoch before `capFrom` is at most this (see `shareCap`): a raise of the
        ///      minimum balance leaves the epochs of members already leaving at the cap they were promised.
        uint88 capBefore;
        uint32 capFrom;
    }

    /// @dev Members whose exit epoch is a given epoch: removed from the count when it is settled.
    struct ExitBatch {
        uint32 count;
        int128 keySum;
    }

    Core internal _core;
    MemberList internal _list;
    Settings internal _settings;
    mapping(uint32 memberId => Member) internal _members;
    mapping(address member => uint32 memberId) public override memberIdOf;
    mapping(bytes32 commitment => bool) public commitmentUsed;

    uint256 public override nextEpochToSettle;
    mapping(uint256 epoch => EpochRecord) internal _epochs;
    mapping(uint256 epoch => ExitBatch) internal _exitsByEpoch;

    mapping(uint256 paymentId => Payment) internal _payments;
    uint128 internal _paymentHead;
    uint128 internal _paymentTail;
    uint256 public override queuedPayments;

    uint256 public override reserve;
    uint256 internal _frozenFunds;
    uint256 public override unclaimedPayouts;
    mapping(address recipient => uint256) public override unclaimedPayoutOf;

    /// @inheritdoc IMutualPool
    mapping(address member => bool) public override isExpelled;
    /// @inheritdoc IMutualPool
    address public override noticeFloorSource;

    /// @param token_ The stablecoin (no fee on transfer, no rebasing).
    /// @param epochLength_ Seconds per epoch.
    /// @param waitingPeriod_ Seconds from joining to coverage.
    /// @param minimumBalance_ The minimum balance M, in token units.
    /// @param exitNotice_ Seconds after an exit request during which the member still shares claims (see
    ///        `requestExit`); at least the announcement window, so an announced claim cannot be escaped.
    /// @param timelock The governor (a TimelockController); it also administers roles.
    /// @param deployer Temporary role admin who wires the modules, then renounces.
    constructor(
        IERC20 token_,
        uint256 epochLength_,
        uint256 waitingPeriod_,
        uint256 minimumBalance_,
        uint256 exitNotice_,
        address timelock,
        address deployer
    ) {
        if (address(token_) == address(0) || timelock == address(0)) revert PoolZeroAddress();
        if (epochLength_ == 0 || epochLength_ > 365 days) revert PoolInvalidParameter("epochLength", epochLength_);
        token = token_;
        epochLength = epochLength_;
        genesis = block.timestamp;
        _setWaitingPeriod(waitingPeriod_);
        _setMinimumBalance(minimumBalance_);
        _setExitNotice(exitNotice_);
        emit PoolConfigured(
            address(token_), block.timestamp, epochLength_, waitingPeriod_, minimumBalance_, exitNotice_
        );
        _grantRole(DEFAULT_ADMIN_ROLE, timelock);
        _grantRole(GOVERNOR_ROLE, timelock);
        if (deployer != address(0)) _grantRole(DEFAULT_ADMIN_ROLE, deployer);
    }

    // ─────────────────────────────────────── Members ───────────────────────────────────────

    /// @inheritdoc IMutualPool
    function join(bytes32 identityCommitment, uint256 deposit, uint32 positionHint) external override nonReentrant {
        _join(identityCommitment, deposit, positionHint);
    }

    /// @inheritdoc IMutualPool
    function joinWithPermit(
        bytes32 identityCommitment,
        uint256 deposit,
        uint32 positionHint,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external override nonReentrant {
        // A permit front-run by someone else still leaves the allowance in place: ignore its failure and let
        // transferFrom decide.
        try IERC20Permit(address(token)).permit(msg.sender, address(this), deposit, deadline, v, r, s) {} catch {}
        _join(identityCommitment, deposit, positionHint);
    }

    /// @inheritdoc IMutualPool
    function joinWithAllowPermit(
        bytes32 identityCommitment,
        uint256 deposit,
        uint32 positionHint,
        uint256 nonce,
        uint256 expiry,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external override nonReentrant {
        // As above: a front-run permit leaves the allowance in place, so transferFrom decides.
        try IAllowPermit(address(token)).permit(msg.sender, address(this), nonce, expiry, true, v, r, s) {} catch {}
        _join(identityCommitment, deposit, positionHint);
    }

    function _join(bytes32 identityCommitment, uint256 deposit, uint32 positionHint) internal {
        Core memory core = _core;
        if (core.runOff) revert PoolInRunOff();
        if (identityCommitment == bytes32(0)) revert PoolCommitmentZero();
        if (commitmentUsed[identityCommitment]) revert PoolCommitmentUsed(identityCommitment);
        uint32 id = memberIdOf[msg.sender];
        if (id == 0) {
            // A fresh address: `expel` gives every address it records an id, so this one was never expelled.
            id = ++_list.lastMemberId;
            memberIdOf[msg.sender] = id;
        } else if (isExpelled[msg.sender]) {
            revert PoolMemberExpelled(msg.sender);
        }
        Member storage member = _members[id];
        MemberStatus status = member.status;
        if (status != MemberStatus.None && status != MemberStatus.Exited) revert PoolAlreadyMember(msg.sender);
        if (deposit < core.minimumBalance) {
            revert PoolBelowMinimumBalance(msg.sender, deposit, core.minimumBalance);
        }

        commitmentUsed[identityCommitment] = true;
        int96 key = (deposit.toInt256() + core.index).toInt96();
        uint256 coverageStart = block.timestamp + core.waitingPeriod;
        member.coverageStart = uint40(coverageStart);
        member.exitEpoch = 0;
        member.status = MemberStatus.Active;
        _list.insert(_members, id, key, positionHint);
        _addActive(key);

        _pull(msg.sender, deposit);
        emit MemberJoined(msg.sender, id, identityCommitment, deposit, key, core.index, coverageStart, currentEpoch());
    }

    /// @inheritdoc IMutualPool
    function topUp(uint256 amount, uint32 positionHint) external override nonReentrant {
        if (amount == 0) revert PoolZeroAmount();
        uint32 id = memberIdOf[msg.sender];
        Member storage member = _members[id];
        MemberStatus status = member.status;
        Core memory core = _core;
        uint256 balance;
        bool rejoined;
        if (status == MemberStatus.Active) {
            int96 oldKey = member.key;
            balance = (int256(oldKey) - core.index).toUint256() + amount;
            _list.remove(_members, id);
            int96 newKey = (oldKey + amount.toInt256()).toInt96();
            _list.insert(_members, id, newKey, positionHint);
            _list.activeKeySum += int128(newKey) - int128(oldKey);
        } else if (status == MemberStatus.Lapsed) {
            if (core.runOff) revert PoolInRunOff();
            if (isExpelled[msg.sender]) revert PoolMemberExpelled(msg.sender);
            uint256 kept = uint256(int256(member.key));
            balance = kept + amount;
            if (balance < core.minimumBalance) {
                revert PoolBelowMinimumBalance(msg.sender, balance, core.minimumBalance);
            }
            _frozenFunds -= kept;
            member.status = MemberStatus.Active;
            member.coverageStart = uint40(block.timestamp + core.waitingPeriod);
            int96 newKey = (balance.toInt256() + core.index).toInt96();
            _list.insert(_members, id, newKey, positionHint);
            _addActive(newKey);
            rejoined = true;
        } else {
            revert PoolNotMember(msg.sender, _view(member));
        }
        _pull(msg.sender, amount);
        emit MemberToppedUp(msg.sender, amount, balance, member.key, rejoined, member.coverageStart);
    }

    /// @inheritdoc IMutualPool
    function requestExit() external override nonReentrant {
        uint32 id = memberIdOf[msg.sender];
        Member storage member = _members[id];
        if (member.status != MemberStatus.Active) revert PoolNotMember(msg.sender, _view(member));
        _requestExit(msg.sender, member, false);
    }

    /// @inheritdoc IMutualPool
    function expel(address who) external override onlyRole(CLAIMS_ROLE) nonReentrant {
        uint32 id = memberIdOf[who];
        if (id == 0) {
            // Never a member: it gets an id (an empty record) so that `join` finds it expelled.
            id = ++_list.lastMemberId;
            memberIdOf[who] = id;
        }
        Member storage member = _members[id];
        MemberView before = _view(member);
        // Expulsion must never block fraud resolution: it never reverts for the member's state. An active
        // member is made to leave; whatever the state, the address can never come back (join or top-up).
        isExpelled[who] = true;
        if (member.status == MemberStatus.Active) _requestExit(who, member, true);
        emit MemberExpelled(who, before);
    }

    function _requestExit(address who, Member storage member, bool expelled) internal {
        uint256 exitEpoch = _epochAt(block.timestamp + _settings.exitNotice);
        int96 key = member.key;
        member.status = MemberStatus.ExitRequested;
        member.exitEpoch = exitEpoch.toUint32();
        ExitBatch storage batch = _exitsByEpoch[exitEpoch];
        batch.count += 1;
        batch.keySum += key;
        emit MemberExitRequested(who, exitEpoch, _activeBalance(key), expelled);
    }

    /// @inheritdoc IMutualPool
    function withdraw() external override nonReentrant returns (uint256 amount) {
        uint32 id = memberIdOf[msg.sender];
        Member storage member = _members[id];
        MemberStatus status = member.status;
        if (status == MemberStatus.Lapsed) {
            amount = uint256(int256(member.key));
        } else if (status == MemberStatus.ExitRequested) {
            uint256 exitEpoch = member.exitEpoch;
            if (exitEpoch >= nextEpochToSettle) {
                revert PoolExitNotSettled(msg.sender, exitEpoch, nextEpochToSettle);
            }
            amount = (int256(member.key) - _epochs[exitEpoch].indexAfter).toUint256();
            if (member.linked) _list.remove(_members, id);
        } else {
            revert PoolNotMember(msg.sender, _view(member));
        }
        _frozenFunds -= amount;
        member.status = MemberStatus.Exited;
        member.key = 0;
        if (amount != 0) token.safeTransfer(msg.sender, amount);
        emit MemberWithdrew(msg.sender, amount);
    }

    // ────────────────────────────────────── Settlement ──────────────────────────────────────

    /// @inheritdoc IMutualPool
    function processLapses(uint256 maxSteps) external override nonReentrant returns (bool pending) {
        Core memory core = _core;
        int256 threshold = int256(core.index) + int256(uint256(core.minimumBalance));
        uint256 settledBefore = nextEpochToSettle;
        uint256 steps;
        uint256 lapsed;
        while (steps < maxSteps) {
            uint32 head = _list.head;
            if (head == 0) break;
            Member storage member = _members[head];
            if (member.status == MemberStatus.ExitRequested && member.exitEpoch < settledBefore) {
                // Already out of the count since its exit epoch was settled; just leave the list.
                _list.remove(_members, head);
            } else if (member.key < threshold) {
                _lapse(head, member, core.index);
                ++lapsed;
            } else {
                break;
            }
            ++steps;
        }
        pending = _lapsesPending();
        emit LapsesProcessed(steps, lapsed, pending);
    }

    function _lapse(uint32 id, Member storage member, int256 currentIndex) internal {
        int96 key = member.key;
        uint256 balance = (int256(key) - currentIndex).toUint256();
        _list.remove(_members, id);
        _core.activeCount -= 1;
        _list.activeKeySum -= key;
        if (member.status == MemberStatus.ExitRequested) {
            ExitBatch storage batch = _exitsByEpoch[member.exitEpoch];
            batch.count -= 1;
            batch.keySum -= key;
        }
        member.status = MemberStatus.Lapsed;
        member.key = int96(int256(balance));
        _frozenFunds += balance;
        emit MemberLapsed(id, balance, currentIndex);
    }

    /// @inheritdoc IMutualPool
    function settleEpoch() external override nonReentrant {
        uint256 epoch = nextEpochToSettle;
        uint256 endsAt = genesis + (epoch + 1) * epochLength;
        if (block.timestamp < endsAt) revert PoolEpochNotEnded(epoch, endsAt);
        if (_lapsesPending()) revert PoolLapsesPending();

        Core memory core = _core;
        uint256 members = core.activeCount;
        (uint256 paidCount, uint256[] memory paidIds, uint256[] memory paidAmounts, uint256 collected) =
            _takePayments(epoch, members * _shareCap(epoch, core.minimumBalance) + reserve);
        (int256 newIndex, uint256 share, uint256 dust) = _charge(epoch, members, collected, core.index);
        uint256 exitsFinalised = _finaliseExits(epoch, newIndex);
        _epochs[epoch] =
            EpochRecord({indexAfter: newIndex, members: uint64(members), share: uint128(share), settled: true});
        nextEpochToSettle = epoch + 1;
        emit EpochSettled(epoch, members, share, collected, dust, newIndex, queuedPayments, exitsFinalised);

        _payOut(epoch, paidCount, paidIds, paidAmounts);
    }

    /// @dev Pays `collected` from the reserve first and charges the rest equally to the `members` counted;
    ///      the rounding dust goes back to the reserve.
    function _charge(uint256 epoch, uint256 members, uint256 collected, int256 index_)
        internal
        returns (int256 newIndex, uint256 share, uint256 dust)
    {
        uint256 available = reserve;
        uint256 fromReserve = Math.min(collected, available);
        uint256 charged = collected - fromReserve;
        newIndex = index_;
        if (charged != 0) {
            // charged ≤ members × cap (the capacity taken), so members ≠ 0 here and share ≤ the cap.
            (share, dust) = EqualShare.charge(charged, members);
            newIndex += int256(share);
            _core.index = newIndex.toInt96();
        }
        if (fromReserve != 0 || dust != 0) reserve = available - fromReserve + dust;
        if (fromReserve != 0) emit ReserveUsed(epoch, fromReserve);
    }

    /// @dev Takes queued payments due by `epoch` in queue order, up to `capacity` tokens and
    ///      `MAX_PAYMENTS_PER_SETTLEMENT` payments; the last one taken may be an instalment. Payments lowered to
    ///      nothing (`reducePayment`) are stepped over without using a slot, at most
    ///      `MAX_SKIPPED_PER_SETTLEMENT` of them.
    function _takePayments(uint256 epoch, uint256 capacity)
        internal
        returns (uint256 count, uint256[] memory ids, uint256[] memory amounts, uint256 collected)
    {
        ids = new uint256[](MAX_PAYMENTS_PER_SETTLEMENT);
        amounts = new uint256[](MAX_PAYMENTS_PER_SETTLEMENT);
        uint256 head = _paymentHead;
        uint256 tail = _paymentTail;
        uint256 skipped;
        while (head < tail && collected < capacity && count < MAX_PAYMENTS_PER_SETTLEMENT) {
            Payment storage p = _payments[head];
            uint256 remaining = p.remaining;
            if (remaining == 0) {
                if (skipped == MAX_SKIPPED_PER_SETTLEMENT) break;
                ++skipped;
                ++head;
                continue;
            }
            if (p.epoch > epoch) break;
            uint256 amount = Math.min(remaining, capacity - collected);
            // amount ≤ p.remaining, which fits in 96 bits.
            p.remaining -= uint96(amount);
            collected += amount;
            ids[count] = head;
            amounts[count] = amount;
            ++count;
            if (p.remaining != 0) break;
            ++head;
        }
        _paymentHead = uint128(head);
        queuedPayments -= collected;
    }

    /// @dev Removes the exits of `epoch` from the count; their balances freeze at `indexAfter`.
    function _finaliseExits(uint256 epoch, int256 indexAfter) internal returns (uint256) {
        ExitBatch memory exits = _exitsByEpoch[epoch];
        if (exits.count != 0) {
            _core.activeCount -= exits.count;
            _list.activeKeySum -= exits.keySum;
            _frozenFunds += (int256(exits.keySum) - int256(uint256(exits.count)) * indexAfter).toUint256();
        }
        return exits.count;
    }

    /// @dev Transfers the payments taken. A failed transfer never blocks settlement: the payee claims later.
    function _payOut(uint256 epoch, uint256 count, uint256[] memory ids, uint256[] memory amounts) internal {
        for (uint256 i; i < count; ++i) {
            Payment storage p = _payments[ids[i]];
            address recipient = p.recipient;
            uint256 amount = amounts[i];
            bool transferred = token.trySafeTransfer(recipient, amount);
            if (!transferred) {
                unclaimedPayoutOf[recipient] += amount;
                unclaimedPayouts += amount;
            }
            emit PaymentMade(ids[i], p.claimId, recipient, amount, p.remaining, epoch, transferred);
        }
    }

    /// @inheritdoc IMutualPool
    function releasePayout(address payee) external override nonReentrant returns (uint256 amount) {
        amount = unclaimedPayoutOf[payee];
        if (amount == 0) revert PoolNothingToClaim(payee);
        unclaimedPayoutOf[payee] = 0;
        unclaimedPayouts -= amount;
        token.safeTransfer(payee, amount);
        emit PayoutClaimed(payee, payee, amount);
    }

    // ─────────────────────────────────────── Modules ───────────────────────────────────────

    /// @inheritdoc IMutualPool
    function queuePayment(uint256 claimId, address recipient, uint256 amount)
        external
        override
        onlyRole(CLAIMS_ROLE)
        returns (uint256 paymentId)
    {
        if (recipient == address(0)) revert PoolZeroAddress();
        if (amount == 0) revert PoolZeroAmount();
        if (amount > type(uint96).max) revert PoolPaymentTooLarge(amount);
        uint256 epoch = currentEpoch();
        paymentId = _paymentTail;
        _payments[paymentId] =
            Payment({claimId: claimId, recipient: recipient, remaining: uint96(amount), epoch: epoch.toUint32()});
        _paymentTail = uint128(paymentId + 1);
        queuedPayments += amount;
        emit PaymentQueued(paymentId, claimId, recipient, amount, epoch);
    }

    /// @inheritdoc IMutualPool
    function creditMembers(uint256 amount, bytes32 reason, uint256 refId)
        external
        override
        onlyRole(CREDITOR_ROLE)
        nonReentrant
    {
        if (amount == 0) revert PoolZeroAmount();
        _pull(msg.sender, amount);
        _credit(amount, reason, refId);
    }

    /// @inheritdoc IMutualPool
    function reducePayment(uint256 paymentId, uint256 newRemaining) external override onlyRole(CLAIMS_ROLE) {
        uint256 tail = _paymentTail;
        if (paymentId >= tail) revert PoolUnknownPayment(paymentId, tail);
        Payment storage p = _payments[paymentId];
        uint256 remaining = p.remaining;
        if (newRemaining > remaining) revert PoolPaymentNotReduced(paymentId, remaining, newRemaining);
        uint256 cancelled = remaining - newRemaining;
        // newRemaining ≤ remaining, which fits in 96 bits.
        p.remaining = uint96(newRemaining);
        queuedPayments -= cancelled;
        emit PaymentReduced(paymentId, p.claimId, p.recipient, cancelled, newRemaining);
    }

    /// @inheritdoc IMutualPool
    function reclaimUnclaimedPayout(address recipient, uint256 maxAmount, uint256 claimId)
        external
        override
        onlyRole(CLAIMS_ROLE)
        nonReentrant
        returns (uint256 amount)
    {
        amount = Math.min(maxAmount, unclaimedPayoutOf[recipient]);
        if (amount == 0) return 0;
        unclaimedPayoutOf[recipient] -= amount;
        unclaimedPayouts -= amount;
        _credit(amount, "RECLAIM", claimId);
        emit PayoutReclaimed(recipient, claimId, amount);
    }

    /// @dev Credits `amount`, already held by the pool and counted nowhere else, to every counted member;
    ///      the rounding dust (all of it when nobody is counted) goes to the reserve.
    function _credit(uint256 amount, bytes32 reason, uint256 refId) internal {
        Core memory core = _core;
        uint256 members = core.activeCount;
        uint256 perMember;
        uint256 dust = amount;
        int256 newIndex = core.index;
        if (members != 0) {
            (perMember, dust) = EqualShare.credit(amount, members);
            newIndex -= perMember.toInt256();
            _core.index = newIndex.toInt96();
        }
        reserve += dust;
        emit MembersCredited(msg.sender, reason, refId, amount, perMember, members, dust, newIndex);
    }

    // ────────────────────────────────────── Governance ──────────────────────────────────────

    /// @inheritdoc IMutualPool
    function setWaitingPeriod(uint256 waitingPeriod_) external override {
        _checkGovernor();
        uint256 old = _core.waitingPeriod;
        _setWaitingPeriod(waitingPeriod_);
        emit ParameterChanged("waitingPeriod", old, waitingPeriod_);
    }

    /// @inheritdoc IMutualPool
    /// @dev The new minimum applies at once to joins, top-ups, cover and lapses, and to the share cap of every
    ///      epoch after the last exit epoch a request could have got until now (`now + exitNotice`, or a longer
    ///      notice before it was shortened). The epochs up to that one keep at most the cap they had (a cut
    ///      applies to them at once): whoever asked to leave before this change is charged at most what
    ///      `maxChargeBeforeExit` told them, however late their exit epoch is settled.
    function setMinimumBalance(uint256 minimumBalance_) external override {
        _checkGovernor();
        uint256 old = _core.minimumBalance;
        Settings memory settings = _settings;
        // The cap of the epochs now promised to leavers: the old minimum, or lower if a former raise still holds
        // some unsettled epochs below it.
        uint256 capBefore = old;
        if (nextEpochToSettle < settings.capFrom && settings.capBefore < old) capBefore = settings.capBefore;
        uint256 lastExitEpoch = Math.max(_epochAt(block.timestamp + settings.exitNotice), settings.noticeCutFloor);
        uint256 capFrom = Math.max(lastExitEpoch + 1, settings.capFrom);
        _setMinimumBalance(minimumBalance_);
        // capBefore ≤ a former minimum, which fits in 88 bits.
        _settings.capBefore = uint88(capBefore);
        _settings.capFrom = capFrom.toUint32();
        emit ParameterChanged("minimumBalance", old, minimumBalance_);
    }

    /// @inheritdoc IMutualPool
    function startRunOff() external override {
        _checkGovernor();
        if (_core.runOff) revert PoolInRunOff();
        _core.runOff = true;
        _settings.runOffStartedAt = uint40(block.timestamp);
        emit RunOffStarted(block.timestamp);
    }

    /// @inheritdoc IMutualPool
    function setExitNotice(uint256 exitNotice_) external override {
        uint256 delay = _checkGovernor();
        uint256 old = _settings.exitNotice;
        if (exitNotice_ < old) {
            // Requests made until now may have exit epochs later than a request under the shorter notice will:
            // remember the latest, for the share cap (see setMinimumBalance).
            uint256 floor = _epochAt(block.timestamp + old);
            if (floor > _settings.noticeCutFloor) _settings.noticeCutFloor = floor.toUint32();
        }
        _setExitNotice(exitNotice_);
        // The delay must cover the new notice too, so a later change still finds leavers gone.
        uint256 required = exitNotice_ + epochLength + SETTLEMENT_SLACK;
        if (delay <= required) revert PoolGovernanceDelayTooShort(delay, required);
        _checkNoticeFloor(exitNotice_);
        emit ParameterChanged("exitNotice", old, exitNotice_);
    }

    /// @inheritdoc IMutualPool
    function setNoticeFloorSource(address source) external override onlyRole(DEFAULT_ADMIN_ROLE) {
        noticeFloorSource = source;
        _checkNoticeFloor(_settings.exitNotice);
        emit NoticeFloorSourceSet(source);
    }

    /// @inheritdoc IMutualPool
    function sweepReserve(address successor) external override nonReentrant {
        _checkGovernor();
        if (successor == address(0)) revert PoolZeroAddress();
        Core memory core = _core;
        if (!core.runOff) revert PoolNotInRunOff();
        if (core.activeCount != 0) revert PoolMembersStillCounted(core.activeCount);
        if (queuedPayments != 0) revert PoolPaymentsStillQueued(queuedPayments);
        uint256 amount = reserve;
        if (amount == 0) revert PoolZeroAmount();
        reserve = 0;
        token.safeTransfer(successor, amount);
        emit ReserveSwept(successor, amount);
    }

    /// @dev Refuses an exit notice below the floor source's (claim announcement plus investigation windows).
    function _checkNoticeFloor(uint256 notice) internal view {
        address source = noticeFloorSource;
        if (source == address(0)) return;
        uint256 floor = IExitNoticeFloor(source).minimumExitNotice();
        if (notice < floor) revert PoolExitNoticeBelowFloor(notice, floor);
    }

    function _setWaitingPeriod(uint256 value) internal {
        if (value > MAX_WAITING_PERIOD) revert PoolInvalidParameter("waitingPeriod", value);
        // value ≤ MAX_WAITING_PERIOD < 2^32.
        _core.waitingPeriod = uint32(value);
    }

    function _setMinimumBalance(uint256 value) internal {
        if (value == 0 || value > type(uint88).max) revert PoolInvalidParameter("minimumBalance", value);
        _core.minimumBalance = uint88(value);
    }

    function _setExitNotice(uint256 value) internal {
        if (value > MAX_EXIT_NOTICE) revert PoolInvalidParameter("exitNotice", value);
        // value ≤ MAX_EXIT_NOTICE < 2^32.
        _settings.exitNotice = uint32(value);
    }

    /// @dev The caller must hold the governor role *and* be a timelock whose delay exceeds the exit notice plus
    ///      one epoch plus the settlement slack: a member who asks to leave as soon as a change is scheduled has
    ///      its exit epoch ended and settled before the change can apply.
    /// @return delay The caller's delay.
    function _checkGovernor() internal view returns (uint256 delay) {
        _checkRole(GOVERNOR_ROLE);
        // A low-level call, not try/catch: an EOA (or a contract that answers with no data) makes a
        // high-level call "succeed" with empty return data, whose decoding reverts in this frame, outside the
        // catch, with no reason at all. Any caller that does not answer with a delay counts as delay 0.
        (bool ok, bytes memory ret) = msg.sender.staticcall(abi.encodeCall(TimelockController.getMinDelay, ()));
        if (ok && ret.length >= 32) delay = abi.decode(ret, (uint256));
        uint256 required = uint256(_settings.exitNotice) + epochLength + SETTLEMENT_SLACK;
        if (delay <= required) revert PoolGovernanceDelayTooShort(delay, required);
    }

    /// @dev The share cap of `epoch` given the minimum balance `m` (see `shareCap`).
    function _shareCap(uint256 epoch, uint256 m) internal view returns (uint256) {
        Settings memory settings = _settings;
        if (epoch < settings.capFrom && settings.capBefore < m) return settings.capBefore;
        return m;
    }

    // ─────────────────────────────────────── Internals ───────────────────────────────────────

    function _addActive(int96 key) internal {
        // Ids are uint32, so at most 2^32 − 1 members are ever counted.
        _core.activeCount += 1;
        _list.activeKeySum += key;
    }

    function _epochAt(uint256 timestamp) internal view returns (uint256) {
        return (timestamp - genesis) / epochLength;
    }

    /// @dev Pulls exactly `amount` or reverts: tokens that take a fee or rebase would break conservation.
    function _pull(address from, uint256 amount) internal {
        uint256 received = ExactTransfer.pull(token, from, amount);
        if (received != amount) revert PoolTransferAmountMismatch(amount, received);
    }

    function _lapsesPending() internal view returns (bool) {
        uint32 head = _list.head;
        if (head == 0) return false;
        Member storage member = _members[head];
        if (member.status == MemberStatus.ExitRequested && member.exitEpoch < nextEpochToSettle) return true;
        Core memory core = _core;
        return member.key < int256(core.index) + int256(uint256(core.minimumBalance));
    }

    function _activeBalance(int96 key) internal view returns (uint256) {
        int256 balance = int256(key) - _core.index;
        return balance > 0 ? uint256(balance) : 0;
    }

    function _balance(Member storage member) internal view returns (uint256) {
        MemberStatus status = member.status;
        if (status == MemberStatus.Active) return _activeBalance(member.key);
        if (status == MemberStatus.Lapsed) return uint256(int256(member.key));
        if (status == MemberStatus.ExitRequested) {
            uint256 exitEpoch = member.exitEpoch;
            if (exitEpoch < nextEpochToSettle) return uint256(int256(member.key) - _epochs[exitEpoch].indexAfter);
            return _activeBalance(member.key);
        }
        return 0;
    }

    function _view(Member storage member) internal view returns (MemberView) {
        MemberStatus status = member.status;
        if (status == MemberStatus.Active) {
            return block.timestamp >= member.coverageStart ? MemberView.Covered : MemberView.Waiting;
        }
        if (status == MemberStatus.ExitRequested) return MemberView.ExitRequested;
        if (status == MemberStatus.Lapsed) return MemberView.Lapsed;
        if (status == MemberStatus.Exited) return MemberView.Exited;
        return MemberView.None;
    }

    // ───────────────────────────────────────── Views ─────────────────────────────────────────

    /// @inheritdoc IMutualPool
    function waitingPeriod() external view override returns (uint256) {
        return _core.waitingPeriod;
    }

    /// @inheritdoc IMutualPool
    function minimumBalance() external view override returns (uint256) {
        return _core.minimumBalance;
    }

    /// @inheritdoc IMutualPool
    function index() external view override returns (int256) {
        return _core.index;
    }

    /// @inheritdoc IMutualPool
    function exitNotice() external view override returns (uint256) {
        return _settings.exitNotice;
    }

    /// @inheritdoc IMutualPool
    function governanceDelayRequired() external view override returns (uint256) {
        return uint256(_settings.exitNotice) + epochLength + SETTLEMENT_SLACK + 1;
    }

    /// @inheritdoc IMutualPool
    function shareCap(uint256 epoch) external view override returns (uint256) {
        return _shareCap(epoch, _core.minimumBalance);
    }

    /// @inheritdoc IMutualPool
    function runOffStartedAt() external view override returns (uint256) {
        return _settings.runOffStartedAt;
    }

    /// @inheritdoc IMutualPool
    function inRunOff() external view override returns (bool) {
        return _core.runOff;
    }

    /// @inheritdoc IMutualPool
    function currentEpoch() public view override returns (uint256) {
        return _epochAt(block.timestamp);
    }

    /// @inheritdoc IMutualPool
    function activeMembers() external view override returns (uint256) {
        return _core.activeCount;
    }

    /// @inheritdoc IMutualPool
    function memberFunds() public view override returns (uint256) {
        Core memory core = _core;
        return (int256(_list.activeKeySum) - int256(uint256(core.activeCount)) * core.index).toUint256() + _frozenFunds;
    }

    /// @inheritdoc IMutualPool
    function lapsesPending() external view override returns (bool) {
        return _lapsesPending();
    }

    /// @inheritdoc IMutualPool
    function balanceOf(address member) external view override returns (uint256) {
        return _balance(_members[memberIdOf[member]]);
    }

    /// @inheritdoc IMutualPool
    function statusOf(address member) external view override returns (MemberView) {
        return _view(_members[memberIdOf[member]]);
    }

    /// @inheritdoc IMutualPool
    function coverageStartOf(address member) external view override returns (uint256) {
        return _members[memberIdOf[member]].coverageStart;
    }

    /// @inheritdoc IMutualPool
    function maxChargeBeforeExit(address who) external view override returns (uint256) {
        Member storage member = _members[memberIdOf[who]];
        MemberStatus status = member.status;
        uint256 lastEpoch;
        if (status == MemberStatus.Active) lastEpoch = _epochAt(block.timestamp + _settings.exitNotice);
        else if (status == MemberStatus.ExitRequested) lastEpoch = member.exitEpoch;
        else return 0;
        uint256 first = nextEpochToSettle;
        if (lastEpoch < first) return 0;
        uint256 m = _core.minimumBalance;
        uint256 most = (lastEpoch - first + 1) * m;
        Settings memory settings = _settings;
        if (settings.capBefore < m && settings.capFrom > first) {
            // The epochs before capFrom are capped lower (a raise of the minimum after earlier exit requests).
            most -= (Math.min(settings.capFrom, lastEpoch + 1) - first) * (m - settings.capBefore);
        }
        return Math.min(_balance(member), most);
    }

    /// @inheritdoc IMutualPool
    function isCovered(address who, uint256 diagnosedAt) external view override returns (bool) {
        Member storage member = _members[memberIdOf[who]];
        return member.status == MemberStatus.Active && member.coverageStart <= diagnosedAt
            && _activeBalance(member.key) >= _core.minimumBalance;
    }

    /// @inheritdoc IMutualPool
    function memberRecord(uint32 memberId) external view override returns (Member memory) {
        return _members[memberId];
    }

    /// @inheritdoc IMutualPool
    function epochRecord(uint256 epoch) external view override returns (EpochRecord memory) {
        return _epochs[epoch];
    }

    /// @inheritdoc IMutualPool
    function payment(uint256 paymentId) external view override returns (Payment memory) {
        return _payments[paymentId];
    }

    /// @inheritdoc IMutualPool
    function paymentQueue() external view override returns (uint256 head, uint256 tail) {
        return (_paymentHead, _paymentTail);
    }

    /// @inheritdoc IMutualPool
    function sortedMembers() external view override returns (uint32 head, uint32 tail, uint256 size) {
        return (_list.head, _list.tail, _list.size);
    }

    /// @inheritdoc IMutualPool
    function findInsertPosition(int256 key, uint32 hint) external view override returns (uint32) {
        return _list.findPosition(_members, key.toInt96(), hint);
    }
}
