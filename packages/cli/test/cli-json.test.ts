// Every --json of the member, pool, token, identity, key and keeper commands follows the CLI's output schema
// (src/output.ts): amounts as token-unit decimal strings plus `<key>BaseUnits`, times as unix seconds plus `<key>Iso`,
// ids as strings, counts as numbers. The CLI runs with LASHOU_JSON_STRICT=1 (helpers.ts), so a field the schema does
// not classify fails the command.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { mutualPoolAbi } from '@lashou/abi';
import { requestTestTokens } from '@lashou/sdk';
import { anvilDevKey, deployLashou, startTestChain, type TestChain } from '@lashou/sdk/node';
import { type Address, type Hex, encodeAbiParameters, erc20Abi, keccak256, toHex } from 'viem';
import { type CliResult, assertJsonSchema, assertOneLineError, lashou } from './helpers.js';

let chain: TestChain;
const dir = mkdtempSync(join(tmpdir(), 'lashou-cli-json-'));
const deployments = join(dir, 'deployments');
const env = (key?: number) => ({ LASHOU_RPC_URL: chain.rpcUrl, LASHOU_DEPLOYMENTS_DIR: deployments, ...(key === undefined ? {} : { LASHOU_PRIVATE_KEY: anvilDevKey(key) }) });
const address = (key: number) => chain.dev(key).account.address;
const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** Runs a command with --json, checks it succeeded and its document follows the schema; returns the document. */
async function json(args: string[], environment: Record<string, string | undefined>): Promise<Record<string, any>> {
  const out: CliResult = await lashou([...args, '--json'], environment);
  assert.equal(out.code, 0, `${args.join(' ')}: ${out.stderr}`);
  const doc = JSON.parse(out.stdout) as Record<string, any>;
  assertJsonSchema(doc, 6);
  return doc;
}

/**
 * Gives `who` an unclaimed payout of `amount` as a failed transfer at settlement would: the pool's `unclaimedPayouts`
 * (found by writing candidate slots and reading the getter back) and `unclaimedPayoutOf[who]` (the mapping declared
 * right after it), with the tokens minted to the pool so that its books still balance.
 */
async function giveUnclaimedPayout(who: Address, amount: bigint) {
  const client = chain.dev(0);
  const { pool, token } = JSON.parse(readFileSync(join(deployments, '31337.json'), 'utf8')) as { pool: Address; token: Address };
  const read = (functionName: 'unclaimedPayouts' | 'unclaimedPayoutOf', args: readonly Address[] = []) =>
    client.readContract({ address: pool, abi: mutualPoolAbi, functionName, args } as never) as Promise<bigint>;
  const setStorage = (slot: Hex, value: bigint) => client.request({ method: 'anvil_setStorageAt' as never, params: [pool, slot, toHex(value, { size: 32 })] as never });
  const total = await read('unclaimedPayouts');
  for (let index = 0n; index < 256n; index++) {
    const slot = toHex(index, { size: 32 });
    const before = BigInt((await client.getStorageAt({ address: pool, slot })) ?? '0x0');
    await setStorage(slot, total + amount);
    if ((await read('unclaimedPayouts')) === total + amount) {
      await setStorage(keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [who, index + 1n])), amount);
      assert.equal(await read('unclaimedPayoutOf', [who]), amount);
      await requestTestTokens(client, { token, amount, to: pool });
      return;
    }
    await setStorage(slot, before);
  }
  throw new Error('unclaimedPayouts not found in the first 256 slots');
}

