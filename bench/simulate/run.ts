#!/usr/bin/env node
// `npm run bench:simulate`: the pool engine of `lashou simulate` on 10^6 members over 5 years (≈ 130 epochs of 14
// days) with the default parameters, assumptions and seed; prints the wall time against the 30 s target (2 cores),
// the CPU time of the process, the machine's load, and the run's figures (epochs, claims, mean share, payout delay).
//
// Options: --members N (default 1,000,000)  --years Y (default 5)  --seed S (default 1)
//          --strict   exit 1 when the wall time misses the target
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { simulatePool } from '../../packages/cli/src/simulate/engine.ts';
import { defaultParameters as defaultProtocolParameters } from '../../packages/cli/src/simulate/parameters.ts';

const TARGET_SECONDS = 30;

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '1000000' },
    years: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    strict: { type: 'boolean', default: false },
  },
});
const members = Number(values.members);
const years = Number(values.years);
const seed = Number(values.seed);
const params = defaultProtocolParameters(6);
const units = (baseUnits: number | bigint) => (Number(baseUnits) / 10 ** params.decimals).toLocaleString('en-US', { maximumFractionDigits: 2 });

const loadBefore = loadavg()[0]!;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const run = simulatePool(params, { members, years, seed });
const wallSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const t = run.totals;
const claimEpochs = run.epochs.filter((e) => e.approved > 0).length;

const rows: [string, string][] = [
  ['members (initial → final counted)', `${members.toLocaleString('en-US')} → ${t.finalMembers.toLocaleString('en-US')}`],
  ['years, epochs', `${years}, ${t.epochs}`],
  ['seed', String(seed)],
  ['wall time', `${wallSeconds.toFixed(2)} s (target < ${TARGET_SECONDS} s on 2 cores)`],
  ['CPU time (user + system)', `${cpuSeconds.toFixed(2)} s`],
  ['machine', `${cpus().length} cores, load average ${loadBefore.toFixed(2)} before → ${loadavg()[0]!.toFixed(2)} after`],
  ['claims diagnosed / approved / paid in full', `${t.diagnosed.toLocaleString('en-US')} / ${t.approved.toLocaleString('en-US')} / ${t.claimsPaid.toLocaleString('en-US')}`],
  ['epochs with approved claims', `${claimEpochs} of ${t.epochs}`],
  ['mean share per member per epoch', `${units(t.meanShare)} units`],
  ['mean / longest payout delay (approval → paid)', `${t.meanPayoutDelayDays.toFixed(1)} / ${t.maxPayoutDelayDays.toFixed(1)} days`],
  ['still queued at the end', `${units(t.queued)} units`],
  ['joined / exited / lapsed / top-ups', `${t.joined.toLocaleString('en-US')} / ${t.exited.toLocaleString('en-US')} / ${t.lapsed.toLocaleString('en-US')} / ${t.toppedUp.toLocaleString('en-US')}`],
  ['pool balance at the end', `${units(t.poolBalance)} units (reserve ${units(t.reserve)})`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`lashou simulate engine bench — ${new Date().toISOString()}`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
const met = wallSeconds < TARGET_SECONDS;
console.log(met ? `  target met: ${wallSeconds.toFixed(2)} s < ${TARGET_SECONDS} s` : `  TARGET MISSED: ${wallSeconds.toFixed(2)} s ≥ ${TARGET_SECONDS} s${loadBefore > cpus().length ? ' (the machine was busy: see the load average and the CPU time)' : ''}`);
if (values.strict && !met) process.exitCode = 1;
