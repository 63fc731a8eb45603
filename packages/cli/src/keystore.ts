import { createDecipheriv, scrypt as nodeScrypt, scryptSync } from 'node:crypto';
import { closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidInputError } from '@lashou/sdk';
import type { Address, Hex } from 'viem';
import { getAddress } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

/**
 * Keystores are Web3 Secret Storage v3 files (the format of geth, Foundry's `cast wallet` and ethers): scrypt
 * (N = 2^18, r = 8, p = 1 for new files), AES-128-CTR and a keccak256 MAC, written and read with ethers v6. Files are
 * created exclusively with mode 0600 and never overwritten. The older Lashou format (`lashouKeystore: 1`, scrypt
 * N = 2^15 and AES-256-GCM) is still read, with a note suggesting `lashou key migrate`.
 */

/** scrypt parameters of new keystores (geth's "standard" setting). */
export const KEYSTORE_SCRYPT = { N: 1 << 18, r: 8, p: 1 } as const;

/** The largest scrypt N accepted when reading a file (a hostile file must not make us allocate gigabytes). */
const MAX_SCRYPT_N = 1 << 22;

/** The order n of secp256k1: a private key is an integer in [1, n - 1]. */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

let ethersPromise: Promise<typeof import('ethers/wallet')> | undefined;

/**
 * ethers' keystore functions, loaded on first use (not at every start of the CLI), with Node's native scrypt
 * registered in place of ethers' JavaScript one: the key derivation then runs off the event loop (a keeper's health
 * server keeps answering while it decrypts). If ethers' scrypt is locked by someone else, its own one is kept.
 */
function ethersWallet(): Promise<typeof import('ethers/wallet')> {
  ethersPromise ??= (async () => {
    const [{ scrypt }, wallet] = await Promise.all([import('ethers/crypto'), import('ethers/wallet')]);
    try {
      scrypt.register((password: Uint8Array, salt: Uint8Array, N: number, r: number, p: number, dkLen: number) =>
        new Promise<Uint8Array>((done, fail) =>
          nodeScrypt(password, salt, dkLen, { N, r, p, maxmem: 128 * r * (N + p + 2) + (1 << 20) }, (error, key) => (error ? fail(error) : done(new Uint8Array(key)))),
        ));
    } catch {
      // locked: ethers' own scrypt still works, only slower
    }
    return wallet;
  })();
  return ethersPromise;
}

/** Whether `key` is 32 bytes (64 hex digits, 0x optional) and a valid secp256k1 private key (0 < k < n). */
export function isValidPrivateKey(key: string): boolean {
  const hex = key.startsWith('0x') || key.startsWith('0X') ? key.slice(2) : key;
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return false;
  const k = BigInt(`0x${hex}`);
  return k > 0n && k < SECP256K1_N;
}

/** The private key as 0x-hex, or an error naming `what` and never any part of the value. */
export function parsePrivateKey(key: string, what: string): Hex {
  if (!isValidPrivateKey(key)) throw new InvalidInputError(`${what} is not a valid private key: it must be 32 bytes, above 0 and below the curve order`);
  const hex = key.startsWith('0x') || key.startsWith('0X') ? key.slice(2) : key;
  return `0x${hex.toLowerCase()}`;
}

/** The older Lashou keystore (read only; `lashou key migrate` converts it). */
export type LegacyKeystore = {
  lashouKeystore: 1;
  address: Hex;
  kdf: 'scrypt';
  kdfparams: { N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
  ciphertext: string;
  tag: string;
};

/** A Web3 Secret Storage v3 keystore, as written by `encryptKey`. */
export type Keystore = {
  address: string;
  id: string;
  version: 3;
  crypto: Record<string, unknown>;
};

const V3_FORMAT = 'a Web3 Secret Storage v3 keystore (JSON with "version": 3 and a "crypto" section, as lashou key new, cast wallet new or geth write)';

/** Encrypts `privateKey` into a v3 keystore (scrypt N = 2^18, r = 8, p = 1). */
export async function encryptKey(privateKey: Hex, password: string, scrypt: { N: number; r: number; p: number } = KEYSTORE_SCRYPT): Promise<Keystore> {
  const key = parsePrivateKey(privateKey, 'the key to encrypt');
  const address = privateKeyToAccount(key).address;
  const json = JSON.parse(await (await ethersWallet()).encryptKeystoreJson({ address, privateKey: key }, password, { scrypt })) as Record<string, unknown>;
  // ethers writes "Crypto"; geth and Foundry write "crypto" (both read either): use the spec's spelling.
  return { address: json.address as string, id: json.id as string, version: 3, crypto: (json.Crypto ?? json.crypto) as Record<string, unknown> };
}

type Parsed = { kind: 'v3'; store: Record<string, unknown>; crypto: Record<string, unknown> } | { kind: 'legacy'; store: LegacyKeystore };

/** Reads and classifies a keystore file, refusing what is not one. */
function readStore(path: string): Parsed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InvalidInputError(`keystore ${path} does not exist: create one with lashou key new --out ${path}`);
    if (code === 'EISDIR') throw new InvalidInputError(`keystore ${path} is a folder: expected ${V3_FORMAT}`);
    throw new InvalidInputError(`cannot read keystore ${path} (${code ?? 'read error'})`);
  }
  let store: unknown;
  try {
    store = JSON.parse(text);
  } catch {
    throw new InvalidInputError(`${path} is not a keystore (not valid JSON): expected ${V3_FORMAT}`);
  }
  if (store === null || typeof store !== 'object' || Array.isArray(store)) throw new InvalidInputError(`${path} is not a keystore: expected ${V3_FORMAT}`);
  const record = store as Record<string, unknown>;
  if (record.lashouKeystore === 1) return { kind: 'legacy', store: record as unknown as LegacyKeystore };
  const crypto = (record.crypto ?? record.Crypto) as unknown;
  if (Number(record.version) !== 3 || crypto === null || typeof crypto !== 'object') throw new InvalidInputError(`${path} is not a keystore: expected ${V3_FORMAT}`);
  return { kind: 'v3', store: record, crypto: crypto as Record<string, unknown> };
}

