import { claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, witnessRegistryAbi } from '@lashou/abi';
import { type Address, getAddress, isAddress } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link getPendingMoney}: the deployment's contracts (those left out read as 0), and optionally one address. */
export type GetPendingMoneyParameters = {
  pool: Address;
  claims?: Address | undefined;
  reports?: Address | undefined;
  /** The witness registry (default: the claims manager's). */
  registry?: Address | undefined;
  /** Also read what is kept for this address (its payouts and its report refunds). */
  account?: Address | undefined;
};

/** Money decided but not moved yet because the token refused to move it, in token base units. */
export type GetPendingMoneyReturnType = {
  /** Payouts the pool kept for their payees (transfer failed at settlement): `releasePayout`. */
  unclaimedPayouts: bigint;
  /** Bonds and rewards the reports module kept for reporters: `releaseReportRefund`. */
  unclaimedRefunds: bigint;
  /** No-show slashes not yet credited to the members: `creditPendingNoShow`. */
  pendingNoShowCredits: bigint;
  /** Report resolutions not yet credited to the members: `creditPendingReport`. */
  pendingReportCredits: bigint;
  /**
   * Slashed stake the registry still holds for the claims manager and the reports module (`payOwedStake`). It is
   * not more money: it is where part of the pending credits and refunds above still sits.
   */
  owedToClaims: bigint;
  owedToReports: bigint;
  /** Everything waiting: payouts + refunds + both kinds of credit. */
  totalWaiting: bigint;
  /** With `account`: what is kept for it. */
  account?: { address: Address; unclaimedPayout: bigint; unclaimedRefund: bigint } | undefined;
};

/**
 * What the protocol decided to pay or credit but could not move yet because the token refused (paused, or a payee
 * blacklisted): the totals of each kind, and with `account` what is kept for that address. A keeper moves it all on
 * once the token moves (`createKeeper`, group `deferred`); anyone may, one item at a time.
 * @example
 * const { totalWaiting, account } = await getPendingMoney(client, { pool, claims, reports, account: me })
 */
export async function getPendingMoney(client: LashouClient, parameters: GetPendingMoneyParameters): Promise<GetPendingMoneyReturnType> {
  const { pool, claims, reports } = parameters;
  if (parameters.account !== undefined && !isAddress(parameters.account, { strict: false })) {
    throw new InvalidInputError(`account ${parameters.account} is not an address: give a 0x… address`, { code: 'address.invalid', params: { name: 'account', value: parameters.account } });
  }
  const account = parameters.account === undefined ? undefined : getAddress(parameters.account);
  const registry = parameters.registry ?? (claims ? await read(client, () => readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'registry' }), { pool }) : undefined);
  const zero = Promise.resolve(0n);
  const [unclaimedPayouts, unclaimedRefunds, pendingNoShowCredits, pendingReportCredits, owedToClaims, owedToReports, unclaimedPayout, unclaimedRefund] = await read(
    client,
    () =>
      Promise.all([
        readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'unclaimedPayouts' }),
        reports ? readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'unclaimedRefunds' }) : zero,
        claims ? readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'pendingCredits' }) : zero,
        reports ? readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'pendingCredits' }) : zero,
        registry && claims ? readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'owedTo', args: [claims] }) : zero,
        registry && reports ? readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'owedTo', args: [reports] }) : zero,
        account ? readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'unclaimedPayoutOf', args: [account] }) : zero,
        account && reports ? readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'unclaimedRefundOf', args: [account] }) : zero,
      ]),
    { pool },
  );
  return {
    unclaimedPayouts, unclaimedRefunds, pendingNoShowCredits, pendingReportCredits, owedToClaims, owedToReports,
    totalWaiting: unclaimedPayouts + unclaimedRefunds + pendingNoShowCredits + pendingReportCredits,
    account: account ? { address: account, unclaimedPayout, unclaimedRefund } : undefined,
  };
}
