// A newcomer's life in the local mutual, only through the `lashou` command, as docs/cli.md ("Living in it") tells it:
// start lashou dev (with its keeper), make a key and an identity, get test tokens and gas from the faucet, join, wait
// out the waiting period with `dev time advance`, have a claim signed, filed, reviewed, drawn (by the keeper),
// accepted and attested, announced, approved and paid by advancing time, leave and withdraw, then stop and restart
// the chain and find everything where it was, the clock never going back.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { anvilDevKey } from '@lashou/sdk/node';
import { type CliResult, assertJsonSchema, lashou, startDev, stopAllDev, stopDev } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lashou-newcomer-'));
const stateDir = join(dir, 'state');
const deploymentsDir = join(dir, 'deployments');
const home = join(dir, 'home');
after(async () => {
  await stopAllDev();
  rmSync(dir, { recursive: true, force: true });
});

type Ready = { rpcUrl: string; chainTime: number; demo: { witnesses?: { address: string; privateKey: string }[] } };

/** `lashou dev --json` with its keeper, on the test's state directory. */
const start = (extra: string[] = []) =>
  startDev<Ready>(['--json', '--members', '12', '--no-indexer', '--port', '0', '--keeper-port', '0', '--state-dir', stateDir, '--deployments-dir', deploymentsDir, ...extra]);