const hexOf = (value: unknown, bytes?: number): boolean =>
  typeof value === 'string' && /^(0x)?([0-9a-fA-F]{2})+$/.test(value) && (bytes === undefined || value.replace(/^0x/, '').length === 2 * bytes);

/** Checks the parts of a v3 "crypto" section before any work: a truncated MAC or a hostile scrypt cost is named. */
export function checkV3Crypto(crypto: Record<string, unknown>, where: string): void {
  const damaged = (what: string) => new InvalidInputError(`${where} is damaged: ${what}`);
  if (crypto.cipher !== 'aes-128-ctr') throw new InvalidInputError(`${where} uses the cipher ${JSON.stringify(crypto.cipher)}: only aes-128-ctr (Web3 Secret Storage v3) is supported`);
  if (!hexOf(crypto.mac, 32)) throw damaged('its MAC is not 32 bytes of hex (truncated or altered)');
  if (!hexOf(crypto.ciphertext, 32)) throw damaged('its ciphertext is not 32 bytes of hex');
  const iv = (crypto.cipherparams as Record<string, unknown> | undefined)?.iv;
  if (!hexOf(iv, 16)) throw damaged('its cipherparams.iv is not 16 bytes of hex');
  const params = (crypto.kdfparams ?? {}) as Record<string, unknown>;
  if (!hexOf(params.salt)) throw damaged('its kdfparams.salt is not hex');
  if (params.dklen !== 32) throw damaged('its kdfparams.dklen is not 32');
  if (crypto.kdf === 'scrypt') {
    const { n, r, p } = params as { n: unknown; r: unknown; p: unknown };
    const ok = (v: unknown, max: number) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= max;
    if (!ok(n, MAX_SCRYPT_N) || ((n as number) & ((n as number) - 1)) !== 0 || !ok(r, 32) || !ok(p, 16)) {
      throw damaged(`its scrypt parameters are invalid or too costly (N must be a power of 2 up to 2^22, r up to 32, p up to 16)`);
    }
  } else if (crypto.kdf === 'pbkdf2') {
    const { c, prf } = params as { c: unknown; prf: unknown };
    if (typeof c !== 'number' || !Number.isSafeInteger(c) || c < 1 || c > 100_000_000 || (prf !== 'hmac-sha256' && prf !== 'hmac-sha512')) throw damaged('its pbkdf2 parameters are invalid');
  } else {
    throw new InvalidInputError(`${where} uses the key derivation ${JSON.stringify(crypto.kdf)}: only scrypt and pbkdf2 (Web3 Secret Storage v3) are supported`);
  }
}

/**
 * Decrypts a v3 "crypto" section with ethers (which checks the MAC), and returns the 32 bytes it holds. `address`
 * (optional) must match the key. Errors never carry the key or the password.
 */
export async function decryptV3(crypto: Record<string, unknown>, password: string, where: string, address?: string): Promise<Hex> {
  checkV3Crypto(crypto, where);
  const json = JSON.stringify({ version: 3, ...(address ? { address } : {}), crypto });
  try {
    const account = await (await ethersWallet()).decryptKeystoreJson(json, password);
    return account.privateKey as Hex;
  } catch (error) {
    const e = error as { code?: string; argument?: string; shortMessage?: string };
    if (e.code === 'INVALID_ARGUMENT' && e.argument === 'password') throw new InvalidInputError(`wrong password for ${where} (or the file was altered: its MAC does not match)`);
    if (e.code === 'INVALID_ARGUMENT' && e.argument === 'address') throw new InvalidInputError(`${where} is damaged: the key it holds does not match its address field`);
    // A MAC that matches but 32 bytes that are no valid key (only a crafted file can do that): say so, print nothing of it.
    throw new InvalidInputError(`the key in ${where} is not a valid private key: it must be 32 bytes, above 0 and below the curve order`);
  }
}

