// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IWitnessRegistry
/// @notice Staked witnesses (见证人) by coarse region and stake tier, drawn at random to visit patients. Holds the
///         stakes; locks them while an attestation can still be challenged; slashes them on confirmed fraud.
/// @dev The claims module is the only caller of the privileged functions (`CLAIMS_ROLE`).
///      The draw is a pure function of (seed, the eligible arrays at a past block, exclusions, the lock), in O(1)
///      per pick whatever the number of witnesses.
interface IWitnessRegistry {
    // Events
    /// @notice The registry was deployed with these settings (emitted once, by the constructor): with them and the
    ///         registry's other events an auditor recomputes every draw from logs alone.
    /// @param token The stablecoin staked.
    /// @param minimumStake The least stake that makes a witness eligible (tier 0's floor).
    /// @param unstakeCooldown Seconds from an unstake request to the withdrawal.
    /// @param seasoning Seconds from registration until the witness can enter the draw arrays.
    /// @param minRegionWitnesses The least number of available witnesses a region needs to be drawn from alone.
    event WitnessRegistryConfigured(
        address indexed token,
        uint256 minimumStake,
        uint256 unstakeCooldown,
        uint256 seasoning,
        uint256 minRegionWitnesses
    );
    /// @notice A witness registered or added stake.
    /// @param witness The witness.
    /// @param amount Tokens added.
    /// @param totalStake Its stake afterwards.
    /// @param region Its region code.
    event WitnessStaked(address indexed witness, uint256 amount, uint256 totalStake, uint256 region);
    /// @notice A witness registered: it can be drawn from `seasonedAt` on (at once when the seasoning is 0,
    ///         otherwise once someone calls `activate`).
    /// @param witness The witness.
    /// @param seasonedAt When its seasoning ends (unix seconds).
    event WitnessSeasoning(address indexed witness, uint256 seasonedAt);
    /// @notice A witness started unstaking: no longer drawn; stake withdrawable after the cooldown, once unlocked.
    /// @param witness The witness.
    /// @param availableAt Earliest withdrawal time (unix seconds).
    event WitnessUnstakeRequested(address indexed witness, uint256 availableAt);
    /// @notice A witness withdrew its stake and left.
    /// @param witness The witness.
    /// @param amount Tokens sent back.
    event WitnessWithdrew(address indexed witness, uint256 amount);
    /// @notice Witnesses were drawn for a claim. With the registry's events up to the snapshot block
    ///         (`WitnessDrawRequested.snapshotBlock`; for `drawAt` a block before this event's) anyone can recompute
    ///         `witnesses` from `seed` (docs/witness-draw.md §3).
    /// @param claimId The claim.
    /// @param seed The seed used, as the caller passed it (the claims module's is `keccak256(abi.encode(value,
    ///        claimId, drawNumber))`, not the randomness value itself).
    /// @param drawnRegion The region drawn from (the claim's, or 0 = all regions after the fallback).
    /// @param firstTier The lowest tier of the union drawn from (`lockTier(lockAmount)`).
    /// @param setSize Size of the union drawn from (tiers `firstTier..TIERS-1` of `drawnRegion`), before exclusions.
    /// @param witnesses The witnesses drawn.
    event WitnessesDrawn(
        uint256 indexed claimId,
        uint256 seed,
        uint256 drawnRegion,
        uint256 firstTier,
        uint256 setSize,
        address[] witnesses
    );
    /// @notice Stake was locked for a claim.
    /// @param witness The witness.
    /// @param claimId The claim.
    /// @param amount Tokens added to the lock (the lock for the claim is the sum of these).
    event StakeLocked(address indexed witness, uint256 indexed claimId, uint256 amount);
    /// @notice Stake was released from a claim.
    /// @param witness The witness.
    /// @param claimId The claim.
    /// @param amount Tokens released (everything that was locked for the claim).
    event StakeUnlocked(address indexed witness, uint256 indexed claimId, uint256 amount);
    /// @notice Stake was slashed, for the module named in `SlashedStakeOwed` or sent at once to the caller's
    ///         chosen module (reporter reward, member credit).
    /// @param witness The witness.
    /// @param claimId The claim whose lock was slashed.
    /// @param amount Tokens taken (from the lock and from the stake).
    /// @param reason The tag the claims module passed.
    event StakeSlashed(address indexed witness, uint256 indexed claimId, uint256 amount, bytes32 reason);
    /// @notice Slashed stake could not be sent at once (the token refused the transfer): it is owed to `to` and
    ///         waits in the registry for `payOwed`.
    /// @param to The module the stake belongs to.
    /// @param claimId The claim whose lock was slashed.
    /// @param amount Tokens owed.
    event SlashedStakeOwed(address indexed to, uint256 indexed claimId, uint256 amount);
    /// @notice Slashed stake that was owed was sent.
    /// @param to The module it belonged to.
    /// @param amount Tokens sent.
    event OwedStakePaid(address indexed to, uint256 amount);
    /// @notice A witness entered (`eligible`) or left the draw arrays of its region and tier. Replaying these in log
    ///         order rebuilds every eligible array exactly: entering appends to the array (region, tier) and to the
    ///         global array of the tier; leaving moves the last element of each of those two arrays into the
    ///         leaver's slot and pops (docs/witness-draw.md). A change of tier is a leave then an enter.
    /// @param witness The witness.
    /// @param region Its region code (1..65535).
    /// @param tier The stake tier of the arrays (0..TIERS-1).
    /// @param eligible True when it entered the arrays, false when it left them.
    event WitnessEligibilityChanged(address indexed witness, uint256 region, uint256 tier, bool eligible);
    /// @notice The inputs of a draw that `WitnessesDrawn` (emitted right after, same transaction) does not carry.
    /// @param claimId The claim.
    /// @param requestedRegion The region asked for (the claimant's; 0 = all).
    /// @param count How many witnesses were asked for.
    /// @param exclude The addresses that could not be drawn (the claimant, who is the filer: one entry; the
    ///        witnesses already drawn for the claim).
    /// @param snapshotBlock The block whose final eligible arrays were drawn from (the current block for `draw`).
    /// @param lockAmount The stake each drawn witness must be able to carry (gives `firstTier`).
    event WitnessDrawRequested(
        uint256 indexed claimId,
        uint256 requestedRegion,
        uint256 count,
        address[] exclude,
        uint256 snapshotBlock,
        uint256 lockAmount
    );

