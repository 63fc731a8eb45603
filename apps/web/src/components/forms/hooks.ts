import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getMember, getPool, getTokenBalance, listClaims, type LashouClient } from '@lashou/sdk';
import { useBlock, useConnection, usePublicClient } from 'wagmi';
import { useRuntimeConfig } from '../../lib/config';
import { useToken } from '../../lib/token';
import { parseTypedAmount } from './schemas';

/** The wagmi public client as the SDK's client type. */
export function useLashouReader(): LashouClient | undefined {
  return usePublicClient() as unknown as LashouClient | undefined;
}

/** The pool's parameters, clock and accounting (the SDK's `getPool`), refreshed every few seconds. */
export function usePool() {
  const client = useLashouReader();
  const { deployment } = useRuntimeConfig();
  return useQuery({
    queryKey: ['sdk', 'pool', deployment.pool],
    queryFn: () => getPool(client!, { pool: deployment.pool, maxPayments: 0 }),
    enabled: Boolean(client),
    refetchInterval: 4_000,
  });
}

/** The chain's time (latest block timestamp, seconds), which moves with `evm_increaseTime` on the local chain; falls back to the clock. */
export function useChainNow(): bigint {
  const { data: block } = useBlock({ watch: true });
  const [tick, setTick] = useState(() => BigInt(Math.floor(Date.now() / 1000)));
  useEffect(() => {
    const timer = setInterval(() => setTick(BigInt(Math.floor(Date.now() / 1000))), 1_000);
    return () => clearInterval(timer);
  }, []);
  const [offset, setOffset] = useState(0n);
  useEffect(() => {
    if (block?.timestamp !== undefined) setOffset(block.timestamp - BigInt(Math.floor(Date.now() / 1000)));
  }, [block?.timestamp]);
  return tick + offset;
}

/** Every claim, read live from the chain with the SDK (a handful in a mutual's life at a time). */
export function useClaimsOnChain() {
  const reader = useLashouReader();
  const { deployment } = useRuntimeConfig();
  return useQuery({
    queryKey: ['sdk', 'claims', deployment.claims],
    queryFn: () => listClaims(reader!, { claims: deployment.claims }),
    enabled: Boolean(reader),
    refetchInterval: 4_000,
  });
}

/** What a typed amount comes to in base units (as the form's `amountSchema` reads it), for the "before you sign" preview; undefined while it is not an amount. */
export function useAmountPreview(text: string): bigint | undefined {
  const { data: token } = useToken();
  return useMemo(() => {
    if (!token) return undefined;
    try {
      return parseTypedAmount(text, token.decimals, token.symbol);
    } catch {
      return undefined;
    }
  }, [text, token]);
}

/** The connected wallet's membership (the SDK's `getMember`), refreshed every few seconds. */
export function useMember() {
  const reader = useLashouReader();
  const { address } = useConnection();
  const { deployment } = useRuntimeConfig();
  return useQuery({
    queryKey: ['sdk', 'member', deployment.pool, address],
    queryFn: () => getMember(reader!, { pool: deployment.pool, member: address! }),
    enabled: Boolean(reader && address),
    refetchInterval: 4_000,
  });
}

/** The connected wallet's balance of the pool's token (the SDK's `getTokenBalance`), refreshed every few seconds. */
export function useTokenBalance() {
  const reader = useLashouReader();
  const { address } = useConnection();
  const { deployment } = useRuntimeConfig();
  return useQuery({
    queryKey: ['sdk', 'tokenBalance', deployment.token, address],
    queryFn: () => getTokenBalance(reader!, { token: deployment.token, owner: address! }),
    enabled: Boolean(reader && address),
    refetchInterval: 4_000,
  });
}
