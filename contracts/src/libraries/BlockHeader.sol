// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IPrevrandaoSource} from "../interfaces/IPrevrandaoSource.sol";

/// @title BlockHeader
/// @notice Reads `mixHash` (the block's `prevrandao` since the merge) from an RLP-encoded execution block header.
/// @dev The header is an RLP list whose fields 0..13 have been the same since London: parentHash, ommersHash,
///      coinbase, stateRoot, transactionsRoot, receiptsRoot, logsBloom, difficulty, number, gasLimit, gasUsed,
///      timestamp, extraData, mixHash, then fork-specific fields that are never read. Callers must first check
///      `keccak256(header) == blockhash(n)`: a header that hashes to a real block hash is well formed, so this
///      reader only guards its reads by calldata bounds (out-of-range reads revert).
library BlockHeader {
    /// @notice The field index of `mixHash`.
    uint256 internal constant MIX_HASH_FIELD = 13;

    /// @notice `mixHash` of an RLP-encoded header.
    /// @param header The RLP-encoded header.
    /// @return mixHash The header's mixHash (post-merge: the block's prevrandao).
    function mixHash(bytes calldata header) internal pure returns (bytes32) {
        (uint256 offset,) = _prefix(header, 0); // the list's payload starts at `offset`
        for (uint256 field; field < MIX_HASH_FIELD; ++field) {
            (uint256 payloadOffset, uint256 length) = _prefix(header, offset);
            offset = payloadOffset + length;
        }
        // mixHash is a 32-byte string: prefix 0x80 + 32 = 0xa0, then the bytes.
        (uint256 start, uint256 size) = _prefix(header, offset);
        if (size != 32) revert IPrevrandaoSource.RandomnessHeaderMalformed(MIX_HASH_FIELD, size);
        return bytes32(header[start:start + 32]);
    }

    /// @dev The RLP item at `offset`: where its payload starts and how long it is.
    function _prefix(bytes calldata data, uint256 offset) private pure returns (uint256 payload, uint256 length) {
        uint256 b = uint8(data[offset]);
        if (b < 0x80) return (offset, 1); // a single byte is its own payload
        if (b < 0xb8) return (offset + 1, b - 0x80); // short string
        if (b < 0xc0) return _long(data, offset, b - 0xb7); // long string
        if (b < 0xf8) return (offset + 1, b - 0xc0); // short list
        return _long(data, offset, b - 0xf7); // long list
    }

    /// @dev A long item: `lengthOfLength` big-endian bytes of length follow the prefix byte.
    function _long(bytes calldata data, uint256 offset, uint256 lengthOfLength)
        private
        pure
        returns (uint256 payload, uint256 length)
    {
        for (uint256 i = 1; i <= lengthOfLength; ++i) {
            length = (length << 8) | uint8(data[offset + i]);
        }
        payload = offset + 1 + lengthOfLength;
    }
}
