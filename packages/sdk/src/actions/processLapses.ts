import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, type Hash, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { explain, sendContractWrite } from '../internal/write.js';

/** Parameters of {@link processLapses}. */
export type ProcessLapsesParameters = {
  pool: Address;
  /** Bound on each transaction's work (default 200). */
  maxSteps?: number | undefined;
  /** Keep sending until nothing is pending (default true); otherwise one transaction. */
  untilDone?: boolean | undefined;
  /** Called after each transaction. */
  onProgress?: ((progress: { steps: number; lapsed: number; pending: boolean }) => void) | undefined;
  account?: Account | Address | undefined;
};

/** The transactions sent and what they did. */
export type ProcessLapsesReturnType = { hashes: Hash[]; steps: number; lapsed: number; pending: boolean };

/**
 * Lapses members whose balance fell below the minimum (permissionless, bounded per transaction).
 * Sends nothing when nothing is pending.
 * @example
 * const { lapsed } = await processLapses(walletClient, { pool })
 */
export async function processLapses(client: LashouClient, parameters: ProcessLapsesParameters): Promise<ProcessLapsesReturnType> {
  const { pool, maxSteps = 200, untilDone = true, onProgress, account } = parameters;
  const total: ProcessLapsesReturnType = { hashes: [], steps: 0, lapsed: 0, pending: false };
  try {
    total.pending = await readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'lapsesPending' });
  } catch (error) {
    throw await explain(client, error, { pool });
  }
  while (total.pending) {
    const result = await sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'processLapses', args: [BigInt(maxSteps)], account, pool });
    const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'LapsesProcessed' });
    total.hashes.push(result.hash);
    total.steps += Number(event?.args.steps ?? 0n);
    total.lapsed += Number(event?.args.lapsed ?? 0n);
    total.pending = event?.args.pending ?? false;
    onProgress?.({ steps: total.steps, lapsed: total.lapsed, pending: total.pending });
    if (!untilDone) break;
  }
  return total;
}
