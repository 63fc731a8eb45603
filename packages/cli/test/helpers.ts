import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fieldKind } from '../src/output.js';

export const BIN = fileURLToPath(new URL('../bin/lashou.mjs', import.meta.url));

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs `lashou` as a real child process, with a clean LASHOU_* environment plus `env`; stdin is not a TTY. */
export function lashou(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LASHOU_')));
  return new Promise((resolve, reject) => {
    // LASHOU_JSON_STRICT: a --json field that the output schema does not classify is an error in tests.
    const child = spawn(process.execPath, [BIN, ...args], { env: { LASHOU_JSON_STRICT: '1', ...base, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A failure must be exactly one clear line on stderr, no stack trace, and a non-zero exit. */
export function assertOneLineError(result: CliResult, pattern: RegExp) {
  if (result.code === 0) throw new Error(`expected a non-zero exit, got 0; stdout: ${result.stdout}`);
  const lines = result.stderr.trimEnd().split('\n');
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got ${lines.length}:\n${result.stderr}`);
  if (!lines[0]!.startsWith('error: ')) throw new Error(`stderr does not start with "error: ": ${result.stderr}`);
  if (/\n\s+at /.test(result.stderr)) throw new Error(`stack trace on stderr:\n${result.stderr}`);
  if (!pattern.test(lines[0]!)) throw new Error(`stderr ${JSON.stringify(lines[0])} does not match ${pattern}`);
}

/**
 * Checks a `--json` document against the CLI's output schema (src/output.ts, docs/cli.md "Output"): amounts are
 * decimal strings in token units with the base-unit integer string under `<key>BaseUnits` (and the two agree for
 * `decimals`), times are unix seconds with `<key>Iso` next to them (the same instant), ids are decimal strings, and
 * no JSON number is beyond 2^53. Returns the number of fields checked by kind, so a test can also assert that the
 * fields it expects were seen.
 */
export function assertJsonSchema(doc: unknown, decimals: number, path = '$', seen = { amount: 0, time: 0, id: 0 }): { amount: number; time: number; id: number } {
  if (Array.isArray(doc)) {
    doc.forEach((v, i) => assertJsonSchema(v, decimals, `${path}[${i}]`, seen));
    return seen;
  }
  if (typeof doc === 'number' && !Number.isSafeInteger(doc) && Number.isInteger(doc)) throw new Error(`${path}: number ${doc} is beyond 2^53`);
  if (doc === null || typeof doc !== 'object') return seen;
  const record = doc as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const here = `${path}.${key}`;
    if (key.endsWith('BaseUnits')) {
      const base = key.slice(0, -'BaseUnits'.length);
      if (typeof value !== 'string' || !/^-?\d+$/.test(value)) throw new Error(`${here} must be an integer string, got ${JSON.stringify(value)}`);
      const units = record[base];
      if (typeof units !== 'string' || !/^-?\d+(\.\d+)?$/.test(units)) throw new Error(`${path}.${base} must be a decimal string in token units next to ${key}, got ${JSON.stringify(units)}`);
      const [whole = '0', fraction = ''] = units.replace('-', '').split('.');
      const computed = (units.startsWith('-') ? -1n : 1n) * (BigInt(whole) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0'));
      if (computed !== BigInt(value)) throw new Error(`${path}.${base} = ${units} does not equal ${key} = ${value} at ${decimals} decimals`);
      seen.amount++;
      continue;
    }
    if (key.endsWith('Iso')) {
      const base = key.slice(0, -'Iso'.length);
      const seconds = record[base];
      if (typeof seconds !== 'number' || !Number.isSafeInteger(seconds)) throw new Error(`${path}.${base} must be unix seconds (a number) next to ${key}, got ${JSON.stringify(seconds)}`);
      if (seconds === 0 ? value !== null : value !== new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')) throw new Error(`${here} = ${JSON.stringify(value)} is not ${base} = ${seconds}`);
      seen.time++;
      continue;
    }
    const kind = fieldKind(key);
    if (kind === 'amount' && typeof value === 'string' && !(`${key}BaseUnits` in record)) throw new Error(`${here} is an amount without ${key}BaseUnits`);
    if (kind === 'time' && typeof value === 'number' && !(`${key}Iso` in record)) throw new Error(`${here} is a time without ${key}Iso`);
    if (kind === 'id' && value !== null) {
      if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new Error(`${here} is an id: it must be a decimal string, got ${JSON.stringify(value)}`);
      seen.id++;
    }
    assertJsonSchema(value, decimals, here, seen);
  }
  return seen;
}
