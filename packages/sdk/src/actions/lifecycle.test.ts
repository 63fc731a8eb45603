import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { mutualPoolAbi } from '@lashou/abi';
import { loadDeployment } from '@lashou/abi/node';
import type { Address } from 'viem';
import {
  LashouContractError, NoContractCodeError, describeError, claimPayout, createIdentity, creditMembers, getMember, getPool, joinPool,
  joinPoolWithPermit, processLapses, queuePayment, requestExit, requestTestTokens, settleEpoch, topUpBalance, withdrawBalance, type LashouError,
} from '../index.js';
import { deployLashou, startTestChain, type TestChain } from '../node/index.js';

const UNIT = 1_000_000n; // tUSD has 6 decimals
const EPOCH = 14n * 86_400n;
const commitments = new Map<number, `0x${string}`>();
/** One commitment per person number (each createIdentity draws a fresh salt, so remember them). */
const identity = (n: number) => {
  if (!commitments.has(n)) commitments.set(n, createIdentity({ docType: 'PASSPORT', idNumber: `CHN:E${String(10_000_000 + n)}`, name: `Member ${n}` }).commitment);
  return commitments.get(n) as `0x${string}`;
};

async function rejects(promise: Promise<unknown>, errorName: string, message: RegExp) {
  await assert.rejects(promise, (error: LashouError) => {
    assert.ok(error instanceof LashouContractError, `expected a LashouContractError, got ${error?.name}: ${error?.message}`);
    assert.equal(error.errorName, errorName);
    assert.match(error.shortMessage, message);
    return true;
  });
}

async function sortedKeys(chain: TestChain, pool: Address): Promise<bigint[]> {
  const client = chain.dev(0);
  const [head] = await client.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'sortedMembers' });
  const keys: bigint[] = [];
  for (let id = head; id !== 0; ) {
    const record = await client.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'memberRecord', args: [id] });
    keys.push(BigInt(record.key));
    id = record.next;
  }
  return keys;
}

