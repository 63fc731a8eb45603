#!/usr/bin/env node
// `npm run bench:indexer`: the indexer and its API over a large history. Builds 100,000 members and 1,000
// claims through their whole lifecycle on anvil (history.ts), starts the Ponder indexer (apps/indexer's
// launcher) on the finished chain and measures: catch-up rate, mined-event → API delay, the time to index one
// settlement at 1,000 and at 100,000 members, API latency under an evenly paced 500 requests/s load, and the
// JSON-RPC round trips of a join's sorted-list position with and without the API. Prints a table against the
// targets and writes bench/results/indexer.json (figures) and indexer-run.json (how they were obtained).
// bench/README.md ("Indexer bench") explains each method.
//
// Options: --members N --claims N   a smaller history (e.g. 1000 / 20, ~1–2 min); results go to results/.raw/
//          --rate R --seconds S     API load (default 500 requests/s for 20 s per route)
//          --postgres               the indexer on a throw-away PostgreSQL server instead of embedded PGlite (for
//                                   comparison; results go to results/.raw/indexer-postgres*.json)
//          --strict                 exit 1 when a target is missed
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Address } from 'viem';
import { type StartAnvilReturnType, anvilDevKey, findFreePort, startAnvil, walletFor } from '@lashou/sdk/node';
import { claimParametersAbi, claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, prevrandaoSourceAbi, timelockControllerAbi, witnessRegistryAbi } from '@lashou/abi';
import { indexerDir, startIndexer, type StartIndexerReturnType } from '@lashou/indexer';
import { startPostgres, type StartPostgresReturnType } from '../../apps/indexer/test/utils/postgres.ts';
import { indexerSettings } from '../../apps/indexer/src/settings.ts';
import { Chain } from './chain.ts';
import { type History, buildHistory } from './history.ts';
import { pacedLoad, serviceTime, waitDrained, type LoadResult } from './load.ts';
import {
  type JoinSample,
  type SettlementSample,
  countEvents,
  eventToApi,
  handledEvents,
  measureJoin,
  ponderIndexedEvents,
  settlementIndex,
  sleep,
  waitIndexed,
} from './measure.ts';

const BENCH = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(BENCH, 'results');
const RAW = join(RESULTS, '.raw');
const UNIT = 1_000_000n;

const args = process.argv.slice(2);
/** A bad option: say what was wrong, without a stack trace, and exit 2. */
const usage = (message: string): never => {
  console.error(`bench:indexer: ${message}\noptions: --members N --claims N --rate R --seconds S --postgres --strict (see bench/README.md, "Indexer bench")`);
  process.exit(2);
};
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isSafeInteger(value) || value < 0) usage(`${name} needs a whole number (got "${args[i + 1] ?? ''}")`);
  return value;
};
for (const a of args) {
  if (a.startsWith('--') && !['--members', '--claims', '--rate', '--seconds', '--postgres', '--strict'].includes(a)) usage(`unknown option ${a}`);
}
const MEMBERS = option('--members', 100_000);
const CLAIMS = option('--claims', 1_000);
const RATE = option('--rate', 500);
const SECONDS = option('--seconds', 20);
const strict = args.includes('--strict');
const postgres = args.includes('--postgres');
/** Only a default run on PGlite replaces the committed results. */
const full = MEMBERS === 100_000 && CLAIMS === 1_000 && RATE === 500 && SECONDS === 20 && !postgres;
if (MEMBERS < 1_000) usage('--members must be at least 1000 (the small pool of the settlement comparison has 1,000)');
if (CLAIMS > MEMBERS / 2) usage('--claims must be at most half the members (one open claim per member, claimants covered longest)');
if (RATE < 1 || SECONDS < 1) usage('--rate and --seconds must be at least 1');
const SMALL = 1_000;
/** Samples of the event → API delay, settlements per size, joins per mode and size. */
const EVENT_SAMPLES = 120;
const SETTLEMENTS = 15;
const JOINS = 3;
const POLL_MS = 10;
/** States anvil keeps for historical calls (startAnvil's pruneHistory); nothing here reads state older than the head. */
const KEEP_STATES = 16;

