// The audit's report: per area what was checked, every difference with its item, field, source and both values,
// and the notes; as terminal lines or as one JSON document.
import { formatAmount } from '@lashou/sdk';
import { fieldKind } from '../output.js';
import type { AuditResult } from './run.js';
import type { Difference } from './types.js';

/** Exit codes: 0 nothing differs, 1 differences, 2 the audit could not be made (or a part of it). */
export const AUDIT_EXIT = { clean: 0, differences: 1, unavailable: 2 } as const;

/** The exit code of a finished audit. */
export function auditExitCode(r: AuditResult): number {
  if (r.differences.length) return AUDIT_EXIT.differences;
  return r.incomplete.length ? AUDIT_EXIT.unavailable : AUDIT_EXIT.clean;
}

/** A difference's value in token units when the field is an amount (base units on chain), as is otherwise. */
export function formatValue(d: Difference, value: string, token: { decimals: number; symbol: string }): string {
  const word = d.field.replace(/^[^A-Za-z]*/, '').split(/[ .(]/).pop() ?? d.field;
  const first = d.field.split(/[ .(]/)[0] ?? d.field;
  const isAmount = fieldKind(first) === 'amount' || fieldKind(word) === 'amount' || /^(balance|withdrawn|released|swept|collected|reserve)/.test(d.field);
  if (isAmount && /^-?\d+$/.test(value)) return `${formatAmount(BigInt(value), token)} (${value})`;
  return value;
}

/** Human lines. */
export function formatAuditReport(r: AuditResult): string[] {
  const lines: string[] = [];
  const comparisons = r.sections.reduce((n, s) => n + s.comparisons, 0);
  lines.push(`audit of the Lashou pool ${r.wiring.pool} on chain ${r.chainId} at block ${r.block} (logs from block ${r.fromBlock}: ${r.logs} events) in ${r.seconds.toFixed(1)} s`);
  lines.push('');
  lines.push(`${'area'.padEnd(14)} ${'items'.padStart(9)} ${'comparisons'.padStart(12)} ${'differences'.padStart(12)}`);
  for (const s of r.sections) lines.push(`${s.area.padEnd(14)} ${String(s.items).padStart(9)} ${String(s.comparisons).padStart(12)} ${String(s.differences.length).padStart(12)}`);
  lines.push(`${'total'.padEnd(14)} ${''.padStart(9)} ${String(comparisons).padStart(12)} ${String(r.differences.length).padStart(12)}`);
  const notes = r.sections.flatMap((s) => s.notes.map((n) => `${s.area}: ${n}`));
  if (notes.length) {
    lines.push('', 'notes:');
    for (const n of notes) lines.push(`  ${n}`);
  }
  lines.push('');
  for (const part of r.incomplete) lines.push(`NOT AUDITED: ${part}`);
  if (r.differences.length === 0) {
    if (r.incomplete.length) {
      lines.push('no difference in what was audited, but the audit is incomplete (exit code 2)');
      return lines;
    }
    const sources = r.sections.some((s) => s.area === 'api') ? 'the events, the contracts and the API' : 'the events and the contracts';
    lines.push(`no difference: every figure recomputed from the chain's events agrees with ${sources}`);
    return lines;
  }
  lines.push(`${r.differences.length} difference(s):`);
  for (const d of r.differences) {
    lines.push(`  ${d.area} ${d.item}: ${d.field} — recomputed ${formatValue(d, d.recomputed, r.token)}, ${d.source} says ${formatValue(d, d.reported, r.token)}`);
  }
  return lines;
}

/** The JSON document (numbers as JSON numbers, values compared as the decimal strings of base units). */
export function auditJson(r: AuditResult) {
  return {
    ok: r.differences.length === 0 && r.incomplete.length === 0,
    incomplete: r.incomplete,
    chainId: r.chainId,
    block: Number(r.block),
    timestamp: Number(r.blockTimestamp),
    fromBlock: Number(r.fromBlock),
    logs: r.logs,
    seconds: r.seconds,
    token: r.token,
    wiring: {
      pool: r.wiring.pool, claims: r.wiring.claims, reports: r.wiring.reports, registry: r.wiring.registry, parameters: r.wiring.parameters,
      randomnessSource: r.wiring.randomnessSource, randomnessKind: r.wiring.randomness.kind,
    },
    sections: r.sections.map((s) => ({ area: s.area, items: s.items, comparisons: s.comparisons, differences: s.differences.length, notes: s.notes })),
    differences: r.differences,
  };
}
