import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fraudReportsAbi } from '@lashou/abi';
import { activateWitness, createIdentity, getClaim, joinPool, reportCommitment, requestTestTokens, stakeWitness, type DeployLashouReturnType } from '@lashou/sdk';
import { anvilDevKey, deployLashou, saveIdentity, startTestChain, type TestChain } from '@lashou/sdk/node';
import { type Address, erc20Abi, keccak256, toHex } from 'viem';
import { assertOneLineError, lashou } from './helpers.js';

const UNIT = 1_000_000n;
let chain: TestChain;
let d: DeployLashouReturnType;
const dir = mkdtempSync(join(tmpdir(), 'lashou-cli-claims-'));
const deployments = join(dir, 'deployments');
const env = (key?: number, extra: Record<string, string> = {}) => ({ LASHOU_RPC_URL: chain.rpcUrl, LASHOU_DEPLOYMENTS_DIR: deployments, ...(key === undefined ? {} : { LASHOU_PRIVATE_KEY: anvilDevKey(key) }), ...extra });
const address = (key: number) => chain.dev(key).account.address;
const keyOf = (witness: Address) => [2, 3, 4, 5].find((k) => address(k).toLowerCase() === witness.toLowerCase()) as number;
const operatorSecret = `0x${'5e'.repeat(32)}`;

