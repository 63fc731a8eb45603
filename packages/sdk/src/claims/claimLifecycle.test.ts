import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimsManagerAbi, mutualPoolAbi, witnessRegistryAbi } from '@lashou/abi';
import { claimParametersAbi, fraudReportsAbi } from '@lashou/abi';
import { type Address, type Hex, erc20Abi, keccak256, parseEventLogs, recoverAddress, toHex } from 'viem';
import {
  CLAIM_PARAMETER_NAMES, type ClaimParameterName, LashouContractError, InvalidInputError, acceptWitness, activateWitness, arbitrateClaim, advanceClaim, approveClaim, attestClaim, computeNullifier, createIdentity, declineWitness,
  deployLashou, fileClaim, formatAmount, getClaim, getMember, getPool, getReport, getWitness, joinPool, listClaims, markClaimPaid, recordRecovery,
  reportCommitment, reportFraud, requestTestTokens, requestUnstake, resolveReport, revealEvidence, reviewClaim, setNotary, settleEpoch, signDiagnosis, stakeWitness, withdrawStake, expireReport,
  drawWitnesses, getBlockHeaderRlp, type LashouError, type DeployLashouReturnType,
  personKey, residentIdCheckCharacter, checkRetiredNullifiers,
} from '../index.js';
import { startTestChain, type TestChain, type TestWalletClient } from '../node/index.js';

const UNIT = 1_000_000n;
const DAY = 86_400;
const REGION = 110000 % 65_536; // a coarse region code (1–65535)
const OTHER_REGION = 310;
const operatorSecret = `0x${'ab'.repeat(32)}` as Hex;

async function rejects(promise: Promise<unknown>, errorName: string, message: RegExp) {
  await assert.rejects(promise, (error: LashouError) => {
    assert.ok(error instanceof LashouContractError, `expected a LashouContractError, got ${error?.name}: ${error?.message}`);
    assert.equal(error.errorName, errorName);
    assert.match(error.shortMessage, message);
    return true;
  });
}