before(async () => {
  chain = await startTestChain();
  await deployLashou(chain.dev(0), {
    claimsOperator: address(1), creditor: address(2), deploymentsDir: deployments, exitNotice: 86_400n,
    claimParameters: { AnnouncementWindow: 43_200n, InvestigationWindow: 43_200n },
  });
});
after(async () => {
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('--json follows one schema on every command', () => {
  const identityFile = join(dir, 'me.identity.json');

  test('identity new, token faucet, member join, member status, top-up, token balance, identity verify', async () => {
    const identity = await json(['identity', 'new', '--id', '11010519491231002x', '--name', '张三', '--out', identityFile], env());
    assert.equal(identity.path, identityFile);
    assert.match(identity.commitment, /^0x[0-9a-f]{64}$/);
    assert.equal(identity.version, 'lashou-identity-v1');

    const faucet = await json(['token', 'faucet', '--amount', '500'], env(3));
    assert.equal(faucet.amount, '500');
    assert.equal(faucet.amountBaseUnits, '500000000');
    assert.deepEqual(faucet.gasTopUps, [], 'a dev account has ETH enough');

    const joined = await json(['member', 'join', '--deposit', '50', '--identity', identityFile, '--yes'], env(3));
    assert.equal(joined.memberId, '1');
    assert.equal(joined.member, address(3));
    assert.equal(joined.deposit, '50');
    assert.equal(joined.depositBaseUnits, '50000000');
    assert.equal(typeof joined.coverageStart, 'number');
    assert.equal(joined.coverageStartIso, iso(joined.coverageStart));
    assert.equal(joined.commitment, identity.commitment);

    const status = await json(['member', 'status', address(3)], env());
    assert.equal(status.memberId, '1');
    assert.equal(status.status, 'Waiting');
    assert.equal(status.balance, '50');
    assert.equal(status.balanceBaseUnits, '50000000');
    assert.equal(status.coverageStart, joined.coverageStart);
    assert.equal(status.maxChargeBeforeExit, '10');
    assert.equal(status.unclaimedPayout, '0');
    assert.equal(status.unclaimedPayoutBaseUnits, '0');
    assert.equal(status.exitEpoch, 0);
    assert.equal(status.decimals, 6);

    const topUp = await json(['member', 'top-up', '--amount', '20.5', '--yes'], env(3));
    assert.equal(topUp.amount, '20.5');
    assert.equal(topUp.amountBaseUnits, '20500000');
    assert.equal(topUp.balance, '70.5');
    assert.equal(topUp.rejoined, false);

    const balance = await json(['token', 'balance', address(3)], env());
    assert.equal(balance.balance, '429.5');
    assert.equal(balance.balanceBaseUnits, '429500000');
    assert.equal(balance.decimals, 6);

    const verified = await json(['identity', 'verify', '--file', identityFile, '--member', address(3)], env());
    assert.equal(verified.memberId, '1');
    assert.equal(verified.valid, true);
    const consistent = await json(['identity', 'verify', '--file', identityFile], env());
    assert.equal(consistent.valid, true);
  });

  test('document hash, key new, key address', async () => {
    const file = join(dir, 'diagnosis.txt');
    writeFileSync(file, 'notarised diagnosis');
    const hashed = await json(['document', 'hash', file], {});
    assert.equal(hashed.size, 19);
    assert.match(hashed.hash, /^0x[0-9a-f]{64}$/);
    const keystore = join(dir, 'key.json');
    const made = await json(['key', 'new', '--out', keystore], { LASHOU_KEYSTORE_PASSWORD: 'a long enough password' });
    const shown = await json(['key', 'address', '--keystore', keystore], { LASHOU_KEYSTORE_PASSWORD: 'a long enough password' });
    assert.equal(shown.address, made.address);
    assert.equal(shown.keyFrom, '--keystore');
  });

  test('pool info, queue-payment, credit, process-lapses', async () => {
    const info = await json(['pool', 'info'], env());
    assert.equal(info.activeMembers, 1);
    assert.equal(info.memberFunds, '70.5');
    assert.equal(info.memberFundsBaseUnits, '70500000');
    assert.equal(info.parameters.minimumBalance, '10');
    assert.equal(info.parameters.epochLength, 14 * 86_400);
    assert.equal(info.parameters.exitNotice, 86_400);
    assert.equal(typeof info.parameters.genesis, 'number');
    assert.equal(info.parameters.genesisIso, iso(info.parameters.genesis));
    assert.equal(info.epoch.current, 0);
    assert.equal(info.epoch.nextToSettleEndsAt, info.parameters.genesis + 14 * 86_400);
    assert.equal(info.epoch.nextToSettleEndsAtIso, iso(info.epoch.nextToSettleEndsAt));
    assert.equal(typeof info.epoch.nowIso, 'string');
    assert.equal(info.token.decimals, 6);

    const queued = await json(['pool', 'queue-payment', '--claim-id', '7', '--to', address(5), '--amount', '5', '--yes'], env(1));
    assert.equal(queued.paymentId, '0');
    assert.equal(queued.claimId, '7');
    assert.equal(queued.amount, '5');
    assert.equal(queued.amountBaseUnits, '5000000');
    assert.equal(queued.epoch, 0);

    assert.equal((await lashou(['token', 'faucet', '--amount', '100', '--yes'], env(2))).code, 0);
    const credited = await json(['pool', 'credit', '--amount', '10', '--yes'], env(2));
    assert.equal(credited.amount, '10');
    assert.equal(credited.members, 1);
    assert.equal(credited.perMember, '10');
    assert.equal(credited.perMemberBaseUnits, '10000000');

    const lapses = await json(['pool', 'process-lapses'], env(5));
    assert.deepEqual({ lapsed: lapses.lapsed, steps: lapses.steps, pending: lapses.pending }, { lapsed: 0, steps: 0, pending: false });

    const after = await json(['pool', 'info'], env());
    assert.equal(after.queue.payments.length, 1);
    assert.equal(after.queue.payments[0].paymentId, '0');
    assert.equal(after.queue.payments[0].claimId, '7');
    assert.equal(after.queue.payments[0].remaining, '5');
    assert.equal(after.queuedPayments, '5');
  });

  test('member exit, pool settle, member withdraw; member claim-payout: nothing to claim is one line, --to is refused, anyone releases a payout to its payee', async () => {
    const exit = await json(['member', 'exit', '--yes'], env(3));
    assert.equal(exit.exitEpoch, 0);
    assert.equal(exit.balance, '80.5');
    await chain.increaseTime(14 * 86_400);
    const settled = await json(['pool', 'settle'], env(5));
    assert.equal(settled.epoch, 0);
    assert.equal(settled.members, 1);
    assert.equal(typeof settled.share, 'string');
    assert.equal(typeof settled.shareBaseUnits, 'string');
    assert.equal(settled.exitsFinalised, 1);
    assert.equal(settled.payments.length, 1);
    assert.equal(settled.payments[0].paymentId, '0');
    assert.equal(settled.payments[0].claimId, '7');
    assert.equal(settled.payments[0].amount, '5');
    const withdrawn = await json(['member', 'withdraw', '--yes'], env(3));
    assert.equal(withdrawn.amount, '75.5');
    assert.equal(withdrawn.amountBaseUnits, '75500000');
    assertOneLineError(await lashou(['member', 'claim-payout', '--json'], env(3)), /^error: nothing to claim for 0x[0-9a-fA-F]{40}: /);
    // A payout whose transfer failed at settlement (made here by writing the pool's storage, with the tokens minted to it).
    await giveUnclaimedPayout(address(3), 2_000_000n);
    const status = await json(['member', 'status', address(3)], env());
    assert.equal(status.unclaimedPayout, '2');
    // No event tells of that payout (it was written into storage): pool release-pending says what the contracts hold.
    const pending = await lashou(['pool', 'release-pending', '--dry-run'], env());
    assert.equal(pending.code, 0, pending.stderr);
    assert.match(pending.stdout, /^no waiting item found, but 2\.00 tUSD waiting in the contracts was not found in their logs from block \d+ .*lashou member claim-payout --payee <address>/);
    // A payout goes to its payee only: --to is refused, saying why, and nothing moves.
    assertOneLineError(
      await lashou(['member', 'claim-payout', '--to', address(6), '--yes', '--json'], env(3)),
      /^error: --to is not accepted: a payout goes only to its payee\. The pool never sends money owed to one address to another, so it never helps move funds past the token's blacklist; .*Nothing was sent$/,
    );
    assert.equal((await json(['member', 'status', address(3)], env())).unclaimedPayout, '2');
    // Anyone may release it, to the payee: asked like every other money command, so a script must say --yes.
    assertOneLineError(
      await lashou(['member', 'claim-payout', '--payee', address(3), '--json'], env(6)),
      /^error: refusing to continue without confirmation \(Release the 2\.00 tUSD kept for 0x[0-9a-fA-F]{40} to 0x[0-9a-fA-F]{40} \(its payee; you pay the gas\)\?\)/,
    );
    const { token } = JSON.parse(readFileSync(join(deployments, '31337.json'), 'utf8')) as { token: Address };
    const balance = (who: Address) => chain.dev(0).readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [who] });
    const [payeeBefore, senderBefore] = [await balance(address(3)), await balance(address(6))];
    const claimed = await json(['member', 'claim-payout', '--payee', address(3), '--yes'], env(6));
    assert.equal(claimed.amount, '2');
    assert.equal(claimed.amountBaseUnits, '2000000');
    assert.equal(claimed.payee, address(3));
    assert.equal(claimed.recipient, address(3));
    assert.equal(await balance(address(3)), payeeBefore + 2_000_000n, 'the payee got it');
    assert.equal(await balance(address(6)), senderBefore, 'the sender did not');
    assert.equal((await json(['member', 'status', address(3)], env())).unclaimedPayout, '0');
  });

  test('keeper --once --json: one line, steps under `step`, ids as strings, times with <key>Iso', async () => {
    const out = await lashou(['keeper', '--once', '--dry-run', '--json'], env(5));
    assert.equal(out.code, 0, out.stderr);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    for (const line of lines) assertJsonSchema(line, 6);
    const summary = lines.at(-1)!;
    assert.equal(summary.once, true);
    assert.equal(typeof summary.chainTime, 'number');
    assert.equal(summary.chainTimeIso, iso(summary.chainTime));
    assert.equal(typeof summary.blockNumber, 'number');
    const settle = [...summary.due, ...summary.waiting].find((s: { kind: string }) => s.kind === 'settleEpoch');
    assert.ok(settle, JSON.stringify(summary));
    assert.equal(settle.step, 'pool settleEpoch');
    assert.equal(settle.epoch, 1);
    assert.equal(settle.allowedAtIso, iso(settle.allowedAt));
    for (const line of lines.slice(0, -1)) {
      assert.equal(typeof line.at, 'number');
      assert.equal(line.atIso, iso(line.at));
    }
  });
});
