// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Where a claim stands. docs/claim-lifecycle.md has the full machine with every deadline.
/// @dev A claim is in exactly one state at a time (one stored field). `Attested` is passed through in the
///      transaction of the third approving attestation (event `ClaimAttested`) and stored as `Announced`.
enum ClaimState {
    /// @dev No claim with this id.
    None,
    /// @dev Filed with a notarised diagnosis; waiting for operator review until `deadline`.
    Filed,
    /// @dev Approved by the operator; waiting for the randomness of the witness draw until `deadline`.
    Reviewed,
    /// @dev At least one witness slot is filled; waiting for acceptances and attestations (per-slot deadlines).
    WitnessesDrawn,
    /// @dev Three approvals recorded (transient: stored as `Announced` in the same transaction).
    Attested,
    /// @dev Public announcement; reports open until `deadline`, then anyone may approve.
    Announced,
    /// @dev Queued in the pool (payout plus witness commissions); paid at settlement. At `deadline` (the payment
    ///      window) whatever the pool could not pay is cancelled (`markPaid` closes the claim in part).
    Approved,
    /// @dev The payout was paid in full, or closed in part at the end of the payment window; fraud reports open
    ///      until `deadline`.
    Paid,
    /// @dev Terminal: refused (see `ReviewReason`).
    Rejected,
    /// @dev A witness rejected; the operator arbitrates until `deadline`.
    UnderArbitration,
    /// @dev A fraud report is open; the operator investigates until the report's deadline.
    UnderInvestigation,
    /// @dev Terminal: fraud confirmed after payout, recorded for legal recovery.
    FraudConfirmed
}

/// @notice Why a claim was rejected. The operator uses the first group at review; the contract sets the rest.
enum ReviewReason {
    /// @dev No reason (not a rejection).
    None,
    /// @dev The diagnosis falls inside the waiting period.
    WaitingPeriod,
    /// @dev The illness is not a covered critical illness.
    NotCoveredIllness,
    /// @dev The documents are invalid, inconsistent or forged.
    DocumentsInvalid,
    /// @dev The patient (by keyed nullifier) was already paid, or is claiming through another address.
    DuplicatePerson,
    /// @dev The claimant's identity preimage does not match the member's commitment.
    IdentityMismatch,
    /// @dev The claimed amount is not supported by the documents.
    AmountUnsupported,
    /// @dev Any other reason, explained off chain under the claim id.
    Other,
    /// @dev Set by the contract: the operator did not review before the review deadline.
    ReviewTimedOut,
    /// @dev Set by the contract: no witnesses could be drawn before the draw deadline.
    WitnessesUnavailable,
    /// @dev Set by the operator at arbitration: a witness's rejection was upheld.
    WitnessRejected,
    /// @dev Set by the contract: the operator did not arbitrate before the deadline; the rejection stands.
    ArbitrationTimedOut,
    /// @dev Set by the operator when confirming a fraud report during the announcement.
    FraudConfirmed,
    /// @dev Set by the contract: the run-off honour period ended before the claim's announcement did.
    RunOffEnded,
    /// @dev The patient (by keyed nullifier) was expelled for a confirmed fraud: no new payout to that person.
    PersonExpelled
}

/// @notice What a witness slot of a claim holds.
enum SlotStatus {
    /// @dev Empty: waiting for a (re)draw.
    Empty,
    /// @dev Drawn, stake locked; must accept before the slot deadline.
    Drawn,
    /// @dev Accepted; must attest before the slot deadline.
    Accepted,
    /// @dev Attested that the claim is genuine.
    Approved,
    /// @dev Attested against the claim (sent the claim to arbitration).
    Rejected
}

/// @notice One witness slot of a claim.
struct WitnessSlot {
    address witness;
    SlotStatus status;
    /// @dev Accept deadline while `Drawn`, attestation deadline while `Accepted`.
    uint40 deadline;
    /// @dev Hash of the signed visit report once attested.
    bytes32 reportHash;
}

/// @notice A claim. `deadline` is the deadline of the current waiting state (0 when it has none).
struct Claim {
    address claimant;
    ClaimState state;
    ReviewReason reason;
    uint16 region;
    uint40 diagnosedAt;
    uint40 filedAt;
    uint40 deadline;
    uint96 requestedAmount;
    uint96 approvedAmount;
    /// @dev Commission per witness, fixed when the claim is approved by the operator.
    uint96 commission;
    /// @dev Stake locked per drawn witness, fixed when the claim is approved by the operator.
    uint96 stakeLock;
    /// @dev Whether the witnesses' stakes were released (after the fraud-report window) or slashed.
    bool stakesSettled;
    bytes32 documentHash;
    address notary;
    /// @dev Keyed nullifier (HMAC of the patient's identity with the operator's secret), set at review.
    bytes32 nullifier;
    /// @dev The randomness request the next draw will use (0 when none is needed).
    uint256 randomnessRequest;
    /// @dev The pool payment id of the payout (commission payments follow it).
    uint256 paymentId;
    /// @dev How many fraud reports on the claim are open (the claim is `UnderInvestigation` while any is).
    uint256 openReports;
    /// @dev While `UnderInvestigation`: the state to return to once every open report is dismissed or expired.
    ClaimState resumeState;
    /// @dev The registry snapshot of the pending draw: the block before `randomnessRequest` was made (packed with
    ///      `resumeState`). Kept after the draw so the last draw can be recomputed from storage too.
    uint64 snapshotBlock;
}

/// @notice How a fraud report ended.
enum ReportOutcome {
    /// @dev Open, under investigation.
    Open,
    /// @dev Fraud confirmed: bond back plus reward; witnesses slashed.
    Confirmed,
    /// @dev Report rejected: the bond became the operator's investigation fee.
    Dismissed,
    /// @dev Not answered before the deadline: bond back, the claim went on.
    Expired,
    /// @dev The claim ended through another report while this one was open: bond back.
    Superseded
}

/// @notice A fraud report by a supervisor (any address).
/// @dev Committed, then revealed: `commitment = keccak256(abi.encode(reporter, claimId, evidenceHash, salt))`, so a
///      copy of the report from the mempool binds the copier's address and can never be revealed with the evidence.
struct FraudReport {
    uint256 claimId;
    address reporter;
    uint96 bond;
    uint40 deadline;
    ReportOutcome outcome;
    /// @dev The claim state to return to if the report is dismissed or expires (`Announced`, `Approved` or `Paid`).
    ClaimState resumeState;
    /// @dev The evidence's hash once revealed (0 until then).
    bytes32 evidenceHash;
    /// @dev What the reporter committed to when filing.
    bytes32 commitment;
}

/// @notice Parameters governance may change through the timelock.
enum ClaimParameter {
    ClaimCap,
    Commission,
    StakeLock,
    ReviewWindow,
    DrawWindow,
    AcceptWindow,
    AttestationWindow,
    ArbitrationWindow,
    AnnouncementWindow,
    InvestigationWindow,
    FraudReportWindow,
    ReportBond,
    ReporterRewardBps,
    NoShowSliceBps,
    /// @dev k, in basis points: the three witnesses' locks together cover at least k × the approved amount.
    StakeCoverBps,
    /// @dev Seconds an approved claim waits for its instalments; what is unpaid then is cancelled.
    PaymentWindow,
    /// @dev Where a dismissed report's bond goes: 0 = the operator's investigation fee (the seed's rule), 1 = all
    ///      members.
    DismissedBondToMembers
}
