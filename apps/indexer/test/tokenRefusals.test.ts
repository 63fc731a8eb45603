import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimParametersAbi, claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, witnessRegistryAbi } from '@lashou/abi';
import {
  drawWitnesses, getClaim, getPool, processLapses, replaceWitness, reportFraud, requestTestTokens, resolveReport, settleEpoch,
} from '@lashou/sdk';
import { type Abi, type Address, createWalletClient, getAddress, http, keccak256, parseEventLogs, toHex } from 'viem';
import { api, indexer, seededChain, type Indexer, type SeededChain } from './utils/harness';
import { controlToken, type TokenControls } from './utils/tokenControls';
import { waitingDisagreements } from './utils/waiting';

// A token that refuses to move (a paused USDC) must not stop a decision, and the index must show where the money
// waits: the demo mutual's token gets a pause switch (its code swapped on anvil), and while it is paused a dismissed
// bond credited to members, a confirmed fraud (its slashed stake owed by the registry, the reporter's payment and the
// members' credit waiting), a no-show replacement and a settlement happen. The API is compared with the contracts'
// views at each stage: while paused, after the token moves again (a resolution and a replacement that credit at once
// the same amount a deferred credit of the same claim waits for: that one still waits), after the later of two equal
// deferred credits of one claim is made first, and after anyone releases everything. A deferred credit is made by
// `creditPending`, whose `PendingCreditMade` names the claim (claims manager) or the report (FraudReports).

const UNIT = 1_000_000n;
const DAY = 86_400;

let s: SeededChain;
let ix: Indexer;
let controls: TokenControls;
let c: { pool: Address; claims: Address; reports: Address; registry: Address };

const operator = () => s.chain.dev(0);
const head = () => operator().getBlockNumber({ cacheTime: 0 });

/** The API agrees with the chain on the waiting money, at the chain's head once the index has it. */
async function agrees(what: string) {
  const at = await head();
  await ix.waitForBlock(at);
  assert.deepEqual(await waitingDisagreements(s.chain, ix.url, c, at), [], what);
}

/** A call from an address that is none of the parties (anyone may release and credit what waits). */
async function asStranger(address: Address, abi: Abi, functionName: string, args: readonly unknown[]) {
  const stranger = s.chain.dev(9);
  const hash = await stranger.writeContract({ address, abi, functionName, args } as never);
  const receipt = await stranger.waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, 'success', `${functionName}(${args.join(', ')}) by a stranger`);
  return receipt;
}

/** A call from the timelock (every governance power), through anvil's impersonation. */
async function asTimelock(address: Address, abi: Abi, functionName: string, args: readonly unknown[]) {
  const timelock = s.seed.timelock as Address;
  await operator().request({ method: 'anvil_impersonateAccount' as never, params: [timelock] as never });
  await operator().request({ method: 'anvil_setBalance' as never, params: [timelock, toHex(10n ** 18n)] as never });
  const wallet = createWalletClient({ account: timelock, chain: s.chain.chain, transport: http(s.chain.rpcUrl) });
  const hash = await wallet.writeContract({ address, abi, functionName, args } as never);
  assert.equal((await operator().waitForTransactionReceipt({ hash })).status, 'success');
  await operator().request({ method: 'anvil_stopImpersonatingAccount' as never, params: [timelock] as never });
}

const claimOf = (stage: string) => s.seed.demoClaims.find((x) => x.stage === stage)!;
const evidence = (text: string) => keccak256(toHex(text));
const kinds = (claim: any) => claim.timeline.map((e: any) => e.kind as string);

