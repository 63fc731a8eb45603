import { LashouContractError, errorExplainers, toLashouError } from './contractErrors.js';
import { errorExplainersZh } from './contractErrors.zh.js';
import { LashouError, causeChain } from './LashouError.js';
import { messagesZh } from './messages.zh.js';

/** Options of {@link describeError}. */
export type DescribeErrorOptions = {
  /** The reader's locale (a BCP 47 tag such as `zh-CN` or `en-GB`): any `zh…` gives Chinese, anything else English. */
  locale: string;
  /** Decimals of the token amounts in the message (default: those the error was made with, else 18). */
  decimals?: number | undefined;
  /** Symbol of that token (default: the error's, else “tokens” / “代币”). */
  symbol?: string | undefined;
};

/** The return type of {@link describeError}: one line saying what went wrong and what to do. */
export type DescribeErrorReturnType = string;

/** The first `LashouError` in `error`'s cause chain, if any. */
function findLashouError(error: unknown): LashouError | undefined {
  for (const current of causeChain(error)) {
    if (current instanceof LashouError) return current;
  }
  return undefined;
}

/**
 * The one-line message of a failure in the reader's language: Chinese (zh-CN) for any `zh…` locale, English
 * otherwise. Works on a `LashouError` (by its `code` and `params`), on a raw viem error (decoded with the
 * SDK's own contract-error decoder first, so a revert reads as the same advice as the SDK gives), and on
 * anything else (its message). The English text is the error's `shortMessage`, unchanged; for a contract error
 * it is phrased again when `decimals`/`symbol` are given.
 * @example
 * try {
 *   await joinPool(walletClient, { pool, identityCommitment, amount })
 * } catch (error) {
 *   toast(describeError(error, { locale: i18n.language, decimals: 6, symbol: 'tUSD' }))
 *   // zh-CN: '余额 9.50 tUSD 低于最低额 10.00 tUSD：请至少再充值 0.50 tUSD'
 *   // en:    'balance 9.50 tUSD is below the 10.00 tUSD minimum: top up at least 0.50 tUSD more'
 * }
 */
export function describeError(error: unknown, options: DescribeErrorOptions): DescribeErrorReturnType {
  const chinese = /^zh(?:[-_]|$)/i.test(options.locale.trim());
  const lashou = findLashouError(error) ?? toLashouError(error, { decimals: options.decimals, symbol: options.symbol });
  if (lashou instanceof LashouContractError) {
    const formatting = {
      decimals: options.decimals ?? lashou.formatting.decimals ?? 18,
      symbol: options.symbol ?? lashou.formatting.symbol ?? (chinese ? '代币' : 'tokens'),
    };
    const explain = (chinese ? errorExplainersZh : errorExplainers)[lashou.errorName];
    const args = lashou.args as readonly unknown[];
    if (explain) return explain(args, { ...formatting, params: lashou.params });
    return chinese ? `合约拒绝了此调用：${lashou.errorName}(${args.map(String).join(', ')})` : lashou.shortMessage;
  }
  if (!chinese) return lashou.shortMessage;
  const render = messagesZh[lashou.code];
  if (!render) return lashou.shortMessage;
  return render(lashou.params, { decimals: options.decimals ?? 18, symbol: options.symbol ?? '代币' });
}
