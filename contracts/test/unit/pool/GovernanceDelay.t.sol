// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {PoolFixture} from "../../utils/PoolFixture.sol";
import {MutualPool} from "../../../src/MutualPool.sol";
import {IMutualPool} from "../../../src/interfaces/IMutualPool.sol";
import {IExitNoticeFloor} from "../../../src/interfaces/IExitNoticeFloor.sol";

/// @notice A floor source that answers a fixed value (stands in for ClaimParameters).
contract FixedNoticeFloor is IExitNoticeFloor {
    uint256 public value;

    constructor(uint256 value_) {
        value = value_;
    }

    function set(uint256 value_) external {
        value = value_;
    }

    function minimumExitNotice() external view returns (uint256) {
        return value;
    }
}

/// @notice Issue 8, item 5: the governance delay covers the exit notice, an epoch and the settlement slack; the
///         exit notice covers the claims' floor; `maxChargeBeforeExit` holds under every scheduled change; and
///         run-off starts once.
contract PoolGovernanceDelayTest is PoolFixture {
    /// @dev The production exit notice (the 7-day announcement window).
    uint256 internal constant NOTICE = 7 days;
    /// @dev The delay a governor's must exceed with that notice: 7 d + 14 d + 1 d.
    uint256 internal constant REQUIRED = NOTICE + EPOCH + 1 days;

    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal patient = makeAddr("patient");

    function setUp() public override {
        super.setUp();
        pool = new MutualPool(IERC20(address(usd)), EPOCH, WAITING, minimum, NOTICE, address(timelock), address(this));
        pool.grantRole(pool.CLAIMS_ROLE(), claims);
        pool.grantRole(pool.CREDITOR_ROLE(), creditor);
    }

    function _timelockWithDelay(uint256 delay) internal returns (TimelockController t) {
        address[] memory proposers = new address[](1);
        proposers[0] = address(this);
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        t = new TimelockController(delay, proposers, executors, address(0));
        pool.grantRole(pool.GOVERNOR_ROLE(), address(t));
    }

    function _schedule(bytes memory data) internal returns (bytes32 salt) {
        salt = keccak256(abi.encode(data, block.timestamp));
        timelock.schedule(address(pool), 0, data, bytes32(0), salt, GOVERNANCE_DELAY);
    }

    function _execute(bytes memory data, bytes32 salt) internal {
        timelock.execute(address(pool), 0, data, bytes32(0), salt);
    }

    /// @dev Tokens `who` has been charged so far, from a starting balance.
    function _charged(address who, uint256 deposit) internal view returns (uint256) {
        return deposit - pool.balanceOf(who);
    }

    // ───────────────────────────── the delay ─────────────────────────────

    /// @dev Regression (issue 8, item 5): a 21-day timelock, longer than one epoch but shorter than the exit
    ///      notice plus an epoch, governed the pool. A leaver stays counted up to `exitNotice + epochLength`
    ///      after asking, so such a change could reach members who asked to leave as soon as it was scheduled.
    function test_governance_delayMustCoverExitNoticeAndAnEpoch() public {
        assertEq(pool.governanceDelayRequired(), REQUIRED + 1);
        TimelockController old = _timelockWithDelay(21 days);
        bytes memory data = abi.encodeCall(IMutualPool.setMinimumBalance, (100 * unit));
        old.schedule(address(pool), 0, data, bytes32(0), bytes32(0), 21 days);
        vm.warp(block.timestamp + 21 days);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, 21 days, REQUIRED));
        old.execute(address(pool), 0, data, bytes32(0), bytes32(0));
        assertEq(pool.minimumBalance(), minimum);

        // Exactly exitNotice + epoch + slack is not enough either; one second more is.
        TimelockController edge = _timelockWithDelay(REQUIRED);
        edge.schedule(address(pool), 0, data, bytes32(0), bytes32(0), REQUIRED);
        vm.warp(block.timestamp + REQUIRED);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, REQUIRED, REQUIRED));
        edge.execute(address(pool), 0, data, bytes32(0), bytes32(0));

        TimelockController enough = _timelockWithDelay(REQUIRED + 1);
        enough.schedule(address(pool), 0, data, bytes32(0), bytes32(0), REQUIRED + 1);
        vm.warp(block.timestamp + REQUIRED + 1);
        enough.execute(address(pool), 0, data, bytes32(0), bytes32(0));
        assertEq(pool.minimumBalance(), 100 * unit);
    }

    function test_governance_everyCallNeedsTheLongerDelay() public {
        TimelockController old = _timelockWithDelay(21 days);
        bytes[] memory calls = new bytes[](4);
        calls[0] = abi.encodeCall(IMutualPool.setWaitingPeriod, (0));
        calls[1] = abi.encodeCall(IMutualPool.startRunOff, ());
        calls[2] = abi.encodeCall(IMutualPool.setExitNotice, (1 days));
        calls[3] = abi.encodeCall(IMutualPool.sweepReserve, (alice));
        for (uint256 i; i < calls.length; ++i) {
            old.schedule(address(pool), 0, calls[i], bytes32(0), bytes32(0), 21 days);
        }
        vm.warp(block.timestamp + 21 days);
        for (uint256 i; i < calls.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolGovernanceDelayTooShort.selector, 21 days, REQUIRED));
            old.execute(address(pool), 0, calls[i], bytes32(0), bytes32(0));
        }
    }

    function test_governanceDelayRequired_followsTheExitNotice() public {
        _governAs(abi.encodeCall(IMutualPool.setExitNotice, (3 days)));
        assertEq(pool.governanceDelayRequired(), 3 days + EPOCH + 1 days + 1);
    }

    // ───────────────────────────── the exit notice ─────────────────────────────

    function test_setExitNotice_delayMustCoverTheNewNotice() public {
        // 23 days covers 7 + 14 + 1, not 8 + 14 + 1.
        bytes memory data = abi.encodeCall(IMutualPool.setExitNotice, (8 days));
        bytes32 salt = _schedule(data);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                IMutualPool.PoolGovernanceDelayTooShort.selector, GOVERNANCE_DELAY, 8 days + EPOCH + 1 days
            )
        );
        _execute(data, salt);
        assertEq(pool.exitNotice(), NOTICE);

        uint256 longest = GOVERNANCE_DELAY - EPOCH - 1 days - 1;
        _governAs(abi.encodeCall(IMutualPool.setExitNotice, (longest)));
        assertEq(pool.exitNotice(), longest);
        assertEq(pool.governanceDelayRequired(), GOVERNANCE_DELAY);
    }

    function test_setExitNotice_refusedBelowTheFloor() public {
        FixedNoticeFloor floor = new FixedNoticeFloor(5 days);
        vm.expectEmit(true, false, false, true, address(pool));
        emit IMutualPool.NoticeFloorSourceSet(address(floor));
        pool.setNoticeFloorSource(address(floor));
        assertEq(pool.noticeFloorSource(), address(floor));

        bytes memory data = abi.encodeCall(IMutualPool.setExitNotice, (5 days - 1));
        bytes32 salt = _schedule(data);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolExitNoticeBelowFloor.selector, 5 days - 1, 5 days));
        _execute(data, salt);

        _governAs(abi.encodeCall(IMutualPool.setExitNotice, (5 days)));
        assertEq(pool.exitNotice(), 5 days);
    }

    function test_setNoticeFloorSource_refusedWhenTheNoticeIsAlreadyBelow() public {
        FixedNoticeFloor floor = new FixedNoticeFloor(NOTICE + 1);
        vm.expectRevert(abi.encodeWithSelector(IMutualPool.PoolExitNoticeBelowFloor.selector, NOTICE, NOTICE + 1));
        pool.setNoticeFloorSource(address(floor));
        assertEq(pool.noticeFloorSource(), address(0));
    }

    function test_setNoticeFloorSource_zeroClearsIt() public {
        FixedNoticeFloor floor = new FixedNoticeFloor(NOTICE);
        pool.setNoticeFloorSource(address(floor));
        pool.setNoticeFloorSource(address(0));
        assertEq(pool.noticeFloorSource(), address(0));
        _governAs(abi.encodeCall(IMutualPool.setExitNotice, (1 days)));
        assertEq(pool.exitNotice(), 1 days);
    }

    function test_setNoticeFloorSource_onlyRoleAdmin() public {
        bytes32 role = pool.DEFAULT_ADMIN_ROLE();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        pool.setNoticeFloorSource(address(1));
    }

    // ───────────────────────────── maxChargeBeforeExit ─────────────────────────────

    /// @dev Regression (issue 8, item 5): a member asks to leave while a 100× raise of the minimum balance is
    ///      scheduled; the raise executes at the earliest moment allowed, inside the member's exit epoch. The old
    ///      pool charged that epoch at the new cap (a promised 20 became 1,010); now the epochs of members
    ///      already leaving keep the cap they were promised.
    function test_maxChargeBeforeExit_holdsUnderAScheduledChange() public {
        uint256 deposit = 10_000 * unit;
        _join(alice, deposit);
        _join(bob, deposit);
        _queue(1, patient, 100_000 * unit); // far more than the pool can pay per epoch: every share is at the cap

        vm.warp(pool.genesis() + 1 days);
        bytes memory raise = abi.encodeCall(IMutualPool.setMinimumBalance, (100 * minimum));
        bytes32 salt = _schedule(raise);

        // Late in epoch 0, with the raise scheduled: the exit epoch is 1 (12 d + 7 d of notice).
        vm.warp(pool.genesis() + 12 days);
        vm.prank(alice);
        pool.requestExit();
        assertEq(pool.memberRecord(pool.memberIdOf(alice)).exitEpoch, 1);
        uint256 promised = pool.maxChargeBeforeExit(alice);
        assertEq(promised, 2 * minimum);

        _settleNext(); // epoch 0, on time
        vm.warp(pool.genesis() + 1 days + GOVERNANCE_DELAY); // the earliest moment: day 24, inside epoch 1
        _execute(raise, salt);
        assertEq(pool.minimumBalance(), 100 * minimum);
        // Anyone asking now (day 24, notice 7 days) leaves at epoch 2 at the latest: the raise applies from 3.
        assertEq(pool.shareCap(1), minimum, "alice's exit epoch keeps the old cap");
        assertEq(pool.shareCap(2), minimum);
        assertEq(pool.shareCap(3), 100 * minimum, "later epochs get the new one");
        assertLe(pool.maxChargeBeforeExit(alice), promised, "the promise never grows");

        _settleNext(); // epoch 1: alice's last
        assertLe(_charged(alice, deposit), promised, "alice was charged at most what she was promised");
        assertEq(_charged(alice, deposit), promised);
        vm.prank(alice);
        assertEq(pool.withdraw(), deposit - promised);

        // The raise applies from epoch 3 on.
        _settleNext();
        assertEq(_charged(bob, deposit), 3 * minimum);
        _settleNext();
        assertEq(_charged(bob, deposit), 3 * minimum + 100 * minimum);
        _checkConservation();
    }

    /// @dev A cut of the exit notice executed with the raise cannot shorten the promise of those who asked under
    ///      the longer notice: the raise waits for the last exit epoch the old notice could give.
    function test_maxChargeBeforeExit_holdsWhenTheNoticeIsCutToo() public {
        uint256 deposit = 10_000 * unit;
        _join(alice, deposit);
        _join(bob, deposit);
        _queue(1, patient, 100_000 * unit);

        vm.warp(pool.genesis() + 1 days);
        bytes memory cut = abi.encodeCall(IMutualPool.setExitNotice, (0));
        bytes memory raise = abi.encodeCall(IMutualPool.setMinimumBalance, (100 * minimum));
        bytes32 cutSalt = _schedule(cut);
        bytes32 raiseSalt = _schedule(raise);
        _settleNext(); // epoch 0

        // One second before both can execute, alice asks under the 7-day notice: exit epoch 2 (day 31).
        vm.warp(pool.genesis() + 1 days + GOVERNANCE_DELAY - 1);
        vm.prank(alice);
        pool.requestExit();
        assertEq(pool.memberRecord(pool.memberIdOf(alice)).exitEpoch, 2);
        uint256 promised = pool.maxChargeBeforeExit(alice);
        assertEq(promised, 2 * minimum);

        vm.warp(block.timestamp + 1);
        _execute(cut, cutSalt);
        _execute(raise, raiseSalt);
        assertEq(pool.exitNotice(), 0);
        assertEq(pool.shareCap(2), minimum, "alice's exit epoch, from the notice before the cut");
        assertEq(pool.shareCap(3), 100 * minimum);
        _settleNext();
        _settleNext();
        assertEq(_charged(alice, deposit), minimum + promised);
        assertEq(deposit - minimum - pool.balanceOf(alice), promised, "epochs 1 and 2: as promised");
        _checkConservation();
    }

    /// @dev The promise also holds for a member who asked as the change was scheduled when nobody settles its
    ///      exit epoch until long after the change executed (more than the settlement slack).
    function test_maxChargeBeforeExit_holdsWhenSettlementIsLate() public {
        uint256 deposit = 10_000 * unit;
        _join(alice, deposit);
        _join(bob, deposit);
        _queue(1, patient, 100_000 * unit);

        vm.warp(pool.genesis() + 13 days);
        bytes memory raise = abi.encodeCall(IMutualPool.setMinimumBalance, (100 * minimum));
        bytes32 salt = _schedule(raise);
        vm.prank(alice);
        pool.requestExit(); // exit epoch 1 (13 d + 7 d)
        uint256 promised = pool.maxChargeBeforeExit(alice);
        assertEq(promised, 2 * minimum);

        vm.warp(block.timestamp + GOVERNANCE_DELAY); // day 36: epochs 0 and 1 ended, nobody settled them
        _execute(raise, salt);
        _catchUp();
        assertEq(pool.nextEpochToSettle(), 2);
        assertEq(_charged(alice, deposit), promised);
        _checkConservation();
    }

    /// @dev A cut of the minimum applies to every share at once (solvency: no counted member may be charged more
    ///      than the new minimum), and the promise only shrinks.
    function test_setMinimumBalance_cutAppliesToTheShareAtOnce() public {
        _join(alice, 100 * unit);
        _join(bob, 100 * unit);
        _queue(1, patient, 1000 * unit);
        vm.warp(pool.genesis() + 12 days);
        vm.prank(alice);
        pool.requestExit();
        uint256 promised = pool.maxChargeBeforeExit(alice);
        _governAs(abi.encodeCall(IMutualPool.setMinimumBalance, (minimum / 2)));
        assertEq(pool.shareCap(1), minimum / 2);
        assertEq(pool.maxChargeBeforeExit(alice), 2 * (minimum / 2), "epochs 0 and 1 unsettled, both at M/2");
        assertLe(pool.maxChargeBeforeExit(alice), promised);
        _catchUp();
        assertEq(pool.epochRecord(0).share, minimum / 2);
        assertEq(pool.epochRecord(1).share, minimum / 2);
        _checkConservation();
    }

    /// @dev Two raises in a row: the epochs promised before the first keep the lowest cap until they are settled.
    function test_shareCap_twoRaisesKeepTheFirstPromise() public {
        _join(alice, 10_000 * unit);
        _join(bob, 10_000 * unit);
        vm.warp(pool.genesis() + 12 days);
        vm.prank(alice);
        pool.requestExit(); // exit epoch 1
        _governAs(abi.encodeCall(IMutualPool.setMinimumBalance, (2 * minimum))); // day 35: from epoch 4 on
        _governAs(abi.encodeCall(IMutualPool.setMinimumBalance, (3 * minimum))); // day 58: from epoch 5 on
        assertEq(pool.shareCap(0), minimum);
        assertEq(pool.shareCap(1), minimum);
        assertEq(pool.shareCap(4), minimum, "the first raise's epochs are not given the second's cap");
        assertEq(pool.shareCap(5), 3 * minimum);
        assertEq(pool.maxChargeBeforeExit(alice), 2 * minimum);
        // Once those epochs are settled, the old cap is history: a third raise starts from the second.
        vm.warp(pool.genesis() + 6 * EPOCH);
        _catchUp();
        assertEq(pool.nextEpochToSettle(), 6);
        _governAs(abi.encodeCall(IMutualPool.setMinimumBalance, (4 * minimum))); // day 107: from epoch 9 on
        assertEq(pool.shareCap(pool.nextEpochToSettle()), 3 * minimum);
        assertEq(pool.shareCap(9), 4 * minimum);
    }

    function test_maxChargeBeforeExit_activeMemberSeesTheCapSchedule() public {
        _join(alice, 10_000 * unit);
        _join(bob, 10_000 * unit);
        vm.warp(pool.genesis() + 12 days);
        vm.prank(bob);
        pool.requestExit(); // exit epoch 1
        _governAs(abi.encodeCall(IMutualPool.setMinimumBalance, (100 * minimum))); // day 35, epoch 2
        // Alice, still active, asking now would leave at epoch 3 (35 d + 7 d): epochs 0 to 3, all unsettled,
        // keep the old cap; later she would be charged at the new one.
        assertEq(pool.nextEpochToSettle(), 0);
        assertEq(pool.maxChargeBeforeExit(alice), 4 * minimum);
        vm.warp(pool.genesis() + 4 * EPOCH + 1);
        assertEq(pool.maxChargeBeforeExit(alice), 4 * minimum + 100 * minimum, "asking in epoch 4: epoch 4 new");
    }

    // ───────────────────────────── run-off ─────────────────────────────

    /// @dev Regression (issue 8, "also check"): startRunOff could be called again, moving runOffStartedAt.
    function test_startRunOff_cannotBeCalledTwice() public {
        _governAs(abi.encodeCall(IMutualPool.startRunOff, ()));
        uint256 startedAt = pool.runOffStartedAt();
        bytes memory data = abi.encodeCall(IMutualPool.startRunOff, ());
        bytes32 salt = _schedule(data);
        vm.warp(block.timestamp + GOVERNANCE_DELAY);
        vm.expectRevert(IMutualPool.PoolInRunOff.selector);
        _execute(data, salt);
        assertEq(pool.runOffStartedAt(), startedAt);
    }
}