describe('money waiting for a token that refuses to move', { timeout: 480_000 }, () => {
  before(async () => {
    s = await seededChain(20);
    c = { pool: s.seed.pool, claims: s.seed.claims as Address, reports: s.seed.reports as Address, registry: s.seed.registry as Address };
    ix = await indexer({ rpcUrl: s.chain.rpcUrl, deploymentPath: s.deploymentPath });
    controls = await controlToken(s.chain, s.seed.token);
    for (const i of [2, 7, 8]) await requestTestTokens(s.chain.dev(i), { token: s.seed.token, amount: 1_000n * UNIT });
    // Dismissed bonds go to every member (DismissedBondToMembers, a timelocked parameter: the default, set here
    // explicitly so the test does not depend on it), so a dismissal is a credit.
    await asTimelock(s.seed.claimParameters as Address, claimParametersAbi as Abi, 'setParameter', [16, 1n]);
    await ix.waitForBlock(await head());
  });
  after(async () => {
    await ix?.stop();
    await s?.stop();
  });

  test('before the pause: nothing waits, and the index says so', async () => {
    await agrees('nothing waits yet');
    const stats: any = await api(ix.url, '/api/stats');
    assert.equal(stats.money.waitingForToken.total, '0');
    assert.equal(stats.money.waitingForToken.owedStake.total, '0');
  });

  let reportA: bigint; // confirmed while paused (announced claim X)
  let reportB: bigint; // dismissed while paused (X), its bond credited to members later
  let reportB2: bigint; // the same (X, same bond): credited before B, only B2's credit is made
  let reportC: bigint; // dismissed while paused (approved claim Y)
  let slashed: bigint;
  const X = () => claimOf('Announced');
  const Y = () => claimOf('Approved');
  const Z = () => claimOf('WitnessesDrawn');

  test('while paused: a dismissal, a confirmed fraud, a no-show replacement and a settlement stand, and their money waits where the API says', async () => {
    const supervisor = s.chain.dev(2);
    const second = s.chain.dev(8);
    // Reports are filed while the token moves (the bond is pulled at filing).
    reportA = (await reportFraud(supervisor, { reports: c.reports, claimId: X().claimId, evidenceHash: evidence('X: a forged discharge letter') })).reportId;
    reportB = (await reportFraud(second, { reports: c.reports, claimId: X().claimId, evidenceHash: evidence('X: a rumour') })).reportId;
    reportB2 = (await reportFraud(s.chain.dev(7), { reports: c.reports, claimId: X().claimId, evidenceHash: evidence('X: another rumour') })).reportId;
    reportC = (await reportFraud(supervisor, { reports: c.reports, claimId: Y().claimId, evidenceHash: evidence('Y: a rumour') })).reportId;

    await controls.pause();
    const dismissedB = await resolveReport(operator(), { reports: c.reports, reportId: reportB, confirmed: false });
    const dismissedB2 = await resolveReport(operator(), { reports: c.reports, reportId: reportB2, confirmed: false });
    const dismissedC = await resolveReport(operator(), { reports: c.reports, reportId: reportC, confirmed: false });
    const confirmedA = await resolveReport(operator(), { reports: c.reports, reportId: reportA, confirmed: true });
    assert.equal(dismissedB.outcome, 'Dismissed');
    assert.equal(confirmedA.outcome, 'Confirmed');
    slashed = confirmedA.slashed;
    assert.ok(slashed > 0n, 'the witnesses of X were slashed');
    const deferred = parseEventLogs({
      abi: fraudReportsAbi,
      logs: [...dismissedB.receipt.logs, ...dismissedB2.receipt.logs, ...dismissedC.receipt.logs, ...confirmedA.receipt.logs],
      eventName: 'CreditDeferred',
    });
    assert.equal(deferred.length, 4, 'the three dismissed bonds and the confirmed fraud\'s credit were deferred');

    // The no-show: past Z's accept deadline (and the epoch's end), a witness that never accepted is replaced.
    await s.chain.increaseTime(15 * DAY);
    const replaced = await replaceWitness(operator(), { claims: c.claims, claimId: Z().claimId, slot: 0 });
    const noShow = parseEventLogs({ abi: claimsManagerAbi, logs: replaced.receipt.logs, eventName: 'CreditDeferred' });
    assert.equal(noShow.length, 1, 'the no-show credit was deferred');
    // The settlement pays Y (approved in the demo): its payout and commissions are kept for their payees.
    for (;;) {
      const { epoch } = await getPool(operator(), { pool: c.pool });
      if (epoch.nextToSettle >= epoch.current) break;
      await processLapses(operator(), { pool: c.pool });
      await settleEpoch(operator(), { pool: c.pool });
    }
    const kept = await operator().readContract({ address: c.pool, abi: mutualPoolAbi, functionName: 'unclaimedPayoutOf', args: [Y().claimant] });
    assert.ok(kept > 0n, "Y's payout was kept for its claimant");

    await agrees('while the token is paused');
    const stats: any = await api(ix.url, '/api/stats');
    const w = stats.money.waitingForToken;
    assert.ok(BigInt(w.pendingCredits.claimsManager) > 0n && BigInt(w.pendingCredits.fraudReports) > 0n, JSON.stringify(w));
    assert.ok(BigInt(w.owedStake.toFraudReports) === slashed && BigInt(w.owedStake.toClaimsManager) > 0n, JSON.stringify(w));
    assert.ok(BigInt(w.unclaimedRefunds) > 0n && BigInt(w.unclaimedPayouts) >= kept, JSON.stringify(w));

    // Each claim shows its own: X two deferred credits (by report) and the stake owed for them, Y its dismissed bond,
    // Z its no-show credit and the slice owed; the timelines say when each was deferred.
    const x: any = await api(ix.url, `/api/claims/${X().claimId}`);
    assert.equal(x.state, 'Rejected');
    assert.deepEqual(
      x.waiting.credits.map((r: any) => [r.reportId, r.reason]).sort(),
      [[String(reportA), 'SLASH'], [String(reportB), 'DISMISSED_BOND'], [String(reportB2), 'DISMISSED_BOND']].sort(),
    );
    assert.equal(BigInt(x.waiting.owedStake), slashed);
    assert.equal(x.waiting.owedStakes.length, 3, 'one owed stake per slashed witness');
    assert.ok(x.waiting.owedStakes.every((r: any) => r.module === 'FraudReports' && r.witness && !r.paid));
    for (const kind of ['CreditDeferred', 'SlashedStakeOwed', 'ReporterPaymentDeferred']) assert.ok(kinds(x).includes(kind), `X's timeline has ${kind}: ${kinds(x)}`);
    const deferredPayment = x.timeline.find((e: any) => e.kind === 'ReporterPaymentDeferred');
    assert.equal(deferredPayment.data.reportId, String(reportA), 'the reporter payment names its report');
    const y: any = await api(ix.url, `/api/claims/${Y().claimId}`);
    assert.equal(y.waiting.credits.length, 1);
    const z: any = await api(ix.url, `/api/claims/${Z().claimId}`);
    assert.deepEqual(z.waiting.credits.map((r: any) => [r.source, r.reason]), [['ClaimsManager', 'NO_SHOW']]);
    assert.ok(BigInt(z.waiting.owedStake) > 0n && z.waiting.owedStakes[0].module === 'ClaimsManager');
    const member: any = await api(ix.url, `/api/members/${Y().claimant}`);
    assert.equal(BigInt(member.held.payouts), kept);
    const statement = member.statement.map((i: any) => i.kind);
    assert.ok(statement.includes('payoutHeld'), `Y's claimant's statement shows the held payout: ${statement}`);
  });

  test('once the token moves: a credit made at once leaves the deferred one of the same claim, reason and amount waiting', async () => {
    await controls.unpause();
    // Y is still approved (not marked paid): another report on it, dismissed, credits its bond at once — the same amount,
    // claim and reason as report C's deferred credit.
    const reportD = (await reportFraud(s.chain.dev(2), { reports: c.reports, claimId: Y().claimId, evidenceHash: evidence('Y: another rumour') })).reportId;
    const dismissedD = await resolveReport(operator(), { reports: c.reports, reportId: reportD, confirmed: false });
    const creditedAtOnce = parseEventLogs({ abi: mutualPoolAbi, logs: dismissedD.receipt.logs, eventName: 'MembersCredited' });
    const pendingC = await operator().readContract({ address: c.reports, abi: fraudReportsAbi, functionName: 'pendingCredit', args: [reportC] });
    assert.equal(creditedAtOnce.length, 1);
    assert.equal(creditedAtOnce[0]!.args.amount, pendingC, 'the credit made at once has the amount of the deferred one');

    // Z: its slot 0 drawn again, then slot 1 replaced: the no-show slice credited at once, as much as the one waiting.
    for (let attempt = 0; (await getClaim(operator(), { claims: c.claims, claimId: Z().claimId })).witnesses[0]!.status === 'Empty'; attempt++) {
      assert.ok(attempt < 12, "Z's slot 0 could be drawn again");
      await s.chain.mine(3);
      await drawWitnesses(operator(), { claims: c.claims, claimId: Z().claimId });
    }
    // The first slice is still owed by the registry, so the manager could not credit another at once: anyone fetches it
    // (payOwed) first; the credit itself still waits for creditPending.
    const fetched = await asStranger(c.registry, witnessRegistryAbi as Abi, 'payOwed', [c.claims]);
    assert.equal(parseEventLogs({ abi: witnessRegistryAbi, logs: fetched.logs, eventName: 'OwedStakePaid' }).length, 1);
    const replaced = await replaceWitness(operator(), { claims: c.claims, claimId: Z().claimId, slot: 1 });
    const noShowAtOnce = parseEventLogs({ abi: mutualPoolAbi, logs: replaced.receipt.logs, eventName: 'MembersCredited' });
    const pendingZ = await operator().readContract({ address: c.claims, abi: claimsManagerAbi, functionName: 'pendingCredit', args: [Z().claimId] });
    assert.equal(noShowAtOnce.length, 1, 'the second no-show was credited at once');
    assert.equal(noShowAtOnce[0]!.args.amount, pendingZ, 'as much as the first, still waiting');

    await agrees('after credits made at once next to deferred ones');
    const y: any = await api(ix.url, `/api/claims/${Y().claimId}`);
    assert.equal(BigInt(y.waiting.pendingCredit), pendingC, "report C's credit still waits");
    assert.ok(!kinds(y).includes('PendingCreditMade'), 'no deferred credit of Y was made');
    const z: any = await api(ix.url, `/api/claims/${Z().claimId}`);
    assert.equal(BigInt(z.waiting.pendingCredit), pendingZ, "Z's first no-show credit still waits");
    assert.equal(z.waiting.owedStake, '0', 'its stake is no longer owed: the manager holds it');
    assert.ok(kinds(z).includes('OwedStakePaid') && !kinds(z).includes('PendingCreditMade'), kinds(z).join(', '));
  });

  test('anyone releases and credits what waits: it goes to its payees and members, and nothing waits any more', async () => {
    const z = Z().claimId;
    const noShow = await asStranger(c.claims, claimsManagerAbi as Abi, 'creditPending', [z]);
    const [noShowMade] = parseEventLogs({ abi: claimsManagerAbi, logs: noShow.logs, eventName: 'PendingCreditMade' });
    assert.equal(noShowMade?.args.claimId, z, "the claims manager's creditPending names the claim");
    // B2 before B: the same claim, reason and amount; only B2's credit is made.
    const b2 = await asStranger(c.reports, fraudReportsAbi as Abi, 'creditPending', [reportB2]);
    const [b2Made] = parseEventLogs({ abi: fraudReportsAbi, logs: b2.logs, eventName: 'PendingCreditMade' });
    assert.equal(b2Made?.args.reportId, reportB2, "FraudReports' creditPending names the report");
    await agrees('after the later of two equal deferred credits of one claim was made');
    const afterB2: any = await api(ix.url, `/api/claims/${X().claimId}`);
    const pendingOf = (reportId: bigint) => afterB2.waiting.credits.find((r: any) => r.reportId === String(reportId))?.pending;
    assert.equal(pendingOf(reportB2), '0', "B2's credit was made");
    assert.notEqual(pendingOf(reportB), '0', "B's still waits");
    const madeB2 = afterB2.timeline.filter((e: any) => e.kind === 'PendingCreditMade');
    assert.deepEqual(
      madeB2.map((e: any) => [e.data.source, e.data.reportId, e.data.reason]),
      [['FraudReports', String(reportB2), 'DISMISSED_BOND']],
      "X's timeline says which report's credit was made",
    );
    for (const reportId of [reportA, reportB, reportC]) await asStranger(c.reports, fraudReportsAbi as Abi, 'creditPending', [reportId]);
    const refund = await asStranger(c.reports, fraudReportsAbi as Abi, 'releaseRefund', [s.chain.dev(2).account.address]);
    const [refunded] = parseEventLogs({ abi: fraudReportsAbi, logs: refund.logs, eventName: 'RefundClaimed' });
    assert.equal(getAddress(refunded!.args.to), getAddress(s.chain.dev(2).account.address), 'the refund went to the reporter, not the caller');
    // Every payee with a payout kept (from the chain's logs): released by the stranger, paid to the payee.
    const made = await operator().getContractEvents({ address: c.pool, abi: mutualPoolAbi, eventName: 'PaymentMade', fromBlock: 0n });
    const payees = [...new Set(made.filter((l) => !l.args.transferred).map((l) => getAddress(l.args.recipient!)))];
    assert.ok(payees.length >= 2, 'the payout and the commissions were kept');
    for (const payee of payees) {
      const receipt = await asStranger(c.pool, mutualPoolAbi as Abi, 'releasePayout', [payee]);
      const [claimed] = parseEventLogs({ abi: mutualPoolAbi, logs: receipt.logs, eventName: 'PayoutClaimed' });
      assert.equal(getAddress(claimed!.args.to), payee);
    }
    await agrees('after everything was released');
    const stats: any = await api(ix.url, '/api/stats');
    assert.equal(stats.money.waitingForToken.total, '0');
    assert.equal(stats.money.waitingForToken.owedStake.total, '0');
    const waiting: any = await api(ix.url, '/api/waiting');
    assert.deepEqual([waiting.pendingCredits.items, waiting.owedStakes.items, waiting.payouts.items, waiting.refunds.items], [[], [], [], []]);

    const x: any = await api(ix.url, `/api/claims/${X().claimId}`);
    assert.equal(x.waiting.pendingCredit, '0');
    assert.ok(x.waiting.credits.every((r: any) => r.pending === '0' && r.credited === r.deferred && r.creditedAt !== null));
    assert.ok(x.waiting.owedStakes.every((r: any) => r.paid));
    assert.equal(kinds(x).filter((k: string) => k === 'PendingCreditMade').length, 3, 'the three deferred credits of X were made');
    assert.ok(kinds(x).includes('OwedStakePaid'));
    const y: any = await api(ix.url, `/api/claims/${Y().claimId}`);
    assert.equal(kinds(y).filter((k: string) => k === 'PendingCreditMade').length, 1);
    // The members' statements show the credits made later with their reason and claim.
    const member: any = await api(ix.url, `/api/members/${Y().claimant}?limit=500`);
    assert.equal(member.held.payouts, '0');
    const credits = member.statement.filter((i: any) => i.kind === 'credit').map((i: any) => `${i.reason}:${i.claimId}`);
    for (const want of [`NO_SHOW:${z}`, `SLASH:${X().claimId}`, `DISMISSED_BOND:${X().claimId}`, `DISMISSED_BOND:${Y().claimId}`]) {
      assert.ok(credits.includes(want), `a member was credited ${want}: ${credits}`);
    }
    const registryBalance = await operator().readContract({ address: c.registry, abi: witnessRegistryAbi, functionName: 'totalOwed' });
    assert.equal(registryBalance, 0n);
  });
});
