#!/usr/bin/env node
// `npm run bench:audit`: `lashou audit` over a large history. Builds 100,000 members and 1,000 claims through their
// whole lifecycle on anvil (the indexer bench's history builder, bench/indexer/history.ts), then runs the audit as a
// user would (`lashou audit --rpc … --deployment … --json`, a child process on the same 2 cores) and prints its wall
// time, peak memory and what it checked. Writes bench/results/audit.json (a partial run: results/.raw/audit.json).
//
// Options: --members N --claims N   a smaller history (e.g. 1000 / 20, ~1–2 min)
//          --log-range N            passed to the audit (blocks per eth_getLogs request)
//          --strict                 exit 1 when the audit takes more than 5 minutes or reports a difference
//          --hold                   keep the chain running after the audit (prints its RPC URL and the deployment file)
//                                   until Ctrl-C, to audit it again by hand
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type StartAnvilReturnType, startAnvil } from '@lashou/sdk/node';
import { Chain } from '../indexer/chain.ts';
import { buildHistory } from '../indexer/history.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS = join(ROOT, 'bench', 'results');
const TARGET_SECONDS = 300;

const args = process.argv.slice(2);
const usage = (message: string): never => {
  console.error(`bench:audit: ${message}\noptions: --members N --claims N --log-range N --strict --hold (see bench/README.md, "Audit bench")`);
  process.exit(2);
};
for (const a of args) {
  if (a.startsWith('--') && !['--members', '--claims', '--log-range', '--strict', '--hold'].includes(a)) usage(`unknown option ${a}`);
}
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value <= 0) usage(`${name} needs a positive whole number, got ${args[i + 1] ?? 'nothing'}`);
  return value;
};
const MEMBERS = option('--members', 100_000);
const CLAIMS = option('--claims', 1_000);
const LOG_RANGE = args.includes('--log-range') ? option('--log-range', 2_000) : undefined;
const STRICT = args.includes('--strict');
const HOLD = args.includes('--hold');
if (CLAIMS > MEMBERS / 2) usage('--claims must be at most half the members');
const full = MEMBERS === 100_000 && CLAIMS === 1_000;

const started = Date.now();
const stamp = () => `[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s]`;
const log = (message: string) => console.log(`${stamp()} ${message}`);

/** Runs the audit as a child process; samples its resident memory from /proc every 200 ms. */
function runAudit(cli: string[]): Promise<{ code: number; ms: number; peakRssMb: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [join(ROOT, 'packages', 'cli', 'bin', 'lashou.mjs'), ...cli], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const sampler = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        if (rss > peak) peak = rss;
      } catch {
        // the process ended between two samples
      }
    }, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 1, ms: Date.now() - t0, peakRssMb: Math.round(peak), stdout, stderr });
    });
  });
}

let anvil: StartAnvilReturnType | null = null;
const work = mkdtempSync(join(tmpdir(), 'lashou-bench-audit-'));
let exitCode = 0;
try {
  log(`audit bench: ${MEMBERS.toLocaleString('en-US')} members, ${CLAIMS.toLocaleString('en-US')} claims; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}`);
  anvil = await startAnvil({ pruneHistory: 16 });
  const chain = new Chain(anvil.rpcUrl, { blockTime: 12, gasPrice: 2_000_000_000n, baseFee: 1_000_000_000n, blockGasLimit: 30_000_000n });
  await chain.rpc.call('anvil_autoImpersonateAccount', [true]);
  await chain.sync();
  const history = await buildHistory({ chain, rpcUrl: anvil.rpcUrl, label: 'audit', members: MEMBERS, claims: CLAIMS, spareJoiners: 0, deploymentsDir: work, log });
  const s = history.stats;
  log(`history built in ${(s.buildMs / 1000).toFixed(0)} s: ${s.blocks} blocks, ${s.transactions.toLocaleString('en-US')} transactions, ${s.epochsSettled} epochs settled over ${s.chainDays} days`);

  const cli = ['audit', '--rpc', anvil.rpcUrl, '--deployment', join(work, '31337.json'), '--json', ...(LOG_RANGE ? ['--log-range', String(LOG_RANGE)] : [])];
  log(`running lashou ${cli.join(' ')}`);
  const run = await runAudit(cli);
  let report: { differences?: unknown[]; sections?: { area: string; items: number; comparisons: number; differences: number }[] } = {};
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`the audit printed no JSON report (exit ${run.code}): ${run.stderr.slice(-2000)}`);
  }
  const sections = report.sections ?? [];
  const differences = report.differences?.length ?? 0;
  const comparisons = sections.reduce((n, section) => n + section.comparisons, 0);
  const seconds = run.ms / 1000;
  console.log(`\nAudit bench (${MEMBERS.toLocaleString('en-US')} members, ${CLAIMS.toLocaleString('en-US')} claims, ${s.blocks.toLocaleString('en-US')} blocks)\n`);
  const rows: [string, string][] = [
    ['audit wall time', `${seconds.toFixed(1)} s (target ≤ ${TARGET_SECONDS} s on 2 cores: ${seconds <= TARGET_SECONDS ? 'met' : 'missed'})`],
    ['peak memory (RSS)', `${run.peakRssMb} MB`],
    ['exit code', String(run.code)],
    ['comparisons', comparisons.toLocaleString('en-US')],
    ['differences', String(differences)],
    ...sections.map((section) => [`  ${section.area}`, `${section.items.toLocaleString('en-US')} items, ${section.comparisons.toLocaleString('en-US')} comparisons, ${section.differences} differences`] as [string, string]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  const out = full ? RESULTS : join(RESULTS, '.raw');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'audit.json'),
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        machine: { cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), loadAverage1m: loadavg()[0] },
        sizes: { members: MEMBERS, claims: CLAIMS, blocks: s.blocks, transactions: s.transactions, epochsSettled: s.epochsSettled },
        audit: { seconds, peakRssMb: run.peakRssMb, exitCode: run.code, comparisons, differences, logRange: LOG_RANGE ?? 'default', sections: sections.map(({ area, items, comparisons: c, differences: d }) => ({ area, items, comparisons: c, differences: d })) },
        target: { seconds: TARGET_SECONDS, met: seconds <= TARGET_SECONDS && run.code === 0 },
      },
      null,
      2,
    )}\n`,
  );
  log(`wrote ${join(out, 'audit.json')}`);
  if (STRICT && (seconds > TARGET_SECONDS || run.code !== 0)) exitCode = 1;
  if (HOLD) {
    log(`holding the chain: lashou audit --rpc ${anvil.rpcUrl} --deployment ${join(work, '31337.json')} (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
} catch (error) {
  console.error(`bench:audit failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  await anvil?.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
