import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { foundryBinary } from '@lashou/contracts/bin/foundry.mjs';
import { anvilDevKey, demoKeeperKey, demoMemberKey, demoWitnessKey } from '@lashou/sdk/node';
import { decryptKeystoreJson, encryptKeystoreJson } from 'ethers/wallet';
import type { Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { devAccountKey } from '../src/devAccounts.js';
import { decryptKeystore, encryptKey, keystoreAddress, writeKeystore } from '../src/keystore.js';
import { createSecretFile, readSecretFile, rotateSecretFile } from '../src/operatorSecret.js';
import { assertOneLineError, lashou } from './helpers.js';

const PASSWORD = 'violet kettle orbit';
const pw = { LASHOU_KEYSTORE_PASSWORD: PASSWORD };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let dir: string;
let keystores: string;
let cast: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'lashou-keystore-'));
  keystores = join(dir, 'keystores');
  mkdirSync(keystores);
  cast = foundryBinary('cast');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the cast binary itself (the npm launcher swallows exit codes). */
function runCast(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(cast, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A keystore in the older Lashou format (lashouKeystore 1: scrypt N=2^15, AES-256-GCM), as lashou key new wrote it. */
function legacyKeystore(privateKey: Hex, password: string) {
  const kdfparams = { N: 1 << 15, r: 8, p: 1, salt: randomBytes(32).toString('hex') };
  const key = scryptSync(password.normalize('NFKC'), Buffer.from(kdfparams.salt, 'hex'), 32, { N: kdfparams.N, r: 8, p: 1, maxmem: 256 * kdfparams.N * 8 });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(Buffer.from(privateKey.slice(2), 'hex')), cipher.final()]);
  return { lashouKeystore: 1, address: privateKeyToAccount(privateKey).address, kdf: 'scrypt', kdfparams, cipher: 'aes-256-gcm', iv: iv.toString('hex'), ciphertext: ciphertext.toString('hex'), tag: cipher.getAuthTag().toString('hex') };
}

const json = (out: { code: number | null; stdout: string; stderr: string }) => {
  assert.equal(out.code, 0, out.stderr);
  return JSON.parse(out.stdout) as Record<string, string>;
};

