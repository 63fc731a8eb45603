import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InvalidInputError } from '@lashou/sdk';
import type { Hex } from 'viem';
import { decryptV3, encryptKey, isValidPrivateKey, writeNewFile } from './keystore.js';
import { assertStrongPassword } from './password.js';

/**
 * The operator's nullifier secret (the 32-byte HMAC key of claimant nullifiers), encrypted at rest like a key:
 *
 *   { "lashouNullifierSecret": 1, "current": <entry>, "retired": [<entry>, …] }
 *
 * where each entry is `{ "generation": n, "crypto": <Web3 Secret Storage v3 "crypto" section> }`: the 32 bytes are
 * encrypted by ethers as if they were a private key (scrypt N = 2^18, AES-128-CTR, keccak MAC), and decrypting checks
 * the MAC. Rotation retires the current secret (kept, to recognise nullifiers already made) and makes a new one
 * current with the next generation. Created exclusively with mode 0600; rewritten atomically (temporary file in the
 * same folder, then rename); a symbolic link is never followed.
 */

export type SecretEntry = { secret: Hex; generation: number };
export type SecretFileContents = { current: SecretEntry; retired: SecretEntry[] };
type StoredEntry = { generation: number; crypto: Record<string, unknown> };
type SecretFile = { lashouNullifierSecret: 1; current: StoredEntry; retired: StoredEntry[] };

const FORMAT = 'a Lashou nullifier secret file ({"lashouNullifierSecret": 1, "current": {generation, crypto}, "retired": […]}, as lashou operator secret new writes)';


/** 32 random bytes usable as the secret (stored like a private key, so it must be below the secp256k1 order). */
function randomSecret(): Hex {
  for (;;) {
    const secret = `0x${randomBytes(32).toString('hex')}` as Hex;
    if (isValidPrivateKey(secret)) return secret;
  }
}

async function encryptEntry(secret: Hex, generation: number, password: string): Promise<StoredEntry> {
  // Encrypted as if it were a private key; only its "crypto" section is kept (no address: it would reveal a
  // public function of the secret).
  return { generation, crypto: (await encryptKey(secret, password)).crypto };
}

function parseFile(path: string): SecretFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidInputError(code === 'ENOENT' ? `secret file ${path} does not exist: create one with lashou operator secret new --out ${path}` : `cannot read secret file ${path} (${code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InvalidInputError(`${path} is not a secret file (not valid JSON): expected ${FORMAT}`);
  }
  const file = data as Partial<SecretFile> | null;
  const entryOk = (e: unknown): e is StoredEntry =>
    !!e && typeof e === 'object' && Number.isSafeInteger((e as StoredEntry).generation) && (e as StoredEntry).generation > 0 && !!(e as StoredEntry).crypto && typeof (e as StoredEntry).crypto === 'object';
  if (!file || typeof file !== 'object' || file.lashouNullifierSecret !== 1 || !entryOk(file.current) || !Array.isArray(file.retired) || !file.retired.every(entryOk)) {
    throw new InvalidInputError(`${path} is not a secret file: expected ${FORMAT}`);
  }
  return file as SecretFile;
}

const serialise = (file: SecretFile) => `${JSON.stringify(file, null, 2)}\n`;

async function decryptEntry(entry: StoredEntry, password: string, path: string): Promise<SecretEntry> {
  const secret = await decryptV3(entry.crypto, password, `secret file ${path} (generation ${entry.generation})`);
  return { secret: secret.toLowerCase() as Hex, generation: entry.generation };
}

/**
 * Creates an encrypted secret file at `path` (mode 0600, never over an existing file or through a link) holding
 * `secret` (imported; 32 bytes) or 32 random bytes, as generation 1. The password must be strong.
 */
export async function createSecretFile(path: string, password: string, secret?: Hex): Promise<{ generation: number }> {
  await assertStrongPassword(password, `the password for the secret file ${path}`);
  if (secret !== undefined && !isValidPrivateKey(secret)) {
    throw new InvalidInputError('the secret to import is not valid: it must be 32 bytes (64 hex digits), above 0 and below the secp256k1 order (it is stored like a private key)');
  }
  const value = secret === undefined ? randomSecret() : (`0x${secret.replace(/^0x/i, '').toLowerCase()}` as Hex);
  const file: SecretFile = { lashouNullifierSecret: 1, current: await encryptEntry(value, 1, password), retired: [] };
  writeNewFile(path, serialise(file), 'a secret file');
  return { generation: 1 };
}

/** Decrypts every generation of a secret file (a wrong password or an altered MAC is refused). */
export async function readSecretFile(path: string, password: string): Promise<SecretFileContents> {
  const file = parseFile(path);
  // The current one first: a wrong password is reported once, for it.
  const current = await decryptEntry(file.current, password, path);
  const retired = await Promise.all(file.retired.map((entry) => decryptEntry(entry, password, path)));
  return { current, retired };
}

/**
 * Rotates: the current secret is retired (kept with its generation), a new random secret becomes current with the
 * next generation. The file is rewritten atomically; a symbolic link is refused. Returns the new generation.
 */
export async function rotateSecretFile(path: string, password: string): Promise<{ generation: number; retired: number }> {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {}
  if (link) throw new InvalidInputError(`${path} is a symbolic link: refusing to rotate through it: point at the file itself`);
  const file = parseFile(path);
  // The password must open the current secret (and so every one written with it) before anything changes.
  await decryptEntry(file.current, password, path);
  const generation = Math.max(file.current.generation, ...file.retired.map((e) => e.generation)) + 1;
  const next: SecretFile = { lashouNullifierSecret: 1, current: await encryptEntry(randomSecret(), generation, password), retired: [file.current, ...file.retired] };
  replaceAtomically(path, serialise(next));
  return { generation, retired: file.current.generation };
}

/** Writes `text` to a new temporary file next to `path` (0600, exclusive), then renames it over `path`. */
function replaceAtomically(path: string, text: string): void {
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  renameSync(temp, path);
  try {
    const dir = openSync(dirname(resolve(path)), constants.O_RDONLY);
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // a folder that cannot be synced (some file systems): the rename is still atomic
  }
}
