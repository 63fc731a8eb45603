// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {console} from "forge-std/console.sol";
import {ProtocolFixture} from "../../utils/ProtocolFixture.sol";
import {ProtocolHandler} from "./ProtocolHandler.sol";
import {Claim, ClaimState, WitnessSlot} from "../../../src/types/ClaimTypes.sol";
import {Payment} from "../../../src/types/PoolTypes.sol";

/// @notice System-wide properties over the REAL contracts wired as in production, checked after every handler call:
///         money is conserved across pool, registry, reports and claims manager; no claim and no person is paid
///         twice; a claim's payments go to its claimant and its three witnesses; a live slot's witness has exactly
///         the claim's lock.
contract ProtocolInvariantsTest is ProtocolFixture {
    ProtocolHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new ProtocolHandler(
            usd,
            _stablecoinKindOf(address(usd)),
            unit,
            pool,
            registry,
            source,
            manager,
            reports,
            operator,
            notaryKey,
            members
        );
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](30);
        selectors[0] = ProtocolHandler.join.selector;
        selectors[1] = ProtocolHandler.file.selector;
        selectors[2] = ProtocolHandler.review.selector;
        selectors[3] = ProtocolHandler.resolve.selector;
        selectors[4] = ProtocolHandler.arbitrate.selector;
        selectors[5] = ProtocolHandler.draw.selector;
        selectors[6] = ProtocolHandler.accept.selector;
        selectors[7] = ProtocolHandler.attest.selector;
        selectors[8] = ProtocolHandler.decline.selector;
        selectors[9] = ProtocolHandler.report.selector;
        selectors[10] = ProtocolHandler.expireReport.selector;
        selectors[11] = ProtocolHandler.approve.selector;
        selectors[12] = ProtocolHandler.settle.selector;
        selectors[13] = ProtocolHandler.markPaid.selector;
        selectors[14] = ProtocolHandler.release.selector;
        selectors[15] = ProtocolHandler.expire.selector;
        selectors[16] = ProtocolHandler.warp.selector;
        selectors[17] = ProtocolHandler.replaceNoShow.selector;
        // The main line of a claim's life gets more weight, so runs reach announcements, payouts and reports.
        selectors[18] = ProtocolHandler.draw.selector;
        selectors[19] = ProtocolHandler.review.selector;
        selectors[20] = ProtocolHandler.accept.selector;
        selectors[21] = ProtocolHandler.attest.selector;
        selectors[22] = ProtocolHandler.approve.selector;
        selectors[23] = ProtocolHandler.file.selector;
        selectors[24] = ProtocolHandler.advance.selector;
        selectors[25] = ProtocolHandler.advance.selector;
        selectors[26] = ProtocolHandler.advance.selector;
        // The token pauses and unpauses (USDC and USDT doubles), and what waited for it is moved.
        selectors[27] = ProtocolHandler.togglePause.selector;
        selectors[28] = ProtocolHandler.flush.selector;
        selectors[29] = ProtocolHandler.flush.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    function invariant_moneyIsConservedAcrossTheProtocol() public view {
        _assertConservation();
    }

    function invariant_noDecisionWaitsForTheToken() public view {
        assertEq(handler.violationDecisionWaitedForToken(), 0, "a decision reverted because the token was paused");
    }

    function invariant_noClaimAndNoPersonIsPaidTwice() public view {
        uint256 n = handler.claimCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.claimIds(i);
            assertLe(handler.approvals(id), 1, "claim queued twice");
            Claim memory c = manager.claim(id);
            assertLe(handler.nullifierApprovals(c.nullifier), 1, "person paid twice");
            if (c.paymentId != 0) {
                // The payout and the three commissions belong to this claim and go to its claimant and witnesses.
                assertEq(pool.payment(c.paymentId).recipient, c.claimant, "payout to the claimant");
                assertLe(c.approvedAmount, c.requestedAmount, "no more than requested");
                WitnessSlot[3] memory slots = manager.witnessSlots(id);
                for (uint256 k; k < 4; ++k) {
                    Payment memory p = pool.payment(c.paymentId + k);
                    assertEq(p.claimId, id, "payment of another claim");
                    if (k != 0) assertEq(p.recipient, slots[k - 1].witness, "commission to the slot's witness");
                }
            }
        }
    }

    function invariant_lockedStakeMatchesLiveSlots() public view {
        uint256 n = handler.claimCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.claimIds(i);
            Claim memory c = manager.claim(id);
            bool live = !c.stakesSettled && c.state != ClaimState.Rejected;
            for (uint256 s; s < 3; ++s) {
                address w = manager.witnessSlots(id)[s].witness;
                if (w == address(0)) continue;
                assertEq(registry.lockedFor(w, id), live ? c.stakeLock : 0, "lock of a live slot");
            }
        }
    }

    /// @dev Prints how often each action succeeded in the run (`-vv`), so shallow exploration is visible.
    function afterInvariant() external view {
        bytes32[14] memory actions = [
            bytes32("file"),
            "review",
            "fulfil",
            "draw",
            "accept",
            "attest",
            "replace",
            "report",
            "confirm",
            "approve",
            "settle",
            "markPaid",
            "release",
            "arbitrate"
        ];
        for (uint256 i; i < actions.length; ++i) {
            console.log(string(abi.encodePacked(actions[i])), handler.calls(actions[i]));
        }
    }
}
