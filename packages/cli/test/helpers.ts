import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/lashou.mjs', import.meta.url));

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs `lashou` as a real child process, with a clean LASHOU_* environment plus `env`; stdin is not a TTY. */
export function lashou(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LASHOU_')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...base, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
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
