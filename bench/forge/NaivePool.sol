// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title NaivePool
/// @notice BENCH REFERENCE ONLY — never deployed, never imported by contracts/src or any script. It is the
///         design MutualPool exists to avoid: settlement charges every member by looping over all of them.
/// @dev Deliberately a fair opponent, not a straw man: each member is one storage slot (address, balance
///      and an active flag packed together), the share is computed from a running count, and the loop
///      does one read and one write per member — the least a loop over stored balances can do. Same rules
///      as MutualPool where they matter for gas: equal shares rounded up, dust to a reserve, members whose
///      balance falls below the minimum lapse during the same loop, claims paid by transfer at settlement.
contract NaivePool {
    using SafeERC20 for IERC20;

    struct Account {
        address who;
        uint88 balance;
        bool active;
    }

    struct Claim {
        address recipient;
        uint96 amount;
    }

    IERC20 public immutable token;
    uint256 public immutable minimumBalance;
    uint256 public immutable epochLength;
    uint256 public immutable genesis;
    address public immutable claims;

    Account[] internal _accounts;
    uint256 public activeMembers;
    mapping(bytes32 commitment => bool) public commitmentUsed;
    Claim[] internal _queue;
    uint256 internal _queueHead;
    uint256 public nextEpochToSettle;
    uint256 public reserve;

    error NaiveCommitmentUsed();
    error NaiveBelowMinimum();
    error NaiveEpochNotEnded();
    error NaiveNotClaims();

    event Joined(address indexed member, uint256 deposit);
    event Settled(uint256 indexed epoch, uint256 members, uint256 share, uint256 lapsed);

    constructor(IERC20 token_, uint256 minimumBalance_, uint256 epochLength_, address claims_) {
        token = token_;
        minimumBalance = minimumBalance_;
        epochLength = epochLength_;
        genesis = block.timestamp;
        claims = claims_;
    }

    /// @notice Same signature as MutualPool.join so the same bulk helper drives both; the hint is ignored.
    function join(bytes32 identityCommitment, uint256 deposit, uint32) external {
        if (commitmentUsed[identityCommitment]) revert NaiveCommitmentUsed();
        if (deposit < minimumBalance) revert NaiveBelowMinimum();
        commitmentUsed[identityCommitment] = true;
        _accounts.push(Account({who: msg.sender, balance: uint88(deposit), active: true}));
        ++activeMembers;
        token.safeTransferFrom(msg.sender, address(this), deposit);
        emit Joined(msg.sender, deposit);
    }

    /// @notice Same signature as MutualPool.queuePayment; the claim id is not kept.
    function queuePayment(uint256, address recipient, uint256 amount) external {
        if (msg.sender != claims) revert NaiveNotClaims();
        _queue.push(Claim({recipient: recipient, amount: uint96(amount)}));
    }

    /// @notice Charges every active member an equal share of the queued claims, one by one, and pays them.
    function settleEpoch() external {
        uint256 epoch = nextEpochToSettle;
        if (block.timestamp < genesis + (epoch + 1) * epochLength) revert NaiveEpochNotEnded();
        uint256 total;
        uint256 head = _queueHead;
        uint256 tail = _queue.length;
        for (uint256 k = head; k < tail; ++k) {
            total += _queue[k].amount;
        }
        uint256 members = activeMembers;
        uint256 share = members == 0 ? 0 : (total + members - 1) / members;
        uint256 lapsed;
        uint256 count = _accounts.length;
        uint256 minimum = minimumBalance;
        for (uint256 i; i < count; ++i) {
            Account storage account = _accounts[i];
            if (!account.active) continue;
            uint256 balance = account.balance - share;
            account.balance = uint88(balance);
            if (balance < minimum) {
                account.active = false;
                ++lapsed;
            }
        }
        activeMembers = members - lapsed;
        reserve += share * members - total;
        nextEpochToSettle = epoch + 1;
        for (uint256 k = head; k < tail; ++k) {
            Claim storage c = _queue[k];
            token.safeTransfer(c.recipient, c.amount);
        }
        _queueHead = tail;
        emit Settled(epoch, members, share, lapsed);
    }
}
