// The audit's ledger maths on hand-built event sequences: every expected figure below is worked out by hand in the
// comments, from the rules of docs/pool.md (shares round up, credits round down, the dust to the reserve).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getAddress, type Hex, stringToHex } from 'viem';
import { PoolLedger } from '../src/audit/ledger.js';
import { ModulesLedger } from '../src/audit/modules.js';
import type { AuditLog } from '../src/audit/types.js';

const A = '0x000000000000000000000000000000000000000a';
const B = '0x000000000000000000000000000000000000000b';
const C = '0x000000000000000000000000000000000000000c';
const R = '0x0000000000000000000000000000000000000099';
const tx = (n: number): Hex => `0x${n.toString(16).padStart(64, '0')}`;

let logIndex = 0;
/** One pool log; `t` is its transaction (several logs share one when a call emits several events). */
const ev = (eventName: string, args: Record<string, unknown>, t: number, contract: AuditLog['contract'] = 'pool'): AuditLog => ({
  contract, address: R, eventName, args, blockNumber: BigInt(t), logIndex: logIndex++, transactionIndex: 0, transactionHash: tx(t),
});

// genesis 0, epochs of 100 s, waiting 50 s, minimum balance 10, exit notice 60 s.
const params = { genesis: 0n, epochLength: 100n, waitingPeriod: 50n, minimumBalance: 10n, exitNotice: 60n };

/** The worked example: joins, a settlement with dust, a lapse, a credit with dust, an exit, instalments paid from
 *  the reserve first and rolled over, withdrawals. Returns the events (with the figures they must state). */
function story(overrides: { epoch0Share?: bigint } = {}): [AuditLog, bigint][] {
  return [
    // Joins at t=1: keys are deposit + C = deposit (C = 0).
    [ev('MemberJoined', { member: A, memberId: 1n, identityCommitment: tx(1), deposit: 30n, key: 30n, index: 0n, coverageStart: 51n, epoch: 0n }, 1), 1n],
    [ev('MemberJoined', { member: B, memberId: 2n, identityCommitment: tx(2), deposit: 26n, key: 26n, index: 0n, coverageStart: 52n, epoch: 0n }, 2), 2n],
    [ev('MemberJoined', { member: C, memberId: 3n, identityCommitment: tx(3), deposit: 12n, key: 12n, index: 0n, coverageStart: 53n, epoch: 0n }, 3), 3n],
    // A claim's payment of 20 queued in epoch 0.
    [ev('PaymentQueued', { paymentId: 0n, claimId: 1n, recipient: R, amount: 20n, epoch: 0n }, 5), 5n],
    // Epoch 0 settled at t=100: N = 3, capacity 3·10 = 30 ≥ 20 → collected 20; share ceil(20/3) = 7, dust 21 − 20 = 1;
    // C = 7; reserve 1. Balances A 23, B 19, C 5.
    [ev('EpochSettled', { epoch: 0n, members: 3n, share: overrides.epoch0Share ?? 7n, collected: 20n, reserveAdded: 1n, index: 7n, carriedOver: 0n, exitsFinalised: 0n }, 100), 100n],
    [ev('PaymentMade', { paymentId: 0n, claimId: 1n, recipient: R, amount: 20n, remaining: 0n, epoch: 0n, transferred: true }, 100), 100n],
    // C's key 12 < C + M = 17: it lapses with 12 − 7 = 5.
    [ev('MemberLapsed', { memberId: 3n, balance: 5n, index: 7n }, 101), 101n],
    [ev('LapsesProcessed', { steps: 1n, lapsed: 1n, pending: false }, 101), 101n],
    // A credit of 5 among N = 2: floor(5/2) = 2 each, dust 1; C = 5; reserve 2. Balances A 25, B 21.
    [ev('MembersCredited', { source: R, reason: stringToHex('SLASH', { size: 32 }), refId: 1n, amount: 5n, perMember: 2n, members: 2n, reserveAdded: 1n, index: 5n }, 110), 110n],
    // A payment of 50 queued in epoch 1.
    [ev('PaymentQueued', { paymentId: 1n, claimId: 2n, recipient: R, amount: 50n, epoch: 1n }, 120), 120n],
    // B asks to leave at t=150: exit epoch = (150 + 60) / 100 = 2; balance 26 − 5 = 21.
    [ev('MemberExitRequested', { member: B, exitEpoch: 2n, balance: 21n, expelled: false }, 150), 150n],
    // Epoch 1 at t=200: N = 2 (B still counted), capacity 2·10 + reserve 2 = 22 → an instalment of 22 (28 left);
    // the reserve's 2 first, 20 charged: share 10, dust 0; C = 15; reserve 0. Balances A 15, B 11.
    [ev('ReserveUsed', { epoch: 1n, amount: 2n }, 200), 200n],
    [ev('EpochSettled', { epoch: 1n, members: 2n, share: 10n, collected: 22n, reserveAdded: 0n, index: 15n, carriedOver: 28n, exitsFinalised: 0n }, 200), 200n],
    [ev('PaymentMade', { paymentId: 1n, claimId: 2n, recipient: R, amount: 22n, remaining: 28n, epoch: 1n, transferred: true }, 200), 200n],
    // Epoch 2 at t=300: capacity 2·10 = 20 → 20 more (8 roll over); share 10; C = 25. B's exit epoch: N → 1, B frozen at
    // 26 − 25 = 1. A's balance 30 − 25 = 5 < 10.
    [ev('EpochSettled', { epoch: 2n, members: 2n, share: 10n, collected: 20n, reserveAdded: 0n, index: 25n, carriedOver: 8n, exitsFinalised: 1n }, 300), 300n],
    // The payout's transfer failed: kept for R.
    [ev('PaymentMade', { paymentId: 1n, claimId: 2n, recipient: R, amount: 20n, remaining: 8n, epoch: 2n, transferred: false }, 300), 300n],
    [ev('MemberLapsed', { memberId: 1n, balance: 5n, index: 25n }, 301), 301n],
    [ev('LapsesProcessed', { steps: 1n, lapsed: 1n, pending: false }, 301), 301n],
    [ev('MemberWithdrew', { member: B, amount: 1n }, 310), 310n],
    [ev('MemberWithdrew', { member: C, amount: 5n }, 311), 311n],
  ];
}

