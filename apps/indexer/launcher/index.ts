import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The indexer app's folder (apps/indexer). */
export const indexerDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Parameters of {@link startIndexer}. */
export type StartIndexerParameters = {
  /** JSON-RPC URL of the chain. */
  rpcUrl: string;
  /** Path of the deployment record (deployments/<chainId>.json). */
  deploymentPath: string;
  /** HTTP port of the API (default: a free one is not chosen for you; pass one). */
  port: number;
  /** `start` indexes and serves; `serve` only serves an index another process writes (PostgreSQL only). */
  mode?: 'start' | 'serve' | undefined;
  /** PostgreSQL connection string; without it, embedded PGlite in `pgliteDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data folder (default `<apps/indexer>/.ponder/pglite`). */
  pgliteDir?: string | undefined;
  /** Database schema; by default derived from the indexer's code and the deployment (see {@link defaultSchema}). */
  schema?: string | undefined;
  /** Milliseconds between polls for new blocks. */
  pollingInterval?: number | undefined;
  /** Where to append the indexer's log (default: kept in memory only, see `logs()`). */
  logFile?: string | undefined;
  /** Extra environment. */
  env?: Record<string, string> | undefined;
};

/** A running indexer process. */
export type StartIndexerReturnType = {
  url: string;
  pid: number;
  child: ChildProcess;
  schema: string;
  /** Everything the process printed so far. */
  logs: () => string;
  /** Waits until the API has indexed `blockNumber` (Ponder's /status), or throws after `timeoutMs`. */
  waitForBlock: (blockNumber: bigint | number, timeoutMs?: number) => Promise<void>;
  /** SIGTERM to the whole process group, then SIGKILL after 10 s. */
  stop: () => Promise<void>;
  /** SIGKILL to the whole process group at once (a crash). */
  kill: () => Promise<void>;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * A schema name that changes whenever the indexing code or the deployment changes. Ponder refuses to reuse a
 * schema written by different code ("previously used by a different Ponder app"), and resumes one written by
 * the same code after a crash; naming the schema after both gives exactly that: a restart resumes, a code or
 * deployment change indexes afresh into a new schema.
 */
export function defaultSchema(deploymentPath: string): string {
  const hash = createHash('sha256');
  const sources = ['ponder.config.ts', 'ponder.schema.ts', ...filesUnder(join(indexerDir, 'src')).map((f) => relative(indexerDir, f))].sort();
  for (const file of sources) hash.update(file).update(readFileSync(join(indexerDir, file)));
  hash.update(readFileSync(deploymentPath));
  return `lashou_${hash.digest('hex').slice(0, 16)}`;
}

/**
 * Starts `ponder start` (or `ponder serve`) for a deployment in its own process group and returns once its
 * HTTP server answers. Used by `lashou dev`, the tests and the benchmark.
 * @example
 * const indexer = await startIndexer({ rpcUrl, deploymentPath, port: 42069 })
 * await indexer.waitForBlock(await client.getBlockNumber())
 */
export async function startIndexer(parameters: StartIndexerParameters): Promise<StartIndexerReturnType> {
  const { rpcUrl, deploymentPath, port, mode = 'start' } = parameters;
  if (!existsSync(deploymentPath)) throw new Error(`no deployment record at ${deploymentPath}: deploy first`);
  if (mode === 'serve' && !parameters.databaseUrl) throw new Error('ponder serve needs PostgreSQL: pass databaseUrl (PGlite allows one process only)');
  const schema = parameters.schema ?? defaultSchema(deploymentPath);
  // ponder's package exports neither package.json nor a require entry: find its folder from the ESM entry.
  const ponderEntry = fileURLToPath(import.meta.resolve('ponder'));
  const ponderBin = join(ponderEntry.slice(0, ponderEntry.lastIndexOf('/dist/')), 'dist', 'esm', 'bin', 'ponder.js');
  const pgliteDir = parameters.pgliteDir ?? join(indexerDir, '.ponder', 'pglite');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PONDER_TELEMETRY_DISABLED: 'true',
    LASHOU_RPC_URL: rpcUrl,
    LASHOU_DEPLOYMENT: deploymentPath,
    LASHOU_PGLITE_DIR: pgliteDir,
    ...(parameters.pollingInterval ? { LASHOU_POLLING_INTERVAL: String(parameters.pollingInterval) } : {}),
    ...parameters.env,
  };
  if (parameters.databaseUrl) env.DATABASE_URL = parameters.databaseUrl;
  else delete env.DATABASE_URL;
  delete env.DATABASE_PRIVATE_URL;
  if (!parameters.databaseUrl) mkdirSync(pgliteDir, { recursive: true });
  const args = [ponderBin, '--log-format', 'pretty', mode, '--schema', schema, '--port', String(port), '--hostname', '127.0.0.1'];
  const child = spawn(process.execPath, args, { cwd: indexerDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const file = parameters.logFile ? createWriteStream(parameters.logFile, { flags: 'a' }) : null;
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-2_000_000);
    file?.write(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let alive = true;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => {
    alive = false;
    file?.end();
    process.removeListener('exit', killOnExit);
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  // Whatever way this process ends, the indexer goes with it (it runs in its own process group).
  const killOnExit = () => {
    if (alive) signalGroup('SIGKILL');
  };
  process.once('exit', killOnExit);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!alive) return;
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const kill = async () => {
    if (!alive) return;
    signalGroup('SIGKILL');
    await exited;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (!alive) throw new Error(`the indexer exited before its server answered:\n${output.slice(-4000)}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await kill();
      throw new Error(`the indexer did not answer on ${url} within 120 s:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const waitForBlock = async (blockNumber: bigint | number, timeoutMs = 120_000) => {
    const target = BigInt(blockNumber);
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (!alive) throw new Error(`the indexer exited:\n${output.slice(-4000)}`);
      try {
        const status = (await (await fetch(`${url}/status`)).json()) as Record<string, { block?: { number: number } }>;
        const indexed = Object.values(status)[0]?.block?.number;
        if (indexed !== undefined && BigInt(indexed) >= target) return;
      } catch {
        // not ready
      }
      if (Date.now() > until) throw new Error(`the indexer did not reach block ${target} within ${timeoutMs} ms:\n${output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { url, pid: child.pid!, child, schema, logs: () => output, waitForBlock, stop, kill };
}