/** Decrypts an older Lashou keystore (AES-256-GCM; the 16-byte tag is checked, a shorter one is refused). */
function decryptLegacy(store: LegacyKeystore, password: string, path: string): Hex {
  const damaged = (what: string) => new InvalidInputError(`keystore ${path} is damaged: ${what}`);
  if (store.kdf !== 'scrypt' || store.cipher !== 'aes-256-gcm') throw new InvalidInputError(`${path} is an unknown variant of the old Lashou keystore (expected scrypt and aes-256-gcm): expected ${V3_FORMAT}`);
  if (!hexOf(store.tag, 16)) throw damaged('its tag is not 16 bytes of hex (truncated or altered)');
  if (!hexOf(store.iv, 12)) throw damaged('its iv is not 12 bytes of hex');
  if (!hexOf(store.ciphertext, 32)) throw damaged('its ciphertext is not 32 bytes of hex');
  const { N, r, p, salt } = store.kdfparams ?? ({} as LegacyKeystore['kdfparams']);
  const ok = (v: unknown, max: number) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= max;
  if (!ok(N, MAX_SCRYPT_N) || (N & (N - 1)) !== 0 || !ok(r, 32) || !ok(p, 16) || !hexOf(salt)) throw damaged('its scrypt parameters are invalid');
  const key = scryptSync(password.normalize('NFKC'), Buffer.from(salt, 'hex'), 32, { N, r, p, maxmem: 128 * r * (N + p + 2) + (1 << 20) });
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(store.iv, 'hex'), { authTagLength: 16 });
    decipher.setAuthTag(Buffer.from(store.tag, 'hex'));
    plain = Buffer.concat([decipher.update(Buffer.from(store.ciphertext, 'hex')), decipher.final()]);
  } catch {
    throw new InvalidInputError(`wrong password for keystore ${path} (or the file was altered: its tag does not match)`);
  }
  const hex = parsePrivateKey(plain.toString('hex'), `the key in keystore ${path}`);
  if (typeof store.address === 'string' && /^0x[0-9a-fA-F]{40}$/.test(store.address) && getAddress(store.address) !== privateKeyToAccount(hex).address) {
    throw damaged('the key it holds does not match its address field');
  }
  return hex;
}

/** The format of a keystore file: 'v3', or 'legacy' for the older Lashou format. Refuses what is not a keystore. */
export function keystoreFormat(path: string): 'v3' | 'legacy' {
  return readStore(path).kind;
}

/**
 * Decrypts a keystore file (v3, or the older Lashou format with a note on stderr unless `quiet`); a wrong password,
 * a damaged file or a file that is not a keystore gives a clear error.
 */
export async function decryptKeystore(path: string, password: string, options: { quiet?: boolean } = {}): Promise<Hex> {
  const parsed = readStore(path);
  if (parsed.kind === 'legacy') {
    const key = decryptLegacy(parsed.store, password, path);
    if (!options.quiet) process.stderr.write(`note: ${path} is in the old Lashou keystore format: convert it with lashou key migrate --keystore ${path} --out <new file>\n`);
    return key;
  }
  const address = typeof parsed.store.address === 'string' ? parsed.store.address : undefined;
  const key = await decryptV3(parsed.crypto, password, `keystore ${path}`, address && /^(0x)?[0-9a-fA-F]{40}$/.test(address) ? address : undefined);
  return parsePrivateKey(key, `the key in keystore ${path}`);
}

/** The address a keystore file says it holds, read without the password (a dry run needs no key). */
/** Whether a keystore file states its address (lashou's and geth's do; `cast wallet import` leaves it out). */
export function keystoreHasAddress(path: string): boolean {
  const address = readStore(path).store.address;
  return typeof address === 'string' && /^(0x)?[0-9a-fA-F]{40}$/.test(address);
}

export function keystoreAddress(path: string): Address {
  const parsed = readStore(path);
  const address = parsed.store.address;
  if (typeof address !== 'string' || !/^(0x)?[0-9a-fA-F]{40}$/.test(address)) {
    throw new InvalidInputError(`keystore ${path} has no address field: its address is known only after decrypting it (give the password)`);
  }
  return getAddress(address.startsWith('0x') ? address : `0x${address}`);
}

/**
 * Creates `path` with mode 0600 and writes `text`, exclusively: an existing file or any symbolic link there (even a
 * dangling one) is refused, never followed or overwritten.
 */
export function writeNewFile(path: string, text: string, what = 'the file'): void {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {}
    if (code === 'EEXIST' || code === 'ELOOP') {
      throw new InvalidInputError(link ? `${path} is a symbolic link: refusing to write ${what} through it: choose another path` : `${path} already exists: choose another file, a key may be lost otherwise`);
    }
    if (code === 'ENOENT') throw new InvalidInputError(`cannot write ${path}: the folder ${dirname(resolve(path))} does not exist: create it first (mkdir -p), or choose another path`);
    if (code === 'EACCES' || code === 'EPERM') throw new InvalidInputError(`cannot write ${path}: permission denied`);
    throw new InvalidInputError(`cannot write ${path} (${code ?? 'write error'})`);
  }
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a keystore with mode 0600, never over an existing file, never through a symbolic link. */
export function writeKeystore(path: string, store: Keystore): void {
  writeNewFile(path, `${JSON.stringify(store, null, 2)}\n`, 'a keystore');
}
