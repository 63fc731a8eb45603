// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IRandomnessSource} from "../interfaces/IRandomnessSource.sol";
import {IPrevrandaoSource} from "../interfaces/IPrevrandaoSource.sol";
import {BlockHeader} from "../libraries/BlockHeader.sol";

/// @title PrevrandaoSource
/// @notice Randomness from a future block's `prevrandao`, on any post-merge chain whose `prevrandao` is the
///         beacon chain's RANDAO mix (Ethereum, its testnets, anvil). Not for L2s whose `prevrandao` is a
///         constant or known to the sequencer in advance (Arbitrum, OP-stack): use `VrfSource` there.
/// @dev Why this design (docs/witness-draw.md, "Randomness", has the full argument):
///
///      `block.prevrandao` is readable only inside its own block, and `blockhash(n)` only for the 256 blocks
///      after `n`. Reading "whatever `prevrandao` is current when someone calls" would let the caller pick among
///      successive values (each is known a block ahead). Using `blockhash(t)` itself would let block `t`'s
///      proposer grind the hash freely (extraData, transaction order). So the value is bound to one block, `t`,
///      and to its `mixHash` only: during block `t` it is `block.prevrandao`; afterwards it is read from block
///      `t`'s header, authenticated by `blockhash(t)` (post-merge headers carry prevrandao as `mixHash`). Both
///      give the same number, so when `fulfill` is called changes nothing. What remains is the proposers' bias:
///      the proposer of block `t − 1` (the last RANDAO reveal folded into `prevrandao(t)`) can see the outcome
///      and withhold its block, one bit of influence per colluding proposer, paid for with the block reward.
contract PrevrandaoSource is IPrevrandaoSource, AccessControl {
    using SafeCast for uint256;

    /// @notice May request randomness: the claims module.
    bytes32 public constant CONSUMER_ROLE = keccak256("CONSUMER_ROLE");
    /// @notice Blocks for which `blockhash` is available.
    uint256 public constant BLOCKHASH_HISTORY = 256;

    /// @inheritdoc IPrevrandaoSource
    uint256 public immutable override delay;

    struct Request {
        uint64 targetBlock;
        bool fulfilled;
        uint256 value;
    }

    mapping(uint256 requestId => Request) private _requests;
    uint256 private _lastRequestId;

    /// @param delay_ Blocks from a request to its target block (≥ 1; see docs/witness-draw.md for the choice).
    /// @param admin Holder of `DEFAULT_ADMIN_ROLE`, which grants `CONSUMER_ROLE`.
    constructor(uint256 delay_, address admin) {
        if (delay_ == 0 || delay_ > BLOCKHASH_HISTORY) revert RandomnessDelayInvalid(delay_);
        delay = delay_;
        emit PrevrandaoSourceConfigured(delay_);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IRandomnessSource
    function requestRandomness() external override returns (uint256 requestId) {
        if (!hasRole(CONSUMER_ROLE, msg.sender)) revert RandomnessNotConsumer(msg.sender);
        requestId = ++_lastRequestId;
        uint256 target = block.number + delay;
        _requests[requestId].targetBlock = target.toUint64();
        emit RandomnessRequested(requestId, msg.sender, target);
    }

    /// @inheritdoc IPrevrandaoSource
    function fulfill(uint256 requestId, bytes calldata header) external override returns (uint256 value) {
        Request storage request = _requests[requestId];
        uint256 target = request.targetBlock;
        if (target == 0) revert RandomnessUnknownRequest(requestId);
        if (request.fulfilled) return request.value;
        if (block.number < target) revert RandomnessNotYetAvailable(requestId, target, block.number);
        bytes32 mix;
        if (block.number == target) {
            mix = bytes32(block.prevrandao);
        } else {
            if (block.number - target > BLOCKHASH_HISTORY) revert RandomnessExpired(requestId, target);
            bytes32 expected = blockhash(target);
            bytes32 actual = keccak256(header);
            if (actual != expected) revert RandomnessHeaderMismatch(requestId, expected, actual);
            mix = BlockHeader.mixHash(header);
        }
        value = uint256(keccak256(abi.encode(mix, requestId)));
        request.fulfilled = true;
        request.value = value;
        emit RandomnessFulfilled(requestId, value);
    }

    /// @inheritdoc IRandomnessSource
    function randomness(uint256 requestId) external view override returns (bool ready, bool expired, uint256 value) {
        Request storage request = _requests[requestId];
        if (request.targetBlock == 0) revert RandomnessUnknownRequest(requestId);
        if (request.fulfilled) return (true, false, request.value);
        return (false, block.number > request.targetBlock + BLOCKHASH_HISTORY, 0);
    }

    /// @inheritdoc IRandomnessSource
    /// @dev True from the target block on: during block `t` any transaction reads `block.prevrandao` (the
    ///      value's only input) and after it the header gives it, so whether it was recorded or has expired does
    ///      not matter. An unknown id (target 0) is not known.
    function isKnown(uint256 requestId) external view override returns (bool) {
        uint256 target = _requests[requestId].targetBlock;
        return target != 0 && block.number >= target;
    }

    /// @inheritdoc IPrevrandaoSource
    function targetBlock(uint256 requestId) external view override returns (uint256) {
        return _requests[requestId].targetBlock;
    }
}
