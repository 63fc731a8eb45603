// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ProtocolFixture} from "../utils/ProtocolFixture.sol";

/// @notice Every deployed contract fits EIP-170's limit, with the wiring of production (a contract above it deploys
///         on a test EVM that ignores the limit, then cannot be deployed on any real chain).
contract CodeSizeTest is ProtocolFixture {
    uint256 internal constant EIP170_LIMIT = 24_576;

    function test_property_everyContractFitsTheCodeSizeLimit() public view {
        address[8] memory deployed = [
            address(pool),
            address(registry),
            address(randomnessSource),
            address(params),
            address(manager),
            address(reports),
            address(timelock),
            address(usd)
        ];
        for (uint256 i; i < deployed.length; ++i) {
            assertGt(deployed[i].code.length, 0, "deployed");
            assertLe(deployed[i].code.length, EIP170_LIMIT, "within EIP-170");
        }
    }
}
