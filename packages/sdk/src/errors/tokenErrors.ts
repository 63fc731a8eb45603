import {
  type Address,
  type Hex,
  ContractFunctionRevertedError,
  type DecodeErrorResultReturnType,
  decodeErrorResult,
  isAddressEqual,
  parseAbi,
  size,
  slice,
} from 'viem';
import { LashouError, type LashouErrorParams, TokenRefusedError, causeChain } from './LashouError.js';

/**
 * How tokens other than OpenZeppelin 5's say no, turned into the SDK's plain messages.
 *
 * OpenZeppelin 5 tokens (the test stablecoin) revert with custom errors the decoder table knows
 * (`ERC20InsufficientAllowance`, …). Real stablecoins mostly do not: USDC and DAI revert with reason strings
 * (`Error(string)`: "ERC20: transfer amount exceeds allowance", "Pausable: paused", "Dai/insufficient-balance"),
 * USDT with no data at all (bare `require`s, and the INVALID opcode of its old SafeMath), tokens written with
 * Solidity ≥ 0.8 arithmetic with `Panic(0x11)`, others with custom errors of their own. Each becomes a
 * {@link TokenRefusedError} (or, outside a token call, a plain {@link LashouError}) with a `code` and `params`
 * that `describeError` translates. Strings the SDK does not recognise are passed on verbatim, with the token named.
 */

/** What the token was asked to do when it refused. */
export type TokenAction = 'transfer' | 'approval' | 'permit' | 'call';

/** The codes of a token refusal. */
export type TokenRefusalCode =
  | 'token.insufficientAllowance'
  | 'token.insufficientBalance'
  | 'token.paused'
  | 'token.blacklisted'
  | 'token.permitRefused'
  | 'token.refused'
  | 'token.noReason'
  | 'token.customError';

/** What a token refusal is phrased with (also its `params`). */
export type TokenRefusalParams = {
  token?: Address | undefined;
  symbol?: string | undefined;
  action: TokenAction;
  /** The token's own words (its reason string), verbatim. */
  reason?: string | undefined;
  /** The blacklisted address, once known. */
  address?: Address | undefined;
  /** Who sends and who spends (for allowance and balance refusals). */
  owner?: Address | undefined;
  spender?: Address | undefined;
  /** An unknown custom error's selector. */
  selector?: Hex | undefined;
};

/**
 * Custom errors of widespread token libraries other than OpenZeppelin 5 (whose errors come with the generated ABIs),
 * and the refusal each means. A token's error that is in neither list is reported by its selector.
 */
export const tokenErrorsAbi = parseAbi([
  // OpenZeppelin 5 Pausable
  'error EnforcedPause()',
  // Solady ERC20
  'error InsufficientBalance()',
  'error InsufficientAllowance()',
  'error PermitExpired()',
  'error InvalidPermit()',
]);
const TOKEN_ERROR_CODES: Record<string, TokenRefusalCode> = {
  EnforcedPause: 'token.paused',
  InsufficientBalance: 'token.insufficientBalance',
  InsufficientAllowance: 'token.insufficientAllowance',
  PermitExpired: 'token.permitRefused',
  InvalidPermit: 'token.permitRefused',
};

/**
 * The refusal a token's reason string stands for. Known strings of the big stablecoins — USDC's "Pausable: paused",
 * "Blacklistable: account is blacklisted", "ERC20: transfer amount exceeds allowance|balance", "EIP2612: invalid
 * signature", "FiatTokenV2: permit is expired"; DAI's "Dai/insufficient-balance", "Dai/insufficient-allowance",
 * "Dai/invalid-permit", "Dai/permit-expired", "Dai/invalid-nonce"; OpenZeppelin 4's "ERC20: insufficient
 * allowance" — and the same words in other tokens; anything else is `token.refused` (passed on verbatim).
 * @example
 * classifyTokenReason('Blacklistable: account is blacklisted') // 'token.blacklisted'
 */
export function classifyTokenReason(reason: string): TokenRefusalCode {
  return REASON_RULES.find((rule) => rule.matches(reason))!.code;
}

/** The reason-string rules, first match wins (a pause or a blacklist outranks the words of a failed transfer); the last takes anything. */
const REASON_RULES: readonly { code: TokenRefusalCode; matches: (reason: string) => boolean }[] = [
  { code: 'token.paused', matches: (r) => /\bpaused\b/i.test(r) && !/\bnot paused\b/i.test(r) },
  { code: 'token.blacklisted', matches: (r) => /\b(black|block|deny)[- ]?listed\b|\bfrozen\b/i.test(r) },
  { code: 'token.permitRefused', matches: (r) => /permit|signature|invalid[- ]nonce|ECRecover/i.test(r) },
  { code: 'token.insufficientAllowance', matches: (r) => /(exceeds|insufficient)[- ]allowance|allowance (exceeded|too low)/i.test(r) },
  { code: 'token.insufficientBalance', matches: (r) => /exceeds[- ]balance|insufficient[- ]balance|balance (is )?too low|insufficient funds/i.test(r) },
  // Anything else is passed on verbatim, with the token named.
  { code: 'token.refused', matches: () => true },
];