test('a newcomer joins, is paid a claim by advancing time, leaves, withdraws, and finds it all after a restart', { timeout: 600_000 }, async () => {
  let dev = await start(['--fresh']);
  let rpcUrl = dev.ready.rpcUrl;
  const keystore = join(dir, 'me.key.json');
  // The newcomer's own key; the demo's notary (#1) and operator (#0) keys for their parts.
  const base = () => ({ LASHOU_RPC_URL: rpcUrl, LASHOU_DEPLOYMENTS_DIR: deploymentsDir, HOME: home, XDG_DATA_HOME: join(home, '.local/share'), TZ: 'Asia/Shanghai' });
  const me = () => ({ ...base(), LASHOU_KEYSTORE: keystore, LASHOU_KEYSTORE_PASSWORD: 'a newcomer password' });
  const as = (index: number) => ({ ...base(), LASHOU_PRIVATE_KEY: anvilDevKey(index) });
  const ok = async (args: string[], env: Record<string, string>): Promise<CliResult> => {
    const out = await lashou(args, env);
    assert.equal(out.code, 0, `lashou ${args.join(' ')}\n${out.stderr}\nlashou dev:\n${dev.stderr().slice(-2000)}`);
    return out;
  };
  const json = async (args: string[], env: Record<string, string>) => {
    const doc = JSON.parse((await ok([...args, '--json'], env)).stdout) as Record<string, any>;
    assertJsonSchema(doc, 6);
    return doc;
  };
  const advance = (duration: string) => ok(['dev', 'time', 'advance', duration, '--state-dir', stateDir], base());
  const claimState = async (id: string) => (await json(['claim', 'status', id], base())).state as string;
  const eventually = async (what: string, check: () => Promise<boolean>) => {
    const deadline = Date.now() + 90_000;
    while (!(await check())) {
      if (Date.now() > deadline) assert.fail(`${what} did not happen within 90 s; lashou dev:\n${dev.stderr().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  };

  // A key of one's own, an identity in the per-user data folder, tokens and gas from the faucet, and a membership.
  const key = await json(['key', 'new', '--out', keystore], me());
  const identity = await json(['identity', 'new', '--doc-type', 'passport', '--id', 'CHN:E76543210', '--name', 'New Comer'], me());
  assert.ok(String(identity.path).startsWith(join(home, '.local/share/lashou/identities/')), identity.path);
  await ok(['token', 'faucet', '--amount', '500'], me());
  const joined = await json(['member', 'join', '--deposit', '200', '--identity', identity.path, '--yes'], me());
  assert.equal(joined.depositBaseUnits, '200000000');

  // The waiting period (90 days), then a claim: the notary signs for today's chain date, the newcomer files.
  await advance('91d');
  writeFileSync(join(dir, 'diagnosis.pdf'), '%PDF-1.4 notarised diagnosis of New Comer');
  await ok(['notary', 'sign', '--claimant', key.address, '--document', join(dir, 'diagnosis.pdf'), '--diagnosed', 'today', '--region', '1', '--out', join(dir, 'signed.json')], as(1));
  const filed = await json(['claim', 'file', '--signed', join(dir, 'signed.json'), '--document', join(dir, 'diagnosis.pdf'), '--amount', '30', '--yes'], me());
  const id = filed.claimId as string;
  const before = BigInt((await json(['token', 'balance'], me())).balanceBaseUnits);
  // The newcomer joined with a passport issued by CHN: the operator keys the person by the resident ID number from the
  // notarised documents; on the local chain the review uses the demo's public nullifier secret by itself.
  await ok(['operator', 'review', id, '--approve', '--identity', identity.path, '--resident-id', '11010519491231002X', '--account', 'dev:operator', '--yes'], base());

  // The keeper draws the witnesses (it mines the randomness block); each accepts and attests with its demo key.
  // A drawn witness whose free stake is locked by another claim leaves its slot empty: the keeper draws again until
  // all three slots are filled.
  let status: Record<string, any> = {};
  await eventually('the keeper draws three witnesses', async () => {
    status = await json(['claim', 'status', id], base());
    return status.state === 'WitnessesDrawn' && (status.witnesses as { status: string }[]).every((slot) => slot.status === 'Drawn');
  });
  const keys = new Map((dev.ready.demo.witnesses ?? []).map((w) => [w.address.toLowerCase(), w.privateKey]));
  writeFileSync(join(dir, 'visit.txt'), 'visited New Comer in hospital');
  for (const slot of status.witnesses as { slot: number; witness: string }[]) {
    const witness = { ...base(), LASHOU_PRIVATE_KEY: keys.get(slot.witness.toLowerCase()) as string };
    assert.ok(witness.LASHOU_PRIVATE_KEY, `witness ${slot.witness} is one of the demo's`);
    await ok(['witness', 'accept', id, '--slot', String(slot.slot), '--yes'], witness);
    await ok(['witness', 'attest', id, '--slot', String(slot.slot), '--report', join(dir, 'visit.txt'), '--yes'], witness);
  }
  assert.equal(await claimState(id), 'Announced');

  // The announcement (公示) passes: the keeper approves; the epoch ends: the keeper settles it and marks the claim paid.
  await advance('8d');
  await eventually('the keeper approves the claim', async () => ['Approved', 'Paid'].includes(await claimState(id)));
  await advance('15d');
  await eventually('the keeper settles the epoch and marks the claim paid', async () => (await claimState(id)) === 'Paid');
  const paid = BigInt((await json(['token', 'balance'], me())).balanceBaseUnits);
  assert.equal(paid - before, 30_000_000n, 'the patient received the 30 tUSD asked');

  // Leaving: exit (coverage ends; the member still pays the epochs of the exit notice), the exit epoch passes and is
  // settled by the keeper, and what is left is withdrawn.
  const exit = await json(['member', 'exit', '--yes'], me());
  const early = await lashou(['member', 'withdraw', '--yes'], me());
  assert.notEqual(early.code, 0, 'no withdrawal before the exit epoch is settled');
  const clock = await json(['dev', 'time'], base());
  const epochLength = Number((await json(['pool', 'info'], base())).parameters.epochLength);
  const untilExitEnds = Number(clock.epoch.endsAt) - Number(clock.time) + (Number(exit.exitEpoch) - Number(clock.epoch.current)) * epochLength;
  await advance(String(untilExitEnds + 3600));
  let last = '';
  await eventually('the keeper settles the exit epoch', async () => {
    const out = await lashou(['member', 'withdraw', '--yes', '--json'], me());
    last = out.stderr;
    return out.code === 0;
  }).catch((error) => assert.fail(`${(error as Error).message}\nlast withdraw: ${last}`));
  const member = await json(['member', 'status'], me());
  assert.equal(member.balanceBaseUnits, '0');
  const time = await json(['dev', 'time'], base());

  // Stop and restart: the claim, the membership and the clock are where they were.
  assert.equal(await stopDev(dev.child), 0);
  dev = await start();
  rpcUrl = dev.ready.rpcUrl;
  assert.equal(await claimState(id), 'Paid');
  assert.deepEqual([(await json(['member', 'status'], me())).status, (await json(['member', 'status'], me())).balanceBaseUnits], [member.status, '0']);
  assert.ok(dev.ready.chainTime >= time.time, `the chain's clock went back on restart: ${dev.ready.chainTime} < ${time.time}`);
  assert.deepEqual((await json(['dev', 'time'], base())).epoch.current, time.epoch.current);
});
