import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useConfig } from 'wagmi';
import { getConnectorClient } from 'wagmi/actions';
import { createClient, custom, type Hash } from 'viem';
import type { LashouClient } from '@lashou/sdk';
import { useDescribeError } from './errors';

export type TxStatus = 'idle' | 'signing' | 'pending' | 'success' | 'error';

export type TxState<R> = {
  status: TxStatus;
  /** The last transaction sent (approval, then the write itself). */
  hash: Hash | undefined;
  result: R | undefined;
  error: unknown;
  /** The SDK's plain-language error in the page's language. */
  message: string | undefined;
};

const SEND_METHODS = new Set(['eth_sendTransaction', 'eth_sendRawTransaction']);

/**
 * The wallet's client for the SDK's actions, with its requests watched: once a transaction is handed to the
 * node, `onSent(hash)` moves the status from "sign in your wallet" to "waiting for the block".
 */
function watchedClient(base: LashouClient, onSent: (hash: Hash) => void): LashouClient {
  return createClient({
    account: base.account,
    chain: base.chain,
    pollingInterval: base.chain?.id === 31337 ? 500 : 2_000,
    transport: custom({
      async request({ method, params }) {
        const answer = await base.request({ method, params } as never);
        if (SEND_METHODS.has(method) && typeof answer === 'string') onSent(answer as Hash);
        return answer;
      },
    }),
  }) as unknown as LashouClient;
}

/**
 * Runs one SDK write with the connected wallet: `run((client) => joinPoolWithPermit(client, …))`. Exposes the
 * status (idle → signing → pending → success | error), the transaction hash and, on failure, the SDK's
 * explanation in the user's language. Live reads are refreshed after a success.
 */
export function useTx<R = unknown>() {
  const config = useConfig();
  const queryClient = useQueryClient();
  const describeError = useDescribeError();
  const [state, setState] = useState<TxState<R>>({ status: 'idle', hash: undefined, result: undefined, error: undefined, message: undefined });
  const busy = useRef(false);

  const run = useCallback(
    async (action: (client: LashouClient) => Promise<R>): Promise<R | undefined> => {
      if (busy.current) return undefined;
      busy.current = true;
      setState({ status: 'signing', hash: undefined, result: undefined, error: undefined, message: undefined });
      try {
        const base = (await getConnectorClient(config)) as unknown as LashouClient;
        const client = watchedClient(base, (hash) => setState((s) => ({ ...s, status: 'pending', hash })));
        const result = await action(client);
        const hash = (result as { hash?: Hash } | undefined)?.hash;
        setState((s) => ({ status: 'success', hash: hash ?? s.hash, result, error: undefined, message: undefined }));
        void queryClient.invalidateQueries();
        return result;
      } catch (error) {
        setState((s) => ({ status: 'error', hash: s.hash, result: undefined, error, message: describeError(error) }));
        return undefined;
      } finally {
        busy.current = false;
      }
    },
    [config, queryClient, describeError]
  );

  const reset = useCallback(() => setState({ status: 'idle', hash: undefined, result: undefined, error: undefined, message: undefined }), []);
  const busyNow = state.status === 'signing' || state.status === 'pending';
  return { ...state, run, reset, busy: busyNow };
}
