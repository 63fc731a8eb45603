// What the commands that release money kept for an address share (member claim-payout, report claim-refund,
// operator withdraw-fees, pool release-pending): such money goes to its owner only, and waits while the token refuses.
import { TokenRefusedError } from '@lashou/sdk';
import { CliError } from '../context.js';

const NOT_ACCEPTED: Record<'payout' | 'refund' | 'fees', string> = {
  payout:
    "--to is not accepted: a payout goes only to its payee. The pool never sends money owed to one address to another, so it never helps move funds past the token's blacklist; " +
    'if the token refuses the transfer (paused, or the payee blacklisted), the payout stays kept for its payee, who can release it once the token lets it move ' +
    '(lashou member claim-payout; anyone may, with --payee <address>). Nothing was sent',
  refund:
    "--to is not accepted: a report refund goes only to its reporter. Money owed to one address is never sent to another, so the reports module never helps move funds past the token's blacklist; " +
    'if the token refuses the transfer (paused, or the reporter blacklisted), the refund stays kept for the reporter, who can release it once the token lets it move ' +
    '(lashou report claim-refund; anyone may, with --reporter <address>). Nothing was sent',
  fees: '--to is not accepted: investigation fees go to the operator that withdraws them, your own address; send them on from there. Nothing was sent',
};

/** Refuses `--to` on a command whose money goes to its owner only, saying why and what to do instead. */
export function refuseTo(to: string | undefined, kind: 'payout' | 'refund' | 'fees'): void {
  if (to !== undefined) throw new CliError(NOT_ACCEPTED[kind]);
}

/**
 * A release the token refused (paused by its issuer, or the owner blacklisted) becomes one line saying the money stays
 * kept for its owner, goes to it only, and when to try again. Any other error is returned unchanged.
 */
export function explainTokenWait(error: unknown, args: { what: string; owner: string; retry: string }): unknown {
  if (!(error instanceof TokenRefusedError)) return error;
  const symbol = typeof error.params.symbol === 'string' ? error.params.symbol : 'the token';
  if (error.code === 'token.paused') {
    return new CliError(
      `${symbol} is paused by its issuer: ${args.what} stays kept for ${args.owner} and is released to it once ${symbol} is unpaused (${args.retry}, or a running lashou keeper does it); nothing was sent`,
      { cause: error, code: error.code, params: error.params },
    );
  }
  if (error.code === 'token.blacklisted') {
    const blocked = typeof error.params.address === 'string' ? error.params.address : args.owner;
    return new CliError(
      `${symbol}'s issuer blacklists ${blocked}: ${args.what} stays kept for ${args.owner} and goes to it, never to another address, once the issuer lifts the block (${args.retry}, or a running lashou keeper does it); nothing was sent`,
      { cause: error, code: error.code, params: error.params },
    );
  }
  return error;
}
