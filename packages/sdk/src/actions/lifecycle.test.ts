import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { mutualPoolAbi } from '@lashou/abi';
import { loadDeployment } from '@lashou/abi/node';
import { type Address, createWalletClient, http, maxUint256 } from 'viem';
import { privateKeyToAccount, toAccount } from 'viem/accounts';
import {
  InvalidInputError, LashouContractError, NoContractCodeError, TokenRefusedError, approveToken, createIdentity, creditMembers, describeError, formatAmount,
  getMember, getPermitSupport, getPool, joinPool, joinPoolWithPermit, processLapses, queuePayment, requestExit, requestTestTokens, settleEpoch,
  toLashouError, topUpBalance, withdrawBalance, type LashouError,
} from '../index.js';
import { deployLashou, startTestChain, type TestChain } from '../node/index.js';
import { anvilDevKey } from '../node/devAccounts.js';
import { STABLECOIN_KINDS, type StablecoinKind, type TestStablecoin, deployCallForwarder, deployStablecoin } from '../node/stablecoinDoubles.js';

const DAY = 86_400n;
const EPOCH = 14n * DAY;
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

/** Rejects with an SDK error of `code` whose message matches. */
async function rejectsWith(promise: Promise<unknown>, code: string, message: RegExp): Promise<LashouError> {
  let caught: LashouError | undefined;
  await assert.rejects(promise, (error: LashouError) => {
    assert.equal(error?.code, code, `expected ${code}, got ${error?.name} ${error?.code}: ${error?.message}`);
    assert.match(error.shortMessage, message);
    caught = error;
    return true;
  });
  return caught!;
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

/**
 * What differs between the tokens the pool runs on; everything else is one test body. `permit`: how
 * joinPoolWithPermit authorises the deposit; `source`: where the permit domain comes from; `allowanceRefusal`: the
 * SDK error code of the token's own refusal of a transfer without allowance (OpenZeppelin's custom error, USDC's and
 * DAI's reason strings, USDT's empty revert).
 */
const TOKENS: Record<StablecoinKind, { permit: 'eip2612' | 'allow' | 'approve'; source?: 'eip5267' | 'name-version'; allowanceRefusal: string; said?: RegExp }> = {
  test: { permit: 'eip2612', source: 'eip5267', allowanceRefusal: 'ERC20InsufficientAllowance' },
  usdc: { permit: 'eip2612', source: 'name-version', allowanceRefusal: 'token.insufficientAllowance', said: /"ERC20: transfer amount exceeds allowance"/ },
  usdt: { permit: 'approve', allowanceRefusal: 'token.noReason', said: /without giving a reason/ },
  dai: { permit: 'allow', source: 'name-version', allowanceRefusal: 'token.insufficientAllowance', said: /"Dai\/insufficient-allowance"/ },
};

describe('pool lifecycle through the SDK, on anvil', () => {
  let chain: TestChain;
  const dir = mkdtempSync(join(tmpdir(), 'lashou-sdk-'));
  const deployer = () => chain.dev(0);

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
    const defaults = await deployLashou(deployer(), { deploymentsDir: dir });
    assert.equal(defaults.parameters.exitNotice, Number(37n * DAY));
    assert.equal(defaults.parameters.governanceDelay, Number(37n * DAY + EPOCH + DAY + 1n + DAY));
    assert.ok(defaults.path && existsSync(defaults.path));
    assert.equal(loadDeployment(31337, dir).pool, defaults.pool);
    assert.equal(defaults.testToken, true);
    const state = await getPool(deployer(), { pool: defaults.pool });
    assert.equal(state.parameters.exitNotice, 37n * DAY);
    assert.equal(state.parameters.governanceDelayRequired, 37n * DAY + EPOCH + DAY + 1n);
    assert.equal(state.parameters.minimumBalance, 10_000_000n);
    assert.equal(state.token.symbol, 'tUSD');
    await rejects(requestTestTokens(chain.dev(8), { token: defaults.token, amount: 200_000_000_000n }), 'TestStablecoinFaucetLimit', /at most 100000\.00 tUSD per call/);
  });

  test('deployLashou refuses a stablecoin address with no code, and a delay that does not cover exit notice, epoch and slack', async () => {
    await assert.rejects(deployLashou(deployer(), { token: '0x000000000000000000000000000000000000dEaD' }), (e: Error) => e instanceof NoContractCodeError && /no contract at 0x000000000000000000000000000000000000dEaD on chain 31337/.test(e.message));
    await assert.rejects(deployLashou(deployer(), { governanceDelay: EPOCH }), /governance delay 1209600 s must be at least the exit notice 3196800 s \+ the epoch 1209600 s \+ one day of settlement slack \+ 1 s = 4492801 s/);
    // One second short of the bound is refused; the bound itself is accepted by the SDK and by the pool.
    const required = 37n * DAY + EPOCH + DAY + 1n;
    await assert.rejects(deployLashou(deployer(), { governanceDelay: required - 1n }), /must be at least/);
    const tight = await deployLashou(deployer(), { governanceDelay: required });
    assert.equal(tight.parameters.governanceDelay, Number(required));
  });

  // One body, run on the project's test stablecoin and on the doubles of USDC, USDT and DAI.
  for (const kind of STABLECOIN_KINDS) {
    const expected = TOKENS[kind];
    describe(`members on ${kind}`, () => {
      let coin: TestStablecoin;
      let pool: Address;
      let UNIT: bigint;
      const fmt = (units: bigint) => formatAmount(units, { decimals: coin.decimals, symbol: coin.symbol });
      // Roles: 1 claims helper (CLAIMS_ROLE), 2 creditor, 3–6 members a–d; 7–9 strangers.
      const claims = () => chain.dev(1);
      const creditor = () => chain.dev(2);
      const [a, b, c, d] = [3, 4, 5, 6].map((i) => () => chain.dev(i)) as [() => ReturnType<TestChain['dev']>, () => ReturnType<TestChain['dev']>, () => ReturnType<TestChain['dev']>, () => ReturnType<TestChain['dev']>];
      const allowanceOf = (owner: Address) => deployer().readContract({ address: coin.address, abi: coin.abi, functionName: 'allowance', args: [owner, pool] }) as Promise<bigint>;

      test('the pool on the token, members funded through its own minting', async () => {
        coin = await deployStablecoin(deployer(), kind);
        UNIT = 10n ** BigInt(coin.decimals);
        // A one-day exit notice (the claim windows shortened to fit under it), so an exit is settled with the epoch it is asked in.
        const deployment = await deployLashou(deployer(), {
          token: coin.address, claimsOperator: claims().account.address, creditor: creditor().account.address,
          exitNotice: DAY, claimParameters: { AnnouncementWindow: DAY / 2n, InvestigationWindow: DAY / 2n },
        });
        pool = deployment.pool;
        assert.equal(deployment.testToken, false);
        for (const member of [a(), b(), c(), d()]) await coin.mint(member.account.address, 1_000n * UNIT);
        const state = await getPool(deployer(), { pool });
        assert.equal(state.parameters.minimumBalance, 10n * UNIT);
        assert.deepEqual([state.token.symbol, state.token.decimals], [coin.symbol, coin.decimals]);
        const support = await getPermitSupport(deployer(), { token: coin.address });
        assert.equal(support.kind, expected.permit === 'approve' ? 'none' : expected.permit, support.reason);
        assert.equal(support.source, expected.source);
      });

      test('members join with the token\'s permit and with approve + join; hints keep the list sorted', async () => {
        const joinedA = await joinPool(a(), { pool, identityCommitment: identity(1), deposit: 100n * UNIT });
        assert.ok(joinedA.approvalHash, 'an approval was needed');
        assert.equal(joinedA.memberId, 1);
        if (expected.permit === 'approve') {
          // A token without a permit: refused when the caller insists, else approve + join with the reason.
          await rejectsWith(joinPoolWithPermit(b(), { pool, identityCommitment: identity(2), deposit: 12n * UNIT, requirePermit: true }), 'permit.unsupported', new RegExp(`^cannot join with a permit: ${coin.symbol} \\(${coin.address}\\) has no permit .*approve \\+ join instead`));
        }
        const fallbacks: string[] = [];
        const joinedB = await joinPoolWithPermit(b(), { pool, identityCommitment: identity(2), deposit: 12n * UNIT, onPermitFallback: ({ reason }) => fallbacks.push(reason) });
        assert.equal(joinedB.memberId, 2);
        assert.equal(joinedB.method, expected.permit);
        assert.equal(joinedB.unlimitedAllowance, expected.permit === 'allow');
        const allowanceB = await allowanceOf(b().account.address);
        if (expected.permit === 'approve') {
          assert.ok(joinedB.approvalHash);
          assert.equal(fallbacks.length, 1);
          assert.match(joinedB.notice ?? '', /^joined with approve \+ join, not a permit: USDT .* has no permit/);
        } else if (expected.permit === 'allow') {
          // DAI's permit can only grant everything: the result says so.
          assert.equal(allowanceB, maxUint256);
          assert.match(joinedB.notice ?? '', /DAI-style permit can only grant an unlimited allowance.*approve\(0x[0-9a-fA-F]{40}, 0\)/);
        } else {
          assert.equal(allowanceB, 0n, 'an EIP-2612 permit for exactly the deposit, spent by the join');
          assert.equal(joinedB.notice, undefined);
        }
        assert.deepEqual(fallbacks.length, expected.permit === 'approve' ? 1 : 0);
        await joinPool(c(), { pool, identityCommitment: identity(3), deposit: 50n * UNIT });
        await joinPool(d(), { pool, identityCommitment: identity(4), deposit: 30n * UNIT });
        assert.deepEqual(await sortedKeys(chain, pool), [12n, 30n, 50n, 100n].map((v) => v * UNIT));
        const member = await getMember(deployer(), { pool, member: a().account.address });
        assert.equal(member.status, 'Waiting');
        assert.equal(member.balance, 100n * UNIT);
        assert.equal(member.maxChargeBeforeExit, 10n * UNIT);
      });

      test('a top-up without a prior approval; a leftover allowance is replaced by the token\'s rules (USDT: through zero)', async () => {
        // c leaves a small allowance behind: USDT refuses to change it to another non-zero value directly.
        await approveToken(c(), { token: coin.address, spender: pool, amount: UNIT });
        const { balance, approvalHash } = await topUpBalance(c(), { pool, amount: 60n * UNIT });
        assert.ok(approvalHash);
        assert.equal(balance, 110n * UNIT);
        assert.deepEqual(await sortedKeys(chain, pool), [12n, 30n, 100n, 110n].map((v) => v * UNIT));
        // approveToken itself: USDT's allowance goes through zero, the others' straight to the new value.
        await approveToken(d(), { token: coin.address, spender: pool, amount: UNIT });
        const replaced = await approveToken(d(), { token: coin.address, spender: pool, amount: 2n * UNIT });
        assert.equal(replaced.resetHash !== undefined, kind === 'usdt');
        assert.equal(await allowanceOf(d().account.address), 2n * UNIT);
        await approveToken(d(), { token: coin.address, spender: pool, amount: 0n });
      });

      test('refusals come back as plain messages in the token\'s units, whatever way the token says no', async () => {
        await rejects(joinPool(b(), { pool, identityCommitment: identity(99), deposit: 20n * UNIT }), 'PoolAlreadyMember', /already has a membership/);
        // dev 7 has no tokens: the SDK refuses before sending anything, naming the shortfall.
        assert.equal(await chain.dev(7).getTransactionCount({ address: chain.dev(7).account.address }), 0);
        await rejectsWith(joinPool(chain.dev(7), { pool, identityCommitment: identity(7), deposit: 20n * UNIT }), 'funds.insufficientBalance', new RegExp(`holds ${fmt(0n)} but ${fmt(20n * UNIT)} is needed: get at least ${fmt(20n * UNIT)} more`));
        // A pool refusal is reported before the funding check: a used commitment names who holds it.
        assert.equal(await chain.dev(7).getTransactionCount({ address: chain.dev(7).account.address }), 0, 'nothing was sent');
        const member1 = a().account.address;
        await rejects(
          joinPool(chain.dev(7), { pool, identityCommitment: identity(1), deposit: 20n * UNIT }), 'PoolCommitmentUsed',
          new RegExp(`^this person is already a member: identity commitment 0x[0-9a-f]{64} joined as member #1 \\(${member1}\\), now Waiting, and one person joins once: keep using that membership`),
        );
        await rejects(joinPoolWithPermit(a(), { pool, identityCommitment: identity(1), deposit: 20n * UNIT }), 'PoolCommitmentUsed', /joined as member #1 \(this very address, 0x/);
        const used = await joinPool(chain.dev(7), { pool, identityCommitment: identity(1), deposit: 20n * UNIT }).catch((e: unknown) => e);
        assert.match(describeError(used, { locale: 'zh-CN' }), /此人已经是会员.*1 号会员.*每人只能加入一次/);
        await coin.mint(chain.dev(7).account.address, 100n * UNIT);
        await rejects(joinPool(chain.dev(7), { pool, identityCommitment: identity(7), deposit: 95n * UNIT / 10n }), 'PoolBelowMinimumBalance', new RegExp(`balance ${fmt(95n * UNIT / 10n)} is below the ${fmt(10n * UNIT)} minimum: top up at least ${fmt(5n * UNIT / 10n)}`));
        await rejects(settleEpoch(chain.dev(8), { pool }), 'PoolEpochNotEnded', /epoch 0 ends at \d{4}-\d\d-\d\dT/);
        await rejects(queuePayment(a(), { pool, claimId: 1n, recipient: a().account.address, amount: UNIT }), 'AccessControlUnauthorizedAccount', /does not hold CLAIMS_ROLE/);
        await rejects(withdrawBalance(a(), { pool }), 'PoolNotMember', /active member \(Waiting\): request exit first/);
        await rejects(topUpBalance(chain.dev(9), { pool, amount: 5n * UNIT }), 'PoolNotMember', /is not a member of this pool: join first/);

        // The token's own refusal of a transfer without allowance, from a raw viem error: OpenZeppelin's custom
        // error, USDC's and DAI's reason strings, USDT's empty revert — each decoded into the SDK's words.
        const raw = await chain.dev(7).simulateContract({ address: pool, abi: mutualPoolAbi, functionName: 'join', args: [identity(7), 20n * UNIT, 0] }).then(() => assert.fail('no allowance'), (e: unknown) => e);
        const refusal = toLashouError(raw, { token: coin.address, symbol: coin.symbol, decimals: coin.decimals, account: chain.dev(7).account.address });
        assert.equal(refusal.code, expected.allowanceRefusal, refusal.message);
        if (expected.said) assert.match(refusal.shortMessage, expected.said);
        assert.match(describeError(refusal, { locale: 'zh-CN' }), /[\u4e00-\u9fff]/);

        // Paused, blacklisted: no approval cures it, so nothing is sent (not even the approval the top-up needs).
        const sent = () => a().getTransactionCount({ address: a().account.address });
        if (coin.pause && coin.unpause) {
          // Paused: USDC says "Pausable: paused", USDT nothing (its paused() tells).
          await coin.pause();
          try {
            const nonce = await sent();
            const paused = await rejectsWith(topUpBalance(a(), { pool, amount: 5n * UNIT }), 'token.paused', new RegExp(`^the token ${coin.symbol} \\(${coin.address}\\) is paused by its issuer`));
            assert.ok(paused instanceof TokenRefusedError);
            assert.match(describeError(paused, { locale: 'zh-CN' }), /已被发行方暂停/);
            assert.equal(await sent(), nonce, 'nothing was sent');
          } finally {
            await coin.unpause();
          }
        }
        if (coin.blacklist && coin.unblacklist) {
          // Blacklisted: USDC does not say whom, USDT says nothing; the token's blacklist tells.
          const who = a().account.address;
          await coin.blacklist(who);
          try {
            const nonce = await sent();
            const blocked = await rejectsWith(topUpBalance(a(), { pool, amount: 5n * UNIT }), 'token.blacklisted', new RegExp(`^the token ${coin.symbol} \\(${coin.address}\\) blacklists ${who}`));
            assert.equal(blocked.params.address, who);
            assert.equal(await sent(), nonce, 'nothing was sent');
          } finally {
            await coin.unblacklist(who);
          }
        }
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
        const held = (await getPool(chain.dev(8), { pool })).tokenBalance;
        const { amount } = await withdrawBalance(d(), { pool });
        assert.equal(amount, 25n * UNIT);
        assert.equal((await getPool(chain.dev(8), { pool })).tokenBalance, held - 25n * UNIT);
        assert.equal((await getMember(chain.dev(8), { pool, member: d().account.address })).status, 'Exited');
      });

      test('a lapsed member tops up and rejoins; credits reach every active member', async () => {
        const topUp = await topUpBalance(b(), { pool, amount: 10n * UNIT });
        assert.equal(topUp.rejoined, true);
        assert.equal(topUp.balance, 17n * UNIT);
        // DAI's permit left the pool an unlimited allowance: nothing to approve then.
        assert.equal(topUp.approvalHash === undefined, expected.permit === 'allow');
        await coin.mint(creditor().account.address, 30n * UNIT);
        const credit = await creditMembers(creditor(), { pool, amount: 30n * UNIT, reason: 'RECOVERY', refId: 1n });
        assert.ok(credit.approvalHash);
        assert.equal(credit.members, 3n);
        assert.equal(credit.perMember, 10n * UNIT);
        assert.equal((await getMember(chain.dev(8), { pool, member: b().account.address })).balance, 27n * UNIT);
      });

      test('conservation: the pool holds exactly member funds + reserve + unclaimed payouts', async () => {
        const state = await getPool(chain.dev(8), { pool });
        assert.equal(state.tokenBalance, state.memberFunds + state.reserve + state.unclaimedPayouts);
        assert.equal(state.activeMembers, 3n);
        assert.equal(state.epoch.nextToSettle, 1n);
      });
    });
  }

  test('a permit domain that does not reproduce the token\'s DOMAIN_SEPARATOR: nobody is asked to sign, and the SDK says why', async () => {
    // USDC reached through a contract that forwards calls: its DOMAIN_SEPARATOR() is for USDC's own address, not
    // the address the pool and the SDK use.
    const usdc = await deployStablecoin(deployer(), 'usdc');
    const forwarder = await deployCallForwarder(deployer(), usdc.address);
    const support = await getPermitSupport(deployer(), { token: forwarder });
    assert.equal(support.kind, 'none');
    assert.match(support.reason, new RegExp(`^USDC \\(${forwarder}\\)'s DOMAIN_SEPARATOR\\(\\) 0x[0-9a-f]{64} is not the separator of any domain .*tried name\\(\\)/version\\(\\): name "USD Coin", version "2", chain 31337, contract ${forwarder}.*so the SDK does not ask for a signature`));
    const deployment = await deployLashou(deployer(), { token: forwarder });
    const key = privateKeyToAccount(anvilDevKey(7));
    const asked: string[] = [];
    const signer = toAccount({
      address: key.address,
      signMessage: (args) => key.signMessage(args),
      signTransaction: (tx, options) => key.signTransaction(tx, options),
      signTypedData: (typedData) => (asked.push(String(typedData.primaryType)), key.signTypedData(typedData)),
    });
    const wallet = createWalletClient({ account: signer, chain: chain.chain, transport: http(chain.rpcUrl, { retryCount: 0 }) });
    await usdc.mint(key.address, 50_000_000n);
    const refused = await rejectsWith(
      joinPoolWithPermit(wallet, { pool: deployment.pool, identityCommitment: identity(500), deposit: 20_000_000n, requirePermit: true }),
      'permit.unsupported',
      /^cannot join with a permit: USDC \(0x[0-9a-fA-F]{40}\)'s DOMAIN_SEPARATOR\(\) .* approve it instead\. Join with approve \+ join instead/,
    );
    assert.ok(refused instanceof InvalidInputError);
    assert.deepEqual(asked, [], 'no permit was put to the signer');

    // DAI deployed with another chain's id keeps that chain's DOMAIN_SEPARATOR: the SDK falls back to approve + join.
    const dai = await deployStablecoin(deployer(), 'dai', { daiDomainChainId: 1n });
    const daiPool = await deployLashou(deployer(), { token: dai.address });
    await dai.mint(key.address, 50n * 10n ** 18n);
    const joined = await joinPoolWithPermit(wallet, { pool: daiPool.pool, identityCommitment: identity(501), deposit: 20n * 10n ** 18n });
    assert.equal(joined.method, 'approve');
    assert.ok(joined.approvalHash);
    assert.match(joined.notice ?? '', /^joined with approve \+ join, not a permit: DAI \(0x[0-9a-fA-F]{40}\)'s DOMAIN_SEPARATOR\(\) .* on chain 31337/);
    assert.deepEqual(asked, []);
  });

  test('hints stay right with many members joining and topping up in random order', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    const UNIT = 1_000_000n;
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
