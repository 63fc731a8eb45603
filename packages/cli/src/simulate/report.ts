// What `lashou simulate` writes: result.json (everything, amounts in token units with `<key>BaseUnits`), the charts
// (*.svg, rendered by charts.ts) and report.md, which shows the tables and links the charts.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenUnits } from '../output.js';
import { COALITION_LABELS, type CoalitionResult, type FraudInPool } from './coalitions.js';
import { coalitionChart, renderSvg, seriesChart, sweepHeatmap, sweepLineChart } from './charts.js';
import { type AttackAssumptions, BPS, DAY, type DetectionRates } from './economics.js';
import type { SafePoint, SweepResult } from './sweep.js';
import type { EpochRecord, ProtocolParameters } from './types.js';

/** The pool engine's run as the report needs it (the engine's `PoolRun`, whose totals are figures and amounts). */
export type PoolRunSummary = { epochs: EpochRecord[]; totals: Record<string, unknown>; assumptions?: Record<string, unknown> };

export type Conclusion = {
  /** Whether some point of the searched grid makes every closable coalition's expected profit negative. */
  found: boolean;
  stakeCoverBps?: number;
  reportBond?: bigint;
  reporterRewardBps?: number;
  /** The coalitions closest to breaking even there (the ones that set the bound). */
  binding: string[];
  /** Coalitions no parameter can make negative, with their expected profit there (token units). */
  open: { coalition: string; label: string; expectedProfit: number; note: string }[];
  /** The deployment defaults recommended, as claim-parameter values. */
  recommended?: { StakeCoverBps: number; ReportBond: bigint; ReporterRewardBps: number; DismissedBondToMembers: 1 };
  /** The search grid, for the record. */
  grid: string;
  /** When nothing was found: the closable coalitions no point of the grid makes lose, with the least profit each
   *  reaches (token units). */
  unclosed?: { coalition: string; leastProfit: number }[];
};

export type SimulationResult = {
  run: { members: number; years: number; seed: number; parametersFrom: string; elapsedMs?: number };
  parameters: ProtocolParameters;
  detection: DetectionRates;
  assumptions: AttackAssumptions;
  pool: PoolRunSummary;
  fraudInPool?: FraudInPool | undefined;
  coalitions: CoalitionResult[];
  sweep?: SweepResult | undefined;
  conclusion: Conclusion;
  charts: string[];
};

/** Every bigint as an amount: token units (a decimal string) and `<key>BaseUnits`, as the CLI's JSON writes amounts. */
export function amountsJson(value: unknown, decimals: number): unknown {
  if (Array.isArray(value)) return value.map((v) => amountsJson(v, decimals));
  if (typeof value === 'bigint') return tokenUnits(value, decimals);
  if (value === null || typeof value !== 'object') return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'function' || v === undefined) continue;
    if (typeof v === 'bigint') {
      out[key] = tokenUnits(v, decimals);
      out[`${key}BaseUnits`] = v.toString();
    } else out[key] = amountsJson(v, decimals);
  }
  return out;
}

/** The conclusion from the search's result and the coalitions at the run's parameters. */
export function conclusionOf(safe: SafePoint | undefined, atRun: CoalitionResult[], grid: string, unclosed: { id: string; leastProfit: number }[] = []): Conclusion {
  const source = safe?.coalitions ?? atRun;
  const open = source.filter((c) => !c.closable).map((c) => ({ coalition: c.id, label: c.label, expectedProfit: c.expectedProfit, note: c.note }));
  if (!safe) return { found: false, binding: [], open, grid, unclosed: unclosed.map((u) => ({ coalition: u.id, leastProfit: u.leastProfit })) };
  const closable = safe.coalitions.filter((c) => c.closable).sort((a, b) => b.expectedProfit - a.expectedProfit);
  return {
    found: true,
    stakeCoverBps: safe.stakeCoverBps,
    reportBond: safe.reportBond,
    reporterRewardBps: safe.reporterRewardBps,
    binding: closable.slice(0, 2).map((c) => c.id),
    open,
    recommended: { StakeCoverBps: safe.stakeCoverBps, ReportBond: safe.reportBond, ReporterRewardBps: safe.reporterRewardBps, DismissedBondToMembers: 1 },
    grid,
  };
}

const n = (v: number, digits = 0) => v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (v: number) => `${n(v * 100, 1)} %`;

/** The closing note's sentence (also printed by the command). */
export function conclusionSentence(c: Conclusion, decimals: number): string {
  const open = c.open.filter((o) => o.expectedProfit >= 0).map((o) => `${o.coalition} (${n(o.expectedProfit)} units)`).join(', ');
  const openText = open ? ` Under the present rules no parameter makes these negative: ${open}.` : '';
  if (!c.found || c.stakeCoverBps === undefined || c.reportBond === undefined || c.reporterRewardBps === undefined) {
    const unclosed = (c.unclosed ?? []).map((u) => `${u.coalition} (at least ${n(u.leastProfit)} units)`).join(', ');
    const why = unclosed ? ` Even at the largest k, with every reward and the bond it needs, these stay profitable: ${unclosed}; the review, the honest witnesses and the cost of an attempt hold them back, not k (docs/economics.md §4.1).` : '';
    return `No point of the searched grid (${c.grid}) makes every closable coalition's expected profit negative at the assumed detection rates.${why}${openText}`;
  }
  return `Smallest k = ${c.stakeCoverBps / BPS} (StakeCoverBps ${c.stakeCoverBps}), report bond ${tokenUnits(c.reportBond, decimals)} units, reporter reward ${c.reporterRewardBps} bps: every closable coalition's expected profit is negative there at the assumed detection rates (closest to breaking even: ${c.binding.join(', ')}).${openText}`;
}

