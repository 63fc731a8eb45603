import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mutualPoolAbi } from '@lashou/abi';
import { createIdentity, joinPoolWithPermit, requestTestTokens, settleEpoch, topUpBalance } from '@lashou/sdk';
import { demoMemberKey, walletFor, type TestWalletClient } from '@lashou/sdk/node';
import { type Address, encodeFunctionData, erc20Abi, maxUint256, toHex } from 'viem';
import { call, api, dumpAll, indexer, seededChain, type Indexer, type SeededChain } from './utils/harness';

// A reorg on the local chain (anvil_reorg replaces the last `depth` blocks) that removes a join, a top-up and an
// epoch settlement and puts a different top-up in their place. The index must forget what was removed, show what
// replaced it, and end up exactly as a fresh index of the same chain. Ponder's finality on chain 31337 is 30 blocks;
// the reorg is 6 deep.

const UNIT = 1_000_000n;
const DAY = 86_400;

let s: SeededChain;
let ix: Indexer;
let fresh: Indexer | undefined;
let pool: Address;

const head = () => s.chain.dev(0).getBlockNumber({ cacheTime: 0 });
const chainBalance = (who: Address) => s.chain.dev(0).readContract({ address: pool, abi: mutualPoolAbi, functionName: 'balanceOf', args: [who] });