/** Solidity's panic codes, by value (the compiler's documentation). */
export const PANIC_REASONS: Record<number, string> = {
  0x00: 'a generic compiler panic',
  0x01: 'an assertion failed',
  0x11: 'an arithmetic overflow or underflow',
  0x12: 'a division or modulo by zero',
  0x21: 'a value out of its enum range',
  0x22: 'a corrupt storage byte array',
  0x31: 'a pop from an empty array',
  0x32: 'an array index out of bounds',
  0x41: 'too much memory allocated',
  0x51: 'a call to an uninitialised function pointer',
};

const ACTIONS: Record<TokenAction, string> = { transfer: 'the transfer', approval: 'the approval', permit: 'the permit', call: 'the call' };

/** "the token USDC (0x…)" — the token as messages name it. */
export function tokenLabel(params: Pick<TokenRefusalParams, 'token' | 'symbol'>): string {
  if (params.symbol && params.token) return `the token ${params.symbol} (${params.token})`;
  if (params.token) return `the token at ${params.token}`;
  if (params.symbol) return `the token ${params.symbol}`;
  return 'the token';
}

/** The English line of a token refusal (the Chinese ones are in messages.zh.ts, by the same code). */
export function tokenRefusalMessage(code: TokenRefusalCode, params: TokenRefusalParams): string {
  const token = tokenLabel(params);
  const action = ACTIONS[params.action];
  const said = params.reason === undefined ? '' : ` ("${params.reason}")`;
  const quoted = params.reason === undefined ? 'without a reason' : `: "${params.reason}"`;
  switch (code) {
    case 'token.insufficientAllowance':
      return `${token} refused ${action}${quoted} — the pool may not take that much of ${params.owner ?? 'the sender'}'s ${params.symbol ?? 'tokens'} yet: approve at least the amount first (joinPool, topUpBalance and creditMembers do it for you), or join with a permit`;
    case 'token.insufficientBalance':
      return `${token} refused ${action}${quoted} — ${params.owner ?? 'the sender'} holds less than the amount: get more ${params.symbol ?? 'tokens'} first`;
    case 'token.paused':
      return `${token} is paused by its issuer${said}: it refuses transfers and approvals until it is unpaused; try again later`;
    case 'token.blacklisted':
      return params.address
        ? `${token} blacklists ${params.address}${said}: its issuer blocks every transfer from or to that address; use an address the issuer has not blocked`
        : `${token} blacklists an address of this call${said}: its issuer blocks every transfer from or to it (the sender, the pool or the recipient); use an address the issuer has not blocked`;
    case 'token.permitRefused':
      return `${token} refused the permit${quoted}: sign a new one (it may have expired, or its nonce was used meanwhile), or approve instead`;
    case 'token.refused':
      return `${token} refused ${action}${quoted}`;
    case 'token.noReason':
      return `${token} refused ${action} without giving a reason (tokens such as USDT do so when the balance or the allowance is too small, when the token is paused or an address is blacklisted): check these`;
    case 'token.customError':
      return `${token} refused ${action} with its own error ${params.selector ?? ''}, which the SDK does not know: look the selector up in the token's ABI`;
  }
}

/** A token refusal as the SDK throws it. */
export function tokenRefusalError({ code, ...params }: TokenRefusalParams & { code: TokenRefusalCode }, cause?: unknown, details?: string): TokenRefusedError {
  return new TokenRefusedError(tokenRefusalMessage(code, params), { cause, details, code, params: compact(params) });
}

const compact = (params: object): LashouErrorParams => Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));

/** What a failed call tells about where it went: the contract called and the function. */
export function calledFunction(error: unknown): { address: Address | undefined; functionName: string | undefined; args: readonly unknown[] } {
  for (const current of causeChain(error)) {
    const { contractAddress, functionName, args } = current as { contractAddress?: unknown; functionName?: unknown; args?: unknown };
    if (typeof contractAddress === 'string' && typeof functionName === 'string') {
      return { address: contractAddress as Address, functionName, args: Array.isArray(args) ? args : [] };
    }
  }
  for (const current of causeChain(error)) {
    const { functionName } = current as { functionName?: unknown };
    if (typeof functionName === 'string') return { address: undefined, functionName, args: [] };
  }
  return { address: undefined, functionName: undefined, args: [] };
}

/** The action a token was asked for: its own function when the token was called, a transfer inside any other contract's call. */
function tokenAction(error: unknown, token: Address): TokenAction {
  const { address, functionName } = calledFunction(error);
  if (!address || !isAddressEqual(address, token)) return 'transfer';
  if (functionName === 'approve' || functionName === 'increaseAllowance' || functionName === 'decreaseAllowance') return 'approval';
  if (functionName === 'permit') return 'permit';
  if (functionName === 'transfer' || functionName === 'transferFrom') return 'transfer';
  return 'call';
}