function parameterRows(p: ProtocolParameters): string[] {
  const u = (v: bigint) => tokenUnits(v, p.decimals);
  const days = (s: number) => `${n(s / DAY, 2)} days`;
  return [
    '| parameter | value |', '| --- | --- |',
    `| epoch length | ${days(p.epochLength)} |`, `| waiting period | ${days(p.waitingPeriod)} |`, `| minimum balance M | ${u(p.minimumBalance)} |`,
    `| exit notice | ${days(p.exitNotice)} |`, `| claim cap | ${u(p.claimCap)} |`, `| commission per witness | ${u(p.commission)} |`,
    `| StakeLock (per-witness floor) | ${u(p.stakeLock)} |`, `| k = StakeCoverBps / 10 000 | ${p.stakeCoverBps / BPS} (${p.stakeCoverBps} bps) |`,
    `| minimum witness stake | ${u(p.witnessStake)} |`, `| report bond | ${u(p.reportBond)} |`, `| reporter reward | ${p.reporterRewardBps} bps |`,
    `| announcement window | ${days(p.announcementWindow)} |`, `| investigation window | ${days(p.investigationWindow)} |`,
    `| fraud-report window | ${days(p.fraudReportWindow)} |`, `| payment window | ${days(p.paymentWindow)} |`,
    `| dismissed bond to | ${p.dismissedBondToMembers ? 'all members' : 'the operator (investigation fee)'} |`,
  ];
}

/** Renders the charts and writes result.json, the SVG files and report.md into `dir`. Returns the files written. */
export async function writeReport(dir: string, result: Omit<SimulationResult, 'charts'>): Promise<{ files: string[]; result: SimulationResult }> {
  mkdirSync(dir, { recursive: true });
  const p = result.parameters;
  const d = p.decimals;
  const rows = result.pool.epochs.map((e) => ({
    epoch: e.epoch, share: Number(e.share) / 10 ** d, balance: Number(e.poolBalance) / 10 ** d, members: e.members,
    delay: e.meanPayoutDelayDays, charged: Number(e.charged) / 10 ** d,
  }));
  const run = `${n(result.run.members)} members, ${result.run.years} years, seed ${result.run.seed}`;
  const charts: { file: string; spec: Parameters<typeof renderSvg>[0]; caption: string }[] = [
    { file: 'share.svg', spec: seriesChart(rows, 'share', 'Share per member per epoch', 'share (token units)', run), caption: 'Share per member per epoch' },
    { file: 'balance.svg', spec: seriesChart(rows, 'balance', 'Pool balance at the end of each epoch', 'balance (token units)', run), caption: 'Pool balance' },
    { file: 'delay.svg', spec: seriesChart(rows.filter((r) => Number.isFinite(r.delay) && r.delay > 0), 'delay', 'Mean payout delay of the claims paid in each epoch', 'days from approval to payment', run), caption: 'Payout delay' },
    { file: 'members.svg', spec: seriesChart(rows, 'members', 'Members counted at each settlement', 'members', run), caption: 'Members' },
    { file: 'coalitions.svg', spec: coalitionChart(result.coalitions, `k = ${p.stakeCoverBps / BPS}, bond ${tokenUnits(p.reportBond, d)}, reward ${p.reporterRewardBps} bps`), caption: 'Expected profit per attempt of each coalition' },
  ];
  if (result.sweep) {
    const subtitle = result.sweep.parameters.length === 1 ? 'shaded: every coalition that parameters can close loses' : 'dotted: every coalition that parameters can close loses (colour: the largest profit among them, token units)';
    const closable = result.coalitions.filter((c) => c.closable).map((c) => c.id);
    charts.push({
      file: 'sweep.svg',
      spec: result.sweep.parameters.length === 1 ? sweepLineChart(result.sweep, closable, subtitle) : sweepHeatmap(result.sweep, subtitle),
      caption: `Sweep over ${result.sweep.parameters.map((s) => s.name).join(' × ')}`,
    });
  }
  const files: string[] = [];
  for (const chart of charts) {
    writeFileSync(join(dir, chart.file), await renderSvg(chart.spec));
    files.push(chart.file);
  }
  const full: SimulationResult = { ...result, charts: files };
  writeFileSync(join(dir, 'result.json'), `${JSON.stringify(amountsJson(full, d), null, 2)}\n`);
  writeFileSync(join(dir, 'report.md'), markdown(full, charts));
  return { files: ['report.md', 'result.json', ...files], result: full };
}

