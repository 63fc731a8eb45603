// Money that waited for the token: on a USDC double that pauses and blacklists, decisions go on while the token is
// paused (a no-show replacement, a fraud confirmation, a settlement) and their money waits; the keeper holds those
// steps quietly while the token refuses and moves the money as soon as it moves, to its owners only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, witnessRegistryAbi } from '@lashou/abi';
import { type Address, type Hex, erc20Abi, keccak256, parseEventLogs, toHex } from 'viem';
import {
  acceptWitness, attestClaim, computeNullifier, createIdentity, createKeeper, createKeeperScanMemo, creditPendingNoShow, creditPendingReport, deployLashou, fileClaim,
  findKeeperSteps, formatKeeperLog, getClaim, getPendingMoney, joinPool, payOwedStake, personKey, queuePayment, releasePayout, releaseReportRefund, reportFraud,
  residentIdCheckCharacter, resolveReport, reviewClaim, setNotary, settleEpoch, signDiagnosis, stakeWitness, takeKeeperStep, withdrawOperatorFees,
  type DeployLashouReturnType, type KeeperDeployment, type KeeperLogEntry, type KeeperStep, type KeeperStepGroup, type KeeperStepKind, LashouError,
} from '../index.js';
import { startTestChain, type TestChain, type TestWalletClient } from '../node/index.js';
import { deployStablecoin, type TestStablecoin } from '../node/stablecoinDoubles.js';

const UNIT = 1_000_000n;
const DAY = 86_400;
const EPOCH = 14n * 86_400n;
const REGION = 21;
const operatorSecret = `0x${'ab'.repeat(32)}` as Hex;