const started = Date.now();
const stamp = () => `[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`;
const log = (message: string) => console.log(`${stamp()} ${message}`);

/** Load while the bench ran (the machine has 2 cores and other work on it). */
const loadSamples: { at: number; load1: number }[] = [];
const loadTimer = setInterval(() => loadSamples.push({ at: Math.round((Date.now() - started) / 1000), load1: loadavg()[0]! }), 10_000);
loadTimer.unref();

type Phase = {
  label: string;
  members: number;
  history: History;
  /** Lashou logs the indexer had to index, and Ponder's own count. */
  events: { fromBlock: number; toBlock: number; logs: number; handled: number; byContract: Record<string, number>; ponderCounted?: ReturnType<typeof ponderIndexedEvents> };
  catchUp?: { fromSpawnMs: number; eventsPerSecond: number; eventsPerSecondAfterBoot: number; bootMs: number; blocks: number };
  eventToApi?: Awaited<ReturnType<typeof eventToApi>>;
  settlements?: SettlementSample[];
  load?: (LoadResult & { service: Awaited<ReturnType<typeof serviceTime>>; drainedAfterMs: number })[];
  joins?: JoinSample[];
};

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : Number.NaN;
};

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'lashou-bench-indexer-'));
  // The indexers' logs stay in results/.raw/ (not committed) for a look after the run.
  mkdirSync(RAW, { recursive: true });
  for (const f of ['indexer-main-setup.log', 'indexer-main.log', 'indexer-small-setup.log', 'indexer-small.log']) rmSync(join(RAW, f), { force: true });
  let anvil: StartAnvilReturnType | undefined;
  let pg: StartPostgresReturnType | undefined;
  let txsPerBlock: number[] = [];
  const indexers: StartIndexerReturnType[] = [];
  const stopAll = async () => {
    for (const indexer of indexers) await indexer.stop().catch(() => indexer.kill());
    await anvil?.stop();
    await pg?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the indexer and anvil`);
      void stopAll().finally(() => {
        rmSync(work, { recursive: true, force: true });
        process.exit(130);
      });
    });
  }
  const phases: Phase[] = [];
  let failed = true;
  try {
    log(`indexer bench: ${MEMBERS.toLocaleString('en-US')} members, ${CLAIMS.toLocaleString('en-US')} claims${full ? '' : ' (partial run: results go to bench/results/.raw/)'}; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}`);
    // Keep a few states only: a state copy per block would not fit 100,000 members (see startAnvil's pruneHistory).
    anvil = await startAnvil({ pruneHistory: KEEP_STATES });
    if (postgres) {
      pg = await startPostgres();
      log(`PostgreSQL for the indexer: ${pg.version} on port ${pg.port}`);
    }
    // PGlite: a fresh folder per pool; PostgreSQL: one server, a schema per deployment (the launcher's default).
    const database = (label: string) => (pg ? { databaseUrl: pg.url } : { pgliteDir: join(work, `pglite-${label}`) });
    const operatorWallet = walletFor(anvil.rpcUrl, anvilDevKey(0));
    const handled = handledEvents(join(indexerDir, 'src', 'handlers'), {
      MutualPool: mutualPoolAbi,
      ClaimsManager: claimsManagerAbi,
      FraudReports: fraudReportsAbi,
      WitnessRegistry: witnessRegistryAbi,
      ClaimParameters: claimParametersAbi,
      Timelock: timelockControllerAbi,
      RandomnessSource: prevrandaoSourceAbi,
    } as never);
    const chain = new Chain(anvil.rpcUrl, { blockTime: 12, gasPrice: 2_000_000_000n, baseFee: 1_000_000_000n, blockGasLimit: 30_000_000n });
    txsPerBlock = chain.txsPerBlock;
    await chain.rpc.call('anvil_autoImpersonateAccount', [true]);
    await chain.sync();
    const gasLimit = BigInt((await chain.rpc.call<{ gasLimit: string }>('eth_getBlockByNumber', ['latest', false])).gasLimit);
    if (gasLimit !== 30_000_000n) log(`note: anvil's block gas limit is ${gasLimit}, the bench packs blocks up to 30,000,000`);

    const sizes = MEMBERS === SMALL ? [MEMBERS] : [MEMBERS, SMALL];
    for (const [n, members] of sizes.entries()) {
      const label = n === 0 ? 'main' : 'small';
      const claims = n === 0 ? CLAIMS : 0;
      log(`── ${label} history: ${members.toLocaleString('en-US')} members, ${claims.toLocaleString('en-US')} claims ──`);
      const history = await buildHistory({
        chain,
        rpcUrl: anvil.rpcUrl,
        label,
        members,
        claims,
        spareJoiners: (n === 0 ? EVENT_SAMPLES : 0) + 2 * JOINS,
        deploymentsDir: join(work, label),
        log,
      });
      const s = history.stats;
      log(`${label}: history built in ${(s.buildMs / 1000).toFixed(0)} s: ${s.blocks} blocks, ${s.transactions.toLocaleString('en-US')} transactions, ${s.epochsSettled} epochs settled over ${s.chainDays} days`);
      const d = history.deployment;
      const contracts = {
        MutualPool: d.pool,
        ClaimsManager: d.claims!,
        FraudReports: d.reports!,
        WitnessRegistry: d.registry!,
        ClaimParameters: d.claimParameters!,
        Timelock: d.timelock,
        RandomnessSource: d.randomness!,
      } as Record<string, Address>;
      // From genesis: the Timelock's indexing starts before the pool's block (ponder.config.ts); other addresses have no logs before.
      const fromBlock = 0;
      const counted = await countEvents(chain, contracts, handled, fromBlock, chain.head);
      const events: Phase['events'] = { fromBlock, toBlock: chain.head, ...counted };
      log(`${label}: ${events.handled.toLocaleString('en-US')} Lashou events to index in blocks ${fromBlock}–${chain.head} (${Object.entries(events.byContract).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')}; ${events.logs - events.handled} more logs without a handler)`);
      const phase: Phase = { label, members, history, events };
      phases.push(phase);

      // ── catch-up: a fresh indexer (empty database) on the finished chain ──
      const port = await findFreePort();
      const head = chain.head;
      const spawnAt = Date.now();
      const indexer = await startIndexer({ rpcUrl: anvil.rpcUrl, deploymentPath: d.path!, port, ...database(label), logFile: join(RAW, `indexer-${label}.log`) });
      indexers.push(indexer);
      const bootMs = Date.now() - spawnAt;
      log(`${label}: indexer up on ${indexer.url} after ${(bootMs / 1000).toFixed(1)} s; catching up to block ${head}…`);
      await waitIndexed(indexer, head, { everyMs: 100, progress: (at) => log(`${label}:   … indexed block ${at} of ${head}`) });
      const fromSpawnMs = Date.now() - spawnAt;
      events.ponderCounted = ponderIndexedEvents(indexer.logs());
      phase.catchUp = {
        fromSpawnMs,
        bootMs,
        eventsPerSecond: Math.round(events.handled / (fromSpawnMs / 1000)),
        eventsPerSecondAfterBoot: Math.round(events.handled / ((fromSpawnMs - bootMs) / 1000)),
        blocks: head - d.blockNumber + 1,
      };
      log(`${label}: caught up in ${(fromSpawnMs / 1000).toFixed(1)} s: ${phase.catchUp.eventsPerSecond.toLocaleString('en-US')} events/s from spawn (${phase.catchUp.eventsPerSecondAfterBoot.toLocaleString('en-US')} after the server answered; Ponder logged ${events.ponderCounted.events.toLocaleString('en-US')} events)`);

      const spare = [...history.spare];
      if (n === 0) {
        // ── mined event → visible in the API ──
        const joiners = spare.splice(0, EVENT_SAMPLES);
        log(`${label}: event → API delay over ${joiners.length} joins, one per block…`);
        phase.eventToApi = await eventToApi(chain, indexer, { pool: d.pool, joiners, depositBase: 2_000n * UNIT, pollEveryMs: POLL_MS, log });
        log(`${label}: event → API p50 ${phase.eventToApi.p50} ms, p99 ${phase.eventToApi.p99} ms`);
      }

      // ── one settlement, alone in its block ──
      phase.settlements = await settlementIndex(chain, indexer, {
        pool: d.pool,
        claimsOperator: history.claimsOperator,
        operator: history.operator,
        payee: history.witnesses[0]!,
        repetitions: SETTLEMENTS,
        pollEveryMs: POLL_MS,
        log: (m) => log(`${label}: ${m}`),
      });

      if (n === 0) {
        // ── API latency under an evenly paced load ──
        await waitIndexed(indexer, chain.head, { everyMs: 50 });
        const members = history.members;
        const routes: [string, (i: number) => string][] = [
          ['/api/stats', () => '/api/stats'],
          ['/api/members/:address', () => `/api/members/${members[Math.floor(Math.random() * members.length)]!}`],
          ['/api/claims', () => '/api/claims'],
        ];
        phase.load = [];
        for (const [route, path] of routes) {
          const service = await serviceTime(indexer.url, path, 200);
          log(`${label}: ${route}: ${service.p50} ms per request one at a time (p99 ${service.p99} ms; at most ~${service.perSecondAtMost}/s on one core); now ${RATE} requests/s for ${SECONDS} s…`);
          await sleep(1000);
          const paced = { ...(await pacedLoad({ url: indexer.url, path, rate: RATE, durationSeconds: SECONDS })), route };
          const drainedAfterMs = await waitDrained(indexer.url);
          const result = { ...paced, service, drainedAfterMs };
          phase.load.push(result);
          log(`${label}:   ${route}: p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.rps} answers/s, ${result.errors} errors, ${result.timeouts} timeouts (client lag p99 ${result.clientLagP99} ms; server drained ${(drainedAfterMs / 1000).toFixed(1)} s after)`);
        }
      }

      // ── a join's position in the middle of the list: round trips and wall time ──
      const hintHelpers = d.hintHelpers;
      if (!hintHelpers) log(`${label}: note: the deployment has no HintHelpers, so without the API the SDK walks the list`);
      phase.joins = [];
      for (let r = 0; r < JOINS; r++) {
        for (const mode of ['api', 'chain'] as const) {
          await waitIndexed(indexer, chain.head, { everyMs: 20 });
          // Neighbouring middle members for the two modes, so both ask the same kind of question.
          const middleId = Math.floor(members / 2) + 2 * r + (mode === 'api' ? 0 : 1);
          const sample = await measureJoin(chain, { mode, pool: d.pool, middleId, joiner: spare.shift()!, apiUrl: indexer.url, hintHelpers });
          phase.joins.push(sample);
          log(
            `${label}: join (${mode === 'api' ? 'API + HintHelpers' : 'HintHelpers, no API'}) key after member ${middleId}: hint ${sample.hint}${sample.exact ? ' (exact)' : ' (NOT exact)'}, ` +
              `${sample.requests} JSON-RPC request(s) [${sample.methods.join(', ')}]${sample.fallbacks.length ? ` fallbacks: ${sample.fallbacks.join('; ')}` : ''}; hint ${sample.hintMs} ms, whole join ${sample.joinWallMs} ms`,
          );
        }
      }
      await indexer.stop();
      indexers.splice(indexers.indexOf(indexer), 1);
    }
    failed = false;
  } finally {
    await stopAll();
    if (failed) console.error(`the bench failed; anvil and the indexer are stopped; their logs and databases are kept in ${work}`);
  }

  // ── results ──
  const main = phases[0]!;
  const small = phases.find((p) => p.members === SMALL) ?? main;
  const bySize = <T>(pick: (p: Phase) => T) => Object.fromEntries([...new Map([small, main].map((p) => [String(p.members), pick(p)]))]);
  const settlementMs = (p: Phase) => median(p.settlements!.map((s) => s.ponderMs));
  const joinsOf = (p: Phase, mode: 'api' | 'chain') => p.joins!.filter((j) => j.mode === mode);
  const figures = {
    eventsPerSecond: main.catchUp!.eventsPerSecond,
    eventToApiMsP50: main.eventToApi!.p50,
    eventToApiMsP99: main.eventToApi!.p99,
    settlementIndexMs: bySize(settlementMs),
    routes: Object.fromEntries(main.load!.map((l) => [l.route, { p50: l.p50, p99: l.p99, rps: l.rps }])),
    joinRoundTrips: {
      api: bySize((p) => Math.max(...joinsOf(p, 'api').map((j) => j.requests))),
      chain: bySize((p) => Math.max(...joinsOf(p, 'chain').map((j) => j.requests))),
    },
    joinWallMs: {
      api: bySize((p) => median(joinsOf(p, 'api').map((j) => j.joinWallMs))),
      chain: bySize((p) => median(joinsOf(p, 'chain').map((j) => j.joinWallMs))),
    },
  };

  const big = String(main.members);
  const settledBig = figures.settlementIndexMs[big]!;
  const settledSmall = figures.settlementIndexMs[String(SMALL)]!;
  const fmt = (n: number | undefined) => n !== undefined && Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 1 }) : '—';
  const targets: { target: string; result: string; met: boolean | null }[] = [
    { target: 'catch-up ≥ 2,000 events/s', result: `${fmt(figures.eventsPerSecond)} events/s`, met: figures.eventsPerSecond >= 2000 },
    { target: 'event → API p99 ≤ 500 ms', result: `p50 ${fmt(figures.eventToApiMsP50)} ms, p99 ${fmt(figures.eventToApiMsP99)} ms`, met: figures.eventToApiMsP99 <= 500 },
    {
      target: main === small ? 'settlement indexing at 100,000 ≤ 1.5 × at 1,000 members' : `settlement indexing at ${Number(big).toLocaleString('en-US')} ≤ 1.5 × at 1,000 members`,
      result:
        main === small
          ? `${fmt(settledBig)} ms at 1,000 (not compared: this run has only the 1,000-member pool)`
          : `${fmt(settledBig)} ms vs ${fmt(settledSmall)} ms (ratio ${(settledBig / Math.max(1, settledSmall)).toFixed(2)})`,
      // Ponder reports whole milliseconds: a ratio of two single-digit figures is noise, so 1 ms of slack.
      met: main === small ? null : settledBig <= 1.5 * settledSmall + 1,
    },
    ...main.load!.map((l) => ({
      target: `${l.route} p99 ≤ 50 ms at ${RATE} requests/s`,
      result: `p50 ${fmt(l.p50)} ms, p99 ${fmt(l.p99)} ms, ${fmt(l.rps)} answers/s${l.errors || l.timeouts ? `, ${l.errors} errors, ${l.timeouts} timeouts` : ''}`,
      met: l.p99 <= 50 && l.errors === 0 && l.timeouts === 0 && l.rps >= RATE * 0.95,
    })),
    ...(['api', 'chain'] as const).map((mode) => ({
      target: `joinRoundTrips (${mode}) ≤ 3 at every size`,
      result: Object.entries(figures.joinRoundTrips[mode]).map(([size, n]) => `${Number(size).toLocaleString('en-US')}: ${n}`).join(', '),
      met: Object.values(figures.joinRoundTrips[mode]).every((n) => n <= 3),
    })),
  ];

  console.log(`\nIndexer bench (${MEMBERS.toLocaleString('en-US')} members, ${CLAIMS.toLocaleString('en-US')} claims, Ponder 0.16.10, ${postgres ? 'PostgreSQL' : 'embedded PGlite'})\n`);
  const rows: [string, string][] = [
    ['events indexed at catch-up', `${fmt(main.events.handled)} (blocks ${main.events.fromBlock}–${main.events.toBlock})`],
    ['catch-up', `${fmt(main.catchUp!.fromSpawnMs / 1000)} s from spawn (server up after ${fmt(main.catchUp!.bootMs / 1000)} s) → ${fmt(figures.eventsPerSecond)} events/s`],
    ['event → API (join, one per block)', `p50 ${fmt(figures.eventToApiMsP50)} ms, p99 ${fmt(figures.eventToApiMsP99)} ms (${main.eventToApi!.samples.length} samples, polled every ${POLL_MS} ms)`],
    ...Object.entries(figures.settlementIndexMs).map(
      ([size, ms]) => [`settlement indexed, ${Number(size).toLocaleString('en-US')} members`, `${fmt(ms)} ms (Ponder, median of ${SETTLEMENTS}; API visible after ${fmt(median(phases.find((p) => String(p.members) === size)!.settlements!.map((s) => s.apiMs)))} ms)`] as [string, string],
    ),
    ...main.load!.map(
      (l) => [`${l.route} @ ${RATE}/s`, `p50 ${fmt(l.p50)} ms, p99 ${fmt(l.p99)} ms, ${fmt(l.rps)} answers/s (one at a time: ${fmt(l.service.p50)} ms each)`] as [string, string],
    ),
    ...(['api', 'chain'] as const).flatMap((mode) =>
      Object.keys(figures.joinRoundTrips[mode]).map(
        (size) => [`join position (${mode}), ${Number(size).toLocaleString('en-US')} members`, `${figures.joinRoundTrips[mode][size]} JSON-RPC requests, join ${fmt(figures.joinWallMs[mode][size])} ms`] as [string, string],
      ),
    ),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  console.log('\nTargets');
  for (const t of targets) console.log(`  ${t.met == null ? '?' : t.met ? '✓' : '✗'} ${t.target}: ${t.result}`);

  const totalMs = Date.now() - started;
  const outDir = full ? RESULTS : RAW;
  mkdirSync(outDir, { recursive: true });
  const name = postgres ? 'indexer-postgres' : 'indexer';
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: BENCH, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', '../apps', '../packages', '../contracts'], { cwd: BENCH, encoding: 'utf8' }).trim() !== '';
  const settings = indexerSettings({ ...process.env, LASHOU_DEPLOYMENT: main.history.deployment.path!, LASHOU_RPC_URL: 'http://127.0.0.1:8545' });
  const run = {
    generatedAt: new Date().toISOString(),
    commit: dirty ? `${commit} (with uncommitted changes under apps/, packages/ or contracts/)` : commit,
    totalSeconds: Math.round(totalMs / 1000),
    machine: { cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), loadAverage1m: summariseLoad(), note: 'shared with other work' },
    sizes: { members: MEMBERS, claims: CLAIMS, smallPoolMembers: main === small ? null : SMALL },
    indexer: {
      ponder: '0.16.10',
      database: pg ? `PostgreSQL (${pg.version}), throw-away server on loopback` : 'PGlite (embedded), fresh directory per run',
      pollingIntervalMs: settings.pollingInterval,
      rpcConnections: settings.rpcConnections,
      ws: settings.wsUrl ?? null,
    },
    targets,
    histories: phases.map((p) => ({
      label: p.label,
      members: p.members,
      claims: p.history.claimIds.length,
      witnesses: p.history.witnesses.length,
      deploymentBlock: p.history.firstBlock,
      lastBlock: p.history.lastBlock,
      buildSeconds: Math.round(p.history.stats.buildMs / 1000),
      phasesSeconds: Object.fromEntries(Object.entries(p.history.stats.phasesMs).map(([k, v]) => [k, Math.round(v / 100) / 10])),
      blocksMined: p.history.stats.blocks,
      transactions: p.history.stats.transactions,
      transactionsPerBlock: { mean: Math.round(p.history.stats.transactions / Math.max(1, p.history.stats.blocks)) },
      joinBlocks: p.history.stats.joinBlocks,
      joinsPerJoinBlock: p.history.stats.joinsPerJoinBlock,
      epochsSettled: p.history.stats.epochsSettled,
      claimWaves: p.history.stats.claimWaves,
      chainDays: p.history.stats.chainDays,
      events: p.events,
      catchUp: p.catchUp,
    })),
    eventToApi: {
      method: `a spare account joins (tail, hint 0) in a block of its own; from the moment evm_mine returned, GET /api/members/:address every ${POLL_MS} ms until 200; random 50–250 ms between samples`,
      ...main.eventToApi,
    },
    settlementIndex: {
      method:
        'a payment is queued (CLAIMS_ROLE helper), time moves past the epoch end, earlier epochs are settled unmeasured and indexed, then settleEpoch is mined alone in a block; ' +
        'the figure is the median of Ponder\'s own "Indexed block … (X ms)" line for that block (processing + commit, realtime); apiMs is evm_mine → /api/epochs showing the epoch',
      bySize: Object.fromEntries(phases.map((p) => [p.members, p.settlements])),
    },
    load: {
      method: `open loop, evenly paced (request i due at start + i/${RATE} s), keep-alive, ≤ 256 sockets; latency from the DUE time (no coordinated omission); 10 s timeout; routes one after another on the ${main.members.toLocaleString('en-US')}-member index`,
      results: main.load,
    },
    joins: {
      method:
        "findPositionHint(client, { pool, key, ...mode }) for a key just above a middle member's (the exact answer is that member); mode 'api' = { apiUrl, hintHelpers } (the API first, the helper as its fallback), " +
        "mode 'chain' = { hintHelpers } (no API); JSON-RPC requests (joinRoundTrips) and sequential round trips counted by the SDK's countingTransport over http (the API's own HTTP request is not JSON-RPC); " +
        `then joinPool(client, { …, same mode }) from a spare account, timed end to end (joinWallMs, median of ${JOINS}; anvil mines on arrival, ~0.8 s per block with 100,000 members' state, in every figure); figures per mode are the worst (requests) and the median (wall) of ${JOINS} joins`,
      bySize: Object.fromEntries(phases.map((p) => [p.members, p.joins])),
    },
    transactionsPerBlock: summarise(txsPerBlock),
  };
  writeFileSync(join(outDir, `${name}-run.json`), `${JSON.stringify(run, null, 2)}\n`);
  log(`wrote ${name}.json and ${name}-run.json to ${full ? 'bench/results/' : 'bench/results/.raw/ (partial run: the committed results are left alone)'}; whole run ${(totalMs / 1000).toFixed(0)} s`);
  rmSync(work, { recursive: true, force: true });
  if (strict && targets.some((t) => t.met === false)) process.exit(1);
}

function summariseLoad() {
  const values = loadSamples.map((s) => s.load1);
  if (!values.length) return null;
  return { min: Math.min(...values), median: median(values), max: Math.max(...values), samples: values.length };
}

/** Transactions per non-empty block over the whole run. */
function summarise(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { blocks: values.length, mean: Math.round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)), p50: at(0.5), p90: at(0.9), max: sorted.at(-1) ?? 0 };
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