// Roles: 0 deployer + operator, 1 notary, 2–5 witnesses, 6 patient, 7 another member.
before(async () => {
  chain = await startTestChain();
  d = await deployLashou(chain.dev(0), { deploymentsDir: deployments, claimParameters: { Commission: 1n * UNIT } });
  for (const k of [6, 7]) {
    await requestTestTokens(chain.dev(k), { token: d.token, amount: 500n * UNIT });
    const identity = createIdentity({ docType: 'PASSPORT', idNumber: `CHN:E3000000${k}`, name: `Cli Member ${k}` });
    if (k === 6) saveIdentity({ identity, path: join(dir, 'patient.json') });
    await joinPool(chain.dev(k), { pool: d.pool, identityCommitment: identity.commitment, deposit: 200n * UNIT });
  }
  for (const k of [2, 3, 4, 5]) {
    await requestTestTokens(chain.dev(k), { token: d.token, amount: 6_000n * UNIT });
    await stakeWitness(chain.dev(k), { registry: d.registry as Address, amount: 5_000n * UNIT, region: 7 });
  }
  await requestTestTokens(chain.dev(8), { token: d.token, amount: 500n * UNIT });
  writeFileSync(join(dir, 'diagnosis.txt'), 'Diagnosis: acute leukaemia. Dr Li, 2026.');
  writeFileSync(join(dir, 'visit.txt'), 'Visited the patient at the hospital.');
});
after(async () => {
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the claim flow through lashou, as real processes', () => {
  test('witness status shows the seasoning; witness activate puts a seasoned witness in the draw, once', async () => {
    const w = address(2);
    let out = await lashou(['witness', 'status', w], env());
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /seasoned\s+at \d{4}-\d\d-\d\dT.*\neligible\s+no \(seasoning until \d{4}-/);
    assertOneLineError(await lashou(['witness', 'activate', w, '--yes'], env(7)), new RegExp(`${w} is in its seasoning period until .*: it can enter the draw only from then on`));
    // Past the members' waiting period, and the witnesses' seasoning.
    await chain.increaseTime(91 * 86_400);
    out = await lashou(['witness', 'status', w, '--json'], env());
    assert.deepEqual([JSON.parse(out.stdout).seasoned, JSON.parse(out.stdout).eligible, JSON.parse(out.stdout).awaitingActivation], [true, false, true]);
    assert.match((await lashou(['witness', 'status', w], env())).stdout, /eligible\s+no: seasoned, waiting to be activated/);
    // Anyone activates anyone; with no address, the key's own witness.
    out = await lashou(['witness', 'activate', w, '--yes'], env(7));
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, new RegExp(`^activated witness ${w} \\(tier 0, region 7\\)\ntransaction 0x`));
    out = await lashou(['witness', 'activate', '--yes', '--json'], env(3));
    assert.equal(out.code, 0, out.stderr);
    assert.deepEqual([JSON.parse(out.stdout).witness, JSON.parse(out.stdout).entered, JSON.parse(out.stdout).tier], [address(3), true, '0']);
    out = await lashou(['witness', 'activate', w], env(7));
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /is already in the draw \(tier 0, region 7\): nothing to do/);
    assert.match((await lashou(['witness', 'status', w], env())).stdout, /seasoned\s+since .*\neligible\s+yes \(tier 0: stakes from 5000\.00 tUSD\)/);
    for (const k of [4, 5]) await activateWitness(chain.dev(0), { registry: d.registry as Address, witness: address(k) });
  });

  test('notary add → sign → file → review → advance (draw) → accept → attest → status', async () => {
    let out = await lashou(['operator', 'notary-add', address(1), '--yes'], env(0));
    assert.equal(out.code, 0, out.stderr);
    const day = String((await chain.dev(0).getBlock()).timestamp - 86_400n); // unix seconds: a day ago, inside the cover
    // The notary attests the region: a signature for region 7 does not file a claim in region 8.
    const missing = await lashou(['notary', 'sign', '--claimant', address(6), '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day], env(1));
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /^error: required option '--region <code>' not specified/);
    out = await lashou(['notary', 'sign', '--claimant', address(6), '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day, '--region', '7', '--json'], env(1));
    assert.equal(out.code, 0, out.stderr);
    const signed = JSON.parse(out.stdout) as { signature: string; notary: string; region: number };
    assert.equal(signed.region, 7);
    assertOneLineError(
      await lashou(['claim', 'file', '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day, '--amount', '12.5', '--region', '8', '--notary', signed.notary, '--signature', signed.signature, '--yes'], env(6)),
      /the notary signature does not match/,
    );
    out = await lashou(['claim', 'file', '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day, '--amount', '12.5', '--region', '7', '--notary', signed.notary, '--signature', signed.signature, '--yes', '--json'], env(6));
    assert.equal(out.code, 0, out.stderr);
    const claimId = JSON.parse(out.stdout).claimId as string;
    assert.equal(claimId, '1');
    // Wrong role: a member may not review.
    assertOneLineError(await lashou(['operator', 'review', claimId, '--reject', 'Other', '--yes'], env(7)), /does not hold OPERATOR_ROLE/);
    out = await lashou(['operator', 'review', claimId, '--approve', '--identity', join(dir, 'patient.json'), '--yes', '--json'], env(0, { LASHOU_OPERATOR_SECRET: operatorSecret }));
    assert.equal(out.code, 0, out.stderr);
    assert.equal(JSON.parse(out.stdout).amount, '12500000');
    await chain.mine(3);
    out = await lashou(['claim', 'advance', claimId, '--yes', '--json'], env(7));
    assert.equal(out.code, 0, out.stderr);
    assert.equal(JSON.parse(out.stdout).action, 'draw');
    const c = await getClaim(chain.dev(0), { claims: d.claims as Address, claimId: 1n });
    assert.equal(c.state, 'WitnessesDrawn');
    for (const s of c.witnesses) {
      const k = keyOf(s.witness);
      out = await lashou(['witness', 'accept', claimId, '--slot', String(s.slot), '--yes'], env(k));
      assert.equal(out.code, 0, out.stderr);
      out = await lashou(['witness', 'attest', claimId, '--slot', String(s.slot), '--report', join(dir, 'visit.txt'), '--yes'], env(k));
      assert.equal(out.code, 0, out.stderr);
    }
    out = await lashou(['claim', 'status', claimId, '--json'], env());
    assert.equal(out.code, 0, out.stderr);
    assert.equal(JSON.parse(out.stdout).state, 'Announced');
    out = await lashou(['claim', 'status', claimId], env());
    assert.match(out.stdout, /claim 1: Announced/);
    out = await lashou(['claim', 'list', '--json'], env());
    assert.equal(JSON.parse(out.stdout).claims.length, 1);
    // Anyone approving too early: the deadline is named.
    assertOneLineError(await lashou(['claim', 'approve', claimId, '--yes'], env(7)), /claim 1's deadline is .*: wait until after it/);
  });

  test('bad input: unknown claim, malformed hash, bad slot, wrong witness, no confirmation', { concurrency: 4 }, async () => {
    const results = await Promise.all([
      lashou(['claim', 'status', '99'], env()),
      lashou(['claim', 'file', '--document-hash', '0x12', '--diagnosed', '2026-01-01', '--amount', '1', '--region', '7', '--notary', address(1), '--signature', '0x00', '--yes'], env(6)),
      lashou(['witness', 'accept', '1', '--slot', '5', '--yes'], env(2)),
      lashou(['claim', 'status', 'abc'], env()),
      lashou(['operator', 'review', '1', '--reject', 'Because', '--yes'], env(0)),
      lashou(['witness', 'attest', '1', '--slot', '0', '--report-hash', `0x${'11'.repeat(32)}`, '--yes'], env(7)),
      lashou(['report', 'file', '1', '--evidence-hash', `0x${'22'.repeat(32)}`], env(7)),
      lashou(['claim', 'file', '--document-hash', `0x${'33'.repeat(32)}`, '--diagnosed', '2026-02-30', '--amount', '1', '--region', '7', '--notary', address(1), '--signature', '0x00', '--yes'], env(6)),
      lashou(['report', 'expire', 'x1', '--yes'], env(7)),
      lashou(['report', 'claim-refund', '--to', '0x1234', '--yes'], env(7)),
      lashou(['operator', 'withdraw-fees', '--amount', '1.0000001', '--yes'], env(0)),
    ]);
    assertOneLineError(results[0]!, /there is no claim 99: claim ids run from 1 to 1/);
    assertOneLineError(results[1]!, /--document-hash "0x12" is not a 32-byte hash/);
    assertOneLineError(results[2]!, /slot "5" is not valid: give 0, 1 or 2/);
    assertOneLineError(results[3]!, /claim id "abc" is not valid/);
    assertOneLineError(results[4]!, /reason "Because" is not known: use one of WaitingPeriod/);
    assertOneLineError(results[5]!, /claim 1 is Announced, which does not allow this: after the announcement window anyone approves it/);
    assertOneLineError(results[6]!, /pass --yes to confirm/);
    assertOneLineError(results[7]!, /date "2026-02-30" is not valid/);
    assertOneLineError(results[8]!, /report id "x1" is not valid/);
    assertOneLineError(results[9]!, /--to .*0x1234/);
    assertOneLineError(results[10]!, /decimal|digits|places/i);
  });

  test('reports on an announced claim: file (commit, then reveal, salt printed), reveal by hand, status, and the claim shows them open', async () => {
    writeFileSync(join(dir, 'evidence.txt'), 'Photos of the patient at a marathon.');
    let out = await lashou(['report', 'file', '1', '--evidence', join(dir, 'evidence.txt'), '--yes'], env(8));
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /^report 1 filed with a 100\.00 tUSD bond; the operator decides by \d{4}-/);
    assert.match(out.stdout, /\nevidence  0x[0-9a-f]{64} \(revealed\)\nsalt      0x[0-9a-f]{64} \(keep it with the evidence\)\ntransactions 0x[0-9a-f]{64} \(report\), 0x[0-9a-f]{64} \(reveal\)/);
    // A second report commits without revealing (as if its reveal did not go through), then reveals with the CLI.
    const reporter = chain.dev(7);
    const evidenceHash = keccak256(toHex('a second piece of evidence'));
    const salt = keccak256(toHex('the second salt'));
    const reports = d.reports as Address;
    await reporter.writeContract({ address: d.token, abi: erc20Abi, functionName: 'approve', args: [reports, 100n * UNIT] });
    const hash = await reporter.writeContract({ address: reports, abi: fraudReportsAbi, functionName: 'reportFraud', args: [1n, reportCommitment({ reporter: reporter.account.address, claimId: 1n, evidenceHash, salt })] });
    await reporter.waitForTransactionReceipt({ hash });
    out = await lashou(['report', 'status', '2'], env());
    assert.match(out.stdout, /^report 2 on claim 1: Open, under investigation until \d{4}-/);
    assert.match(out.stdout, /\ncommitment  0x[0-9a-f]{64}\nevidence    not revealed: the reporter reveals it before .*lashou report reveal 2 --salt/);
    out = await lashou(['claim', 'status', '1'], env());
    assert.match(out.stdout, /^claim 1: UnderInvestigation/);
    assert.match(out.stdout, /\nreports    2 open; the claim resumes Announced once none is left/);
    assertOneLineError(await lashou(['operator', 'resolve-report', '2', '--confirm', '--yes'], env(0)), /report 2's evidence is not revealed: fraud can be confirmed only on a revealed report/);
    assertOneLineError(await lashou(['report', 'reveal', '2', '--evidence-hash', evidenceHash, '--salt', keccak256(toHex('a wrong salt')), '--yes'], env(5)), /do not match report 2's commitment/);
    out = await lashou(['report', 'reveal', '2', '--evidence-hash', evidenceHash, '--salt', salt, '--yes'], env(5));
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, new RegExp(`^report 2: evidence ${evidenceHash} revealed`));
    out = await lashou(['report', 'status', '2', '--json'], env());
    const status = JSON.parse(out.stdout);
    assert.deepEqual([status.revealed, status.evidenceHash, status.firstWithEvidence, status.outcome], [true, evidenceHash, '2', 'Open']);
    assert.match((await lashou(['report', 'status', '1'], env())).stdout, /evidence    0x[0-9a-f]{64} \(revealed; first to reveal it on claim 1\)/);
    // Both dismissed: the claim is announced again.
    for (const id of ['1', '2']) assert.equal((await lashou(['operator', 'resolve-report', id, '--dismiss', '--yes'], env(0))).code, 0);
    assert.match((await lashou(['report', 'status', '2'], env())).stdout, /^report 2 on claim 1: Dismissed/);
    assert.match((await lashou(['claim', 'status', '1'], env())).stdout, /^claim 1: Announced/);
  });

  test('an approval above what the pool can pay within the payment window is refused with the most it can; the claim shows its payment', async () => {
    const day = String((await chain.dev(0).getBlock()).timestamp - 86_400n);
    const signed = JSON.parse((await lashou(['notary', 'sign', '--claimant', address(7), '--document-hash', `0x${'44'.repeat(32)}`, '--diagnosed', day, '--region', '7', '--json'], env(1))).stdout);
    let out = await lashou(['claim', 'file', '--document-hash', `0x${'44'.repeat(32)}`, '--diagnosed', day, '--amount', '1000', '--region', '7', '--notary', signed.notary, '--signature', signed.signature, '--yes', '--json'], env(7));
    assert.equal(out.code, 0, out.stderr);
    const claimId = JSON.parse(out.stdout).claimId as string;
    // Two members × 10 tUSD × 12 settlements in the 180-day window, less the three 1-tUSD commissions.
    assertOneLineError(
      await lashou(['operator', 'review', claimId, '--approve', '--nullifier', `0x${'55'.repeat(32)}`, '--yes'], env(0)),
      /the pool can pay at most 237\.00 tUSD more within the payment window with today's members .*, not 1000\.00 tUSD: approve at most 237\.00 tUSD/,
    );
    out = await lashou(['operator', 'review', claimId, '--approve', '--amount', '237', '--nullifier', `0x${'55'.repeat(32)}`, '--yes', '--json'], env(0));
    assert.equal(out.code, 0, out.stderr);
    assert.equal(JSON.parse(out.stdout).amount, String(237n * UNIT));
    // Claim 1 approved into the pool: its payout is owed, with the payment deadline.
    await chain.increaseTime(8 * 86_400);
    assert.equal((await lashou(['claim', 'approve', '1', '--yes'], env(7))).code, 0);
    out = await lashou(['claim', 'status', '1'], env());
    assert.match(out.stdout, /^claim 1: Approved/);
    assert.match(out.stdout, /\ndeadline   \d{4}-.* \(payment deadline\)/);
    assert.match(out.stdout, /\npayout     0\.00 tUSD of 12\.50 tUSD paid, 12\.50 tUSD still due by \d{4}-\d\d-\d\dT[\d:]+Z, when what is unpaid is cancelled/);
    assert.match(out.stdout, /\ncommission 3 × 1\.00 tUSD: 0\.00 tUSD paid, 3\.00 tUSD due/);
    const json = JSON.parse((await lashou(['claim', 'status', '1', '--json'], env())).stdout);
    assert.equal(json.payment.payout.outstanding, String(12_500_000n));
    assert.equal(json.payment.paymentDeadline, json.deadline);
  });
});
