import type { Address, EIP1193RequestFn, Hex, Transport } from 'viem';

/** One JSON-RPC request seen by {@link countingTransport}. */
export type RpcRequestRecord = {
  method: string;
  /** The round trip it belongs to (1, 2, …; see {@link RpcCounter.roundTrips}). */
  round: number;
  /** For `eth_call` and `eth_estimateGas`: the contract called and the function selector. */
  to?: Address | undefined;
  selector?: Hex | undefined;
};

/** What {@link countingTransport} has seen since it was created or last reset. */
export type RpcCounter = {
  /** JSON-RPC requests sent (each element of a batch counts; retries inside the transport do not). */
  readonly requests: number;
  /**
   * Sequential round trips, counted conservatively: a request starts a new round trip unless it was sent before any
   * answer arrived since the current round trip began. Requests sent together (`Promise.all`) share one; a request
   * that may depend on an answer counts as a new one.
   */
  readonly roundTrips: number;
  /** Every request, in the order sent. */
  readonly log: readonly RpcRequestRecord[];
  /** Starts counting afresh. */
  reset: () => void;
};

/**
 * Wraps a viem transport so it counts JSON-RPC requests and sequential round trips, for tests and benchmarks (e.g.
 * "a join in a pool of 100,000 members computes its hint in 2 round trips"). Everything is passed through unchanged.
 * @example
 * const { transport, counter } = countingTransport(http(rpcUrl))
 * const client = createPublicClient({ transport })
 * await findPositionHint(client, { pool, key, hintHelpers })
 * console.log(counter.requests, counter.roundTrips) // 1 1
 */
export function countingTransport<TTransport extends Transport>(transport: TTransport): { transport: TTransport; counter: RpcCounter } {
  let log: RpcRequestRecord[] = [];
  let round = 0;
  let answeredSinceRoundBegan = true;
  const counter: RpcCounter = {
    get requests() {
      return log.length;
    },
    get roundTrips() {
      return round;
    },
    get log() {
      return log;
    },
    reset() {
      log = [];
      round = 0;
      answeredSinceRoundBegan = true;
    },
  };
  const counted = ((options: Parameters<TTransport>[0]) => {
    const inner = transport(options);
    const request: EIP1193RequestFn = async (args, requestOptions) => {
      if (answeredSinceRoundBegan) {
        round += 1;
        answeredSinceRoundBegan = false;
      }
      const call = args.method === 'eth_call' || args.method === 'eth_estimateGas' ? (args.params as [{ to?: Address; data?: Hex; input?: Hex }] | undefined)?.[0] : undefined;
      const data = call?.data ?? call?.input;
      log.push({ method: args.method, round, to: call?.to, selector: data ? (data.slice(0, 10) as Hex) : undefined });
      try {
        return await inner.request(args as never, requestOptions);
      } finally {
        answeredSinceRoundBegan = true;
      }
    };
    return { ...inner, request };
  }) as TTransport;
  return { transport: counted, counter };
}
