// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ProtocolFixture} from "../utils/ProtocolFixture.sol";
import {IClaimParameters} from "../../src/interfaces/IClaimParameters.sol";
import {ClaimState, ClaimParameter} from "../../src/types/ClaimTypes.sol";

/// @notice Governance cannot break the protocol within the parameters' allowed ranges: each parameter is set to each
///         end of its range (the others at their defaults, the relations of `ClaimParameters` included) and a claim
///         runs from filing to payout and released stakes on the real contracts, with conservation checked. Just
///         outside each end the value is refused.
/// @dev Review finding 7: `StakeLock = 0` was accepted and bricked every draw; a lock above every witness's stake made
///      every draw skip. The pool here is large enough (130 members) for the largest commission to be payable
///      within the payment window, and three witnesses stake the registry's largest lock.
contract ParameterBoundsTest is ProtocolFixture {
    uint256 internal constant MAX_UINT96 = type(uint96).max;
    uint256 internal constant AMOUNT = 100;

    function setUp() public override {
        super.setUp();
        for (uint256 i; i < 100; ++i) {
            address m = makeAddr(string.concat("extra member", vm.toString(i)));
            members.push(m);
            _join(m, 1000 * unit);
        }
        uint256 maxLock = registry.maxLock();
        for (uint256 i; i < 3; ++i) {
            address w = makeAddr(string.concat("deep-pocketed witness", vm.toString(i)));
            _mintTokens(address(usd), w, maxLock);
            _approveAs(address(usd), w, address(registry), maxLock);
            vm.startPrank(w);
            registry.stake(maxLock, REGION);
            vm.stopPrank();
        }
        _advance(WAITING + 1 days);
    }

    function test_property_everyParameterAtEachEndOfItsRangeRunsAClaimToPayout() public {
        uint256 maxLock = registry.maxLock();
        uint256 notice = pool.exitNotice();
        uint256[17] memory d = _defaults();
        uint256 cases;
        cases += _bothEnds(
            ClaimParameter.ClaimCap, AMOUNT * unit, maxLock * 3 * 10_000 / d[uint256(ClaimParameter.StakeCoverBps)]
        );
        cases += _bothEnds(ClaimParameter.Commission, 0, d[uint256(ClaimParameter.StakeLock)]);
        cases += _bothEnds(ClaimParameter.StakeLock, d[uint256(ClaimParameter.Commission)], maxLock);
        cases += _bothEnds(ClaimParameter.ReviewWindow, 1 hours, 730 days);
        cases += _bothEnds(ClaimParameter.DrawWindow, 1 hours, 730 days);
        cases += _bothEnds(ClaimParameter.AcceptWindow, 1 hours, 730 days);
        cases += _bothEnds(ClaimParameter.AttestationWindow, 1 hours, 730 days);
        cases += _bothEnds(ClaimParameter.ArbitrationWindow, 1 hours, 730 days);
        cases += _bothEnds(
            ClaimParameter.AnnouncementWindow, 1 hours, notice - d[uint256(ClaimParameter.InvestigationWindow)]
        );
        cases += _bothEnds(
            ClaimParameter.InvestigationWindow, 1 hours, notice - d[uint256(ClaimParameter.AnnouncementWindow)]
        );
        cases += _bothEnds(ClaimParameter.FraudReportWindow, 1 hours, 730 days);
        cases += _bothEnds(ClaimParameter.ReportBond, 1, MAX_UINT96);
        cases += _bothEnds(ClaimParameter.ReporterRewardBps, 0, 10_000);
        cases += _bothEnds(ClaimParameter.NoShowSliceBps, 0, 10_000);
        cases += _bothEnds(ClaimParameter.StakeCoverBps, 0, params.MAX_STAKE_COVER_BPS());
        cases += _bothEnds(ClaimParameter.PaymentWindow, EPOCH, 730 days);
        cases += _bothEnds(ClaimParameter.DismissedBondToMembers, 0, 1);
        assertEq(cases, 34, "every end of every parameter");
    }

    function test_property_justOutsideEachEndIsRefused() public {
        uint256 maxLock = registry.maxLock();
        uint256[17] memory d = _defaults();
        _refused(ClaimParameter.ClaimCap, 0);
        _refused(ClaimParameter.ClaimCap, maxLock * 3 * 10_000 / d[uint256(ClaimParameter.StakeCoverBps)] + 1);
        _refused(ClaimParameter.Commission, d[uint256(ClaimParameter.StakeLock)] + 1);
        _refused(ClaimParameter.StakeLock, 0);
        _refused(ClaimParameter.StakeLock, d[uint256(ClaimParameter.Commission)] - 1);
        _refused(ClaimParameter.StakeLock, maxLock + 1);
        _refused(ClaimParameter.ReviewWindow, 1 hours - 1);
        _refused(ClaimParameter.ReviewWindow, 730 days + 1);
        _refused(
            ClaimParameter.AnnouncementWindow, pool.exitNotice() - d[uint256(ClaimParameter.InvestigationWindow)] + 1
        );
        _refused(
            ClaimParameter.InvestigationWindow, pool.exitNotice() - d[uint256(ClaimParameter.AnnouncementWindow)] + 1
        );
        _refused(ClaimParameter.ReportBond, 0);
        _refused(ClaimParameter.ReportBond, MAX_UINT96 + 1);
        _refused(ClaimParameter.ReporterRewardBps, 10_001);
        _refused(ClaimParameter.NoShowSliceBps, 10_001);
        _refused(ClaimParameter.StakeCoverBps, params.MAX_STAKE_COVER_BPS() + 1);
        _refused(ClaimParameter.PaymentWindow, EPOCH - 1);
        _refused(ClaimParameter.DismissedBondToMembers, 2);
    }

    // ───────────────────────────── helpers ─────────────────────────────

    function _bothEnds(ClaimParameter which, uint256 low, uint256 high) internal returns (uint256) {
        _caseAt(which, low, 2 * uint256(which));
        _caseAt(which, high, 2 * uint256(which) + 1);
        return 2;
    }

    /// @dev Sets one parameter (the timelock's checks run; only its waiting is skipped), runs a claim to payout and
    ///      released stakes, then restores the state for the next case.
    function _caseAt(ClaimParameter which, uint256 value, uint256 caseNumber) internal {
        uint256 snapshot = vm.snapshotState();
        vm.prank(address(timelock));
        params.setParameter(which, value);
        _payout(members[caseNumber % 20], caseNumber);
        vm.revertToState(snapshot);
    }

    function _payout(address who, uint256 caseNumber) internal {
        uint256 id = _file(who, AMOUNT * unit, REGION);
        _review(id);
        _draw(id, keccak256(abi.encode("bounds", caseNumber)));
        _acceptAll(id);
        _attestAll(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced), "announced");
        _advance(manager.claim(id).deadline + 1 - block.timestamp);
        manager.approveClaim(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Approved), "approved");
        while (!manager.isFullyPaid(id)) {
            _settle();
            if (!manager.isFullyPaid(id)) _advance(EPOCH);
        }
        manager.markPaid(id);
        _advance(manager.claim(id).deadline + 1 - block.timestamp);
        manager.releaseStakes(id);
        assertTrue(manager.claim(id).stakesSettled, "stakes released");
        _assertConservation();
    }

    function _refused(ClaimParameter which, uint256 value) internal {
        vm.prank(address(timelock));
        (bool ok, bytes memory reason) = address(params).call(abi.encodeCall(params.setParameter, (which, value)));
        assertFalse(ok, "refused");
        bytes4 selector = bytes4(reason);
        assertTrue(
            selector == IClaimParameters.ClaimsInvalidParameter.selector
                || selector == IClaimParameters.ClaimsParameterConflict.selector,
            "refused as out of range or in conflict"
        );
    }
}
