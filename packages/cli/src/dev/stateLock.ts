import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../context.js';

/** What a running `lashou dev` writes into its state directory's lock file (`dev.lock`). */
export type DevLockInfo = {
  pid: number;
  /** The chain's RPC URL, once anvil is up (null while starting). */
  rpcUrl: string | null;
  /** When it started (ISO 8601). */
  startedAt: string;
  /** The dev keeper's health URL (`…/health`), once it runs; null without a keeper. */
  keeperHealthUrl?: string | null | undefined;
  /** The address book it wrote (deployments/31337.json), once the chain is up. */
  deploymentPath?: string | null | undefined;
};

/** A lock held by this process: `update` rewrites what it says, `release` removes it (only if it is still ours). */
export type DevLock = { path: string; info: DevLockInfo; update: (info: Partial<DevLockInfo>) => void; release: () => void };

export const LOCK_FILE = 'dev.lock';

/** Whether a process with this id exists (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process that wrote a lock still runs: the pid exists and, where /proc tells (Linux), it is a lashou
 * process, so that a pid reused by something else after a crash does not keep the directory locked (nor get named
 * in "kill N").
 */
function holderAlive(pid: number): boolean {
  if (!processAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true; // no /proc here (macOS), or not ours to read: trust the pid
  }
  return cmdline.includes('lashou'); // empty for a zombie: it has exited
}

function parseLock(text: string): DevLockInfo | null {
  try {
    const info = JSON.parse(text) as DevLockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

function readRaw(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The lock of the `lashou dev` running on `stateDir`, if one runs (a stale lock, whose process is gone, is not). */
export function readDevLock(stateDir: string): DevLockInfo | null {
  const raw = readRaw(join(stateDir, LOCK_FILE));
  const info = raw === null ? null : parseLock(raw);
  return info && holderAlive(info.pid) ? info : null;
}

/**
 * Takes the state directory for this process, so that two `lashou dev` never write one chain state (or open one
 * index): the lock file is written complete under a temporary name and linked into place, which fails when it
 * exists. A lock whose process is gone (killed, crashed) is taken over, with a note. A lock of a running process is
 * refused with one line naming it. The lock goes on `release()` and, as a last resort, when this process exits.
 */
export function lockStateDir(stateDir: string, options: { note: (text: string) => void }): DevLock {
  const path = join(stateDir, LOCK_FILE);
  const info: DevLockInfo = { pid: process.pid, rpcUrl: null, startedAt: new Date().toISOString(), keeperHealthUrl: null };
  const write = (target: string) => writeFileSync(target, `${JSON.stringify(info, null, 2)}\n`);
  const temp = join(stateDir, `${LOCK_FILE}.${process.pid}.tmp`);
  for (let attempt = 0; ; attempt++) {
    write(temp);
    try {
      linkSync(temp, path); // atomic, and fails if a lock exists
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(temp);
    }
    const raw = readRaw(path);
    if (raw === null) continue; // released meanwhile
    const held = parseLock(raw);
    if (held && holderAlive(held.pid)) {
      throw new CliError(
        `${stateDir} is in use by lashou dev (pid ${held.pid}, RPC ${held.rpcUrl ?? 'not up yet: it is starting'}): stop it (Ctrl-C in its terminal, or kill ${held.pid}), or use another --state-dir`,
        { code: 'dev.stateDirInUse', params: { stateDir, pid: held.pid, rpcUrl: held.rpcUrl } },
      );
    }
    if (attempt >= 3) throw new CliError(`could not take the lock ${path}: another lashou dev keeps taking it: stop it, or use another --state-dir`);
    // Stale: remove it only if it is still the one judged stale (another starter may have taken it over already).
    if (readRaw(path) !== raw) continue;
    options.note(
      held
        ? `taking over the lock of an earlier lashou dev (pid ${held.pid}, started ${held.startedAt}), which is no longer running`
        : `taking over the unreadable lock file ${path}`,
    );
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    const held = parseLock(readRaw(path) ?? '');
    if (held?.pid === process.pid) unlinkSync(path);
  };
  process.once('exit', release);
  const update = (changes: Partial<DevLockInfo>) => {
    if (released) return;
    Object.assign(info, changes, { pid: process.pid });
    write(temp);
    renameSync(temp, path); // atomic: a reader sees the old or the new lock, never half of one
  };
  return { path, info, update, release };
}
