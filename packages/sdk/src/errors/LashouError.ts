/**
 * @internal `error`, then its `cause`, the cause's cause and so on: at most `depth` of them, so a cycle ends.
 * The walk behind every check of a thrown value (revert data, connection failures, wallet refusals).
 */
export function* causeChain(error: unknown, depth = 12): Generator<unknown> {
  for (let current = error, i = 0; current && i < depth; i++) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

/** Values a message is built from (an amount, an address, the expected check character, …), by name. */
export type LashouErrorParams = Readonly<Record<string, unknown>>;

/** Options of every Lashou error. */
export type LashouErrorOptions = {
  /** The error this one explains (a viem error, a file-system error, …). */
  cause?: unknown;
  /** Technical detail for logs: the raw revert, the RPC message. */
  details?: string | undefined;
  /**
   * Stable identifier of what went wrong, for programs and translations: a contract error's name
   * (`PoolBelowMinimumBalance`), or a short dotted code for the SDK's own checks (`residentId.checksum`).
   * `describeError` looks the Chinese message up by it.
   */
  code?: string | undefined;
  /** The values the message is built from, by name (what a translation needs). */
  params?: LashouErrorParams | undefined;
};

/**
 * The one base class of the SDK's errors, shaped like viem's `BaseError`: `shortMessage` is a single line
 * saying what went wrong and what to do; `details` carries the technical detail; `cause` the original error.
 * @example
 * try { await joinPool(client, args) } catch (e) { if (e instanceof LashouError) console.error(e.shortMessage) }
 */
export class LashouError extends Error {
  override name = 'LashouError';
  /** One line: what went wrong and what to do about it. */
  readonly shortMessage: string;
  /** Technical detail (raw revert data, RPC text), if any. */
  readonly details: string | undefined;
  /** Stable identifier of what went wrong (`PoolBelowMinimumBalance`, `residentId.checksum`; `unknown` if none). */
  readonly code: string;
  /** The values the message is built from, by name. */
  readonly params: LashouErrorParams;

  constructor(shortMessage: string, options: LashouErrorOptions = {}) {
    super(options.details ? `${shortMessage}\n\nDetails: ${options.details}` : shortMessage, { cause: options.cause });
    this.shortMessage = shortMessage;
    this.details = options.details;
    this.code = options.code ?? 'unknown';
    this.params = options.params ?? {};
  }

  /** Walks the `cause` chain and returns the first error `predicate` accepts (viem's `walk`). */
  walk(predicate: (error: unknown) => boolean): unknown {
    let current: unknown = this;
    while (current) {
      if (predicate(current)) return current;
      current = (current as { cause?: unknown }).cause;
    }
    return undefined;
  }
}

/** A value given by the caller is malformed (an amount, an address, an ID number, a file). */
export class InvalidInputError extends LashouError {
  override name = 'InvalidInputError';
}

/** A write was asked of a client that has no account to sign with. */
export class AccountRequiredError extends LashouError {
  override name = 'AccountRequiredError';
  constructor() {
    super('no account to sign with: pass `account`, or create the wallet client with one', { code: 'account.required' });
  }
}

/** The RPC endpoint does not answer. */
export class RpcUnreachableError extends LashouError {
  override name = 'RpcUnreachableError';
}

/** An address given as a contract has no code on this chain. */
export class NoContractCodeError extends LashouError {
  override name = 'NoContractCodeError';
}

/** A transaction was mined but failed (reverted without a decodable reason). */
export class TransactionFailedError extends LashouError {
  override name = 'TransactionFailedError';
}

/**
 * A token refused a call: a transfer inside a pool call, an approval or a permit. Tokens do this in their own ways —
 * a reason string (USDC, DAI: `Error(string)`), no reason at all (USDT), a panic or a custom error the SDK does not
 * know — and `code` says which case it is once understood (`token.paused`, `token.blacklisted`,
 * `token.insufficientAllowance`, `token.insufficientBalance`, `token.permitRefused`, `token.refused` for a reason
 * passed on verbatim, `token.noReason`, `token.customError`); `params` name the token, its symbol and the reason.
 */
export class TokenRefusedError extends LashouError {
  override name = 'TokenRefusedError';
}
