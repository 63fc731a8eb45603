// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ClaimParameter} from "../../src/types/ClaimTypes.sol";

/// @notice DESIGN.md's default claim parameters, for a token whose whole unit is `unit`, in one place for every
///         fixture: claim cap 100 000 · commission 50 · stake lock 5 000 · review 7 d · draw 3 d · accept 3 d ·
///         attest 14 d · arbitration 14 d · announcement 7 d · investigation 30 d · report window 180 d ·
///         bond 100 · reward 10 % · no-show slice 5 % · stake cover k = 1.0 · payment window 180 d · dismissed
///         bonds to the operator.
function designClaimParameters(uint256 unit) pure returns (uint256[17] memory p) {
    p[uint256(ClaimParameter.ClaimCap)] = 100_000 * unit;
    p[uint256(ClaimParameter.Commission)] = 50 * unit;
    p[uint256(ClaimParameter.StakeLock)] = 5000 * unit;
    p[uint256(ClaimParameter.ReviewWindow)] = 7 days;
    p[uint256(ClaimParameter.DrawWindow)] = 3 days;
    p[uint256(ClaimParameter.AcceptWindow)] = 3 days;
    p[uint256(ClaimParameter.AttestationWindow)] = 14 days;
    p[uint256(ClaimParameter.ArbitrationWindow)] = 14 days;
    p[uint256(ClaimParameter.AnnouncementWindow)] = 7 days;
    p[uint256(ClaimParameter.InvestigationWindow)] = 30 days;
    p[uint256(ClaimParameter.FraudReportWindow)] = 180 days;
    p[uint256(ClaimParameter.ReportBond)] = 100 * unit;
    p[uint256(ClaimParameter.ReporterRewardBps)] = 1000;
    p[uint256(ClaimParameter.NoShowSliceBps)] = 500;
    p[uint256(ClaimParameter.StakeCoverBps)] = 10_000;
    p[uint256(ClaimParameter.PaymentWindow)] = 180 days;
    p[uint256(ClaimParameter.DismissedBondToMembers)] = 0;
}

/// @dev The least exit notice the default claim parameters allow: the announcement plus one investigation.
uint256 constant DESIGN_EXIT_NOTICE = 37 days;
/// @dev A governance delay above the design exit notice, one 14-day epoch and the one-day settlement slack.
uint256 constant DESIGN_GOVERNANCE_DELAY = 53 days;
