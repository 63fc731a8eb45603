import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { toLashouError } from '../errors/contractErrors.js';
import { type LashouClient, transportUrl } from '../internal/client.js';
import { erc20Abi } from '../tokens/tokenAbis.js';

/** Parameters of {@link getTokenInfo}. */
export type GetTokenInfoParameters = { token: Address };
/** The token's name, symbol and decimals. */
export type GetTokenInfoReturnType = { address: Address; name: string; symbol: string; decimals: number };

const cache = new WeakMap<object, Map<string, Promise<GetTokenInfoReturnType>>>();

/**
 * Reads an ERC-20's name, symbol and decimals (cached per client: they never change). `decimals` is read as a
 * `uint256`, which also fits tokens that declare it so (USDT).
 * @example
 * const { decimals, symbol } = await getTokenInfo(client, { token })
 */
export function getTokenInfo(client: LashouClient, { token }: GetTokenInfoParameters): Promise<GetTokenInfoReturnType> {
  let byToken = cache.get(client);
  if (!byToken) cache.set(client, (byToken = new Map()));
  const key = token.toLowerCase();
  let info = byToken.get(key);
  if (!info) {
    const read = (functionName: 'name' | 'symbol' | 'decimals') =>
      readContract(client, { address: token, abi: erc20Abi, functionName });
    info = Promise.all([read('name'), read('symbol'), read('decimals')])
      .then(([name, symbol, decimals]) => ({ address: token, name: name as string, symbol: symbol as string, decimals: Number(decimals) }))
      .catch((error: unknown) => {
        byToken.delete(key);
        throw toLashouError(error, { rpcUrl: transportUrl(client) });
      });
    byToken.set(key, info);
  }
  return info;
}
