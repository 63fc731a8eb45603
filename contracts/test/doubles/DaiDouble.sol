// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title DaiDouble
/// @notice A test double of Dai on Ethereum: MakerDAO's `dai.sol` of the Multi-Collateral Dai release
///         (makerdao/dss, `src/dai.sol`, Solidity 0.5.12, deployed at 0x6B175474E89094C44Da98b954EedeAC495271d0F
///         with `LibNote` logging on `rely`/`deny`). Written for Lashou from the public behaviour of that code, not
///         copied from it: the same external functions, revert strings, events and return values.
///
///         What callers notice, all reproduced:
///         - 18 decimals, name "Dai Stablecoin", symbol "DAI", `version` "1".
///         - Auth: `wards(address)`; `rely`/`deny` and `mint` need a ward ("Dai/not-authorized"); the deployer is
///           the first ward. `rely` and `deny` also emit the anonymous `LogNote` event of LibNote.
///         - Anyone may `burn` their own tokens, or someone else's on an allowance.
///         - `transfer` is `transferFrom(msg.sender, ...)`: the balance is checked first
///           ("Dai/insufficient-balance"), then the allowance ("Dai/insufficient-allowance"), and a caller moving
///           its own tokens with transferFrom (`src == msg.sender`) needs no allowance.
///         - An allowance of `type(uint256).max` is infinite: it never decreases. transferFrom emits no Approval.
///         - No zero-address checks on transfer, approve or mint; no pause; no blacklist; no EIP-2612.
///         - Its own, older permit: `permit(holder, spender, nonce, expiry, allowed, v, r, s)` over
///           `Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)`. `allowed = true`
///           sets the allowance to `type(uint256).max`, `false` to zero; `expiry = 0` never expires; the nonce
///           must be the holder's current one. Checks in order: "Dai/invalid-address-0" (holder is zero),
///           "Dai/invalid-permit" (plain `ecrecover`: no `s` or `v` checks, no ERC-1271), "Dai/permit-expired",
///           "Dai/invalid-nonce". Anyone may submit it.
///         - `DOMAIN_SEPARATOR` is a storage value fixed at construction from the chain id given to the
///           constructor (name "Dai Stablecoin", version "1"): it does not follow a later change of chain id.
///           There is NO EIP-5267 `eip712Domain()`.
///         - `push(usr, wad)`, `pull(usr, wad)` and `move(src, dst, wad)` are transferFrom shorthands.
///         - Arithmetic overflow reverts with EMPTY data (Dai's own `add`/`sub` are bare requires).
/// @dev Constructor: `constructor(uint256 chainId_)`, as the original: pass `block.chainid`. The deployer becomes
///      a ward; to mint for a test, a ward calls `mint(to, amount)`.
contract DaiDouble {
    // --- Auth ---

    /// @notice 1 for an address allowed to mint and to add or remove wards.
    mapping(address usr => uint256) public wards;

    // --- ERC-20 data ---

    /// @notice "Dai Stablecoin" (also the EIP-712 domain name).
    string public constant name = "Dai Stablecoin";
    /// @notice "DAI".
    string public constant symbol = "DAI";
    /// @notice "1" (also the EIP-712 domain version).
    string public constant version = "1";
    /// @notice 18.
    uint8 public constant decimals = 18;
    uint256 public totalSupply;

    mapping(address usr => uint256) public balanceOf;
    mapping(address src => mapping(address guy => uint256)) public allowance;
    /// @notice The holder's next permit nonce.
    mapping(address holder => uint256) public nonces;

    // --- EIP-712 ---

    /// @notice Fixed at construction from the constructor's chain id.
    // solhint-disable-next-line var-name-mixedcase
    bytes32 public DOMAIN_SEPARATOR;
    /// @notice keccak256("Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)")
    bytes32 public constant PERMIT_TYPEHASH =
        keccak256("Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)");

    // --- Events (the original's names for the arguments) ---

    event Approval(address indexed src, address indexed guy, uint256 wad);
    event Transfer(address indexed src, address indexed dst, uint256 wad);
    /// @notice LibNote's log of `rely`/`deny`: selector, caller, the first two argument words as topics, and the
    ///         first 224 bytes of calldata (zero-padded) as data.
    event LogNote(
        bytes4 indexed sig, address indexed usr, bytes32 indexed arg1, bytes32 indexed arg2, bytes data
    ) anonymous;

    modifier auth() {
        require(wards[msg.sender] == 1, "Dai/not-authorized");
        _;
    }

    /// @dev LibNote's `note`: logs after the function body has run.
    modifier note() {
        _;
        bytes memory data = new bytes(224);
        bytes32 arg1;
        bytes32 arg2;
        assembly ("memory-safe") {
            // Copying past the end of calldata yields zeros, as LibNote's calldatacopy of a constant 224 bytes.
            calldatacopy(add(data, 0x20), 0, 224)
            arg1 := calldataload(4)
            arg2 := calldataload(36)
        }
        emit LogNote(msg.sig, msg.sender, arg1, arg2, data);
    }

    /// @param chainId_ The chain id baked into `DOMAIN_SEPARATOR` (normally `block.chainid`).
    constructor(uint256 chainId_) {
        wards[msg.sender] = 1;
        DOMAIN_SEPARATOR = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(name)),
                keccak256(bytes(version)),
                chainId_,
                address(this)
            )
        );
    }

    function rely(address guy) external note auth {
        wards[guy] = 1;
    }

    function deny(address guy) external note auth {
        wards[guy] = 0;
    }

    // --- Token ---

    function transfer(address dst, uint256 wad) external returns (bool) {
        return transferFrom(msg.sender, dst, wad);
    }

    /// @notice Balance first, then the allowance (skipped for the holder itself and for an infinite allowance).
    function transferFrom(address src, address dst, uint256 wad) public returns (bool) {
        require(balanceOf[src] >= wad, "Dai/insufficient-balance");
        if (src != msg.sender && allowance[src][msg.sender] != type(uint256).max) {
            require(allowance[src][msg.sender] >= wad, "Dai/insufficient-allowance");
            allowance[src][msg.sender] = _sub(allowance[src][msg.sender], wad);
        }
        balanceOf[src] = _sub(balanceOf[src], wad);
        balanceOf[dst] = _add(balanceOf[dst], wad);
        emit Transfer(src, dst, wad);
        return true;
    }

    function mint(address usr, uint256 wad) external auth {
        balanceOf[usr] = _add(balanceOf[usr], wad);
        totalSupply = _add(totalSupply, wad);
        emit Transfer(address(0), usr, wad);
    }

    /// @notice Burns `wad` of `usr`'s tokens: its own, or on an allowance as transferFrom.
    function burn(address usr, uint256 wad) external {
        require(balanceOf[usr] >= wad, "Dai/insufficient-balance");
        if (usr != msg.sender && allowance[usr][msg.sender] != type(uint256).max) {
            require(allowance[usr][msg.sender] >= wad, "Dai/insufficient-allowance");
            allowance[usr][msg.sender] = _sub(allowance[usr][msg.sender], wad);
        }
        balanceOf[usr] = _sub(balanceOf[usr], wad);
        totalSupply = _sub(totalSupply, wad);
        emit Transfer(usr, address(0), wad);
    }

    /// @notice Any value, any spender, any current allowance.
    function approve(address usr, uint256 wad) external returns (bool) {
        allowance[msg.sender][usr] = wad;
        emit Approval(msg.sender, usr, wad);
        return true;
    }

    // --- Aliases ---

    function push(address usr, uint256 wad) external {
        transferFrom(msg.sender, usr, wad);
    }

    function pull(address usr, uint256 wad) external {
        transferFrom(usr, msg.sender, wad);
    }

    function move(address src, address dst, uint256 wad) external {
        transferFrom(src, dst, wad);
    }

    // --- Approve by signature ---

    /// @notice Sets `holder`'s allowance for `spender` to `type(uint256).max` (`allowed`) or zero, on the holder's
    ///         signature. `expiry = 0` never expires; `nonce` must be `nonces(holder)`.
    function permit(
        address holder,
        address spender,
        uint256 nonce,
        uint256 expiry,
        bool allowed,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        bytes32 digest = keccak256(
            abi.encodePacked(
                "\x19\x01",
                DOMAIN_SEPARATOR,
                keccak256(abi.encode(PERMIT_TYPEHASH, holder, spender, nonce, expiry, allowed))
            )
        );
        require(holder != address(0), "Dai/invalid-address-0");
        require(holder == ecrecover(digest, v, r, s), "Dai/invalid-permit");
        require(expiry == 0 || block.timestamp <= expiry, "Dai/permit-expired");
        require(nonce == nonces[holder]++, "Dai/invalid-nonce");
        uint256 wad = allowed ? type(uint256).max : 0;
        allowance[holder][spender] = wad;
        emit Approval(holder, spender, wad);
    }

    // --- Math: Dai's own helpers, bare requires (overflow reverts with empty data, not Panic) ---

    function _add(uint256 x, uint256 y) private pure returns (uint256 z) {
        unchecked {
            z = x + y;
        }
        require(z >= x);
    }

    function _sub(uint256 x, uint256 y) private pure returns (uint256 z) {
        unchecked {
            z = x - y;
        }
        require(z <= x);
    }
}