    // Errors
    /// @notice Stake below the minimum witness stake.
    /// @param stake The stake offered.
    /// @param minimum The minimum.
    error WitnessStakeTooLow(uint256 stake, uint256 minimum);
    /// @notice The address is already a registered witness.
    /// @param witness The address.
    error WitnessAlreadyRegistered(address witness);
    /// @notice The address is not a registered witness.
    /// @param witness The address.
    error WitnessNotRegistered(address witness);
    /// @notice The unstake cooldown has not passed.
    /// @param witness The witness.
    /// @param availableAt When it will have passed.
    error WitnessCooldownActive(address witness, uint256 availableAt);
    /// @notice Stake is locked by open attestations.
    /// @param witness The witness.
    /// @param locked The amount still locked.
    error WitnessStakeLocked(address witness, uint256 locked);
    /// @notice Not enough eligible witnesses to draw from.
    /// @param eligible Witnesses of the global union (every region, tiers that can carry the lock) not excluded.
    /// @param needed Witnesses asked for.
    error WitnessNotEnoughEligible(uint256 eligible, uint256 needed);
    /// @notice A region code outside 1..65535 (0 is accepted by `draw` and the views only, meaning all regions).
    /// @param region The code given.
    error WitnessRegionInvalid(uint256 region);
    /// @notice A registered witness staked with a region other than its own (withdraw and register again to move).
    /// @param witness The witness.
    /// @param registered Its region.
    /// @param given The region passed.
    error WitnessRegionMismatch(address witness, uint256 registered, uint256 given);
    /// @notice A zero amount where tokens must move.
    error WitnessAmountZero();
    /// @notice The witness has already asked to unstake (it may only withdraw, then register again).
    /// @param witness The witness.
    /// @param availableAt When its stake can be withdrawn.
    error WitnessUnstakePending(address witness, uint256 availableAt);
    /// @notice `withdrawStake` before `requestUnstake`.
    /// @param witness The witness.
    error WitnessUnstakeNotRequested(address witness);
    /// @notice A lock larger than the witness's unlocked stake.
    /// @param witness The witness.
    /// @param free Its stake not yet locked.
    /// @param requested The amount asked to lock.
    error WitnessStakeInsufficient(address witness, uint256 free, uint256 requested);
    /// @notice `count` is 0 or above `MAX_DRAW_COUNT`.
    /// @param count The count given.
    /// @param maximum The most one draw may pick.
    error WitnessDrawCountInvalid(uint256 count, uint256 maximum);
    /// @notice More exclusions than `MAX_EXCLUDED` (the draw's cost is bounded by it).
    /// @param given Exclusions passed.
    /// @param maximum The most allowed.
    error WitnessTooManyExcluded(uint256 given, uint256 maximum);
    /// @notice `drawAt` with a snapshot block that is not in the past.
    /// @param snapshotBlock The block given.
    /// @param currentBlock The current block.
    error WitnessSnapshotNotPast(uint256 snapshotBlock, uint256 currentBlock);
    /// @notice An index beyond an eligible array.
    /// @param index The index given.
    /// @param length The array's length.
    error WitnessIndexOutOfRange(uint256 index, uint256 length);
    /// @notice A constructor argument that would make the registry unusable (zero token, admin or minimum stake).
    error WitnessInvalidConfiguration();
    /// @notice A slash named no recipient for the slashed stake.
    error WitnessZeroRecipient();
    /// @notice The token delivered a different amount than was transferred (a fee or a rebase): stakes must be
    ///         exact, so such a token is refused.
    /// @param expected Tokens transferred.
    /// @param received Tokens that arrived.
    error WitnessTransferAmountMismatch(uint256 expected, uint256 received);
    /// @notice `activate` before the witness's seasoning has ended.
    /// @param witness The witness.
    /// @param seasonedAt When it ends (unix seconds).
    error WitnessNotSeasoned(address witness, uint256 seasonedAt);
    /// @notice A lock larger than the top tier guarantees (`maxLock`): no tier can be drawn for it.
    /// @param amount The lock asked for.
    /// @param maxLock The largest lock a draw serves.
    error WitnessLockTooLarge(uint256 amount, uint256 maxLock);
    /// @notice A tier index at or above `TIERS`.
    /// @param tier The tier given.
    /// @param tiers The number of tiers.
    error WitnessTierInvalid(uint256 tier, uint256 tiers);
    /// @notice A tier array of a region (0 = global) is at its capacity (2^26 − 1 members).
    /// @param region The region.
    /// @param tier The tier.
    error WitnessTierFull(uint256 region, uint256 tier);

