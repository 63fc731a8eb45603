// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {MutualPool} from "../../../src/MutualPool.sol";
import {ClaimsManager} from "../../../src/ClaimsManager.sol";
import {FraudReports} from "../../../src/FraudReports.sol";
import {ClaimParameters} from "../../../src/ClaimParameters.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {StablecoinLib} from "../../doubles/Stablecoins.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {
    Claim,
    ClaimState,
    ReviewReason,
    WitnessSlot,
    SlotStatus,
    FraudReport,
    ReportOutcome,
    ClaimParameter
} from "../../../src/types/ClaimTypes.sol";
import {MockWitnessRegistry} from "../../mocks/MockWitnessRegistry.sol";
import {MockRandomnessSource} from "../../mocks/MockRandomnessSource.sol";

/// @notice Drives the claim lifecycle at random — filing, review, draws, accept, decline, attest, no-show
///         replacement, arbitration, approval, settlement, markPaid, reports, resolution, every deadline, the
///         run-off and time — and keeps ghost records of every state change and every approval.
contract ClaimsHandler is Test {
    struct Deps {
        MutualPool pool;
        ClaimsManager manager;
        FraudReports reports;
        ClaimParameters params;
        MockWitnessRegistry registry;
        MockRandomnessSource rng;
        IERC20 usd;
        TimelockController timelock;
        address operator;
        uint256 notaryKey;
        address notary;
    }

    uint256 public constant MAX_CLAIMS = 12;

    MutualPool internal pool;
    ClaimsManager internal manager;
    FraudReports internal reports;
    ClaimParameters internal params;
    MockWitnessRegistry internal registry;
    MockRandomnessSource internal rng;
    IERC20 internal usd;
    TimelockController internal timelock;
    address internal operator;
    uint256 internal notaryKey;
    address internal notary;
    address[] internal members;
    uint256 internal unit;

    // ghosts
    mapping(uint256 claimId => ClaimState) public lastState;
    mapping(uint256 claimId => uint256) public ghostApprovals;
    mapping(bytes32 nullifier => uint256) public ghostNullifierApprovals;
    bytes32[] public nullifiersSeen;
    uint256 public illegalTransitions;
    string public lastIllegal;
    uint256 public docNonce;
    mapping(bytes32 action => uint256) public calls;
    /// @notice How many times each state was entered (to see that the run reaches every branch).
    mapping(ClaimState state => uint256) public reached;

    constructor(Deps memory d, address[] memory members_, uint256 unit_) {
        pool = d.pool;
        manager = d.manager;
        reports = d.reports;
        params = d.params;
        registry = d.registry;
        rng = d.rng;
        usd = d.usd;
        timelock = d.timelock;
        operator = d.operator;
        notaryKey = d.notaryKey;
        notary = d.notary;
        members = members_;
        unit = unit_;
    }

    modifier observe(bytes32 action) {
        calls[action]++;
        _;
        _observe();
    }

    // ───────────────────────────── actions ─────────────────────────────

    function file(uint256 memberSeed, uint256 amount, uint256 backdate) external observe("file") {
        if (manager.claimCount() >= MAX_CLAIMS) return;
        address who = members[memberSeed % members.length];
        amount = bound(amount, 1, 250) * unit;
        uint256 diagnosedAt = block.timestamp - bound(backdate, 0, 1 days);
        bytes32 doc = keccak256(abi.encode("doc", ++docNonce));
        uint256 region = 1 + (memberSeed % 3);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(notaryKey, manager.diagnosisDigest(who, doc, diagnosedAt, region));
        vm.prank(who);
        try manager.fileClaim(doc, diagnosedAt, amount, region, notary, abi.encodePacked(r, s, v)) {} catch {}
    }

    function review(uint256 claimSeed, uint256 approveSeed, uint256 pct, uint256 reasonSeed, uint256 personSeed)
        external
        observe("review")
    {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        Claim memory c = manager.claim(id);
        uint256 amount = c.requestedAmount * bound(pct, 1, 100) / 100;
        if (amount == 0) amount = 1;
        // A few people behind many addresses: nullifiers collide on purpose.
        bytes32 nullifier = keccak256(abi.encode("person", personSeed % 5));
        bool approve = approveSeed % 5 != 0;
        ReviewReason reason = approve ? ReviewReason.None : ReviewReason(1 + reasonSeed % 7);
        vm.prank(operator);
        try manager.review(id, approve, amount, reason, nullifier) {} catch {}
    }

    function draw(uint256 claimSeed, uint256 value) external observe("draw") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        uint256 req = manager.claim(id).randomnessRequest;
        if (req == 0) return;
        (bool ready, bool expired,) = rng.randomness(req);
        if (!ready && !expired) {
            vm.roll(block.number + 2);
            rng.fulfill(req, value);
        }
        try manager.drawWitnesses(id) {} catch {}
    }

    function accept(uint256 claimSeed) external observe("accept") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        _accept(id);
    }

    function _accept(uint256 id) internal {
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 slot; slot < 3; ++slot) {
            if (slots[slot].status != SlotStatus.Drawn) continue;
            vm.prank(slots[slot].witness);
            try manager.acceptWitness(id, slot) {} catch {}
            return;
        }
    }

    function decline(uint256 claimSeed, uint256 slot) external observe("decline") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        slot %= 3;
        address w = manager.witnessSlots(id)[slot].witness;
        vm.prank(w);
        try manager.declineWitness(id, slot) {} catch {}
    }

    function attest(uint256 claimSeed, uint256 approveSeed) external observe("attest") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        _attest(id, approveSeed % 8 != 0); // mostly approvals, sometimes a rejection
    }

    function _attest(uint256 id, bool approve) internal {
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 slot; slot < 3; ++slot) {
            if (slots[slot].status != SlotStatus.Accepted) continue;
            vm.prank(slots[slot].witness);
            try manager.attest(id, slot, keccak256(abi.encode(id, slot)), approve) {} catch {}
            return;
        }
    }

    /// @notice Takes the natural next step of a claim (as the honest party would), so runs go deep.
    function progress(uint256 claimSeed, uint256 personSeed) external observe("progress") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        Claim memory c = manager.claim(id);
        if (c.state == ClaimState.Filed) {
            vm.prank(operator);
            try manager.review(
                id, true, c.requestedAmount, ReviewReason.None, keccak256(abi.encode("person", personSeed % 5))
            ) {}
                catch {}
        } else if (c.state == ClaimState.Reviewed || (c.state == ClaimState.WitnessesDrawn && c.randomnessRequest != 0))
        {
            this.draw(claimSeed, uint256(keccak256(abi.encode(id, block.number))));
        } else if (c.state == ClaimState.WitnessesDrawn) {
            _accept(id);
            _attest(id, true);
        } else if (c.state == ClaimState.Announced || c.state == ClaimState.UnderArbitration) {
            try manager.approveClaim(id) {} catch {}
        } else if (c.state == ClaimState.Approved) {
            // A keeper waits for the epoch to end, then settles.
            vm.warp(pool.genesis() + (pool.currentEpoch() + 1) * pool.epochLength());
            this.settle();
            try manager.markPaid(id) {} catch {}
        }
    }

    function replace(uint256 claimSeed, uint256 slot) external observe("replace") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        try manager.replaceWitness(id, slot % 3) {} catch {}
    }

    function arbitrate(uint256 claimSeed, uint256 upholdSeed) external observe("arbitrate") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        vm.prank(operator);
        try manager.arbitrate(id, upholdSeed % 2 == 0) {} catch {}
    }

    function approveClaim(uint256 claimSeed) external observe("approve") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        try manager.approveClaim(id) {} catch {}
    }

    /// @notice Settles every epoch that has ended (bounded), as keepers would.
    function settle() external observe("settle") {
        for (uint256 k; k < 12 && pool.nextEpochToSettle() < pool.currentEpoch(); ++k) {
            while (pool.lapsesPending()) pool.processLapses(50);
            try pool.settleEpoch() {} catch {}
        }
    }

    function markPaid(uint256 claimSeed) external observe("markPaid") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        try manager.markPaid(id) {} catch {}
    }

    function releaseStakes(uint256 claimSeed) external observe("release") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        try manager.releaseStakes(id) {} catch {}
    }

    function expire(uint256 claimSeed) external observe("expire") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        try manager.expireClaim(id) {} catch {}
    }

    function report(uint256 claimSeed, uint256 reporterSeed) external observe("report") {
        uint256 id = _claimId(claimSeed);
        if (id == 0) return;
        address reporter = address(uint160(0xBEEF00 + reporterSeed % 4));
        uint256 bond = params.parameter(ClaimParameter.ReportBond);
        StablecoinLib.mint(StablecoinLib.envKind(), address(usd), reporter, bond);
        StablecoinLib.approveAs(StablecoinLib.envKind(), address(usd), reporter, address(reports), bond);
        vm.startPrank(reporter);
        bytes32 evidence = keccak256(abi.encode("evidence", id, reporter));
        try reports.reportFraud(id, reports.reportCommitment(reporter, id, evidence, evidence)) returns (uint256 rid) {
            reports.revealEvidence(rid, evidence, evidence);
        } catch {}
        vm.stopPrank();
    }

    function resolve(uint256 reportSeed, uint256 confirmSeed) external observe("resolve") {
        uint256 n = reports.reportCount();
        if (n == 0) return;
        vm.prank(operator);
        try reports.resolveReport(1 + reportSeed % n, confirmSeed % 2 == 0) {} catch {}
    }

    function expireReport(uint256 reportSeed) external observe("expireReport") {
        uint256 n = reports.reportCount();
        if (n == 0) return;
        try reports.expireReport(1 + reportSeed % n) {} catch {}
    }

    function withdrawFees(uint256 amount) external observe("fees") {
        uint256 fees = reports.operatorFees();
        if (fees == 0) return;
        vm.prank(operator);
        reports.withdrawOperatorFees(bound(amount, 1, fees));
    }

    function warp(uint256 secondsForward) external observe("warp") {
        // Mostly short steps (so parties act before their deadlines), now and then a long one (so deadlines pass).
        uint256 step =
            secondsForward % 8 == 0 ? bound(secondsForward, 4 days, 40 days) : bound(secondsForward, 1 hours, 2 days);
        vm.warp(block.timestamp + step);
        vm.roll(block.number + 1);
    }

    function startRunOff(uint256 chance) external observe("runOff") {
        if (chance % 20 != 0 || params.runOffStartedAt() != 0) return;
        vm.startPrank(address(timelock));
        pool.startRunOff();
        params.startRunOff();
        vm.stopPrank();
    }

    // ───────────────────────────── ghosts ─────────────────────────────

    /// @dev A claim still in play when there is one (searched from a random start), so that actions go deep;
    ///      otherwise any claim (so that calls on final claims are exercised too).
    function _claimId(uint256 seed) internal view returns (uint256) {
        uint256 n = manager.claimCount();
        if (n == 0) return 0;
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (seed % n + k) % n;
            Claim memory c = manager.claim(id);
            if (c.state != ClaimState.Rejected && c.state != ClaimState.FraudConfirmed && !c.stakesSettled) return id;
        }
        return 1 + seed % n;
    }

    function _observe() internal {
        uint256 n = manager.claimCount();
        for (uint256 id = 1; id <= n; ++id) {
            Claim memory c = manager.claim(id);
            ClaimState prev = lastState[id];
            if (c.state != prev) {
                if (!_legal(prev, c.state)) {
                    ++illegalTransitions;
                    lastIllegal = string.concat(vm.toString(uint256(prev)), "->", vm.toString(uint256(c.state)));
                }
                // An approval is the entry from the announcement; coming back from an investigation that ended
                // without fraud (a dismissed or expired report) resumes the same approval.
                if (c.state == ClaimState.Approved && prev != ClaimState.UnderInvestigation) {
                    ghostApprovals[id]++;
                    if (ghostNullifierApprovals[c.nullifier]++ == 0) nullifiersSeen.push(c.nullifier);
                }
                lastState[id] = c.state;
                reached[c.state]++;
            }
        }
    }

    function _legal(ClaimState from, ClaimState to) internal pure returns (bool) {
        if (from == ClaimState.None) return to == ClaimState.Filed;
        if (from == ClaimState.Filed) return to == ClaimState.Reviewed || to == ClaimState.Rejected;
        if (from == ClaimState.Reviewed) return to == ClaimState.WitnessesDrawn || to == ClaimState.Rejected;
        if (from == ClaimState.WitnessesDrawn) {
            return to == ClaimState.Announced || to == ClaimState.UnderArbitration || to == ClaimState.Rejected;
        }
        if (from == ClaimState.UnderArbitration) return to == ClaimState.WitnessesDrawn || to == ClaimState.Rejected;
        // Several reports may be open, so a claim may stay UnderInvestigation across them; an approved claim can
        // be reported until it is marked paid.
        if (from == ClaimState.Announced) {
            return to == ClaimState.UnderInvestigation || to == ClaimState.Approved || to == ClaimState.Rejected;
        }
        if (from == ClaimState.UnderInvestigation) {
            return to == ClaimState.Announced || to == ClaimState.Approved || to == ClaimState.Paid
                || to == ClaimState.Rejected || to == ClaimState.FraudConfirmed;
        }
        if (from == ClaimState.Approved) return to == ClaimState.Paid || to == ClaimState.UnderInvestigation;
        if (from == ClaimState.Paid) return to == ClaimState.UnderInvestigation;
        return false; // Rejected and FraudConfirmed are terminal; Attested is never stored
    }

    function nullifierCount() external view returns (uint256) {
        return nullifiersSeen.length;
    }
}
