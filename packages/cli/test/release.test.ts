// Money kept for its owner while the token refused, released by hand: member claim-payout (yours, or --payee),
// pool release-pending (everything that waits), on a USDC double that pauses and blacklists. The money goes to its
// owner only; while the token refuses, each command says so in one line and sends nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { mutualPoolAbi } from '@lashou/abi';
import { createIdentity, joinPool, queuePayment, settleEpoch, type DeployLashouReturnType } from '@lashou/sdk';
import { anvilDevKey, deployLashou, startTestChain, type TestChain } from '@lashou/sdk/node';
import { type Address, erc20Abi } from 'viem';
import { deployStablecoin, type TestStablecoin } from '@lashou/sdk/node';
import { type CliResult, assertJsonSchema, assertOneLineError, lashou } from './helpers.js';

const UNIT = 1_000_000n;
const EPOCH = 14n * 86_400n;
let chain: TestChain;
let usdc: TestStablecoin;
let d: DeployLashouReturnType;
const dir = mkdtempSync(join(tmpdir(), 'lashou-cli-release-'));
const deployments = join(dir, 'deployments');
const env = (key?: number) => ({ LASHOU_RPC_URL: chain.rpcUrl, LASHOU_DEPLOYMENTS_DIR: deployments, ...(key === undefined ? {} : { LASHOU_PRIVATE_KEY: anvilDevKey(key) }) });
const address = (key: number) => chain.dev(key).account.address;
// Roles: 0 deployer and USDC admin; 1 a CLAIMS_ROLE helper that queues payments; 2 a member; 3 and 4 payees; 5 anyone.
const A = 3;
const B = 4;

function json(out: CliResult): Record<string, any> {
  assert.equal(out.code, 0, out.stderr);
  const doc = JSON.parse(out.stdout) as Record<string, any>;
  assertJsonSchema(doc, 6);
  return doc;
}
const balanceOf = (who: Address) => chain.dev(0).readContract({ address: usdc.address, abi: erc20Abi, functionName: 'balanceOf', args: [who] });