    // Witness actions
    /// @notice Register with at least the minimum stake and a coarse region code (1..65535), or add stake to
    ///         an existing registration (same region). A registration starts the seasoning (`seasonedAt` =
    ///         now + `seasoning`): the witness is drawable at once only when the seasoning is 0, otherwise after
    ///         `activate` (a top-up after the seasoning ended does the same). A seasoned witness whose stake is back
    ///         at or above the minimum after a slash becomes drawable again at once; a top-up that crosses a tier
    ///         floor moves it to the higher tier.
    ///         Pulls `amount` tokens (approve first).
    /// @param amount Tokens to add to the stake.
    /// @param region The witness's region code; must equal its registered region when adding stake.
    function stake(uint256 amount, uint256 region) external;

    /// @notice Put a registered witness whose seasoning has ended into the draw arrays of its region and tier
    ///         (anyone may call; a keeper does). Does nothing when it is already there or cannot be drawn
    ///         (unstaking, or stake below the minimum).
    /// @param witness The witness.
    function activate(address witness) external;

    /// @notice Stop being drawn at once and start the unstake cooldown. Locked stake stays locked (and slashable)
    ///         until the claims module unlocks it.
    function requestUnstake() external;

    /// @notice After the cooldown, with nothing locked, take the whole stake back and leave the registry.
    /// @return amount Tokens sent to the witness.
    function withdrawStake() external returns (uint256 amount);

    // Claims module
    /// @notice `drawAt` from the eligible arrays as they are now (events report the current block as the snapshot).
    ///         Prefer `drawAt`: once the seed is public, anyone able to register or unstake before this call could
    ///         re-shape the arrays until the draw suits them.
    /// @param claimId The claim (mixed into every pick, so two claims with one seed draw independently).
    /// @param seed Randomness committed before it was known (an `IRandomnessSource` value).
    /// @param region The claimant's region code (1..65535), or 0 to draw from all regions.
    /// @param exclude Addresses that must not be drawn (the claimant, who is the filer, and the witnesses already
    ///        drawn); at most `MAX_EXCLUDED`.
    /// @param count Witnesses to draw, 1..`MAX_DRAW_COUNT`.
    /// @param lockAmount The stake each drawn witness must be able to carry (at most `maxLock`).
    /// @return witnesses The witnesses drawn, in pick order.
    function draw(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 lockAmount
    ) external returns (address[] memory witnesses);

