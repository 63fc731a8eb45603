// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IWitnessRegistry} from "../../src/interfaces/IWitnessRegistry.sol";

/// @notice A witness registry for tests that really holds stakes in the token, locks them per claim and
///         slashes them to the caller. The draw is a simple deterministic walk (O(n), fine for tests): start at
///         `seed mod n` in the region's list (or all witnesses when the region has too few), take eligible,
///         non-excluded witnesses until `count`. No seasoning and no tiers: the lock amount is recorded
///         (`lastLockAmount`) but does not filter, so a drawn witness may be unable to carry it (the claims module's
///         skip path); every witness is reported in tier 0. The real registry replaces it.
contract MockWitnessRegistry is IWitnessRegistry {
    using SafeERC20 for IERC20;

    struct Witness {
        uint256 stake;
        uint256 locked;
        uint256 region;
        uint256 unstakeAvailableAt;
        bool registered;
    }

    IERC20 public immutable token;
    uint256 public immutable minimumStake;
    uint256 public constant COOLDOWN = 7 days;
    address public claims;

    mapping(address witness => Witness) internal _witnesses;
    mapping(address witness => mapping(uint256 claimId => uint256 amount)) public lockedFor;
    address[] public all;
    mapping(uint256 region => address[]) internal _byRegion;
    uint256 public totalStake;
    uint256 public totalLocked;
    /// @notice The snapshot block of the last `drawAt` (to check what the claims module passes).
    uint256 public lastSnapshotBlock;
    /// @notice The lock amount of the last draw (to check what the claims module passes).
    uint256 public lastLockAmount;

    error MockNotClaims(address caller);
    error MockClaimsAlreadySet();

    constructor(IERC20 token_, uint256 minimumStake_) {
        token = token_;
        minimumStake = minimumStake_;
    }

    /// @notice Wire the claims module (once).
    function setClaims(address claims_) external {
        if (claims != address(0)) revert MockClaimsAlreadySet();
        claims = claims_;
    }

    modifier onlyClaims() {
        if (msg.sender != claims) revert MockNotClaims(msg.sender);
        _;
    }

    /// @inheritdoc IWitnessRegistry
    function stake(uint256 amount, uint256 region) external override {
        Witness storage w = _witnesses[msg.sender];
        if (!w.registered) {
            if (amount < minimumStake) revert WitnessStakeTooLow(amount, minimumStake);
            w.registered = true;
            w.region = region;
            all.push(msg.sender);
            _byRegion[region].push(msg.sender);
        }
        w.stake += amount;
        w.unstakeAvailableAt = 0;
        totalStake += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit WitnessStaked(msg.sender, amount, w.stake, w.region);
    }

    /// @inheritdoc IWitnessRegistry
    /// @dev No seasoning in the mock: nothing to do.
    function activate(address witness) external view override {
        if (!_witnesses[witness].registered) revert WitnessNotRegistered(witness);
    }

    /// @inheritdoc IWitnessRegistry
    function requestUnstake() external override {
        Witness storage w = _witnesses[msg.sender];
        if (!w.registered) revert WitnessNotRegistered(msg.sender);
        w.unstakeAvailableAt = block.timestamp + COOLDOWN;
        emit WitnessUnstakeRequested(msg.sender, w.unstakeAvailableAt);
    }

    /// @inheritdoc IWitnessRegistry
    function withdrawStake() external override returns (uint256 amount) {
        Witness storage w = _witnesses[msg.sender];
        if (w.unstakeAvailableAt == 0 || block.timestamp < w.unstakeAvailableAt) {
            revert WitnessCooldownActive(msg.sender, w.unstakeAvailableAt);
        }
        if (w.locked != 0) revert WitnessStakeLocked(msg.sender, w.locked);
        amount = w.stake;
        w.stake = 0;
        w.registered = false;
        totalStake -= amount;
        token.safeTransfer(msg.sender, amount);
        emit WitnessWithdrew(msg.sender, amount);
    }

    /// @inheritdoc IWitnessRegistry
    function draw(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 lockAmount
    ) external override onlyClaims returns (address[] memory witnesses) {
        return _draw(claimId, seed, region, exclude, count, block.number, lockAmount);
    }

    /// @inheritdoc IWitnessRegistry
    /// @dev Checks the snapshot as the real registry does, but draws from the current arrays (the mock keeps no
    ///      history); the integration suite runs the real registry, whose snapshot reads are tested there.
    function drawAt(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 snapshotBlock,
        uint256 lockAmount
    ) external override onlyClaims returns (address[] memory witnesses) {
        if (snapshotBlock >= block.number) {
            revert WitnessSnapshotNotPast(snapshotBlock, block.number);
        }
        lastSnapshotBlock = snapshotBlock;
        return _draw(claimId, seed, region, exclude, count, snapshotBlock, lockAmount);
    }

    function _draw(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 snapshotBlock,
        uint256 lockAmount
    ) internal returns (address[] memory witnesses) {
        lastLockAmount = lockAmount;
        emit WitnessDrawRequested(claimId, region, count, exclude, snapshotBlock, lockAmount);
        address[] storage pool = _byRegion[region];
        uint256 usedRegion = region;
        if (_countEligible(pool, exclude) < count) {
            pool = all;
            usedRegion = 0;
        }
        uint256 eligible = _countEligible(pool, exclude);
        if (eligible < count) revert WitnessNotEnoughEligible(eligible, count);
        witnesses = new address[](count);
        uint256 n = pool.length;
        uint256 start = seed % n;
        uint256 taken;
        for (uint256 i; i < n && taken < count; ++i) {
            address candidate = pool[(start + i) % n];
            if (_eligible(candidate) && !_contains(exclude, candidate)) witnesses[taken++] = candidate;
        }
        emit WitnessesDrawn(claimId, seed, usedRegion, 0, eligible, witnesses);
    }

    /// @inheritdoc IWitnessRegistry
    function lock(address witness, uint256 claimId, uint256 amount) external override onlyClaims {
        Witness storage w = _witnesses[witness];
        if (!w.registered) revert WitnessNotRegistered(witness);
        if (w.stake - w.locked < amount) revert WitnessStakeInsufficient(witness, w.stake - w.locked, amount);
        w.locked += amount;
        lockedFor[witness][claimId] += amount;
        totalLocked += amount;
        emit StakeLocked(witness, claimId, amount);
    }

    /// @inheritdoc IWitnessRegistry
    function unlock(address witness, uint256 claimId) external override onlyClaims {
        uint256 amount = lockedFor[witness][claimId];
        lockedFor[witness][claimId] = 0;
        _witnesses[witness].locked -= amount;
        totalLocked -= amount;
        emit StakeUnlocked(witness, claimId, amount);
    }

    /// @inheritdoc IWitnessRegistry
    function slash(address witness, uint256 claimId, uint256 amount, bytes32 reason, address to)
        external
        override
        onlyClaims
        returns (uint256 slashed)
    {
        uint256 held = lockedFor[witness][claimId];
        slashed = amount < held ? amount : held;
        lockedFor[witness][claimId] = held - slashed;
        Witness storage w = _witnesses[witness];
        w.locked -= slashed;
        w.stake -= slashed;
        totalLocked -= slashed;
        totalStake -= slashed;
        emit StakeSlashed(witness, claimId, slashed, reason);
        if (slashed != 0 && !token.trySafeTransfer(to, slashed)) {
            owedTo[to] += slashed;
            totalOwed += slashed;
            emit SlashedStakeOwed(to, claimId, slashed);
        }
    }

    /// @inheritdoc IWitnessRegistry
    mapping(address => uint256) public override owedTo;
    /// @inheritdoc IWitnessRegistry
    uint256 public override totalOwed;

    /// @inheritdoc IWitnessRegistry
    function payOwed(address to) external override returns (uint256 amount) {
        amount = owedTo[to];
        if (amount == 0) return 0;
        owedTo[to] = 0;
        totalOwed -= amount;
        token.safeTransfer(to, amount);
        emit OwedStakePaid(to, amount);
    }

    /// @inheritdoc IWitnessRegistry
    function witnessInfo(address witness)
        external
        view
        override
        returns (uint256 stakeAmount, uint256 locked, uint256 region, bool eligible, uint256 unstakeAvailableAt)
    {
        Witness storage w = _witnesses[witness];
        return (w.stake, w.locked, w.region, _eligible(witness), w.unstakeAvailableAt);
    }

    /// @inheritdoc IWitnessRegistry
    /// @dev No seasoning in the mock.
    function seasonedAt(address) external pure override returns (uint256) {
        return 0;
    }

    /// @inheritdoc IWitnessRegistry
    /// @dev No history in the mock: the current state, every witness in tier 0.
    function placementAt(address witness, uint256)
        external
        view
        override
        returns (bool eligible, uint256 region, uint256 tier)
    {
        if (!_eligible(witness)) return (false, 0, 0);
        return (true, _witnesses[witness].region, 0);
    }

    /// @inheritdoc IWitnessRegistry
    /// @dev Every witness is in tier 0 in the mock.
    function eligibleCount(uint256 region, uint256 tier) external view override returns (uint256) {
        if (tier != 0) return 0;
        return _countEligible(region == 0 ? all : _byRegion[region], new address[](0));
    }

    /// @inheritdoc IWitnessRegistry
    function eligibleAt(uint256 region, uint256, uint256 index) external view override returns (address) {
        return region == 0 ? all[index] : _byRegion[region][index];
    }

    /// @inheritdoc IWitnessRegistry
    /// @dev No history in the mock: the current count.
    function eligibleCountAt(uint256 region, uint256 tier, uint256) external view override returns (uint256) {
        if (tier != 0) return 0;
        return _countEligible(region == 0 ? all : _byRegion[region], new address[](0));
    }

    /// @inheritdoc IWitnessRegistry
    /// @dev No history in the mock: the current array.
    function eligibleAtBlock(uint256 region, uint256, uint256 index, uint256) external view override returns (address) {
        return region == 0 ? all[index] : _byRegion[region][index];
    }

    /// @inheritdoc IWitnessRegistry
    function totalStaked() external view override returns (uint256) {
        return totalStake;
    }

    /// @inheritdoc IWitnessRegistry
    function unstakeCooldown() external pure override returns (uint256) {
        return COOLDOWN;
    }

    /// @inheritdoc IWitnessRegistry
    function seasoning() external pure override returns (uint256) {
        return 0;
    }

    /// @inheritdoc IWitnessRegistry
    function minRegionWitnesses() external pure override returns (uint256) {
        return 1;
    }

    /// @inheritdoc IWitnessRegistry
    /// @dev No tiers in the mock: no bound but the 128-bit stakes.
    function maxLock() external pure override returns (uint256) {
        return type(uint128).max;
    }

    /// @inheritdoc IWitnessRegistry
    function lockTier(uint256) external pure override returns (uint256) {
        return 0;
    }

    function _eligible(address witness) internal view returns (bool) {
        Witness storage w = _witnesses[witness];
        return w.registered && w.unstakeAvailableAt == 0 && w.stake - w.locked >= minimumStake;
    }

    function _countEligible(address[] storage pool, address[] memory exclude) internal view returns (uint256 n) {
        for (uint256 i; i < pool.length; ++i) {
            if (_eligible(pool[i]) && !_contains(exclude, pool[i])) ++n;
        }
    }

    function _contains(address[] memory list, address who) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == who) return true;
        }
        return false;
    }
}
