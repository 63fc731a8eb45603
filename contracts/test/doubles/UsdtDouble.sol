// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice What Tether's token calls on its successor once deprecated (`UpgradedStandardToken` in the original).
interface IUsdtUpgraded {
    function transferByLegacy(address from, address to, uint256 value) external;
    function transferFromByLegacy(address sender, address from, address spender, uint256 value) external;
    function approveByLegacy(address from, address spender, uint256 value) external;
    function balanceOf(address who) external view returns (uint256);
    function allowance(address owner, address spender) external view returns (uint256);
    function totalSupply() external view returns (uint256);
}

/// @title UsdtDouble
/// @notice A test double of Tether USD on Ethereum: `TetherToken` at 0xdAC17F958D2ee523a2206206994597C13D831ec7
///         (Solidity 0.4.17, verified on Etherscan on 2017-11-28; `TetherToken is Pausable, StandardToken,
///         BlackList` with OpenZeppelin-1.x-era SafeMath, Ownable and Pausable). Written for Lashou from the public
///         behaviour of that code, not copied from it: the same external functions, events and failure modes.
///
///         What callers notice, all reproduced:
///         - 6 decimals, name "Tether USD", symbol "USDT"; `decimals()` is a `uint256`, not a `uint8`.
///         - `transfer`, `transferFrom` and `approve` RETURN NOTHING. A caller that expects the ERC-20 `bool`
///           (Solidity's `IERC20(token).transfer(...)`) reverts while decoding the empty return data; OpenZeppelin's
///           SafeERC20 accepts it.
///         - `approve` to a non-zero value while the current allowance is non-zero reverts (bare `require`, no
///           reason): set it to zero first (SafeERC20's `forceApprove` does). Approve works while paused and for
///           blacklisted accounts.
///         - Every `require` is bare: failures revert with EMPTY data.
///         - Arithmetic failures (balance or allowance too small, overflow) use the old SafeMath's `assert`, which
///           in 0.4.17 compiles to the INVALID opcode (0xfe): the call fails with empty data AND CONSUMES ALL THE
///           GAS it was given. Reproduced with `assembly { invalid() }`. Gas estimation of such a call reports a
///           failure just the same; a caller that forwards all its gas has almost nothing left afterwards.
///         - An allowance of `MAX_UINT` (= `type(uint256).max`) is infinite: transferFrom does not decrease it.
///           Any other allowance decreases by the full `value` (fee included).
///         - Fees: `basisPointsRate` and `maximumFee` start at zero; the owner sets them with
///           `setParams(basisPoints, maxFeeWholeTokens)` (`basisPoints < 20`, `maxFeeWholeTokens < 50`,
///           `maximumFee = maxFeeWholeTokens * 10**decimals`). With a fee on, `fee = min(value * rate / 10000,
///           maximumFee)` goes to the owner and the receiver gets `value - fee`; the Transfer events are
///           `from -> owner: fee` (only when the fee is non-zero), then `from -> to: value - fee`.
///         - Pause (owner): transfer and transferFrom revert (bare). Approve does not. `pause` while paused and
///           `unpause` while not paused revert.
///         - Blacklist (owner): checked on `msg.sender` in transfer and on `from` in transferFrom, nowhere else: a
///           blacklisted address can still receive, approve, and spend someone else's allowance.
///           `destroyBlackFunds` burns a blacklisted balance.
///         - `issue(amount)` (owner) mints to the owner and emits `Issue(amount)` only (no Transfer event);
///           `issue(0)` reverts. `redeem(amount)` burns from the owner and emits `Redeem(amount)` only.
///         - No zero-address checks: transfer to `address(0)` succeeds and burns the tokens without lowering the
///           supply. `transferOwnership(address(0))` is silently ignored; ownership changes emit nothing.
///         - The "short address attack" guard: transfer/approve need at least 68 bytes of calldata, transferFrom 100.
///         - `deprecate(upgraded)` forwards transfer, transferFrom, approve, balanceOf, allowance and totalSupply to
///           the successor contract.
///
///         Not reproduced: Solidity 0.4's lax argument decoding (0.8 rejects an address with dirty upper bits
///         instead of truncating it).
/// @dev Constructor: `constructor(uint256 initialSupply)`. The deployer becomes the owner and receives
///      `initialSupply` (without a Transfer event, as in the original). To mint for a test: the owner calls
///      `issue(amount)` and then `transfer(to, amount)`.
contract UsdtDouble {
    /// @notice The allowance that transferFrom never decreases.
    uint256 public constant MAX_UINT = type(uint256).max;

    // --- Metadata (storage in the original; constants here, with the same getters) ---

    /// @notice "Tether USD".
    string public constant name = "Tether USD";
    /// @notice "USDT".
    string public constant symbol = "USDT";
    /// @notice 6, as a `uint256` like the original's `uint public decimals`.
    uint256 public constant decimals = 6;

    // --- State, with the original's public getters ---

    /// @notice Owner of every administrative function; receives fees.
    address public owner;
    /// @notice Whether transfer and transferFrom are stopped.
    bool public paused;
    /// @notice The successor contract once deprecated.
    address public upgradedAddress;
    /// @notice Whether calls are forwarded to `upgradedAddress`.
    bool public deprecated;
    /// @notice Total supply (the original's public `_totalSupply`, read by `totalSupply()` unless deprecated).
    uint256 public _totalSupply;
    /// @notice Fee rate in basis points (below 20).
    uint256 public basisPointsRate;
    /// @notice Largest fee per transfer, in token units.
    uint256 public maximumFee;
    /// @notice Balances (the original's public `balances` mapping).
    mapping(address account => uint256) public balances;
    /// @notice Allowances (the original's public `allowed` mapping).
    mapping(address holder => mapping(address spender => uint256)) public allowed;
    /// @notice Blacklisted accounts.
    mapping(address account => bool) public isBlackListed;

    // --- Events (the original's signatures; AddedBlackList and friends have no indexed arguments) ---

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event Pause();
    event Unpause();
    event Issue(uint256 amount);
    event Redeem(uint256 amount);
    event Deprecate(address newAddress);
    event Params(uint256 feeBasisPoints, uint256 maxFee);
    event DestroyedBlackFunds(address _blackListedUser, uint256 _balance);
    event AddedBlackList(address _user);
    event RemovedBlackList(address _user);

    // --- Modifiers (all bare requires, as in the original) ---

    modifier onlyOwner() {
        require(msg.sender == owner);
        _;
    }

    modifier whenNotPaused() {
        require(!paused);
        _;
    }

    modifier whenPaused() {
        require(paused);
        _;
    }

    /// @dev The original's guard against the "short address attack": at least `size` bytes of arguments.
    modifier onlyPayloadSize(uint256 size) {
        require(!(msg.data.length < size + 4));
        _;
    }

    /// @param initialSupply Tokens credited to the deployer (the owner), without a Transfer event.
    constructor(uint256 initialSupply) {
        owner = msg.sender;
        _totalSupply = initialSupply;
        balances[msg.sender] = initialSupply;
    }

    // =============================================================================================================
    // ERC-20 (without return values)
    // =============================================================================================================

    function totalSupply() external view returns (uint256) {
        if (deprecated) return IUsdtUpgraded(upgradedAddress).totalSupply();
        return _totalSupply;
    }

    function balanceOf(address who) public view returns (uint256) {
        if (deprecated) return IUsdtUpgraded(upgradedAddress).balanceOf(who);
        return balances[who];
    }

    function allowance(address _owner, address _spender) external view returns (uint256 remaining) {
        if (deprecated) return IUsdtUpgraded(upgradedAddress).allowance(_owner, _spender);
        return allowed[_owner][_spender];
    }

    /// @notice Moves `_value` from the caller; the receiver gets `_value` minus the fee. Returns NOTHING.
    function transfer(address _to, uint256 _value) external whenNotPaused {
        require(!isBlackListed[msg.sender]);
        if (deprecated) IUsdtUpgraded(upgradedAddress).transferByLegacy(msg.sender, _to, _value);
        else _basicTransfer(_to, _value);
    }

    /// @notice Moves `_value` from `_from` on the caller's allowance (unless it is `MAX_UINT`). Returns NOTHING.
    function transferFrom(address _from, address _to, uint256 _value) external whenNotPaused {
        require(!isBlackListed[_from]);
        if (deprecated) IUsdtUpgraded(upgradedAddress).transferFromByLegacy(msg.sender, _from, _to, _value);
        else _standardTransferFrom(_from, _to, _value);
    }

    /// @notice Sets the caller's allowance; a non-zero value needs a zero allowance first. Returns NOTHING.
    function approve(address _spender, uint256 _value) external onlyPayloadSize(2 * 32) {
        if (deprecated) IUsdtUpgraded(upgradedAddress).approveByLegacy(msg.sender, _spender, _value);
        else _standardApprove(_spender, _value);
    }

    // =============================================================================================================
    // Owner functions
    // =============================================================================================================

    /// @notice Mints `amount` to the owner. Emits Issue only. Reverts on zero (the checks are strict `>`).
    function issue(uint256 amount) external onlyOwner {
        unchecked {
            // The original's overflow checks, which also refuse a zero amount.
            require(_totalSupply + amount > _totalSupply);
            require(balances[owner] + amount > balances[owner]);
            balances[owner] += amount;
            _totalSupply += amount;
        }
        emit Issue(amount);
    }

    /// @notice Burns `amount` from the owner. Emits Redeem only.
    function redeem(uint256 amount) external onlyOwner {
        require(_totalSupply >= amount);
        require(balances[owner] >= amount);
        unchecked {
            _totalSupply -= amount;
            balances[owner] -= amount;
        }
        emit Redeem(amount);
    }

    /// @notice Switches the transfer fee: `newBasisPoints` below 20, `newMaxFee` below 50 whole tokens.
    function setParams(uint256 newBasisPoints, uint256 newMaxFee) external onlyOwner {
        // The original hardcodes these ceilings "to ensure transparency".
        require(newBasisPoints < 20);
        require(newMaxFee < 50);
        basisPointsRate = newBasisPoints;
        maximumFee = _mul(newMaxFee, 10 ** decimals);
        emit Params(basisPointsRate, maximumFee);
    }

    function pause() external onlyOwner whenNotPaused {
        paused = true;
        emit Pause();
    }

    function unpause() external onlyOwner whenPaused {
        paused = false;
        emit Unpause();
    }

    /// @notice Hands ownership over; the zero address is silently ignored. No event.
    function transferOwnership(address newOwner) external onlyOwner {
        if (newOwner != address(0)) owner = newOwner;
    }

    /// @notice The owner (the original's getter for other contracts).
    function getOwner() external view returns (address) {
        return owner;
    }

    function getBlackListStatus(address _maker) external view returns (bool) {
        return isBlackListed[_maker];
    }

    function addBlackList(address _evilUser) external onlyOwner {
        isBlackListed[_evilUser] = true;
        emit AddedBlackList(_evilUser);
    }

    function removeBlackList(address _clearedUser) external onlyOwner {
        isBlackListed[_clearedUser] = false;
        emit RemovedBlackList(_clearedUser);
    }

    /// @notice Burns the whole balance of a blacklisted account (the supply is lowered without a check).
    function destroyBlackFunds(address _blackListedUser) external onlyOwner {
        require(isBlackListed[_blackListedUser]);
        uint256 dirtyFunds = balanceOf(_blackListedUser);
        balances[_blackListedUser] = 0;
        unchecked {
            _totalSupply -= dirtyFunds;
        }
        emit DestroyedBlackFunds(_blackListedUser, dirtyFunds);
    }

    /// @notice Forwards the ERC-20 functions to `_upgradedAddress` from now on.
    function deprecate(address _upgradedAddress) external onlyOwner {
        deprecated = true;
        upgradedAddress = _upgradedAddress;
        emit Deprecate(_upgradedAddress);
    }

    // =============================================================================================================
    // Internals: the original's BasicToken and StandardToken, in the same order of operations
    // =============================================================================================================

    function _basicTransfer(address _to, uint256 _value) private onlyPayloadSize(2 * 32) {
        uint256 fee = _fee(_value);
        uint256 sendAmount = _sub(_value, fee);
        balances[msg.sender] = _sub(balances[msg.sender], _value);
        balances[_to] = _add(balances[_to], sendAmount);
        if (fee > 0) {
            balances[owner] = _add(balances[owner], fee);
            emit Transfer(msg.sender, owner, fee);
        }
        emit Transfer(msg.sender, _to, sendAmount);
    }

    function _standardTransferFrom(address _from, address _to, uint256 _value) private onlyPayloadSize(3 * 32) {
        uint256 _allowance = allowed[_from][msg.sender];
        uint256 fee = _fee(_value);
        // The allowance is spent before the balance is checked: with both too small, this assert fails first.
        if (_allowance < MAX_UINT) allowed[_from][msg.sender] = _sub(_allowance, _value);
        uint256 sendAmount = _sub(_value, fee);
        balances[_from] = _sub(balances[_from], _value);
        balances[_to] = _add(balances[_to], sendAmount);
        if (fee > 0) {
            balances[owner] = _add(balances[owner], fee);
            emit Transfer(_from, owner, fee);
        }
        emit Transfer(_from, _to, sendAmount);
    }

    function _standardApprove(address _spender, uint256 _value) private onlyPayloadSize(2 * 32) {
        // "To change the approve amount you first have to reduce the addresses' allowance to zero."
        require(!((_value != 0) && (allowed[msg.sender][_spender] != 0)));
        allowed[msg.sender][_spender] = _value;
        emit Approval(msg.sender, _spender, _value);
    }

    function _fee(uint256 value) private view returns (uint256 fee) {
        fee = _mul(value, basisPointsRate) / 10_000;
        if (fee > maximumFee) fee = maximumFee;
    }

    // --- The original's SafeMath: `assert`, i.e. the INVALID opcode, which burns all remaining gas ---

    function _mul(uint256 a, uint256 b) private pure returns (uint256 c) {
        if (a == 0) return 0;
        unchecked {
            c = a * b;
        }
        if (c / a != b) _invalid();
    }

    function _sub(uint256 a, uint256 b) private pure returns (uint256) {
        if (b > a) _invalid();
        unchecked {
            return a - b;
        }
    }

    function _add(uint256 a, uint256 b) private pure returns (uint256 c) {
        unchecked {
            c = a + b;
        }
        if (c < a) _invalid();
    }

    /// @dev Solidity 0.4.17 compiled `assert(false)` to the designated invalid instruction 0xfe: execution halts
    ///      with an exceptional error, no return data, and all gas given to the call is consumed (unlike `revert`,
    ///      which refunds what is left). Solidity 0.8's `assert` raises `Panic(uint256)` through REVERT instead, so
    ///      the opcode is emitted directly.
    function _invalid() private pure {
        assembly ("memory-safe") {
            invalid()
        }
    }
}