    /// @notice Draw `count` distinct witnesses for `claimId` from the union of the tiers that can carry `lockAmount`
    ///         (tiers `lockTier(lockAmount)..TIERS-1`: every member's stake is at least `lockAmount`) of `region`, as
    ///         they stood at the end of block `snapshotBlock`, never any address in `exclude`. The region's union is
    ///         used only when it had at least `max(count, minRegionWitnesses)` members outside `exclude`; otherwise
    ///         the global union (every region). Emits `WitnessDrawRequested` then `WitnessesDrawn`. A witness that
    ///         left after the snapshot can still be drawn: while it is only unstaking its stake can still be locked;
    ///         once withdrawn (or with too little free stake) `lock` reverts and the claims module replaces it as it
    ///         would a decline.
    /// @param claimId The claim (mixed into every pick, so two claims with one seed draw independently).
    /// @param seed Randomness committed before it was known (an `IRandomnessSource` value).
    /// @param region The claimant's region code (1..65535), or 0 to draw from all regions.
    /// @param exclude Addresses that must not be drawn (the claimant, who is the filer, and the witnesses already
    ///        drawn); at most `MAX_EXCLUDED`.
    /// @param count Witnesses to draw, 1..`MAX_DRAW_COUNT`.
    /// @param snapshotBlock A past block, fixed before the seed could be known: the block before the one in which
    ///        the randomness was requested.
    /// @param lockAmount The stake each drawn witness must be able to carry (the claim's per-witness lock, at most
    ///        `maxLock`).
    /// @return witnesses The witnesses drawn, in pick order.
    function drawAt(
        uint256 claimId,
        uint256 seed,
        uint256 region,
        address[] calldata exclude,
        uint256 count,
        uint256 snapshotBlock,
        uint256 lockAmount
    ) external returns (address[] memory witnesses);

    /// @notice Lock `amount` of `witness`'s unlocked stake for `claimId` (added to what is already locked for it).
    /// @param witness The witness.
    /// @param claimId The claim the stake answers for.
    /// @param amount Tokens to lock; at most the witness's stake not yet locked.
    function lock(address witness, uint256 claimId, uint256 amount) external;

    /// @notice Release everything `witness` has locked for `claimId` (nothing happens if nothing is locked).
    /// @param witness The witness.
    /// @param claimId The claim.
    function unlock(address witness, uint256 claimId) external;

    /// @notice Slash up to `amount` of what `witness` locked for `claimId`; the tokens are owed to `to` (the claims
    ///         module, or the reports module for a fraud) and sent at once when the token moves. When it does not
    ///         (paused, or `to` blocked), the slash stands all the same and the tokens wait in `owedTo(to)` for
    ///         `payOwed`: a decision never waits for a transfer. A witness left below the minimum stake stops being
    ///         drawable; one left below its tier moves down.
    /// @param witness The witness.
    /// @param claimId The claim whose lock is slashed.
    /// @param amount The most to take.
    /// @param reason A tag for the record (e.g. the fraud report id or evidence hash).
    /// @param to Who the slashed tokens belong to from now on.
    /// @return slashed Tokens actually taken: `min(amount, locked for claimId)`.
    function slash(address witness, uint256 claimId, uint256 amount, bytes32 reason, address to)
        external
        returns (uint256 slashed);

    /// @notice Send `to` the slashed stake owed to it whose transfer could not be made at the slash. Anyone may call
    ///         it; the tokens go to `to` only.
    /// @param to The module the stake was slashed for.
    /// @return amount Tokens sent.
    function payOwed(address to) external returns (uint256 amount);

    /// @notice Slashed stake owed to `to` and not yet sent (the token could not move at the slash).
    function owedTo(address to) external view returns (uint256);

    /// @notice Sum of `owedTo` over every address.
    function totalOwed() external view returns (uint256);

