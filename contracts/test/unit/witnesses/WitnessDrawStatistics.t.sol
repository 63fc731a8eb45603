// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {WitnessFixture} from "../../utils/WitnessFixture.sol";

/// @notice Selection frequencies over many draws are close to uniform (Pearson's chi-square).
/// @dev Thresholds are the chi-square critical values at p = 0.001 (df = k − 1): a uniform selector fails with
///      probability 1/1000 for a random seed sequence, and the seeds here are fixed, so the test is
///      deterministic. Drawing 3 without replacement makes each witness's count slightly less variable than a
///      multinomial (factor (N − 3)/(N − 1) = 17/19), so the statistic runs a little low and the test is
///      conservative against false alarms; it still flags any real bias (see the biased-selector control).
contract WitnessDrawStatisticsTest is WitnessFixture {
    uint256 internal constant N = 20;
    /// @dev chi-square(19) at p = 0.001, scaled by 1000.
    uint256 internal constant CRITICAL_DF19_X1000 = 43_820;
    /// @dev chi-square(17) at p = 0.001, scaled by 1000.
    uint256 internal constant CRITICAL_DF17_X1000 = 40_790;

    address[] internal _ws;

    function setUp() public override {
        super.setUp();
        _ws = _registerMany("w", N, REGION);
    }

    function test_draw_frequenciesAreUniform() public {
        uint256 draws = 3000;
        uint256[] memory counts = new uint256[](N);
        for (uint256 d; d < draws; ++d) {
            address[] memory drawn = _draw(d, uint256(keccak256(abi.encode("seed", d))), REGION, _none(), 3);
            for (uint256 i; i < 3; ++i) {
                ++counts[_indexOf(drawn[i])];
            }
        }
        uint256 statistic = _chiSquareX1000(counts, draws * 3);
        emit log_named_decimal_uint("chi-square (df 19), 3000 draws of 3", statistic, 3);
        assertLt(statistic, CRITICAL_DF19_X1000, "selection frequencies not uniform");
    }

    function test_draw_frequenciesAreUniformWithExclusions() public {
        // Two excluded witnesses (a claimant and a filer who are witnesses too): the other 18 stay uniform.
        address[] memory exclude = new address[](2);
        exclude[0] = _ws[3];
        exclude[1] = _ws[11];
        uint256 draws = 3600;
        uint256[] memory counts = new uint256[](N);
        for (uint256 d; d < draws; ++d) {
            address[] memory drawn = _draw(1, d, REGION, exclude, 1);
            ++counts[_indexOf(drawn[0])];
        }
        assertEq(counts[3], 0);
        assertEq(counts[11], 0);
        uint256[] memory kept = new uint256[](N - 2);
        uint256 k;
        for (uint256 i; i < N; ++i) {
            if (i != 3 && i != 11) kept[k++] = counts[i];
        }
        uint256 statistic = _chiSquareX1000(kept, draws);
        emit log_named_decimal_uint("chi-square (df 17), 3600 draws of 1, 2 excluded", statistic, 3);
        assertLt(statistic, CRITICAL_DF17_X1000, "selection frequencies not uniform");
    }

    /// @dev Control: the same statistic rejects a selector that is only slightly biased (one witness never
    ///      proposed, its share spread over the others), so the two tests above can fail.
    function test_chiSquare_rejectsBiasedSelector() public pure {
        uint256 draws = 9000;
        uint256[] memory counts = new uint256[](N);
        for (uint256 d; d < draws; ++d) {
            ++counts[uint256(keccak256(abi.encode(d))) % (N - 1)];
        }
        assertGt(_chiSquareX1000(counts, draws), CRITICAL_DF19_X1000);
    }

    function _chiSquareX1000(uint256[] memory counts, uint256 total) internal pure returns (uint256 sumX1000) {
        // Σ (observed − expected)² / expected with expected = total / k, computed as Σ (k·o − total)² / (k·total).
        uint256 k = counts.length;
        for (uint256 i; i < k; ++i) {
            uint256 scaled = counts[i] * k;
            uint256 diff = scaled > total ? scaled - total : total - scaled;
            sumX1000 += diff * diff * 1000 / (k * total);
        }
    }

    function _indexOf(address w) internal view returns (uint256) {
        for (uint256 i; i < N; ++i) {
            if (_ws[i] == w) return i;
        }
        revert("not a registered witness");
    }
}
