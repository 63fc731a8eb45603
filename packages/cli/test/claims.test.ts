import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fraudReportsAbi } from '@lashou/abi';
import { activateWitness, computeNullifier, createIdentity, formatAmount, getClaim, getReportBond, joinPool, reportCommitment, requestTestTokens, stakeWitness, type DeployLashouReturnType } from '@lashou/sdk';
import { anvilDevKey, deployLashou, saveIdentity, startTestChain, type TestChain } from '@lashou/sdk/node';
import { type Address, erc20Abi, formatUnits, keccak256, toHex } from 'viem';
import { type CliResult, assertJsonSchema, assertOneLineError, lashou } from './helpers.js';
import { createSecretFile } from '../src/operatorSecret.js';

const UNIT = 1_000_000n;
let chain: TestChain;
let d: DeployLashouReturnType;
/** The report bond the deployment holds (read in `before`), and how the CLI writes it: human, --json, regex-escaped. */
let bond: bigint;
const bondJson = () => formatUnits(bond, 6);
const bondHuman = () => formatAmount(bond, { decimals: 6, symbol: 'tUSD' }).replaceAll('.', '\\.');
const dir = mkdtempSync(join(tmpdir(), 'lashou-cli-claims-'));
const deployments = join(dir, 'deployments');
// TZ: human output writes local times with the zone (formatTime); a fixed zone makes it checkable.
const env = (key?: number, extra: Record<string, string> = {}) => ({ LASHOU_RPC_URL: chain.rpcUrl, LASHOU_DEPLOYMENTS_DIR: deployments, TZ: 'Asia/Shanghai', ...(key === undefined ? {} : { LASHOU_PRIVATE_KEY: anvilDevKey(key) }), ...extra });
const address = (key: number) => chain.dev(key).account.address;
const keyOf = (witness: Address) => [2, 3, 4, 5].find((k) => address(k).toLowerCase() === witness.toLowerCase()) as number;
const operatorSecret = `0x${'5e'.repeat(32)}` as const;
/** The operator's encrypted secret file, and the password file that opens it (as a script gives it: never in argv). */
const secretFile = join(dir, 'operator-secret.json');
const passwordFile = join(dir, 'operator.pass');
const withSecret = ['--secret-file', secretFile, '--password-file', passwordFile];
/** The patient (member 6) joined with a passport issued by CHN: a PRC citizen, keyed by this resident ID number. */
const PATIENT_RESIDENT_ID = '11010519491231002X';
/** A local time as formatTime writes it in TZ=Asia/Shanghai. */
const LOCAL = String.raw`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\+08:00`;
const local = (text: string) => new RegExp(text.replaceAll('LOCAL', LOCAL));

/** A successful `--json` run: exit 0, one JSON document that follows the output schema (helpers.ts). */
function json(out: CliResult): Record<string, any> {
  assert.equal(out.code, 0, out.stderr);
  const doc = JSON.parse(out.stdout) as Record<string, any>;
  assertJsonSchema(doc, 6);
  return doc;
}

/** Human output writes no unix seconds and no ISO times: only formatTime's local date and time. */
function assertHumanTimes(out: CliResult) {
  assert.equal(out.code, 0, out.stderr);
  assert.doesNotMatch(out.stdout, /\d{4}-\d\d-\d\dT\d\d:\d\d/, `an ISO time in human output:\n${out.stdout}`);
  assert.doesNotMatch(out.stdout, /(^|[\s(])1\d{9}($|[\s),.;:])/m, `unix seconds in human output:\n${out.stdout}`);
}

