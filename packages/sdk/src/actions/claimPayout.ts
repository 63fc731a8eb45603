import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';

/** Parameters of {@link claimPayout}. */
export type ClaimPayoutParameters = { pool: Address; /** Where to send (default: the caller). */ to?: Address | undefined; account?: Account | Address | undefined };
/** The claim and the tokens sent. */
export type ClaimPayoutReturnType = WriteResult & { amount: bigint };

/**
 * Collects payouts whose transfer failed at settlement (e.g. while the address was blocked by the token).
 * @example
 * const { amount } = await claimPayout(walletClient, { pool })
 */
export async function claimPayout(client: LashouClient, parameters: ClaimPayoutParameters): Promise<ClaimPayoutReturnType> {
  const account = resolveAccount(client, parameters.account);
  const to = parameters.to ?? accountAddress(account);
  const result = await sendContractWrite(client, { address: parameters.pool, abi: mutualPoolAbi, functionName: 'claimPayout', args: [to], account, pool: parameters.pool });
  const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'PayoutClaimed' });
  return { ...result, amount: event?.args.amount ?? 0n };
}