describe('standard keystores (Web3 Secret Storage v3)', () => {
  test('lashou key new writes a v3 file (scrypt N=2^18, mode 0600) that cast wallet decrypt-keystore and ethers open', async () => {
    const out = join(keystores, 'made-by-lashou');
    const made = json(await lashou(['key', 'new', '--out', out, '--json'], pw));
    assert.equal(statSync(out).mode & 0o777, 0o600);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(file.version, 3);
    assert.equal(file.crypto.kdf, 'scrypt');
    assert.deepEqual([file.crypto.kdfparams.n, file.crypto.kdfparams.r, file.crypto.kdfparams.p], [262144, 8, 1]);
    assert.equal(file.lashouKeystore, undefined);
    const decrypted = runCast(['wallet', 'decrypt-keystore', '--keystore-dir', keystores, 'made-by-lashou', '--unsafe-password', PASSWORD]);
    assert.equal(decrypted.code, 0, decrypted.stderr);
    const key = /0x[0-9a-fA-F]{64}/.exec(decrypted.stdout)?.[0] as Hex;
    assert.ok(key, decrypted.stdout);
    assert.equal(privateKeyToAccount(key).address, made.address);
    const viaEthers = await decryptKeystoreJson(readFileSync(out, 'utf8'), PASSWORD);
    assert.equal(viaEthers.address, made.address);
    assert.equal(viaEthers.privateKey, key.toLowerCase());
    assert.equal(keystoreAddress(out), made.address, 'the address is read without the password');
  });

  test('cast wallet import <name> then lashou --account <name> (LASHOU_KEYSTORE_DIR, or ~/.foundry/keystores of HOME)', async () => {
    const key = anvilDevKey(7);
    const imported = runCast(['wallet', 'import', 'alice', '--keystore-dir', keystores, '--private-key', key, '--unsafe-password', PASSWORD]);
    assert.equal(imported.code, 0, imported.stderr);
    const shown = json(await lashou(['key', 'address', '--account', 'alice', '--json'], { ...pw, LASHOU_KEYSTORE_DIR: keystores }));
    assert.deepEqual(shown, { address: privateKeyToAccount(key).address, keyFrom: '--account', account: 'alice' });
    // Foundry's default folder: cast and lashou agree on ~/.foundry/keystores.
    const home = join(dir, 'home');
    mkdirSync(home);
    assert.equal(runCast(['wallet', 'import', 'bob', '--private-key', anvilDevKey(8), '--unsafe-password', PASSWORD], { HOME: home }).code, 0);
    assert.ok(existsSync(join(home, '.foundry', 'keystores', 'bob')));
    const bob = json(await lashou(['key', 'address', '--json'], { ...pw, HOME: home, LASHOU_ACCOUNT: 'bob' }));
    assert.deepEqual(bob, { address: privateKeyToAccount(anvilDevKey(8)).address, keyFrom: 'LASHOU_ACCOUNT', account: 'bob' });
    // A missing account names the folder and how to make one.
    assertOneLineError(
      await lashou(['key', 'address', '--account', 'carol'], { ...pw, LASHOU_KEYSTORE_DIR: keystores }),
      new RegExp(`keystore ${escape(join(keystores, 'carol'))} \\(from --account\\) does not exist: import one with cast wallet import carol`),
    );
    assertOneLineError(await lashou(['key', 'address', '--account', '../x'], pw), /account name "\.\.\/x" \(from --account\) is not valid/);
    // key new --account writes into the folder, where cast finds it by name.
    const made = json(await lashou(['key', 'new', '--account', 'dave', '--json'], { ...pw, LASHOU_KEYSTORE_DIR: keystores }));
    assert.equal(made.path, join(keystores, 'dave'));
    const opened = runCast(['wallet', 'decrypt-keystore', '--keystore-dir', keystores, 'dave', '--unsafe-password', PASSWORD]);
    assert.equal(opened.code, 0, opened.stderr);
  });

  test('a key made by cast wallet new <dir> opens in lashou', async () => {
    const folder = join(dir, 'cast-new');
    mkdirSync(folder);
    const made = runCast(['wallet', 'new', folder, '--unsafe-password', PASSWORD]);
    assert.equal(made.code, 0, made.stderr);
    const [name] = readdirSync(folder);
    const address = /0x[0-9a-fA-F]{40}/.exec(made.stdout)?.[0];
    assert.ok(name && address, made.stdout);
    const shown = json(await lashou(['key', 'address', '--keystore', join(folder, name!), '--json'], pw));
    assert.equal(shown.address?.toLowerCase(), address!.toLowerCase());
  });

  test('ethers decrypts a lashou key, lashou decrypts an ethers key ("Crypto", x-ethers)', async () => {
    const key = anvilDevKey(5);
    const mine = await encryptKey(key, PASSWORD, { N: 1 << 12, r: 8, p: 1 });
    assert.equal((await decryptKeystoreJson(JSON.stringify(mine), PASSWORD)).privateKey, key);
    const address = privateKeyToAccount(anvilDevKey(6)).address;
    const theirs = await encryptKeystoreJson({ address, privateKey: anvilDevKey(6), mnemonic: undefined }, PASSWORD, { scrypt: { N: 1 << 12 } });
    assert.ok(theirs.includes('"Crypto"'));
    const path = join(dir, 'ethers.json');
    writeFileSync(path, theirs, { mode: 0o600 });
    assert.equal(await decryptKeystore(path, PASSWORD), anvilDevKey(6));
    assert.equal(keystoreAddress(path), address, 'address field without 0x');
    const with0x = join(dir, 'ethers-0x.json');
    writeFileSync(with0x, JSON.stringify({ ...JSON.parse(theirs), address: address.toLowerCase() }));
    assert.equal(keystoreAddress(with0x), address, 'address field with 0x');
    assert.equal(json(await lashou(['key', 'address', '--keystore', path, '--json'], pw)).address, address);
  });

  test('an old Lashou keystore still opens (with a note), and key migrate converts it to v3 without overwriting', async () => {
    const key = anvilDevKey(4);
    const old = join(dir, 'old.json');
    writeFileSync(old, JSON.stringify(legacyKeystore(key, PASSWORD)), { mode: 0o600 });
    assert.equal(keystoreAddress(old), privateKeyToAccount(key).address);
    const shown = await lashou(['key', 'address', '--keystore', old], pw);
    assert.equal(shown.code, 0, shown.stderr);
    assert.equal(shown.stdout.trim(), privateKeyToAccount(key).address);
    assert.equal(shown.stderr.trim().split('\n').length, 1);
    assert.match(shown.stderr, new RegExp(`old Lashou keystore format: convert it with lashou key migrate --keystore ${escape(old)} --out <new file>`));
    const migrated = join(keystores, 'migrated');
    const done = json(await lashou(['key', 'migrate', '--keystore', old, '--out', migrated, '--json'], pw));
    assert.equal(done.address, privateKeyToAccount(key).address);
    assert.equal(statSync(migrated).mode & 0o777, 0o600);
    assert.equal(JSON.parse(readFileSync(migrated, 'utf8')).version, 3);
    const opened = runCast(['wallet', 'decrypt-keystore', '--keystore-dir', keystores, 'migrated', '--unsafe-password', PASSWORD]);
    assert.equal(opened.code, 0, opened.stderr);
    assert.ok(opened.stdout.includes(key), 'cast reads the migrated key');
    assert.ok(existsSync(old), 'the old file is left');
    assertOneLineError(await lashou(['key', 'migrate', '--keystore', old, '--out', migrated], pw), /already exists/);
    assertOneLineError(await lashou(['key', 'migrate', '--keystore', migrated, '--out', join(dir, 'again.json')], pw), /already a standard \(v3\) keystore: nothing to migrate/);
    // An old file with a weak password: migrating asks for a stronger one.
    const weak = join(dir, 'old-weak.json');
    writeFileSync(weak, JSON.stringify(legacyKeystore(key, '12345678')), { mode: 0o600 });
    assertOneLineError(await lashou(['key', 'migrate', '--keystore', weak, '--out', join(dir, 'weak-v3.json')], { LASHOU_KEYSTORE_PASSWORD: '12345678' }), /too weak.*--new-password-file/);
    const newPassword = join(dir, 'new.pass');
    writeFileSync(newPassword, `${PASSWORD}\n`, { mode: 0o600 });
    const strong = json(await lashou(['key', 'migrate', '--keystore', weak, '--out', join(dir, 'weak-v3.json'), '--new-password-file', newPassword, '--json'], { LASHOU_KEYSTORE_PASSWORD: '12345678' }));
    assert.equal(strong.address, privateKeyToAccount(key).address);
    assert.equal(await decryptKeystore(join(dir, 'weak-v3.json'), PASSWORD), key);
  });

  test('a truncated or altered MAC (v3) or tag (old) is refused with a clear error; a file that is no keystore names the format', async () => {
    const good = JSON.parse(readFileSync(join(keystores, 'made-by-lashou'), 'utf8'));
    const write = (name: string, content: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content), { mode: 0o600 });
      return path;
    };
    const truncated = write('truncated-mac.json', { ...good, crypto: { ...good.crypto, mac: good.crypto.mac.slice(0, 40) } });
    assertOneLineError(await lashou(['key', 'address', '--keystore', truncated], pw), /keystore .* is damaged: its MAC is not 32 bytes of hex \(truncated or altered\)/);
    const flipped = `${good.crypto.mac.slice(0, -1)}${good.crypto.mac.endsWith('0') ? '1' : '0'}`;
    const altered = write('altered-mac.json', { ...good, crypto: { ...good.crypto, mac: flipped } });
    assertOneLineError(await lashou(['key', 'address', '--keystore', altered], pw), /wrong password for keystore .* \(or the file was altered: its MAC does not match\)/);
    const old = legacyKeystore(anvilDevKey(4), PASSWORD);
    assertOneLineError(await lashou(['key', 'address', '--keystore', write('old-short-tag.json', { ...old, tag: old.tag.slice(0, 8) })], pw), /is damaged: its tag is not 16 bytes of hex \(truncated or altered\)/);
    const otherTag = `${old.tag.slice(0, -1)}${old.tag.endsWith('0') ? '1' : '0'}`;
    assertOneLineError(await lashou(['key', 'address', '--keystore', write('old-bad-tag.json', { ...old, tag: otherTag })], pw), /wrong password for keystore .* \(or the file was altered: its tag does not match\)/);
    for (const [name, content] of [['not-json.json', 'hello'], ['object.json', { hello: 1 }], ['v2.json', { version: 2, crypto: {} }], ['array.json', [1]]] as const) {
      assertOneLineError(await lashou(['key', 'address', '--keystore', write(name, content)], pw), /is not a keystore.*expected a Web3 Secret Storage v3 keystore \(JSON with "version": 3 and a "crypto" section/);
    }
    assert.throws(() => keystoreAddress(write('no-address.json', { version: 3, crypto: good.crypto })), /has no address field/);
    const hostile = write('hostile-n.json', { ...good, crypto: { ...good.crypto, kdfparams: { ...good.crypto.kdfparams, n: 2 ** 30 } } });
    assertOneLineError(await lashou(['key', 'address', '--keystore', hostile], pw), /is damaged: its scrypt parameters are invalid or too costly/);
    assertOneLineError(await lashou(['key', 'address', '--keystore', join(keystores, 'made-by-lashou')], { LASHOU_KEYSTORE_PASSWORD: 'not the password' }), /wrong password for keystore/);
  });

  test('new files are created exclusively: an existing file or a symbolic link (even dangling) is refused and left alone', async () => {
    const existing = join(dir, 'existing.json');
    writeFileSync(existing, 'keep me');
    assertOneLineError(await lashou(['key', 'new', '--out', existing], pw), new RegExp(`${escape(existing)} already exists`));
    assert.equal(readFileSync(existing, 'utf8'), 'keep me');
    const target = join(dir, 'link-target.json');
    const dangling = join(dir, 'dangling.json');
    symlinkSync(target, dangling);
    assertOneLineError(await lashou(['key', 'new', '--out', dangling], pw), new RegExp(`${escape(dangling)} is a symbolic link: refusing to write a keystore through it`));
    assert.ok(!existsSync(target), 'the link target was not created');
    assert.ok(lstatSync(dangling).isSymbolicLink());
    const store = await encryptKey(anvilDevKey(1), PASSWORD, { N: 1 << 10, r: 8, p: 1 });
    assert.throws(() => writeKeystore(dangling, store), /is a symbolic link/);
    const linkToFile = join(dir, 'link-to-existing.json');
    symlinkSync(existing, linkToFile);
    assert.throws(() => writeKeystore(linkToFile, store), /is a symbolic link/);
    assert.equal(readFileSync(existing, 'utf8'), 'keep me');
    assert.throws(() => writeKeystore(join(dir, 'no-such-folder', 'k.json'), store), /the folder .* does not exist/);
  });

  test('an out-of-range private key is refused without printing any part of it', async () => {
    const n = 'fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141';
    for (const key of [`0x${'f'.repeat(64)}`, 'f'.repeat(64), `0x${'0'.repeat(64)}`, `0x${n}`, '0x1234', `0x${'9'.repeat(63)}z`]) {
      const out = await lashou(['key', 'address'], { LASHOU_PRIVATE_KEY: key });
      assertOneLineError(out, /^error: LASHOU_PRIVATE_KEY is not a valid private key: it must be 32 bytes, above 0 and below the curve order$/);
      assert.equal(out.stderr, 'error: LASHOU_PRIVATE_KEY is not a valid private key: it must be 32 bytes, above 0 and below the curve order\n', 'nothing of the value');
    }
    // A keystore whose MAC matches but whose 32 bytes are no key (a crafted file).
    const crafted = await encryptKeystoreJson({ address: privateKeyToAccount(anvilDevKey(1)).address, privateKey: `0x${'f'.repeat(64)}` }, PASSWORD, { scrypt: { N: 1 << 10 } });
    const path = join(dir, 'crafted.json');
    writeFileSync(path, crafted, { mode: 0o600 });
    const out = await lashou(['key', 'address', '--keystore', path], pw);
    assertOneLineError(out, /the key in keystore .* is not a valid private key: it must be 32 bytes, above 0 and below the curve order/);
    assert.ok(!out.stderr.includes('ffff') && !/\d{10}/.test(out.stderr));
  });
});

