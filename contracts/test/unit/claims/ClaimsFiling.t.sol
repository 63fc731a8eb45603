// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {IClaimsManager} from "../../../src/interfaces/IClaimsManager.sol";
import {Claim, ClaimState, ReviewReason} from "../../../src/types/ClaimTypes.sol";

/// @notice A contract-wallet notary (ERC-1271) that approves digests its owner pre-approved.
contract WalletNotary is IERC1271 {
    mapping(bytes32 digest => bool) public approved;

    function approve(bytes32 digest) external {
        approved[digest] = true;
    }

    function isValidSignature(bytes32 digest, bytes memory) external view returns (bytes4) {
        return approved[digest] ? IERC1271.isValidSignature.selector : bytes4(0xffffffff);
    }
}

contract ClaimsFilingTest is ClaimsFixture {
    function test_fileClaim_recordsTheClaim() public {
        uint256 diagnosedAt = block.timestamp - 1 days;
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), diagnosedAt);
        vm.expectEmit(address(manager));
        emit IClaimsManager.ClaimFiled(
            1, claimant, notary, _doc(claimant), diagnosedAt, 100 * unit, REGION, block.timestamp + 7 days
        );
        vm.expectEmit(address(manager));
        emit IClaimsManager.ClaimStateChanged(
            1, ClaimState.None, ClaimState.Filed, ReviewReason.None, block.timestamp + 7 days
        );
        vm.prank(claimant);
        uint256 id = manager.fileClaim(_doc(claimant), diagnosedAt, 100 * unit, REGION, notary, sig);
        Claim memory c = manager.claim(id);
        assertEq(id, 1);
        assertEq(c.claimant, claimant);
        assertEq(uint8(c.state), uint8(ClaimState.Filed));
        assertEq(c.documentHash, _doc(claimant));
        assertEq(c.requestedAmount, 100 * unit);
        assertEq(c.region, REGION);
        assertEq(manager.openClaimOf(claimant), id);
        assertEq(manager.documentClaim(_doc(claimant)), id);
        assertEq(manager.drawExclusions(id)[0], claimant);
    }

    function test_fileClaim_acceptsAContractWalletNotary() public {
        WalletNotary wallet = new WalletNotary();
        vm.prank(operator);
        manager.setNotary(address(wallet), true);
        uint256 diagnosedAt = block.timestamp - 1 days;
        wallet.approve(manager.diagnosisDigest(claimant, _doc(claimant), diagnosedAt, REGION));
        vm.prank(claimant);
        uint256 id = manager.fileClaim(_doc(claimant), diagnosedAt, 100 * unit, REGION, address(wallet), "");
        assertEq(manager.claim(id).notary, address(wallet));
    }

    function test_fileClaim_revertsOnInvalidRegion() public {
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), block.timestamp - 1);
        vm.startPrank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsInvalidRegion.selector, 0));
        manager.fileClaim(_doc(claimant), block.timestamp - 1, 100 * unit, 0, notary, sig);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsInvalidRegion.selector, 65_536));
        manager.fileClaim(_doc(claimant), block.timestamp - 1, 100 * unit, 65_536, notary, sig);
        vm.stopPrank();
    }

    function test_fileClaim_revertsWhenNotaryNotListed() public {
        address fake = vm.addr(0xBAD);
        bytes memory sig = _sign(0xBAD, claimant, _doc(claimant), block.timestamp - 1);
        vm.prank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotaryNotListed.selector, fake));
        manager.fileClaim(_doc(claimant), block.timestamp - 1, 100 * unit, REGION, fake, sig);
    }

    function test_fileClaim_revertsWhenNotaryRemoved() public {
        vm.prank(operator);
        manager.setNotary(notary, false);
        assertFalse(manager.isNotary(notary));
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), block.timestamp - 1);
        vm.prank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotaryNotListed.selector, notary));
        manager.fileClaim(_doc(claimant), block.timestamp - 1, 100 * unit, REGION, notary, sig);
    }

    function test_fileClaim_revertsOnSignatureByAnotherKey() public {
        uint256 at = block.timestamp - 1;
        bytes memory sig = _sign(0xBAD, claimant, _doc(claimant), at);
        vm.prank(claimant);
        vm.expectRevert(
            abi.encodeWithSelector(
                IClaimsManager.ClaimsInvalidNotarySignature.selector, notary, claimant, _doc(claimant), at
            )
        );
        manager.fileClaim(_doc(claimant), at, 100 * unit, REGION, notary, sig);
    }

    function test_fileClaim_revertsOnSignatureForAnotherClaimant() public {
        uint256 at = block.timestamp - 1;
        // Signed for members[1]; members[0] cannot use it.
        bytes memory sig = _sign(notaryKey, members[1], _doc(claimant), at);
        vm.prank(claimant);
        vm.expectRevert(
            abi.encodeWithSelector(
                IClaimsManager.ClaimsInvalidNotarySignature.selector, notary, claimant, _doc(claimant), at
            )
        );
        manager.fileClaim(_doc(claimant), at, 100 * unit, REGION, notary, sig);
    }

    function test_fileClaim_revertsOnSignatureForAnotherDate() public {
        uint256 at = block.timestamp - 1;
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), at - 1);
        vm.prank(claimant);
        vm.expectRevert(
            abi.encodeWithSelector(
                IClaimsManager.ClaimsInvalidNotarySignature.selector, notary, claimant, _doc(claimant), at
            )
        );
        manager.fileClaim(_doc(claimant), at, 100 * unit, REGION, notary, sig);
    }

    function test_fileClaim_revertsOnFutureDiagnosis() public {
        uint256 at = block.timestamp + 1;
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), at);
        vm.prank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDiagnosisInFuture.selector, at, block.timestamp));
        manager.fileClaim(_doc(claimant), at, 100 * unit, REGION, notary, sig);
    }

    function test_fileClaim_revertsOnZeroOrAboveCap() public {
        uint256 at = block.timestamp - 1;
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), at);
        vm.startPrank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsAmountOutOfRange.selector, 0, 100_000 * unit));
        manager.fileClaim(_doc(claimant), at, 0, REGION, notary, sig);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsAmountOutOfRange.selector, 100_000 * unit + 1, 100_000 * unit)
        );
        manager.fileClaim(_doc(claimant), at, 100_000 * unit + 1, REGION, notary, sig);
        vm.stopPrank();
    }

    function test_fileClaim_revertsWhileAClaimIsOpen() public {
        uint256 id = _file(claimant, 100 * unit);
        uint256 at = block.timestamp - 1;
        bytes32 doc2 = keccak256("second document");
        bytes memory sig = _sign(notaryKey, claimant, doc2, at);
        vm.prank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsOpenClaimExists.selector, claimant, id));
        manager.fileClaim(doc2, at, 100 * unit, REGION, notary, sig);
    }

    function test_fileClaim_revertsOnAUsedDocument() public {
        uint256 id = _file(claimant, 100 * unit);
        uint256 at = block.timestamp - 1;
        address other = members[1];
        bytes memory sig = _sign(notaryKey, other, _doc(claimant), at);
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsDocumentUsed.selector, _doc(claimant), id));
        manager.fileClaim(_doc(claimant), at, 100 * unit, REGION, notary, sig);
    }

    function test_fileClaim_revertsWhenDiagnosedInTheWaitingPeriod() public {
        uint256 start = pool.coverageStartOf(claimant);
        uint256 at = start - 1;
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), at);
        vm.prank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotCovered.selector, claimant, at, start));
        manager.fileClaim(_doc(claimant), at, 100 * unit, REGION, notary, sig);
    }

    function test_fileClaim_revertsForANewMemberAndANonMember() public {
        address late = makeAddr("late");
        _join(late, 1000 * unit);
        uint256 at = block.timestamp;
        bytes memory sig = _sign(notaryKey, late, _doc(late), at);
        vm.prank(late);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimsManager.ClaimsNotCovered.selector, late, at, block.timestamp + WAITING)
        );
        manager.fileClaim(_doc(late), at, 100 * unit, REGION, notary, sig);

        sig = _sign(notaryKey, outsider, _doc(outsider), at);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotCovered.selector, outsider, at, 0));
        manager.fileClaim(_doc(outsider), at, 100 * unit, REGION, notary, sig);
    }

    function test_fileClaim_revertsAfterTheMemberAskedToLeave() public {
        vm.prank(claimant);
        pool.requestExit();
        uint256 at = block.timestamp - 1;
        bytes memory sig = _sign(notaryKey, claimant, _doc(claimant), at);
        uint256 start = pool.coverageStartOf(claimant);
        vm.prank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IClaimsManager.ClaimsNotCovered.selector, claimant, at, start));
        manager.fileClaim(_doc(claimant), at, 100 * unit, REGION, notary, sig);
    }
}
