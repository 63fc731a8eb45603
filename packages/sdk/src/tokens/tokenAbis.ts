import { keccak256, parseAbi, toHex } from 'viem';

/**
 * The ERC-20 calls the SDK makes on any stablecoin, written so that no call depends on a return value the token may
 * not give: USDT's `transfer`, `transferFrom` and `approve` return nothing, so `approve` is declared without an
 * output (a simulation would otherwise fail decoding empty return data). `decimals` is read as `uint256` elsewhere
 * (getTokenInfo) because USDT declares it so.
 */
export const erc20Abi = parseAbi([
  'function balanceOf(address owner) view returns (uint256)',
  'function allowance(address owner, address spender) view returns (uint256)',
  'function approve(address spender, uint256 amount)',
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint256)',
]);

/** The reads that tell which permit a token has and with which EIP-712 domain (each optional on a real token). */
export const permitProbeAbi = parseAbi([
  'function eip712Domain() view returns (bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)',
  'function DOMAIN_SEPARATOR() view returns (bytes32)',
  'function PERMIT_TYPEHASH() view returns (bytes32)',
  'function name() view returns (string)',
  'function version() view returns (string)',
  'function nonces(address owner) view returns (uint256)',
]);

/** EIP-2612 `permit` (OpenZeppelin's ERC20Permit, USDC). */
export const eip2612PermitAbi = parseAbi(['function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)']);

/** DAI's own, older permit: `allowed = true` sets the allowance to the maximum, `false` to zero; `expiry = 0` never expires. */
export const allowPermitAbi = parseAbi(['function permit(address holder, address spender, uint256 nonce, uint256 expiry, bool allowed, uint8 v, bytes32 r, bytes32 s)']);

/**
 * State a token refusal is explained with, when the token says nothing (USDT) or not who is concerned (USDC's
 * blacklist): `paused()` (USDC, USDT), USDC's `isBlacklisted` and USDT's `isBlackListed` (two different selectors).
 */
export const tokenStateAbi = parseAbi([
  'function paused() view returns (bool)',
  'function isBlacklisted(address account) view returns (bool)',
  'function isBlackListed(address account) view returns (bool)',
]);

/** EIP-2612's permit type. */
export const EIP2612_PERMIT_TYPE = 'Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)';
/** DAI's permit type. */
export const ALLOW_PERMIT_TYPE = 'Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)';
/** keccak256 of {@link EIP2612_PERMIT_TYPE}: what a token's `PERMIT_TYPEHASH()` returns for EIP-2612 (USDC). */
export const EIP2612_PERMIT_TYPEHASH = keccak256(toHex(EIP2612_PERMIT_TYPE));
/** keccak256 of {@link ALLOW_PERMIT_TYPE}: what DAI's `PERMIT_TYPEHASH()` returns. */
export const ALLOW_PERMIT_TYPEHASH = keccak256(toHex(ALLOW_PERMIT_TYPE));

/** EIP-712 types of each permit, for signTypedData. */
export const eip2612PermitTypes = {
  Permit: [
    { name: 'owner', type: 'address' },
    { name: 'spender', type: 'address' },
    { name: 'value', type: 'uint256' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
  ],
} as const;
export const allowPermitTypes = {
  Permit: [
    { name: 'holder', type: 'address' },
    { name: 'spender', type: 'address' },
    { name: 'nonce', type: 'uint256' },
    { name: 'expiry', type: 'uint256' },
    { name: 'allowed', type: 'bool' },
  ],
} as const;
