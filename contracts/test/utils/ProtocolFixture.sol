// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, Vm} from "forge-std/Test.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {Stablecoins} from "../doubles/Stablecoins.sol";
import {MutualPool} from "../../src/MutualPool.sol";
import {WitnessRegistry} from "../../src/WitnessRegistry.sol";
import {PrevrandaoSource} from "../../src/randomness/PrevrandaoSource.sol";
import {VrfSource} from "../../src/randomness/VrfSource.sol";
import {IVrfSource} from "../../src/interfaces/IVrfSource.sol";
import {VRFCoordinatorV2_5Mock} from "@chainlink/contracts/src/v0.8/vrf/mocks/VRFCoordinatorV2_5Mock.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ClaimsManager} from "../../src/ClaimsManager.sol";
import {FraudReports} from "../../src/FraudReports.sol";
import {ClaimParameters} from "../../src/ClaimParameters.sol";
import {IRandomnessSource} from "../../src/interfaces/IRandomnessSource.sol";
import {IClaimsManager} from "../../src/interfaces/IClaimsManager.sol";
import {Claim, ClaimState, ReviewReason, WitnessSlot, SlotStatus, ClaimParameter} from "../../src/types/ClaimTypes.sol";
import {designClaimParameters, DESIGN_EXIT_NOTICE, DESIGN_GOVERNANCE_DELAY} from "./ClaimDefaults.sol";
import {HeaderRlp} from "./HeaderRlp.sol";