    // Views
    /// @notice A witness's stake, locked part, region and whether it can be drawn.
    /// @param witness The address asked about.
    /// @return stakeAmount Its stake (0 if not registered).
    /// @return locked The part of it locked by claims.
    /// @return region Its region code (0 if not registered).
    /// @return eligible Whether it can be drawn now.
    /// @return unstakeAvailableAt When it may withdraw (0 if it has not asked to unstake).
    function witnessInfo(address witness)
        external
        view
        returns (uint256 stakeAmount, uint256 locked, uint256 region, bool eligible, uint256 unstakeAvailableAt);

    /// @notice When `witness`'s seasoning ends (0 if not registered).
    /// @param witness The address asked about.
    /// @return The time (unix seconds) from which it can be activated.
    function seasonedAt(address witness) external view returns (uint256);

    /// @notice Where `witness` was in the draw arrays at the end of block `blockNumber`.
    /// @param witness The address asked about.
    /// @param blockNumber A block number (the current one gives the current state).
    /// @return eligible Whether it was in the arrays.
    /// @return region Its region then (0 if not eligible).
    /// @return tier Its tier then (0 if not eligible).
    function placementAt(address witness, uint256 blockNumber)
        external
        view
        returns (bool eligible, uint256 region, uint256 tier);

    /// @notice How many witnesses of tier `tier` can be drawn in `region` (0 = all regions).
    /// @param region A region code, or 0 for all regions.
    /// @param tier A tier, 0..TIERS-1.
    /// @return The size of that eligible array.
    function eligibleCount(uint256 region, uint256 tier) external view returns (uint256);

    /// @notice The eligible array (`region`, `tier`) at `index`, as the draw indexes it.
    /// @param region A region code, or 0 for all regions.
    /// @param tier A tier, 0..TIERS-1.
    /// @param index A position below `eligibleCount(region, tier)`.
    /// @return The witness at that position.
    function eligibleAt(uint256 region, uint256 tier, uint256 index) external view returns (address);

    /// @notice How many witnesses of tier `tier` could be drawn in `region` at the end of block `blockNumber`.
    /// @param region A region code, or 0 for all regions.
    /// @param tier A tier, 0..TIERS-1.
    /// @param blockNumber A block number (the current one gives the current state).
    /// @return The size of that eligible array then.
    function eligibleCountAt(uint256 region, uint256 tier, uint256 blockNumber) external view returns (uint256);

    /// @notice The eligible array (`region`, `tier`) at `index`, at the end of block `blockNumber`.
    /// @param region A region code, or 0 for all regions.
    /// @param tier A tier, 0..TIERS-1.
    /// @param index A position below `eligibleCountAt(region, tier, blockNumber)`.
    /// @param blockNumber A block number.
    /// @return The witness at that position then.
    function eligibleAtBlock(uint256 region, uint256 tier, uint256 index, uint256 blockNumber)
        external
        view
        returns (address);

    /// @notice What `witness` has locked for `claimId`.
    /// @param witness The witness.
    /// @param claimId The claim.
    /// @return The locked amount.
    function lockedFor(address witness, uint256 claimId) external view returns (uint256);

    /// @notice Sum of all stakes; the registry's token balance is always `totalStaked() + totalOwed()`.
    /// @return The total.
    function totalStaked() external view returns (uint256);

    /// @notice The stake below which a witness cannot register and is not drawable (tier 0's floor).
    /// @return The minimum, in token units.
    function minimumStake() external view returns (uint256);

    /// @notice Seconds between `requestUnstake` and the earliest `withdrawStake`.
    /// @return The cooldown.
    function unstakeCooldown() external view returns (uint256);

    /// @notice Seconds from a registration to the earliest time the witness can be drawn.
    /// @return The seasoning period.
    function seasoning() external view returns (uint256);

    /// @notice The fewest witnesses outside the exclusions that a region's union must hold to be drawn from alone
    ///         (with `count`, whichever is larger); below it a draw uses all regions.
    /// @return The threshold.
    function minRegionWitnesses() external view returns (uint256);

    /// @notice The largest lock a draw serves: the top tier's floor, `minimumStake << (TIERS - 1)`.
    /// @return The amount.
    function maxLock() external view returns (uint256);

    /// @notice The lowest tier every member of which can carry `amount`: the smallest `t` with
    ///         `minimumStake << t >= amount`. Reverts `WitnessLockTooLarge` above `maxLock`.
    /// @param amount A per-witness lock.
    /// @return The tier.
    function lockTier(uint256 amount) external view returns (uint256);
}