function markdown(r: SimulationResult, charts: { file: string; caption: string }[]): string {
  const p = r.parameters;
  const d = p.decimals;
  const u = (v: bigint) => tokenUnits(v, d);
  const img = (file: string) => {
    const chart = charts.find((c) => c.file === file);
    return chart ? `![${chart.caption}](${file})` : '';
  };
  const t = r.pool.totals as Record<string, unknown>;
  const shares = r.pool.epochs.map((e) => Number(e.share) / 10 ** d);
  const last = r.pool.epochs.at(-1);
  const lines: string[] = [
    '# Lashou pool simulation', '',
    `${n(r.run.members)} members, ${r.run.years} years, seed ${r.run.seed}; parameters from ${r.run.parametersFrom}. Generated by \`lashou simulate\`; the model is documented in docs/economics.md.`, '',
    '## Parameters', '', ...parameterRows(p), '',
    '## The pool', '',
    '| figure | value |', '| --- | --- |',
    `| epochs | ${r.pool.epochs.length} |`,
    `| claims approved | ${n(Number(t.approved ?? 0))} |`,
    `| mean share per member per epoch | ${n(shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length), 4)} units |`,
    `| largest share per member per epoch | ${n(Math.max(0, ...shares), 4)} units (capped at M = ${u(p.minimumBalance)}) |`,
    `| mean payout delay | ${n(Number(t.meanPayoutDelayDays ?? 0), 1)} days (longest ${n(Number(t.maxPayoutDelayDays ?? 0), 1)}) |`,
    `| members at the end | ${n(last?.members ?? 0)} |`,
    `| pool balance at the end | ${last ? u(last.poolBalance) : '0'} units |`, '',
    img('share.svg'), '', img('balance.svg'), '', img('delay.svg'), '', img('members.svg'), '',
  ];
  if (r.fraudInPool) {
    const f = r.fraudInPool;
    lines.push(
      '### Fraud injected into the pool', '',
      `${f.coalition} (${COALITION_LABELS[f.coalition]}), ${f.attemptsPerYearPer100k} attempts per 100,000 members per year at ${u(f.amount)} units each: ${f.attempts} attempts, ${f.announced} announced, ${f.caughtInAnnouncement} caught in the announcement, ${f.paid} paid (${u(f.paidAmount)} units charged to members), ${f.caughtAfterPayment} confirmed after payment; slashed stake credited to members: ${u(f.credited)} units.`, '',
    );
  }
  lines.push(
    '## Coalitions', '',
    'Expected profit per attempt (token units) under the parameters above, at the claim amount most profitable to the coalition (up to the cap). Negative: fraud does not pay.', '',
    '| coalition | expected profit | at amount | passes review and witnesses | closable by parameters | note |', '| --- | ---: | ---: | ---: | --- | --- |',
    ...r.coalitions.map((c) => `| ${c.label} | ${n(c.expectedProfit, 1)} | ${u(c.amount)} | ${c.passProbability === undefined ? '—' : pct(c.passProbability)} | ${c.closable ? 'yes' : '**no**'} | ${c.note}${c.sybils ? ` (best: ${c.sybils} sybils)` : ''} |`),
    '', img('coalitions.svg'), '',
  );
  if (r.sweep) {
    const s = r.sweep;
    const safe = s.points.filter((pt) => pt.closableNegative);
    lines.push(
      '## Sweep', '',
      `Varied: ${s.parameters.map((x) => `${x.label} from ${x.values[0]} to ${x.values.at(-1)} ${x.unit} (${x.values.length} values)`).join('; ')}. ${safe.length} of ${s.points.length} points make every closable coalition lose${safe.length ? `, e.g. ${s.parameters.map((x, i) => `${x.name} = ${safe[0]?.values[i]}`).join(', ')}` : ''}; ${s.points.filter((pt) => pt.allNegative).length} make every coalition, the operator ones included, lose.`, '',
      img('sweep.svg'), '',
    );
  }
  lines.push(
    '## Detection rates and assumptions', '',
    '| assumption | value |', '| --- | --- |',
    ...Object.entries(r.detection).map(([k, v]) => `| ${k} | ${v} |`),
    ...Object.entries(r.assumptions).filter(([k]) => k !== 'sybilCounts').map(([k, v]) => `| ${k} | ${typeof v === 'bigint' ? `${u(v)} units` : v} |`), '',
    '## Closing note', '', conclusionSentence(r.conclusion, d), '',
  );
  if (r.conclusion.recommended) {
    const rec = r.conclusion.recommended;
    lines.push(
      `Recommended deployment defaults: StakeCoverBps = ${rec.StakeCoverBps}, ReportBond = ${u(rec.ReportBond)} units, ReporterRewardBps = ${rec.ReporterRewardBps}, DismissedBondToMembers = 1 (so the operator gains nothing by dismissing a report).`, '',
    );
  }
  for (const o of r.conclusion.open) lines.push(`- **${o.label}**: ${n(o.expectedProfit, 1)} units per attempt. ${o.note}.`);
  lines.push('');
  return lines.join('\n');
}
