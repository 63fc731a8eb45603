import { erc20Abi } from 'viem';
import { useReadContracts } from 'wagmi';
import { useTranslation } from 'react-i18next';
import { useRuntimeConfig } from './config';
import { formatMoney } from './format';

export type TokenInfo = { symbol: string; decimals: number };

/** The pool's stablecoin (symbol, decimals), read once from the chain. */
export function useToken() {
  const { deployment } = useRuntimeConfig();
  return useReadContracts({
    contracts: [
      { address: deployment.token, abi: erc20Abi, functionName: 'symbol' },
      { address: deployment.token, abi: erc20Abi, functionName: 'decimals' },
    ],
    allowFailure: false,
    query: { staleTime: Number.POSITIVE_INFINITY, select: ([symbol, decimals]): TokenInfo => ({ symbol, decimals }) },
  });
}

/** A formatter of base-unit amounts in the token and the page's language (`…` until the token is known). */
export function useMoney(): (value: bigint | string | number | null | undefined) => string {
  const { data: token } = useToken();
  const { i18n } = useTranslation();
  return (value) => {
    if (value === null || value === undefined || !token) return '…';
    return formatMoney(BigInt(value), token, i18n.language);
  };
}
