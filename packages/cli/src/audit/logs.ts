// Reading a deployment's logs from a JSON-RPC node alone: eth_getLogs in block ranges a public node accepts, halved
// when the node refuses a range, a few ranges at a time, decoded with the contracts' ABIs and put in chain order.
import { claimParametersAbi, claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, prevrandaoSourceAbi, vrfSourceAbi, witnessRegistryAbi } from '@lashou/abi';
import { type Abi, type AbiEvent, type Address, decodeEventLog, type Hex, type PublicClient, getAddress, toEventSelector } from 'viem';
import type { AuditContract, AuditLog } from './types.js';

/** The ABI whose events a contract of the deployment emits. */
export const AUDIT_ABIS: Record<AuditContract, Abi> = {
  pool: mutualPoolAbi as Abi,
  claims: claimsManagerAbi as Abi,
  reports: fraudReportsAbi as Abi,
  registry: witnessRegistryAbi as Abi,
  parameters: claimParametersAbi as Abi,
  source: [...(prevrandaoSourceAbi as Abi), ...(vrfSourceAbi as Abi)] as Abi,
};

/** Default blocks per eth_getLogs request: what public nodes commonly accept. */
export const DEFAULT_LOG_RANGE = 2_000n;
/** eth_getLogs requests in flight at once. */
export const LOG_CONCURRENCY = 4;

type RawLog = { address: Hex; topics: Hex[]; data: Hex; blockNumber: Hex; logIndex: Hex; transactionIndex: Hex; transactionHash: Hex; removed?: boolean };

/** A node's refusal of a range as too large (too many blocks or too many results), by the words nodes use. */
export function isRangeRefusal(error: unknown): boolean {
  const text = `${(error as { details?: string })?.details ?? ''} ${(error as Error)?.message ?? ''} ${String((error as { cause?: { message?: string } })?.cause?.message ?? '')}`;
  return /too (many|large|big)|range|limit|exceed|10000|max.*(results|logs|blocks)|query returned more than|response size|timeout|timed out/i.test(text);
}

export type ReadLogsParameters = {
  /** The contracts to read, each with its role in the deployment. */
  contracts: { contract: AuditContract; address: Address }[];
  fromBlock: bigint;
  toBlock: bigint;
  /** Blocks per request (halved on a refusal, down to one block). */
  range?: bigint;
  concurrency?: number;
  onProgress?: (doneBlocks: bigint, totalBlocks: bigint) => void;
};

/**
 * Every log the contracts emitted in [fromBlock, toBlock], decoded and sorted by (block, logIndex). A range the node
 * refuses is split in two and each half asked again; a refusal of a single block is an error.
 */
export async function readAuditLogs(client: PublicClient, p: ReadLogsParameters): Promise<AuditLog[]> {
  const range = p.range ?? DEFAULT_LOG_RANGE;
  if (range < 1n) throw new Error('the log range must be at least one block');
  const byAddress = new Map<string, AuditContract>(p.contracts.map((c) => [c.address.toLowerCase(), c.contract]));
  const addresses = [...byAddress.keys()] as Address[];
  const total = p.toBlock >= p.fromBlock ? p.toBlock - p.fromBlock + 1n : 0n;
  const chunks: [bigint, bigint][] = [];
  for (let from = p.fromBlock; from <= p.toBlock; from += range) chunks.push([from, from + range - 1n > p.toBlock ? p.toBlock : from + range - 1n]);
  const raw: RawLog[] = [];
  let done = 0n;
  const fetchRange = async (from: bigint, to: bigint): Promise<void> => {
    try {
      const logs = (await client.request({
        method: 'eth_getLogs',
        params: [{ address: addresses, fromBlock: `0x${from.toString(16)}`, toBlock: `0x${to.toString(16)}` }],
      } as never)) as RawLog[];
      for (const log of logs) if (!log.removed) raw.push(log);
      done += to - from + 1n;
      p.onProgress?.(done, total);
    } catch (error) {
      if (to > from && isRangeRefusal(error)) {
        const mid = from + (to - from) / 2n;
        await fetchRange(from, mid);
        await fetchRange(mid + 1n, to);
        return;
      }
      throw error;
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const [from, to] = chunks[next++]!;
      await fetchRange(from, to);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, p.concurrency ?? LOG_CONCURRENCY) }, worker));
  const decoded: AuditLog[] = [];
  for (const log of raw) {
    const contract = byAddress.get(log.address.toLowerCase());
    if (!contract) continue;
    const log2 = decodeAuditLog(contract, log);
    if (log2) decoded.push(log2);
  }
  return sortLogs(decoded);
}

type Decoder = { name: string; decode: (topics: Hex[], data: Hex) => Record<string, unknown> };

/** A decoder for an event whose parameters are all static (address, bool, intN, uintN, bytesN): reads the 32-byte
 *  words directly, as viem would decode them (checksummed addresses; numbers for types of 48 bits or less). Events
 *  with a dynamic parameter (arrays, bytes, string) go through viem's decoder. Hundreds of thousands of joins are
 *  decoded this way in a fraction of viem's time, which hashes and walks the ABI for every log. */
