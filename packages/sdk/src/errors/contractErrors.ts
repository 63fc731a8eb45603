import { contracts } from '@lashou/abi';
import {
  type Abi,
  type Hex,
  BaseError,
  type ContractErrorArgs,
  ContractFunctionRevertedError,
  decodeErrorResult,
  hexToString,
  keccak256,
  toFunctionSelector,
  toHex,
} from 'viem';
import { formatAbiItem } from 'viem/utils';

type AbiError = Extract<Abi[number], { type: 'error' }>;
import { formatAmount } from '../amounts/formatAmount.js';
import { LashouError, RpcUnreachableError } from './LashouError.js';

/** What the decoder needs to phrase amounts and roles. */
export type ErrorContext = {
  /** Decimals of the pool's token (amounts in messages use them). */
  decimals?: number | undefined;
  /** Symbol of the pool's token. */
  symbol?: string | undefined;
  /** The RPC URL, for "cannot reach" messages. */
  rpcUrl?: string | undefined;
};

const MEMBER_STATUS = ['None', 'Waiting', 'Covered', 'ExitRequested', 'Lapsed', 'Exited'] as const;

/** Names of the roles the contracts use, by their `bytes32` id. */
export const ROLE_NAMES: Record<Hex, string> = Object.fromEntries(
  ['CLAIMS_ROLE', 'CREDITOR_ROLE', 'GOVERNOR_ROLE', 'PROPOSER_ROLE', 'EXECUTOR_ROLE', 'CANCELLER_ROLE']
    .map((name) => [keccak256(toHex(name)), name] as const)
    .concat([[`0x${'0'.repeat(64)}`, 'DEFAULT_ADMIN_ROLE']]),
);

type Args = readonly unknown[];
/** One row of the decoder: turns the error's arguments into a sentence saying what went wrong and what to do. */
export type ErrorExplainer = (args: Args, context: Required<Pick<ErrorContext, 'decimals' | 'symbol'>>) => string;

const big = (value: unknown): bigint => BigInt(value as bigint);
const when = (seconds: unknown) => new Date(Number(big(seconds)) * 1000).toISOString().replace('.000Z', 'Z');
const bytes32Text = (value: unknown) => {
  try {
    return hexToString(value as Hex, { size: 32 }).replace(/\0+$/, '');
  } catch {
    return String(value);
  }
};

/**
 * The decoder table: contract error name → explanation. Adding a contract's errors (the claims module,
 * witnesses, reports) is adding rows here; the ABI half comes from the generated ABIs automatically.
 */
