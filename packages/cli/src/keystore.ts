import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidInputError } from '@lashou/sdk';
import type { Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

/**
 * The Lashou keystore (docs/cli.md): a private key encrypted with AES-256-GCM under a key derived from a
 * password with scrypt (N = 2^15, r = 8, p = 1, 32-byte salt). Written with mode 0600.
 */
export type Keystore = {
  lashouKeystore: 1;
  address: Hex;
  kdf: 'scrypt';
  kdfparams: { N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
  ciphertext: string;
  tag: string;
};

const derive = (password: string, params: Keystore['kdfparams']) =>
  scryptSync(password.normalize('NFKC'), Buffer.from(params.salt, 'hex'), 32, { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r });

/** Encrypts `privateKey` into a keystore record. */
export function encryptKey(privateKey: Hex, password: string): Keystore {
  if (password.length < 8) throw new InvalidInputError('the keystore password must have at least 8 characters: choose a longer LASHOU_KEYSTORE_PASSWORD');
  const kdfparams = { N: 1 << 15, r: 8, p: 1, salt: randomBytes(32).toString('hex') };
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(password, kdfparams), iv);
  const ciphertext = Buffer.concat([cipher.update(Buffer.from(privateKey.slice(2), 'hex')), cipher.final()]);
  return { lashouKeystore: 1, address: privateKeyToAccount(privateKey).address, kdf: 'scrypt', kdfparams, cipher: 'aes-256-gcm', iv: iv.toString('hex'), ciphertext: ciphertext.toString('hex'), tag: cipher.getAuthTag().toString('hex') };
}

/** Decrypts a keystore file; a wrong password gives a clear error. */
export function decryptKeystore(path: string, password: string): Hex {
  if (!existsSync(path)) throw new InvalidInputError(`keystore ${path} does not exist: create one with lashou key new --out ${path}`);
  let store: Keystore;
  try {
    store = JSON.parse(readFileSync(path, 'utf8')) as Keystore;
  } catch {
    throw new InvalidInputError(`keystore ${path} is not valid JSON: point --keystore at the file lashou key new wrote`);
  }
  if (store.lashouKeystore !== 1 || store.kdf !== 'scrypt' || store.cipher !== 'aes-256-gcm') {
    throw new InvalidInputError(`${path} is not a Lashou keystore (version 1, scrypt, aes-256-gcm): point --keystore at the file lashou key new wrote`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', derive(password, store.kdfparams), Buffer.from(store.iv, 'hex'));
    decipher.setAuthTag(Buffer.from(store.tag, 'hex'));
    const key = Buffer.concat([decipher.update(Buffer.from(store.ciphertext, 'hex')), decipher.final()]);
    return `0x${key.toString('hex')}`;
  } catch {
    throw new InvalidInputError(`wrong password for keystore ${path}: check LASHOU_KEYSTORE_PASSWORD`);
  }
}

/** The address a keystore file says it holds, read without the password (a dry run needs no key). */
export function keystoreAddress(path: string): Hex {
  if (!existsSync(path)) throw new InvalidInputError(`keystore ${path} does not exist: create one with lashou key new --out ${path}`);
  let store: Partial<Keystore>;
  try {
    store = JSON.parse(readFileSync(path, 'utf8')) as Keystore;
  } catch {
    throw new InvalidInputError(`keystore ${path} is not valid JSON: point --keystore at the file lashou key new wrote`);
  }
  if (store.lashouKeystore !== 1 || typeof store.address !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(store.address)) {
    throw new InvalidInputError(`${path} is not a Lashou keystore (version 1 with an address): point --keystore at the file lashou key new wrote`);
  }
  return store.address;
}

/** Writes a keystore with mode 0600, never over an existing file. */
export function writeKeystore(path: string, store: Keystore) {
  if (existsSync(path)) throw new InvalidInputError(`${path} already exists: choose another file, a key may be lost otherwise`);
  if (!existsSync(dirname(resolve(path)))) throw new InvalidInputError(`cannot write ${path}: the folder ${dirname(resolve(path))} does not exist: create it first (mkdir -p), or choose another --out`);
  writeFileSync(path, `${JSON.stringify(store, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}