before(async () => {
  chain = await startTestChain();
  usdc = await deployStablecoin(chain.dev(0), 'usdc');
  d = await deployLashou(chain.dev(0), { token: usdc.address, claimsOperator: address(1), deploymentsDir: deployments });
  await usdc.mint(address(2), 100n * UNIT);
  await joinPool(chain.dev(2), { pool: d.pool, identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: 'CHN:R10000001', name: 'Release Member' }).commitment, deposit: 50n * UNIT });
  // Two payouts settled while the token is paused: both kept in the pool for their payees.
  await queuePayment(chain.dev(1), { pool: d.pool, claimId: 1n, recipient: address(A), amount: 3n * UNIT });
  await queuePayment(chain.dev(1), { pool: d.pool, claimId: 2n, recipient: address(B), amount: 2n * UNIT });
  await usdc.pause!();
  const read = (functionName: 'genesis' | 'currentEpoch') => chain.dev(0).readContract({ address: d.pool, abi: mutualPoolAbi, functionName });
  await chain.setTime((await read('genesis')) + ((await read('currentEpoch')) + 1n) * EPOCH + 1n);
  await settleEpoch(chain.dev(5), { pool: d.pool });
});
after(async () => {
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('releasing money kept while the token refused', () => {
  test('paused: claim-payout and release-pending say the money stays kept and send nothing; a dry run lists it', async () => {
    assertOneLineError(
      await lashou(['member', 'claim-payout', '--yes'], env(A)),
      new RegExp(`^error: USDC is paused by its issuer: the 3\\.00 USDC payout stays kept for ${address(A)} and is released to it once USDC is unpaused \\(lashou member claim-payout, or a running lashou keeper does it\\); nothing was sent$`),
    );
    // --to is gone: a payout goes to its payee only, and the message says why.
    assertOneLineError(
      await lashou(['member', 'claim-payout', '--to', address(5), '--yes'], env(A)),
      /^error: --to is not accepted: a payout goes only to its payee\. .*token's blacklist.*Nothing was sent$/,
    );
    assertOneLineError(await lashou(['member', 'claim-payout', '--payee', '0x12', '--yes'], env(5)), /^error: --payee "0x12" is not an address/);

    const dry = await lashou(['pool', 'release-pending', '--dry-run'], env());
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^2 item\(s\) wait for the token, 5\.00 USDC in total \(dry run: nothing sent\):\n/);
    assert.match(dry.stdout, new RegExp(`\\n  payee ${address(A)} releasePayout +3\\.00 USDC\\n  payee ${address(B)} releasePayout +2\\.00 USDC\\n$`));
    const nonce = await chain.dev(5).getTransactionCount({ address: address(5) });
    const paused = await lashou(['pool', 'release-pending', '--yes', '--json'], env(5));
    assert.equal(paused.code, 1, 'not everything moved');
    const doc = JSON.parse(paused.stdout) as Record<string, any>;
    assertJsonSchema(doc, 6);
    assert.deepEqual([doc.released.length, doc.held.length, doc.totalWaiting], [0, 2, '5']);
    assert.match(doc.held[0].reason, /paused/);
    assert.equal(await chain.dev(5).getTransactionCount({ address: address(5) }), nonce, 'nothing was sent');
  });

  test('unpaused with one payee blacklisted: the other payout is released; the blacklisted one stays kept for its payee until the block is lifted, then anyone releases it to the payee', async () => {
    await usdc.unpause!();
    await usdc.blacklist!(address(B));
    assertOneLineError(
      await lashou(['member', 'claim-payout', '--payee', address(B), '--yes'], env(5)),
      new RegExp(`^error: USDC's issuer blacklists ${address(B)}: the 2\\.00 USDC payout stays kept for ${address(B)} and goes to it, never to another address, once the issuer lifts the block \\(lashou member claim-payout --payee ${address(B)}, or a running lashou keeper does it\\); nothing was sent$`),
    );
    const before = { a: await balanceOf(address(A)), b: await balanceOf(address(B)), anyone: await balanceOf(address(5)) };
    const out = await lashou(['pool', 'release-pending', '--yes'], env(5));
    assert.equal(out.code, 1, out.stderr);
    assert.match(out.stdout, /^released 1 of 2 item\(s\); 1 still wait\(s\): try again once the token moves/);
    assert.match(out.stdout, new RegExp(`\\npayee ${address(A)} releasePayout: released 3\\.00 USDC to payee ${address(A)} — transaction 0x[0-9a-f]{64}\\n`));
    assert.match(out.stdout, new RegExp(`\\npayee ${address(B)} releasePayout: still waits for the token: .*blacklists ${address(B)}`));
    assert.equal(await balanceOf(address(A)), before.a + 3n * UNIT);

    await usdc.unblacklist!(address(B));
    // Someone else's payout, by anyone: asked first (money moves), then sent to the payee, not to the sender.
    assertOneLineError(
      await lashou(['member', 'claim-payout', '--payee', address(B)], env(5)),
      new RegExp(`refusing to continue without confirmation \\(Release the 2\\.00 USDC kept for ${address(B)} to ${address(B)} \\(its payee; you pay the gas\\)\\?\\)`),
    );
    const released = json(await lashou(['member', 'claim-payout', '--payee', address(B), '--yes', '--json'], env(5)));
    assert.deepEqual([released.amount, released.amountBaseUnits, released.payee, released.recipient], ['2', '2000000', address(B), address(B)]);
    assert.equal(await balanceOf(address(B)), before.b + 2n * UNIT);
    assert.equal(await balanceOf(address(5)), before.anyone, 'the sender got nothing');
    const none = await lashou(['pool', 'release-pending', '--yes'], env(5));
    assert.equal(none.code, 0, none.stderr);
    assert.match(none.stdout, /^nothing waits for the token: every payout, refund and credit was made \(0\.00 USDC waiting in total\)\n$/);
  });
});
