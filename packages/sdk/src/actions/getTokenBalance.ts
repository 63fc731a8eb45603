import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { explain } from '../internal/write.js';
import { erc20Abi } from '../tokens/tokenAbis.js';
import { getTokenInfo, type GetTokenInfoReturnType } from './getTokenInfo.js';

/** Parameters of {@link getTokenBalance}. */
export type GetTokenBalanceParameters = { token: Address; owner: Address };
/** The balance and the token's metadata (to format it). */
export type GetTokenBalanceReturnType = { balance: bigint; token: GetTokenInfoReturnType };

/**
 * Reads an address's token balance with the token's decimals and symbol.
 * @example
 * const { balance, token: { decimals } } = await getTokenBalance(client, { token, owner })
 */
export async function getTokenBalance(client: LashouClient, { token, owner }: GetTokenBalanceParameters): Promise<GetTokenBalanceReturnType> {
  try {
    const [balance, info] = await Promise.all([
      readContract(client, { address: token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] }),
      getTokenInfo(client, { token }),
    ]);
    return { balance, token: info };
  } catch (error) {
    throw await explain(client, error, { token });
  }
}
