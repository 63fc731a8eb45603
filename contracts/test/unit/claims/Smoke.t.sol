// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ClaimsFixture} from "../../utils/ClaimsFixture.sol";
import {ClaimState} from "../../../src/types/ClaimTypes.sol";

contract SmokeTest is ClaimsFixture {
    function test_happy() public {
        uint256 id = _paid(claimant, 100 * unit);
        assertEq(uint8(_state(id)), uint8(ClaimState.Paid));
        _assertMoney();
    }
}