/// @notice The whole protocol as a production deployment wires it, for the integration and protocol-invariant
///         suites: the stablecoin named by `LASHOU_TOKEN` (the project's test stablecoin by default, or the double of
///         USDC, USDT or DAI: test/doubles/Stablecoins.sol), a TimelockController (21-day delay > one 14-day epoch) proposed to by a
///         governance multisig and executable by anyone, the pool, the REAL witness registry, the REAL
///         randomness source (prevrandao, delay 4; or `_deployProtocolVrf`: VrfSource on Chainlink's VRF v2.5
///         mock coordinator), the parameter store, the claims manager (linked to its `WitnessAssignments`
///         library) and the fraud-reports module. The deployer wires every role, renounces its admin roles and
///         seals the timelock, so afterwards it holds nothing and only the timelock administers anything
///         (test/integration/Census.t.sol checks every role and owner). `_deploy` is the sequence the TypeScript
///         `deployLashou` follows, step for step.
/// @dev Defaults of DESIGN.md: waiting 90 d · epoch 14 d · minimum balance 10 · cap 100 000 · commission 50 ·
///      stake 5 000 (registry minimum and per-claim lock) · accept 3 d · attest 14 d · announcement 7 d · bond 100 ·
///      reward 10 % · investigation 30 d · report window 180 d. The registry's unstake cooldown is 2 days.
abstract contract ProtocolFixture is Stablecoins {
    uint256 internal constant EPOCH = 14 days;
    uint256 internal constant WAITING = 90 days;
    /// @dev The production exit notice: the 7-day announcement plus the 30-day investigation window.
    uint256 internal constant EXIT_NOTICE = DESIGN_EXIT_NOTICE;
    uint256 internal constant GOVERNANCE_DELAY = DESIGN_GOVERNANCE_DELAY;
    uint256 internal constant COOLDOWN = 2 days;
    uint256 internal constant RANDOMNESS_DELAY = 4;
    uint256 internal constant MEMBERS = 30;
    /// @dev The claimant's region: five witnesses, one of them the claimant itself (never drawn for itself).
    uint16 internal constant REGION = 310;
    /// @dev Three witnesses elsewhere.
    uint16 internal constant OTHER_REGION = 21;

    IERC20Metadata internal usd;
    TimelockController internal timelock;
    MutualPool internal pool;
    WitnessRegistry internal registry;
    PrevrandaoSource internal source;
    /// @dev The VRF variant only (`_deployProtocolVrf`): Chainlink's coordinator (not the protocol's; its own
    ///      owner is the test), the deployment's VrfSource and the subscription that pays for it.
    VRFCoordinatorV2_5Mock internal coordinator;
    VrfSource internal vrf;
    uint256 internal subId;
    /// @dev The randomness source of either variant.
    IRandomnessSource internal randomnessSource;
    ClaimParameters internal params;
    ClaimsManager internal manager;
    FraudReports internal reports;
    uint256 internal unit;

    address internal deployer = makeAddr("deployer");
    address internal governance = makeAddr("governance multisig");
    address internal operator = makeAddr("operator multisig");
    address internal reporter = makeAddr("supervisor");
    uint256 internal notaryKey = 0xA11CE;
    address internal notary;

    address[] internal members;
    address[] internal regionWitnesses;
    address[] internal otherWitnesses;
    address internal claimant;

    function setUp() public virtual {
        vm.warp(1_764_000_000);
        vm.roll(1000);
        _deployProtocol();
        _populate();
    }

    // ───────────────────────────── deployment ─────────────────────────────

    /// @dev The prevrandao deployment (the default).
    function _deployProtocol() internal {
        _deploy(false);
    }

    /// @dev The VRF deployment: Chainlink's coordinator exists on the chain (here its mock, deployed by the test);
    ///      the deployer creates and funds a subscription, then deploys the protocol on it.
    function _deployProtocolVrf() internal {
        coordinator = new VRFCoordinatorV2_5Mock(0.1 ether, 1 gwei, 4e15);
        vm.startPrank(deployer);
        subId = coordinator.createSubscription();
        coordinator.fundSubscription(subId, 1000 ether);
        vm.stopPrank();
        _deploy(true);
    }

    /// @dev The VrfSource settings of the VRF deployment.
    function _vrfConfig() internal view returns (IVrfSource.VrfConfig memory) {
        return IVrfSource.VrfConfig({
            keyHash: keccak256("gas lane"),
            subscriptionId: subId,
            requestConfirmations: 3,
            callbackGasLimit: 200_000,
            nativePayment: false,
            requestTimeout: 24 hours
        });
    }

    /// @dev Deploys and wires everything, as `deployLashou` does; every step is the deployer's transaction:
    ///      1. TimelockController(minDelay 0, proposers = executors = [deployer], admin = none): the deployer
    ///         may act through it during the deployment only; the timelock is its own (and only) admin.
    ///      2. The contracts, the deployer as temporary admin where a constructor takes one.
    ///      3. Module roles; the source's CONSUMER_ROLE to the claims manager and its admin to the timelock.
    ///      4. VRF only: `vrf.transferOwnership(timelock)` (Chainlink owner, which can swap the coordinator),
    ///         `coordinator.addConsumer`, and, when the deployer owns the subscription,
    ///         `coordinator.requestSubscriptionOwnerTransfer(subId, timelock)`. Only the deployer can make the
    ///         timelock accept (sole proposer), so nobody else can take over a pending transfer.
    ///      5. The deployer renounces DEFAULT_ADMIN_ROLE on the pool, registry, source and claims manager.
    ///      6. Seal: one batch scheduled (delay 0) and executed at once by the deployer through the timelock —
    ///         [VRF: vrf.acceptOwnership(), coordinator.acceptSubscriptionOwnerTransfer(subId)],
    ///         grant PROPOSER_ROLE and CANCELLER_ROLE to governance, EXECUTOR_ROLE to address(0) (anyone),
    ///         revoke the deployer's PROPOSER_ROLE, CANCELLER_ROLE and EXECUTOR_ROLE, updateDelay(real delay).
    ///         It is atomic: no block sees governance proposing at delay 0, nor the deployer left with a role.
    function _deploy(bool useVrf) internal {
        usd = IERC20Metadata(_newStablecoin(6));
        unit = 10 ** usd.decimals();

        vm.startPrank(deployer);
        // 1. The timelock, at delay 0 and in the deployer's hands until the seal.
        address[] memory temporary = new address[](1);
        temporary[0] = deployer;
        timelock = new TimelockController(0, temporary, temporary, address(0));

        // 2. The contracts.
        pool = new MutualPool(IERC20(address(usd)), EPOCH, WAITING, 10 * unit, EXIT_NOTICE, address(timelock), deployer);
        registry = new WitnessRegistry(IERC20(address(usd)), 5000 * unit, COOLDOWN, 0, 1, deployer);
        AccessControl sourceRoles;
        if (useVrf) {
            vrf = new VrfSource(address(coordinator), _vrfConfig(), deployer);
            randomnessSource = IRandomnessSource(address(vrf));
            sourceRoles = vrf;
        } else {
            source = new PrevrandaoSource(RANDOMNESS_DELAY, deployer);
            randomnessSource = IRandomnessSource(address(source));
            sourceRoles = source;
        }
        params = ClaimParameters(
            vm.deployCode(
                "ClaimParameters.sol:ClaimParameters", abi.encode(pool, registry, address(timelock), _defaults())
            )
        );
        manager = ClaimsManager(
            vm.deployCode(
                "ClaimsManager.sol:ClaimsManager",
                abi.encode(pool, registry, randomnessSource, params, address(timelock), operator, deployer)
            )
        );
        reports = FraudReports(
            vm.deployCode("FraudReports.sol:FraudReports", abi.encode(manager, address(timelock), operator))
        );

        // 3. Module roles.
        manager.grantRole(manager.REPORTS_ROLE(), address(reports));
        pool.grantRole(pool.CLAIMS_ROLE(), address(manager));
        pool.grantRole(pool.CREDITOR_ROLE(), address(manager));
        pool.grantRole(pool.CREDITOR_ROLE(), address(reports));
        registry.grantRole(registry.CLAIMS_ROLE(), address(manager));
        registry.grantRole(registry.DEFAULT_ADMIN_ROLE(), address(timelock));
        sourceRoles.grantRole(keccak256("CONSUMER_ROLE"), address(manager));
        sourceRoles.grantRole(sourceRoles.DEFAULT_ADMIN_ROLE(), address(timelock));

        // 4. VRF: Chainlink ownership of the source and of the subscription proposed to the timelock.
        bool subscriptionToHandOver;
        if (useVrf) {
            vrf.transferOwnership(address(timelock));
            coordinator.addConsumer(subId, address(vrf));
            (,,, address subOwner,) = coordinator.getSubscription(subId);
            if (subOwner == deployer) {
                coordinator.requestSubscriptionOwnerTransfer(subId, address(timelock));
                subscriptionToHandOver = true;
            }
        }

        // The pool refuses an exit notice shorter than the claims' announcement plus one investigation.
        pool.setNoticeFloorSource(address(params));

        // 5. The deployer leaves the contracts' admin roles: from here on only the timelock administers.
        pool.renounceRole(pool.DEFAULT_ADMIN_ROLE(), deployer);
        registry.renounceRole(registry.DEFAULT_ADMIN_ROLE(), deployer);
        sourceRoles.renounceRole(sourceRoles.DEFAULT_ADMIN_ROLE(), deployer);
        manager.renounceRole(manager.DEFAULT_ADMIN_ROLE(), deployer);

        // 6. The seal.
        _sealTimelock(useVrf, subscriptionToHandOver);
        vm.stopPrank();

        notary = vm.addr(notaryKey);
        vm.prank(operator);
        manager.setNotary(notary, true);
    }

    /// @dev Step 6 of `_deploy`, called as the deployer (its last act): the batch through the timelock.
    function _sealTimelock(bool useVrf, bool subscriptionToHandOver) private {
        uint256 calls = 7 + (useVrf ? 1 : 0) + (subscriptionToHandOver ? 1 : 0);
        address[] memory targets = new address[](calls);
        bytes[] memory payloads = new bytes[](calls);
        uint256 n;
        if (useVrf) n = _put(targets, payloads, n, address(vrf), abi.encodeCall(vrf.acceptOwnership, ()));
        if (subscriptionToHandOver) {
            bytes memory accept = abi.encodeCall(coordinator.acceptSubscriptionOwnerTransfer, (subId));
            n = _put(targets, payloads, n, address(coordinator), accept);
        }
        address t = address(timelock);
        bytes32 proposer = timelock.PROPOSER_ROLE();
        bytes32 canceller = timelock.CANCELLER_ROLE();
        bytes32 executor = timelock.EXECUTOR_ROLE();
        n = _put(targets, payloads, n, t, abi.encodeCall(timelock.grantRole, (proposer, governance)));
        n = _put(targets, payloads, n, t, abi.encodeCall(timelock.grantRole, (canceller, governance)));
        n = _put(targets, payloads, n, t, abi.encodeCall(timelock.grantRole, (executor, address(0))));
        n = _put(targets, payloads, n, t, abi.encodeCall(timelock.revokeRole, (proposer, deployer)));
        n = _put(targets, payloads, n, t, abi.encodeCall(timelock.revokeRole, (canceller, deployer)));
        n = _put(targets, payloads, n, t, abi.encodeCall(timelock.revokeRole, (executor, deployer)));
        n = _put(targets, payloads, n, t, abi.encodeCall(timelock.updateDelay, (GOVERNANCE_DELAY)));
        assertEq(n, calls);
        uint256[] memory values = new uint256[](calls);
        bytes32 salt = keccak256("lashou deployment seal");
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), salt, 0);
        timelock.executeBatch(targets, values, payloads, bytes32(0), salt);
    }

    function _put(address[] memory targets, bytes[] memory payloads, uint256 n, address target, bytes memory data)
        private
        pure
        returns (uint256)
    {
        targets[n] = target;
        payloads[n] = data;
        return n + 1;
    }

    /// @dev 30 members (1 000 each); five witnesses in REGION (the first is the claimant, also a witness) and
    ///      three in OTHER_REGION; then past the waiting period.
    function _populate() internal {
        for (uint256 i; i < MEMBERS; ++i) {
            address m = makeAddr(string.concat("member", vm.toString(i)));
            members.push(m);
            _join(m, 1000 * unit);
        }
        claimant = members[0];
        _stakeWitness(claimant, 5000 * unit, REGION);
        for (uint256 i; i < 4; ++i) {
            address w = makeAddr(string.concat("regionWitness", vm.toString(i)));
            regionWitnesses.push(w);
            _stakeWitness(w, 5000 * unit, REGION);
        }
        for (uint256 i; i < 3; ++i) {
            address w = makeAddr(string.concat("otherWitness", vm.toString(i)));
            otherWitnesses.push(w);
            _stakeWitness(w, 5000 * unit, OTHER_REGION);
        }
        _advance(WAITING + 2 days);
        _assertConservation();
    }

    /// @dev DESIGN.md's defaults (test/utils/ClaimDefaults.sol).
    function _defaults() internal view returns (uint256[17] memory) {
        return designClaimParameters(unit);
    }

    // ───────────────────────────── actors ─────────────────────────────

    /// @dev Moves time and blocks together (12 s blocks), as a chain does.
    function _advance(uint256 seconds_) internal {
        vm.warp(block.timestamp + seconds_);
        vm.roll(block.number + seconds_ / 12 + 1);
    }

    function _join(address who, uint256 deposit) internal {
        _mintTokens(address(usd), who, deposit);
        _approveAs(address(usd), who, address(pool), deposit);
        vm.startPrank(who);
        pool.join(keccak256(abi.encode("lashou-test-identity", who)), deposit, 0);
        vm.stopPrank();
    }

    function _stakeWitness(address w, uint256 amount, uint256 region) internal {
        _mintTokens(address(usd), w, amount);
        _approveAs(address(usd), w, address(registry), amount);
        vm.startPrank(w);
        registry.stake(amount, region);
        vm.stopPrank();
    }

    function _doc(address who) internal pure returns (bytes32) {
        return keccak256(abi.encode("diagnosis", who));
    }

    /// @dev Files a claim with a real EIP-712 notary signature over (claimant, document, diagnosis date).
    function _file(address who, uint256 amount, uint16 region) internal returns (uint256 id) {
        uint256 diagnosedAt = block.timestamp - 1 days;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(notaryKey, manager.diagnosisDigest(who, _doc(who), diagnosedAt, region));
        vm.prank(who);
        id = manager.fileClaim(_doc(who), diagnosedAt, amount, region, notary, abi.encodePacked(r, s, v));
    }

    function _review(uint256 id) internal {
        Claim memory c = manager.claim(id);
        vm.prank(operator);
        manager.review(id, true, c.requestedAmount, ReviewReason.None, keccak256(abi.encode("hmac", c.claimant)));
    }

    /// @dev Records the pending request's value through the RLP-header path (some blocks after the target): the
    ///      header carries `mix` as its mixHash and `blockhash(target)` is set to its hash.
    function _fulfilByHeader(uint256 id, bytes32 mix) internal returns (uint256 value) {
        uint256 requestId = manager.claim(id).randomnessRequest;
        uint256 target = source.targetBlock(requestId);
        if (block.number <= target + 10) vm.roll(target + 10);
        bytes memory header = HeaderRlp.header(target, mix, "lashou");
        vm.setBlockhash(target, keccak256(header));
        value = source.fulfill(requestId, header);
        assertEq(value, uint256(keccak256(abi.encode(mix, requestId))), "value = H(mixHash(t), requestId)");
    }

    /// @dev Records the pending request's value in its target block, from `block.prevrandao`.
    function _fulfilInTargetBlock(uint256 id, bytes32 mix) internal returns (uint256 value) {
        uint256 requestId = manager.claim(id).randomnessRequest;
        vm.roll(source.targetBlock(requestId));
        vm.prevrandao(mix);
        value = source.fulfill(requestId, "");
    }

    function _draw(uint256 id, bytes32 mix) internal {
        _fulfilByHeader(id, mix);
        manager.drawWitnesses(id);
        _assertConservation();
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
            manager.attest(id, i, keccak256(abi.encode("visit report", id, i)), true);
        }
        _assertConservation();
    }

    /// @dev File → review → draw → accept → attest: the claim ends `Announced`.
    function _announced(address who, uint256 amount, bytes32 mix) internal returns (uint256 id) {
        id = _file(who, amount, REGION);
        _review(id);
        _draw(id, mix);
        _acceptAll(id);
        _attestAll(id);
        assertEq(uint8(_state(id)), uint8(ClaimState.Announced));
    }

    /// @dev Settles every epoch up to and including the current one.
    function _settle() internal {
        uint256 target = pool.currentEpoch();
        uint256 endsAt = pool.genesis() + (target + 1) * EPOCH;
        if (block.timestamp < endsAt) _advance(endsAt - block.timestamp);
        while (pool.nextEpochToSettle() <= target) {
            while (pool.lapsesPending()) pool.processLapses(50);
            pool.settleEpoch();
            _assertConservation();
        }
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
        _assertConservation();
    }

    function _state(uint256 id) internal view returns (ClaimState) {
        return manager.claim(id).state;
    }

    /// @dev Schedules a call through the timelock as the governance multisig, waits the delay, executes it.
    function _governance(address target, bytes memory data) internal {
        bytes32 salt = keccak256(abi.encode(data, block.timestamp));
        vm.prank(governance);
        timelock.schedule(target, 0, data, bytes32(0), salt, GOVERNANCE_DELAY);
        _advance(GOVERNANCE_DELAY);
        timelock.execute(target, 0, data, bytes32(0), salt);
    }

    // ───────────────────────────── the money ─────────────────────────────

    /// @dev System-wide conservation, each contract's own views on the right:
    ///      Σ balances(pool, registry, reports, manager) == memberFunds + reserve + unclaimedPayouts
    ///      + totalStaked + bondsHeld + operatorFees + unclaimedRefunds + the credits decided but not yet made;
    ///      and each holder on its own, counting the slashed stake the registry still owes it.
    function _assertConservation() internal view {
        uint256 held = usd.balanceOf(address(pool)) + usd.balanceOf(address(registry)) + usd.balanceOf(address(reports))
            + usd.balanceOf(address(manager));
        uint256 owed = pool.memberFunds() + pool.reserve() + pool.unclaimedPayouts() + registry.totalStaked()
            + reports.bondsHeld() + reports.operatorFees() + reports.unclaimedRefunds() + reports.pendingCredits()
            + manager.pendingCredits();
        assertEq(held, owed, "system conservation");
        assertEq(usd.balanceOf(address(pool)), pool.memberFunds() + pool.reserve() + pool.unclaimedPayouts(), "pool");
        assertEq(usd.balanceOf(address(registry)), registry.totalStaked() + registry.totalOwed(), "registry");
        assertEq(
            registry.totalOwed(),
            registry.owedTo(address(reports)) + registry.owedTo(address(manager)),
            "the registry owes the modules only"
        );
        assertEq(
            usd.balanceOf(address(reports)) + registry.owedTo(address(reports)),
            reports.bondsHeld() + reports.operatorFees() + reports.unclaimedRefunds() + reports.pendingCredits(),
            "reports"
        );
        assertEq(
            usd.balanceOf(address(manager)) + registry.owedTo(address(manager)),
            manager.pendingCredits(),
            "claims manager holds only credits waiting for the token"
        );
    }

    /// @dev The witnesses named by the registry's `WitnessesDrawn` events in `logs`, in order.
    function _drawnIn(Vm.Log[] memory logs) internal view returns (address[] memory all, uint256 region) {
        bytes32 sig = keccak256("WitnessesDrawn(uint256,uint256,uint256,uint256,uint256,address[])");
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(registry) || logs[i].topics[0] != sig) continue;
            (, region,,, all) = abi.decode(logs[i].data, (uint256, uint256, uint256, uint256, address[]));
        }
    }
}
