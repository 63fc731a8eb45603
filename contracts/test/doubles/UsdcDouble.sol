// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice The ERC-1271 entry point Circle's signature checker calls on contract wallets.
interface IUsdcErc1271 {
    function isValidSignature(bytes32 digest, bytes memory signature) external view returns (bytes4 magicValue);
}

/// @title UsdcDouble
/// @notice A test double of USDC on Ethereum as its users see it: Circle's `FiatTokenV2_2` implementation
///         (circlefin/stablecoin-evm, `contracts/v2/FiatTokenV2_2.sol`, with everything it inherits from v1, v1.1,
///         v2 and v2.1) behind its `FiatTokenProxy`. Written for Lashou from the public behaviour of that code, not
///         copied from it: the same external functions, the same revert strings in the same order of checks, the
///         same events and the same return values, so a suite that passes here meets the real token's rules.
///
///         What callers notice, all reproduced:
///         - 6 decimals, name "USD Coin", symbol "USDC", `currency()` "USD", `version()` "2".
///         - Every failure is a string revert (`Error(string)`), e.g. "Pausable: paused",
///           "Blacklistable: account is blacklisted", "ERC20: transfer amount exceeds balance",
///           "ERC20: transfer amount exceeds allowance", "ERC20: transfer to the zero address",
///           "FiatTokenV2: permit is expired", "EIP2612: invalid signature", "ECRecover: invalid signature 'v' value".
///         - Pause stops transfer, transferFrom, approve, increaseAllowance, decreaseAllowance, both permits, the
///           EIP-3009 transfers and cancellation, mint, burn and configureMinter.
///         - The blacklist is checked on `msg.sender` and `to` of transfer; on `msg.sender` (the spender), `from`
///           and `to` of transferFrom; on `from` and `to` of the EIP-3009 transfers; on the minter and receiver of
///           mint. Since v2.2 it is NOT checked by approve, increase/decreaseAllowance or either permit: a
///           blacklisted owner can still grant allowances, but nobody can move its tokens.
///         - The token's own address is blacklisted from the start (v2.1/v2.2 initialisers do it): tokens can
///           not be sent to the token contract.
///         - transferFrom checks the allowance before the balance, and always decreases it: an allowance of
///           `type(uint256).max` is NOT infinite. No Approval event on transferFrom.
///         - EIP-2612 `permit(owner, spender, value, deadline, v, r, s)` and v2.2's
///           `permit(owner, spender, value, deadline, bytes signature)` (65 bytes r,s,v for an EOA; anything a
///           contract owner accepts through ERC-1271). `deadline == type(uint256).max` never expires; a deadline
///           equal to the block timestamp is still valid. EOA signatures with `s` in the upper half or `v` other
///           than 27/28 revert with ECRecover's own strings.
///         - `DOMAIN_SEPARATOR()` is recomputed on every call from the current chain id (v2.2), with domain name
///           "USD Coin", version "2" and the token's address. There is NO EIP-5267 `eip712Domain()`.
///         - Roles: owner, pauser, blacklister, masterMinter (configures minters and their minting allowances),
///           rescuer. Minters mint up to their allowance; mint and burn amounts must be above zero.
///         - Balances are capped at 2^255 - 1 (v2.2 keeps the blacklist flag in the top bit of the balance word).
///
///         Argument names: where Circle names a token holder `owner`, this double says `holder` (Solidity warns
///         when a parameter shadows the `owner()` function); the ABI is otherwise the same.
///
///         Not reproduced: the proxy itself (`admin()`, `upgradeTo`, the rule that the proxy admin may not call
///         the token), the one-shot `initialize*` functions (the constructor does their work) and the storage
///         layout (the blacklist flag lives in its own mapping here). Solidity 0.8 also rejects badly encoded
///         arguments (e.g. an address with dirty upper bits) that the 0.6 original would have truncated.
/// @dev Constructor: `constructor(address admin)`. `admin` takes every role (owner, pauser, blacklister,
///      masterMinter, rescuer); to mint, `admin` calls `configureMinter(minter, allowance)` and then the minter
///      calls `mint(to, amount)`.
contract UsdcDouble {
    // --- EIP-712 constants (the same values Circle hardcodes) ---

    /// @dev keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
    bytes32 private constant _EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @notice keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)")
    bytes32 public constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    /// @notice EIP-3009 type of a transfer any relayer may submit.
    bytes32 public constant TRANSFER_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    /// @notice EIP-3009 type of a transfer only the payee may submit.
    bytes32 public constant RECEIVE_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    /// @notice EIP-3009 type of a cancellation.
    bytes32 public constant CANCEL_AUTHORIZATION_TYPEHASH =
        keccak256("CancelAuthorization(address authorizer,bytes32 nonce)");

    /// @dev The largest balance v2.2 can store (its top bit is the blacklist flag).
    uint256 private constant _MAX_BALANCE = (1 << 255) - 1;
    /// @dev secp256k1n / 2: larger `s` values are malleable and refused.
    uint256 private constant _MAX_S = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    // --- Metadata ---

    /// @notice "USD Coin" (also the EIP-712 domain name).
    string public constant name = "USD Coin";
    /// @notice "USDC".
    string public constant symbol = "USDC";
    /// @notice The fiat currency the token stands for.
    string public constant currency = "USD";
    /// @notice 6.
    uint8 public constant decimals = 6;

    // --- Roles ---

    address private _owner;
    address private _rescuer;
    /// @notice May pause and unpause.
    address public pauser;
    /// @notice May blacklist and unblacklist accounts.
    address public blacklister;
    /// @notice May configure and remove minters.
    address public masterMinter;
    /// @notice Whether transfers, approvals, permits, mint and burn are stopped.
    bool public paused;

    // --- Balances, allowances, minters, nonces ---

    uint256 private _totalSupply;
    mapping(address account => uint256) private _balances;
    mapping(address account => bool) private _blacklisted;
    mapping(address owner => mapping(address spender => uint256)) private _allowed;
    mapping(address minter => bool) private _minters;
    mapping(address minter => uint256) private _minterAllowed;
    mapping(address owner => uint256) private _permitNonces;
    mapping(address authorizer => mapping(bytes32 nonce => bool)) private _authorizationStates;

    // --- Events (same signatures, same indexed arguments as Circle's) ---

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event Mint(address indexed minter, address indexed to, uint256 amount);
    event Burn(address indexed burner, uint256 amount);
    event MinterConfigured(address indexed minter, uint256 minterAllowedAmount);
    event MinterRemoved(address indexed oldMinter);
    event MasterMinterChanged(address indexed newMasterMinter);
    event Pause();
    event Unpause();
    event PauserChanged(address indexed newAddress);
    event Blacklisted(address indexed _account);
    event UnBlacklisted(address indexed _account);
    event BlacklisterChanged(address indexed newBlacklister);
    /// @dev Not indexed in Circle's Ownable either.
    event OwnershipTransferred(address previousOwner, address newOwner);
    event RescuerChanged(address indexed newRescuer);
    event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce);
    event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce);

    // --- Modifiers (each check with Circle's exact message) ---

    modifier onlyOwner() {
        require(msg.sender == _owner, "Ownable: caller is not the owner");
        _;
    }

    modifier onlyPauser() {
        require(msg.sender == pauser, "Pausable: caller is not the pauser");
        _;
    }

    modifier onlyBlacklister() {
        require(msg.sender == blacklister, "Blacklistable: caller is not the blacklister");
        _;
    }

    modifier onlyMasterMinter() {
        require(msg.sender == masterMinter, "FiatToken: caller is not the masterMinter");
        _;
    }

    modifier onlyMinters() {
        require(_minters[msg.sender], "FiatToken: caller is not a minter");
        _;
    }

    modifier onlyRescuer() {
        require(msg.sender == _rescuer, "Rescuable: caller is not the rescuer");
        _;
    }

    modifier whenNotPaused() {
        require(!paused, "Pausable: paused");
        _;
    }

    modifier notBlacklisted(address account) {
        require(!_blacklisted[account], "Blacklistable: account is blacklisted");
        _;
    }

    /// @param admin Takes every role: owner, pauser, blacklister, masterMinter and rescuer.
    constructor(address admin) {
        // The same zero checks as Circle's `initialize` (its owner check is the one that applies to all roles).
        require(admin != address(0), "FiatToken: new owner is the zero address");
        _owner = admin;
        pauser = admin;
        blacklister = admin;
        masterMinter = admin;
        _rescuer = admin;
        // v2.1 and v2.2's initialisers blacklist the token's own address, without an event.
        _blacklisted[address(this)] = true;
    }

    // =============================================================================================================
    // ERC-20
    // =============================================================================================================

    function totalSupply() external view returns (uint256) {
        return _totalSupply;
    }

    function balanceOf(address account) external view returns (uint256) {
        return _balances[account];
    }

    function allowance(address holder, address spender) external view returns (uint256) {
        return _allowed[holder][spender];
    }

    /// @notice Moves `value` from the caller to `to`.
    function transfer(address to, uint256 value)
        external
        whenNotPaused
        notBlacklisted(msg.sender)
        notBlacklisted(to)
        returns (bool)
    {
        _transfer(msg.sender, to, value);
        return true;
    }

    /// @notice Moves `value` from `from` to `to` on the caller's allowance. The allowance is checked before the
    ///         balance and always decreases, even from `type(uint256).max`.
    function transferFrom(address from, address to, uint256 value)
        external
        whenNotPaused
        notBlacklisted(msg.sender)
        notBlacklisted(from)
        notBlacklisted(to)
        returns (bool)
    {
        uint256 allowed = _allowed[from][msg.sender];
        require(value <= allowed, "ERC20: transfer amount exceeds allowance");
        _transfer(from, to, value);
        _allowed[from][msg.sender] = allowed - value; // cannot underflow: checked above
        return true;
    }

    /// @notice Sets the caller's allowance for `spender`. v2.2 checks no blacklist here, only the pause.
    function approve(address spender, uint256 value) external whenNotPaused returns (bool) {
        _approve(msg.sender, spender, value);
        return true;
    }

    /// @notice Raises the caller's allowance for `spender` by `increment`.
    function increaseAllowance(address spender, uint256 increment) external whenNotPaused returns (bool) {
        _approve(msg.sender, spender, _add(_allowed[msg.sender][spender], increment));
        return true;
    }

    /// @notice Lowers the caller's allowance for `spender` by `decrement`.
    function decreaseAllowance(address spender, uint256 decrement) external whenNotPaused returns (bool) {
        uint256 current = _allowed[msg.sender][spender];
        require(decrement <= current, "ERC20: decreased allowance below zero");
        _approve(msg.sender, spender, current - decrement);
        return true;
    }

    // =============================================================================================================
    // EIP-2612 permit (and v2.2's bytes-signature variant)
    // =============================================================================================================

    /// @notice The EIP-712 domain separator, recomputed from the current chain id on every call (v2.2).
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparator();
    }

    /// @notice The version string of the EIP-712 domain.
    function version() external pure returns (string memory) {
        return "2";
    }

    /// @notice The holder's next permit nonce.
    function nonces(address holder) external view returns (uint256) {
        return _permitNonces[holder];
    }

    /// @notice EIP-2612 permit. No blacklist check in v2.2, only the pause.
    function permit(address holder, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        whenNotPaused
    {
        // Circle packs the three parts as r, s, v and checks them like any other signature.
        _permit(holder, spender, value, deadline, abi.encodePacked(r, s, v));
    }

    /// @notice v2.2's permit taking a signature as bytes: 65 bytes (r, s, v) from an EOA, or whatever a contract
    ///         owner accepts through ERC-1271.
    function permit(address holder, address spender, uint256 value, uint256 deadline, bytes memory signature)
        external
        whenNotPaused
    {
        _permit(holder, spender, value, deadline, signature);
    }

    // =============================================================================================================
    // EIP-3009 transfers with authorization
    // =============================================================================================================

    /// @notice Whether `authorizer` has used or cancelled `nonce`.
    function authorizationState(address authorizer, bytes32 nonce) external view returns (bool) {
        return _authorizationStates[authorizer][nonce];
    }

    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external whenNotPaused notBlacklisted(from) notBlacklisted(to) {
        _transferWithAuthorization(
            TRANSFER_WITH_AUTHORIZATION_TYPEHASH,
            from,
            to,
            value,
            validAfter,
            validBefore,
            nonce,
            abi.encodePacked(r, s, v)
        );
    }

    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) external whenNotPaused notBlacklisted(from) notBlacklisted(to) {
        _transferWithAuthorization(
            TRANSFER_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce, signature
        );
    }

    /// @notice As transferWithAuthorization, but only the payee may submit it (no front-running).
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external whenNotPaused notBlacklisted(from) notBlacklisted(to) {
        require(to == msg.sender, "FiatTokenV2: caller must be the payee");
        _transferWithAuthorization(
            RECEIVE_WITH_AUTHORIZATION_TYPEHASH,
            from,
            to,
            value,
            validAfter,
            validBefore,
            nonce,
            abi.encodePacked(r, s, v)
        );
    }

    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) external whenNotPaused notBlacklisted(from) notBlacklisted(to) {
        require(to == msg.sender, "FiatTokenV2: caller must be the payee");
        _transferWithAuthorization(
            RECEIVE_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce, signature
        );
    }

    function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s)
        external
        whenNotPaused
    {
        _cancelAuthorization(authorizer, nonce, abi.encodePacked(r, s, v));
    }

    function cancelAuthorization(address authorizer, bytes32 nonce, bytes memory signature) external whenNotPaused {
        _cancelAuthorization(authorizer, nonce, signature);
    }

    // =============================================================================================================
    // Minting
    // =============================================================================================================

    /// @notice Mints `amount` to `to` out of the caller's minting allowance. Emits Mint, then Transfer.
    function mint(address to, uint256 amount)
        external
        whenNotPaused
        onlyMinters
        notBlacklisted(msg.sender)
        notBlacklisted(to)
        returns (bool)
    {
        require(to != address(0), "FiatToken: mint to the zero address");
        require(amount > 0, "FiatToken: mint amount not greater than 0");
        uint256 mintingAllowedAmount = _minterAllowed[msg.sender];
        require(amount <= mintingAllowedAmount, "FiatToken: mint amount exceeds minterAllowance");

        _totalSupply = _add(_totalSupply, amount);
        _setBalance(to, _add(_balances[to], amount));
        _minterAllowed[msg.sender] = mintingAllowedAmount - amount;
        emit Mint(msg.sender, to, amount);
        emit Transfer(address(0), to, amount);
        return true;
    }

    /// @notice A minter burns `amount` of its own tokens. Emits Burn, then Transfer to the zero address.
    function burn(uint256 amount) external whenNotPaused onlyMinters notBlacklisted(msg.sender) {
        uint256 balance = _balances[msg.sender];
        require(amount > 0, "FiatToken: burn amount not greater than 0");
        require(balance >= amount, "FiatToken: burn amount exceeds balance");
        _totalSupply = _sub(_totalSupply, amount);
        _setBalance(msg.sender, balance - amount);
        emit Burn(msg.sender, amount);
        emit Transfer(msg.sender, address(0), amount);
    }

    /// @notice Makes `minter` a minter with a minting allowance of `minterAllowedAmount` (replacing the old one).
    function configureMinter(address minter, uint256 minterAllowedAmount)
        external
        whenNotPaused
        onlyMasterMinter
        returns (bool)
    {
        _minters[minter] = true;
        _minterAllowed[minter] = minterAllowedAmount;
        emit MinterConfigured(minter, minterAllowedAmount);
        return true;
    }

    /// @notice Takes the minter role and its allowance away. Works while paused.
    function removeMinter(address minter) external onlyMasterMinter returns (bool) {
        _minters[minter] = false;
        _minterAllowed[minter] = 0;
        emit MinterRemoved(minter);
        return true;
    }

    function minterAllowance(address minter) external view returns (uint256) {
        return _minterAllowed[minter];
    }

    function isMinter(address account) external view returns (bool) {
        return _minters[account];
    }

    function updateMasterMinter(address newMasterMinter) external onlyOwner {
        require(newMasterMinter != address(0), "FiatToken: new masterMinter is the zero address");
        masterMinter = newMasterMinter;
        emit MasterMinterChanged(newMasterMinter);
    }

    // =============================================================================================================
    // Pause, blacklist, ownership, rescue
    // =============================================================================================================

    /// @notice Stops transfers, approvals, permits, mint and burn. Pausing twice is allowed (no check).
    function pause() external onlyPauser {
        paused = true;
        emit Pause();
    }

    function unpause() external onlyPauser {
        paused = false;
        emit Unpause();
    }

    function updatePauser(address newPauser) external onlyOwner {
        require(newPauser != address(0), "Pausable: new pauser is the zero address");
        pauser = newPauser;
        emit PauserChanged(newPauser);
    }

    function isBlacklisted(address account) external view returns (bool) {
        return _blacklisted[account];
    }

    function blacklist(address account) external onlyBlacklister {
        _blacklisted[account] = true;
        emit Blacklisted(account);
    }

    function unBlacklist(address account) external onlyBlacklister {
        _blacklisted[account] = false;
        emit UnBlacklisted(account);
    }

    function updateBlacklister(address newBlacklister) external onlyOwner {
        require(newBlacklister != address(0), "Blacklistable: new blacklister is the zero address");
        blacklister = newBlacklister;
        emit BlacklisterChanged(newBlacklister);
    }

    function owner() external view returns (address) {
        return _owner;
    }

    /// @notice Circle emits the event before changing the owner; the values are the same either way.
    function transferOwnership(address newOwner) external onlyOwner {
        require(newOwner != address(0), "Ownable: new owner is the zero address");
        emit OwnershipTransferred(_owner, newOwner);
        _owner = newOwner;
    }

    function rescuer() external view returns (address) {
        return _rescuer;
    }

    function updateRescuer(address newRescuer) external onlyOwner {
        require(newRescuer != address(0), "Rescuable: new rescuer is the zero address");
        _rescuer = newRescuer;
        emit RescuerChanged(newRescuer);
    }

    /// @notice Sends `amount` of another ERC-20 held by this contract to `to`, the way OpenZeppelin 3.4's
    ///         `SafeERC20.safeTransfer` does (Circle's dependency), with its messages.
    function rescueERC20(address tokenContract, address to, uint256 amount) external onlyRescuer {
        require(tokenContract.code.length > 0, "Address: call to non-contract");
        // slither-disable-next-line low-level-calls
        (bool ok, bytes memory ret) = tokenContract.call(abi.encodeWithSelector(0xa9059cbb, to, amount));
        if (!ok) {
            if (ret.length > 0) {
                assembly ("memory-safe") {
                    revert(add(ret, 0x20), mload(ret))
                }
            }
            revert("SafeERC20: low-level call failed");
        }
        if (ret.length > 0) require(abi.decode(ret, (bool)), "SafeERC20: ERC20 operation did not succeed");
    }

    // =============================================================================================================
    // Internals
    // =============================================================================================================

    function _domainSeparator() private view returns (bytes32) {
        return keccak256(
            abi.encode(_EIP712_DOMAIN_TYPEHASH, keccak256(bytes(name)), keccak256("2"), block.chainid, address(this))
        );
    }

    function _transfer(address from, address to, uint256 value) private {
        require(from != address(0), "ERC20: transfer from the zero address");
        require(to != address(0), "ERC20: transfer to the zero address");
        uint256 fromBalance = _balances[from];
        require(value <= fromBalance, "ERC20: transfer amount exceeds balance");
        _setBalance(from, fromBalance - value);
        _setBalance(to, _add(_balances[to], value));
        emit Transfer(from, to, value);
    }

    function _approve(address holder, address spender, uint256 value) private {
        require(holder != address(0), "ERC20: approve from the zero address");
        require(spender != address(0), "ERC20: approve to the zero address");
        _allowed[holder][spender] = value;
        emit Approval(holder, spender, value);
    }

    /// @dev v2.2 refuses a balance above 2^255 - 1 and any balance change of a blacklisted account (the
    ///      modifiers above catch the latter first on every public path).
    function _setBalance(address account, uint256 balance) private {
        require(balance <= _MAX_BALANCE, "FiatTokenV2_2: Balance exceeds (2^255 - 1)");
        require(!_blacklisted[account], "FiatTokenV2_2: Account is blacklisted");
        _balances[account] = balance;
    }

    /// @dev EIP-2612 checks, in Circle's order: deadline, then signature (with the nonce consumed), then approve.
    function _permit(address holder, address spender, uint256 value, uint256 deadline, bytes memory signature) private {
        require(deadline == type(uint256).max || deadline >= block.timestamp, "FiatTokenV2: permit is expired");
        bytes32 digest = _typedDataHash(
            keccak256(abi.encode(PERMIT_TYPEHASH, holder, spender, value, _permitNonces[holder]++, deadline))
        );
        require(_isValidSignatureNow(holder, digest, signature), "EIP2612: invalid signature");
        _approve(holder, spender, value);
    }

    /// @dev EIP-3009 checks, in Circle's order: validity window, unused nonce, signature, then the transfer.
    function _transferWithAuthorization(
        bytes32 typeHash,
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) private {
        require(block.timestamp > validAfter, "FiatTokenV2: authorization is not yet valid");
        require(block.timestamp < validBefore, "FiatTokenV2: authorization is expired");
        require(!_authorizationStates[from][nonce], "FiatTokenV2: authorization is used or canceled");
        bytes32 digest =
            _typedDataHash(keccak256(abi.encode(typeHash, from, to, value, validAfter, validBefore, nonce)));
        require(_isValidSignatureNow(from, digest, signature), "FiatTokenV2: invalid signature");
        _authorizationStates[from][nonce] = true;
        emit AuthorizationUsed(from, nonce);
        _transfer(from, to, value);
    }

    function _cancelAuthorization(address authorizer, bytes32 nonce, bytes memory signature) private {
        require(!_authorizationStates[authorizer][nonce], "FiatTokenV2: authorization is used or canceled");
        bytes32 digest = _typedDataHash(keccak256(abi.encode(CANCEL_AUTHORIZATION_TYPEHASH, authorizer, nonce)));
        require(_isValidSignatureNow(authorizer, digest, signature), "FiatTokenV2: invalid signature");
        _authorizationStates[authorizer][nonce] = true;
        emit AuthorizationCanceled(authorizer, nonce);
    }

    function _typedDataHash(bytes32 structHash) private view returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash));
    }

    /// @dev Circle's SignatureChecker: an address without code must have signed (ECDSA, strict), an address with
    ///      code must answer ERC-1271's magic value.
    function _isValidSignatureNow(address signer, bytes32 digest, bytes memory signature) private view returns (bool) {
        if (signer.code.length == 0) return _recover(digest, signature) == signer;
        // slither-disable-next-line low-level-calls
        (bool ok, bytes memory ret) =
            signer.staticcall(abi.encodeCall(IUsdcErc1271.isValidSignature, (digest, signature)));
        return ok && ret.length >= 32 && abi.decode(ret, (bytes32)) == bytes32(IUsdcErc1271.isValidSignature.selector);
    }

    /// @dev Circle's ECRecover: 65 bytes, low `s`, `v` of 27 or 28 and a non-zero result, each with its own message.
    function _recover(bytes32 digest, bytes memory signature) private pure returns (address signer) {
        require(signature.length == 65, "ECRecover: invalid signature length");
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(signature, 0x20))
            s := mload(add(signature, 0x40))
            v := byte(0, mload(add(signature, 0x60)))
        }
        if (uint256(s) > _MAX_S) revert("ECRecover: invalid signature 's' value");
        if (v != 27 && v != 28) revert("ECRecover: invalid signature 'v' value");
        signer = ecrecover(digest, v, r, s);
        require(signer != address(0), "ECRecover: invalid signature");
    }

    /// @dev OpenZeppelin 3.4 SafeMath's checked addition and subtraction, with their messages (Circle's maths).
    function _add(uint256 a, uint256 b) private pure returns (uint256 c) {
        unchecked {
            c = a + b;
        }
        require(c >= a, "SafeMath: addition overflow");
    }

    function _sub(uint256 a, uint256 b) private pure returns (uint256) {
        require(b <= a, "SafeMath: subtraction overflow");
        return a - b;
    }
}
