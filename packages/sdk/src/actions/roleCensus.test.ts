import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Address, type Hex, getAddress, zeroAddress } from 'viem';
import { InvalidInputError, deployLashou, deployerPowers, getRoleCensus, type RoleHolding } from '../index.js';
import { startTestChain, type TestChain } from '../node/index.js';

const sorted = (holdings: RoleHolding[]) => holdings.map((h) => `${h.contract} ${h.role} ${h.holder}`).sort();

describe('who holds what after deployLashou (getRoleCensus), on anvil', () => {
  let chain: TestChain;
  // Roles: 0 deployer, 5 governance multisig, 6 operator multisig, 9 stands in for a VRF coordinator.
  const deployer = () => chain.dev(0);
  const governance = () => chain.dev(5).account.address;
  const operator = () => chain.dev(6).account.address;

  before(async () => {
    chain = await startTestChain();
  });
  after(async () => {
    await chain?.stop();
  });

  test('with the default options and named timelockAdmin and operator, the deployer keeps nothing', async () => {
    const d = await deployLashou(deployer(), { timelockAdmin: governance(), operator: operator() });
    const { holdings, deployerHoldings } = await getRoleCensus(deployer(), { deployment: d });
    assert.deepEqual(deployerHoldings, []);
    const timelock = d.timelock as Address;
    assert.deepEqual(
      sorted(holdings),
      sorted([
        { contract: 'timelock', address: timelock, role: 'DEFAULT_ADMIN_ROLE', holder: timelock },
        { contract: 'timelock', address: timelock, role: 'PROPOSER_ROLE', holder: governance() },
        { contract: 'timelock', address: timelock, role: 'CANCELLER_ROLE', holder: governance() },
        { contract: 'timelock', address: timelock, role: 'EXECUTOR_ROLE', holder: zeroAddress },
        { contract: 'pool', address: d.pool, role: 'DEFAULT_ADMIN_ROLE', holder: timelock },
        { contract: 'pool', address: d.pool, role: 'GOVERNOR_ROLE', holder: timelock },
        { contract: 'pool', address: d.pool, role: 'CLAIMS_ROLE', holder: d.claims as Address },
        { contract: 'pool', address: d.pool, role: 'CREDITOR_ROLE', holder: d.claims as Address },
        { contract: 'pool', address: d.pool, role: 'CREDITOR_ROLE', holder: d.reports as Address },
        { contract: 'registry', address: d.registry as Address, role: 'DEFAULT_ADMIN_ROLE', holder: timelock },
        { contract: 'registry', address: d.registry as Address, role: 'CLAIMS_ROLE', holder: d.claims as Address },
        { contract: 'randomness', address: d.randomness as Address, role: 'DEFAULT_ADMIN_ROLE', holder: timelock },
        { contract: 'randomness', address: d.randomness as Address, role: 'CONSUMER_ROLE', holder: d.claims as Address },
        { contract: 'claimParameters', address: d.claimParameters as Address, role: 'DEFAULT_ADMIN_ROLE', holder: timelock },
        { contract: 'claimParameters', address: d.claimParameters as Address, role: 'GOVERNOR_ROLE', holder: timelock },
        { contract: 'claims', address: d.claims as Address, role: 'DEFAULT_ADMIN_ROLE', holder: timelock },
        { contract: 'claims', address: d.claims as Address, role: 'OPERATOR_ROLE', holder: operator() },
        { contract: 'claims', address: d.claims as Address, role: 'REPORTS_ROLE', holder: d.reports as Address },
        { contract: 'reports', address: d.reports as Address, role: 'DEFAULT_ADMIN_ROLE', holder: timelock },
        { contract: 'reports', address: d.reports as Address, role: 'OPERATOR_ROLE', holder: operator() },
      ]),
    );
    // The timelock got its real delay in the seal.
    const delay = await deployer().readContract({ address: timelock, abi: [{ type: 'function', name: 'getMinDelay', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint256' }] }], functionName: 'getMinDelay' });
    assert.equal(delay, BigInt(d.parameters.governanceDelay));
  });

  test('the VRF variant: the Chainlink ownership ends with the timelock, nothing with the deployer', async () => {
    const d = await deployLashou(deployer(), {
      timelockAdmin: governance(), operator: operator(),
      randomness: { kind: 'vrf', coordinator: chain.dev(9).account.address, keyHash: `0x${'ab'.repeat(32)}` as Hex, subscriptionId: 1n },
    });
    assert.equal(d.randomnessKind, 'vrf');
    const { holdings, deployerHoldings } = await getRoleCensus(deployer(), { deployment: d });
    assert.deepEqual(deployerHoldings, []);
    const source = holdings.filter((h) => h.contract === 'randomness');
    assert.deepEqual(sorted(source), sorted([
      { contract: 'randomness', address: d.randomness as Address, role: 'owner', holder: d.timelock as Address },
      { contract: 'randomness', address: d.randomness as Address, role: 'DEFAULT_ADMIN_ROLE', holder: d.timelock as Address },
      { contract: 'randomness', address: d.randomness as Address, role: 'CONSUMER_ROLE', holder: d.claims as Address },
    ]));
    assert.equal(source.some((h) => h.role === 'pendingOwner'), false);
  });

  test('a local deployment without names leaves governance and the operator role with the deployer, and the census says so', async () => {
    const d = await deployLashou(deployer());
    const me = getAddress(deployer().account.address);
    const { deployerHoldings } = await getRoleCensus(deployer(), { deployment: d });
    assert.deepEqual(sorted(deployerHoldings), sorted([
      { contract: 'timelock', address: d.timelock as Address, role: 'PROPOSER_ROLE', holder: me },
      { contract: 'timelock', address: d.timelock as Address, role: 'CANCELLER_ROLE', holder: me },
      { contract: 'claims', address: d.claims as Address, role: 'OPERATOR_ROLE', holder: me },
      { contract: 'reports', address: d.reports as Address, role: 'OPERATOR_ROLE', holder: me },
    ]));
    // Naming the deployer itself is no better than naming nobody.
    assert.equal(deployerPowers({ timelockAdmin: me.toLowerCase() as Address, operator: governance() }, me).length, 1);
    assert.deepEqual(deployerPowers({ timelockAdmin: governance(), operator: operator() }, me), []);
  });
});

describe('deployLashou on a chain that is not local (anvil as Sepolia, chain 11155111)', () => {
  let chain: TestChain;
  before(async () => {
    chain = await startTestChain({ chainId: 11_155_111 });
  });
  after(async () => {
    await chain?.stop();
  });

  test('refuses, before sending anything, to leave a power with the deploying key; deploys once the multisigs are named', async () => {
    const deployer = chain.dev(0);
    const me = deployer.account.address;
    const before = await deployer.getTransactionCount({ address: me });
    for (const parameters of [{}, { operator: chain.dev(6).account.address }, { timelockAdmin: me, operator: chain.dev(6).account.address }]) {
      await assert.rejects(deployLashou(deployer, parameters), (error: unknown) => {
        assert.ok(error instanceof InvalidInputError);
        assert.equal(error.code, 'deploy.deployerPowers');
        assert.match(error.shortMessage, new RegExp(`would leave powers with the deploying key ${me} on chain 11155111: .*PROPOSER_ROLE and CANCELLER_ROLE \\(name timelockAdmin\\)`));
        return true;
      });
    }
    assert.equal(await deployer.getTransactionCount({ address: me }), before, 'nothing was sent');
    const d = await deployLashou(deployer, { timelockAdmin: chain.dev(5).account.address, operator: chain.dev(6).account.address });
    assert.equal(d.chainId, 11_155_111);
    assert.deepEqual((await getRoleCensus(deployer, { deployment: d })).deployerHoldings, []);
  });
});
