// Contract views read at one block, many per HTTP request (JSON-RPC batches of eth_call): works on any node,
// Multicall3 or not.
import { type Abi, type Address, decodeFunctionResult, encodeFunctionData } from 'viem';
import { rpcBatch } from './logs.js';

export type ViewCall = { address: Address; abi: Abi; functionName: string; args?: readonly unknown[] };

/**
 * Reads every call at `block`, `batch` calls per request, `concurrency` requests in flight; results in the order
 * asked. A reverted call is an error (every view the audit reads exists on every deployment it audits).
 */
export async function readViews(
  rpcUrl: string,
  calls: ViewCall[],
  block: bigint,
  options: { batch?: number; concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<unknown[]> {
  const batch = options.batch ?? 250;
  const results: unknown[] = new Array(calls.length);
  const tag = `0x${block.toString(16)}`;
  const groups: number[] = [];
  for (let i = 0; i < calls.length; i += batch) groups.push(i);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < groups.length) {
      const start = groups[next++]!;
      const group = calls.slice(start, start + batch);
      const answers = await rpcBatch(
        rpcUrl,
        group.map((c) => ({
          method: 'eth_call',
          params: [{ to: c.address, data: encodeFunctionData({ abi: c.abi, functionName: c.functionName, args: c.args ?? [] } as never) }, tag],
        })),
      );
      group.forEach((c, i) => {
        results[start + i] = decodeFunctionResult({ abi: c.abi, functionName: c.functionName, data: answers[i] as `0x${string}` } as never);
      });
      done += group.length;
      options.onProgress?.(done, calls.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return results;
}
