import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createWalletClient, http, recoverTypedDataAddress } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { diagnosisDomain, diagnosisTypes, signDiagnosis } from './signDiagnosis.js';

const notary = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
const claims = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const claimant = '0x276F783557213701Fb4421c359c476BF0D474733';
const documentHash = `0x${'4f'.repeat(32)}` as const;

test('signDiagnosis with a chain id and a local account signs offline: no request reaches the node', async () => {
  let requests = 0;
  // A transport that counts every request and fails it, as a node that is not there.
  const offline = createWalletClient({
    account: notary,
    transport: http('http://127.0.0.1:9', { retryCount: 0, timeout: 500, onFetchRequest: () => void requests++ }),
  });
  const { signature, notary: signer } = await signDiagnosis(offline, { claims, claimant, documentHash, diagnosedAt: 1_764_000_000n, region: 3, chainId: 31337 });
  assert.equal(requests, 0);
  assert.equal(signer, notary.address);
  const recovered = await recoverTypedDataAddress({
    domain: diagnosisDomain(31337, claims), types: diagnosisTypes, primaryType: 'Diagnosis',
    message: { claimant, documentHash, diagnosedAt: 1_764_000_000n, region: 3n }, signature,
  });
  assert.equal(recovered, notary.address);
  // Without a chain id it must ask the node, which is not there.
  await assert.rejects(signDiagnosis(offline, { claims, claimant, documentHash, diagnosedAt: 1_764_000_000n, region: 3 }));
  assert.ok(requests > 0);
});

test('signDiagnosis refuses a chain id that is not a positive whole number', async () => {
  const offline = createWalletClient({ account: notary, transport: http('http://127.0.0.1:9', { retryCount: 0 }) });
  await assert.rejects(signDiagnosis(offline, { claims, claimant, documentHash, diagnosedAt: 1n, region: 3, chainId: 0 }), /chain id 0 must be a positive whole number/);
});
