// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IWitnessRegistry} from "./interfaces/IWitnessRegistry.sol";
import {WitnessDraw} from "./libraries/WitnessDraw.sol";
import {ExactTransfer} from "./libraries/ExactTransfer.sol";

/// @title WitnessRegistry
/// @notice Staked witnesses (见证人) by coarse region and stake tier, drawn at random for claims; holds, locks and
///         slashes stakes.
/// @dev The mechanism (docs/witness-draw.md specifies it to the byte):
///
///      Stakes. A witness registers with at least `minimumStake` and a region code (1..65535) and may add stake
///      later. `requestUnstake` takes it out of the draw at once and starts `unstakeCooldown`; `withdrawStake`
///      returns the whole stake after the cooldown, once nothing is locked. The claims module locks stake per
///      (witness, claim) while an attestation can be challenged, unlocks it afterwards, and on confirmed fraud
///      slashes up to the locked amount, which is sent to the module the claims module names. A slash never waits
///      for the token: when the transfer fails (the token is paused), the tokens stay here, owed to that module,
///      until anyone calls `payOwed`. Conservation: the token balance equals `totalStaked + totalOwed` after every
///      call.
///
///      Seasoning. A registration sets `seasonedAt = now + seasoning`; before that the witness is in no array, so it
///      cannot be staked just in time for its owner's claim. It enters at once when `seasoning` is 0, otherwise
///      through the permissionless `activate`. A witness that withdraws and registers again is seasoned again.
///
///      Eligibility and tiers. A witness is drawable while registered, seasoned, not unstaking and staked at least
///      `minimumStake`. Its tier is the largest `t < TIERS` with `stake >= minimumStake << t`. A drawable witness
///      sits in exactly two arrays, (its region, its tier) and (global, its tier), with O(1) append and
///      swap-and-pop removal; a stake change across a tier boundary moves it. Each entry and exit emits
///      `WitnessEligibilityChanged`, so anyone can rebuild the arrays, in order, from the logs. Its placement
///      (region and tier, or none) is checkpointed too, so a draw tells in one lookup whether an excluded address
///      was in the union it draws from.
///
///      The draw. `drawAt` picks from the union of the tiers that can carry the claim's lock (every member staked at
///      least `lockAmount`), of the region when that union has at least `max(count, minRegionWitnesses)` members
///      outside `exclude`, else of all regions, by rejection sampling on keccak256(seed, claimId, attempt) with a
///      bounded deterministic fallback (`WitnessDraw`). It reads the arrays as they stood at the end of a past block
///      (the one before the randomness was requested): everything is checkpointed by block, so nobody can re-shape
///      the arrays after the seed is public. Its cost depends on `count`, `exclude` and (only logarithmically, past
///      `RECENT_STEPS`) on the changes since the snapshot, never on the number of witnesses.
contract WitnessRegistry is IWitnessRegistry, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using WitnessDraw for WitnessDraw.Tiers;

    /// @notice May draw, lock, unlock and slash: the claims module.
    bytes32 public constant CLAIMS_ROLE = keccak256("CLAIMS_ROLE");
    /// @notice Largest region code.
    uint256 public constant MAX_REGION = type(uint16).max;
    /// @notice Most witnesses one draw may pick.
    uint256 public constant MAX_DRAW_COUNT = 16;
    /// @notice Most addresses one draw may exclude.
    uint256 public constant MAX_EXCLUDED = 32;
    /// @notice Number of stake tiers.
    uint256 public constant TIERS = WitnessDraw.TIERS;

    /// @notice The stablecoin staked (the pool's token).
    IERC20 public immutable token;
    /// @inheritdoc IWitnessRegistry
    uint256 public immutable override minimumStake;
    /// @inheritdoc IWitnessRegistry
    uint256 public immutable override unstakeCooldown;
    /// @inheritdoc IWitnessRegistry
    uint256 public immutable override seasoning;
    /// @inheritdoc IWitnessRegistry
    uint256 public immutable override minRegionWitnesses;

    /// @dev Two slots: stake and lock fit 128 bits for any real token supply (SafeCast checks); the rest fits one.
    ///      `regionPosition` and `globalPosition` are the witness's indices in its two arrays while `tierPlusOne`
    ///      is non-zero (0: in no array).
    struct Witness {
        uint128 stake;
        uint128 locked;
        uint64 unstakeAvailableAt;
        uint64 seasonedAt;
        uint32 regionPosition;
        uint32 globalPosition;
        uint16 region;
        uint8 tierPlusOne;
        bool registered;
    }

    mapping(address witness => Witness) private _witnesses;
    mapping(address witness => mapping(uint256 claimId => uint256 amount)) private _locks;
    /// @dev Region 0 is the global arrays.
    mapping(uint256 region => WitnessDraw.Tiers) private _tiers;
    /// @dev `WitnessDraw.placement(region, tier)`, or 0 while in no array; checkpointed by block.
    mapping(address witness => WitnessDraw.History) private _placements;
    uint256 private _totalStaked;
    /// @inheritdoc IWitnessRegistry
    mapping(address module => uint256 amount) public override owedTo;
    /// @inheritdoc IWitnessRegistry
    uint256 public override totalOwed;

    /// @param token_ The stablecoin (the same as the pool's).
    /// @param minimumStake_ Stake needed to register and to be drawable (non-zero); tier `t` starts at
    ///        `minimumStake_ << t`.
    /// @param unstakeCooldown_ Seconds from `requestUnstake` to the earliest withdrawal.
    /// @param seasoning_ Seconds from a registration to the earliest time the witness can be drawn (e.g. 30 days).
    /// @param minRegionWitnesses_ The fewest witnesses outside the exclusions a region's union must hold to be
    ///        drawn from alone (e.g. 10); below it (and below the draw's count) a draw uses all regions.
    /// @param admin Holder of `DEFAULT_ADMIN_ROLE`, which grants `CLAIMS_ROLE` (a timelock in production).
    constructor(
        IERC20 token_,
        uint256 minimumStake_,
        uint256 unstakeCooldown_,
        uint256 seasoning_,
        uint256 minRegionWitnesses_,
        address admin
    ) {
        if (address(token_) == address(0) || admin == address(0) || minimumStake_ == 0) {
            revert WitnessInvalidConfiguration();
        }
        // Stakes are stored in 128 bits; a minimum above that could never be met.
        minimumStake_.toUint128();
        unstakeCooldown_.toUint64();
        seasoning_.toUint64();
        token = token_;
        minimumStake = minimumStake_;
        unstakeCooldown = unstakeCooldown_;
        seasoning = seasoning_;
        minRegionWitnesses = minRegionWitnesses_;
        emit WitnessRegistryConfigured(
            address(token_), minimumStake_, unstakeCooldown_, seasoning_, minRegionWitnesses_
        );
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ─── Witness actions ─────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IWitnessRegistry
    function stake(uint256 amount, uint256 region) external override nonReentrant {
        if (region == 0 || region > MAX_REGION) revert WitnessRegionInvalid(region);
        Witness storage w = _witnesses[msg.sender];
        uint256 newStake;
        bool registering = !w.registered;
        if (registering) {
            if (amount < minimumStake) revert WitnessStakeTooLow(amount, minimumStake);
            newStake = amount;
            w.registered = true;
            w.region = region.toUint16();
            w.seasonedAt = (block.timestamp + seasoning).toUint64();
        } else {
            if (amount == 0) revert WitnessAmountZero();
            if (w.region != region) revert WitnessRegionMismatch(msg.sender, w.region, region);
            if (w.unstakeAvailableAt != 0) revert WitnessUnstakePending(msg.sender, w.unstakeAvailableAt);
            newStake = w.stake + amount;
        }
        w.stake = newStake.toUint128();
        _totalStaked += amount;
        _pullExact(amount);
        emit WitnessStaked(msg.sender, amount, newStake, region);
        if (registering) emit WitnessSeasoning(msg.sender, w.seasonedAt);
        _place(msg.sender, w);
    }

    /// @inheritdoc IWitnessRegistry
    function activate(address witness) external override {
        Witness storage w = _witnesses[witness];
        if (!w.registered) revert WitnessNotRegistered(witness);
        if (block.timestamp < w.seasonedAt) revert WitnessNotSeasoned(witness, w.seasonedAt);
        _place(witness, w);
    }

    /// @inheritdoc IWitnessRegistry
    function requestUnstake() external override {
        Witness storage w = _witnesses[msg.sender];
        if (!w.registered) revert WitnessNotRegistered(msg.sender);
        if (w.unstakeAvailableAt != 0) revert WitnessUnstakePending(msg.sender, w.unstakeAvailableAt);
        uint256 availableAt = block.timestamp + unstakeCooldown;
        w.unstakeAvailableAt = availableAt.toUint64();
        emit WitnessUnstakeRequested(msg.sender, availableAt);
        _place(msg.sender, w);
    }

    /// @inheritdoc IWitnessRegistry
    function withdrawStake() external override nonReentrant returns (uint256 amount) {
        Witness storage w = _witnesses[msg.sender];
        if (!w.registered) revert WitnessNotRegistered(msg.sender);
        if (w.unstakeAvailableAt == 0) revert WitnessUnstakeNotRequested(msg.sender);
        if (block.timestamp < w.unstakeAvailableAt) revert WitnessCooldownActive(msg.sender, w.unstakeAvailableAt);
        if (w.locked != 0) revert WitnessStakeLocked(msg.sender, w.locked);
        amount = w.stake;
        _totalStaked -= amount;
        // It left the arrays at requestUnstake (its placement is already 0).
        delete _witnesses[msg.sender];
        emit WitnessWithdrew(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ─── Claims module ───────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IWitnessRegistry
    function draw(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 lockAmount
    ) external override onlyRole(CLAIMS_ROLE) returns (address[] memory witnesses) {
        return _draw(claimId, seed, region, exclude, count, block.number, lockAmount);
    }

    /// @inheritdoc IWitnessRegistry
    function drawAt(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 snapshotBlock,
        uint256 lockAmount
    ) external override onlyRole(CLAIMS_ROLE) returns (address[] memory witnesses) {
        if (snapshotBlock >= block.number) {
            revert WitnessSnapshotNotPast(snapshotBlock, block.number);
        }
        return _draw(claimId, seed, region, exclude, count, snapshotBlock, lockAmount);
    }

    /// @inheritdoc IWitnessRegistry
    function lock(address witness, uint256 claimId, uint256 amount) external override onlyRole(CLAIMS_ROLE) {
        Witness storage w = _witnesses[witness];
        if (!w.registered) revert WitnessNotRegistered(witness);
        if (amount == 0) revert WitnessAmountZero();
        // locked ≤ stake always holds (locks are checked here, slashes take from both).
        uint256 free = w.stake - w.locked;
        if (amount > free) revert WitnessStakeInsufficient(witness, free, amount);
        w.locked += amount.toUint128();
        _locks[witness][claimId] += amount;
        emit StakeLocked(witness, claimId, amount);
    }

    /// @inheritdoc IWitnessRegistry
    function unlock(address witness, uint256 claimId) external override onlyRole(CLAIMS_ROLE) {
        uint256 amount = _locks[witness][claimId];
        if (amount == 0) return;
        delete _locks[witness][claimId];
        // amount is part of w.locked, so this cannot underflow.
        _witnesses[witness].locked -= amount.toUint128();
        emit StakeUnlocked(witness, claimId, amount);
    }

    /// @inheritdoc IWitnessRegistry
    function slash(address witness, uint256 claimId, uint256 amount, bytes32 reason, address to)
        external
        override
        onlyRole(CLAIMS_ROLE)
        nonReentrant
        returns (uint256 slashed)
    {
        if (to == address(0)) revert WitnessZeroRecipient();
        uint256 lockedForClaim = _locks[witness][claimId];
        slashed = amount < lockedForClaim ? amount : lockedForClaim;
        if (slashed == 0) return 0;
        Witness storage w = _witnesses[witness];
        _locks[witness][claimId] = lockedForClaim - slashed;
        uint128 slashed128 = slashed.toUint128();
        w.locked -= slashed128;
        w.stake -= slashed128;
        _totalStaked -= slashed;
        emit StakeSlashed(witness, claimId, slashed, reason);
        _place(witness, w);
        if (!token.trySafeTransfer(to, slashed)) {
            owedTo[to] += slashed;
            totalOwed += slashed;
            emit SlashedStakeOwed(to, claimId, slashed);
        }
    }

    /// @inheritdoc IWitnessRegistry
    function payOwed(address to) external override nonReentrant returns (uint256 amount) {
        amount = owedTo[to];
        if (amount == 0) return 0;
        owedTo[to] = 0;
        totalOwed -= amount;
        token.safeTransfer(to, amount);
        emit OwedStakePaid(to, amount);
    }

    // ─── Views ───────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IWitnessRegistry
    function witnessInfo(address witness)
        external
        view
        override
        returns (uint256 stakeAmount, uint256 locked, uint256 region, bool eligible, uint256 unstakeAvailableAt)
    {
        Witness storage w = _witnesses[witness];
        return (w.stake, w.locked, w.region, w.tierPlusOne != 0, w.unstakeAvailableAt);
    }

    /// @inheritdoc IWitnessRegistry
    function seasonedAt(address witness) external view override returns (uint256) {
        return _witnesses[witness].seasonedAt;
    }

    /// @inheritdoc IWitnessRegistry
    function placementAt(address witness, uint256 blockNumber)
        external
        view
        override
        returns (bool eligible, uint256 region, uint256 tier)
    {
        uint256 p = WitnessDraw.valueAt(_placements[witness], blockNumber.toUint48());
        if (p == 0) return (false, 0, 0);
        return (true, p >> 8, (p & 0xff) - 1);
    }

    /// @inheritdoc IWitnessRegistry
    function eligibleCount(uint256 region, uint256 tier) external view override returns (uint256) {
        return _tiers[region].size(_checkTier(tier));
    }

    /// @inheritdoc IWitnessRegistry
    function eligibleAt(uint256 region, uint256 tier, uint256 index) external view override returns (address) {
        WitnessDraw.Tiers storage tiers = _tiers[region];
        uint256 n = tiers.size(_checkTier(tier));
        if (index >= n) revert WitnessIndexOutOfRange(index, n);
        return tiers.at(tier, index);
    }

    /// @inheritdoc IWitnessRegistry
    function eligibleCountAt(uint256 region, uint256 tier, uint256 blockNumber)
        external
        view
        override
        returns (uint256)
    {
        return WitnessDraw.sizeIn(_tiers[region].sizesAt(blockNumber.toUint48()), _checkTier(tier));
    }

    /// @inheritdoc IWitnessRegistry
    function eligibleAtBlock(uint256 region, uint256 tier, uint256 index, uint256 blockNumber)
        external
        view
        override
        returns (address)
    {
        WitnessDraw.Tiers storage tiers = _tiers[region];
        uint48 snapshot = blockNumber.toUint48();
        uint256 n = WitnessDraw.sizeIn(tiers.sizesAt(snapshot), _checkTier(tier));
        if (index >= n) revert WitnessIndexOutOfRange(index, n);
        return tiers.memberAt(tier, index, snapshot);
    }

    /// @inheritdoc IWitnessRegistry
    function lockedFor(address witness, uint256 claimId) external view override returns (uint256) {
        return _locks[witness][claimId];
    }

    /// @inheritdoc IWitnessRegistry
    function totalStaked() external view override returns (uint256) {
        return _totalStaked;
    }

    /// @inheritdoc IWitnessRegistry
    function maxLock() public view override returns (uint256) {
        return minimumStake << (TIERS - 1);
    }

    /// @inheritdoc IWitnessRegistry
    function lockTier(uint256 amount) public view override returns (uint256) {
        if (amount <= minimumStake) return 0;
        if (amount > maxLock()) revert WitnessLockTooLarge(amount, maxLock());
        // minimumStake << t >= amount  ⇔  2^t >= ceil(amount / minimumStake).
        return Math.log2(Math.ceilDiv(amount, minimumStake), Math.Rounding.Ceil);
    }

    // ─── Internals ───────────────────────────────────────────────────────────────────────────────────────────

    function _draw(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 snapshotBlock,
        uint256 lockAmount
    ) private returns (address[] memory witnesses) {
        if (count == 0 || count > MAX_DRAW_COUNT) revert WitnessDrawCountInvalid(count, MAX_DRAW_COUNT);
        if (exclude.length > MAX_EXCLUDED) revert WitnessTooManyExcluded(exclude.length, MAX_EXCLUDED);
        if (region > MAX_REGION) revert WitnessRegionInvalid(region);
        WitnessDraw.Draw memory d =
            WitnessDraw.Draw(seed, claimId, lockTier(lockAmount), count, snapshotBlock.toUint48());
        emit WitnessDrawRequested(claimId, region, count, exclude, snapshotBlock, lockAmount);
        // One copy of the exclusions for the counting and the picking.
        address[] memory excluded = exclude;
        (uint256 drawnRegion, uint256 sizes) = _unionFor(region, excluded, d);
        witnesses = _tiers[drawnRegion].pick(sizes, d, excluded);
        emit WitnessesDrawn(
            claimId, seed, drawnRegion, d.firstTier, WitnessDraw.unionSize(sizes, d.firstTier), witnesses
        );
    }

    /// @dev The region rule: the region's union of tiers `d.firstTier..` is drawn from iff it had at least
    ///      max(count, minRegionWitnesses) members outside `exclude` at the snapshot, else the global union, which
    ///      must have `count`. Returns the region drawn from (0 = global) and its packed tier sizes at the snapshot.
    function _unionFor(uint256 region, address[] memory exclude, WitnessDraw.Draw memory d)
        private
        view
        returns (uint256 drawnRegion, uint256 sizes)
    {
        (uint256 excludedInRegion, uint256 excludedInAll) =
            WitnessDraw.excludedMembers(_placements, exclude, region, d.firstTier, d.snapshot);
        if (region != 0) {
            sizes = _tiers[region].sizesAt(d.snapshot);
            uint256 threshold = d.count > minRegionWitnesses ? d.count : minRegionWitnesses;
            // The excluded counts are of distinct members of each union, so they never exceed its size.
            if (WitnessDraw.unionSize(sizes, d.firstTier) - excludedInRegion >= threshold) return (region, sizes);
        }
        sizes = _tiers[0].sizesAt(d.snapshot);
        uint256 available = WitnessDraw.unionSize(sizes, d.firstTier) - excludedInAll;
        if (available < d.count) revert WitnessNotEnoughEligible(available, d.count);
        return (0, sizes);
    }

    /// @dev Puts the witness where its state says it belongs: in the arrays of (its region, its tier) and (global,
    ///      its tier) while registered, seasoned, not unstaking and staked at least the minimum; in none otherwise.
    ///      A change leaves the old arrays (event `eligible = false`, old tier) then enters the new ones (event
    ///      `eligible = true`, new tier), and checkpoints the placement once.
    function _place(address witness, Witness storage w) private {
        uint256 stakeAmount = w.stake;
        uint256 target;
        if (w.unstakeAvailableAt == 0 && stakeAmount >= minimumStake && block.timestamp >= w.seasonedAt) {
            target = _tierOf(stakeAmount) + 1;
        }
        uint256 current = w.tierPlusOne;
        if (target == current) return;
        uint256 region = w.region;
        if (current != 0) {
            uint256 tier = current - 1;
            address moved = _tiers[region].remove(tier, w.regionPosition);
            if (moved != address(0)) _witnesses[moved].regionPosition = w.regionPosition;
            moved = _tiers[0].remove(tier, w.globalPosition);
            if (moved != address(0)) _witnesses[moved].globalPosition = w.globalPosition;
            emit WitnessEligibilityChanged(witness, region, tier, false);
        }
        if (target != 0) {
            uint256 tier = target - 1;
            // Positions are below 2^26 (MAX_TIER_SIZE), so they fit 32 bits.
            w.regionPosition = uint32(_tiers[region].add(region, tier, witness));
            w.globalPosition = uint32(_tiers[0].add(0, tier, witness));
            emit WitnessEligibilityChanged(witness, region, tier, true);
        }
        w.tierPlusOne = uint8(target);
        WitnessDraw.record(_placements[witness], target == 0 ? 0 : WitnessDraw.placement(region, target - 1));
    }

    /// @dev The largest t < TIERS with stakeAmount >= minimumStake << t (stakeAmount >= minimumStake).
    function _tierOf(uint256 stakeAmount) private view returns (uint256) {
        uint256 tier = Math.log2(stakeAmount / minimumStake);
        return tier < TIERS ? tier : TIERS - 1;
    }

    /// @dev Pulls exactly `amount` from the caller or reverts: a token that takes a fee (USDT can switch one on)
    ///      would otherwise credit a stake the registry never received.
    function _pullExact(uint256 amount) private {
        uint256 received = ExactTransfer.pull(token, msg.sender, amount);
        if (received != amount) revert WitnessTransferAmountMismatch(amount, received);
    }

    function _checkTier(uint256 tier) private pure returns (uint256) {
        if (tier >= TIERS) revert WitnessTierInvalid(tier, TIERS);
        return tier;
    }
}
