// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IWitnessRegistry} from "./interfaces/IWitnessRegistry.sol";
import {WitnessDraw} from "./libraries/WitnessDraw.sol";

/// @title WitnessRegistry
/// @notice Staked witnesses (见证人) by coarse region, drawn at random for claims; holds, locks and slashes stakes.
/// @dev The mechanism (docs/witness-draw.md specifies it to the byte):
///
///      Stakes. A witness registers with at least `minimumStake` and a region code (1..65535) and may add stake
///      later. `requestUnstake` takes it out of the draw at once and starts `unstakeCooldown`; `withdrawStake`
///      returns the whole stake after the cooldown, once nothing is locked. The claims module locks stake per
///      (witness, claim) while an attestation can be challenged, unlocks it afterwards, and on confirmed fraud
///      slashes up to the locked amount, which is sent to the claims module. Conservation: the token balance
///      equals `totalStaked` after every call.
///
///      Eligibility. A witness is drawable while registered, not unstaking and staked at least `minimumStake`.
///      Drawable witnesses sit in two arrays, their region's and the global one, with O(1) append and
///      swap-and-pop removal; each entry and exit emits `WitnessEligibilityChanged`, so anyone can rebuild the
///      arrays, in order, from the logs.
///
///      The draw. `drawAt` picks from the region's array, or from the global array when the region has fewer than
///      `count` drawable witnesses outside `exclude`, by rejection sampling on keccak256(seed, claimId, attempt)
///      with a bounded deterministic fallback (`WitnessDraw`). It reads the arrays as they stood at the end of a
///      past block (the one before the randomness was requested): the arrays are checkpointed by block, so
///      nobody can re-shape them after the seed is public. Its cost depends on `count`, `exclude` and (only
///      logarithmically, past `RECENT_STEPS`) on the changes since the snapshot, never on the number of witnesses.
contract WitnessRegistry is IWitnessRegistry, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using WitnessDraw for WitnessDraw.Set;

    /// @notice May draw, lock, unlock and slash: the claims module.
    bytes32 public constant CLAIMS_ROLE = keccak256("CLAIMS_ROLE");
    /// @notice Largest region code.
    uint256 public constant MAX_REGION = type(uint16).max;
    /// @notice Most witnesses one draw may pick.
    uint256 public constant MAX_DRAW_COUNT = 16;
    /// @notice Most addresses one draw may exclude.
    uint256 public constant MAX_EXCLUDED = 32;

    /// @notice The stablecoin staked (the pool's token).
    IERC20 public immutable token;
    /// @inheritdoc IWitnessRegistry
    uint256 public immutable override minimumStake;
    /// @inheritdoc IWitnessRegistry
    uint256 public immutable override unstakeCooldown;

    /// @dev One slot: stake and lock fit 128 bits for any real token supply (SafeCast checks).
    struct Witness {
        uint128 stake;
        uint128 locked;
        uint64 unstakeAvailableAt;
        uint16 region;
        bool registered;
        bool eligible;
    }

    mapping(address witness => Witness) private _witnesses;
    mapping(address witness => mapping(uint256 claimId => uint256 amount)) private _locks;
    mapping(uint256 region => WitnessDraw.Set) private _byRegion;
    WitnessDraw.Set private _all;
    uint256 private _totalStaked;

    /// @param token_ The stablecoin (the same as the pool's).
    /// @param minimumStake_ Stake needed to register and to be drawable (non-zero).
    /// @param unstakeCooldown_ Seconds from `requestUnstake` to the earliest withdrawal.
    /// @param admin Holder of `DEFAULT_ADMIN_ROLE`, which grants `CLAIMS_ROLE` (a timelock in production).
    constructor(IERC20 token_, uint256 minimumStake_, uint256 unstakeCooldown_, address admin) {
        if (address(token_) == address(0) || admin == address(0) || minimumStake_ == 0) {
            revert WitnessInvalidConfiguration();
        }
        // Stakes are stored in 128 bits; a minimum above that could never be met.
        minimumStake_.toUint128();
        unstakeCooldown_.toUint64();
        token = token_;
        minimumStake = minimumStake_;
        unstakeCooldown = unstakeCooldown_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ─── Witness actions ─────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IWitnessRegistry
    function stake(uint256 amount, uint256 region) external override nonReentrant {
        if (region == 0 || region > MAX_REGION) revert WitnessRegionInvalid(region);
        Witness storage w = _witnesses[msg.sender];
        uint256 newStake;
        if (!w.registered) {
            if (amount < minimumStake) revert WitnessStakeTooLow(amount, minimumStake);
            newStake = amount;
            w.registered = true;
            w.region = region.toUint16();
        } else {
            if (amount == 0) revert WitnessAmountZero();
            if (w.region != region) revert WitnessRegionMismatch(msg.sender, w.region, region);
            if (w.unstakeAvailableAt != 0) revert WitnessUnstakePending(msg.sender, w.unstakeAvailableAt);
            newStake = w.stake + amount;
        }
        w.stake = newStake.toUint128();
        _totalStaked += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit WitnessStaked(msg.sender, amount, newStake, region);
        if (!w.eligible && newStake >= minimumStake) _enter(msg.sender, w);
    }

    /// @inheritdoc IWitnessRegistry
    function requestUnstake() external override {
        Witness storage w = _witnesses[msg.sender];
        if (!w.registered) revert WitnessNotRegistered(msg.sender);
        if (w.unstakeAvailableAt != 0) revert WitnessUnstakePending(msg.sender, w.unstakeAvailableAt);
        uint256 availableAt = block.timestamp + unstakeCooldown;
        w.unstakeAvailableAt = availableAt.toUint64();
        emit WitnessUnstakeRequested(msg.sender, availableAt);
        if (w.eligible) _leave(msg.sender, w);
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
        delete _witnesses[msg.sender];
        emit WitnessWithdrew(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ─── Claims module ───────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IWitnessRegistry
    function draw(uint256 claimId, uint256 seed, uint256 region, address[] calldata exclude, uint256 count)
        external
        override
        onlyRole(CLAIMS_ROLE)
        returns (address[] memory witnesses)
    {
        return _draw(claimId, seed, region, exclude, count, block.number);
    }

    /// @inheritdoc IWitnessRegistry
    function drawAt(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 snapshotBlock
    ) external override onlyRole(CLAIMS_ROLE) returns (address[] memory witnesses) {
        if (snapshotBlock >= block.number) {
            revert WitnessSnapshotNotPast(snapshotBlock, block.number);
        }
        return _draw(claimId, seed, region, exclude, count, snapshotBlock);
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
    function slash(address witness, uint256 claimId, uint256 amount, bytes32 reason)
        external
        override
        onlyRole(CLAIMS_ROLE)
        nonReentrant
        returns (uint256 slashed)
    {
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
        if (w.eligible && w.stake < minimumStake) _leave(witness, w);
        token.safeTransfer(msg.sender, slashed);
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
        return (w.stake, w.locked, w.region, w.eligible, w.unstakeAvailableAt);
    }

    /// @inheritdoc IWitnessRegistry
    function eligibleCount(uint256 region) external view override returns (uint256) {
        return _setOf(region).size();
    }

    /// @inheritdoc IWitnessRegistry
    function eligibleAt(uint256 region, uint256 index) external view override returns (address) {
        if (index >= _setOf(region).size()) revert WitnessIndexOutOfRange(index, _setOf(region).size());
        return _setOf(region).at(index);
    }

    /// @inheritdoc IWitnessRegistry
    function eligibleCountAt(uint256 region, uint256 blockNumber) external view override returns (uint256) {
        return _setOf(region).sizeAt(blockNumber.toUint48());
    }

    /// @inheritdoc IWitnessRegistry
    function eligibleAtBlock(uint256 region, uint256 index, uint256 blockNumber)
        external
        view
        override
        returns (address)
    {
        WitnessDraw.Set storage set = _setOf(region);
        uint48 snapshot = blockNumber.toUint48();
        if (index >= set.sizeAt(snapshot)) revert WitnessIndexOutOfRange(index, set.sizeAt(snapshot));
        return set.memberAt(index, snapshot);
    }

    /// @inheritdoc IWitnessRegistry
    function lockedFor(address witness, uint256 claimId) external view override returns (uint256) {
        return _locks[witness][claimId];
    }

    /// @inheritdoc IWitnessRegistry
    function totalStaked() external view override returns (uint256) {
        return _totalStaked;
    }

    // ─── Internals ───────────────────────────────────────────────────────────────────────────────────────────

    function _draw(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 snapshotBlock
    ) private returns (address[] memory witnesses) {
        if (count == 0 || count > MAX_DRAW_COUNT) revert WitnessDrawCountInvalid(count, MAX_DRAW_COUNT);
        if (exclude.length > MAX_EXCLUDED) revert WitnessTooManyExcluded(exclude.length, MAX_EXCLUDED);
        if (region > MAX_REGION) revert WitnessRegionInvalid(region);
        uint48 snapshot = snapshotBlock.toUint48();
        uint256 drawnRegion = region;
        WitnessDraw.Set storage set = _setOf(region);
        // The fallback rule: the region is used iff it had at least `count` eligible witnesses outside `exclude`.
        if (region != 0 && set.available(exclude, snapshot) < count) {
            drawnRegion = 0;
            set = _all;
        }
        witnesses = set.pick(seed, claimId, exclude, count, snapshot);
        emit WitnessDrawRequested(claimId, region, count, exclude, snapshotBlock);
        emit WitnessesDrawn(claimId, seed, drawnRegion, set.sizeAt(snapshot), witnesses);
    }

    function _setOf(uint256 region) private view returns (WitnessDraw.Set storage) {
        return region == 0 ? _all : _byRegion[region];
    }

    /// @dev Region array first, then the global one; both append.
    function _enter(address witness, Witness storage w) private {
        w.eligible = true;
        _byRegion[w.region].add(witness);
        _all.add(witness);
        emit WitnessEligibilityChanged(witness, w.region, true);
    }

    /// @dev Region array first, then the global one; both swap-and-pop.
    function _leave(address witness, Witness storage w) private {
        w.eligible = false;
        _byRegion[w.region].remove(witness);
        _all.remove(witness);
        emit WitnessEligibilityChanged(witness, w.region, false);
    }
}
