import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildContracts, generatedFile, renderGenerated } from '../scripts/generate.mjs';
import { contracts, hintHelpersAbi, mutualPoolAbi, parseDeployment, type Deployment } from '../src/index.js';
import { loadDeployment, saveDeployment } from '../src/node.js';

test('src/generated.ts matches the compiled contracts (run `npm run generate -w @lashou/abi` if not)', () => {
  // Always build: incremental when nothing changed, and a changed contract must make this test fail.
  buildContracts();
  const fresh = renderGenerated();
  const committed = readFileSync(generatedFile, 'utf8');
  assert.ok(committed.startsWith('// generated — do not edit'), 'generated.ts lost its header');
  assert.equal(committed, fresh, 'src/generated.ts is stale: run `npm run generate -w @lashou/abi` and commit it');
});

test('every deployable contract has an ABI and creation bytecode', () => {
  assert.deepEqual(Object.keys(contracts).sort(), [
    'ClaimParameters', 'ClaimPayouts', 'ClaimReviews', 'ClaimWitnesses', 'ClaimsManager', 'FraudReports', 'HintHelpers', 'MutualPool', 'PrevrandaoSource',
    'TestStablecoin', 'TimelockController', 'VrfSource', 'WitnessRegistry',
  ]);
  // Stateless contracts need no constructor: the linked libraries, and the read-only HintHelpers.
  const stateless = new Set(['ClaimWitnesses', 'ClaimReviews', 'ClaimPayouts', 'HintHelpers']);
  for (const [name, { abi, bytecode }] of Object.entries(contracts)) {
    // ClaimsManager (and ClaimReviews) carry link placeholders (__$<34 hex>$__) until deployLashou links them.
    assert.match(bytecode, /^0x([0-9a-f]|__\$[0-9a-f]{34}\$__){200,}$/, `${name} bytecode`);
    if (!stateless.has(name)) assert.ok(abi.some((item) => item.type === 'constructor'), `${name} has a constructor`);
  }
  assert.equal(new Set(contracts.ClaimsManager.bytecode.match(/__\$[0-9a-f]{34}\$__/g)).size, 3, 'ClaimsManager links its three libraries');
  assert.match(contracts.ClaimReviews.bytecode, /__\$[0-9a-f]{34}\$__/, 'ClaimReviews links ClaimWitnesses');
  assert.ok(mutualPoolAbi.some((item) => item.type === 'error' && item.name === 'SortedMembersHintTooFar'));
  assert.ok(hintHelpersAbi.some((item) => item.type === 'function' && item.name === 'findInsertPosition' && item.stateMutability === 'view'));
  assert.ok(hintHelpersAbi.some((item) => item.type === 'error' && item.name === 'HintHelpersNotAPool'));
});

const sample: Deployment = {
  chainId: 31337,
  token: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  testToken: true,
  pool: '0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9',
  timelock: '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512',
  blockNumber: 3,
  parameters: { epochLength: 1209600, waitingPeriod: 7776000, minimumBalance: '10000000', governanceDelay: 1814400 },
  deployer: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  deployedAt: '2026-11-28T00:00:00.000Z',
};

test('address books round-trip and name the broken field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lashou-abi-'));
  try {
    const path = saveDeployment(sample, dir);
    assert.deepEqual(loadDeployment(31337, dir), sample);
    assert.throws(() => loadDeployment(1, dir), /no Lashou deployment for chain 1/);
    writeFileSync(path, JSON.stringify({ ...sample, pool: '0x1234' }));
    assert.throws(() => loadDeployment(31337, dir), /pool must be a 0x-prefixed 20-byte address/);
    writeFileSync(path, '{not json');
    assert.throws(() => loadDeployment(31337, dir), /is not valid JSON/);
    assert.throws(() => parseDeployment({ ...sample, chainId: -1 }), /chainId must be a positive integer/);
    const withHelpers = { ...sample, hintHelpers: '0x5FC8d32690cc91D4c39d9d3abcBD16989F875707' as const };
    assert.deepEqual(parseDeployment(withHelpers), withHelpers);
    assert.throws(() => parseDeployment({ ...sample, hintHelpers: 'HintHelpers' }), /hintHelpers must be a 0x-prefixed 20-byte address/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the default address book folder is the repository deployments/', async () => {
  const { defaultDeploymentsDir } = await import('../src/node.js');
  const { fileURLToPath } = await import('node:url');
  assert.equal(defaultDeploymentsDir, fileURLToPath(new URL('../../../deployments', import.meta.url)));
});
