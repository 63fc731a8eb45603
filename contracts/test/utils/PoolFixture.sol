// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {MutualPool} from "../../src/MutualPool.sol";
import {Stablecoins} from "../doubles/Stablecoins.sol";

/// @notice Shared setup: the stablecoin named by `LASHOU_TOKEN` (the project's test stablecoin by default, or the
///         double of USDC, USDT or DAI: see test/doubles/Stablecoins.sol), a timelock whose delay exceeds the exit notice plus one
///         epoch plus the settlement slack (23 days: long enough for the 7-day notice too), and a
///         pool whose claims and creditor roles are held by this test contract (standing in for the modules).
abstract contract PoolFixture is Stablecoins {
    uint256 internal constant EPOCH = 14 days;
    uint256 internal constant WAITING = 90 days;
    /// @dev Zero here so unit tests see "exit epoch = current epoch"; the notice itself is tested in
    ///      test/unit/pool/ExitNotice.t.sol and the protocol fixtures use the production value.
    uint256 internal constant EXIT_NOTICE = 0;
    uint256 internal constant GOVERNANCE_DELAY = 23 days;

    IERC20Metadata internal usd;
    TimelockController internal timelock;
    MutualPool internal pool;
    uint256 internal unit;
    uint256 internal minimum;

    address internal claims = makeAddr("claims");
    address internal creditor = makeAddr("creditor");

    function setUp() public virtual {
        _deploy(6);
    }

    /// @dev The stablecoin the pool is deployed on: the `LASHOU_TOKEN` kind (whose decimals win over `decimals`
    ///      for the doubles). A suite may override it (e.g. with one that can refuse transfers to an address) and
    ///      then also `_fund`.
    function _poolToken(uint8 decimals) internal virtual returns (address) {
        return _newStablecoin(decimals);
    }

    /// @dev The pool's exit notice at deployment; the claims fixture overrides it with the production floor.
    function _exitNotice() internal view virtual returns (uint256) {
        return EXIT_NOTICE;
    }

    /// @dev The timelock's delay; it must exceed `_exitNotice()` + one epoch + the settlement slack.
    function _governanceDelay() internal view virtual returns (uint256) {
        return GOVERNANCE_DELAY;
    }

    /// @dev The timelock delay in force (what tests schedule with).
    function _delay() internal view returns (uint256) {
        return timelock.getMinDelay();
    }

    function _deploy(uint8 decimals) internal {
        usd = IERC20Metadata(_poolToken(decimals));
        unit = 10 ** usd.decimals();
        minimum = 10 * unit;
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        timelock = new TimelockController(_governanceDelay(), proposers, executors, address(0));
        pool = new MutualPool(
            IERC20(address(usd)), EPOCH, WAITING, minimum, _exitNotice(), address(timelock), address(this)
        );
        pool.grantRole(pool.CLAIMS_ROLE(), claims);
        pool.grantRole(pool.CREDITOR_ROLE(), creditor);
    }

    function _fund(address who, uint256 amount) internal virtual {
        _mintTokens(address(usd), who, amount);
        if (usd.allowance(who, address(pool)) != type(uint256).max) {
            _approveAs(address(usd), who, address(pool), type(uint256).max);
        }
    }

    function _commitment(address who) internal pure returns (bytes32) {
        return keccak256(abi.encode("lashou-test-identity", who));
    }

    function _join(address who, uint256 deposit) internal {
        _fund(who, deposit);
        vm.prank(who);
        pool.join(_commitment(who), deposit, 0);
    }

    /// @dev Joins with an explicit sorted-list hint (the right predecessor, found off chain).
    function _joinHinted(address who, uint256 deposit) internal {
        _fund(who, deposit);
        uint32 hint = pool.findInsertPosition(int256(deposit) + pool.index(), 0);
        vm.prank(who);
        pool.join(_commitment(who), deposit, hint);
    }

    function _topUp(address who, uint256 amount) internal {
        _fund(who, amount);
        vm.prank(who);
        pool.topUp(amount, 0);
    }

    function _queue(uint256 claimId, address recipient, uint256 amount) internal returns (uint256 paymentId) {
        vm.prank(claims);
        paymentId = pool.queuePayment(claimId, recipient, amount);
    }

    function _credit(uint256 amount) internal {
        _fund(creditor, amount);
        vm.prank(creditor);
        pool.creditMembers(amount, "TEST", 0);
    }

    /// @dev Warps to the end of the oldest unsettled epoch, processes lapses, and settles it.
    function _settleNext() internal {
        uint256 endsAt = pool.genesis() + (pool.nextEpochToSettle() + 1) * EPOCH;
        if (block.timestamp < endsAt) vm.warp(endsAt);
        while (pool.lapsesPending()) pool.processLapses(64);
        pool.settleEpoch();
    }

    /// @dev Settles every epoch that has already ended (processing lapses as needed), without warping.
    function _catchUp() internal {
        while (block.timestamp >= pool.genesis() + (pool.nextEpochToSettle() + 1) * EPOCH) {
            while (pool.lapsesPending()) pool.processLapses(64);
            pool.settleEpoch();
        }
    }

    function _warpEpochs(uint256 epochs) internal {
        vm.warp(block.timestamp + epochs * EPOCH);
    }

    /// @dev Schedules `data` on the pool through the timelock, waits out the delay and executes it.
    function _governAs(bytes memory data) internal {
        bytes32 salt = keccak256(abi.encode(data, block.timestamp));
        timelock.schedule(address(pool), 0, data, bytes32(0), salt, GOVERNANCE_DELAY);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        timelock.execute(address(pool), 0, data, bytes32(0), salt);
    }

    function _checkConservation() internal view {
        assertEq(
            usd.balanceOf(address(pool)),
            pool.memberFunds() + pool.reserve() + pool.unclaimedPayouts(),
            "conservation: balance == memberFunds + reserve + unclaimedPayouts"
        );
    }
}