describe('claims through the SDK, every role, on anvil', () => {
  let chain: TestChain;
  let d: DeployLashouReturnType;
  let claims: Address;
  let registry: Address;
  let reports: Address;
  // Roles: 0 deployer + operator, 1 notary, 2–5 witnesses (region REGION), 6 witness elsewhere, 7–9, 11 and 12 members,
  // 10 supervisor, 13 and 14 other reporters.
  const MEMBERS = [7, 8, 9, 11, 12];
  const operator = () => chain.dev(0);
  const notary = () => chain.dev(1);
  const witnessClients = () => [2, 3, 4, 5, 6].map((i) => chain.dev(i));
  const member = (i: number) => chain.dev(MEMBERS[i]!);
  const supervisor = () => chain.dev(10);
  const byAddress = (address: Address): TestWalletClient => {
    for (let i = 0; i < 15; i++) if (chain.dev(i).account.address.toLowerCase() === address.toLowerCase()) return chain.dev(i);
    throw new Error(`no dev account ${address}`);
  };
  const identityOf = (i: number) => ({ docType: 'PASSPORT' as const, idNumber: `CHN:E2000000${i}`, name: `Patient ${i}` });
  /** A claim parameter as the deployment's ClaimParameters holds it, so the amounts below follow whatever the defaults are. */
  const parameter = (name: ClaimParameterName) =>
    operator().readContract({ address: d.claimParameters as Address, abi: claimParametersAbi, functionName: 'parameter', args: [CLAIM_PARAMETER_NAMES.indexOf(name)] });
  // A passport issued by CHN: the person key is the holder's resident ID number (docs/identity.md).
  const residentIdOf = (i: number) => { const first17 = `110105199001011${String(i).padStart(2, '0')}`; return `${first17}${residentIdCheckCharacter(first17)}`; };

  async function file(i: number, amount: bigint, diagnosis = `diagnosis of patient ${i} ${Date.now()}`) {
    const claimant = member(i).account.address;
    const documentHash = keccak256(toHex(diagnosis));
    const now = (await operator().getBlock()).timestamp;
    const diagnosedAt = now - BigInt(DAY);
    const { signature, notary: notaryAddress } = await signDiagnosis(notary(), { claims, claimant, documentHash, diagnosedAt, region: REGION });
    return fileClaim(member(i), { claims, documentHash, diagnosedAt, amount, region: REGION, notary: notaryAddress, signature });
  }

  async function drawAndAttest(claimId: bigint) {
    await chain.mine(2);
    await drawWitnesses(operator(), { claims, claimId });
    const c = await getClaim(operator(), { claims, claimId });
    for (const s of c.witnesses) {
      if (s.status !== 'Drawn') continue;
      await acceptWitness(byAddress(s.witness), { claims, claimId, slot: s.slot });
      await attestClaim(byAddress(s.witness), { claims, claimId, slot: s.slot, reportHash: keccak256(toHex(`visit ${claimId} ${s.slot}`)) });
    }
  }

  async function settleAll() {
    const genesis = await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'genesis' });
    const epoch = await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'currentEpoch' });
    await chain.setTime(genesis + (epoch + 1n) * 1_209_600n + 1n);
    for (;;) {
      const next = await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'nextEpochToSettle' });
      if (next > epoch) break;
      await settleEpoch(operator(), { pool: d.pool });
    }
  }

  before(async () => {
    chain = await startTestChain({ accounts: 15 });
    // Five members carry at most 5 × 10 units per epoch: small claims and a 1-unit commission keep each in one epoch.
    // A region's union is drawn from alone when it has the witnesses asked for (minRegionWitnesses 1): REGION's four
    // witnesses serve every claim here, and the one in OTHER_REGION is never drawn.
    d = await deployLashou(operator(), { claimParameters: { Commission: 1n * UNIT }, minRegionWitnesses: 1n });
    claims = d.claims as Address;
    registry = d.registry as Address;
    reports = d.reports as Address;
    for (let i = 0; i < MEMBERS.length; i++) {
      await requestTestTokens(member(i), { token: d.token, amount: 1_000n * UNIT });
      await joinPool(member(i), { pool: d.pool, identityCommitment: createIdentity(identityOf(i)).commitment, deposit: 500n * UNIT });
    }
    for (const [k, w] of witnessClients().entries()) {
      await requestTestTokens(w, { token: d.token, amount: 20_000n * UNIT });
      await stakeWitness(w, { registry, amount: 10_000n * UNIT, region: k < 4 ? REGION : OTHER_REGION });
    }
    for (const reporter of [supervisor(), chain.dev(13), chain.dev(14)]) await requestTestTokens(reporter, { token: d.token, amount: 1_000n * UNIT });
    await setNotary(operator(), { claims, notary: notary().account.address, listed: true });
    await chain.increaseTime(91 * DAY);
    // The witnesses' 30-day seasoning is over: anyone puts them in the draw.
    for (const w of witnessClients()) await activateWitness(member(0), { registry, witness: w.account.address });
  });
  after(async () => {
    await chain?.stop();
  });

  test('deployLashou wires every module and renounces the deployer admin', async () => {
    const c = operator();
    const role = (name: string) => keccak256(toHex(name));
    assert.ok(await c.readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'hasRole', args: [role('CLAIMS_ROLE'), claims] }));
    assert.ok(await c.readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'hasRole', args: [role('CREDITOR_ROLE'), reports] }));
    assert.ok(await c.readContract({ address: claims, abi: claimsManagerAbi, functionName: 'hasRole', args: [role('REPORTS_ROLE'), reports] }));
    assert.ok(await c.readContract({ address: registry, abi: witnessRegistryAbi, functionName: 'hasRole', args: [role('CLAIMS_ROLE'), claims] }));
    const ADMIN = `0x${'0'.repeat(64)}` as Hex;
    for (const address of [d.pool, claims, registry]) {
      assert.equal(await c.readContract({ address, abi: mutualPoolAbi, functionName: 'hasRole', args: [ADMIN, c.account.address] }), false, `${address} admin renounced`);
      assert.ok(await c.readContract({ address, abi: mutualPoolAbi, functionName: 'hasRole', args: [ADMIN, d.timelock] }), `${address} timelock admin`);
    }
    assert.equal(d.randomnessKind, 'prevrandao');
    assert.equal((await getWitness(c, { registry, witness: witnessClients()[0]!.account.address })).stake, 10_000n * UNIT);
  });

  test('the notary signature is the EIP-712 digest the contract verifies', async () => {
    const claimant = member(0).account.address;
    const documentHash = keccak256(toHex('a diagnosis'));
    const { signature, notary: signer } = await signDiagnosis(notary(), { claims, claimant, documentHash, diagnosedAt: 1_700_000_000n, region: REGION });
    const digest = await operator().readContract({ address: claims, abi: claimsManagerAbi, functionName: 'diagnosisDigest', args: [claimant, documentHash, 1_700_000_000n, BigInt(REGION)] });
    assert.equal(await recoverAddress({ hash: digest, signature }), signer);
    const other = await signDiagnosis(notary(), { claims, claimant: member(1).account.address, documentHash, diagnosedAt: 1_700_000_000n, region: REGION });
    assert.notEqual(await recoverAddress({ hash: digest, signature: other.signature }), signer);
    // The notary attests the region: a signature for another region does not verify for this one (the claimant cannot
    // choose where its witnesses come from).
    const elsewhere = await signDiagnosis(notary(), { claims, claimant, documentHash, diagnosedAt: 1_700_000_000n, region: OTHER_REGION });
    assert.notEqual(await recoverAddress({ hash: digest, signature: elsewhere.signature }), signer);
    await assert.rejects(signDiagnosis(notary(), { claims, claimant, documentHash, diagnosedAt: 1_700_000_000n, region: 0 }), (e: unknown) => e instanceof InvalidInputError && e.code === 'claim.region');
  });

  test('the header RLP rebuilt from eth_getBlockByNumber hashes to the block hash', async () => {
    const block = await operator().getBlock();
    assert.equal(keccak256(await getBlockHeaderRlp(operator(), { blockNumber: block.number })), block.hash);
  });

  test('happy path: file → review → draw → accept → attest → announced → approved → paid, then release', async () => {
    const patient = member(0).account.address;
    const tokensBefore = await operator().readContract({ address: d.token, abi: erc20Abi, functionName: 'balanceOf', args: [patient] });
    const { claimId } = await file(0, 15n * UNIT);
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'Filed');
    // Wrong role: a member cannot review.
    await rejects(reviewClaim(member(1), { claims, claimId, approve: true, amount: 15n * UNIT, nullifier: computeNullifier({ person: personKey(identityOf(0), { residentId: residentIdOf(0) }), operatorSecret }) }), 'AccessControlUnauthorizedAccount', /does not hold OPERATOR_ROLE/);
    await reviewClaim(operator(), { claims, claimId, approve: true, amount: 15n * UNIT, nullifier: computeNullifier({ person: personKey(identityOf(0), { residentId: residentIdOf(0) }), operatorSecret }) });
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'Reviewed');
    // The target block is ahead: the draw is refused with what to do.
    await rejects(drawWitnesses(operator(), { claims, claimId }), 'RandomnessNotYetAvailable', /wait \d+ more block/);
    await chain.mine(5); // past the target: the header path of PrevrandaoSource
    const { assigned } = await drawWitnesses(operator(), { claims, claimId });
    assert.equal(assigned.length, 3);
    let c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.state, 'WitnessesDrawn');
    assert.ok(c.witnesses.every((s) => s.status === 'Drawn'));
    // Slot 0 declines; the slot is refilled by the next draw.
    const decliner = c.witnesses[0]!.witness;
    await rejects(acceptWitness(member(1), { claims, claimId, slot: 0 }), 'ClaimsNotSlotWitness', /is not the witness drawn in slot 0/);
    await declineWitness(byAddress(decliner), { claims, claimId, slot: 0 });
    await chain.mine(3);
    // The redraw's randomness can be known now: nobody may empty another slot before it is drawn with.
    await rejects(declineWitness(byAddress(c.witnesses[1]!.witness), { claims, claimId, slot: 1 }), 'ClaimsDrawPending', /draw with it first \(lashou claim advance\)/);
    const advanced = await advanceClaim(operator(), { claims, claimId });
    assert.equal(advanced.action, 'draw');
    c = await getClaim(operator(), { claims, claimId });
    assert.ok(c.witnesses.every((s) => s.status === 'Drawn'));
    assert.ok(!c.witnesses.some((s) => s.witness === decliner), 'the decliner is excluded from the redraw');
    for (const s of c.witnesses) {
      await acceptWitness(byAddress(s.witness), { claims, claimId, slot: s.slot });
      await attestClaim(byAddress(s.witness), { claims, claimId, slot: s.slot, reportHash: keccak256(toHex(`visit ${s.slot}`)) });
    }
    c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.state, 'Announced');
    await rejects(approveClaim(operator(), { claims, claimId }), 'ClaimsDeadlineNotReached', /wait until after it/);
    assert.equal((await advanceClaim(operator(), { claims, claimId })).action, 'none');
    await chain.increaseTime(7 * DAY + 1);
    assert.equal((await advanceClaim(operator(), { claims, claimId })).state, 'Approved');
    await rejects(markClaimPaid(operator(), { claims, claimId }), 'ClaimsNotFullyPaid', /settle its epoch/);
    await settleAll();
    await markClaimPaid(operator(), { claims, claimId });
    c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.state, 'Paid');
    assert.equal(c.approvedAmount, 15n * UNIT);
    assert.equal(await operator().readContract({ address: d.token, abi: erc20Abi, functionName: 'balanceOf', args: [patient] }), tokensBefore + 15n * UNIT, 'the patient is paid');
    const { claims: list } = await listClaims(operator(), { claims });
    assert.deepEqual(list.map((x) => x.state), ['Paid']);
  });

  test('a rejection at review closes the claim with its reason; bad input is refused before sending', async () => {
    const { claimId } = await file(1, 80n * UNIT);
    await assert.rejects(reviewClaim(operator(), { claims, claimId, approve: false, reason: 'Nonsense' as never }), InvalidInputError);
    await reviewClaim(operator(), { claims, claimId, approve: false, reason: 'DocumentsInvalid' });
    const c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.state, 'Rejected');
    assert.equal(c.reason, 'DocumentsInvalid');
    await rejects(reviewClaim(operator(), { claims, claimId, approve: false, reason: 'Other' }), 'ClaimsWrongState', /claim \d+ is Rejected/);
    await assert.rejects(getClaim(operator(), { claims, claimId: 999n }), /there is no claim 999/);
    await assert.rejects(fileClaim(member(1), { claims, documentHash: '0x1234', diagnosedAt: 1n, amount: 1n, region: REGION, notary: notary().account.address, signature: `0x${'00'.repeat(65)}` }), /must be a 32-byte hash/);
  });

  test('a fraud report after payment is confirmed: witnesses slashed, reporter rewarded, claimant expelled, recovery credited', async () => {
    const { claimId } = await file(2, 10n * UNIT);
    await reviewClaim(operator(), { claims, claimId, approve: true, amount: 10n * UNIT, nullifier: computeNullifier({ person: personKey(identityOf(2), { residentId: residentIdOf(2) }), operatorSecret }) });
    await drawAndAttest(claimId);
    await chain.increaseTime(7 * DAY + 1);
    await approveClaim(operator(), { claims, claimId });
    await settleAll();
    await markClaimPaid(operator(), { claims, claimId });
    const slashedWitnesses = (await getClaim(operator(), { claims, claimId })).witnesses.map((s) => s.witness);
    const evidenceHash = keccak256(toHex('photos of the patient at work'));
    const { reportId, bond } = await reportFraud(supervisor(), { reports, claimId, evidenceHash });
    assert.equal(bond, await parameter('ReportBond'));
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'UnderInvestigation');
    await rejects(resolveReport(supervisor(), { reports, reportId, confirmed: true }), 'AccessControlUnauthorizedAccount', /OPERATOR_ROLE/);
    const resolved = await resolveReport(operator(), { reports, reportId, confirmed: true });
    assert.equal(resolved.outcome, 'Confirmed');
    // Each witness locked max(StakeLock, ceil(amount × StakeCoverBps / (3 × 10 000))) and loses it whole; the reporter
    // gets ReporterRewardBps of the 10-unit claim (at most the slash), the members the rest.
    const cover = 10n * UNIT * (await parameter('StakeCoverBps'));
    const lock = [await parameter('StakeLock'), (cover + 29_999n) / 30_000n].reduce((a, b) => (a > b ? a : b));
    assert.equal(resolved.slashed, 3n * lock);
    const reward = 10n * UNIT * (await parameter('ReporterRewardBps')) / 10_000n;
    assert.equal(resolved.reward, reward < resolved.slashed ? reward : resolved.slashed);
    assert.equal(resolved.creditedToMembers, resolved.slashed - resolved.reward);
    assert.equal(resolved.bondReturned, bond);
    assert.equal((await getReport(operator(), { reports, reportId })).outcome, 'Confirmed');
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'FraudConfirmed');
    const expelled = await getMember(operator(), { pool: d.pool, member: member(2).account.address });
    assert.equal(expelled.status, 'ExitRequested');
    assert.equal(expelled.expelled, true, 'the claimant can never join again');
    for (const w of slashedWitnesses) assert.ok((await getWitness(operator(), { registry, witness: w })).stake < 10_000n * UNIT, `${w} slashed`);
    await requestTestTokens(operator(), { token: d.token, amount: 50n * UNIT });
    await recordRecovery(operator(), { reports, claimId, amount: 50n * UNIT });
    await rejects(reportFraud(supervisor(), { reports, claimId, evidenceHash }), 'ClaimsReportsClosed', /takes no fraud report now/);
  });

  test('a no-show is replaced by anyone after its deadline; a witness rejection upheld by the operator rejects the claim', async () => {
    // Earlier claims keep their stakes locked (paid: until release; fraud: slashed); the registry still counts a
    // fully locked witness as eligible and the manager skips it at lock time, so top the stakes up first.
    for (const w of witnessClients().slice(0, 4)) await stakeWitness(w, { registry, amount: 10_000n * UNIT, region: REGION });
    const { claimId } = await file(1, 9n * UNIT, 'second diagnosis of patient 1');
    await reviewClaim(operator(), { claims, claimId, approve: true, amount: 9n * UNIT, nullifier: computeNullifier({ person: personKey(identityOf(1), { residentId: residentIdOf(1) }), operatorSecret }) });
    await chain.mine(3);
    await drawWitnesses(operator(), { claims, claimId });
    let c = await getClaim(operator(), { claims, claimId });
    assert.ok(c.witnesses.every((s) => s.status === 'Drawn'), 'three witnesses with free stake drawn');
    const noShow = c.witnesses[0]!.witness;
    for (const s of c.witnesses.slice(1)) await acceptWitness(byAddress(s.witness), { claims, claimId, slot: s.slot });
    assert.equal((await advanceClaim(operator(), { claims, claimId })).action, 'none', 'nobody is late yet');
    await chain.increaseTime(3 * DAY + 1);
    const stakeBefore = (await getWitness(operator(), { registry, witness: noShow })).stake;
    const replaced = await advanceClaim(member(0), { claims, claimId });
    assert.equal(replaced.action, 'replace');
    assert.equal((await getWitness(operator(), { registry, witness: noShow })).stake, stakeBefore - 250n * UNIT, '5 % of the 5 000 stake lock');
    await chain.mine(3);
    const redraw = await advanceClaim(member(0), { claims, claimId });
    assert.equal(redraw.action, 'draw', redraw.detail);
    assert.match(redraw.detail, /slot 0: 0x/);
    c = await getClaim(operator(), { claims, claimId });
    assert.notEqual(c.witnesses[0]!.witness, noShow);
    await acceptWitness(byAddress(c.witnesses[0]!.witness), { claims, claimId, slot: 0 });
    await attestClaim(byAddress(c.witnesses[1]!.witness), { claims, claimId, slot: 1, reportHash: keccak256(toHex('not ill')), approve: false });
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'UnderArbitration');
    await rejects(arbitrateClaim(member(0), { claims, claimId, uphold: true }), 'AccessControlUnauthorizedAccount', /OPERATOR_ROLE/);
    await arbitrateClaim(operator(), { claims, claimId, uphold: true });
    c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.state, 'Rejected');
    assert.equal(c.reason, 'WitnessRejected');
  });

  test('a dismissed report\'s bond is credited to the members; a report the operator leaves unanswered is closed by anyone after its deadline: bond back, the claim goes on', async () => {
    const { claimId } = await file(1, 8n * UNIT, 'third diagnosis of patient 1');
    await reviewClaim(operator(), { claims, claimId, approve: true, amount: 8n * UNIT, nullifier: computeNullifier({ person: personKey(identityOf(1), { residentId: residentIdOf(1) }), operatorSecret }) });
    await drawAndAttest(claimId);
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'Announced');
    // First a report the operator dismisses: with DismissedBondToMembers set (the default) the bond is credited to
    // every member under DISMISSED_BOND, and none of it becomes the operator's fee.
    assert.equal(await parameter('DismissedBondToMembers'), 1n);
    const feesBefore = await operator().readContract({ address: reports, abi: fraudReportsAbi, functionName: 'operatorFees' });
    const dismissed = await reportFraud(supervisor(), { reports, claimId, evidenceHash: keccak256(toHex('a grudge')) });
    const outcome = await resolveReport(operator(), { reports, reportId: dismissed.reportId, confirmed: false });
    assert.deepEqual([outcome.outcome, outcome.bondReturned, outcome.reward, outcome.creditedToMembers, outcome.fee], ['Dismissed', 0n, 0n, dismissed.bond, 0n]);
    const [credit] = parseEventLogs({ abi: mutualPoolAbi, eventName: 'MembersCredited', logs: outcome.receipt.logs });
    assert.deepEqual([credit?.args.amount, credit?.args.refId], [dismissed.bond, claimId]);
    assert.equal(await operator().readContract({ address: reports, abi: fraudReportsAbi, functionName: 'operatorFees' }), feesBefore);
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'Announced', 'the claim resumes');

    const evidenceHash = keccak256(toHex('a rumour'));
    const before = await operator().readContract({ address: d.token, abi: erc20Abi, functionName: 'balanceOf', args: [supervisor().account.address] });
    const { reportId, bond } = await reportFraud(supervisor(), { reports, claimId, evidenceHash });
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'UnderInvestigation');
    await rejects(expireReport(member(0), { reports, reportId }), 'ReportsDeadlineNotReached', /./);
    const { deadline } = await getReport(operator(), { reports, reportId });
    await chain.setTime(deadline + 1n);
    const expired = await expireReport(member(0), { reports, reportId });
    assert.equal(expired.outcome, 'Expired');
    assert.equal(expired.bondReturned, bond);
    const after = await operator().readContract({ address: d.token, abi: erc20Abi, functionName: 'balanceOf', args: [supervisor().account.address] });
    assert.equal(after, before, 'the whole bond came back');
    assert.notEqual((await getClaim(operator(), { claims, claimId })).state, 'UnderInvestigation', 'the claim goes on');
    await assert.rejects(expireReport(member(0), { reports, reportId: 0n }), InvalidInputError);
  });

  test('several reports on an approved claim: the first to reveal the evidence is confirmed, its remaining payments are cancelled, the others close as superseded', async () => {
    // Fresh stake for the draw (earlier claims keep theirs locked).
    for (const w of witnessClients().slice(0, 4)) {
      await requestTestTokens(w, { token: d.token, amount: 10_000n * UNIT });
      await stakeWitness(w, { registry, amount: 10_000n * UNIT, region: REGION });
    }
    const { claimId } = await file(3, 20n * UNIT, 'diagnosis of patient 3');
    await reviewClaim(operator(), { claims, claimId, approve: true, amount: 20n * UNIT, nullifier: computeNullifier({ person: personKey(identityOf(3), { residentId: residentIdOf(3) }), operatorSecret }) });
    await drawAndAttest(claimId);
    await chain.increaseTime(7 * DAY + 1);
    await approveClaim(operator(), { claims, claimId });
    let c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.state, 'Approved');
    const queuedBefore = (await getPool(operator(), { pool: d.pool })).queuedPayments;

    // Three reporters while the claim waits for its instalments. A and B reveal the same evidence (A first); C only commits.
    const evidence = keccak256(toHex('the patient runs marathons'));
    const a = await reportFraud(supervisor(), { reports, claimId, evidenceHash: evidence });
    assert.ok(a.revealHash, 'the evidence was revealed in a second transaction');
    assert.equal(a.commitment, reportCommitment({ reporter: supervisor().account.address, claimId, evidenceHash: evidence, salt: a.salt }));
    const b = await reportFraud(chain.dev(13), { reports, claimId, evidenceHash: evidence });
    const reporterC = chain.dev(14);
    const saltC = keccak256(toHex('salt of C'));
    const bond = await operator().readContract({ address: d.claimParameters as Address, abi: claimParametersAbi, functionName: 'parameter', args: [11] });
    await reporterC.writeContract({ address: d.token, abi: erc20Abi, functionName: 'approve', args: [reports, bond] });
    const filed = await reporterC.writeContract({
      address: reports, abi: fraudReportsAbi, functionName: 'reportFraud',
      args: [claimId, reportCommitment({ reporter: reporterC.account.address, claimId, evidenceHash: keccak256(toHex('other evidence')), salt: saltC })],
    });
    const [reportedC] = parseEventLogs({ abi: fraudReportsAbi, logs: (await reporterC.waitForTransactionReceipt({ hash: filed })).logs, eventName: 'FraudReported' });
    const cId = reportedC!.args.reportId;
    c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.state, 'UnderInvestigation');
    assert.equal(c.openReports, 3n);
    const shownA = await getReport(operator(), { reports, reportId: a.reportId });
    assert.deepEqual([shownA.evidenceHash, shownA.commitment, shownA.firstWithEvidence, shownA.resumeState], [evidence, a.commitment, a.reportId, 'Approved']);
    const shownC = await getReport(operator(), { reports, reportId: cId });
    assert.deepEqual([shownC.evidenceHash, shownC.firstWithEvidence], [`0x${'0'.repeat(64)}`, undefined]);

    await rejects(resolveReport(operator(), { reports, reportId: b.reportId, confirmed: true }), 'ReportsEvidenceFirstReportedBy', new RegExp(`report ${a.reportId} revealed the same evidence before report ${b.reportId}: confirm report ${a.reportId} instead`));
    await rejects(resolveReport(operator(), { reports, reportId: cId, confirmed: true }), 'ReportsEvidenceNotRevealed', /evidence is not revealed: .*lashou report reveal/);
    await rejects(revealEvidence(reporterC, { reports, reportId: cId, evidenceHash: keccak256(toHex('other evidence')), salt: keccak256(toHex('a guess')) }), 'ReportsCommitmentMismatch', /do not match report \d+'s commitment/);

    const confirmed = await resolveReport(operator(), { reports, reportId: a.reportId, confirmed: true });
    assert.equal(confirmed.outcome, 'Confirmed');
    c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.state, 'FraudConfirmed');
    // Nothing was paid yet: the payout and the three commissions are cancelled.
    const pool = await getPool(operator(), { pool: d.pool });
    assert.equal(queuedBefore - pool.queuedPayments, 23n * UNIT);
    assert.ok(!pool.queue.payments.some((p) => p.claimId === claimId && p.remaining > 0n), 'no payment of the claim is left');
    assert.equal((await getMember(operator(), { pool: d.pool, member: member(3).account.address })).expelled, true);

    // The claim ended: B and C can only close, with their bonds back, whoever sends it.
    await rejects(resolveReport(operator(), { reports, reportId: cId, confirmed: false }), 'ReportsClaimClosed', new RegExp(`claim ${claimId} is no longer under investigation`));
    const beforeB = await operator().readContract({ address: d.token, abi: erc20Abi, functionName: 'balanceOf', args: [chain.dev(13).account.address] });
    for (const reportId of [b.reportId, cId]) {
      const closed = await expireReport(member(0), { reports, reportId });
      assert.deepEqual([closed.outcome, closed.bondReturned], ['Superseded', bond]);
      assert.equal((await getReport(operator(), { reports, reportId })).outcome, 'Superseded');
    }
    assert.equal(await operator().readContract({ address: d.token, abi: erc20Abi, functionName: 'balanceOf', args: [chain.dev(13).account.address] }), beforeB + bond);
  });

  test("the operator's approval is refused above what the pool can pay within the payment window, naming the most it can", async () => {
    const { claimId } = await file(4, 5_000n * UNIT, 'diagnosis of patient 4');
    const pool = await getPool(operator(), { pool: d.pool });
    const window = await operator().readContract({ address: d.claimParameters as Address, abi: claimParametersAbi, functionName: 'parameter', args: [15] });
    const capacity = pool.activeMembers * pool.parameters.minimumBalance * (window / pool.parameters.epochLength);
    const available = capacity - pool.queuedPayments - 3n * UNIT;
    assert.ok(available > 0n && available < 5_000n * UNIT, `available ${available}`);
    const nullifier = computeNullifier({ person: personKey(identityOf(4), { residentId: residentIdOf(4) }), operatorSecret });
    await assert.rejects(reviewClaim(operator(), { claims, claimId, approve: true, amount: 5_000n * UNIT, nullifier }), (error: LashouError) => {
      assert.ok(error instanceof LashouContractError && error.errorName === 'ClaimsAmountAbovePoolCapacity');
      assert.deepEqual(error.args, [5_000n * UNIT, available]);
      assert.equal(error.shortMessage, `the pool can pay at most ${formatAmount(available, pool.token)} more within the payment window with today's members (after the payments queued ahead and the witnesses' commissions), not ${formatAmount(5_000n * UNIT, pool.token)}: approve at most ${formatAmount(available, pool.token)} (lashou operator review --approve --amount), or wait until more members join`);
      return true;
    });
    await reviewClaim(operator(), { claims, claimId, approve: true, amount: available, nullifier });
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'Reviewed');
  });

  test('after a rotation of the operator secret, the retired secret still finds the persons paid or expelled under it', async () => {
    // Every review above used operatorSecret as generation 1. Rotate: generation 2 is a new secret.
    const current = `0x${'ef'.repeat(32)}` as Hex;
    const retired = [{ secret: operatorSecret, generation: 1 }];
    // Patient 0 was paid through a CHN passport; the same person shown with the resident ID card is found.
    const viaCard = personKey({ docType: 'CN_RESIDENT_ID', idNumber: residentIdOf(0), name: 'PATIENT ZERO' });
    assert.equal(await operator().readContract({ address: claims, abi: claimsManagerAbi, functionName: 'nullifierPaidBy', args: [computeNullifier({ person: viaCard, operatorSecret: current, generation: 2 })] }), 0n, 'the new secret alone does not see the payout');
    const paid = await checkRetiredNullifiers(operator(), { claims, person: viaCard, retired });
    assert.ok(paid, 'the payout under the retired secret is found');
    assert.deepEqual([paid.generation, paid.expelled, paid.nullifier], [1, false, computeNullifier({ person: viaCard, operatorSecret, generation: 1 })]);
    assert.equal((await getClaim(operator(), { claims, claimId: paid.paidBy })).claimant, member(0).account.address);
    // Patient 2 was expelled (fraud confirmed).
    const expelled = await checkRetiredNullifiers(operator(), { claims, person: personKey(identityOf(2), { residentId: residentIdOf(2) }), retired: [{ secret: current, generation: 2 }, ...retired] });
    assert.deepEqual([expelled?.generation, expelled?.expelled], [1, true]);
    // Not found: the wrong generation of the same secret, a person only reviewed (patient 4), a stranger, no retired secrets.
    assert.equal(await checkRetiredNullifiers(operator(), { claims, person: viaCard, retired: [{ secret: operatorSecret, generation: 2 }] }), undefined);
    assert.equal(await checkRetiredNullifiers(operator(), { claims, person: personKey(identityOf(4), { residentId: residentIdOf(4) }), retired }), undefined);
    assert.equal(await checkRetiredNullifiers(operator(), { claims, person: { kind: 'PASSPORT', number: 'GBR:123456789' }, retired }), undefined);
    assert.equal(await checkRetiredNullifiers(operator(), { claims, person: viaCard, retired: [] }), undefined);
  });

  test('a witness with nothing locked unstakes and withdraws after the cooldown', async () => {
    const w = witnessClients()[4]!; // region OTHER_REGION: never drawn above
    const { availableAt } = await requestUnstake(w, { registry });
    await rejects(withdrawStake(w, { registry }), 'WitnessCooldownActive', /may withdraw after/);
    await chain.setTime(availableAt + 1n);
    const { amount } = await withdrawStake(w, { registry });
    assert.equal(amount, 10_000n * UNIT);
  });
});
