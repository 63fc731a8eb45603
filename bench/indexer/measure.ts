// The measurements, each against a running indexer (apps/indexer's launcher) over a history built by history.ts.
import { mutualPoolAbi } from '@lashou/abi';
import { type HintFallback, findPositionHint, joinPool } from '@lashou/sdk';
import { countingTransport, localChain } from '@lashou/sdk/node';
import { type Abi, type AbiEvent, type Address, type Hex, createPublicClient, createWalletClient, http, keccak256, publicActions, toEventSelector, toHex } from 'viem';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Chain, call } from './chain.ts';
import { percentile } from './load.ts';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 10) / 10;

/** The indexer handle the measurements need (a subset of the launcher's return type). */
export type Indexer = { url: string; logs: () => string; child: { exitCode: number | null; signalCode: NodeJS.Signals | null } };

/** The events apps/indexer has a handler for (`ponder.on('Contract:Event', …)`), as topic0 → "Contract:Event". */
export function handledEvents(handlersDir: string, abis: Record<string, Abi>): Map<string, string> {
  const handled = new Map<string, string>();
  for (const file of readdirSync(handlersDir).filter((f) => f.endsWith('.ts'))) {
    for (const [, contract, event] of readFileSync(join(handlersDir, file), 'utf8').matchAll(/ponder\.on\(\s*'(\w+):(\w+)'/g)) {
      if (event === 'setup') continue;
      const item = (abis[contract!] ?? []).find((i) => i.type === 'event' && i.name === event) as AbiEvent | undefined;
      if (!item) throw new Error(`${file}: no event ${contract}:${event} in the ABI`);
      handled.set(toEventSelector(item).toLowerCase(), `${contract}:${event}`);
    }
  }
  return handled;
}

/**
 * The Lashou contracts' logs between two blocks: all of them, and those the indexer handles (what it indexes;
 * e.g. AccessControl's RoleGranted has no handler), by contract.
 */
export async function countEvents(
  chain: Chain,
  contracts: Record<string, Address>,
  handled: Map<string, string>,
  from: number,
  to: number,
): Promise<{ logs: number; handled: number; byContract: Record<string, number> }> {
  const names = new Map(Object.entries(contracts).map(([name, address]) => [address.toLowerCase(), name]));
  const byContract: Record<string, number> = Object.fromEntries(Object.keys(contracts).map((n) => [n, 0]));
  let logs = 0;
  let indexed = 0;
  for (let start = from; start <= to; start += 200) {
    const end = Math.min(to, start + 199);
    const found = await chain.rpc.call<{ address: Address; topics: Hex[] }[]>('eth_getLogs', [{ fromBlock: toHex(start), toBlock: toHex(end), address: Object.values(contracts) }]);
    for (const l of found) {
      logs++;
      if (!handled.has(l.topics[0]?.toLowerCase() ?? '')) continue;
      indexed++;
      const name = names.get(l.address.toLowerCase()) ?? l.address;
      byContract[name] = (byContract[name] ?? 0) + 1;
    }
  }
  return { logs, handled: indexed, byContract };
}

/** Σ event_count of Ponder's "Indexed block range" (backfill) and "Indexed block" (realtime) lines. */
export function ponderIndexedEvents(logs: string): { ranges: number; blocks: number; events: number } {
  // eslint-disable-next-line no-control-regex
  const plain = logs.replace(/\u001b\[[0-9;]*m/g, '');
  let ranges = 0;
  let blocks = 0;
  let events = 0;
  for (const line of plain.split('\n')) {
    const count = /event_count=(\d+)/.exec(line);
    if (!count) continue;
    if (line.includes('Indexed block range')) ranges++;
    else if (line.includes('Indexed block ')) blocks++;
    else continue;
    events += Number(count[1]);
  }
  return { ranges, blocks, events };
}

/** The block the API has indexed (Ponder's /status), or -1 before it answers. */
export async function indexedBlock(url: string): Promise<number> {
  try {
    const status = (await (await fetch(`${url}/status`)).json()) as Record<string, { block?: { number: number } }>;
    return Object.values(status)[0]?.block?.number ?? -1;
  } catch {
    return -1;
  }
}

/** Polls /status every `everyMs` until `block` is indexed; calls `progress` every 5 s; fails if the indexer exits. */
export async function waitIndexed(indexer: Indexer, block: number, options: { everyMs?: number; timeoutMs?: number; progress?: (at: number) => void } = {}): Promise<void> {
  const { url } = indexer;
  const until = Date.now() + (options.timeoutMs ?? 30 * 60_000);
  let lastReport = Date.now();
  for (;;) {
    if (indexer.child.exitCode !== null || indexer.child.signalCode !== null) {
      throw new Error(`the indexer exited while catching up to block ${block}:\n${indexer.logs().slice(-3000)}`);
    }
    const at = await indexedBlock(url);
    if (at >= block) return;
    if (Date.now() > until) throw new Error(`the indexer did not reach block ${block} (at ${at})`);
    if (options.progress && Date.now() - lastReport > 5000) {
      options.progress(at);
      lastReport = Date.now();
    }
    await sleep(options.everyMs ?? 100);
  }
}

/** Ponder's realtime log line for a block: "Indexed block chain=… number=N event_count=k (X ms)". */
export function indexedBlockLine(logs: string, block: number): { eventCount: number; ms: number; line: string } | null {
  // eslint-disable-next-line no-control-regex
  const plain = logs.replace(/\u001b\[[0-9;]*m/g, '');
  for (const line of plain.split('\n').reverse()) {
    if (!line.includes('Indexed block ') || !new RegExp(`number=${block}\\b`).test(line)) continue;
    const count = /event_count=(\d+)/.exec(line);
    const ms = /\((\d+)ms\)\s*$/.exec(line) ?? /\((\d+)s\)\s*$/.exec(line);
    if (!count) continue;
    // Ponder prints "(123ms)" under a second, whole seconds above; no duration at all when it rounds to 0.
    const value = ms ? (line.trimEnd().endsWith('ms)') ? Number(ms[1]) : Number(ms[1]) * 1000) : 0;
    return { eventCount: Number(count[1]), ms: value, line: line.trim() };
  }
  return null;
}

/** GET until `accept(json)` is true (polling every `everyMs`), returning the time it first held. */
async function pollUntil(url: string, accept: (status: number, body: unknown) => boolean, everyMs: number, timeoutMs = 30_000): Promise<number> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      const body = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
      if (accept(response.status, body)) return performance.now();
    } catch {
      // keep polling
    }
    if (performance.now() > until) throw new Error(`${url} did not show the change within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

export type EventToApi = { samples: number[]; p50: number; p99: number; max: number; pollEveryMs: number };

/**
 * Joins one spare member per block and times each from the moment `evm_mine` returned to the moment
 * GET /api/members/:address answers 200 (polled every `pollEveryMs`). Gaps between samples are random, so they
 * land at every phase of the indexer's block polling.
 */
export async function eventToApi(chain: Chain, indexer: Indexer, parameters: { pool: Address; joiners: Address[]; depositBase: bigint; pollEveryMs: number; log: (m: string) => void }): Promise<EventToApi> {
  const samples: number[] = [];
  for (const [k, joiner] of parameters.joiners.entries()) {
    // Above every key so far: the tail, hint 0.
    const deposit = parameters.depositBase + BigInt(k) * 1_000n;
    await chain.submit([{ from: joiner, to: parameters.pool, data: call(mutualPoolAbi, 'join', [keccak256(toHex(`lashou-bench-live-${joiner}`)), deposit, 0]), gas: 300_000n, label: 'join (live)' }]);
    const number = await chain.mine();
    const mined = performance.now();
    const visible = await pollUntil(`${indexer.url}/api/members/${joiner}`, (status) => status === 200, parameters.pollEveryMs);
    samples.push(visible - mined);
    const receipt = await chain.rpc.call<{ status: Hex }>('eth_getTransactionReceipt', [await lastTxHash(chain, number)]);
    if (receipt.status !== '0x1') throw new Error(`the live join of ${joiner} in block ${number} reverted`);
    if ((k + 1) % 20 === 0) parameters.log(`event → API: ${k + 1}/${parameters.joiners.length} (last ${samples.at(-1)!.toFixed(0)} ms)`);
    await sleep(50 + Math.random() * 200);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples: samples.map(round), p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1)!), pollEveryMs: parameters.pollEveryMs };
}

async function lastTxHash(chain: Chain, block: number): Promise<Hex> {
  const b = await chain.rpc.call<{ transactions: Hex[] }>('eth_getBlockByNumber', [toHex(block), false]);
  const hash = b.transactions.at(-1);
  if (!hash) throw new Error(`block ${block} holds no transaction`);
  return hash;
}

export type SettlementSample = { block: number; epoch: number; eventCount: number; ponderMs: number; apiMs: number; line: string };

/**
 * One settlement per repetition, alone in its block: a payment is queued (claimsOperator, CLAIMS_ROLE), time moves
 * to the end of its epoch, earlier epochs are settled in an unmeasured block, the indexer catches up, then the
 * epoch with the payment is settled in a block of its own. Two figures per settlement: Ponder's own "Indexed
 * block … (X ms)" for that block (processing + commit), and the time from `evm_mine` to /api/epochs showing it.
 */
export async function settlementIndex(
  chain: Chain,
  indexer: Indexer,
  parameters: { pool: Address; claimsOperator: Address; operator: Address; payee: Address; repetitions: number; pollEveryMs: number; log: (m: string) => void },
): Promise<SettlementSample[]> {
  const { pool, operator } = parameters;
  const reader = createPublicClient({ transport: http(chain.rpc.url) });
  const [genesis, epochLength] = await Promise.all([
    reader.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'genesis' }),
    reader.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'epochLength' }),
  ]);
  const out: SettlementSample[] = [];
  for (let r = 0; r < parameters.repetitions; r++) {
    await chain.pump([{ from: parameters.claimsOperator, to: pool, data: call(mutualPoolAbi, 'queuePayment', [0n, parameters.payee, 100_000_000n]), gas: 300_000n, label: 'queuePayment' }]);
    const epoch = (chain.now - genesis) / epochLength;
    await chain.warp((genesis + (epoch + 1n) * epochLength) - chain.now + 60n);
    let next = await reader.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'nextEpochToSettle' });
    const settles = [];
    for (; next < epoch; next++) settles.push({ from: operator, to: pool, data: call(mutualPoolAbi, 'settleEpoch'), gas: 3_000_000n, label: 'settleEpoch' });
    if (settles.length) await chain.pump(settles);
    await waitIndexed(indexer, chain.head, { everyMs: 20 });
    await sleep(300);
    await chain.submit([{ from: operator, to: pool, data: call(mutualPoolAbi, 'settleEpoch'), gas: 3_000_000n, label: 'settleEpoch (measured)' }]);
    const block = await chain.mine();
    const mined = performance.now();
    const visible = await pollUntil(
      `${indexer.url}/api/epochs?limit=1`,
      (status, body) => status === 200 && String((body as { epochs?: { epoch: string }[] }).epochs?.[0]?.epoch) === String(epoch),
      parameters.pollEveryMs,
    );
    const receipt = await chain.rpc.call<{ status: Hex; logs: unknown[] }>('eth_getTransactionReceipt', [await lastTxHash(chain, block)]);
    if (receipt.status !== '0x1') throw new Error(`the measured settlement in block ${block} reverted`);
    let line = indexedBlockLine(indexer.logs(), block);
    for (let i = 0; !line && i < 50; i++) {
      await sleep(100);
      line = indexedBlockLine(indexer.logs(), block);
    }
    if (!line) throw new Error(`no "Indexed block … number=${block}" line in the indexer's log`);
    out.push({ block, epoch: Number(epoch), eventCount: line.eventCount, ponderMs: line.ms, apiMs: round(visible - mined), line: line.line });
    parameters.log(`settlement of epoch ${epoch} (block ${block}, ${line.eventCount} events): Ponder ${line.ms} ms, visible in the API after ${(visible - mined).toFixed(0)} ms`);
  }
  return out;
}

export type JoinSample = {
  mode: 'api' | 'chain';
  middleId: number;
  key: string;
  hint: number;
  /** The pool's own `findInsertPosition(key, hint)` returned the hint unchanged (it needs no walk). */
  exact: boolean;
  /** JSON-RPC requests of findPositionHint alone, and its sequential round trips (the SDK's countingTransport). */
  requests: number;
  roundTrips: number;
  methods: string[];
  fallbacks: string[];
  hintMs: number;
  /** The whole join through the SDK's joinPool (reads, hint, allowance check, simulation, transaction, receipt). */
  joinWallMs: number;
  joinRequests: number;
};

/**
 * A key in the MIDDLE of the list (just above member `middleId`'s, so the exact answer is that member): first the
 * SDK's findPositionHint alone, JSON-RPC requests counted by the SDK's countingTransport over http; then a real
 * join of a spare account through the SDK's joinPool with the same options, timed end to end (anvil mines on
 * arrival, which takes it ~0.8 s per block once the chain holds 100,000 members' state).
 */
export async function measureJoin(
  chain: Chain,
  parameters: { mode: 'api' | 'chain'; pool: Address; middleId: number; joiner: Address; apiUrl: string; hintHelpers?: Address | undefined },
): Promise<JoinSample> {
  const reader = createPublicClient({ transport: http(chain.rpc.url) });
  const record = await reader.readContract({ address: parameters.pool, abi: mutualPoolAbi, functionName: 'memberRecord', args: [parameters.middleId] });
  const index = await reader.readContract({ address: parameters.pool, abi: mutualPoolAbi, functionName: 'index' });
  const key = BigInt(record.key) + 1n;
  const { transport, counter } = countingTransport(http(chain.rpc.url, { retryCount: 0 }));
  const client = createWalletClient({ account: parameters.joiner, chain: localChain(chain.rpc.url), transport, pollingInterval: 10 }).extend(publicActions);
  const options = parameters.mode === 'api' ? { apiUrl: parameters.apiUrl, hintHelpers: parameters.hintHelpers } : { hintHelpers: parameters.hintHelpers };
  const fallbacks: string[] = [];
  const onFallback = (f: HintFallback) => fallbacks.push(`${f.from} → ${f.to}: ${f.reason}`);

  counter.reset();
  const started = performance.now();
  const hint = await findPositionHint(client, { pool: parameters.pool, key, ...options, onFallback });
  const hintMs = performance.now() - started;
  const requests = counter.requests;
  const roundTrips = counter.roundTrips;
  const methods = counter.log.map((r) => `${r.method}${r.selector ? ` ${r.selector}` : ''}`);
  const position = await reader.readContract({ address: parameters.pool, abi: mutualPoolAbi, functionName: 'findInsertPosition', args: [key, hint] });

  await chain.setAutomine(true);
  try {
    counter.reset();
    const joinStarted = performance.now();
    const joined = await joinPool(client, {
      pool: parameters.pool,
      identityCommitment: keccak256(toHex(`lashou-bench-hint-${parameters.joiner}`)),
      deposit: key - BigInt(index),
      ...options,
      onHintFallback: onFallback,
    });
    const joinWallMs = performance.now() - joinStarted;
    if (joined.receipt.status !== 'success') throw new Error(`the ${parameters.mode} join reverted`);
    return {
      mode: parameters.mode,
      middleId: parameters.middleId,
      key: key.toString(),
      hint,
      exact: position === hint,
      requests,
      roundTrips,
      methods,
      fallbacks,
      hintMs: round(hintMs),
      joinWallMs: round(joinWallMs),
      joinRequests: counter.requests,
    };
  } finally {
    await chain.setAutomine(false);
  }
}