function replay(events: [AuditLog, bigint][]): PoolLedger {
  const ledger = new PoolLedger(params);
  for (const [log, t] of events) ledger.apply(log, t);
  ledger.finish();
  return ledger;
}

describe('the audit ledger', () => {
  test('recomputes shares, dust, credits, lapses, exits, instalments and the reserve of the worked example', () => {
    const ledger = replay(story());
    assert.deepEqual(ledger.differences, []);
    assert.ok(ledger.comparisons > 60, `the events' figures were compared (${ledger.comparisons})`);
    const [a, b, c] = [A, B, C].map((x) => ledger.members.get(x)!);
    assert.equal(a!.status, 'lapsed');
    assert.equal(ledger.balanceOf(a!), 5n);
    assert.equal(b!.status, 'exited');
    assert.equal(b!.withdrawn, 1n);
    assert.equal(c!.status, 'exited');
    assert.equal(ledger.balanceOf(c!), 0n);
    assert.equal(ledger.index, 25n);
    assert.equal(ledger.activeCount, 0n);
    assert.equal(ledger.reserve, 0n);
    assert.equal(ledger.queuedPayments, 8n);
    assert.equal(ledger.unclaimedPayouts, 20n);
    assert.equal(ledger.epochs.get(0n)!.share, 7n);
    assert.equal(ledger.epochs.get(0n)!.reserveAdded, 1n);
    assert.equal(ledger.epochs.get(1n)!.reserveUsed, 2n);
    assert.equal(ledger.credits[0]!.perMember, 2n);
    assert.equal(ledger.credits[0]!.reserveAdded, 1n);
    // Tokens: in 30 + 26 + 12 + 5 = 73; out 20 + 22 (paid) + 1 + 5 (withdrawn) = 48 → 25 held =
    // A's 5 + the 20 kept for R + reserve 0.
    assert.equal(ledger.expectedTokenBalance(), 25n);
    assert.equal(ledger.memberFunds() + ledger.reserve + ledger.unclaimedPayouts, 25n);
  });

  test('a settlement that states a share other than the rules give is named, with both values', () => {
    const ledger = replay(story({ epoch0Share: 8n }));
    assert.deepEqual(ledger.differences, [{ area: 'epoch', item: 'epoch 0', field: 'share', source: 'events', recomputed: '7', reported: '8' }]);
  });

  test('a lapse of a member still above the minimum, or at a wrong balance, is named', () => {
    const events = story().slice(0, 6);
    // After epoch 0 (C = 7): B's key 26 ≥ 17, so B cannot lapse; and the event says 20 where the balance is 19.
    events.push([ev('MemberLapsed', { memberId: 2n, balance: 20n, index: 7n }, 102), 102n]);
    const ledger = replay(events);
    const fields = ledger.differences.map((d) => `${d.item} ${d.field} ${d.recomputed}/${d.reported}`);
    assert.deepEqual(fields, [`${B} key below index + minimum at lapse key 26 ≥ 17/lapsed`, `${B} balance at lapse 19/20`]);
  });

  test('a settlement that leaves a member below the minimum counted is named', () => {
    // Skip C's lapse: at epoch 1's settlement C (key 12 < 7 + 10) is still counted.
    const events = story().filter(([log]) => !(log.eventName === 'MemberLapsed' && log.args.memberId === 3n) && !(log.eventName === 'LapsesProcessed' && log.blockNumber === 101n));
    const ledger = replay(events);
    const named = ledger.differences.find((d) => d.field === 'members below the minimum still counted');
    assert.deepEqual(named, { area: 'epoch', item: 'epoch 1', field: 'members below the minimum still counted', source: 'events', recomputed: '0', reported: '1' });
    // The credit before it was split among 3, not the 2 the events say.
    assert.ok(ledger.differences.some((d) => d.area === 'credit' && d.field === 'members' && d.recomputed === '3' && d.reported === '2'));
  });

  test('a top-up of a lapsed member rejoins with a new key and waiting period; rounding of a credit among 3', () => {
    const ledger = new PoolLedger(params);
    // A joins with 10 at t=1 (key 10); a payment of 1 at t=2; epoch 0 settles at t=100: N = 1, share 1, C = 1.
    ledger.apply(ev('MemberJoined', { member: A, memberId: 1n, identityCommitment: tx(1), deposit: 10n, key: 10n, index: 0n, coverageStart: 51n, epoch: 0n }, 1), 1n);
    ledger.apply(ev('PaymentQueued', { paymentId: 0n, claimId: 1n, recipient: R, amount: 1n, epoch: 0n }, 2), 2n);
    ledger.apply(ev('EpochSettled', { epoch: 0n, members: 1n, share: 1n, collected: 1n, reserveAdded: 0n, index: 1n, carriedOver: 0n, exitsFinalised: 0n }, 100), 100n);
    ledger.apply(ev('PaymentMade', { paymentId: 0n, claimId: 1n, recipient: R, amount: 1n, remaining: 0n, epoch: 0n, transferred: true }, 100), 100n);
    // Balance 9 < 10: lapses with 9.
    ledger.apply(ev('MemberLapsed', { memberId: 1n, balance: 9n, index: 1n }, 101), 101n);
    // Tops up 6 at t=120: balance 15, key 15 + C(1) = 16, coverage from 120 + 50 = 170.
    ledger.apply(ev('MemberToppedUp', { member: A, amount: 6n, balance: 15n, key: 16n, rejoined: true, coverageStart: 170n }, 120), 120n);
    ledger.apply(ev('MemberJoined', { member: B, memberId: 2n, identityCommitment: tx(2), deposit: 10n, key: 11n, index: 1n, coverageStart: 180n, epoch: 1n }, 130), 130n);
    ledger.apply(ev('MemberJoined', { member: C, memberId: 3n, identityCommitment: tx(3), deposit: 10n, key: 11n, index: 1n, coverageStart: 181n, epoch: 1n }, 131), 131n);
    // A credit of 8 among 3: floor(8/3) = 2 each, dust 2; C = 1 − 2 = −1.
    ledger.apply(ev('MembersCredited', { source: R, reason: stringToHex('RECOVERY', { size: 32 }), refId: 1n, amount: 8n, perMember: 2n, members: 3n, reserveAdded: 2n, index: -1n }, 140), 140n);
    ledger.finish();
    assert.deepEqual(ledger.differences, []);
    const a = ledger.members.get(A)!;
    assert.equal(ledger.balanceOf(a), 17n);
    assert.equal(ledger.viewOf(a, 169n), 'waiting');
    assert.equal(ledger.viewOf(a, 170n), 'covered');
    assert.equal(ledger.reserve, 2n);
    assert.equal(ledger.memberFunds(), 17n + 12n + 12n);
  });
});