describe('accounts by name', () => {
  let server: Server;
  let chainId = 31337;
  let rpc: string;
  before(async () => {
    // A JSON-RPC endpoint answering eth_chainId only: enough to resolve accounts.
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const { id } = JSON.parse(body) as { id: number };
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ jsonrpc: '2.0', id, result: `0x${chainId.toString(16)}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    rpc = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  test('dev: names map to anvil and demo keys', () => {
    assert.equal(devAccountKey('dev:operator'), anvilDevKey(0));
    assert.equal(devAccountKey('dev:notary'), anvilDevKey(1));
    assert.equal(devAccountKey('dev:supervisor'), anvilDevKey(2));
    assert.equal(devAccountKey('dev:member'), anvilDevKey(3));
    assert.equal(devAccountKey('dev:9'), anvilDevKey(9));
    assert.equal(devAccountKey('dev:member-2'), demoMemberKey(2));
    assert.equal(devAccountKey('dev:witness-0'), demoWitnessKey(0));
    assert.equal(devAccountKey('dev:keeper'), demoKeeperKey());
    assert.throws(() => devAccountKey('dev:10'), /unknown dev account "dev:10": one of dev:operator/);
    assert.throws(() => devAccountKey('dev:nobody'), /unknown dev account/);
  });

  test('dev:operator signs on the local chain (31337) with no password, and is refused on any other chain', async () => {
    chainId = 31337;
    const shown = json(await lashou(['key', 'address', '--account', 'dev:operator', '--rpc', rpc, '--json']));
    assert.deepEqual(shown, { address: privateKeyToAccount(anvilDevKey(0)).address, keyFrom: '--account', account: 'dev:operator' });
    const keeper = json(await lashou(['key', 'address', '--json'], { LASHOU_ACCOUNT: 'dev:keeper', LASHOU_RPC_URL: rpc }));
    assert.equal(keeper.address, privateKeyToAccount(demoKeeperKey()).address);
    chainId = 11155111;
    assertOneLineError(
      await lashou(['key', 'address', '--account', 'dev:operator', '--rpc', rpc]),
      /dev:operator \(from --account\): dev: accounts are anvil's public keys, usable on the local chain \(31337\) only; this RPC serves chain 11155111/,
    );
  });

  test('precedence: --keystore, --account, LASHOU_PRIVATE_KEY, LASHOU_ACCOUNT, LASHOU_KEYSTORE, then the config file (keystore, else account)', async () => {
    chainId = 31337;
    const address = (i: number) => privateKeyToAccount(anvilDevKey(i)).address;
    const base = { ...pw, LASHOU_RPC_URL: rpc, LASHOU_KEYSTORE_DIR: keystores };
    const shown = async (args: string[], env: Record<string, string>) => json(await lashou(['key', 'address', '--json', ...args], { ...base, ...env }));
    const alice = privateKeyToAccount(anvilDevKey(7)).address; // imported by cast above
    const made = join(keystores, 'made-by-lashou');
    const madeAddress = keystoreAddress(made);
    assert.equal((await shown(['--keystore', made, '--account', 'dev:1'], { LASHOU_PRIVATE_KEY: anvilDevKey(2) })).address, madeAddress);
    assert.equal((await shown(['--account', 'dev:1'], { LASHOU_PRIVATE_KEY: anvilDevKey(2), LASHOU_ACCOUNT: 'alice' })).address, address(1));
    assert.equal((await shown([], { LASHOU_PRIVATE_KEY: anvilDevKey(2), LASHOU_ACCOUNT: 'alice' })).address, address(2));
    assert.equal((await shown([], { LASHOU_ACCOUNT: 'alice', LASHOU_KEYSTORE: made })).address, alice);
    assert.equal((await shown([], { LASHOU_KEYSTORE: made })).keyFrom, 'LASHOU_KEYSTORE');
    const config = join(dir, 'account.config.json');
    writeFileSync(config, JSON.stringify({ account: 'dev:supervisor' }));
    assert.deepEqual(await shown(['--config', config], {}), { address: address(2), keyFrom: 'the config file', account: 'dev:supervisor' });
    writeFileSync(config, JSON.stringify({ account: 'dev:supervisor', keystore: made }));
    assert.equal((await shown(['--config', config], {})).address, madeAddress);
  });
});

describe("the operator's nullifier secret file", () => {
  test('round trip, import, rotation, wrong password and a tampered MAC', async () => {
    const path = join(dir, 'nullifier.secret');
    await createSecretFile(path, PASSWORD);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(file.lashouNullifierSecret, 1);
    assert.equal(file.current.generation, 1);
    assert.equal(file.current.crypto.kdfparams.n, 262144);
    assert.deepEqual(file.retired, []);
    const first = await readSecretFile(path, PASSWORD);
    assert.match(first.current.secret, /^0x[0-9a-f]{64}$/);
    assert.equal(first.current.generation, 1);
    assert.ok(!readFileSync(path, 'utf8').includes(first.current.secret.slice(2)), 'the secret is not stored in clear');

    await assert.rejects(createSecretFile(path, PASSWORD), /already exists/);
    await assert.rejects(createSecretFile(join(dir, 'weak.secret'), 'password'), /too weak/);

    assert.deepEqual(await rotateSecretFile(path, PASSWORD), { generation: 2, retired: 1 });
    assert.equal(statSync(path).mode & 0o777, 0o600);
    const second = await readSecretFile(path, PASSWORD);
    assert.equal(second.current.generation, 2);
    assert.notEqual(second.current.secret, first.current.secret);
    assert.deepEqual(second.retired, [first.current]);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');

    await assert.rejects(readSecretFile(path, 'not the password'), /wrong password for secret file .* \(generation 2\)/);
    await assert.rejects(rotateSecretFile(path, 'not the password'), /wrong password/);
    assert.equal((await readSecretFile(path, PASSWORD)).current.generation, 2, 'a refused rotation changes nothing');

    const tampered = JSON.parse(readFileSync(path, 'utf8'));
    tampered.retired[0].crypto.mac = `${tampered.retired[0].crypto.mac.slice(0, -2)}${tampered.retired[0].crypto.mac.endsWith('00') ? '11' : '00'}`;
    const tamperedPath = join(dir, 'tampered.secret');
    writeFileSync(tamperedPath, JSON.stringify(tampered), { mode: 0o600 });
    await assert.rejects(readSecretFile(tamperedPath, PASSWORD), /generation 1\) \(or the file was altered: its MAC does not match\)/);
    tampered.retired[0].crypto.mac = tampered.retired[0].crypto.mac.slice(0, 20);
    writeFileSync(tamperedPath, JSON.stringify(tampered), { mode: 0o600 });
    await assert.rejects(readSecretFile(tamperedPath, PASSWORD), /is damaged: its MAC is not 32 bytes/);

    const link = join(dir, 'link.secret');
    symlinkSync(path, link);
    await assert.rejects(rotateSecretFile(link, PASSWORD), /is a symbolic link: refusing to rotate/);
    await assert.rejects(readSecretFile(join(dir, 'existing.json'), PASSWORD), /is not a secret file/);

    const given = `0x${'ab'.repeat(32)}` as Hex;
    const importedPath = join(dir, 'imported.secret');
    await createSecretFile(importedPath, PASSWORD, given);
    assert.deepEqual(await readSecretFile(importedPath, PASSWORD), { current: { secret: given, generation: 1 }, retired: [] });
    await assert.rejects(createSecretFile(join(dir, 'zero.secret'), PASSWORD, `0x${'00'.repeat(32)}`), /the secret to import is not valid/);
  });
});
