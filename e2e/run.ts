/**
 * `npm run test:e2e`: the browser tests. Starts one local stack (lashou dev on free ports in a temporary
 * folder: chain, contracts, seeded demo, indexer, web app), runs every e2e/*.test.ts against it one file at a
 * time in headless Chromium, and stops the stack whatever happened. Extra arguments go to `node --test`
 * (e.g. `npm run test:e2e -- --test-name-pattern=language`); LASHOU_E2E_FILES=pages.test.ts,join.test.ts
 * runs some files only.
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertChromium } from './lib/browser.ts';
import { ROOT, startStack, type Stack } from './lib/stack.ts';

const started = Date.now();
try {
  assertChromium();
} catch (error) {
  process.stderr.write(`error: ${(error as Error).message}\n`);
  process.exit(1);
}

/**
 * Read-only pages first, then the flows; the fraud report needs the demo's claim still in its announcement window, so
 * it comes before the claim flow moves time, and the witness's 30-day seasoning (which moves time further) comes next;
 * the audit, which only reads (and compares the chain with the API after all the others), comes last.
 */
const ORDER = ['pages.test.ts', 'join.test.ts', 'fraud.test.ts', 'claim.test.ts', 'witness.test.ts', 'audit.test.ts'];
const rank = (f: string) => ORDER.indexOf(f) >>> 0;
const files = (process.env.LASHOU_E2E_FILES?.split(',') ?? readdirSync(join(ROOT, 'e2e')).filter((f) => f.endsWith('.test.ts')))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map((f) => join('e2e', f));

let stack: Stack | null = null;
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await stack?.stop();
  process.stderr.write(`e2e: done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  process.exit(code);
};
process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));

let code = 1;
const info = join(tmpdir(), `lashou-e2e-stack-${process.pid}.json`);
try {
  stack = await startStack();
  const { stop: _stop, ...shared } = stack;
  writeFileSync(info, JSON.stringify(shared));
  // One `node --test` per file, in this order (one runner for all of them does not keep the order).
  code = 0;
  for (const file of files) {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), file], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, LASHOU_E2E_STACK: info },
    });
    const exit = await new Promise<number>((resolve) => child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
    process.stderr.write(`e2e: ${file} ${exit === 0 ? 'passed' : `FAILED (exit ${exit})`}\n`);
    if (exit !== 0) code = exit;
    if (stopping) break;
  }
} catch (error) {
  code = 1;
  process.stderr.write(`error: ${(error as Error).stack ?? error}\n`);
} finally {
  rmSync(info, { force: true });
}
await stop(code);
