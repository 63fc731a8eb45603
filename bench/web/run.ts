/**
 * npm run bench:web — the web app's first load.
 *
 * 1. Builds the app (apps/web/dist, Vite with its manifest) and adds up the gzipped JavaScript the dashboard's
 *    first load fetches: the entry chunk and its static imports, plus the dashboard's lazy chunk with its static
 *    and lazy imports, the charts included (followed through .vite/manifest.json; each file gzipped with zlib at its default level, as a web
 *    server would send it). Target: ≤ 350 kB.
 * 2. Starts the local stack (lashou dev: chain, seeded demo, indexer and API, the built app) and measures in
 *    headless Chromium, in a fresh profile each time (nothing cached), the time from the navigation's start to
 *    the dashboard showing the pool's figures (`stat-member-funds` holding a formatted amount). Several runs,
 *    median and p95. Target: ≤ 1.5 s.
 *
 * Writes bench/results/web.json and prints the figures. Options: --runs N (default 9), --members N (default 20).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWebApp } from '../../apps/web/server/index.ts';
import { launchBrowser } from '../../e2e/lib/browser.ts';
import { ROOT, startStack, type Stack } from '../../e2e/lib/stack.ts';

const TARGET_GZIP_BYTES = 350_000;
const TARGET_FIRST_DATA_MS = 1_500;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`error: --${name} takes a whole number ≥ 1\nusage: npm run bench:web -- [--runs N] [--members N]\n`);
    process.exit(2);
  }
  return value;
}
const runs = option('runs', 9);
const members = option('members', 20);

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] };

/** The JavaScript files of the dashboard's first load, from Vite's manifest. */
function firstLoadFiles(dist: string): { files: string[]; dashboardChunk: string } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('no entry chunk in the manifest');
  const dashboardKey = Object.keys(manifest).find((k) => /pages\/public\/Dashboard\.tsx$/.test(k));
  if (!dashboardKey) throw new Error('no chunk for src/pages/public/Dashboard.tsx in the manifest (is the page still lazy?)');
  const files = new Set<string>();
  // The entry: static imports only (the other pages are its lazy imports). The dashboard: static and lazy imports
  // (its charts are fetched as they scroll into view; they are part of the page, so they are counted).
  const visit = (key: string, lazyToo: boolean) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported, lazyToo);
    if (lazyToo) for (const imported of chunk.dynamicImports ?? []) visit(imported, lazyToo);
  };
  visit(entryKey, false);
  visit(dashboardKey, true);
  return { files: [...files].filter((f) => f.endsWith('.js')), dashboardChunk: manifest[dashboardKey]!.file };
}

function quantile(sorted: number[], q: number): number {
  // nearest-rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

log('bench:web: building the app…');
const buildStart = Date.now();
// Built into a folder of this run (and served from it), so another build of apps/web/dist cannot interfere.
const buildDir = mkdtempSync(join(tmpdir(), 'lashou-bench-web-'));
const dist = await buildWebApp({ dist: join(buildDir, 'dist') });
const buildMs = Date.now() - buildStart;
const { files, dashboardChunk } = firstLoadFiles(dist);
const sizes = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
});
const totalGzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
const totalRaw = sizes.reduce((sum, s) => sum + s.bytes, 0);
log(`bench:web: built in ${(buildMs / 1000).toFixed(1)} s; first load: ${files.length} JS files, ${(totalRaw / 1000).toFixed(1)} kB, ${(totalGzip / 1000).toFixed(1)} kB gzipped`);

let stack: Stack | null = null;
const cleanUp = async () => {
  await stack?.stop();
  rmSync(buildDir, { recursive: true, force: true });
};
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));
const timings: number[] = [];
try {
  stack = await startStack({ members, log, webDist: dist });
  const browser = await launchBrowser();
  try {
    for (let run = 0; run < runs + 1; run++) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${stack.webUrl}/`, { waitUntil: 'commit' });
      // performance.now() counts from the navigation's start (the page's time origin).
      const shown = await page.waitForFunction(
        () => {
          const text = document.querySelector('[data-testid="stat-member-funds"]')?.textContent ?? '';
          return /\d[\d,.]*\d/.test(text) ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      const ms = (await shown.jsonValue()) as number;
      await context.close();
      if (run === 0) log(`bench:web: warm-up run ${ms.toFixed(0)} ms (not counted: the server's first requests)`);
      else {
        timings.push(ms);
        log(`bench:web: run ${run}/${runs}: ${ms.toFixed(0)} ms`);
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  await cleanUp();
}

const sorted = [...timings].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
const p95 = quantile(sorted, 0.95);
const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  bundle: {
    description: "gzipped JavaScript of the dashboard's first load: the entry chunk and its static imports, the dashboard's lazy chunk with its static and lazy imports (its charts included; Vite manifest), each file gzipped with zlib's default level",
    files: sizes,
    dashboardChunk,
    totalBytes: totalRaw,
    totalGzipBytes: totalGzip,
    targetGzipBytes: TARGET_GZIP_BYTES,
    withinTarget: totalGzip <= TARGET_GZIP_BYTES,
    buildMs,
  },
  firstData: {
    description: "headless Chromium, fresh profile per run (cold cache), local stack on this machine: from the navigation's start to the dashboard's member funds showing a formatted amount (stat-member-funds); one warm-up run not counted",
    members,
    runs: timings.map((t) => Math.round(t)),
    medianMs: Math.round(median),
    p95Ms: Math.round(p95),
    targetMs: TARGET_FIRST_DATA_MS,
    withinTarget: p95 <= TARGET_FIRST_DATA_MS,
  },
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const out = join(ROOT, 'bench/results/web.json');
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
const mark = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');
process.stdout.write(
  [
    '',
    'Lashou web app: first load of the dashboard',
    `  JavaScript, gzipped     ${(totalGzip / 1000).toFixed(1)} kB in ${files.length} files (${(totalRaw / 1000).toFixed(1)} kB raw)   target ≤ ${TARGET_GZIP_BYTES / 1000} kB   ${mark(result.bundle.withinTarget)}`,
    `  pool figures shown      median ${result.firstData.medianMs} ms, p95 ${result.firstData.p95Ms} ms over ${timings.length} runs   target ≤ ${TARGET_FIRST_DATA_MS} ms   ${mark(result.firstData.withinTarget)}`,
    `  written to ${out} (${statSync(out).size} bytes)`,
    '',
  ].join('\n'),
);
