// The claim, witness, report and operator commands the main flow (claims.test.ts) does not reach: a witness declining
// and rejecting, arbitration, confirmed fraud and a recovery, an unanswered report expiring, a claim closed paid in part;
// every --json in the CLI's output schema, and the next step of each claim as it goes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CLAIM_PARAMETER_NAMES, type ClaimParameterName, acceptWitness, activateWitness, attestClaim, createIdentity, drawWitnesses, fileClaim, getClaim, joinPool, requestTestTokens, reviewClaim, setNotary, signDiagnosis,
  stakeWitness, type DeployLashouReturnType,
} from '@lashou/sdk';
import { anvilDevKey, deployLashou, startTestChain, type TestChain, type TestWalletClient } from '@lashou/sdk/node';
import { claimParametersAbi } from '@lashou/abi';
import { type Address, formatUnits, keccak256, toHex } from 'viem';
import { type CliResult, assertJsonSchema, assertOneLineError, lashou } from './helpers.js';

const UNIT = 1_000_000n;
const DAY = 86_400;
const REGION = 7;
let chain: TestChain;
let d: DeployLashouReturnType;
let claims: Address;
const dir = mkdtempSync(join(tmpdir(), 'lashou-cli-claims-lifecycle-'));
const deployments = join(dir, 'deployments');
const env = (key?: number) => ({ LASHOU_RPC_URL: chain.rpcUrl, LASHOU_DEPLOYMENTS_DIR: deployments, TZ: 'Asia/Shanghai', ...(key === undefined ? {} : { LASHOU_PRIVATE_KEY: anvilDevKey(key) }) });
const LOCAL = String.raw`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\+08:00`;
const local = (text: string) => new RegExp(text.replaceAll('LOCAL', LOCAL));
/** A claim parameter as the deployment holds it: the amounts below follow whatever the defaults are. */
const parameter = (name: ClaimParameterName) =>
  chain.dev(0).readContract({ address: d.claimParameters as Address, abi: claimParametersAbi, functionName: 'parameter', args: [CLAIM_PARAMETER_NAMES.indexOf(name)] });
// Roles: 0 operator, 1 notary, 2–5 and 10–11 witnesses, 6–8 members (claimants), 9 supervisor.
const WITNESSES = [2, 3, 4, 5, 10, 11];
const MEMBERS = [6, 7, 8];
const address = (key: number) => chain.dev(key).account.address;
const keyOf = (witness: Address) => WITNESSES.find((k) => address(k).toLowerCase() === witness.toLowerCase()) as number;
const wallet = (witness: Address): TestWalletClient => chain.dev(keyOf(witness));

function json(out: CliResult): Record<string, any> {
  assert.equal(out.code, 0, out.stderr);
  const doc = JSON.parse(out.stdout) as Record<string, any>;
  assertJsonSchema(doc, 6);
  return doc;
}

/** Files and approves at review a claim of member `key` (SDK), leaving it to the draw. */
async function fileReviewed(key: number, amount: bigint): Promise<bigint> {
  const documentHash = keccak256(toHex(`diagnosis of ${key}`));
  const diagnosedAt = (await chain.dev(0).getBlock()).timestamp - BigInt(DAY);
  const { signature, notary } = await signDiagnosis(chain.dev(1), { claims, claimant: address(key), documentHash, diagnosedAt, region: REGION });
  const { claimId } = await fileClaim(chain.dev(key), { claims, documentHash, diagnosedAt, amount, region: REGION, notary, signature });
  await reviewClaim(chain.dev(0), { claims, claimId, approve: true, amount, nullifier: keccak256(toHex(`nullifier of ${key}`)) });
  return claimId;
}

/** Draws until no slot is empty (SDK). */
async function drawAll(claimId: bigint) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await chain.mine(3);
    await drawWitnesses(chain.dev(0), { claims, claimId });
    if (!(await getClaim(chain.dev(0), { claims, claimId })).witnesses.some((s) => s.status === 'Empty')) return;
  }
  throw new Error(`claim ${claimId}: slots left empty`);
}

