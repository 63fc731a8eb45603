// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Vm comes through Test.sol on purpose: importing "forge-std/Vm.sol" directly gives solc a second copy of the
// file under another source-unit name, and solcjs crashes on that ("memory access out of bounds").
import {Test} from "forge-std/Test.sol";

/// @notice What every gas bench shares: the recording of measured transactions and the JSON file the runner
///         (bench/gas.mjs) reads.
/// @dev Runs under `FOUNDRY_PROFILE=bench`, where `isolate = true`: each call this contract makes is executed
///      as a transaction of its own, so `vm.lastCallGas().gasTotalUsed` is what the receipt's `gasUsed`
///      says (21,000 intrinsic + calldata + execution, cold storage at the start, refunds applied).
///      bench/README.md has the check of that against a real anvil receipt.
abstract contract BenchBase is Test {
    /// @dev Where the runner collects results; one file per test, named after the suite and size.
    string internal constant DEFAULT_RAW_DIR = "../bench/results/.raw";

    string private _resultKey;
    string private _resultJson;
    string private _gasJson;
    string private _msJson;
    string private _noteJson;
    uint256 private _startedAt;

    /// @notice Starts a result file `<suite>-<members>.json`.
    function _begin(string memory suite, uint256 members) internal {
        _resultKey = string.concat(suite, "-", vm.toString(members));
        _startedAt = vm.unixTime();
        vm.serializeString(_resultKey, "suite", suite);
        _resultJson = vm.serializeUint(_resultKey, "members", members);
    }

    /// @notice Records the gas of the transaction just made under `operation`.
    function _recordLastCall(string memory operation) internal returns (uint256 gasUsed) {
        gasUsed = vm.lastCallGas().gasTotalUsed;
        _record(operation, gasUsed);
    }

    /// @notice Records a gas figure computed from one or more transactions (e.g. a per-member average).
    function _record(string memory operation, uint256 gasUsed) internal {
        _gasJson = vm.serializeUint(string.concat(_resultKey, ".gas"), operation, gasUsed);
    }

    /// @notice Records how long a phase took, in wall-clock milliseconds, since `startedAt` (a `vm.unixTime()`).
    function _recordMs(string memory phase, uint256 startedAt) internal {
        _msJson = vm.serializeUint(string.concat(_resultKey, ".ms"), phase, vm.unixTime() - startedAt);
    }

    /// @notice Records a number the report needs to explain a figure (batch sizes, counts).
    function _note(string memory name, uint256 value) internal {
        _noteJson = vm.serializeUint(string.concat(_resultKey, ".notes"), name, value);
    }

    /// @notice Records a value the runner needs verbatim (hashes, signatures), as text.
    function _noteText(string memory name, string memory value) internal {
        _noteJson = vm.serializeString(string.concat(_resultKey, ".notes"), name, value);
    }

    /// @notice Writes the result file.
    function _end() internal {
        _recordMs("total", _startedAt);
        string memory key = _resultKey;
        if (bytes(_gasJson).length != 0) vm.serializeString(key, "gas", _gasJson);
        if (bytes(_noteJson).length != 0) vm.serializeString(key, "notes", _noteJson);
        string memory json = vm.serializeString(key, "ms", _msJson);
        string memory dir = vm.envOr("BENCH_RAW_DIR", DEFAULT_RAW_DIR);
        vm.createDir(dir, true);
        vm.writeJson(json, string.concat(dir, "/", key, ".json"));
    }
}
