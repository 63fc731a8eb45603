// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Builds RLP-encoded execution block headers (Cancun layout) for tests, with a chosen number and mixHash.
library HeaderRlp {
    /// @notice A real header: anvil 1.7.1 block 2 (Prague layout), from `cast block 2 --raw`.
    bytes internal constant ANVIL_BLOCK_2 =
        hex"f9025fa01140429439214fd977a0f1a94e8a9b374c07deadce81cd3812808afddad5f2afa01dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347940000000000000000000000000000000000000000a0911e28dff46f76f078991f1940c3f8a65c0b32a6697458069dd882d1f2d362bca056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421b901000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000080028401c9c38080846b0b5a1f80a05d5c8167ce9a3e2c64c3229f8f92ff936149aa846283eb4cf48a814462669e9788000000000000000084342770c0a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b4218080a00000000000000000000000000000000000000000000000000000000000000000a0e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    bytes32 internal constant ANVIL_BLOCK_2_HASH = 0x9f2fcede48a0dfde1052f9664f534e965ffe2aee21c83513858a6043b254cccc;
    bytes32 internal constant ANVIL_BLOCK_2_MIX_HASH =
        0x5d5c8167ce9a3e2c64c3229f8f92ff936149aa846283eb4cf48a814462669e97;

    /// @notice A Cancun header for block `number` with `mixHash`; `extra` varies the other fields' lengths.
    function header(uint256 number, bytes32 mixHash, bytes memory extraData) internal pure returns (bytes memory) {
        bytes[] memory fields = new bytes[](20);
        fields[0] = encodeBytes(abi.encodePacked(keccak256(abi.encode("parent", number))));
        fields[1] = encodeBytes(abi.encodePacked(keccak256("ommers")));
        fields[2] = encodeBytes(abi.encodePacked(address(0xC0FFEE)));
        fields[3] = encodeBytes(abi.encodePacked(keccak256("state")));
        fields[4] = encodeBytes(abi.encodePacked(keccak256("txs")));
        fields[5] = encodeBytes(abi.encodePacked(keccak256("receipts")));
        fields[6] = encodeBytes(new bytes(256)); // logsBloom
        fields[7] = encodeUint(0); // difficulty
        fields[8] = encodeUint(number);
        fields[9] = encodeUint(30_000_000);
        fields[10] = encodeUint(12_345_678);
        fields[11] = encodeUint(1_764_000_000 + number * 12);
        fields[12] = encodeBytes(extraData);
        fields[13] = encodeBytes(abi.encodePacked(mixHash));
        fields[14] = encodeBytes(new bytes(8)); // nonce
        fields[15] = encodeUint(7 gwei);
        fields[16] = encodeBytes(abi.encodePacked(keccak256("withdrawals")));
        fields[17] = encodeUint(131_072);
        fields[18] = encodeUint(0);
        fields[19] = encodeBytes(abi.encodePacked(keccak256("beacon root")));
        return encodeList(fields);
    }

    function encodeUint(uint256 value) internal pure returns (bytes memory) {
        uint256 length;
        for (uint256 v = value; v != 0; v >>= 8) {
            ++length;
        }
        bytes memory b = new bytes(length);
        for (uint256 i; i < length; ++i) {
            b[i] = bytes1(uint8(value >> (8 * (length - 1 - i))));
        }
        return encodeBytes(b);
    }

    function encodeBytes(bytes memory b) internal pure returns (bytes memory) {
        if (b.length == 1 && uint8(b[0]) < 0x80) return b;
        return bytes.concat(_prefix(0x80, b.length), b);
    }

    function encodeList(bytes[] memory items) internal pure returns (bytes memory payload) {
        for (uint256 i; i < items.length; ++i) {
            payload = bytes.concat(payload, items[i]);
        }
        return bytes.concat(_prefix(0xc0, payload.length), payload);
    }

    function _prefix(uint8 base, uint256 length) private pure returns (bytes memory) {
        if (length <= 55) return abi.encodePacked(uint8(base + length));
        bytes memory len = encodeUint(length);
        // encodeUint prefixed a short-string byte; strip it to get the raw big-endian length.
        uint256 n = len.length == 1 ? 1 : len.length - 1;
        bytes memory raw = new bytes(n);
        for (uint256 i; i < n; ++i) {
            raw[i] = len.length == 1 ? len[0] : len[i + 1];
        }
        return bytes.concat(abi.encodePacked(uint8(base + 55 + n)), raw);
    }
}
