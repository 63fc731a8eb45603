import { testStablecoinAbi } from '@lashou/abi';
import type { Account, Address } from 'viem';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';

/** Parameters of {@link requestTestTokens}. */
export type RequestTestTokensParameters = { token: Address; amount: bigint; /** Default: the caller. */ to?: Address | undefined; account?: Account | Address | undefined };
export type RequestTestTokensReturnType = WriteResult & { to: Address; amount: bigint };

/**
 * Mints test stablecoins from the faucet (local chains and test networks only; at most 100,000 units a call).
 * @example
 * await requestTestTokens(walletClient, { token, amount: parseAmount('500', { decimals: 6 }) })
 */
export async function requestTestTokens(client: LashouClient, parameters: RequestTestTokensParameters): Promise<RequestTestTokensReturnType> {
  const account = resolveAccount(client, parameters.account);
  const to = parameters.to ?? accountAddress(account);
  const result = await sendContractWrite(client, { address: parameters.token, abi: testStablecoinAbi, functionName: 'faucet', args: [to, parameters.amount], account, token: parameters.token });
  return { ...result, to, amount: parameters.amount };
}
