// lashou notary sign works offline: with --chain-id and --claims it reads nothing from a node, and the file it writes
// is the same attestation the online path writes (the claim form and claim file --signed check it).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readDiagnosisAttestation, verifyDiagnosisAttestation } from '@lashou/sdk';
import { lashou } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lashou-notary-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const NOTARY = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const CLAIMANT = '0x276F783557213701Fb4421c359c476BF0D474733';
const CLAIMS = '0xa513E6E4b8f2a923D98304ec87F64353C4D5C853';
const HASH = `0x${'4f'.repeat(32)}`;
// A port nothing listens on: any request to the "node" fails, so success proves nothing was asked.
const DEAD_RPC = 'http://127.0.0.1:9';
// Anvil's public dev key #1 (the demo's notary), through the environment as a script would give it.
const env = { LASHOU_PRIVATE_KEY: '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d', LASHOU_RPC_URL: DEAD_RPC };

test('notary sign --chain-id --claims signs offline and writes an attestation that verifies', async () => {
  const out = join(dir, 'signed.json');
  const r = await lashou(['notary', 'sign', '--claimant', CLAIMANT, '--document-hash', HASH, '--diagnosed', '2026-11-20', '--region', '2', '--chain-id', '31337', '--claims', CLAIMS, '--out', out, '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout) as { notary: string; region: number };
  assert.equal(json.notary, NOTARY);
  const read = readDiagnosisAttestation(readFileSync(out, 'utf8'));
  assert.ok('attestation' in read);
  assert.equal(read.attestation.chainId, 31337);
  assert.equal(read.attestation.claims, CLAIMS);
  assert.equal(String(read.attestation.diagnosedAt), '1795132800');
  assert.equal(read.attestation.region, 2);
  assert.equal(await verifyDiagnosisAttestation(read.attestation), true);
});

test('notary sign offline needs both --chain-id and --claims, and a valid chain id', async () => {
  const base = ['notary', 'sign', '--claimant', CLAIMANT, '--document-hash', HASH, '--diagnosed', '2026-11-20', '--region', '2'];
  const onlyOne = await lashou([...base, '--chain-id', '31337'], env);
  assert.equal(onlyOne.code, 1);
  assert.match(onlyOne.stderr, /^error: to sign offline give both --chain-id and --claims/);
  const bad = await lashou([...base, '--chain-id', '0x7a69', '--claims', CLAIMS], env);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^error: --chain-id "0x7a69" is not a chain id: give a positive whole number/);
  // Without them the node is asked, and here it is not there.
  const online = await lashou(base, env);
  assert.equal(online.code, 1);
  assert.match(online.stderr, /^error: cannot reach the RPC endpoint/);
});

test('notary sign --out never follows a symbolic link, even a dangling one', async () => {
  const target = join(dir, 'elsewhere.json');
  const link = join(dir, 'link.json');
  symlinkSync(target, link);
  const r = await lashou(['notary', 'sign', '--claimant', CLAIMANT, '--document-hash', HASH, '--diagnosed', '2026-11-20', '--region', '2', '--chain-id', '31337', '--claims', CLAIMS, '--out', link], env);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^error: .*link\.json already exists/);
  assert.equal(existsSync(target), false);
});
