// Node only (node:fs): exported from `@lashou/sdk/node`. A browser keeps the identity JSON itself (a download).
import { randomBytes } from 'node:crypto';
import { type Stats, closeSync, existsSync, fchmodSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Hex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import type { CreateIdentityReturnType } from './createIdentity.js';
import { DOCUMENT_TYPES, IDENTITY_VERSION, computeIdentityCommitment } from './encodeIdentity.js';
import { SALT_WARNING } from './saltWarning.js';

/** Parameters of {@link saveIdentity}. */
export type SaveIdentityParameters = { path: string; identity: CreateIdentityReturnType; overwrite?: boolean };

/** The path's own entry (not what a symbolic link there points to), or `undefined` when nothing is there. */
function entryAt(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates `path` (which must not exist, not even as a dangling link), mode 0600, and writes `text` to it. */
function createExclusive(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o600); // O_CREAT | O_EXCL: never follows a symbolic link, never truncates
  try {
    fchmodSync(fd, 0o600); // whatever the umask
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the identity and its salt to a new JSON file readable only by its owner (mode 0600). The file is created,
 * never followed: a path that exists (a file, or a symbolic link, even one pointing nowhere) is refused, so a salt is
 * never lost by accident and a link planted at the path cannot send the identity elsewhere. With `overwrite: true` an
 * existing regular file is replaced atomically (a new file in the same folder, then renamed over it); a symbolic link
 * is still refused.
 * @example
 * saveIdentity({ path: 'identity.json', identity })
 */
export function saveIdentity({ path, identity, overwrite = false }: SaveIdentityParameters): string {
  const record = { ...identity, warning: SALT_WARNING, createdAt: new Date().toISOString() };
  const text = `${JSON.stringify(record, null, 2)}\n`;
  const existing = entryAt(path);
  if (existing?.isSymbolicLink()) {
    throw new InvalidInputError(`${path} is a symbolic link: an identity file is only written to a new regular file: choose another file name`, { code: 'identityFile.symlink', params: { path } });
  }
  if (!overwrite || !existing) {
    try {
      createExclusive(path, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      throw new InvalidInputError(`${path} already exists and may hold a salt you need: choose another file name`, { code: 'identityFile.exists', params: { path }, cause: error });
    }
    return path;
  }
  if (!existing.isFile()) {
    throw new InvalidInputError(`${path} is not a regular file: choose another file name`, { code: 'identityFile.notAFile', params: { path } });
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  try {
    createExclusive(temporary, text);
    renameSync(temporary, path); // replaces the entry at path itself, never what it might point to
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return path;
}

/**
 * Reads an identity file written by `saveIdentity`, re-checks it and recomputes its commitment.
 * @example
 * const { commitment } = loadIdentity('identity.json')
 */
export function loadIdentity(path: string): CreateIdentityReturnType {
  if (!existsSync(path)) throw new InvalidInputError(`identity file ${path} does not exist: create one with lashou identity new`, { code: 'identityFile.missing', params: { path } });
  if ((statSync(path).mode & 0o077) !== 0 && process.platform !== 'win32') {
    process.emitWarning(`${path} is readable by other users: run chmod 600 ${path}`);
  }
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    throw new InvalidInputError(`identity file ${path} is not valid JSON: restore it from your backup`, { code: 'identityFile.json', params: { path } });
  }
  if (record.version !== IDENTITY_VERSION) {
    throw new InvalidInputError(`identity file ${path} has version ${String(record.version)}, expected ${IDENTITY_VERSION}`, {
      code: 'identityFile.version',
      params: { path, version: String(record.version), expected: IDENTITY_VERSION },
    });
  }
  if (!DOCUMENT_TYPES.includes(record.docType as never) || typeof record.idNumber !== 'string' || typeof record.name !== 'string' || typeof record.salt !== 'string') {
    throw new InvalidInputError(`identity file ${path} lacks docType, idNumber, name or salt: restore it from your backup`, { code: 'identityFile.fields', params: { path } });
  }
  const secret = { docType: record.docType as (typeof DOCUMENT_TYPES)[number], idNumber: record.idNumber, name: record.name, salt: record.salt as Hex };
  const commitment = computeIdentityCommitment(secret);
  if (record.commitment !== undefined && record.commitment !== commitment) {
    throw new InvalidInputError(`identity file ${path} is inconsistent: its commitment does not match its contents`, { code: 'identityFile.inconsistent', params: { path } });
  }
  return { version: IDENTITY_VERSION, ...secret, commitment };
}