describe('pool lifecycle through the SDK, on anvil', () => {
  let chain: TestChain;
  let pool: Address;
  let token: Address;
  const dir = mkdtempSync(join(tmpdir(), 'lashou-sdk-'));
  // Roles: 0 deployer, 1 claims helper (CLAIMS_ROLE), 2 creditor, 3–6 members a–d.
  const deployer = () => chain.dev(0);
  const claims = () => chain.dev(1);
  const creditor = () => chain.dev(2);
  const [a, b, c, d] = [3, 4, 5, 6].map((i) => () => chain.dev(i)) as [() => ReturnType<TestChain['dev']>, () => ReturnType<TestChain['dev']>, () => ReturnType<TestChain['dev']>, () => ReturnType<TestChain['dev']>];

  before(async () => {
    chain = await startTestChain();
  });
  after(async () => {
    await chain?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('deployLashou deploys token, timelock and pool and writes the address book', async () => {
    // The defaults: a 37-day exit notice (announcement + investigation windows) and a governance delay that covers
    // it, one epoch, one day of settlement slack and one second, plus a day.
    const defaults = await deployLashou(deployer());
    const DAY = 86_400n;
    assert.equal(defaults.parameters.exitNotice, Number(37n * DAY));
    assert.equal(defaults.parameters.governanceDelay, Number(37n * DAY + EPOCH + DAY + 1n + DAY));
    const defaultPool = await getPool(deployer(), { pool: defaults.pool });
    assert.equal(defaultPool.parameters.exitNotice, 37n * DAY);
    assert.equal(defaultPool.parameters.governanceDelayRequired, 37n * DAY + EPOCH + DAY + 1n);
    // The pool below: a one-day exit notice (the claim windows shortened to fit under it), so an exit is settled
    // with the epoch it is asked in.
    const deployment = await deployLashou(deployer(), {
      claimsOperator: claims().account.address, creditor: creditor().account.address, deploymentsDir: dir,
      exitNotice: DAY, claimParameters: { AnnouncementWindow: DAY / 2n, InvestigationWindow: DAY / 2n },
    });
    ({ pool, token } = deployment);
    assert.ok(deployment.path && existsSync(deployment.path));
    assert.equal(loadDeployment(31337, dir).pool, pool);
    assert.equal(deployment.testToken, true);
    const state = await getPool(deployer(), { pool });
    assert.equal(state.parameters.minimumBalance, 10n * UNIT);
    assert.equal(state.token.symbol, 'tUSD');
  });

  test('deployLashou refuses a stablecoin address with no code, and a delay that does not cover exit notice, epoch and slack', async () => {
    await assert.rejects(deployLashou(deployer(), { token: '0x000000000000000000000000000000000000dEaD' }), (e: Error) => e instanceof NoContractCodeError && /no contract at 0x000000000000000000000000000000000000dEaD on chain 31337/.test(e.message));
    await assert.rejects(deployLashou(deployer(), { governanceDelay: EPOCH }), /governance delay 1209600 s must be at least the exit notice 3196800 s \+ the epoch 1209600 s \+ one day of settlement slack \+ 1 s = 4492801 s/);
    // One second short of the bound is refused; the bound itself is accepted by the SDK and by the pool.
    const required = 37n * 86_400n + EPOCH + 86_400n + 1n;
    await assert.rejects(deployLashou(deployer(), { governanceDelay: required - 1n }), /must be at least/);
    const tight = await deployLashou(deployer(), { governanceDelay: required });
    assert.equal(tight.parameters.governanceDelay, Number(required));
  });

  test('members join (approve + join, and permit) with hints that keep the list sorted', async () => {
    for (const member of [a(), b(), c(), d()]) await requestTestTokens(member, { token, amount: 1_000n * UNIT });
    const joinedA = await joinPool(a(), { pool, identityCommitment: identity(1), deposit: 100n * UNIT });
    assert.ok(joinedA.approvalHash, 'an approval was needed');
    assert.equal(joinedA.memberId, 1);
    const joinedB = await joinPoolWithPermit(b(), { pool, identityCommitment: identity(2), deposit: 12n * UNIT });
    assert.equal(joinedB.memberId, 2);
    await joinPool(c(), { pool, identityCommitment: identity(3), deposit: 50n * UNIT });
    await joinPool(d(), { pool, identityCommitment: identity(4), deposit: 30n * UNIT });
    assert.deepEqual(await sortedKeys(chain, pool), [12n, 30n, 50n, 100n].map((v) => v * UNIT));
    const member = await getMember(chain.dev(0), { pool, member: a().account.address });
    assert.equal(member.status, 'Waiting');
    assert.equal(member.balance, 100n * UNIT);
    assert.ok(member.coverageStart > 0n);
    assert.equal(member.maxChargeBeforeExit, 10n * UNIT);
  });

  test('top-up moves a member in the sorted list', async () => {
    const { balance } = await topUpBalance(c(), { pool, amount: 60n * UNIT });
    assert.equal(balance, 110n * UNIT);
    assert.deepEqual(await sortedKeys(chain, pool), [12n, 30n, 100n, 110n].map((v) => v * UNIT));
  });

  test('contract errors come back as actionable messages in token units', async () => {
    await rejects(joinPool(b(), { pool, identityCommitment: identity(99), deposit: 20n * UNIT }), 'PoolAlreadyMember', /already has a membership/);
    // dev 7 has no tokens: the SDK refuses before sending anything, naming the shortfall.
    await assert.rejects(joinPool(chain.dev(7), { pool, identityCommitment: identity(7), deposit: 20n * UNIT }), /holds 0\.00 tUSD but 20\.00 tUSD is needed: get at least 20\.00 tUSD more/);
    // A pool refusal is reported before the funding check.
    // A used commitment names who holds it: this person is already a member, and one person joins once.
    const member1 = a().account.address;
    await rejects(
      joinPool(chain.dev(7), { pool, identityCommitment: identity(1), deposit: 20n * UNIT }), 'PoolCommitmentUsed',
      new RegExp(`^this person is already a member: identity commitment 0x[0-9a-f]{64} joined as member #1 \\(${member1}\\), now Waiting, and one person joins once: keep using that membership`),
    );
    await rejects(joinPoolWithPermit(a(), { pool, identityCommitment: identity(1), deposit: 20n * UNIT }), 'PoolCommitmentUsed', /joined as member #1 \(this very address, 0x/);
    const used = await joinPool(chain.dev(7), { pool, identityCommitment: identity(1), deposit: 20n * UNIT }).catch((e: unknown) => e);
    assert.doesNotMatch(describeError(used, { locale: 'en' }), /new salt/);
    assert.match(describeError(used, { locale: 'zh-CN' }), /此人已经是会员.*1 号会员.*每人只能加入一次/);
    await requestTestTokens(chain.dev(7), { token, amount: 100n * UNIT });
    await rejects(joinPool(chain.dev(7), { pool, identityCommitment: identity(7), deposit: 9_500_000n }), 'PoolBelowMinimumBalance', /balance 9\.50 tUSD is below the 10\.00 tUSD minimum: top up at least 0\.50 tUSD/);
    await rejects(settleEpoch(chain.dev(8), { pool }), 'PoolEpochNotEnded', /epoch 0 ends at \d{4}-\d\d-\d\dT/);
    await rejects(queuePayment(a(), { pool, claimId: 1n, recipient: a().account.address, amount: UNIT }), 'AccessControlUnauthorizedAccount', /does not hold CLAIMS_ROLE/);
    await rejects(withdrawBalance(a(), { pool }), 'PoolNotMember', /active member \(Waiting\): request exit first/);
    // The pool's refusal comes before the funding check: a stranger without tokens learns they are no member.
    await rejects(topUpBalance(chain.dev(9), { pool, amount: 5n * UNIT }), 'PoolNotMember', /is not a member of this pool: join first/);
    await rejects(requestTestTokens(chain.dev(8), { token, amount: 200_000n * UNIT }), 'TestStablecoinFaucetLimit', /at most 100000\.00 tUSD per call/);
  });

  test('exit, a claim charged at settlement, a lapse, a withdrawal', async () => {
    const { exitEpoch } = await requestExit(d(), { pool });
    assert.equal(exitEpoch, 0n);
    await rejects(withdrawBalance(d(), { pool }), 'PoolExitNotSettled', /when epoch 0 is settled/);
    const queued = await queuePayment(claims(), { pool, claimId: 1n, recipient: a().account.address, amount: 20n * UNIT });
    assert.equal(queued.epoch, 0n);
    await chain.increaseTime(EPOCH);
    const before = await getPool(chain.dev(8), { pool });
    assert.equal(before.epoch.settleable, true);
    const settled = await settleEpoch(chain.dev(8), { pool });
    assert.equal(settled.members, 4n);
    assert.equal(settled.share, 5n * UNIT);
    assert.equal(settled.collected, 20n * UNIT);
    assert.equal(settled.payments[0]?.recipient, a().account.address);
    const lapses = await processLapses(chain.dev(8), { pool });
    assert.equal(lapses.lapsed, 1);
    const lapsed = await getMember(chain.dev(8), { pool, member: b().account.address });
    assert.equal(lapsed.status, 'Lapsed');
    assert.equal(lapsed.balance, 7n * UNIT);
    const { amount } = await withdrawBalance(d(), { pool });
    assert.equal(amount, 25n * UNIT);
    assert.equal((await getMember(chain.dev(8), { pool, member: d().account.address })).status, 'Exited');
  });

  test('a lapsed member tops up and rejoins; credits reach every active member', async () => {
    const topUp = await topUpBalance(b(), { pool, amount: 10n * UNIT });
    assert.equal(topUp.rejoined, true);
    assert.equal(topUp.balance, 17n * UNIT);
    await requestTestTokens(creditor(), { token, amount: 30n * UNIT });
    const credit = await creditMembers(creditor(), { pool, amount: 30n * UNIT, reason: 'RECOVERY', refId: 1n });
    assert.equal(credit.members, 3n);
    assert.equal(credit.perMember, 10n * UNIT);
    assert.equal((await getMember(chain.dev(8), { pool, member: b().account.address })).balance, 27n * UNIT);
    await rejects(claimPayout(a(), { pool }), 'PoolNothingToClaim', /nothing to claim/);
  });

  test('conservation: the pool holds exactly member funds + reserve + unclaimed payouts', async () => {
    const state = await getPool(chain.dev(8), { pool });
    assert.equal(state.tokenBalance, state.memberFunds + state.reserve + state.unclaimedPayouts);
    assert.equal(state.activeMembers, 3n);
    assert.equal(state.epoch.nextToSettle, 1n);
  });

  test('hints stay right with many members joining and topping up in random order', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    const deployment = await deployLashou(deployer());
    const members = Array.from({ length: 30 }, (_, i) => chain.dev(10 + i));
    // anvil starts with 10 accounts: fund 30 fresh keys with ETH through anvil_setBalance.
    for (const member of members) {
      await deployer().request({ method: 'anvil_setBalance' as never, params: [member.account.address, '0x56BC75E2D63100000'] as never });
      await requestTestTokens(member, { token: deployment.token, amount: 1_000n * UNIT });
      await joinPool(member, { pool: deployment.pool, identityCommitment: identity(1000 + random()), deposit: BigInt(10 + (random() % 400)) * UNIT });
    }
    for (const member of members.slice(0, 10)) await topUpBalance(member, { pool: deployment.pool, amount: BigInt(1 + (random() % 300)) * UNIT });
    const keys = await sortedKeys(chain, deployment.pool);
    assert.equal(keys.length, 30);
    assert.deepEqual(keys, [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  });
});
