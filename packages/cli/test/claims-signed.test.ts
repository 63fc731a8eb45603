import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIAGNOSIS_ATTESTATION_KIND, DIAGNOSIS_ATTESTATION_VERSION, createIdentity, joinPool, requestTestTokens, setNotary, type DeployLashouReturnType } from '@lashou/sdk';
import { anvilDevKey, deployLashou, startTestChain, type TestChain } from '@lashou/sdk/node';
import type { Address } from 'viem';
import { assertJsonSchema, assertOneLineError, lashou } from './helpers.js';

// The notary's signature handed to the claimant as a file (notary sign --out, claim file --signed), and --diagnosed
// today: the chain's date, which on a local chain runs ahead of the wall clock.
const UNIT = 1_000_000n;
const DAY = 86_400;
let chain: TestChain;
let d: DeployLashouReturnType;
const dir = mkdtempSync(join(tmpdir(), 'lashou-cli-signed-'));
const deployments = join(dir, 'deployments');
const env = (key: number) => ({ LASHOU_RPC_URL: chain.rpcUrl, LASHOU_DEPLOYMENTS_DIR: deployments, LASHOU_PRIVATE_KEY: anvilDevKey(key) });
const address = (key: number) => chain.dev(key).account.address;

before(async () => {
  chain = await startTestChain();
  d = await deployLashou(chain.dev(0), { deploymentsDir: deployments });
  await setNotary(chain.dev(0), { claims: d.claims as Address, notary: address(1), listed: true });
  for (const k of [6, 7]) {
    await requestTestTokens(chain.dev(k), { token: d.token, amount: 500n * UNIT });
    await joinPool(chain.dev(k), { pool: d.pool, identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: `CHN:E4000000${k}`, name: `Signed ${k}` }).commitment, deposit: 200n * UNIT });
  }
  // 200 days ahead of the wall clock: "today" must be the chain's date, not the computer's.
  await chain.increaseTime(200 * DAY);
  writeFileSync(join(dir, 'diagnosis.txt'), 'Diagnosis: stage II carcinoma. Dr Zhou, 2027.');
  writeFileSync(join(dir, 'other.txt'), 'another document');
});
after(async () => {
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('notary sign --diagnosed today --out, then claim file --signed: the handover checks claimant, document and options', async () => {
  const file = join(dir, 'signed.json');
  const signed = await lashou(['notary', 'sign', '--claimant', address(6), '--document', join(dir, 'diagnosis.txt'), '--diagnosed', 'today', '--region', '2', '--out', file, '--json'], env(1));
  assert.equal(signed.code, 0, signed.stderr);
  const doc = JSON.parse(signed.stdout);
  assertJsonSchema(doc, 6);
  const { timestamp } = await chain.dev(0).getBlock();
  assert.equal(doc.diagnosedAt, Number(timestamp - (timestamp % 86_400n)), "today is the chain's UTC date at midnight");
  assert.ok(doc.diagnosedAt > Date.now() / 1000 + 150 * DAY, 'the chain runs 200 days ahead of the wall clock');
  // The web app's notary page gives the same file (the SDK's attestation format), so either side can hand it over.
  const written = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual([written.kind, written.version, written.signature, written.region, written.diagnosedAt], [DIAGNOSIS_ATTESTATION_KIND, DIAGNOSIS_ATTESTATION_VERSION, doc.signature, 2, String(doc.diagnosedAt)]);
  // Never overwritten.
  assertOneLineError(await lashou(['notary', 'sign', '--claimant', address(6), '--document', join(dir, 'diagnosis.txt'), '--diagnosed', 'today', '--region', '2', '--out', file], env(1)), /signed\.json already exists: choose another file with --out/);

  assertOneLineError(await lashou(['claim', 'file', '--signed', file, '--document', join(dir, 'diagnosis.txt'), '--amount', '10', '--yes'], env(7)), /was signed for the claimant 0x[0-9a-fA-F]{40}, not for your address .*: file it with the claimant's key/);
  assertOneLineError(await lashou(['claim', 'file', '--signed', file, '--document', join(dir, 'other.txt'), '--amount', '10', '--yes'], env(6)), /the document's hash 0x[0-9a-f]{64} is not the one the notary signed .*: give the same document the notary signed/);
  assertOneLineError(await lashou(['claim', 'file', '--signed', file, '--region', '3', '--amount', '10', '--yes'], env(6)), /already gives the region: leave out --region/);
  assertOneLineError(await lashou(['claim', 'file', '--document', join(dir, 'diagnosis.txt'), '--amount', '10', '--yes'], env(6)), /missing --diagnosed, --region, --notary, --signature: give the notary's signed file with --signed <file>/);
  writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), region: 0 }));
  assertOneLineError(await lashou(['claim', 'file', '--signed', join(dir, 'broken.json'), '--amount', '10', '--yes'], env(6)), /broken\.json \(--signed\): region is not a region code from 1 to 65535/);
  // A field edited after signing (the claimant choosing another region) is caught before any gas is spent.
  writeFileSync(join(dir, 'edited.json'), JSON.stringify({ ...written, region: 3 }));
  assertOneLineError(await lashou(['claim', 'file', '--signed', join(dir, 'edited.json'), '--amount', '10', '--yes'], env(6)), /edited\.json \(--signed\): its signature is not the notary 0x[0-9a-fA-F]{40}'s over the claimant, document, date and region it holds/);
  writeFileSync(join(dir, 'v1.json'), JSON.stringify({ ...written, version: 1 }));
  assertOneLineError(await lashou(['claim', 'file', '--signed', join(dir, 'v1.json'), '--amount', '10', '--yes'], env(6)), /v1\.json \(--signed\) was signed before the notary's statement covered the region.*ask the notary to sign again$/);

  const filed = await lashou(['claim', 'file', '--signed', file, '--document', join(dir, 'diagnosis.txt'), '--amount', '10', '--yes', '--json'], env(6));
  assert.equal(filed.code, 0, filed.stderr);
  const claim = JSON.parse(filed.stdout);
  assertJsonSchema(claim, 6);
  assert.deepEqual([claim.claimId, claim.region, claim.diagnosedAt, claim.notary, claim.amountBaseUnits], ['1', 2, doc.diagnosedAt, address(1), '10000000']);
  // The signed file alone (its document hash is in it) reaches the contract, which refuses a second open claim.
  assertOneLineError(await lashou(['claim', 'file', '--signed', file, '--amount', '5', '--yes'], env(6)), /already has open claim 1: one claim at a time/);
});
