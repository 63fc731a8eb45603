import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createIdentity, getClaim, joinPool, requestTestTokens, stakeWitness, type DeployLashouReturnType } from '@lashou/sdk';
import { anvilDevKey, deployLashou, saveIdentity, startTestChain, type TestChain } from '@lashou/sdk/node';
import type { Address } from 'viem';
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
  await chain.increaseTime(91 * 86_400);
  writeFileSync(join(dir, 'diagnosis.txt'), 'Diagnosis: acute leukaemia. Dr Li, 2026.');
  writeFileSync(join(dir, 'visit.txt'), 'Visited the patient at the hospital.');
});
after(async () => {
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the claim flow through lashou, as real processes', () => {
  test('notary add → sign → file → review → advance (draw) → accept → attest → status', async () => {
    let out = await lashou(['operator', 'notary-add', address(1), '--yes'], env(0));
    assert.equal(out.code, 0, out.stderr);
    const day = String((await chain.dev(0).getBlock()).timestamp - 86_400n); // unix seconds: a day ago, inside the cover
    out = await lashou(['notary', 'sign', '--claimant', address(6), '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day, '--json'], env(1));
    assert.equal(out.code, 0, out.stderr);
    const signed = JSON.parse(out.stdout) as { signature: string; notary: string };
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
});