describe('a reorg', { timeout: 240_000 }, () => {
  before(async () => {
    s = await seededChain(12);
    pool = s.seed.pool;
    ix = await indexer({ rpcUrl: s.chain.rpcUrl, deploymentPath: s.deploymentPath });
    await ix.waitForBlock(await head());
  });
  after(async () => {
    await fresh?.stop();
    await ix?.stop();
    await s?.stop();
  });

  test('that removes a join, a top-up and a settlement and adds another top-up is reflected, as a fresh index of the chain', async () => {
    const operator = s.chain.dev(0);
    const toppedUp = s.chain.dev(9); // a covered member whose top-up will be reorged out
    const replacement = s.chain.dev(8); // a covered member whose top-up replaces it
    const joiner: TestWalletClient = walletFor(s.chain.rpcUrl, demoMemberKey(777));

    // Before the fork point (these stay): funds for the joiner, an allowance for the replacement top-up, and the
    // clock past the end of the open epoch.
    await operator.request({ method: 'anvil_setBalance' as never, params: [joiner.account.address, toHex(10n ** 19n)] as never });
    await requestTestTokens(joiner, { token: s.seed.token, amount: 100n * UNIT });
    await requestTestTokens(replacement, { token: s.seed.token, amount: 100n * UNIT });
    await replacement.writeContract({ address: s.seed.token, abi: erc20Abi, functionName: 'approve', args: [pool, maxUint256] }).then((hash) => replacement.waitForTransactionReceipt({ hash }));
    await s.chain.increaseTime(15 * DAY);
    const forkPoint = await head();
    const before = {
      toppedUp: await chainBalance(toppedUp.account.address),
      replacement: await chainBalance(replacement.account.address),
      stats: null as any,
    };
    await ix.waitForBlock(forkPoint);
    before.stats = await api(ix.url, '/api/stats');

    // The blocks that will be replaced: a join, a top-up, a settlement (with its lapse processing), then two empty.
    await joinPoolWithPermit(joiner, {
      pool,
      identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: 'CHN:R0000001', name: 'Reorged Away' }).commitment,
      deposit: 42n * UNIT,
    });
    await topUpBalance(toppedUp, { pool, amount: 25n * UNIT });
    const settled = await settleEpoch(operator, { pool });
    await s.chain.mine(2);
    const tip = await head();
    const depth = Number(tip - forkPoint);
    assert.ok(depth >= 5 && depth < 30, `reorg depth ${depth} within Ponder's finality of 30 blocks`);

    // The index saw all of it.
    await ix.waitForBlock(tip);
    assert.equal((await call(ix.url, `/api/members/${joiner.account.address}`)).status, 200);
    const seenTopUp: any = await api(ix.url, `/api/members/${toppedUp.account.address}`);
    assert.equal(BigInt(seenTopUp.balance), await chainBalance(toppedUp.account.address));
    const seenStats: any = await api(ix.url, '/api/stats');
    assert.equal(BigInt(seenStats.epoch.nextToSettle), settled.epoch + 1n);

    // The reorg: the same number of blocks, now holding only a top-up of 7 tUSD by another member.
    const nonce = await operator.getTransactionCount({ address: replacement.account.address, blockNumber: forkPoint });
    const signed = await replacement.signTransaction({
      to: pool,
      data: encodeFunctionData({ abi: mutualPoolAbi, functionName: 'topUp', args: [7n * UNIT, 0] }),
      nonce,
      gas: 1_000_000n,
      maxFeePerGas: 50_000_000_000n,
      maxPriorityFeePerGas: 1_000_000_000n,
      chain: s.chain.chain,
      type: 'eip1559',
    });
    const oldTipHash = (await operator.getBlock({ blockNumber: tip })).hash;
    await operator.request({ method: 'anvil_reorg' as never, params: [depth, [[signed, 1]]] as never });
    const newTip = await operator.getBlock({ blockNumber: tip });
    assert.notEqual(newTip.hash, oldTipHash, 'anvil replaced the blocks');
    // Ponder notices the reorg when the next block's parent is not the block it holds.
    await s.chain.mine(1);

    // The chain's new truth.
    assert.equal(await chainBalance(toppedUp.account.address), before.toppedUp, 'the top-up is gone from the chain');
    assert.equal(await chainBalance(replacement.account.address), before.replacement + 7n * UNIT, 'the replacement top-up is in');
    assert.equal(await chainBalance(joiner.account.address), 0n);

    // …and the index's, as soon as it has the new head.
    await ix.waitForBlock(await head());
    assert.match(ix.logs(), /Reorged block/, 'Ponder handled a reorg (its log says "Reorged block")');
    const gone = await call(ix.url, `/api/members/${joiner.account.address}`);
    assert.equal(gone.status, 404, `the reorged-out member is absent: ${gone.text.slice(0, 200)}`);
    const reverted: any = await api(ix.url, `/api/members/${toppedUp.account.address}`);
    assert.equal(BigInt(reverted.balance), before.toppedUp);
    assert.ok(!reverted.statement.some((i: any) => i.kind === 'topUp' && BigInt(i.amount) === 25n * UNIT), 'the removed top-up is not in the statement');
    const replaced: any = await api(ix.url, `/api/members/${replacement.account.address}`);
    assert.equal(BigInt(replaced.balance), before.replacement + 7n * UNIT);
    assert.equal(replaced.statement[0].kind, 'topUp');
    assert.equal(replaced.statement[0].amount, String(7n * UNIT));
    const stats: any = await api(ix.url, '/api/stats');
    assert.equal(stats.epoch.nextToSettle, before.stats.epoch.nextToSettle, 'the settlement is undone');
    assert.equal(stats.index, before.stats.index);
    assert.equal(stats.members.active, before.stats.members.active);
    assert.equal(stats.money.totalPaid, before.stats.money.totalPaid);
    assert.equal(BigInt(stats.money.memberFunds), await s.chain.dev(0).readContract({ address: pool, abi: mutualPoolAbi, functionName: 'memberFunds' }));
    const epochs: any = await api(ix.url, '/api/epochs');
    assert.ok(!epochs.epochs.some((e: any) => e.epoch === String(settled.epoch)), 'the reorged settlement is not listed');

    // A fresh index of the same chain is identical, table by table.
    fresh = await indexer({ rpcUrl: s.chain.rpcUrl, deploymentPath: s.deploymentPath });
    const at = await head();
    await fresh.waitForBlock(at);
    await ix.waitForBlock(at);
    const [a, b] = [await dumpAll(ix.url), await dumpAll(fresh.url)];
    for (const table of Object.keys(b)) assert.deepEqual(a[table], b[table], `table ${table} after the reorg equals a fresh index`);
    assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort());
  });
});
