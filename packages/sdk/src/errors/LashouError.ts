/** Options of every Lashou error. */
export type LashouErrorOptions = {
  /** The error this one explains (a viem error, a file-system error, …). */
  cause?: unknown;
  /** Technical detail for logs: the raw revert, the RPC message. */
  details?: string | undefined;
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

  constructor(shortMessage: string, options: LashouErrorOptions = {}) {
    super(options.details ? `${shortMessage}\n\nDetails: ${options.details}` : shortMessage, { cause: options.cause });
    this.shortMessage = shortMessage;
    this.details = options.details;
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
    super('no account to sign with: pass `account`, or create the wallet client with one');
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