/** A revert without data: REVERT with nothing (a bare `require`) or an INVALID opcode (old `assert`), as nodes report them. */
function bareRevert(error: unknown): { reason?: string } | undefined {
  for (const current of causeChain(error)) {
    if (current instanceof ContractFunctionRevertedError) {
      if ((current.raw && current.raw !== '0x') || current.data) return undefined;
      const reason = current.reason?.trim() ?? '';
      if (reason === '' || /^execution reverted\.?$/i.test(reason) || /invalid ?(fe)? ?opcode|InvalidFEOpcode/i.test(reason)) return {};
      // A node that gives the reason string only in its message ("execution reverted: Dai/insufficient-balance").
      const said = /^(?:execution reverted|reverted)(?::|,)\s*(?:reason string\s*)?['"]?(.+?)['"]?$/i.exec(reason);
      return said ? { reason: said[1] } : undefined;
    }
  }
  for (const current of causeChain(error)) {
    const { name, data } = current as { name?: string; data?: unknown };
    if (name === 'ExecutionRevertedError' && (data === undefined || data === '0x')) return {};
  }
  return undefined;
}

/** The context a refusal is phrased with. */
export type TokenErrorContext = { token?: Address | undefined; symbol?: string | undefined; account?: Address | undefined };

/**
 * Turns a revert that is not one of the protocol's custom errors into the SDK's message: a reason string, a
 * panic, no data at all, or a token's own custom error. With `context.token` (the call moved that token) it is a
 * {@link TokenRefusedError} naming the token; without, a plain `LashouError` about the contract. Returns
 * `undefined` for anything else (the caller's generic handling applies).
 * @example
 * const refusal = explainRevert(error, { token, symbol: 'USDC', account })
 */
export function explainRevert(error: unknown, context: TokenErrorContext, data?: Hex): LashouError | undefined {
  const details = error instanceof Error ? error.message : undefined;
  const base = context.token ? { token: context.token, symbol: context.symbol, action: tokenAction(error, context.token) } : undefined;
  const called = calledFunction(error);
  const spender = base && called.address && !isAddressEqual(called.address, base.token) ? called.address : undefined;
  let decoded: DecodeErrorResultReturnType | undefined;
  if (data && size(data) >= 4) {
    try {
      decoded = decodeErrorResult({ abi: tokenErrorsAbi, data });
    } catch {
      decoded = undefined;
    }
  }
  const stringReason = (reason: string): LashouError => {
    if (!base) return new LashouError(`the contract refused the call: "${reason}"`, { cause: error, details, code: 'contract.reverted', params: { reason } });
    const code = classifyTokenReason(reason);
    return tokenRefusalError({ code, ...base, reason, owner: context.account, spender }, error, details);
  };
  if (decoded?.errorName === 'Error') return stringReason(String((decoded.args as readonly unknown[])[0]));
  if (decoded?.errorName === 'Panic') {
    const panic = Number((decoded.args as readonly unknown[])[0]);
    const meaning = PANIC_REASONS[panic] ?? 'an unknown panic';
    const hex = `0x${panic.toString(16).padStart(2, '0')}`;
    const where = base ? `${tokenLabel(base)} or the contract that called it` : 'the contract';
    const advice =
      base && panic === 0x11
        ? 'tokens written with checked arithmetic fail this way when a balance or an allowance is too small: check both'
        : 'this is a bug in the contract, not in your input: report it';
    return new LashouError(`the call failed with panic ${hex} (${meaning}) in ${where}: ${advice}`, {
      cause: error,
      details,
      code: 'contract.panic',
      params: compact({ panic: hex, token: base?.token, symbol: base?.symbol }),
    });
  }
  if (decoded && TOKEN_ERROR_CODES[decoded.errorName] && base) {
    return tokenRefusalError({ code: TOKEN_ERROR_CODES[decoded.errorName]!, ...base, reason: decoded.errorName, owner: context.account, spender }, error, details);
  }
  if (data && size(data) >= 4) {
    // A custom error neither the protocol's ABIs nor the known token libraries have.
    if (!base) return undefined;
    return tokenRefusalError({ code: 'token.customError', ...base, selector: slice(data, 0, 4) }, error, `${data}${details ? `\n${details}` : ''}`);
  }
  const bare = bareRevert(error);
  if (!bare) return undefined;
  if (bare.reason !== undefined) return stringReason(bare.reason);
  if (base) return tokenRefusalError({ code: 'token.noReason', ...base }, error, details);
  return new LashouError(
    `the contract${called.functionName ? `'s ${called.functionName}()` : ''}${called.address ? ` at ${called.address}` : ''} reverted without giving a reason: check the address and the arguments of the call`,
    { cause: error, details, code: 'contract.noReason', params: compact({ contract: called.address, functionName: called.functionName }) },
  );
}
