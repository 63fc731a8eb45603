import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeParse } from 'zod/mini';
import { runtimeConfigSchema } from './config.ts';

const base = {
  chainId: 31337,
  rpcUrl: 'http://127.0.0.1:8545',
  apiUrl: 'http://127.0.0.1:42069',
  deployment: {
    pool: '0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0',
    token: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
    claims: '0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6',
    reports: '0x8A791620dd6260079BF849Dc5567aDC3F2FdC318',
    registry: '0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9',
  },
};
const devAccount = {
  label: '#0 Operator',
  address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  privateKey: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
};

test('the runtime configuration is checksummed and defaulted', () => {
  const parsed = safeParse(runtimeConfigSchema, { ...base, devAccounts: [devAccount] });
  assert.ok(parsed.success);
  assert.equal(parsed.data.deployment.pool, '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0');
  assert.equal(parsed.data.chainName, 'Lashou');
  assert.equal(parsed.data.deployment.testToken, false);
});

test('dev accounts are refused off the local chain, and bad fields are named', () => {
  const remote = safeParse(runtimeConfigSchema, { ...base, chainId: 1, devAccounts: [devAccount] });
  assert.ok(!remote.success);
  assert.deepEqual(remote.error.issues.map((i) => i.path.join('.')), ['devAccounts']);
  const bad = safeParse(runtimeConfigSchema, { ...base, deployment: { ...base.deployment, pool: '0x12' }, rpcUrl: 'not a url' });
  assert.ok(!bad.success);
  assert.deepEqual(bad.error.issues.map((i) => i.path.join('.')).sort(), ['deployment.pool', 'rpcUrl']);
});
