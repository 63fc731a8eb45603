// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {PoolFixture} from "./PoolFixture.sol";
import {ClaimsManager} from "../../src/ClaimsManager.sol";
import {FraudReports} from "../../src/FraudReports.sol";
import {ClaimParameters} from "../../src/ClaimParameters.sol";
import {IClaimsManager} from "../../src/interfaces/IClaimsManager.sol";
import {IClaimParameters} from "../../src/interfaces/IClaimParameters.sol";
import {IWitnessRegistry} from "../../src/interfaces/IWitnessRegistry.sol";
import {IRandomnessSource} from "../../src/interfaces/IRandomnessSource.sol";
import {Claim, ClaimState, ReviewReason, WitnessSlot, SlotStatus, ClaimParameter} from "../../src/types/ClaimTypes.sol";
import {designClaimParameters, DESIGN_EXIT_NOTICE, DESIGN_GOVERNANCE_DELAY} from "./ClaimDefaults.sol";
import {MockWitnessRegistry} from "../mocks/MockWitnessRegistry.sol";
import {MockRandomnessSource} from "../mocks/MockRandomnessSource.sol";

/// @notice Shared setup for the claims tests: the real pool (6-decimal stablecoin, 14-day epochs, 90-day waiting
///         period, minimum 10 units) with 30 covered members, a mock witness registry holding real stakes of
///         six witnesses (three in region 1, three in region 2), a mock randomness source, the parameter store,
///         the claims manager and the fraud-reports module, all wired as in deployment.
abstract contract ClaimsFixture is PoolFixture {
    uint16 internal constant REGION = 1;
    uint16 internal constant OTHER_REGION = 2;
    uint256 internal constant MEMBERS = 30;

    MockWitnessRegistry internal registry;
    MockRandomnessSource internal rng;
    ClaimParameters internal params;
    ClaimsManager internal manager;
    FraudReports internal reports;

    address internal operator = makeAddr("operator");
    address internal outsider = makeAddr("outsider");
    address internal reporter = makeAddr("reporter");
    uint256 internal notaryKey = 0xA11CE;
    address internal notary;

    address[] internal members;
    address[] internal witnesses;
    address internal claimant;

    function setUp() public virtual override {
        _deploy(6);
        registry = new MockWitnessRegistry(IERC20(address(usd)), 1000 * unit);
        rng = new MockRandomnessSource();
        // Deployed from their artifacts: embedding all their bytecode in the test contract exhausts solcjs's
        // wasm memory ("memory access out of bounds").
        params = ClaimParameters(
            vm.deployCode(
                "ClaimParameters.sol:ClaimParameters", abi.encode(pool, registry, address(timelock), _defaults())
            )
        );
        manager = ClaimsManager(
            vm.deployCode(
                "ClaimsManager.sol:ClaimsManager",
                abi.encode(pool, registry, rng, params, address(timelock), operator, address(this))
            )
        );
        reports = FraudReports(
            vm.deployCode("FraudReports.sol:FraudReports", abi.encode(manager, address(timelock), operator))
        );
        pool.setNoticeFloorSource(address(params));
        manager.grantRole(manager.REPORTS_ROLE(), address(reports));
        pool.grantRole(pool.CLAIMS_ROLE(), address(manager));
        pool.grantRole(pool.CREDITOR_ROLE(), address(manager));
        pool.grantRole(pool.CREDITOR_ROLE(), address(reports));
        registry.setClaims(address(manager));

        notary = vm.addr(notaryKey);
        vm.prank(operator);
        manager.setNotary(notary, true);

        for (uint256 i; i < MEMBERS; ++i) {
            address m = makeAddr(string.concat("member", vm.toString(i)));
            members.push(m);
            _join(m, 1000 * unit);
        }
        claimant = members[0];
        for (uint256 i; i < 6; ++i) {
            address w = makeAddr(string.concat("witness", vm.toString(i)));
            witnesses.push(w);
            _stakeWitness(w, 5000 * unit, i < 3 ? REGION : OTHER_REGION);
        }
        vm.warp(block.timestamp + WAITING + 2 days);
    }

    /// @dev The production floor: the announcement plus one investigation window.
    function _exitNotice() internal view virtual override returns (uint256) {
        return DESIGN_EXIT_NOTICE;
    }

    /// @dev Above the exit notice, one epoch and the settlement slack.
    function _governanceDelay() internal view virtual override returns (uint256) {
        return DESIGN_GOVERNANCE_DELAY;
    }

    /// @dev DESIGN.md's defaults (test/utils/ClaimDefaults.sol).
    function _defaults() internal view returns (uint256[17] memory) {
        return designClaimParameters(unit);
    }

    function _stakeWitness(address w, uint256 amount, uint256 region) internal {
        _mintTokens(address(usd), w, amount);
        _approveAs(address(usd), w, address(registry), amount);
        vm.startPrank(w);
        registry.stake(amount, region);
        vm.stopPrank();
    }

    // ───────────────────────────── notary ─────────────────────────────

    function _sign(uint256 key, address who, bytes32 doc, uint256 diagnosedAt) internal view returns (bytes memory) {
        return _sign(key, who, doc, diagnosedAt, REGION);
    }

    function _sign(uint256 key, address who, bytes32 doc, uint256 diagnosedAt, uint256 region)
        internal
        view
        returns (bytes memory)
    {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, manager.diagnosisDigest(who, doc, diagnosedAt, region));
        return abi.encodePacked(r, s, v);
    }

    function _doc(address who) internal pure returns (bytes32) {
        return keccak256(abi.encode("diagnosis", who));
    }

    function _nullifier(address who) internal pure returns (bytes32) {
        return keccak256(abi.encode("hmac-of-identity", who));
    }

    // ───────────────────────────── lifecycle steps ─────────────────────────────

    function _file(address who, uint256 amount) internal returns (uint256 id) {
        uint256 diagnosedAt = block.timestamp - 1 days;
        bytes memory sig = _sign(notaryKey, who, _doc(who), diagnosedAt);
        vm.prank(who);
        id = manager.fileClaim(_doc(who), diagnosedAt, amount, REGION, notary, sig);
    }

    function _review(uint256 id) internal {
        Claim memory c = manager.claim(id);
        vm.prank(operator);
        manager.review(id, true, c.requestedAmount, ReviewReason.None, _nullifier(c.claimant));
    }

    function _fulfil(uint256 id, uint256 value) internal {
        uint256 req = manager.claim(id).randomnessRequest;
        vm.roll(block.number + 2);
        rng.fulfill(req, value);
    }

    function _draw(uint256 id) internal {
        _fulfil(id, uint256(keccak256(abi.encode("rand", id, block.number))));
        manager.drawWitnesses(id);
    }

    function _slot(uint256 id, uint256 i) internal view returns (WitnessSlot memory) {
        return manager.witnessSlots(id)[i];
    }

    function _acceptAll(uint256 id) internal {
        for (uint256 i; i < 3; ++i) {
            WitnessSlot memory s = _slot(id, i);
            if (s.status != SlotStatus.Drawn) continue;
            vm.prank(s.witness);
            manager.acceptWitness(id, i);
        }
    }

    function _attestAll(uint256 id) internal {
        for (uint256 i; i < 3; ++i) {
            WitnessSlot memory s = _slot(id, i);
            if (s.status != SlotStatus.Accepted) continue;
            vm.prank(s.witness);
            manager.attest(id, i, keccak256(abi.encode("visit", id, i)), true);
        }
    }

    /// @dev File, review, draw, accept and attest: the claim ends `Announced`.
    function _announced(address who, uint256 amount) internal returns (uint256 id) {
        id = _file(who, amount);
        _review(id);
        _draw(id);
        _acceptAll(id);
        _attestAll(id);
    }

    function _approved(address who, uint256 amount) internal returns (uint256 id) {
        id = _announced(who, amount);
        vm.warp(block.timestamp + 7 days + 1);
        manager.approveClaim(id);
    }

    /// @dev Settles every epoch up to and including the current one (warping to its end).
    function _settle() internal {
        uint256 target = pool.currentEpoch();
        uint256 endsAt = pool.genesis() + (target + 1) * EPOCH;
        if (block.timestamp < endsAt) vm.warp(endsAt);
        while (pool.nextEpochToSettle() <= target) {
            while (pool.lapsesPending()) pool.processLapses(50);
            pool.settleEpoch();
        }
    }

    function _paid(address who, uint256 amount) internal returns (uint256 id) {
        id = _approved(who, amount);
        _settle();
        manager.markPaid(id);
    }

    function _state(uint256 id) internal view returns (ClaimState) {
        return manager.claim(id).state;
    }

    /// @dev The salt of the fixtures' report commitments.
    bytes32 internal constant SALT = keccak256("salt");

    function _report(uint256 id) internal returns (uint256 reportId) {
        uint256 bond = params.parameter(ClaimParameter.ReportBond);
        _mintTokens(address(usd), reporter, bond);
        _approveAs(address(usd), reporter, address(reports), bond);
        vm.startPrank(reporter);
        reportId = reports.reportFraud(id, reports.reportCommitment(reporter, id, keccak256("evidence"), SALT));
        reports.revealEvidence(reportId, keccak256("evidence"), SALT);
        vm.stopPrank();
    }

    function _assertMoney() internal view {
        assertEq(usd.balanceOf(address(pool)), pool.memberFunds() + pool.reserve() + pool.unclaimedPayouts(), "pool");
        assertEq(
            usd.balanceOf(address(reports)) + registry.owedTo(address(reports)),
            reports.bondsHeld() + reports.operatorFees() + reports.unclaimedRefunds() + reports.pendingCredits(),
            "reports"
        );
        assertEq(
            usd.balanceOf(address(manager)) + registry.owedTo(address(manager)),
            manager.pendingCredits(),
            "manager holds only credits waiting for the token"
        );
        assertEq(usd.balanceOf(address(registry)), registry.totalStake() + registry.totalOwed(), "registry");
    }

    /// @dev Schedule and execute a call through the timelock (its delay covers the exit notice and one epoch).
    function _governance(address target, bytes memory data) internal {
        timelock.schedule(target, 0, data, bytes32(0), keccak256(data), _delay());
        vm.warp(block.timestamp + _delay());
        timelock.execute(target, 0, data, bytes32(0), keccak256(data));
    }
}
