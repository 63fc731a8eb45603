import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { findFreePort } from '@lashou/sdk/node';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Parameters of {@link startPostgres}. */
export type StartPostgresParameters = {
  /** Folder holding `initdb` and `postgres` (default: `LASHOU_PG_BIN`, else the newest /usr/lib/postgresql/<version>/bin, else PATH). */
  binDir?: string | undefined;
  /** Milliseconds to wait for the server to accept connections (default 30 s). */
  timeoutMs?: number | undefined;
};

/** A throw-away PostgreSQL server. */
export type StartPostgresReturnType = {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust auth on loopback only). */
  url: string;
  port: number;
  /** PID of the postmaster. */
  pid: number;
  /** Folder of the server's data, socket and log; removed by `stop()`. */
  dir: string;
  /** The server's version line, e.g. `postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`. */
  version: string;
  /** Everything the server logged so far. */
  logs: () => string;
  /** Immediate shutdown of the server, then removes its folder. */
  stop: () => Promise<void>;
};

const INSTALL_HINT =
  'install the PostgreSQL server with `apt-get update && apt-get install -y postgresql` (Debian; .ci/run does this), ' +
  'or set LASHOU_PG_BIN to a folder holding initdb and postgres';

function hasServerBinaries(dir: string): boolean {
  return existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'));
}

/** Where `initdb` and `postgres` are, or an error that says what is missing and how to install it. */
export function findPostgresBinaries(binDir: string | undefined = process.env.LASHOU_PG_BIN || undefined): string {
  if (binDir) {
    if (!hasServerBinaries(binDir)) {
      throw new Error(`PostgreSQL server binaries missing: ${join(binDir, 'initdb')} and/or ${join(binDir, 'postgres')} do not exist; ${INSTALL_HINT}`);
    }
    return binDir;
  }
  const debianRoot = '/usr/lib/postgresql';
  const versions = existsSync(debianRoot)
    ? readdirSync(debianRoot)
        .filter((v) => /^\d+(\.\d+)?$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const candidates = [...versions.map((v) => join(debianRoot, v, 'bin')), ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  const found = candidates.find(hasServerBinaries);
  if (!found) {
    throw new Error(
      `PostgreSQL server binaries missing: no initdb and postgres in ${debianRoot}/<version>/bin` +
        `${versions.length ? ` (found ${versions.map((v) => `${debianRoot}/${v}`).join(', ')} without them)` : ''} nor on PATH. ` +
        `The PostgreSQL tests run a real server: ${INSTALL_HINT}.`,
    );
  }
  return found;
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user (Debian's package creates it). */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!line || uid === undefined || gid === undefined) {
    throw new Error(`running as root, and PostgreSQL refuses to run as root, but there is no "postgres" user to run it as: ${INSTALL_HINT} (the package creates the user)`);
  }
  return { uid: Number(uid), gid: Number(gid) };
}

// Test-only settings: durability off (the data is thrown away), enough connections for an indexer (30) and a few
// `ponder serve` replicas (30 each), no background noise.
const SERVER_SETTINGS = {
  listen_addresses: '127.0.0.1',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  wal_level: 'minimal',
  max_wal_senders: '0',
  max_connections: '300',
  shared_buffers: '128MB',
  autovacuum: 'off',
  log_checkpoints: 'off',
};

/**
 * Starts a fresh PostgreSQL server for a test: `initdb` into a temporary folder, `postgres` on a free loopback
 * port with its unix socket in that folder and trust authentication, run as the `postgres` user when the tests
 * run as root. Fails (never skips) when the server binaries are missing, saying how to install them.
 * @example
 * const pg = await startPostgres()
 * try { … pg.url … } finally { await pg.stop() }
 */
export async function startPostgres(parameters: StartPostgresParameters = {}): Promise<StartPostgresReturnType> {
  const binDir = findPostgresBinaries(parameters.binDir);
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'lashou-pg-'));
  const as = user ? { uid: user.uid, gid: user.gid } : {};
  if (user) chownSync(dir, user.uid, user.gid);
  const dataDir = join(dir, 'data');
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: 'C', HOME: dir };
  delete env.PGDATA;
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const version = execFileSync(join(binDir, 'postgres'), ['--version'], { ...as, cwd: dir, env, encoding: 'utf8' }).trim();
    execFileSync(
      join(binDir, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions'],
      { ...as, cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // A port found free can be taken before the server binds it: try a few.
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await findFreePort();
      try {
        return await launch({ binDir, dir, dataDir, port, as, env, version, remove, timeoutMs: parameters.timeoutMs ?? 30_000 });
      } catch (error) {
        lastError = error;
        if (!String(error).includes('could not bind') && !String(error).includes('in use')) break;
      }
    }
    throw lastError;
  } catch (error) {
    remove();
    if (error && typeof error === 'object' && 'stderr' in error && error.stderr) {
      throw new Error(`PostgreSQL failed to start (${binDir}): ${String(error.stderr).trim()}`, { cause: error });
    }
    throw error;
  }
}

async function launch(options: {
  binDir: string;
  dir: string;
  dataDir: string;
  port: number;
  as: { uid?: number; gid?: number };
  env: NodeJS.ProcessEnv;
  version: string;
  remove: () => void;
  timeoutMs: number;
}): Promise<StartPostgresReturnType> {
  const { binDir, dir, dataDir, port, as, env, version, remove } = options;
  const settings = { ...SERVER_SETTINGS, port: String(port), unix_socket_directories: dir };
  const args = ['-D', dataDir, ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`])];
  // Its own process group, so stop() (or this process's exit) also ends any backend left behind.
  const child: ChildProcess = spawn(join(binDir, 'postgres'), args, { ...as, cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let alive = true;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const killOnExit = () => {
    if (alive) signalGroup('SIGKILL');
    remove();
  };
  process.once('exit', killOnExit);
  void exited.then(() => {
    alive = false;
  });
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (alive) {
      // SIGQUIT = immediate shutdown: nothing needs to be kept.
      signalGroup('SIGQUIT');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    remove();
  };
  const deadline = Date.now() + options.timeoutMs;
  while (!/ready to accept connections/.test(output)) {
    if (!alive) {
      process.removeListener('exit', killOnExit);
      throw new Error(`PostgreSQL exited before accepting connections on port ${port}:\n${output.trim()}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`PostgreSQL did not accept connections within ${options.timeoutMs} ms:\n${output.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, pid: child.pid!, dir, version, logs: () => output, stop };
}
