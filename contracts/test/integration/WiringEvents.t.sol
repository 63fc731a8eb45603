// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Vm.sol";

import {IClaimParameters} from "../../src/interfaces/IClaimParameters.sol";
import {IClaimsManager} from "../../src/interfaces/IClaimsManager.sol";
import {IFraudReports} from "../../src/interfaces/IFraudReports.sol";
import {IMutualPool} from "../../src/interfaces/IMutualPool.sol";
import {IPrevrandaoSource} from "../../src/interfaces/IPrevrandaoSource.sol";
import {IVrfSource} from "../../src/interfaces/IVrfSource.sol";
import {IWitnessRegistry} from "../../src/interfaces/IWitnessRegistry.sol";
import {ClaimParameter} from "../../src/types/ClaimTypes.sol";
import {ProtocolFixture} from "../utils/ProtocolFixture.sol";

/// @notice The deployment announces its wiring and every setting in events, so an auditor given one address and an
///         RPC URL needs nothing else (`lashou audit`): each contract's configuration event, with the values the
///         contract itself reads afterwards.
contract WiringEventsTest is ProtocolFixture {
    function test_deployment_announcesWiringAndSettings_prevrandao() public {
        vm.recordLogs();
        _deployProtocol();
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _checkPool(logs);
        _checkRegistry(logs);
        _checkModules(logs);
        _checkParameters(logs);
    }

    function _checkPool(Vm.Log[] memory logs) private view {
        Vm.Log memory poolLog = _only(logs, address(pool), IMutualPool.PoolConfigured.selector);
        assertEq(address(uint160(uint256(poolLog.topics[1]))), address(usd), "pool token");
        (uint256 genesis, uint256 epochLength, uint256 waiting, uint256 minimum, uint256 notice) =
            abi.decode(poolLog.data, (uint256, uint256, uint256, uint256, uint256));
        assertEq(genesis, pool.genesis(), "genesis");
        assertEq(epochLength, pool.epochLength(), "epoch length");
        assertEq(waiting, pool.waitingPeriod(), "waiting period");
        assertEq(minimum, pool.minimumBalance(), "minimum balance");
        assertEq(notice, pool.exitNotice(), "exit notice");
    }

    function _checkRegistry(Vm.Log[] memory logs) private view {
        Vm.Log memory registryLog = _only(logs, address(registry), IWitnessRegistry.WitnessRegistryConfigured.selector);
        assertEq(address(uint160(uint256(registryLog.topics[1]))), address(usd), "registry token");
        (uint256 minimumStake, uint256 cooldown, uint256 seasoning, uint256 minRegion) =
            abi.decode(registryLog.data, (uint256, uint256, uint256, uint256));
        assertEq(minimumStake, registry.minimumStake(), "minimum stake");
        assertEq(cooldown, registry.unstakeCooldown(), "cooldown");
        assertEq(seasoning, registry.seasoning(), "seasoning");
        assertEq(minRegion, registry.minRegionWitnesses(), "min region witnesses");
    }

    function _checkModules(Vm.Log[] memory logs) private view {
        Vm.Log memory sourceLog = _only(logs, address(source), IPrevrandaoSource.PrevrandaoSourceConfigured.selector);
        assertEq(abi.decode(sourceLog.data, (uint256)), source.delay(), "delay");

        Vm.Log memory claimsLog = _only(logs, address(manager), IClaimsManager.ClaimsModuleWired.selector);
        assertEq(address(uint160(uint256(claimsLog.topics[1]))), address(pool), "claims: pool");
        assertEq(address(uint160(uint256(claimsLog.topics[2]))), address(registry), "claims: registry");
        assertEq(address(uint160(uint256(claimsLog.topics[3]))), address(source), "claims: randomness source");
        assertEq(abi.decode(claimsLog.data, (address)), address(params), "claims: parameters");

        Vm.Log memory reportsLog = _only(logs, address(reports), IFraudReports.ReportsModuleWired.selector);
        assertEq(address(uint160(uint256(reportsLog.topics[1]))), address(manager), "reports: claims");
        assertEq(address(uint160(uint256(reportsLog.topics[2]))), address(pool), "reports: pool");
        assertEq(address(uint160(uint256(reportsLog.topics[3]))), address(registry), "reports: registry");
        assertEq(abi.decode(reportsLog.data, (address)), address(params), "reports: parameters");
    }

    function _checkParameters(Vm.Log[] memory logs) private view {
        Vm.Log memory paramsLog = _only(logs, address(params), IClaimParameters.ClaimParametersWired.selector);
        assertEq(address(uint160(uint256(paramsLog.topics[1]))), address(pool), "parameters: pool");
        assertEq(address(uint160(uint256(paramsLog.topics[2]))), address(registry), "parameters: registry");
        // One ClaimParameterChanged(p, 0, value) per parameter, in order, each equal to the value read back.
        uint256 next;
        for (uint256 i; i < logs.length; ++i) {
            if (
                logs[i].emitter != address(params)
                    || logs[i].topics[0] != IClaimParameters.ClaimParameterChanged.selector
            ) {
                continue;
            }
            assertEq(uint256(logs[i].topics[1]), next, "parameter order");
            (uint256 oldValue, uint256 newValue) = abi.decode(logs[i].data, (uint256, uint256));
            assertEq(oldValue, 0, "initial old value");
            assertEq(newValue, params.parameter(ClaimParameter(next)), "initial value");
            ++next;
        }
        assertEq(next, uint256(type(ClaimParameter).max) + 1, "every parameter announced");
    }

    function test_deployment_announcesTheVrfSourceAndItsSettings() public {
        vm.recordLogs();
        _deployProtocolVrf();
        Vm.Log[] memory logs = vm.getRecordedLogs();

        Vm.Log memory vrfLog = _only(logs, address(vrf), IVrfSource.VrfSourceConfigured.selector);
        assertEq(address(uint160(uint256(vrfLog.topics[1]))), address(coordinator), "coordinator");
        (bytes32 keyHash, uint256 sub, uint16 confirmations, uint32 gasLimit, bool native, uint256 timeout) =
            abi.decode(vrfLog.data, (bytes32, uint256, uint16, uint32, bool, uint256));
        IVrfSource.VrfConfig memory expected = _vrfConfig();
        assertEq(keyHash, expected.keyHash, "key hash");
        assertEq(sub, expected.subscriptionId, "subscription");
        assertEq(confirmations, expected.requestConfirmations, "confirmations");
        assertEq(gasLimit, expected.callbackGasLimit, "callback gas");
        assertEq(native, expected.nativePayment, "native payment");
        assertEq(timeout, expected.requestTimeout, "timeout");

        Vm.Log memory claimsLog = _only(logs, address(manager), IClaimsManager.ClaimsModuleWired.selector);
        assertEq(address(uint160(uint256(claimsLog.topics[3]))), address(vrf), "claims: randomness source");
        // A VRF deployment announces no prevrandao delay.
        for (uint256 i; i < logs.length; ++i) {
            assertTrue(
                logs[i].topics.length == 0 || logs[i].topics[0] != IPrevrandaoSource.PrevrandaoSourceConfigured.selector
            );
        }
    }

    /// @dev The one log of `emitter` with `topic0`; fails when there is none or more than one.
    function _only(Vm.Log[] memory logs, address emitter, bytes32 topic0) private pure returns (Vm.Log memory found) {
        uint256 count;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == emitter && logs[i].topics.length > 0 && logs[i].topics[0] == topic0) {
                found = logs[i];
                ++count;
            }
        }
        require(count == 1, "expected exactly one configuration event");
    }
}
