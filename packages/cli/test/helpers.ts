import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fieldKind } from '../src/output.js';

export const BIN = fileURLToPath(new URL('../bin/lashou.mjs', import.meta.url));

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** The caller's environment without any LASHOU_* setting: a test says every setting it means. */
export const cleanEnv = (): Record<string, string> =>
  Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => !e[0].startsWith('LASHOU_') && e[1] !== undefined));

/**
 * Runs `lashou` as a real child process, with a clean LASHOU_* environment plus `env`; stdin is not a TTY.
 * LASHOU_JSON_STRICT: a --json field that the output schema does not classify is an error in tests (`strict: false`
 * runs with exactly the given environment, as the documentation test does). `cwd` and `uid` as for spawn.
 */
export function lashou(args: string[], env: Record<string, string | undefined> = {}, options: { cwd?: string; uid?: number; strict?: boolean } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...(options.strict === false ? {} : { LASHOU_JSON_STRICT: '1' }), ...cleanEnv(), ...env },
      cwd: options.cwd,
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A running `lashou dev`, as `startDev` gives it. */
export type DevProcess<T> = { child: ChildProcessWithoutNullStreams; ready: T; stdout: () => string; stderr: () => string };

const devChildren: ChildProcessWithoutNullStreams[] = [];

/** `lashou dev --json` is ready once its stdout is one complete JSON document: that document. */
export const jsonReady = <T>(stdout: string): T | undefined => {
  try {
    return JSON.parse(stdout) as T;
  } catch {
    return undefined;
  }
};

/**
 * Starts `lashou dev <args>` (with a clean LASHOU_* environment, LASHOU_JSON_STRICT and `env`) and resolves once
 * `ready(stdout)` returns something: by default the `--json` ready document. Every process started here is stopped
 * by `stopAllDev` (call it in the test file's `after`).
 */
export function startDev<T = Record<string, unknown>>(
  args: string[],
  options: { env?: Record<string, string>; ready?: (stdout: string) => T | undefined; timeoutMs?: number } = {},
): Promise<DevProcess<T>> {
  const ready = options.ready ?? jsonReady<T>;
  const timeoutMs = options.timeoutMs ?? 240_000;
  const child = spawn(process.execPath, [BIN, 'dev', ...args], { env: { ...cleanEnv(), LASHOU_JSON_STRICT: '1', ...options.env } });
  devChildren.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`lashou dev not ready after ${timeoutMs / 1000} s; stderr: ${stderr}`)), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`lashou dev exited early with ${code}: ${stderr}`));
    });
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const document = ready(stdout);
      if (document === undefined) return;
      clearTimeout(timer);
      resolve({ child, ready: document, stdout: () => stdout, stderr: () => stderr });
    });
  });
}

/** Whether a process with this id runs (e.g. the anvil a stopped lashou dev must have stopped too). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGINT, so that lashou dev stops the anvil, indexer and keeper it started; resolves with its exit code. */
export async function stopDev(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

/** Stops every `lashou dev` still running (a failed assertion leaves one up): SIGINT, then SIGKILL after 15 s. */
export async function stopAllDev(): Promise<void> {
  for (const child of devChildren) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = stopDev(child);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
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