function decoderOf(event: AbiEvent): Decoder {
  const name = event.name;
  const statics = event.inputs.every((i) => /^(address|bool|u?int\d*|bytes([1-9]|[12]\d|3[0-2]))$/.test(i.type));
  if (!statics || event.inputs.some((i) => !i.name)) {
    const abi = [event] as Abi;
    return { name, decode: (topics, data) => (decodeEventLog({ abi, data, topics: topics as [Hex, ...Hex[]], strict: true }).args ?? {}) as Record<string, unknown> };
  }
  const readers = event.inputs.map((input) => {
    const type = input.type;
    if (type === 'address') return (w: string) => getAddress(`0x${w.slice(24)}`);
    if (type === 'bool') return (w: string) => BigInt(`0x${w}`) !== 0n;
    if (type.startsWith('bytes')) return (w: string) => `0x${w.slice(0, 2 * Number(type.slice(5)))}`;
    const signed = type.startsWith('int');
    const bits = Number(type.replace(/^u?int/, '') || 256);
    return (w: string) => {
      let v = BigInt(`0x${w}`);
      if (signed && v >= 1n << 255n) v -= 1n << 256n;
      return bits <= 48 ? Number(v) : v;
    };
  });
  const indexed = event.inputs.map((i) => i.indexed === true);
  const names = event.inputs.map((i) => i.name!);
  return {
    name,
    decode: (topics, data) => {
      const args: Record<string, unknown> = {};
      let t = 1;
      let d = 2;
      for (let i = 0; i < names.length; i++) {
        let word: string;
        if (indexed[i]) word = (topics[t++] ?? '').slice(2);
        else {
          word = data.slice(d, d + 64);
          d += 64;
        }
        if (word.length !== 64) throw new Error(`log of ${name} too short`);
        args[names[i]!] = readers[i]!(word);
      }
      return args;
    },
  };
}

/** Each contract's event decoders by selector. */
const DECODERS = new Map<AuditContract, Map<string, Decoder>>(
  (Object.entries(AUDIT_ABIS) as [AuditContract, Abi][]).map(([contract, abi]) => [
    contract,
    new Map(abi.filter((item): item is AbiEvent => item.type === 'event').map((item) => [toEventSelector(item), decoderOf(item)])),
  ]),
);

/** Decodes one raw log with its contract's ABI; undefined for an event the ABI does not know. */
export function decodeAuditLog(contract: AuditContract, log: RawLog): AuditLog | undefined {
  const decoder = log.topics[0] ? DECODERS.get(contract)?.get(log.topics[0].toLowerCase()) : undefined;
  if (!decoder) return undefined;
  try {
    return {
      contract,
      address: getAddress(log.address),
      eventName: decoder.name,
      args: decoder.decode(log.topics, log.data),
      blockNumber: BigInt(log.blockNumber),
      logIndex: Number(BigInt(log.logIndex)),
      transactionIndex: Number(BigInt(log.transactionIndex)),
      transactionHash: log.transactionHash,
    };
  } catch {
    return undefined;
  }
}

/** Chain order: block, then log index. */
export function sortLogs(logs: AuditLog[]): AuditLog[] {
  return logs.sort((a, b) => (a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1));
}

/**
 * The timestamps of the given blocks, asked in JSON-RPC batches (one HTTP request per `batch` blocks, a few batches
 * in flight): only the blocks the rules need, never every block of the range.
 */
export async function readBlockTimestamps(
  rpcUrl: string,
  blocks: Iterable<bigint>,
  options: { batch?: number; concurrency?: number; onProgress?: (done: number, total: number) => void; fetchImpl?: typeof fetch } = {},
): Promise<Map<bigint, bigint>> {
  const list = [...new Set(blocks)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const batch = options.batch ?? 200;
  const out = new Map<bigint, bigint>();
  const groups: bigint[][] = [];
  for (let i = 0; i < list.length; i += batch) groups.push(list.slice(i, i + batch));
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < groups.length) {
      const group = groups[next++]!;
      const answers = await rpcBatch(rpcUrl, group.map((b) => ({ method: 'eth_getBlockByNumber', params: [`0x${b.toString(16)}`, false] })), options.fetchImpl);
      group.forEach((b, i) => {
        const block = answers[i] as { timestamp?: Hex } | null;
        if (!block?.timestamp) throw new Error(`the node has no block ${b}: is the RPC URL the deployment's chain?`);
        out.set(b, BigInt(block.timestamp));
      });
      done += group.length;
      options.onProgress?.(done, list.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return out;
}

/** One JSON-RPC batch: the results in the order asked; an error answer throws with the node's message. */
export async function rpcBatch(rpcUrl: string, calls: { method: string; params: unknown[] }[], fetchImpl: typeof fetch = fetch): Promise<unknown[]> {
  if (calls.length === 0) return [];
  const body = calls.map((c, id) => ({ jsonrpc: '2.0', id, method: c.method, params: c.params }));
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const response = await fetchImpl(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`HTTP ${response.status} from the RPC endpoint`);
      const json = (await response.json()) as { id: number; result?: unknown; error?: { message: string } }[] | { error?: { message: string } };
      if (!Array.isArray(json)) throw new Error(`the RPC endpoint refused a batch request: ${json.error?.message ?? 'no batch support'}`);
      const results: unknown[] = new Array(calls.length);
      for (const answer of json) {
        if (answer.error) throw new RpcCallError(`${calls[answer.id]?.method} failed: ${answer.error.message}`);
        results[answer.id] = answer.result;
      }
      return results;
    } catch (error) {
      if (error instanceof RpcCallError) throw error;
      lastError = error;
      await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
  }
  throw lastError;
}

/** A call the node answered with an error (not a transport failure: not retried). */
export class RpcCallError extends Error {}