// Roles: 0 deployer + operator, 1 notary, 2–5 witnesses, 6 patient, 7 another member, 8 supervisor, 9 a witness that leaves.
before(async () => {
  chain = await startTestChain();
  // DismissedBondToMembers 0: a dismissed report's bond becomes the operator's investigation fee, so that the
  // reports test below still covers `lashou operator withdraw-fees` (the default, 1, credits it to the members: the
  // SDK's claimLifecycle test and the indexer's tests cover that).
  d = await deployLashou(chain.dev(0), { deploymentsDir: deployments, claimParameters: { Commission: 1n * UNIT, DismissedBondToMembers: 0n } });
  bond = await getReportBond(chain.dev(0), { reports: d.reports as Address });
  for (const k of [6, 7]) {
    await requestTestTokens(chain.dev(k), { token: d.token, amount: 500n * UNIT });
    const identity = createIdentity({ docType: 'PASSPORT', idNumber: `CHN:E3000000${k}`, name: `Cli Member ${k}` });
    saveIdentity({ identity, path: join(dir, k === 6 ? 'patient.json' : 'other.json') });
    await joinPool(chain.dev(k), { pool: d.pool, identityCommitment: identity.commitment, deposit: 200n * UNIT });
  }
  for (const k of [2, 3, 4, 5]) {
    await requestTestTokens(chain.dev(k), { token: d.token, amount: 6_000n * UNIT });
    await stakeWitness(chain.dev(k), { registry: d.registry as Address, amount: 5_000n * UNIT, region: 7 });
  }
  await requestTestTokens(chain.dev(8), { token: d.token, amount: 500n * UNIT });
  await requestTestTokens(chain.dev(9), { token: d.token, amount: 5_000n * UNIT });
  writeFileSync(passwordFile, 'correct horse battery staple of the operator\n', { mode: 0o600 });
  await createSecretFile(secretFile, 'correct horse battery staple of the operator', operatorSecret);
  writeFileSync(join(dir, 'diagnosis.txt'), 'Diagnosis: acute leukaemia. Dr Li, 2026.');
  writeFileSync(join(dir, 'visit.txt'), 'Visited the patient at the hospital.');
  mkdirSync(join(dir, 'a-folder'));
});
after(async () => {
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the claim flow through lashou, as real processes', () => {
  test('witness status shows the seasoning; witness activate puts a seasoned witness in the draw, once; stake and unstake in --json', async () => {
    const w = address(2);
    let out = await lashou(['witness', 'status', w], env());
    assertHumanTimes(out);
    assert.match(out.stdout, local(String.raw`seasoned\s+at LOCAL\neligible\s+no \(seasoning until LOCAL\)`));
    assert.match(out.stdout, /\ndrawn {5}for no claim yet/);
    let doc = json(await lashou(['witness', 'status', w, '--json'], env()));
    assert.deepEqual([doc.stake, doc.stakeBaseUnits, doc.locked, doc.minimumStake, doc.region, doc.assignments], ['5000', '5000000000', '0', '5000', 7, []]);
    assert.equal(doc.seasonedAtIso, new Date(doc.seasonedAt * 1000).toISOString().replace('.000Z', 'Z'));
    assertOneLineError(await lashou(['witness', 'activate', w, '--yes'], env(7)), new RegExp(`${w} is in its seasoning period until .*: it can enter the draw only from then on`));
    // A witness that stakes and leaves at once (withdrawn in the last test, after the cooldown).
    doc = json(await lashou(['witness', 'stake', '--amount', '5000', '--region', '9', '--yes', '--json'], env(9)));
    assert.deepEqual([doc.witness, doc.amount, doc.amountBaseUnits, doc.region], [address(9), '5000', '5000000000', 9]);
    doc = json(await lashou(['witness', 'unstake', '--yes', '--json'], env(9)));
    assert.equal(typeof doc.availableAt, 'number');
    assert.match(doc.availableAtIso, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    out = await lashou(['witness', 'status', address(9)], env());
    assertHumanTimes(out);
    assert.match(out.stdout, local(String.raw`eligible  no \(unstaking\)\nunstake   withdraw after LOCAL`));
    // Past the members' waiting period, and the witnesses' seasoning.
    await chain.increaseTime(91 * 86_400);
    doc = json(await lashou(['witness', 'status', w, '--json'], env()));
    assert.deepEqual([doc.seasoned, doc.eligible, doc.awaitingActivation], [true, false, true]);
    assert.match((await lashou(['witness', 'status', w], env())).stdout, /eligible\s+no: seasoned, waiting to be activated/);
    // Anyone activates anyone; with no address, the key's own witness.
    out = await lashou(['witness', 'activate', w, '--yes'], env(7));
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, new RegExp(`^activated witness ${w} \\(tier 0, region 7\\)\ntransaction 0x`));
    doc = json(await lashou(['witness', 'activate', '--yes', '--json'], env(3)));
    assert.deepEqual([doc.witness, doc.entered, doc.tier, doc.region], [address(3), true, 0, 7]);
    out = await lashou(['witness', 'activate', w], env(7));
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /is already in the draw \(tier 0, region 7\): nothing to do/);
    json(await lashou(['witness', 'activate', w, '--json'], env(7)));
    out = await lashou(['witness', 'status', w], env());
    assertHumanTimes(out);
    assert.match(out.stdout, local(String.raw`seasoned\s+since LOCAL\neligible\s+yes \(tier 0: stakes from 5000\.00 tUSD\)`));
    for (const k of [4, 5]) await activateWitness(chain.dev(0), { registry: d.registry as Address, witness: address(k) });
  });

  test('notary add → sign → file → review → advance (draw) → accept → attest → status, each with its next step', async () => {
    let doc = json(await lashou(['operator', 'notary-add', address(1), '--yes', '--json'], env(0)));
    assert.deepEqual([doc.notary, doc.listed], [address(1), true]);
    const day = String((await chain.dev(0).getBlock()).timestamp - 86_400n); // unix seconds: a day ago, inside the cover
    // The notary attests the region: a signature for region 7 does not file a claim in region 8.
    const missing = await lashou(['notary', 'sign', '--claimant', address(6), '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day], env(1));
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /^error: required option '--region <code>' not specified/);
    let out = await lashou(['notary', 'sign', '--claimant', address(6), '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day, '--region', '7'], env(1));
    assertHumanTimes(out);
    assert.match(out.stdout, local(String.raw`\ndiagnosed  LOCAL \(the claimant files with the same --diagnosed value\)\nregion     7\n`));
    const signed = json(await lashou(['notary', 'sign', '--claimant', address(6), '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day, '--region', '7', '--json'], env(1)));
    assert.deepEqual([signed.region, signed.diagnosedAt, signed.claimant], [7, Number(day), address(6)]);
    assertOneLineError(
      await lashou(['claim', 'file', '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day, '--amount', '12.5', '--region', '8', '--notary', signed.notary, '--signature', signed.signature, '--yes'], env(6)),
      /the notary signature does not match/,
    );
    doc = json(await lashou(['claim', 'file', '--document', join(dir, 'diagnosis.txt'), '--diagnosed', day, '--amount', '12.5', '--region', '7', '--notary', signed.notary, '--signature', signed.signature, '--yes', '--json'], env(6)));
    assert.deepEqual([doc.claimId, doc.amount, doc.amountBaseUnits, doc.region, doc.claimant, doc.diagnosedAt], ['1', '12.5', '12500000', 7, address(6), Number(day)]);
    assert.equal(typeof doc.reviewDeadlineIso, 'string');
    const claimId = doc.claimId as string;
    // Filed: the operator reviews it by its deadline.
    out = await lashou(['claim', 'status', claimId], env());
    assertHumanTimes(out);
    assert.match(out.stdout, local(String.raw`\nnext       the operator reviews it by LOCAL \(lashou operator review 1 --approve --identity <file>, or --reject <reason>\); after that anyone may close it \(lashou claim advance 1; the keeper does it\)\n$`));
    doc = json(await lashou(['claim', 'status', claimId, '--json'], env()));
    assert.deepEqual([doc.claimId, doc.state, doc.requestedAmount, doc.requestedAmountBaseUnits, doc.openReports, doc.randomnessRequestId], ['1', 'Filed', '12.5', '12500000', 0, '0']);
    assert.deepEqual([doc.next.step, doc.next.who, doc.next.due, doc.next.deadline, doc.next.allowedAt, doc.next.kind], ['review', 'operator', false, doc.deadline, doc.deadline + 1, 'expireClaim']);
    assert.equal(doc.next.deadlineIso, doc.deadlineIso);
    // Wrong role: a member may not review.
    assertOneLineError(await lashou(['operator', 'review', claimId, '--reject', 'Other', '--yes'], env(7)), /does not hold OPERATOR_ROLE/);
    // Another member's identity file would give another person's nullifier: refused before anything is sent.
    assertOneLineError(
      await lashou(['operator', 'review', claimId, '--approve', '--identity', join(dir, 'other.json'), ...withSecret, '--yes'], env(0)),
      new RegExp(`other\\.json is not the identity of claim 1's claimant: ${address(6)} joined with commitment 0x[0-9a-f]{64}, the file gives 0x[0-9a-f]{64}, so its nullifier would be another person's.*nothing was sent`),
    );
    assert.equal((await getClaim(chain.dev(0), { claims: d.claims as Address, claimId: 1n })).state, 'Filed');
    // A secret in the environment is refused, not used: it leaks into process listings and shell history.
    assertOneLineError(
      await lashou(['operator', 'review', claimId, '--approve', '--identity', join(dir, 'patient.json'), '--resident-id', PATIENT_RESIDENT_ID, '--yes'], env(0, { LASHOU_OPERATOR_SECRET: operatorSecret })),
      /^error: LASHOU_OPERATOR_SECRET is not read any more: .*lashou operator secret import/,
    );
    // One person, one nullifier: the patient joined with a passport issued by CHN, so the person key is the resident ID.
    assertOneLineError(
      await lashou(['operator', 'review', claimId, '--approve', '--identity', join(dir, 'patient.json'), ...withSecret, '--yes'], env(0)),
      /^error: a passport issued by CHN belongs to a PRC citizen, whose person key is the resident ID number: give the resident ID number from the notarised documents/,
    );
    assert.equal((await getClaim(chain.dev(0), { claims: d.claims as Address, claimId: 1n })).state, 'Filed');
    doc = json(await lashou(['operator', 'review', claimId, '--approve', '--identity', join(dir, 'patient.json'), '--resident-id', PATIENT_RESIDENT_ID, ...withSecret, '--yes', '--json'], env(0)));
    assert.deepEqual([doc.claimId, doc.approved, doc.amount, doc.amountBaseUnits], ['1', true, '12.5', '12500000']);
    // The nullifier is the resident ID's (generation 1), the same one a resident ID identity of this person would give.
    assert.equal(doc.nullifier, computeNullifier({ person: { kind: 'CN_RESIDENT_ID', number: PATIENT_RESIDENT_ID }, operatorSecret, generation: 1 }));
    assert.match(doc.identityCommitment, /^0x[0-9a-f]{64}$/);
    // Reviewed: the witnesses are drawn from the randomness of a block not mined yet.
    doc = json(await lashou(['claim', 'status', claimId, '--json'], env()));
    assert.deepEqual([doc.state, doc.next.step, doc.next.who, doc.next.due, typeof doc.next.allowedAtBlock], ['Reviewed', 'draw', 'randomness', false, 'number']);
    assert.notEqual(doc.randomnessRequestId, '0');
    assert.match((await lashou(['claim', 'status', claimId], env())).stdout, /\nnext       the witnesses are drawn once block \d+ is mined \(now \d+\); then anyone draws them \(lashou claim advance 1; the keeper does it\)\n$/);
    await chain.mine(3);
    doc = json(await lashou(['claim', 'advance', claimId, '--yes', '--json'], env(7)));
    assert.deepEqual([doc.claimId, doc.action, doc.state, doc.next.who, doc.next.step], ['1', 'draw', 'WitnessesDrawn', 'witnesses', 'accept']);
    const c = await getClaim(chain.dev(0), { claims: d.claims as Address, claimId: 1n });
    assert.equal(c.state, 'WitnessesDrawn');
    for (const s of c.witnesses) {
      const k = keyOf(s.witness);
      // The witness sees the claim it was drawn for, and what to do by when.
      out = await lashou(['witness', 'status', s.witness], env());
      assertHumanTimes(out);
      assert.match(out.stdout, local(String.raw`\ndrawn     claim 1 slot ${s.slot} \(WitnessesDrawn\): accept by LOCAL \(lashou witness accept 1 --slot ${s.slot}\), or decline`));
      doc = json(await lashou(['witness', 'status', s.witness, '--json'], env()));
      assert.deepEqual(doc.assignments.map((a: Record<string, unknown>) => [a.claimId, a.slot, a.claimState, a.status, a.next, a.deadline]), [['1', s.slot, 'WitnessesDrawn', 'Drawn', 'accept', Number(s.deadline)]]);
      doc = json(await lashou(['witness', 'accept', claimId, '--slot', String(s.slot), '--yes', '--json'], env(k)));
      assert.deepEqual([doc.claimId, doc.slot, doc.witness], ['1', s.slot, s.witness]);
      doc = json(await lashou(['witness', 'status', s.witness, '--json'], env()));
      assert.deepEqual([doc.assignments[0].next, doc.assignments[0].status, doc.assignments[0].command], ['attest', 'Accepted', `lashou witness attest 1 --slot ${s.slot} --report <file>`]);
      doc = json(await lashou(['witness', 'attest', claimId, '--slot', String(s.slot), '--report', join(dir, 'visit.txt'), '--yes', '--json'], env(k)));
      assert.deepEqual([doc.claimId, doc.slot, doc.approve], ['1', s.slot, true]);
      assert.match((await lashou(['witness', 'status', s.witness], env())).stdout, new RegExp(`\\ndrawn     claim 1 slot ${s.slot} \\((WitnessesDrawn|Announced)\\): done, attested \\(approved\\)`));
    }
    doc = json(await lashou(['claim', 'status', claimId, '--json'], env()));
    assert.deepEqual([doc.state, doc.next.step, doc.next.who, doc.next.allowedAt], ['Announced', 'approveClaim', 'reporters', doc.deadline + 1]);
    assert.deepEqual(doc.witnesses.map((s: Record<string, unknown>) => s.status), ['Approved', 'Approved', 'Approved']);
    out = await lashou(['claim', 'status', claimId], env());
    assertHumanTimes(out);
    assert.match(out.stdout, /^claim 1: Announced/);
    assert.match(out.stdout, local(String.raw`\nnext       anyone may approve it after LOCAL \(lashou claim advance 1; the keeper does it\); until then anyone may report fraud \(lashou report file 1 --evidence <file>\)\n$`));
    doc = json(await lashou(['claim', 'list', '--json'], env()));
    assert.deepEqual([doc.claimCount, doc.from, doc.to, doc.claims.length, doc.claims[0].claimId], [1, 1, 1, 1, '1']);
    // Nothing to do before the announcement ends: it says what it waits for.
    doc = json(await lashou(['claim', 'advance', claimId, '--yes', '--json'], env(7)));
    assert.deepEqual([doc.action, doc.next.step, doc.hash], ['none', 'approveClaim', undefined]);
    out = await lashou(['claim', 'advance', claimId, '--yes'], env(7));
    assertHumanTimes(out);
    assert.match(out.stdout, local(String.raw`^nothing to do now: claim 1 is Announced\nnext       anyone may approve it after LOCAL`));
    // Anyone approving too early: the deadline is named.
    assertOneLineError(await lashou(['claim', 'approve', claimId, '--yes'], env(7)), /claim 1's deadline is .*: wait until after it/);
  });

  test('bad input: unknown claims and reports, bad ranges, unreadable files, malformed values, no confirmation', { concurrency: 4 }, async () => {
    const hash = `0x${'11'.repeat(32)}`;
    const notFound = /claim 99 does not exist: the last claim is 1 \(claims are numbered 1 to 1; lashou claim list\)$/;
    const noReport = /report 99 does not exist: no fraud report has been filed yet$/;
    const cases: [string[], number | undefined, RegExp][] = [
      [['claim', 'status', '99'], undefined, notFound],
      [['claim', 'advance', '99', '--yes'], 7, notFound],
      [['claim', 'approve', '99', '--yes'], 7, notFound],
      [['claim', 'mark-paid', '99', '--yes'], 7, notFound],
      [['witness', 'accept', '99', '--slot', '0', '--yes'], 2, notFound],
      [['witness', 'decline', '99', '--slot', '0', '--yes'], 2, notFound],
      [['witness', 'attest', '99', '--slot', '0', '--report-hash', hash, '--yes'], 2, notFound],
      [['operator', 'review', '99', '--reject', 'Other', '--yes'], 0, notFound],
      [['operator', 'review', '99', '--approve', '--identity', join(dir, 'patient.json'), '--yes'], 0, notFound],
      [['operator', 'arbitrate', '99', '--uphold', '--yes'], 0, notFound],
      [['operator', 'record-recovery', '99', '--amount', '1', '--yes'], 0, notFound],
      // Not "takes no fraud report now": the claim does not exist.
      [['report', 'file', '99', '--evidence-hash', hash, '--yes'], 8, notFound],
      [['report', 'status', '99'], undefined, noReport],
      [['report', 'reveal', '99', '--evidence-hash', hash, '--salt', hash, '--yes'], 8, noReport],
      [['report', 'expire', '99', '--yes'], 8, noReport],
      [['operator', 'resolve-report', '99', '--dismiss', '--yes'], 0, noReport],
      // claim list: claims are numbered 1..N.
      [['claim', 'list', '--from', '5', '--to', '3'], undefined, /--from 5 is after --to 3: give --from ≤ --to; claims are numbered 1 to 1$/],
      [['claim', 'list', '--from', 'x'], undefined, /--from "x" is not a claim id: claims are numbered 1 to 1 \(e\.g\. --from 1 --to 1\)$/],
      [['claim', 'list', '--to', '-2'], undefined, /--to "-2" is not a claim id: claims are numbered 1 to 1/],
      [['claim', 'list', '--from', '5'], undefined, /--from 5 is beyond the last claim: claims are numbered 1 to 1/],
      // Files that cannot be read: one line naming the file and what to do.
      [['claim', 'file', '--document', join(dir, 'nope.pdf'), '--diagnosed', '2026-01-01', '--amount', '1', '--region', '7', '--notary', address(1), '--signature', `0x${'00'.repeat(65)}`, '--yes'], 6, /--document .*nope\.pdf does not exist: check the path, or give --document-hash <0x…> if you already have its hash$/],
      [['notary', 'sign', '--claimant', address(6), '--document', join(dir, 'a-folder'), '--diagnosed', '2026-01-01', '--region', '7'], 1, /--document .*a-folder is a directory: give the path of the file itself, or give --document-hash/],
      [['report', 'file', '1', '--evidence', join(dir, 'a-folder'), '--yes'], 8, /--evidence .*a-folder is a directory: give the path of the file itself, or give --evidence-hash/],
      [['witness', 'attest', '1', '--slot', '0', '--report', join(dir, 'missing.txt'), '--yes'], 2, /--report .*missing\.txt does not exist: check the path, or give --report-hash/],
      [['operator', 'review', '1', '--approve', '--identity', join(dir, 'a-folder'), '--yes'], 0, /--identity .*a-folder is a directory: give the path of the file itself$/],
      // Malformed values.
      [['claim', 'file', '--document-hash', '0x12', '--diagnosed', '2026-01-01', '--amount', '1', '--region', '7', '--notary', address(1), '--signature', '0x00', '--yes'], 6, /--document-hash "0x12" is not a 32-byte hash/],
      [['witness', 'accept', '1', '--slot', '5', '--yes'], 2, /slot "5" is not valid: give 0, 1 or 2/],
      [['claim', 'status', 'abc'], undefined, /claim id "abc" is not valid/],
      [['operator', 'review', '1', '--reject', 'Because', '--yes'], 0, /reason "Because" is not known: use one of WaitingPeriod/],
      [['witness', 'attest', '1', '--slot', '0', '--report-hash', hash, '--yes'], 7, /claim 1 is Announced, which does not allow this: after the announcement window anyone approves it/],
      [['claim', 'file', '--document-hash', `0x${'33'.repeat(32)}`, '--diagnosed', '2026-02-30', '--amount', '1', '--region', '7', '--notary', address(1), '--signature', '0x00', '--yes'], 6, /date "2026-02-30" is not valid/],
      [['report', 'expire', 'x1', '--yes'], 7, /report id "x1" is not valid/],
      // Kept money goes to its owner only: --to is refused, saying why; --reporter names whose refund to release.
      [['report', 'claim-refund', '--to', address(7), '--yes'], 7, /^error: --to is not accepted: a report refund goes only to its reporter\. .*blacklist.*Nothing was sent$/],
      [['report', 'claim-refund', '--reporter', '0x1234', '--yes'], 7, /--reporter "0x1234" is not an address/],
      [['operator', 'withdraw-fees', '--amount', '1', '--to', address(5), '--yes'], 0, /^error: --to is not accepted: investigation fees go to the operator that withdraws them, your own address; send them on from there\. Nothing was sent$/],
      [['operator', 'withdraw-fees', '--amount', '1.0000001', '--yes'], 0, /decimal|digits|places/i],
      // The confirmation says what the report costs before asking (stdin is not a terminal here, so it is refused).
      [['report', 'file', '1', '--evidence-hash', `0x${'22'.repeat(32)}`], 7, new RegExp(`refusing to continue without confirmation \\(File a fraud report on claim 1 with a bond of ${bondHuman()} from ${address(7)}\\? Its evidence is revealed in a second transaction\\.\\): .*pass --yes to confirm`)],
    ];
    const results = await Promise.all(cases.map(([args, key]) => lashou(args, env(key))));
    results.forEach((result, i) => assertOneLineError(result, cases[i]![2]));
    // An unreadable file, where the user can be refused (root reads anything).
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.txt');
      writeFileSync(locked, 'secret', { mode: 0o000 });
      assertOneLineError(await lashou(['notary', 'sign', '--claimant', address(6), '--document', locked, '--diagnosed', '2026-01-01', '--region', '7'], env(1)), /--document .*locked\.txt cannot be read \(permission denied\): make it readable for this user \(chmod u\+r .*\) or run as its owner/);
    }
  });

  test('reports on an announced claim: file (commit, then reveal, salt printed), reveal by hand, status, and the claim shows them open with the next step', async () => {
    writeFileSync(join(dir, 'evidence.txt'), 'Photos of the patient at a marathon.');
    let out = await lashou(['report', 'file', '1', '--evidence', join(dir, 'evidence.txt'), '--yes'], env(8));
    assertHumanTimes(out);
    assert.match(out.stdout, local(String.raw`^report 1 filed with a ${bondHuman()} bond; the operator decides by LOCAL\n`));
    assert.match(out.stdout, /\nevidence  0x[0-9a-f]{64} \(revealed\)\nsalt      0x[0-9a-f]{64} \(keep it with the evidence\)\ntransactions 0x[0-9a-f]{64} \(report\), 0x[0-9a-f]{64} \(reveal\)/);
    // A second report commits without revealing (as if its reveal did not go through), then reveals with the CLI.
    const reporter = chain.dev(7);
    const evidenceHash = keccak256(toHex('a second piece of evidence'));
    const salt = keccak256(toHex('the second salt'));
    const reports = d.reports as Address;
    await reporter.writeContract({ address: d.token, abi: erc20Abi, functionName: 'approve', args: [reports, bond] });
    const hash = await reporter.writeContract({ address: reports, abi: fraudReportsAbi, functionName: 'reportFraud', args: [1n, reportCommitment({ reporter: reporter.account.address, claimId: 1n, evidenceHash, salt })] });
    await reporter.waitForTransactionReceipt({ hash });
    out = await lashou(['report', 'status', '2'], env());
    assertHumanTimes(out);
    assert.match(out.stdout, local(String.raw`^report 2 on claim 1: Open, under investigation until LOCAL\n`));
    assert.match(out.stdout, /\ncommitment  0x[0-9a-f]{64}\nevidence    not revealed: the reporter reveals it before .*lashou report reveal 2 --salt/);
    out = await lashou(['claim', 'status', '1'], env());
    assertHumanTimes(out);
    assert.match(out.stdout, /^claim 1: UnderInvestigation/);
    assert.match(out.stdout, /\nreports    2 open; the claim resumes Announced once none is left/);
    assert.match(out.stdout, local(String.raw`\nnext       the operator resolves report 1 by LOCAL \(lashou operator resolve-report 1 --confirm or --dismiss\); after that anyone may close it, bond back \(lashou report expire 1\); 1 more open: report 2\n$`));
    let doc = json(await lashou(['claim', 'status', '1', '--json'], env()));
    assert.deepEqual([doc.state, doc.openReports, doc.next.step, doc.next.who, doc.next.reportId], ['UnderInvestigation', 2, 'resolveReport', 'operator', '1']);
    assertOneLineError(await lashou(['operator', 'resolve-report', '2', '--confirm', '--yes'], env(0)), /report 2's evidence is not revealed: fraud can be confirmed only on a revealed report/);
    assertOneLineError(await lashou(['report', 'reveal', '2', '--evidence-hash', evidenceHash, '--salt', keccak256(toHex('a wrong salt')), '--yes'], env(5)), /do not match report 2's commitment/);
    doc = json(await lashou(['report', 'reveal', '2', '--evidence-hash', evidenceHash, '--salt', salt, '--yes', '--json'], env(5)));
    assert.deepEqual([doc.reportId, doc.evidenceHash], ['2', evidenceHash]);
    doc = json(await lashou(['report', 'status', '2', '--json'], env()));
    assert.deepEqual([doc.reportId, doc.claimId, doc.revealed, doc.evidenceHash, doc.firstReportWithEvidenceId, doc.outcome, doc.bond, doc.bondBaseUnits], ['2', '1', true, evidenceHash, '2', 'Open', bondJson(), String(bond)]);
    assert.equal(typeof doc.deadlineIso, 'string');
    assert.match((await lashou(['report', 'status', '1'], env())).stdout, /evidence    0x[0-9a-f]{64} \(revealed; first to reveal it on claim 1\)/);
    // Both dismissed: the claim is announced again; the bonds are the operator's fees (DismissedBondToMembers 0 here).
    for (const id of ['1', '2']) {
      doc = json(await lashou(['operator', 'resolve-report', id, '--dismiss', '--yes', '--json'], env(0)));
      assert.deepEqual([doc.reportId, doc.claimId, doc.outcome, doc.fee, doc.feeBaseUnits, doc.reward, doc.creditedToMembers], [id, '1', 'Dismissed', bondJson(), String(bond), '0', '0']);
    }
    assert.match((await lashou(['report', 'status', '2'], env())).stdout, /^report 2 on claim 1: Dismissed/);
    assert.match((await lashou(['claim', 'status', '1'], env())).stdout, /^claim 1: Announced/);
    // Two bonds of fees: one is withdrawn.
    doc = json(await lashou(['operator', 'withdraw-fees', '--amount', bondJson(), '--yes', '--json'], env(0)));
    assert.deepEqual([doc.to, doc.amount, doc.amountBaseUnits], [address(0), bondJson(), String(bond)]);
    assert.equal(await chain.dev(0).readContract({ address: reports, abi: fraudReportsAbi, functionName: 'operatorFees' }), bond);
    // Nothing waits for the reporter: nothing is sent, and it says so.
    doc = json(await lashou(['report', 'claim-refund', '--yes', '--json'], env(8)));
    assert.deepEqual([doc.reporter, doc.sent, doc.amount, doc.amountBaseUnits], [address(8), false, '0', '0']);
    assert.match((await lashou(['report', 'claim-refund', '--yes'], env(8))).stdout, /^no refund is waiting for 0x[0-9a-fA-F]{40}: nothing sent/);
    // Anyone may look for (and release) another reporter's refund: it would go to that reporter.
    doc = json(await lashou(['report', 'claim-refund', '--reporter', address(7), '--yes', '--json'], env(5)));
    assert.deepEqual([doc.reporter, doc.to, doc.sent, doc.amount], [address(7), address(7), false, '0']);
  });

  test('an approval above what the pool can pay within the payment window is refused with the most it can; the claim shows its payment and the next step', async () => {
    const day = String((await chain.dev(0).getBlock()).timestamp - 86_400n);
    const signed = JSON.parse((await lashou(['notary', 'sign', '--claimant', address(7), '--document-hash', `0x${'44'.repeat(32)}`, '--diagnosed', day, '--region', '7', '--json'], env(1))).stdout);
    let doc = json(await lashou(['claim', 'file', '--document-hash', `0x${'44'.repeat(32)}`, '--diagnosed', day, '--amount', '1000', '--region', '7', '--notary', signed.notary, '--signature', signed.signature, '--yes', '--json'], env(7)));
    const claimId = doc.claimId as string;
    assert.equal(claimId, '2');
    // The patient's identity is not the identity of claim 2's claimant (member 7).
    assertOneLineError(
      await lashou(['operator', 'review', claimId, '--approve', '--identity', join(dir, 'patient.json'), '--resident-id', PATIENT_RESIDENT_ID, ...withSecret, '--yes'], env(0)),
      new RegExp(`patient\\.json is not the identity of claim 2's claimant: ${address(7)} joined with commitment`),
    );
    // Two members × 10 tUSD × 12 settlements in the 180-day window, less the three 1-tUSD commissions.
    assertOneLineError(
      await lashou(['operator', 'review', claimId, '--approve', '--nullifier', `0x${'55'.repeat(32)}`, '--yes'], env(0)),
      /the pool can pay at most 237\.00 tUSD more within the payment window with today's members .*, not 1000\.00 tUSD: approve at most 237\.00 tUSD/,
    );
    doc = json(await lashou(['operator', 'review', claimId, '--approve', '--amount', '237', '--nullifier', `0x${'55'.repeat(32)}`, '--yes', '--json'], env(0)));
    assert.deepEqual([doc.amount, doc.amountBaseUnits, doc.nullifier], ['237', String(237n * UNIT), `0x${'55'.repeat(32)}`]);
    // Claim 1 approved into the pool: its payout is owed, with the payment deadline.
    await chain.increaseTime(8 * 86_400);
    doc = json(await lashou(['claim', 'approve', '1', '--yes', '--json'], env(7)));
    assert.deepEqual([doc.claimId, doc.state], ['1', 'Approved']);
    let out = await lashou(['claim', 'status', '1'], env());
    assertHumanTimes(out);
    assert.match(out.stdout, /^claim 1: Approved/);
    assert.match(out.stdout, local(String.raw`\ndeadline   LOCAL \(payment deadline\)`));
    assert.match(out.stdout, local(String.raw`\npayout     0\.00 tUSD of 12\.50 tUSD paid, 12\.50 tUSD still due by LOCAL, when what is unpaid is cancelled`));
    assert.match(out.stdout, /\ncommission 3 × 1\.00 tUSD: 0\.00 tUSD paid, 3\.00 tUSD due/);
    assert.match(out.stdout, local(String.raw`\nnext       the pool pays it in instalments at each settlement until LOCAL \(lashou pool settle; the keeper does it\)`));
    doc = json(await lashou(['claim', 'status', '1', '--json'], env()));
    assert.deepEqual([doc.payment.payout.outstanding, doc.payment.payout.outstandingBaseUnits, doc.payment.payout.paymentId], ['12.5', '12500000', doc.paymentId]);
    assert.equal(doc.payment.paymentDeadline, doc.deadline);
    assert.equal(doc.payment.commissions.length, 3);
    assert.deepEqual([doc.next.step, doc.next.who, doc.next.command], ['settle', 'settlement', 'lashou pool settle']);
    doc = json(await lashou(['claim', 'list', '--from', '2', '--to', '9', '--json'], env()));
    assert.deepEqual([doc.claimCount, doc.from, doc.to, doc.claims.map((c: Record<string, unknown>) => c.claimId)], [2, 2, 2, ['2']]);
    // The witness that unstaked at the start withdraws after its cooldown (7 days).
    doc = json(await lashou(['witness', 'withdraw', '--yes', '--json'], env(9)));
    assert.deepEqual([doc.witness, doc.amount, doc.amountBaseUnits], [address(9), '5000', '5000000000']);
    doc = json(await lashou(['operator', 'notary-remove', address(1), '--yes', '--json'], env(0)));
    assert.deepEqual([doc.notary, doc.listed], [address(1), false]);
  });

  test('one person, one nullifier across documents and secret rotations: the patient, joined again with the resident ID card, is refused after the secret was rotated', async () => {
    // The patient (paid by claim 1 under generation 1, having joined with a CHN passport) joins again from another
    // address with the resident ID card: another commitment, so the pool lets the membership in.
    const again = createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: PATIENT_RESIDENT_ID, name: 'Cli Member 6' });
    saveIdentity({ identity: again, path: join(dir, 'same-person.json') });
    await joinPool(chain.dev(8), { pool: d.pool, identityCommitment: again.commitment, deposit: 100n * UNIT });
    await chain.increaseTime(91 * 86_400);
    json(await lashou(['operator', 'notary-add', address(1), '--yes', '--json'], env(0)));
    const day = String((await chain.dev(0).getBlock()).timestamp - 86_400n);
    const hash = `0x${'66'.repeat(32)}`;
    const signed = JSON.parse((await lashou(['notary', 'sign', '--claimant', address(8), '--document-hash', hash, '--diagnosed', day, '--region', '7', '--json'], env(1))).stdout);
    const claimId = json(await lashou(['claim', 'file', '--document-hash', hash, '--diagnosed', day, '--amount', '5', '--region', '7', '--notary', signed.notary, '--signature', signed.signature, '--yes', '--json'], env(8))).claimId as string;
    // The operator rotates the secret: generation 2 is current, generation 1 (which paid the patient) is retired.
    const rotated = json(await lashou(['operator', 'secret', 'rotate', '--password-file', passwordFile, '--secret-file', secretFile, '--json'], env()));
    assert.deepEqual([rotated.generation, rotated.retired], [2, 1]);
    // Under generation 2 the person's nullifier is new, so the contract alone would pay them twice: the review finds the
    // generation 1 nullifier paid by claim 1 and refuses, sending nothing.
    assertOneLineError(
      await lashou(['operator', 'review', claimId, '--approve', '--identity', join(dir, 'same-person.json'), ...withSecret, '--yes'], env(0)),
      new RegExp(`^error: the patient of claim ${claimId} was already paid by claim 1 under the operator secret of generation 1 \\(nullifier 0x[0-9a-f]{64}\\): reject it with lashou operator review ${claimId} --reject DuplicatePerson; nothing was sent$`),
    );
    assert.equal((await getClaim(chain.dev(0), { claims: d.claims as Address, claimId: BigInt(claimId) })).state, 'Filed');
    json(await lashou(['operator', 'review', claimId, '--reject', 'DuplicatePerson', '--yes', '--json'], env(0)));
    assert.equal((await getClaim(chain.dev(0), { claims: d.claims as Address, claimId: BigInt(claimId) })).state, 'Rejected');
  });
});