export const errorExplainers: Record<string, ErrorExplainer> = {
  // ── MutualPool ──
  PoolAlreadyMember: ([member]) =>
    `${member} already has a membership in this pool: top up to add funds, or exit and withdraw before joining again`,
  PoolNotMember: ([member, status]) => {
    const name = MEMBER_STATUS[Number(status)] ?? String(status);
    switch (name) {
      case 'None':
        return `${member} is not a member of this pool: join first (lashou member join)`;
      case 'Waiting':
      case 'Covered':
        return `${member} is an active member (${name}): request exit first (lashou member exit), then withdraw once the exit epoch is settled`;
      case 'ExitRequested':
        return `${member} has asked to leave: nothing else is possible until the exit epoch is settled; then withdraw (lashou member withdraw)`;
      case 'Lapsed':
        return `${member} has lapsed (balance below the minimum): top up to rejoin with a new waiting period, or withdraw what is left`;
      default:
        return `${member} has left and withdrawn everything: join again with a new identity commitment`;
    }
  },
  PoolCommitmentUsed: ([commitment]) =>
    `identity commitment ${commitment} was used before: a person joins once; make a new salt (lashou identity new) to rejoin`,
  PoolCommitmentZero: () => 'the identity commitment is zero: compute one from your identity (lashou identity new)',
  PoolBelowMinimumBalance: ([, balance, minimum], { decimals, symbol }) => {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    return `balance ${fmt(big(balance))} is below the ${fmt(big(minimum))} minimum: top up at least ${fmt(big(minimum) - big(balance))} more`;
  },
  PoolZeroAmount: () => 'the amount is zero: give a positive amount',
  PoolTransferAmountMismatch: ([expected, received], { decimals, symbol }) =>
    `the token moved ${formatAmount(big(received), { decimals, symbol })} instead of ${formatAmount(big(expected), { decimals, symbol })}: fee-on-transfer or rebasing tokens cannot back a Lashou pool; use a plain stablecoin`,
  PoolExitNotSettled: ([, exitEpoch, next]) =>
    `your exit takes effect when epoch ${exitEpoch} is settled, and the next epoch to settle is ${next}: wait for epoch ${exitEpoch} to end, settle it (lashou pool settle), then withdraw`,
  PoolEpochNotEnded: ([epoch, endsAt]) => `epoch ${epoch} ends at ${when(endsAt)}: settle it after that`,
  PoolLapsesPending: () =>
    'members below the minimum must be lapsed before settlement: run lashou pool process-lapses until nothing is pending (settleEpoch in the SDK does it for you)',
  PoolPaymentTooLarge: ([amount], { decimals, symbol }) =>
    `payment ${formatAmount(big(amount), { decimals, symbol })} does not fit the pool's 96-bit amounts: split it into smaller payments`,
  PoolNothingToClaim: ([recipient]) =>
    `nothing to claim for ${recipient}: payouts are sent at settlement; only payments whose transfer failed wait here`,
  PoolInvalidParameter: ([name, value]) => `parameter ${bytes32Text(name)} cannot be ${value}: choose a value within its allowed range`,
  PoolGovernanceDelayTooShort: ([delay, required]) =>
    `governance delay ${delay} s must exceed the epoch length ${required} s: use a timelock with a longer minimum delay`,
  PoolInRunOff: () => 'the pool is winding down (run-off) and takes no new members: join another pool',
  PoolZeroAddress: () => 'an address is zero: give a real address',
  SortedMembersHintTooFar: () =>
    'the sorted-list position hint went stale (members moved meanwhile): retry, and a fresh hint will be computed',
  // ── OpenZeppelin access control, guards, casts ──
  AccessControlUnauthorizedAccount: ([account, role]) =>
    `${account} does not hold ${ROLE_NAMES[(role as Hex).toLowerCase() as Hex] ?? role}: send from an account that holds it, or have the role admin (the timelock) grant it`,
  AccessControlBadConfirmation: () => 'an account may only renounce its own roles: send from that account',
  ReentrancyGuardReentrantCall: () => 'the pool refused a re-entrant call: call it from a plain account, not from inside another pool call',
  SafeCastOverflowedUintDowncast: ([bits]) => `an amount does not fit ${bits} bits: use a smaller amount`,
  SafeCastOverflowedIntDowncast: ([bits]) => `an amount does not fit ${bits} bits: use a smaller amount`,
  SafeCastOverflowedIntToUint: () => 'a balance would be negative: nothing can be taken from it',
  SafeCastOverflowedUintToInt: () => 'an amount is too large for signed arithmetic: use a smaller amount',
  SafeERC20FailedOperation: ([token]) => `the token ${token} refused a transfer: check the token contract and your balance`,
  // ── ERC-20 and permit (the token reverts; the pool passes it on) ──
  ERC20InsufficientBalance: ([sender, balance, needed], { decimals, symbol }) => {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    return `${sender} holds ${fmt(big(balance))} but ${fmt(big(needed))} is needed: get at least ${fmt(big(needed) - big(balance))} more (lashou token faucet on test chains)`;
  },
  ERC20InsufficientAllowance: ([spender, allowance, needed], { decimals, symbol }) => {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    return `${spender} may spend only ${fmt(big(allowance))} of your ${symbol} but needs ${fmt(big(needed))}: approve it first, or join with a permit`;
  },
  ERC20InvalidReceiver: ([who]) => `cannot send tokens to ${who}: give a real recipient address`,
  ERC20InvalidSender: ([who]) => `cannot send tokens from ${who}: use a real account`,
  ERC20InvalidApprover: ([who]) => `cannot approve from ${who}: use a real account`,
  ERC20InvalidSpender: ([who]) => `cannot approve spender ${who}: give a real spender address`,
  ERC2612ExpiredSignature: ([deadline]) => `the permit expired at ${when(deadline)}: sign a new one`,
  ERC2612InvalidSigner: ([signer, owner]) => `the permit was signed by ${signer}, not by the owner ${owner}: sign it with the owner's key`,
  InvalidAccountNonce: ([account, nonce]) => `${account}'s permit nonce is ${nonce}: sign a new permit with that nonce`,
  ECDSAInvalidSignature: () => 'the signature is invalid: sign again',
  ECDSAInvalidSignatureLength: () => 'the signature has the wrong length: sign again',
  ECDSAInvalidSignatureS: () => 'the signature is malleable (high s): sign again with a standard signer',
  TestStablecoinFaucetLimit: ([requested, limit], { decimals, symbol }) =>
    `the faucet hands out at most ${formatAmount(big(limit), { decimals, symbol })} per call (asked ${formatAmount(big(requested), { decimals, symbol })}): ask for less, several times if needed`,
  TestStablecoinNotATestChain: ([chainId]) =>
    `chain ${chainId} is not a test chain: the test stablecoin only runs on local chains and test networks; deploy with --token <a real stablecoin>`,
  InvalidShortString: () => 'the token name is not a valid short string: deploy the token with a shorter name',
  StringTooLong: ([text]) => `"${text}" is too long for a short string: use at most 31 bytes`,
  FailedCall: () => 'a low-level call failed without a reason: check the target contract and the value sent',
  // ── TimelockController ──
  TimelockInsufficientDelay: ([delay, minDelay]) => `delay ${delay} s is below the timelock's minimum ${minDelay} s: schedule with a longer delay`,
  TimelockUnexpectedOperationState: ([id]) => `timelock operation ${id} is not in the state this call needs: check that it was scheduled and is ready`,
  TimelockUnexecutedPredecessor: ([id]) => `timelock predecessor ${id} has not run: execute it first`,
  TimelockUnauthorizedCaller: ([caller]) => `${caller} may not call the timelock directly: go through schedule and execute`,
  TimelockInvalidOperationLength: () => 'the batch arrays differ in length: give one value and payload per target',
};

