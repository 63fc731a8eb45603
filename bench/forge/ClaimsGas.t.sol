// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {TestStablecoin} from "../../contracts/src/tokens/TestStablecoin.sol";
import {WitnessRegistry} from "../../contracts/src/WitnessRegistry.sol";
import {IRandomnessSource} from "../../contracts/src/interfaces/IRandomnessSource.sol";
import {Claim, ClaimState, ReviewReason, WitnessSlot, SlotStatus, ClaimParameter} from
    "../../contracts/src/types/ClaimTypes.sol";
import {ProtocolFixture} from "../../contracts/test/utils/ProtocolFixture.sol";
import {StablecoinKind} from "../../contracts/test/doubles/Stablecoins.sol";
import {BenchBase} from "./utils/BenchBase.sol";

/// @notice Registers bench witnesses through the registry's real `stake`, each from its own address, in one call
///         (see BenchDriver for why bulk work runs one call deeper than the test contract).
/// @dev Each witness's token balance and unlimited allowance for the registry are written into the token's
///      storage as forge-std's `deal` does (token state, set before the witness acts; the total supply is raised
///      to match). The registry's state is only ever written by `stake`. A block is mined every
///      `STAKES_PER_BLOCK` stakes, so the eligible arrays' length traces carry many checkpoints, as on a chain.
contract WitnessBenchDriver {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 public constant STAKES_PER_BLOCK = 100;
    /// @dev OpenZeppelin 5 ERC20 layout of TestStablecoin: `_balances` 0, `_allowances` 1, `_totalSupply` 2.
    bytes32 private constant TOTAL_SUPPLY_SLOT = bytes32(uint256(2));

    /// @notice The address of bench witness number `i` (hash-derived).
    function witnessAddress(uint256 i) public pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("lashou-bench-witness", i)))));
    }

    /// @notice The region of bench witness `i`: every even witness in `home`, the odd ones spread over
    ///         `others`, so `home` holds ⌈N/2⌉ witnesses.
    function regionOf(uint256 i, uint256 home, uint256[4] memory others) public pure returns (uint256) {
        return i % 2 == 0 ? home : others[(i / 2) % 4];
    }

    function stakeMany(
        WitnessRegistry registry,
        TestStablecoin token,
        uint256 count,
        uint256 amount,
        uint256 home,
        uint256[4] calldata others
    ) external {
        for (uint256 i; i < count; ++i) {
            address w = witnessAddress(i);
            vm.store(address(token), keccak256(abi.encode(w, uint256(0))), bytes32(amount));
            bytes32 allowanceSlot = keccak256(abi.encode(address(registry), keccak256(abi.encode(w, uint256(1)))));
            vm.store(address(token), allowanceSlot, bytes32(type(uint256).max));
            if (i == 0) {
                require(token.balanceOf(w) == amount, "WitnessBenchDriver: balance slot moved");
                require(token.allowance(w, address(registry)) == type(uint256).max, "allowance slot moved");
            }
            vm.prank(w);
            registry.stake(amount, regionOf(i, home, others));
            if ((i + 1) % STAKES_PER_BLOCK == 0) {
                vm.roll(block.number + 1);
                vm.warp(block.timestamp + 12);
            }
        }
        bytes32 supply = vm.load(address(token), TOTAL_SUPPLY_SLOT);
        vm.store(address(token), TOTAL_SUPPLY_SLOT, bytes32(uint256(supply) + count * amount));
    }
}

