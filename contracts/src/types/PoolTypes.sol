// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Where a member stands in its life cycle.
/// @dev `Waiting` and `Covered` are both stored as `Active`; they differ only by the coverage start time,
///      which is why `IMutualPool.statusOf` derives them instead of storing them.
enum MemberStatus {
    /// @dev Never joined (or the record was cleared after a full withdrawal).
    None,
    /// @dev Counted in every settlement and charged through the index; covered once `coverageStart` has passed.
    Active,
    /// @dev Coverage ended at the request; still charged for every epoch up to and including `exitEpoch`.
    ExitRequested,
    /// @dev Balance fell below the minimum: no longer charged, no longer covered; keeps what is left. May top up
    ///      back in, unless the address was expelled.
    Lapsed,
    /// @dev Withdrew everything after an exit or a lapse. May join again with a new identity commitment, unless
    ///      the address was expelled (`IMutualPool.isExpelled`).
    Exited
}

/// @notice Status as a member reads it (the stored status plus the waiting-period distinction).
enum MemberView {
    None,
    Waiting,
    Covered,
    ExitRequested,
    Lapsed,
    Exited
}

/// @notice One member's record in a single storage slot; it is also a node of the sorted list of keys.
/// @dev Members are numbered from 1 at their first join (`memberIdOf`), and the list links by number, which
///      is what lets the whole record fit one slot. While the member is `Active` or `ExitRequested`, `key` is
///      the lazy balance key `deposits − withdrawals + index at join` (balance = key − index). Once `Lapsed`,
///      `key` holds the frozen balance itself. `linked` says whether the record is in the sorted list.
struct Member {
    uint32 prev;
    uint32 next;
    int96 key;
    uint40 coverageStart;
    uint32 exitEpoch;
    MemberStatus status;
    bool linked;
}

/// @notice The sorted list of member keys: its ends and size, sharing one storage slot with the two member
///         counters that change on the same calls (the id counter and the sum of active keys).
/// @dev Packing these saves a storage write on every join and top-up. `SortedMembers` uses only `head`,
///      `tail` and `size`; the pool keeps the other two.
struct MemberList {
    uint32 head;
    uint32 tail;
    uint32 size;
    /// @dev Ids handed out so far (the next member is `lastMemberId + 1`).
    uint32 lastMemberId;
    /// @dev Σ keys of the members counted at the next settlement.
    int128 activeKeySum;
}

/// @notice A payment queued by the claims module: a claim's payout or a witness commission.
/// @dev Paid at settlement, in queue order, possibly in instalments (`remaining` falls until zero).
struct Payment {
    uint256 claimId;
    address recipient;
    uint96 remaining;
    uint32 epoch;
}

/// @notice What the settlement of one epoch did, kept so anyone can read it back.
struct EpochRecord {
    /// @dev Cumulative index right after the epoch was settled (0 while unsettled).
    int256 indexAfter;
    /// @dev Members counted (the divisor N_e).
    uint64 members;
    /// @dev Per-member share charged, in token units.
    uint128 share;
    /// @dev Whether the epoch has been settled.
    bool settled;
}
