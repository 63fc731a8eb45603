/**
 * Interval blocks for the local chain: an empty block (`evm_mine`) every `seconds`, next to the blocks anvil makes
 * for each transaction, so that the chain's clock, the keeper and the web app see time pass on an idle chain.
 *
 * Mined from the `lashou dev` process rather than by anvil's own `--block-time --mixed-mining`: it starts only once
 * the demo is seeded and a resumed chain's clock is set (anvil's interval miner would start with the process, and
 * could mine a block stamped with the wall clock before a resumed chain's clock is set), and it stops before anvil.
 */
export type BlockProducer = { seconds: number; stop: () => Promise<void> };

export function startBlockProducer(rpcUrl: string, seconds: number, options: { onError: (message: string) => void }): BlockProducer {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let failing = false;
  const mine = async () => {
    try {
      const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'evm_mine', params: [] }), signal: AbortSignal.timeout(10_000) });
      const body = (await response.json()) as { error?: { message?: string } };
      if (body.error) throw new Error(body.error.message ?? 'error');
      if (failing) options.onError(`interval blocks are mined again (every ${seconds} s)`);
      failing = false;
    } catch (error) {
      // Said once per outage, not every few seconds.
      if (!failing && !stopped) options.onError(`could not mine an interval block (${(error as Error).message}); trying again every ${seconds} s`);
      failing = true;
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = mine().then(schedule);
    }, seconds * 1000);
  };
  schedule();
  return {
    seconds,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