/// @notice Transaction gas of the claim lifecycle — fileClaim, review, fulfill (prevrandao), drawWitnesses,
///         acceptWitness, attest, reportFraud, resolveReport — on the real protocol (ProtocolFixture's wiring:
///         pool, registry, PrevrandaoSource, ClaimParameters, ClaimsManager linked to WitnessAssignments,
///         FraudReports, timelock), with 10, 1,000 and 100,000 registered witnesses.
/// @dev Axis: registered (eligible) witnesses. Half of them are in the claimant's region (310), the rest in
///      regions 21–24, so the claimant's region holds 5 / 500 / 50,000. The pool has the fixture's 30 members
///      (the pool's own scaling is MutualPoolGas's). Scenario, the same at every size:
///
///      setUp  deploy and wire (ProtocolFixture._deployProtocol); 30 members join; N witnesses stake through the
///             real `stake` (bulk, unmeasured, last); past the waiting period.
///      test   fileClaim (EIP-712 notary signature) · review (approve with a nullifier; requests randomness) ·
///             fulfill in the target block from prevrandao · registryDrawAt (the registry's drawAt alone, as the
///             claims module calls it) · drawWitnesses (3 from the region's snapshot, locked) ·
///             acceptWitness (slot 0; slots 1, 2 unmeasured) · attest (slot 0: recorded only) · attestLast
///             (slot 2: the third approval announces the claim) · reportFraud during the announcement ·
///             resolveReport(confirmed): slashes the three stakes, pays the reporter, credits the members ·
///             stake (a new witness's first stake, in a later block).
///
///      Every figure is one isolated transaction (BenchBase). The randomness mix is the same at every size.
abstract contract ClaimsGasBench is BenchBase, ProtocolFixture {
    /// @dev The figures are the protocol's on its test stablecoin, whatever `LASHOU_TOKEN` says.
    function _stablecoinKind() internal pure override returns (StablecoinKind) {
        return StablecoinKind.Test;
    }

    uint256 internal constant STAKE = 5000e6;
    uint256 internal constant AMOUNT = 150e6;
    bytes32 internal constant MIX = bytes32(uint256(0xBEEF));

    WitnessBenchDriver internal wdriver;
    uint256 internal n;
    uint256 internal setupMs;

    /// @dev The number of registered witnesses this contract measures.
    function _witnesses() internal pure virtual returns (uint256);

    function setUp() public override {
        n = _witnesses();
        vm.warp(1_764_000_000);
        vm.roll(1000);
        _deployProtocol();
        for (uint256 i; i < MEMBERS; ++i) {
            address m = makeAddr(string.concat("member", vm.toString(i)));
            members.push(m);
            _join(m, 1000 * unit);
        }
        claimant = members[0];
        wdriver = new WitnessBenchDriver();
        uint256[4] memory others = [uint256(21), 22, 23, 24];
        uint256 started = vm.unixTime();
        // Last call of setUp: each isolated call after it would copy the whole registry.
        wdriver.stakeMany(registry, TestStablecoin(address(usd)), n, STAKE, REGION, others);
        setupMs = vm.unixTime() - started;
        _advance(WAITING + 2 days);
    }

    function test_measure() public {
        _begin("claims", n);
        _note("setupMs", setupMs);
        _note("regionWitnesses", (n + 1) / 2);
        uint256 started = vm.unixTime();
        // Every bench witness stakes the minimum: all in tier 0.
        assertEq(registry.eligibleCount(0, 0), n, "setup: every witness eligible");
        assertEq(registry.eligibleCount(REGION, 0), (n + 1) / 2, "setup: half in the claimant's region");

        // fileClaim: a real EIP-712 notary signature over (claimant, document, diagnosis date).
        uint256 diagnosedAt = block.timestamp - 1 days;
        bytes32 doc = _doc(claimant);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(notaryKey, manager.diagnosisDigest(claimant, doc, diagnosedAt, REGION));
        bytes memory signature = abi.encodePacked(r, s, v);
        vm.prank(claimant);
        uint256 id = manager.fileClaim(doc, diagnosedAt, AMOUNT, REGION, notary, signature);
        _recordLastCall("fileClaim");
        _advance(1 hours);

        // review: approve with a nullifier; requests randomness from the prevrandao source.
        vm.prank(operator);
        manager.review(id, true, AMOUNT, ReviewReason.None, keccak256(abi.encode("hmac", claimant)));
        _recordLastCall("review");

        // fulfill in the target block from block.prevrandao.
        uint256 requestId = manager.claim(id).randomnessRequest;
        vm.roll(source.targetBlock(requestId));
        vm.warp(block.timestamp + 60);
        vm.prevrandao(MIX);
        source.fulfill(requestId, "");
        _recordLastCall("fulfillRandomness");
        vm.roll(block.number + 1);
        vm.warp(block.timestamp + 12);

        // registryDrawAt: the registry's own draw with the inputs drawWitnesses will give it (3 witnesses, the
        // claim's exclusions, snapshot and lock), as one transaction from the claims module. It writes nothing, so
        // the drawWitnesses measured next is the same transaction it would be without it.
        {
            Claim memory c = manager.claim(id);
            (,, uint256 value) = source.randomness(requestId);
            uint256 seed = uint256(keccak256(abi.encode(value, id, uint256(1))));
            address[] memory exclude = manager.drawExclusions(id);
            vm.prank(address(manager));
            registry.drawAt(id, seed, REGION, exclude, 3, c.snapshotBlock, c.stakeLock);
            _recordLastCall("registryDrawAt");
        }

        // drawWitnesses: three from the region as it stood at the snapshot block.
        manager.drawWitnesses(id);
        _recordLastCall("drawWitnesses");
        assertEq(uint8(manager.claim(id).state), uint8(ClaimState.WitnessesDrawn), "drawn");
        WitnessSlot[3] memory slots = manager.witnessSlots(id);
        for (uint256 i; i < 3; ++i) {
            (,, uint256 region,,) = registry.witnessInfo(slots[i].witness);
            assertEq(region, REGION, "drawn from the claimant's region");
        }
        _advance(1 hours);

        for (uint256 i; i < 3; ++i) {
            vm.prank(slots[i].witness);
            manager.acceptWitness(id, i);
            if (i == 0) _recordLastCall("acceptWitness");
        }
        _advance(2 days);

        for (uint256 i; i < 3; ++i) {
            vm.prank(slots[i].witness);
            manager.attest(id, i, keccak256(abi.encode("visit report", id, i)), true);
            if (i == 0) _recordLastCall("attest");
            if (i == 2) _recordLastCall("attestLast");
        }
        assertEq(uint8(manager.claim(id).state), uint8(ClaimState.Announced), "announced");
        _advance(1 days);

        // report: a supervisor posts the bond (faucet + approve, unmeasured) and reports fraud.
        uint256 bond = params.parameter(ClaimParameter.ReportBond);
        TestStablecoin(address(usd)).faucet(reporter, bond);
        vm.prank(reporter);
        TestStablecoin(address(usd)).approve(address(reports), bond);
        bytes32 commitment = reports.reportCommitment(reporter, id, keccak256("evidence"), bytes32("salt"));
        vm.prank(reporter);
        uint256 reportId = reports.reportFraud(id, commitment);
        _recordLastCall("report");
        vm.prank(reporter);
        reports.revealEvidence(reportId, keccak256("evidence"), bytes32("salt"));
        _recordLastCall("revealEvidence");
        assertEq(uint8(manager.claim(id).state), uint8(ClaimState.UnderInvestigation), "under investigation");
        _advance(3 days);

        // resolveReport, confirmed: slash the three locked stakes, reward the reporter, credit the members.
        vm.prank(operator);
        reports.resolveReport(reportId, true);
        _recordLastCall("resolveReport");
        assertEq(uint8(manager.claim(id).state), uint8(ClaimState.Rejected), "rejected for fraud");
        _assertConservation();

        // stake: a new witness's first stake (faucet + approve unmeasured), in a later block.
        address late = makeAddr("late witness");
        TestStablecoin(address(usd)).faucet(late, STAKE);
        vm.prank(late);
        TestStablecoin(address(usd)).approve(address(registry), STAKE);
        vm.prank(late);
        registry.stake(STAKE, REGION);
        _recordLastCall("stake");

        _recordMs("measure", started);
        _end();
    }
}

contract ClaimsGas_10 is ClaimsGasBench {
    function _witnesses() internal pure override returns (uint256) {
        return 10;
    }
}

contract ClaimsGas_1000 is ClaimsGasBench {
    function _witnesses() internal pure override returns (uint256) {
        return 1000;
    }
}

contract ClaimsGas_100000 is ClaimsGasBench {
    function _witnesses() internal pure override returns (uint256) {
        return 100_000;
    }
}