/** The error `promise` rejects with (a LashouError). */
async function rejection(promise: Promise<unknown>): Promise<LashouError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof LashouError, `expected a LashouError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

describe('money that waited for a paused token, on a USDC double', { timeout: 240_000 }, () => {
  let chain: TestChain;
  let usdc: TestStablecoin;
  let d: DeployLashouReturnType;
  let claims: Address;
  let reports: Address;
  let registry: Address;
  // Roles: 0 deployer, operator and USDC admin; 1 notary; 2–5 witnesses; 6–7 members; 8 reporter; 9 a CLAIMS_ROLE helper
  // (queues payments); 10 the keeper; 11 and 12 payees; 13 anyone.
  const operator = () => chain.dev(0);
  const notary = () => chain.dev(1);
  const witnessClients = () => [2, 3, 4, 5].map((i) => chain.dev(i));
  const member = (i: number) => chain.dev(6 + i);
  const reporter = () => chain.dev(8);
  const helper = () => chain.dev(9);
  const keeper = () => chain.dev(10);
  const payeeA = () => chain.dev(11).account.address;
  const payeeB = () => chain.dev(12).account.address;
  const anyone = () => chain.dev(13);
  const identityOf = (i: number) => ({ docType: 'PASSPORT' as const, idNumber: `CHN:U5000000${i}`, name: `Paused patient ${i}` });
  const residentIdOf = (i: number) => { const first17 = `110105199001013${String(i).padStart(2, '0')}`; return `${first17}${residentIdCheckCharacter(first17)}`; };
  const byAddress = (address: Address): TestWalletClient => {
    for (let i = 0; i < 14; i++) if (chain.dev(i).account.address.toLowerCase() === address.toLowerCase()) return chain.dev(i);
    throw new Error(`no dev account ${address}`);
  };
  const deployment = (): KeeperDeployment => ({ pool: d.pool, claims, reports, randomness: d.randomness as Address, randomnessKind: d.randomnessKind, registry, fromBlock: d.blockNumber });
  const memo = createKeeperScanMemo();
  const steps = (groups: KeeperStepGroup[]) => findKeeperSteps(operator(), { deployment: deployment(), groups, memo });
  async function takeDue(groups: KeeperStepGroup[], kind: KeeperStepKind): Promise<{ step: KeeperStep; outcome: string }[]> {
    const done: { step: KeeperStep; outcome: string }[] = [];
    for (const step of (await steps(groups)).due.filter((s) => s.kind === kind)) {
      const result = await takeKeeperStep(keeper(), { deployment: deployment(), step });
      done.push({ step, outcome: result.outcome ?? '' });
    }
    return done;
  }
  const balanceOf = (who: Address) => operator().readContract({ address: usdc.address, abi: erc20Abi, functionName: 'balanceOf', args: [who] });
  const read = <T>(address: Address, abi: readonly unknown[], functionName: string, args: readonly unknown[] = []) =>
    operator().readContract({ address, abi, functionName, args } as never) as Promise<T>;

  before(async () => {
    chain = await startTestChain({ accounts: 14 });
    usdc = await deployStablecoin(operator(), 'usdc');
    d = await deployLashou(operator(), {
      token: usdc.address, exitNotice: BigInt(DAY), minRegionWitnesses: 1n, claimsOperator: helper().account.address,
      claimParameters: { AnnouncementWindow: BigInt(DAY / 2), InvestigationWindow: BigInt(DAY / 2), Commission: 0n },
    });
    claims = d.claims as Address;
    reports = d.reports as Address;
    registry = d.registry as Address;
    for (let i = 0; i < 2; i++) {
      await usdc.mint(member(i).account.address, 1_000n * UNIT);
      await joinPool(member(i), { pool: d.pool, identityCommitment: createIdentity(identityOf(i)).commitment, deposit: 100n * UNIT });
    }
    for (const w of witnessClients()) {
      await usdc.mint(w.account.address, 20_000n * UNIT);
      await stakeWitness(w, { registry, amount: 10_000n * UNIT, region: REGION });
    }
    await usdc.mint(reporter().account.address, 1_000n * UNIT);
    await setNotary(operator(), { claims, notary: notary().account.address, listed: true });
    await chain.increaseTime(91 * DAY);
    assert.equal((await takeDue(['witnesses'], 'activateWitness')).length, 4);
  });
  after(async () => {
    await chain?.stop();
  });

  test('decisions go on while the token is paused; the keeper holds their money quietly, then moves it to its owners once the token moves', async () => {
    // ── A claim: drawn, one witness never accepts, the other two attest.
    const documentHash = keccak256(toHex('paused diagnosis'));
    const diagnosedAt = (await operator().getBlock()).timestamp - BigInt(DAY);
    const { signature, notary: signer } = await signDiagnosis(notary(), { claims, claimant: member(0).account.address, documentHash, diagnosedAt, region: REGION });
    const { claimId } = await fileClaim(member(0), { claims, documentHash, diagnosedAt, amount: 5n * UNIT, region: REGION, notary: signer, signature });
    await reviewClaim(operator(), { claims, claimId, approve: true, amount: 5n * UNIT, nullifier: computeNullifier({ person: personKey(identityOf(0), { residentId: residentIdOf(0) }), operatorSecret }) });
    const draw = async () => {
      await chain.mine(3);
      assert.equal((await takeDue(['randomness'], 'fulfilRandomness')).length, 1);
      assert.equal((await takeDue(['randomness'], 'drawWitnesses')).length, 1);
    };
    await draw();
    const drawn = await getClaim(operator(), { claims, claimId });
    for (const s of drawn.witnesses.slice(1)) {
      await acceptWitness(byAddress(s.witness), { claims, claimId, slot: s.slot });
      await attestClaim(byAddress(s.witness), { claims, claimId, slot: s.slot, reportHash: keccak256(toHex(`visit ${s.slot}`)) });
    }
    const late = (await steps(['claims'])).waiting.find((s) => s.kind === 'replaceWitness' && s.claimId === claimId)!;
    await chain.setTime(late.allowedAt!);

    // ── Paused: the no-show is replaced all the same; its slashed stake stays in the registry, its credit waits.
    await usdc.pause!();
    const [replaced] = await takeDue(['claims'], 'replaceWitness');
    assert.match(replaced!.outcome, /^replaced 0x[0-9a-fA-F]{40} \(slot 0\); \d+ base units of its stake slashed and its credit to the members waits for the token$/);
    const noShowCredit = await read<bigint>(claims, claimsManagerAbi, 'pendingCredit', [claimId]);
    assert.ok(noShowCredit > 0n, 'the no-show credit waits');
    assert.equal(await read<bigint>(registry, witnessRegistryAbi, 'owedTo', [claims]), noShowCredit, 'its stake waits in the registry');
    // The redraw and the new witness need no token either: the claim is announced while the token is paused.
    await draw();
    const redrawn = (await getClaim(operator(), { claims, claimId })).witnesses[0]!;
    await acceptWitness(byAddress(redrawn.witness), { claims, claimId, slot: 0 });
    await attestClaim(byAddress(redrawn.witness), { claims, claimId, slot: 0, reportHash: keccak256(toHex('visit 0 again')) });
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'Announced');

    // ── A report posts its bond (the token must move for that), then fraud is confirmed while paused.
    await usdc.unpause!();
    const { reportId, bond } = await reportFraud(reporter(), { reports, claimId, evidenceHash: keccak256(toHex('paused evidence')) });
    await usdc.pause!();
    const resolved = await resolveReport(operator(), { reports, reportId, confirmed: true });
    assert.equal(resolved.outcome, 'Confirmed');
    assert.equal((await getClaim(operator(), { claims, claimId })).state, 'Rejected', 'the decision stood while the token was paused');
    const reportCredit = await read<bigint>(reports, fraudReportsAbi, 'pendingCredit', [reportId]);
    const refund = await read<bigint>(reports, fraudReportsAbi, 'unclaimedRefundOf', [reporter().account.address]);
    assert.ok(resolved.reward > 0n, 'the reporter earned a reward');
    assert.ok(reportCredit > 0n && refund === bond + resolved.reward, `the members' credit (${reportCredit}) and the reporter's bond and reward (${refund}) wait`);
    assert.equal(reportCredit, resolved.creditedToMembers);
    assert.ok((await read<bigint>(registry, witnessRegistryAbi, 'owedTo', [reports])) > 0n, 'the fraud slash waits in the registry');

    // ── A settlement while paused (and one payee blacklisted): both payouts are kept for their payees.
    await usdc.blacklist!(payeeB());
    await queuePayment(helper(), { pool: d.pool, claimId: 900n, recipient: payeeA(), amount: 3n * UNIT });
    await queuePayment(helper(), { pool: d.pool, claimId: 901n, recipient: payeeB(), amount: 2n * UNIT });
    const genesis = await read<bigint>(d.pool, mutualPoolAbi, 'genesis');
    const epoch = await read<bigint>(d.pool, mutualPoolAbi, 'currentEpoch');
    await chain.setTime(genesis + (epoch + 1n) * EPOCH + 1n);
    while ((await read<bigint>(d.pool, mutualPoolAbi, 'nextEpochToSettle')) <= epoch) await settleEpoch(anyone(), { pool: d.pool });
    assert.equal(await read<bigint>(d.pool, mutualPoolAbi, 'unclaimedPayoutOf', [payeeA()]), 3n * UNIT);
    assert.equal(await read<bigint>(d.pool, mutualPoolAbi, 'unclaimedPayoutOf', [payeeB()]), 2n * UNIT);

    const pending = await getPendingMoney(operator(), { pool: d.pool, claims, reports, account: reporter().account.address });
    assert.deepEqual(
      [pending.unclaimedPayouts, pending.unclaimedRefunds, pending.pendingNoShowCredits, pending.pendingReportCredits, pending.owedToClaims, pending.account?.unclaimedRefund],
      [5n * UNIT, refund, noShowCredit, reportCredit, noShowCredit, refund],
    );
    assert.equal(pending.totalWaiting, 5n * UNIT + refund + noShowCredit + reportCredit);

    // The SDK's actions while the token refuses: the token's refusal, in plain words; a payout never goes elsewhere.
    const paused = await rejection(releasePayout(anyone(), { pool: d.pool, payee: payeeA() }));
    assert.equal(paused.code, 'token.paused', paused.shortMessage);
    assert.match(paused.shortMessage, /paused/);
    const elsewhere = await rejection(releasePayout(anyone(), { pool: d.pool, payee: payeeA(), to: anyone().account.address } as never));
    assert.equal(elsewhere.code, 'recipient.fixed');
    assert.match(elsewhere.shortMessage, /goes only to its payee .*blacklist/);

    // ── The keeper, while the token is paused: every deferred step is due and held, said once each, nothing sent.
    const lines: KeeperLogEntry[] = [];
    const k = createKeeper(keeper(), { deployment: deployment(), groups: ['deferred'], intervalMs: 100, onLog: (l) => lines.push(l) });
    const nonce = await operator().getTransactionCount({ address: keeper().account.address });
    const first = await k.tick();
    assert.deepEqual([first.taken, first.failed, first.due], [0, 0, 7]);
    const dueKeys = k.metrics().due.map((s) => s.key);
    assert.deepEqual(dueKeys, [
      'claims module payOwedStake', 'reports module payOwedStake', `claim ${claimId} creditPendingNoShow`, `report ${reportId} creditPendingReport`,
      `payee ${payeeA()} releasePayout`, `payee ${payeeB()} releasePayout`, `reporter ${reporter().account.address} releaseReportRefund`,
    ]);
    assert.ok(k.metrics().due.every((s) => /paused/.test(s.heldByToken ?? '')), 'each shows the token refusing');
    assert.deepEqual(lines.map((l) => [l.level, l.event]), Array(7).fill(['debug', 'waiting']), lines.map(formatKeeperLog).join('\n'));
    for (const line of lines) assert.match(line.message, /^.+ waits for the token: .*paused.*; tried again at each new block$/);
    await chain.mine(1);
    const second = await k.tick();
    assert.deepEqual([second.taken, second.failed], [0, 0]);
    assert.equal(lines.length, 7, 'the refusal is said once, not at every block');
    assert.equal(await operator().getTransactionCount({ address: keeper().account.address }), nonce, 'nothing was sent while paused');

    // ── Unpaused: everything moves at the next tick, but the blacklisted payee's payout, which waits for its payee.
    const before = { a: await balanceOf(payeeA()), b: await balanceOf(payeeB()), reporter: await balanceOf(reporter().account.address) };
    const fromBlock = await operator().getBlockNumber();
    await usdc.unpause!();
    const third = await k.tick();
    assert.deepEqual([third.taken, third.failed], [6, 0], lines.map(formatKeeperLog).join('\n'));
    const actions = lines.filter((l) => l.event === 'action');
    assert.deepEqual(actions.map((l) => l.kind), ['payOwedStake', 'payOwedStake', 'creditPendingNoShow', 'creditPendingReport', 'releasePayout', 'releaseReportRefund']);
    const messages = actions.map((l) => l.message);
    assert.match(messages[0]!, /→ sent [\d.]+ USDC of owed stake to 0x[0-9a-fA-F]{40}$/);
    assert.match(messages[2]!, /→ credited [\d.,]+ USDC to 1 member \([\d.,]+ USDC each/);
    assert.match(messages[4]!, new RegExp(`→ released 3\\.00 USDC to payee ${payeeA()}$`));
    assert.match(messages[5]!, new RegExp(`→ released [\\d.,]+ USDC to reporter ${reporter().account.address}$`));
    // Payee B's refusal changed (paused → blacklisted): said once more, quietly.
    const held = lines.slice(7).filter((l) => l.event !== 'action');
    assert.deepEqual(held.map((l) => [l.level, l.event, l.step]), [['debug', 'waiting', `payee ${payeeB()} releasePayout`]]);
    assert.match(held[0]!.message, new RegExp(`waits for the token: .*${payeeB()}.*blacklist`, 'i'));
    assert.equal(await balanceOf(payeeA()), before.a + 3n * UNIT, 'payee A got its payout');
    assert.equal(await balanceOf(reporter().account.address), before.reporter + refund, 'the reporter got its bond and reward');
    // The members were credited exactly what waited, each under its reason and reference.
    const credits = parseEventLogs({ abi: mutualPoolAbi, eventName: 'MembersCredited', logs: await operator().getLogs({ address: d.pool, fromBlock }) });
    assert.deepEqual(credits.map((c) => [c.args.amount, c.args.refId]), [[noShowCredit, claimId], [reportCredit, claimId]]);
    await k.tick({ force: true });
    assert.equal(lines.filter((l) => l.level !== 'info').length, 8, 'no more lines while the payee stays blacklisted');

    // ── The payee is taken off the blacklist: its payout goes to it, to it only.
    await usdc.unblacklist!(payeeB());
    const fourth = await k.tick();
    assert.deepEqual([fourth.taken, fourth.failed], [1, 0]);
    assert.match(lines.at(-1)!.message, new RegExp(`→ released 2\\.00 USDC to payee ${payeeB()}$`));
    assert.equal(await balanceOf(payeeB()), before.b + 2n * UNIT);
    assert.equal(lines.filter((l) => l.level === 'error' || l.event === 'failed').length, 0, 'no error at any point');
    const done = await getPendingMoney(operator(), { pool: d.pool, claims, reports });
    assert.equal(done.totalWaiting + done.owedToClaims + done.owedToReports, 0n, 'nothing waits any more');
    assert.deepEqual((await findKeeperSteps(operator(), { deployment: deployment(), groups: ['deferred'] })).due, [], 'a fresh keeper finds nothing either');
    assert.equal((await steps(['deferred'])).due.length, 0);
    assert.equal(memo.deferred.payees.size + memo.deferred.reporters.size + memo.deferred.claims.size + memo.deferred.reports.size, 0, 'done entries are not read again');

    // ── Nothing is left to move: each action says so before sending anything.
    const none = [
      [await rejection(releasePayout(anyone(), { pool: d.pool, payee: payeeA() })), /^nothing to claim for 0x[0-9a-fA-F]{40}/],
      [await rejection(releaseReportRefund(anyone(), { reports, reporter: reporter().account.address })), /^nothing is kept for 0x[0-9a-fA-F]{40}/],
      [await rejection(creditPendingNoShow(anyone(), { claims, claimId })), new RegExp(`^claim ${claimId} has no deferred credit`)],
      [await rejection(creditPendingReport(anyone(), { reports, reportId })), new RegExp(`^report ${reportId} has no deferred credit`)],
      [await rejection(payOwedStake(anyone(), { registry, module: claims })), /^the witness registry owes 0x[0-9a-fA-F]{40} nothing/],
    ] as const;
    for (const [error, message] of none) assert.match(error.shortMessage, message);
  });

  test('a payout kept at a paused settlement is released by anyone, to its payee; operator fees go to the operator that withdraws them', async () => {
    await usdc.pause!();
    await queuePayment(helper(), { pool: d.pool, claimId: 902n, recipient: payeeA(), amount: 4n * UNIT });
    const genesis = await read<bigint>(d.pool, mutualPoolAbi, 'genesis');
    const epoch = await read<bigint>(d.pool, mutualPoolAbi, 'currentEpoch');
    await chain.setTime(genesis + (epoch + 1n) * EPOCH + 1n);
    while ((await read<bigint>(d.pool, mutualPoolAbi, 'nextEpochToSettle')) <= epoch) await settleEpoch(anyone(), { pool: d.pool });
    await usdc.unpause!();
    const before = await balanceOf(payeeA());
    const released = await releasePayout(anyone(), { pool: d.pool, payee: payeeA() });
    assert.deepEqual([released.payee, released.amount], [payeeA(), 4n * UNIT]);
    assert.equal(await balanceOf(payeeA()), before + 4n * UNIT);
    const [event] = parseEventLogs({ abi: mutualPoolAbi, eventName: 'PayoutClaimed', logs: released.receipt.logs });
    assert.deepEqual([event!.args.recipient, event!.args.to], [payeeA(), payeeA()]);
    // withdrawOperatorFees pays its caller; a `to` is refused before anything is sent.
    const to = await rejection(withdrawOperatorFees(operator(), { reports, amount: 1n, to: anyone().account.address } as never));
    assert.equal(to.code, 'recipient.fixed');
    assert.match(to.shortMessage, /the fees go to the operator that withdraws them/);
    const fees = await rejection(withdrawOperatorFees(operator(), { reports, amount: 1n }));
    assert.equal(fees.code, 'ReportsInsufficientFees', 'the operator is the caller, and it has no fees to withdraw');
  });
});
