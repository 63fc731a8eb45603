import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, getAddress, isAddress, parseEventLogs } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';

/** Parameters of {@link releasePayout}. */
export type ReleasePayoutParameters = {
  pool: Address;
  /** Whose payouts to release (default: the sending account). Anyone may release anyone's: they go to the payee only. */
  payee?: Address | undefined;
  account?: Account | Address | undefined;
  /**
   * Not accepted: a payout goes to its payee only. (`claimPayout(to)` sent it anywhere; `releasePayout` never moves
   * money owed to an address to another one, so the pool never helps move funds a token has blacklisted.)
   */
  to?: never;
};
/** The transaction, the payee and the tokens it received (from `PayoutClaimed`). */
export type ReleasePayoutReturnType = WriteResult & { payee: Address; amount: bigint };

/**
 * Sends `payee` the payouts whose transfer failed at settlement (the token was paused, or the payee blacklisted) and
 * that the pool kept for it (`unclaimedPayoutOf`). Anyone may send it — a payee, a friend, a keeper — and the tokens
 * go to the payee only. Refused with `PoolNothingToClaim` when nothing is kept, and with the token's refusal
 * (`token.paused`, `token.blacklisted`) while the token still will not move them: try again once it does.
 * @example
 * const { amount } = await releasePayout(walletClient, { pool })                  // your own
 * const { amount } = await releasePayout(keeperClient, { pool, payee: '0x…' })   // someone else's, to them
 */
export async function releasePayout(client: LashouClient, parameters: ReleasePayoutParameters): Promise<ReleasePayoutReturnType> {
  if ((parameters as { to?: unknown }).to !== undefined) {
    throw new InvalidInputError(
      'releasePayout takes no `to`: a payout goes only to its payee (money owed to an address never leaves the pool for another one, which could carry funds past the token\'s blacklist); pass `payee`, and the payee receives it once the token lets it move',
      { code: 'recipient.fixed', params: { action: 'releasePayout', parameter: 'to' } },
    );
  }
  const account = resolveAccount(client, parameters.account);
  const given = parameters.payee;
  if (given !== undefined && !isAddress(given, { strict: false })) {
    throw new InvalidInputError(`payee ${given} is not an address: give the 0x… address the payout is owed to`, { code: 'address.invalid', params: { name: 'payee', value: given } });
  }
  const payee = given !== undefined ? getAddress(given) : accountAddress(account);
  const result = await sendContractWrite(client, { address: parameters.pool, abi: mutualPoolAbi, functionName: 'releasePayout', args: [payee], account, pool: parameters.pool });
  const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'PayoutClaimed' });
  return { ...result, payee, amount: event?.args.amount ?? 0n };
}
