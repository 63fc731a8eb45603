// Node only (node:fs): exported from `@lashou/sdk/node`. A browser keeps the identity JSON itself (a download).
import { chmodSync, existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import type { Hex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import type { CreateIdentityReturnType } from './createIdentity.js';
import { DOCUMENT_TYPES, IDENTITY_VERSION, computeIdentityCommitment } from './encodeIdentity.js';
import { SALT_WARNING } from './saltWarning.js';

/** Parameters of {@link saveIdentity}. */
export type SaveIdentityParameters = { path: string; identity: CreateIdentityReturnType; overwrite?: boolean };

/**
 * Writes the identity and its salt to a JSON file readable only by its owner (mode 0600). Refuses to
 * overwrite an existing file unless asked, so a salt is never lost by accident.
 * @example
 * saveIdentity({ path: 'identity.json', identity })
 */
export function saveIdentity({ path, identity, overwrite = false }: SaveIdentityParameters): string {
  if (existsSync(path) && !overwrite) {
    throw new InvalidInputError(`${path} already exists and may hold a salt you need: choose another file name`, { code: 'identityFile.exists', params: { path } });
  }
  const record = { ...identity, warning: SALT_WARNING, createdAt: new Date().toISOString() };
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600); // the mode above is ignored when the file existed
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