function collectErrorAbi(): AbiError[] {
  const bySelector = new Map<Hex, AbiError>();
  for (const { abi } of Object.values(contracts)) {
    for (const item of abi as Abi) {
      if (item.type !== 'error') continue;
      const selector = toFunctionSelector(formatAbiItem(item)) as Hex;
      if (!bySelector.has(selector)) bySelector.set(selector, item);
    }
  }
  return [...bySelector.values()];
}

/** Every custom error of every generated contract: what the decoder can read. */
export const contractErrorsAbi: readonly AbiError[] = collectErrorAbi();

/** Every custom error of every generated contract, as one ABI type. */
type AllErrorsAbi = (typeof contracts)[keyof typeof contracts]['abi'];
/** Names of the contract errors the SDK knows (`PoolBelowMinimumBalance`, `ERC20InsufficientBalance`, …). */
export type KnownContractErrorName = Extract<AllErrorsAbi[number], { type: 'error' }>['name'];
/** The decoded arguments of contract error `N`. */
export type KnownContractErrorArgs<N extends KnownContractErrorName> = ContractErrorArgs<AllErrorsAbi, N>;

/** A contract reverted with a custom error; `shortMessage` says what went wrong and what to do. */
export class LashouContractError<N extends KnownContractErrorName = KnownContractErrorName> extends LashouError {
  override name = 'LashouContractError';
  /** The contract's error name (e.g. `PoolBelowMinimumBalance`). */
  readonly errorName: N;
  /** The error's arguments, decoded (typed once narrowed with `isContractError`). */
  readonly args: KnownContractErrorArgs<N>;
  constructor(errorName: N, args: KnownContractErrorArgs<N>, shortMessage: string, options: { cause?: unknown; details?: string }) {
    super(shortMessage, options);
    this.errorName = errorName;
    this.args = args;
  }
}

/**
 * Narrows an error to one contract error, with typed arguments.
 * @example
 * if (isContractError(error, 'PoolBelowMinimumBalance')) { const [member, balance, minimum] = error.args }
 */
export function isContractError<N extends KnownContractErrorName>(error: unknown, errorName: N): error is LashouContractError<N> {
  return error instanceof LashouContractError && error.errorName === errorName;
}

function findRevertData(error: unknown): Hex | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 12; depth++) {
    if (current instanceof ContractFunctionRevertedError && current.raw) return current.raw;
    const data = (current as { data?: unknown }).data;
    if (typeof data === 'string' && /^0x[0-9a-fA-F]{8,}$/.test(data)) return data as Hex;
    if (data && typeof data === 'object' && typeof (data as { data?: unknown }).data === 'string') {
      const inner = (data as { data: string }).data;
      if (/^0x[0-9a-fA-F]{8,}$/.test(inner)) return inner as Hex;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isConnectionFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 12; depth++) {
    const name = (current as { name?: string }).name;
    const code = (current as { code?: string }).code;
    const message = String((current as { message?: string }).message ?? '');
    if (name === 'HttpRequestError' || name === 'TimeoutError' || name === 'WebSocketRequestError') return true;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /fetch failed|ECONNREFUSED/.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Turns whatever a contract call threw into a `LashouError`: custom errors through the decoder table,
 * unreachable RPCs into `RpcUnreachableError`, and anything else wrapped with viem's short message.
 * @example
 * try { await simulateContract(client, call) } catch (e) { throw toLashouError(e, { decimals: 6, symbol: 'tUSD' }) }
 */
export function toLashouError(error: unknown, context: ErrorContext = {}): LashouError {
  if (error instanceof LashouError) return error;
  const data = findRevertData(error);
  if (data) {
    try {
      const decoded = decodeErrorResult({ abi: contractErrorsAbi, data });
      const args = (decoded.args ?? []) as readonly unknown[];
      const explain = errorExplainers[decoded.errorName];
      const resolved = { decimals: context.decimals ?? 18, symbol: context.symbol ?? 'tokens' };
      const message = explain
        ? explain(args, resolved)
        : `the contract refused the call with ${decoded.errorName}(${args.map(String).join(', ')})`;
      return new LashouContractError(decoded.errorName as KnownContractErrorName, args as never, message, { cause: error, details: `${decoded.errorName}(${args.map(String).join(', ')})` });
    } catch {
      // Not one of ours: fall through to the generic message.
    }
  }
  if (isConnectionFailure(error)) {
    return new RpcUnreachableError(
      `cannot reach the RPC endpoint${context.rpcUrl ? ` ${context.rpcUrl}` : ''}: check --rpc / LASHOU_RPC_URL and that the node is running`,
      { cause: error },
    );
  }
  const short = error instanceof BaseError ? error.shortMessage : error instanceof Error ? error.message : String(error);
  return new LashouError(short.split('\n')[0] ?? short, { cause: error, details: error instanceof Error ? error.message : undefined });
}