async function acceptAndAttestAll(claimId: bigint) {
  for (const s of (await getClaim(chain.dev(0), { claims, claimId })).witnesses) {
    if (s.status === 'Drawn') await acceptWitness(wallet(s.witness), { claims, claimId, slot: s.slot });
    await attestClaim(wallet(s.witness), { claims, claimId, slot: s.slot, reportHash: keccak256(toHex(`visit ${claimId}/${s.slot}`)) });
  }
}

before(async () => {
  chain = await startTestChain({ accounts: 12 });
  d = await deployLashou(chain.dev(0), { deploymentsDir: deployments, claimParameters: { Commission: 1n * UNIT }, minRegionWitnesses: 1n });
  claims = d.claims as Address;
  for (const k of MEMBERS) {
    await requestTestTokens(chain.dev(k), { token: d.token, amount: 1_000n * UNIT });
    await joinPool(chain.dev(k), { pool: d.pool, identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: `CHN:E4000000${k}`, name: `Member ${k}` }).commitment, deposit: 500n * UNIT });
  }
  for (const k of WITNESSES) {
    await requestTestTokens(chain.dev(k), { token: d.token, amount: 20_000n * UNIT });
    await stakeWitness(chain.dev(k), { registry: d.registry as Address, amount: 15_000n * UNIT, region: REGION });
  }
  await requestTestTokens(chain.dev(9), { token: d.token, amount: 1_000n * UNIT });
  await requestTestTokens(chain.dev(0), { token: d.token, amount: 1_000n * UNIT });
  await setNotary(chain.dev(0), { claims, notary: address(1), listed: true });
  await chain.increaseTime(91 * DAY);
  for (const k of WITNESSES) await activateWitness(chain.dev(0), { registry: d.registry as Address, witness: address(k) });
});
after(async () => {
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('claims that decline, reject, are arbitrated, confirmed as fraud, or closed past their windows', () => {
  test('a witness declines (its slot is released and redrawn), another rejects, and the operator upholds the rejection', async () => {
    const claimId = await fileReviewed(6, 10n * UNIT);
    assert.equal(claimId, 1n);
    await chain.mine(3);
    let doc = json(await lashou(['claim', 'advance', '1', '--yes', '--json'], env(9)));
    assert.deepEqual([doc.action, doc.state, doc.next.who], ['draw', 'WitnessesDrawn', 'witnesses']);
    let c = await getClaim(chain.dev(0), { claims, claimId });
    const decliner = c.witnesses[0]!.witness;
    doc = json(await lashou(['witness', 'decline', '1', '--slot', '0', '--yes', '--json'], env(keyOf(decliner))));
    assert.deepEqual([doc.claimId, doc.slot, doc.witness], ['1', 0, decliner]);
    doc = json(await lashou(['witness', 'status', decliner, '--json'], env()));
    assert.deepEqual(doc.assignments.map((a: Record<string, unknown>) => [a.claimId, a.slot, a.status, a.next, a.deadline, a.deadlineIso]), [['1', 0, 'Released', 'released', 0, null]]);
    assert.match((await lashou(['witness', 'status', decliner], env())).stdout, /\ndrawn     claim 1 slot 0 \(WitnessesDrawn\): released, the slot went to another witness \(declined, replaced or overruled\)\n/);
    // The declined slot waits for a draw from fresh randomness.
    doc = json(await lashou(['claim', 'status', '1', '--json'], env()));
    assert.equal(doc.witnesses[0].status, 'Empty');
    await drawAll(claimId);
    c = await getClaim(chain.dev(0), { claims, claimId });
    assert.notEqual(c.witnesses[0]!.witness.toLowerCase(), decliner.toLowerCase());
    for (const s of c.witnesses) await acceptWitness(wallet(s.witness), { claims, claimId, slot: s.slot });
    await attestClaim(wallet(c.witnesses[0]!.witness), { claims, claimId, slot: 0, reportHash: keccak256(toHex('visit 1/0')) });
    // Slot 1 rejects: the operator arbitrates.
    doc = json(await lashou(['witness', 'attest', '1', '--slot', '1', '--report-hash', keccak256(toHex('visit 1/1')), '--reject', '--yes', '--json'], env(keyOf(c.witnesses[1]!.witness))));
    assert.deepEqual([doc.claimId, doc.slot, doc.approve], ['1', 1, false]);
    doc = json(await lashou(['claim', 'status', '1', '--json'], env()));
    assert.deepEqual([doc.state, doc.next.step, doc.next.who, doc.next.deadline, doc.next.command], ['UnderArbitration', 'arbitrate', 'operator', doc.deadline, 'lashou operator arbitrate 1 --uphold|--overrule']);
    assert.match(
      (await lashou(['claim', 'status', '1'], env())).stdout,
      local(String.raw`\nnext       the operator arbitrates the witness's rejection by LOCAL \(lashou operator arbitrate 1 --uphold or --overrule\); after that anyone may close it, the rejection standing \(lashou claim advance 1; the keeper does it\)\n$`),
    );
    assertOneLineError(await lashou(['operator', 'arbitrate', '1', '--yes'], env(0)), /give exactly one of --uphold or --overrule/);
    doc = json(await lashou(['operator', 'arbitrate', '1', '--uphold', '--yes', '--json'], env(0)));
    assert.deepEqual([doc.claimId, doc.uphold], ['1', true]);
    doc = json(await lashou(['claim', 'status', '1', '--json'], env()));
    assert.deepEqual([doc.state, doc.reason, doc.next.step, doc.next.who, doc.next.due], ['Rejected', 'WitnessRejected', 'none', 'nobody', false]);
    assert.match((await lashou(['claim', 'status', '1'], env())).stdout, /\nnext       the claim is Rejected: nothing more happens\n$/);
    // Slot 2 accepted but never attested: the claim ended first.
    doc = json(await lashou(['witness', 'status', c.witnesses[2]!.witness, '--json'], env()));
    assert.deepEqual(doc.assignments.map((a: Record<string, unknown>) => [a.claimId, a.slot, a.claimState, a.next]), [['1', 2, 'Rejected', 'closed']]);
    doc = json(await lashou(['witness', 'status', c.witnesses[0]!.witness, '--json'], env()));
    assert.deepEqual(doc.assignments.find((a: Record<string, unknown>) => a.claimId === '1').next, 'done');
  });

  test('a fraud report on an approved claim is confirmed, and the operator records a recovery', async () => {
    const claimId = await fileReviewed(7, 10n * UNIT);
    assert.equal(claimId, 2n);
    await drawAll(claimId);
    await acceptAndAttestAll(claimId);
    await chain.increaseTime(8 * DAY);
    let doc = json(await lashou(['claim', 'approve', '2', '--yes', '--json'], env(9)));
    assert.deepEqual([doc.claimId, doc.state], ['2', 'Approved']);
    const bond = await parameter('ReportBond');
    doc = json(await lashou(['report', 'file', '2', '--evidence-hash', keccak256(toHex('evidence on 2')), '--yes', '--json'], env(9)));
    assert.deepEqual([doc.reportId, doc.claimId, doc.reporter, doc.bond, doc.bondBaseUnits], ['1', '2', address(9), formatUnits(bond, 6), String(bond)]);
    assert.match(doc.deadlineIso, /Z$/);
    doc = json(await lashou(['operator', 'resolve-report', '1', '--confirm', '--yes', '--json'], env(0)));
    assert.deepEqual([doc.reportId, doc.claimId, doc.outcome, doc.bondReturned], ['1', '2', 'Confirmed', formatUnits(bond, 6)]);
    // The reporter's reward: ReporterRewardBps of the 10-unit claim (far below the slashed locks); the rest to the members.
    const reward = 10n * UNIT * (await parameter('ReporterRewardBps')) / 10_000n;
    assert.ok(Number(doc.slashed) > 0 && reward > 0n, JSON.stringify(doc));
    assert.equal(doc.rewardBaseUnits, String(reward));
    assert.equal(BigInt(doc.creditedToMembersBaseUnits), BigInt(doc.slashedBaseUnits) - reward);
    doc = json(await lashou(['claim', 'status', '2', '--json'], env()));
    assert.deepEqual([doc.state, doc.next.who], ['FraudConfirmed', 'nobody']);
    doc = json(await lashou(['operator', 'record-recovery', '2', '--amount', '50', '--yes', '--json'], env(0)));
    assert.deepEqual([doc.claimId, doc.amount, doc.amountBaseUnits], ['2', '50', '50000000']);
    // A claim that is not fraud-confirmed takes no recovery.
    assertOneLineError(await lashou(['operator', 'record-recovery', '1', '--amount', '5', '--yes'], env(0)), /claim 1/);
  });

  test('approved after its announcement, an unanswered report expires, and past its payment window the claim closes paid in part', async () => {
    const claimId = await fileReviewed(8, 10n * UNIT);
    assert.equal(claimId, 3n);
    await drawAll(claimId);
    await acceptAndAttestAll(claimId);
    let doc = json(await lashou(['claim', 'advance', '3', '--yes', '--json'], env(9)));
    assert.deepEqual([doc.claimId, doc.action, doc.state, doc.next.step, doc.next.who], ['3', 'none', 'Announced', 'approveClaim', 'reporters']);
    await chain.increaseTime(8 * DAY);
    doc = json(await lashou(['claim', 'status', '3', '--json'], env()));
    assert.deepEqual([doc.next.step, doc.next.who, doc.next.due, doc.next.command], ['approveClaim', 'anyone', true, 'lashou claim advance 3']);
    assert.match((await lashou(['claim', 'status', '3'], env())).stdout, /\nnext       anyone may approve it now \(lashou claim advance 3; the keeper does it\): the announcement \(公示\) ended at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\+08:00/);
    const out = await lashou(['claim', 'advance', '3', '--yes'], env(9));
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, local(String.raw`^approve: the announcement \(公示\) ended at LOCAL with no report standing: the claim is approved into the pool\nclaim 3 is Approved\nnext       the pool pays it`));
    doc = json(await lashou(['report', 'file', '3', '--evidence-hash', keccak256(toHex('evidence on 3')), '--yes', '--json'], env(9)));
    assert.deepEqual([doc.reportId, doc.claimId], ['2', '3']);
    // The operator lets the investigation window (30 days) pass: anyone closes the report, bond back.
    await chain.increaseTime(31 * DAY);
    doc = json(await lashou(['claim', 'status', '3', '--json'], env()));
    assert.deepEqual([doc.state, doc.next.step, doc.next.who, doc.next.due, doc.next.reportId, doc.next.command], ['UnderInvestigation', 'expireReport', 'anyone', true, '2', 'lashou report expire 2']);
    assert.match((await lashou(['claim', 'status', '3'], env())).stdout, local(String.raw`\nnext       anyone may close report 2 now, bond back: the operator did not resolve it by LOCAL \(lashou report expire 2; the keeper does it\)\n$`));
    doc = json(await lashou(['report', 'expire', '2', '--yes', '--json'], env(9)));
    const bond = await parameter('ReportBond');
    assert.deepEqual([doc.reportId, doc.outcome, doc.bondReturned, doc.bondReturnedBaseUnits], ['2', 'Expired', formatUnits(bond, 6), String(bond)]);
    // Nobody settles the pool for the whole payment window: what it did not pay is cancelled.
    await chain.increaseTime(181 * DAY);
    doc = json(await lashou(['claim', 'status', '3', '--json'], env()));
    assert.deepEqual([doc.state, doc.next.step, doc.next.due], ['Approved', 'markClaimPaid', true]);
    doc = json(await lashou(['claim', 'mark-paid', '3', '--yes', '--json'], env(9)));
    assert.equal(doc.claimId, '3');
    assert.deepEqual([typeof doc.paidInPart.paid, doc.paidInPart.shortfall, doc.paidInPart.shortfallBaseUnits], ['string', '10', '10000000']);
    doc = json(await lashou(['claim', 'status', '3', '--json'], env()));
    assert.deepEqual([doc.state, doc.payment.inPart, doc.payment.payout.cancelled, doc.next.step, doc.next.who], ['Paid', true, '10', 'releaseStakes', 'reporters']);
  });
});