describe('the audit of the modules', () => {
  test('an approval queues the payout and three commissions; a part payment cuts each commission to the paid fraction', () => {
    const pool = new PoolLedger(params);
    const m = new ModulesLedger(new Map(), pool);
    const W = [A, B, C];
    const both = (log: AuditLog, t: bigint) => (log.contract === 'pool' ? pool.apply(log, t) : m.apply(log));
    both(ev('MemberJoined', { member: R, memberId: 1n, identityCommitment: tx(1), deposit: 10n, key: 10n, index: 0n, coverageStart: 51n, epoch: 0n }, 1), 1n);
    both(ev('ClaimFiled', { claimId: 1n, claimant: R, notary: A, documentHash: tx(1), diagnosedAt: 1n, amount: 100n, region: 1n, reviewDeadline: 9n }, 2, 'claims'), 2n);
    both(ev('ClaimReviewed', { claimId: 1n, approved: true, amount: 90n, reason: 0, nullifier: tx(2), commission: 6n, stakeLock: 90n }, 3, 'claims'), 3n);
    // Approval (one call): payout 90 to the claimant as payment 0, commissions of 6 as payments 1..3.
    both(ev('PaymentQueued', { paymentId: 0n, claimId: 1n, recipient: R, amount: 90n, epoch: 0n }, 4), 4n);
    W.forEach((w, i) => both(ev('PaymentQueued', { paymentId: BigInt(i + 1), claimId: 1n, recipient: w, amount: 6n, epoch: 0n }, 4), 4n));
    both(ev('ClaimApproved', { claimId: 1n, claimant: R, amount: 90n, paymentId: 0n, witnesses: W, commission: 6n, nullifier: tx(2) }, 4, 'claims'), 4n);
    assert.deepEqual(m.differences, []);
    // Epoch 0 (N = 1, cap 10): an instalment of 10 of the payout (80 left).
    both(ev('EpochSettled', { epoch: 0n, members: 1n, share: 10n, collected: 10n, reserveAdded: 0n, index: 10n, carriedOver: 98n, exitsFinalised: 0n }, 100), 100n);
    both(ev('PaymentMade', { paymentId: 0n, claimId: 1n, recipient: R, amount: 10n, remaining: 80n, epoch: 0n, transferred: true }, 100), 100n);
    // The window ends: the payout's 80 cancelled; paid 10 of 90 → each commission owed ⌊6 × 10 / 90⌋ = 0: cut to 0.
    both(ev('PaymentReduced', { paymentId: 0n, claimId: 1n, recipient: R, cancelled: 80n, remaining: 0n }, 200), 200n);
    W.forEach((w, i) => both(ev('PaymentReduced', { paymentId: BigInt(i + 1), claimId: 1n, recipient: w, cancelled: 6n, remaining: 0n }, 200), 200n));
    both(ev('ClaimPaidInPart', { claimId: 1n, paid: 10n, shortfall: 80n }, 200, 'claims'), 200n);
    pool.finish();
    assert.deepEqual([...pool.differences, ...m.differences], []);
    assert.equal(pool.queuedPayments, 0n);
    // A commission left at 1 where the rule gives 0 is named.
    const wrong = new PoolLedger(params);
    const m2 = new ModulesLedger(new Map(), wrong);
    const both2 = (log: AuditLog, t: bigint) => (log.contract === 'pool' ? wrong.apply(log, t) : m2.apply(log));
    both2(ev('ClaimFiled', { claimId: 1n, claimant: R, notary: A, documentHash: tx(1), diagnosedAt: 1n, amount: 100n, region: 1n, reviewDeadline: 9n }, 2, 'claims'), 2n);
    both2(ev('ClaimReviewed', { claimId: 1n, approved: true, amount: 90n, reason: 0, nullifier: tx(2), commission: 6n, stakeLock: 90n }, 3, 'claims'), 3n);
    both2(ev('PaymentQueued', { paymentId: 0n, claimId: 1n, recipient: R, amount: 90n, epoch: 0n }, 4), 4n);
    W.forEach((w, i) => both2(ev('PaymentQueued', { paymentId: BigInt(i + 1), claimId: 1n, recipient: w, amount: i === 2 ? 5n : 6n, epoch: 0n }, 4), 4n));
    both2(ev('ClaimApproved', { claimId: 1n, claimant: R, amount: 90n, paymentId: 0n, witnesses: W, commission: 6n, nullifier: tx(2) }, 4, 'claims'), 4n);
    both2(ev('PaymentReduced', { paymentId: 0n, claimId: 1n, recipient: R, cancelled: 90n, remaining: 0n }, 200), 200n);
    both2(ev('PaymentReduced', { paymentId: 1n, claimId: 1n, recipient: A, cancelled: 5n, remaining: 1n }, 200), 200n);
    both2(ev('PaymentReduced', { paymentId: 2n, claimId: 1n, recipient: B, cancelled: 6n, remaining: 0n }, 200), 200n);
    both2(ev('PaymentReduced', { paymentId: 3n, claimId: 1n, recipient: C, cancelled: 5n, remaining: 0n }, 200), 200n);
    both2(ev('ClaimPaidInPart', { claimId: 1n, paid: 0n, shortfall: 90n }, 200, 'claims'), 200n);
    assert.deepEqual(m2.differences.map((d) => `${d.item} ${d.field}: ${d.recomputed}/${d.reported}`), [
      `claim 1 commission 3 queued (claim, recipient, amount): 1 ${getAddress(C)} 6/1 ${getAddress(C)} 5`,
      'claim 1 commission 1 left after the cut: 0/1',
    ]);
  });

  test('stakes, locks, slashes and a confirmed report: reward = min(amount × bps, slashed), the rest to members', () => {
    const params = new Map([['ReporterRewardBps', 1000n], ['ReportBond', 100n], ['DismissedBondToMembers', 0n]]);
    const m = new ModulesLedger(params);
    const W = A;
    m.apply(ev('WitnessStaked', { witness: W, amount: 5000n, totalStake: 5000n, region: 1n }, 1, 'registry'));
    m.apply(ev('ClaimFiled', { claimId: 7n, claimant: B, notary: C, documentHash: tx(1), diagnosedAt: 1n, amount: 3000n, region: 1n, reviewDeadline: 9n }, 2, 'claims'));
    m.apply(ev('ClaimReviewed', { claimId: 7n, approved: true, amount: 2000n, reason: 0, nullifier: tx(2), commission: 50n, stakeLock: 700n }, 3, 'claims'));
    m.apply(ev('StakeLocked', { witness: W, claimId: 7n, amount: 700n }, 4, 'registry'));
    m.apply(ev('FraudReported', { reportId: 1n, claimId: 7n, reporter: R, bond: 100n, commitment: tx(3), deadline: 99n }, 5, 'reports'));
    // Confirmed: 700 slashed; reward min(2000 × 10 %, 700) = 200; 500 credited to the members.
    m.apply(ev('StakeSlashed', { witness: W, claimId: 7n, amount: 700n, reason: tx(4) }, 6, 'registry'));
    m.apply(ev('ReportResolved', { reportId: 1n, claimId: 7n, outcome: 1, reporter: R, bondReturned: 100n, reward: 200n, slashed: 700n, creditedToMembers: 500n, fee: 0n }, 6, 'reports'));
    assert.deepEqual(m.differences, []);
    assert.equal(m.witnesses.get(W)!.stake, 4300n);
    assert.equal(m.witnesses.get(W)!.locked, 0n);
    assert.equal(m.totalStaked, 4300n);
    assert.equal(m.bondsHeld, 0n);
    // A reward stated as 300 is named.
    const wrong = new ModulesLedger(params);
    for (const [name, args, t, c] of [
      ['WitnessStaked', { witness: W, amount: 5000n, totalStake: 5000n, region: 1n }, 1, 'registry'],
      ['ClaimFiled', { claimId: 7n, claimant: B, notary: C, documentHash: tx(1), diagnosedAt: 1n, amount: 3000n, region: 1n, reviewDeadline: 9n }, 2, 'claims'],
      ['ClaimReviewed', { claimId: 7n, approved: true, amount: 2000n, reason: 0, nullifier: tx(2), commission: 50n, stakeLock: 700n }, 3, 'claims'],
      ['StakeLocked', { witness: W, claimId: 7n, amount: 700n }, 4, 'registry'],
      ['FraudReported', { reportId: 1n, claimId: 7n, reporter: R, bond: 100n, commitment: tx(3), deadline: 99n }, 5, 'reports'],
      ['StakeSlashed', { witness: W, claimId: 7n, amount: 700n, reason: tx(4) }, 6, 'registry'],
      ['ReportResolved', { reportId: 1n, claimId: 7n, outcome: 1, reporter: R, bondReturned: 100n, reward: 300n, slashed: 700n, creditedToMembers: 400n, fee: 0n }, 6, 'reports'],
    ] as const) wrong.apply(ev(name, args as Record<string, unknown>, t, c));
    assert.deepEqual(wrong.differences.map((d) => `${d.item} ${d.field} ${d.recomputed}/${d.reported}`), ['report 1 reward 200/300', 'report 1 creditedToMembers 500/400']);
  });
});
