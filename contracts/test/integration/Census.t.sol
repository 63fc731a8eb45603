// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {console} from "forge-std/console.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ProtocolFixture} from "../utils/ProtocolFixture.sol";

/// @notice The census of powers after a production deployment (`ProtocolFixture._deploy`, the sequence of
///         `deployLashou`): every role of every AccessControl contract, read from the RoleGranted/RoleRevoked
///         logs of the deployment and checked with `hasRole` (and every role name known, checked for the
///         deployer even without a log), every `owner()`, every pending owner (Chainlink's `s_pendingOwner`
///         read from storage), the VRF subscription's owner and requested owner, and every timelock operation
///         the deployment scheduled. The deployer must hold none of it; the census is printed.
contract CensusTest is ProtocolFixture {
    /// @dev `ConfirmedOwnerWithProposal` keeps `s_owner` in slot 0 and `s_pendingOwner` in slot 1 of VrfSource
    ///      (`forge inspect VrfSource storage-layout`; checked below against `owner()`).
    uint256 internal constant CHAINLINK_OWNER_SLOT = 0;
    uint256 internal constant CHAINLINK_PENDING_OWNER_SLOT = 1;
    /// @dev `VRFCoordinatorV2_5Mock.s_subscriptionConfigs` (mapping subId => {owner, requestedOwner, consumers}),
    ///      slot 5 (`forge inspect VRFCoordinatorV2_5Mock storage-layout`); `requestedOwner` is the second word.
    uint256 internal constant SUBSCRIPTION_CONFIGS_SLOT = 5;

    bytes32 internal constant ROLE_GRANTED = keccak256("RoleGranted(bytes32,address,address)");
    bytes32 internal constant ROLE_REVOKED = keccak256("RoleRevoked(bytes32,address,address)");
    bytes32 internal constant OWNERSHIP_REQUESTED = keccak256("OwnershipTransferRequested(address,address)");
    bytes32 internal constant OWNERSHIP_TRANSFERRED = keccak256("OwnershipTransferred(address,address)");
    bytes32 internal constant CALL_SCHEDULED =
        keccak256("CallScheduled(bytes32,uint256,address,uint256,bytes,bytes32,uint256)");

    /// @dev Every role name declared by the protocol's contracts and OpenZeppelin's TimelockController.
    string[10] internal ROLE_NAMES = [
        "DEFAULT_ADMIN_ROLE",
        "GOVERNOR_ROLE",
        "CLAIMS_ROLE",
        "CREDITOR_ROLE",
        "OPERATOR_ROLE",
        "REPORTS_ROLE",
        "CONSUMER_ROLE",
        "PROPOSER_ROLE",
        "CANCELLER_ROLE",
        "EXECUTOR_ROLE"
    ];

    uint256 internal failures;

    function setUp() public override {
        vm.warp(1_764_000_000);
        vm.roll(1000);
    }

    function test_property_deployerHoldsNoPowerAfterThePrevrandaoDeployment() public {
        vm.recordLogs();
        _deployProtocol();
        _census(vm.getRecordedLogs(), false);
    }

    function test_property_deployerHoldsNoPowerAfterTheVrfDeployment() public {
        vm.recordLogs();
        _deployProtocolVrf();
        _census(vm.getRecordedLogs(), true);
    }

    // ───────────────────────────── the census ─────────────────────────────

    function _census(Vm.Log[] memory logs, bool useVrf) internal {
        address[] memory contracts = _contracts();
        console.log("== census:", useVrf ? "VRF deployment" : "prevrandao deployment", "==");
        console.log("deployer", deployer);

        // Roles: every (contract, role, account) a RoleGranted/RoleRevoked log of the deployment names.
        console.log("-- roles held now (from the deployment's RoleGranted/RoleRevoked logs, checked by hasRole) --");
        bytes32[] memory roles = _knownRoles(logs);
        for (uint256 i; i < logs.length; ++i) {
            bytes32 sig = logs[i].topics[0];
            if (sig != ROLE_GRANTED && sig != ROLE_REVOKED) continue;
            address emitter = logs[i].emitter;
            _check(_isListed(contracts, emitter), string.concat("roles on an unlisted contract ", vm.toString(emitter)));
            bytes32 role = logs[i].topics[1];
            address account = address(uint160(uint256(logs[i].topics[2])));
            if (_seenBefore(logs, i)) continue;
            bool held = IAccessControl(emitter).hasRole(role, account);
            string memory row = string.concat("  ", _name(emitter), "  ", _roleName(role), "  ", _name(account));
            console.log(held ? row : string.concat(row, "  (granted, then given up)"));
            _check(
                !(held && account == deployer),
                string.concat("deployer holds ", _roleName(role), " on ", _name(emitter))
            );
        }

        // Roles without a log, defensively: every known role name on every AccessControl contract.
        for (uint256 c; c < contracts.length; ++c) {
            if (!_isAccessControl(contracts[c])) continue;
            for (uint256 r; r < roles.length; ++r) {
                bool held = IAccessControl(contracts[c]).hasRole(roles[r], deployer);
                _check(!held, string.concat("deployer holds ", _roleName(roles[r]), " on ", _name(contracts[c])));
            }
        }

        // Owners and pending owners.
        console.log("-- owners and pending owners --");
        for (uint256 c; c < contracts.length; ++c) {
            _checkOwnerLike(contracts[c], "owner()");
            _checkOwnerLike(contracts[c], "pendingOwner()");
        }
        for (uint256 i; i < logs.length; ++i) {
            bytes32 sig = logs[i].topics[0];
            if (sig != OWNERSHIP_REQUESTED && sig != OWNERSHIP_TRANSFERRED) continue;
            _check(
                _isListed(contracts, logs[i].emitter),
                string.concat("ownership on an unlisted contract ", vm.toString(logs[i].emitter))
            );
        }
        if (useVrf) {
            address owner_ = _loadAddress(address(vrf), CHAINLINK_OWNER_SLOT);
            assertEq(owner_, vrf.owner(), "storage layout: s_owner is slot 0");
            address pending = _loadAddress(address(vrf), CHAINLINK_PENDING_OWNER_SLOT);
            console.log(string.concat("  VrfSource  s_pendingOwner (slot 1)  ", _name(pending)));
            _check(pending != deployer, "deployer is VrfSource's pending owner");
            _check(owner_ == address(timelock), "VrfSource's Chainlink owner is not the timelock");
            _check(pending == address(0), "VrfSource has a pending owner");

            // The subscription: its owner can remove the consumer (every review reverts) or cancel it.
            (,,, address subOwner, address[] memory consumers) = coordinator.getSubscription(subId);
            bytes32 base = keccak256(abi.encode(subId, SUBSCRIPTION_CONFIGS_SLOT));
            assertEq(_loadAddress(address(coordinator), uint256(base)), subOwner, "storage layout: subscription owner");
            address requested = _loadAddress(address(coordinator), uint256(base) + 1);
            console.log(string.concat("  VRF subscription  owner  ", _name(subOwner)));
            console.log(string.concat("  VRF subscription  requestedOwner  ", _name(requested)));
            _check(subOwner != deployer, "deployer owns the VRF subscription");
            _check(requested != deployer, "deployer is the VRF subscription's requested owner");
            _check(consumers.length == 1 && consumers[0] == address(vrf), "the subscription's consumer is VrfSource");
            console.log(string.concat("  VRFCoordinator (Chainlink's)  owner()  ", _name(coordinator.owner())));
        }

        // The timelock: its settings, and no operation the deployment scheduled is left to execute later.
        console.log("-- timelock --");
        console.log("  minDelay", timelock.getMinDelay());
        _check(timelock.getMinDelay() == GOVERNANCE_DELAY, "timelock delay is not the governance delay");
        _check(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)), "execution is not open to anyone");
        _check(timelock.hasRole(timelock.PROPOSER_ROLE(), governance), "governance cannot propose");
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(timelock) || logs[i].topics[0] != CALL_SCHEDULED) continue;
            bytes32 id = logs[i].topics[1];
            if (logs[i].topics[2] != bytes32(0)) continue; // one line per operation (its first call)
            bool pending = timelock.isOperationPending(id);
            console.log(string.concat("  operation ", vm.toString(id), pending ? "  PENDING" : "  done"));
            _check(!pending, "the deployment left a timelock operation pending");
        }

        console.log("== failures:", failures, "==");
        assertEq(failures, 0, "the deployer keeps some power (see the census above)");
    }

    /// @dev Every contract of the deployment (the coordinator is Chainlink's and checked apart).
    function _contracts() internal view returns (address[] memory list) {
        list = new address[](8);
        list[0] = address(timelock);
        list[1] = address(pool);
        list[2] = address(registry);
        list[3] = address(randomnessSource);
        list[4] = address(params);
        list[5] = address(manager);
        list[6] = address(reports);
        list[7] = address(usd);
    }

    /// @dev The known role names plus any other role a log names.
    function _knownRoles(Vm.Log[] memory logs) internal view returns (bytes32[] memory roles) {
        roles = new bytes32[](ROLE_NAMES.length + logs.length);
        uint256 n;
        for (uint256 i; i < ROLE_NAMES.length; ++i) {
            roles[n++] = _roleHash(ROLE_NAMES[i]);
        }
        for (uint256 i; i < logs.length; ++i) {
            bytes32 sig = logs[i].topics[0];
            if (sig != ROLE_GRANTED && sig != ROLE_REVOKED) continue;
            bytes32 role = logs[i].topics[1];
            bool seen;
            for (uint256 j; j < n; ++j) {
                if (roles[j] == role) seen = true;
            }
            if (!seen) roles[n++] = role;
        }
        assembly {
            mstore(roles, n)
        }
    }

    function _checkOwnerLike(address target, string memory getter) internal {
        (bool ok, bytes memory ret) = target.staticcall(abi.encodeWithSignature(getter));
        if (!ok || ret.length != 32) return;
        address who = abi.decode(ret, (address));
        console.log(string.concat("  ", _name(target), "  ", getter, "  ", _name(who)));
        _check(who != deployer, string.concat("deployer is ", getter, " of ", _name(target)));
    }

    function _check(bool ok, string memory what) internal {
        if (ok) return;
        ++failures;
        console.log("  FAIL:", what);
    }

    function _seenBefore(Vm.Log[] memory logs, uint256 i) internal pure returns (bool) {
        for (uint256 j; j < i; ++j) {
            bytes32 sig = logs[j].topics[0];
            if (sig != ROLE_GRANTED && sig != ROLE_REVOKED) continue;
            if (
                logs[j].emitter == logs[i].emitter && logs[j].topics[1] == logs[i].topics[1]
                    && logs[j].topics[2] == logs[i].topics[2]
            ) return true;
        }
        return false;
    }

    function _isListed(address[] memory contracts, address who) internal pure returns (bool) {
        for (uint256 i; i < contracts.length; ++i) {
            if (contracts[i] == who) return true;
        }
        return false;
    }

    function _isAccessControl(address target) internal view returns (bool) {
        (bool ok, bytes memory ret) =
            target.staticcall(abi.encodeWithSignature("supportsInterface(bytes4)", type(IAccessControl).interfaceId));
        return ok && ret.length == 32 && abi.decode(ret, (bool));
    }

    function _loadAddress(address target, uint256 slot) internal view returns (address) {
        return address(uint160(uint256(vm.load(target, bytes32(slot)))));
    }

    function _roleHash(string memory name) internal pure returns (bytes32) {
        return keccak256(bytes(name)) == keccak256("DEFAULT_ADMIN_ROLE") ? bytes32(0) : keccak256(bytes(name));
    }

    function _roleName(bytes32 role) internal view returns (string memory) {
        for (uint256 i; i < ROLE_NAMES.length; ++i) {
            if (_roleHash(ROLE_NAMES[i]) == role) return ROLE_NAMES[i];
        }
        return vm.toString(role);
    }

    function _name(address who) internal view returns (string memory) {
        if (who == address(0)) return "address(0) (anyone / nobody)";
        if (who == deployer) return "DEPLOYER";
        if (who == governance) return "governance multisig";
        if (who == operator) return "operator multisig";
        if (who == address(timelock)) return "TimelockController";
        if (who == address(pool)) return "MutualPool";
        if (who == address(registry)) return "WitnessRegistry";
        if (who == address(source) && who != address(0)) return "PrevrandaoSource";
        if (who == address(vrf) && who != address(0)) return "VrfSource";
        if (who == address(params)) return "ClaimParameters";
        if (who == address(manager)) return "ClaimsManager";
        if (who == address(reports)) return "FraudReports";
        if (who == address(usd)) return "TestStablecoin";
        if (who == address(coordinator) && who != address(0)) return "VRFCoordinator";
        if (who == address(this)) return "the test (chain setup)";
        return vm.toString(who);
    }
}
