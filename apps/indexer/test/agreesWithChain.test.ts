import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimParametersAbi, claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, prevrandaoSourceAbi, witnessRegistryAbi } from '@lashou/abi';
import {
  acceptWitness, approveClaim, attestClaim, creditMembers, declineWitness, drawWitnesses, expireReport, fileClaim, getClaim, getPool, joinPoolWithPermit, createIdentity,
  markClaimPaid, nextClaimStep, processLapses, reportFraud, requestTestTokens, resolveReport, reviewClaim, settleEpoch, signDiagnosis, type GetClaimReturnType,
} from '@lashou/sdk';
import { demoMemberKey, walletFor } from '@lashou/sdk/node';
import { type Address, type Hex, createWalletClient, getAddress, http, keccak256, toHex, zeroHash } from 'viem';
import { api, gql, indexer, rowCounts, seededChain, type Indexer, type SeededChain } from './utils/harness';
import { waitingDisagreements } from './utils/waiting';

// The index against the chain's own views, member by member and claim by claim, on the demo mutual (30 members,
// claims in every stage, a lapse, an exit, a confirmed fraud report); then again after time moves on, an epoch is
// settled and members are credited. Also: a settlement or a credit writes the same handful of rows whatever the
// number of members (the pool's O(1) design kept by the index).

const MEMBER_VIEW = ['None', 'Waiting', 'Covered', 'ExitRequested', 'Lapsed', 'Exited'] as const;
const SLOT_STATUS = ['Empty', 'Drawn', 'Accepted', 'Approved', 'Rejected'] as const;
const REPORT_OUTCOME = ['Open', 'Confirmed', 'Dismissed', 'Expired', 'Superseded'] as const;
const UNIT = 1_000_000n;
const DAY = 86_400;

let s: SeededChain;
let ix: Indexer;
let pool: Address;
let claims: Address;
let reports: Address;
let registry: Address;

const client = () => s.chain.dev(0);
/** The chain's head, never viem's cached block number (a stale one made this test race its own transactions). */
const head = () => client().getBlockNumber({ cacheTime: 0 });
const read = <T>(address: Address, abi: any, functionName: string, args: unknown[], blockNumber: bigint) =>
  client().readContract({ address, abi, functionName, args, blockNumber } as never) as Promise<T>;

/** Every address that ever joined, from the chain's own logs (not from the index). */
async function chainMembers(): Promise<Address[]> {
  const logs = await client().getContractEvents({ address: pool, abi: mutualPoolAbi, eventName: 'MemberJoined', fromBlock: 0n });
  return [...new Set(logs.map((l) => getAddress((l.args as { member: Address }).member)))];
}

type StatementItem = Record<string, unknown> & { kind: string; amount: string };

/** Every statement item of a member, following `nextCursor` with a small page size. */
async function pagedStatement(address: Address, limit: number): Promise<StatementItem[]> {
  const items: StatementItem[] = [];
  let cursor: string | null = null;
  for (let pages = 0; ; pages++) {
    assert.ok(pages < 500, `statement of ${address} does not end`);
    const page: any = await api(ix.url, `/api/members/${address}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.ok(page.statement.length <= limit, `a page holds at most limit=${limit} items`);
    items.push(...page.statement);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return items;
}

/** Mismatches between the API and the chain at the chain's current head (empty when they agree). */
async function disagreements(options: { statements: boolean }): Promise<string[]> {
  const problems: string[] = [];
  const blockNumber = await head();
  const members = await chainMembers();
  let expelledOnChain = 0;
  const poolRead = <T>(functionName: string, args: unknown[] = []) => read<T>(pool, mutualPoolAbi, functionName, args, blockNumber);

  // The index knows exactly the chain's members.
  const indexed = await gql<{ members: { items: { address: string }[] } }>(ix.url, '{ members(limit: 1000) { items { address } } }');
  const indexedSet = new Set(indexed.members.items.map((m) => getAddress(m.address)));
  if (indexedSet.size !== members.length || members.some((m) => !indexedSet.has(m))) {
    problems.push(`members: chain has ${members.length}, index ${indexedSet.size}`);
  }

  for (const address of members) {
    const [balance, status, maxCharge] = await Promise.all([
      poolRead<bigint>('balanceOf', [address]),
      poolRead<number>('statusOf', [address]),
      poolRead<bigint>('maxChargeBeforeExit', [address]),
    ]);
    const m: any = await api(ix.url, `/api/members/${address}?limit=500`);
    const tag = `${address} (${MEMBER_VIEW[status]})`;
    if (BigInt(m.balance) !== balance) problems.push(`${tag}: balance ${m.balance}, chain ${balance}`);
    if (m.status !== MEMBER_VIEW[status]) problems.push(`${tag}: status ${m.status}, chain ${MEMBER_VIEW[status]}`);
    if (BigInt(m.maxChargeBeforeExit) !== maxCharge) problems.push(`${tag}: maxChargeBeforeExit ${m.maxChargeBeforeExit}, chain ${maxCharge}`);
    const expelled = await poolRead<boolean>('isExpelled', [address]);
    if (m.expelled !== expelled) problems.push(`${tag}: expelled ${m.expelled}, chain ${expelled}`);
    if (expelled) expelledOnChain++;
    // The statement reconciles with the balance in every state: a lapsed member keeps deposited − charged +
    // credited; an exited member withdrew exactly that (balance 0).
    const t = m.totals;
    const net = BigInt(t.deposited) - BigInt(t.withdrawn) - BigInt(t.charged) + BigInt(t.credited);
    if (net !== balance) problems.push(`${tag}: deposited − withdrawn − charged + credited = ${net}, balance ${balance} (${JSON.stringify(t)})`);
    if (!options.statements) continue;
    // The items sum to the totals, kind by kind.
    const all: StatementItem[] = m.statement;
    if (m.nextCursor !== null) problems.push(`${tag}: more than 500 statement items in the demo?`);
    const sum = (kinds: string[]) => all.filter((i) => kinds.includes(i.kind)).reduce((a, i) => a + BigInt(i.amount), 0n);
    if (sum(['deposit', 'topUp']) !== BigInt(t.deposited)) problems.push(`${tag}: statement deposits ${sum(['deposit', 'topUp'])} ≠ totals.deposited ${t.deposited}`);
    if (sum(['withdrawal']) !== BigInt(t.withdrawn)) problems.push(`${tag}: statement withdrawals ≠ totals.withdrawn`);
    if (sum(['epochShare']) !== BigInt(t.charged)) problems.push(`${tag}: statement shares ${sum(['epochShare'])} ≠ totals.charged ${t.charged}`);
    if (sum(['credit']) !== BigInt(t.credited)) problems.push(`${tag}: statement credits ${sum(['credit'])} ≠ totals.credited ${t.credited}`);
    // Newest first.
    for (let i = 1; i < all.length; i++) {
      if (BigInt(all[i - 1]!.blockNumber as string) < BigInt(all[i]!.blockNumber as string)) problems.push(`${tag}: statement not newest first at item ${i}`);
    }
    // Paging with the cursor yields every item exactly once, in the same order.
    const keys = all.map((i) => JSON.stringify(i));
    if (new Set(keys).size !== keys.length) problems.push(`${tag}: the one-page statement repeats an item`);
    for (const limit of [1, 2, 3]) {
      const paged = (await pagedStatement(address, limit)).map((i) => JSON.stringify(i));
      if (JSON.stringify(paged) !== JSON.stringify(keys)) {
        const missing = keys.filter((k) => !paged.includes(k)).length;
        const extra = paged.length - keys.length + missing;
        problems.push(`${tag}: paging by ${limit} gave ${paged.length} items for ${keys.length} (${missing} missing, ${extra} repeated or extra)`);
      }
    }
  }

  // Pool totals: running sums in the index vs the pool's own views.
  const [funds, reserve, unclaimed, active, index, nextToSettle, queued] = await Promise.all([
    poolRead<bigint>('memberFunds'),
    poolRead<bigint>('reserve'),
    poolRead<bigint>('unclaimedPayouts'),
    poolRead<bigint>('activeMembers'),
    poolRead<bigint>('index'),
    poolRead<bigint>('nextEpochToSettle'),
    poolRead<bigint>('queuedPayments'),
  ]);
  const stats: any = await api(ix.url, '/api/stats');
  const reserves: any = await api(ix.url, '/api/reserves');
  const expect = (what: string, got: string | number, want: bigint) => {
    if (BigInt(got) !== want) problems.push(`${what}: index ${got}, chain ${want}`);
  };
  expect('stats money.memberFunds', stats.money.memberFunds, funds);
  expect('reserves index.memberFunds', reserves.index.memberFunds, funds);
  expect('stats money.reserve', stats.money.reserve, reserve);
  expect('reserves index.reserve', reserves.index.reserve, reserve);
  expect('stats money.unclaimedPayouts', stats.money.unclaimedPayouts, unclaimed);
  expect('reserves index.unclaimedPayouts', reserves.index.unclaimedPayouts, unclaimed);
  expect('stats money.queuedPayments', stats.money.queuedPayments, queued);
  expect('stats members.active', stats.members.active, active);
  expect('stats index', stats.index, index);
  expect('stats epoch.nextToSettle', stats.epoch.nextToSettle, nextToSettle);
  expect('stats members.expelled', stats.members.expelled, BigInt(expelledOnChain));
  // Reserve movements, cancelled payments and reclaimed payouts: the index's totals against the pool's own events.
  const logs = async (eventName: string) =>
    (await client().getContractEvents({ address: pool, abi: mutualPoolAbi, eventName: eventName as never, fromBlock: 0n, toBlock: blockNumber })) as unknown as {
      args: Record<string, bigint>;
    }[];
  const total = (rows: { args: Record<string, bigint> }[], field: string) => rows.reduce((sum, l) => sum + l.args[field]!, 0n);
  const [used, swept, reduced, reclaimed] = await Promise.all([logs('ReserveUsed'), logs('ReserveSwept'), logs('PaymentReduced'), logs('PayoutReclaimed')]);
  expect('stats money.reserveUsed', stats.money.reserveUsed, total(used, 'amount'));
  expect('stats money.reserveSwept', stats.money.reserveSwept, total(swept, 'amount'));
  expect('stats money.paymentsCancelled', stats.money.paymentsCancelled, total(reduced, 'cancelled'));
  expect('stats money.payoutsReclaimed', stats.money.payoutsReclaimed, total(reclaimed, 'amount'));
  const epochs: any = await api(ix.url, '/api/epochs?limit=500');
  for (const e of epochs.epochs) {
    const want = used.filter((l) => l.args.epoch === BigInt(e.epoch)).reduce((sum, l) => sum + l.args.amount!, 0n);
    expect(`epoch ${e.epoch} reserveUsed`, e.reserveUsed, want);
  }
  const movements: any = await api(ix.url, '/api/reserve-movements?limit=500');
  if (movements.movements.length !== used.length + swept.length) problems.push(`/api/reserve-movements lists ${movements.movements.length}, the pool emitted ${used.length + swept.length}`);
  eventCounts.set('ReserveUsed', used.length);
  eventCounts.set('PaymentReduced', reduced.length);
  if (reserves.balanced !== true || reserves.difference !== '0') problems.push(`/api/reserves not balanced: ${JSON.stringify(reserves)}`);
  for (const c of reserves.contracts) if (c.difference !== '0') problems.push(`/api/reserves ${c.contract}: difference ${c.difference}`);
  // Money waiting for the token (none on this token, which always moves: the figures must still be the chain's).
  problems.push(...(await waitingDisagreements(s.chain, ix.url, { pool, claims, reports, registry }, blockNumber)));

  // Claims: state and witness slots as the claims manager has them, and the next step as nextClaimStep decides it
  // from the chain's views at the same block (the API's is decided from indexed rows alone, at its head).
  await ix.waitForBlock(blockNumber);
  const claimCount = await read<bigint>(claims, claimsManagerAbi, 'claimCount', [], blockNumber);
  const listed: any = await api(ix.url, '/api/claims?limit=500');
  if (listed.claims.length !== Number(claimCount)) problems.push(`/api/claims lists ${listed.claims.length} claims, chain has ${claimCount}`);
  for (let id = 1n; id <= claimCount; id++) {
    const onChain = await getClaim(client(), { claims, claimId: id });
    const [slots] = [await read<readonly { witness: Address; status: number }[]>(claims, claimsManagerAbi, 'witnessSlots', [id], blockNumber)];
    const c: any = await api(ix.url, `/api/claims/${id}`);
    if (c.state !== onChain.state) problems.push(`claim ${id}: state ${c.state}, chain ${onChain.state}`);
    if (BigInt(c.requestedAmount) !== onChain.requestedAmount) problems.push(`claim ${id}: requested ${c.requestedAmount}, chain ${onChain.requestedAmount}`);
    if (getAddress(c.claimant) !== getAddress(onChain.claimant)) problems.push(`claim ${id}: claimant differs`);
    if (onChain.approvedAmount !== 0n && BigInt(c.approvedAmount ?? -1) !== onChain.approvedAmount) problems.push(`claim ${id}: approved ${c.approvedAmount}, chain ${onChain.approvedAmount}`);
    if (BigInt(c.openReports) !== onChain.openReports) problems.push(`claim ${id}: openReports ${c.openReports}, chain ${onChain.openReports}`);
    if (onChain.state === 'Approved' && BigInt(c.paymentDeadline ?? -1) !== onChain.deadline) problems.push(`claim ${id}: paymentDeadline ${c.paymentDeadline}, chain deadline ${onChain.deadline}`);
    // Every payment of the claim: what the pool still owes, and paid + cancelled + remaining = amount.
    for (const payment of c.payments) {
      const onPool = await poolRead<{ remaining: bigint }>('payment', [BigInt(payment.paymentId)]);
      if (BigInt(payment.remaining) !== onPool.remaining) problems.push(`claim ${id} payment ${payment.paymentId}: remaining ${payment.remaining}, chain ${onPool.remaining}`);
      if (BigInt(payment.paid) + BigInt(payment.cancelled) + BigInt(payment.remaining) !== BigInt(payment.amount)) problems.push(`claim ${id} payment ${payment.paymentId}: paid + cancelled + remaining ≠ amount`);
    }
    const cancelledHere = reduced.filter((l) => l.args.claimId === id).reduce((sum, l) => sum + l.args.cancelled!, 0n);
    if (c.payment && BigInt(c.payment.cancelled) !== cancelledHere) problems.push(`claim ${id}: cancelled ${c.payment.cancelled}, the pool's PaymentReduced say ${cancelledHere}`);
    const inPart = await client().getContractEvents({ address: claims, abi: claimsManagerAbi, eventName: 'ClaimPaidInPart', args: { claimId: id }, fromBlock: 0n, toBlock: blockNumber });
    const part = inPart[0]?.args;
    if ((c.shortfall === null) !== (part === undefined)) problems.push(`claim ${id}: shortfall ${c.shortfall}, chain ${part ? 'paid in part' : 'not paid in part'}`);
    if (part && (BigInt(c.shortfall) !== part.shortfall || BigInt(c.paidAmount) !== part.paid)) {
      problems.push(`claim ${id}: paid ${c.paidAmount} shortfall ${c.shortfall}, ClaimPaidInPart says ${part.paid} and ${part.shortfall}`);
    }
    // Its reports: commitment, revealed evidence and outcome as FraudReports keeps them.
    for (const r of c.reports) {
      const onReports = await read<{ commitment: Hex; evidenceHash: Hex; outcome: number; reporter: Address }>(reports, fraudReportsAbi, 'report', [BigInt(r.reportId)], blockNumber);
      if (r.commitment !== onReports.commitment.toLowerCase()) problems.push(`report ${r.reportId}: commitment ${r.commitment}, chain ${onReports.commitment}`);
      if ((r.evidenceHash ?? zeroHash) !== onReports.evidenceHash.toLowerCase()) problems.push(`report ${r.reportId}: evidence ${r.evidenceHash}, chain ${onReports.evidenceHash}`);
      if (r.outcome !== REPORT_OUTCOME[onReports.outcome]) problems.push(`report ${r.reportId}: outcome ${r.outcome}, chain ${REPORT_OUTCOME[onReports.outcome]}`);
      eventCounts.set(`report:${r.outcome}`, (eventCounts.get(`report:${r.outcome}`) ?? 0) + 1);
    }
    slots.forEach((slot, i) => {
      const row = c.witnesses.find((w: any) => w.slot === i);
      const chainStatus = SLOT_STATUS[slot.status]!;
      if (chainStatus === 'Empty') {
        if (row && !['declined', 'replaced'].includes(row.status)) problems.push(`claim ${id} slot ${i}: empty on chain, index has ${row.status} ${row.witness}`);
        return;
      }
      if (!row) return void problems.push(`claim ${id} slot ${i}: chain has ${chainStatus} ${slot.witness}, index has no witness`);
      if (getAddress(row.witness) !== getAddress(slot.witness)) problems.push(`claim ${id} slot ${i}: witness ${row.witness}, chain ${slot.witness}`);
      const indexStatus =
        row.status === 'attested' ? 'Approved' : row.status === 'slashed' ? (row.approved ? 'Approved' : 'Rejected') : row.status[0].toUpperCase() + row.status.slice(1);
      if (indexStatus !== chainStatus) problems.push(`claim ${id} slot ${i}: ${row.status}, chain ${chainStatus}`);
    });
    const want = await chainNextStep(onChain, blockNumber);
    if (JSON.stringify(c.nextStep) !== JSON.stringify(want)) problems.push(`claim ${id} (${onChain.state}): nextStep ${JSON.stringify(c.nextStep)}, from the chain ${JSON.stringify(want)}`);
    nextStepKinds.add(`${onChain.state}:${c.nextStep?.kind ?? 'none'}:${c.nextStep?.due ? 'due' : 'waiting'}`);
  }
  const reportCount = await read<bigint>(reports, fraudReportsAbi, 'reportCount', [], blockNumber);
  const reportsIndexed = listed.claims.reduce((sum: number, x: any) => sum + x.reports, 0);
  if (reportsIndexed !== Number(reportCount)) problems.push(`claims list ${reportsIndexed} reports, chain ${reportCount}`);

  // Witnesses: stake, draw placement (eligible, region, stake tier) and seasoning as the registry has them.
  const staked = await client().getContractEvents({ address: registry, abi: witnessRegistryAbi, eventName: 'WitnessStaked', fromBlock: 0n, toBlock: blockNumber });
  const witnessAddresses = [...new Set(staked.map((l) => getAddress(l.args.witness!)))];
  const indexedWitnesses: any = await api(ix.url, '/api/witnesses?limit=500');
  if (indexedWitnesses.witnesses.length !== witnessAddresses.length) problems.push(`/api/witnesses lists ${indexedWitnesses.witnesses.length}, chain ${witnessAddresses.length}`);
  for (const address of witnessAddresses) {
    const w = indexedWitnesses.witnesses.find((x: any) => getAddress(x.address) === address);
    if (!w) {
      problems.push(`witness ${address}: not indexed`);
      continue;
    }
    const [[stake, locked], [eligible, region, tier], seasonedAt] = await Promise.all([
      read<readonly [bigint, bigint, bigint, boolean, bigint]>(registry, witnessRegistryAbi, 'witnessInfo', [address], blockNumber),
      read<readonly [boolean, bigint, bigint]>(registry, witnessRegistryAbi, 'placementAt', [address, blockNumber], blockNumber),
      read<bigint>(registry, witnessRegistryAbi, 'seasonedAt', [address], blockNumber),
    ]);
    if (BigInt(w.stake) !== stake || BigInt(w.locked) !== locked) problems.push(`witness ${address}: stake ${w.stake} locked ${w.locked}, chain ${stake} ${locked}`);
    if (w.eligible !== eligible || (eligible && (BigInt(w.region) !== region || BigInt(w.tier) !== tier)) || (!eligible && w.tier !== null)) {
      problems.push(`witness ${address}: eligible ${w.eligible} region ${w.region} tier ${w.tier}, chain ${eligible} ${region} ${tier}`);
    }
    if (BigInt(w.seasonedAt ?? 0) !== seasonedAt) problems.push(`witness ${address}: seasonedAt ${w.seasonedAt}, chain ${seasonedAt}`);
  }
  return problems;
}

/** How many of the new events and outcomes the comparisons covered (so the checks are not vacuous). */
const eventCounts = new Map<string, number>();

/** Every (state, next step kind, due) the API answered in a comparison with the chain (the checks are not vacuous). */
const nextStepKinds = new Set<string>();

/** The claim's next step from the chain's own views at `blockNumber` (as advanceClaim reads them), in the API's JSON shape. */
async function chainNextStep(claim: GetClaimReturnType, blockNumber: bigint) {
  const block = await client().getBlock({ blockNumber });
  const [parameters, source] = await Promise.all([
    read<Address>(claims, claimsManagerAbi, 'parameters', [], blockNumber),
    read<Address>(claims, claimsManagerAbi, 'randomnessSource', [], blockNumber),
  ]);
  const honourUntil = await read<bigint>(parameters, claimParametersAbi, 'honourUntil', [], blockNumber);
  let randomness: { ready: boolean; expired: boolean; targetBlock?: bigint } | undefined;
  if (claim.randomnessRequest !== 0n) {
    const [ready, expired] = await read<readonly [boolean, boolean, bigint]>(source, prevrandaoSourceAbi, 'randomness', [claim.randomnessRequest], blockNumber);
    const targetBlock = ready || expired ? undefined : await read<bigint>(source, prevrandaoSourceAbi, 'targetBlock', [claim.randomnessRequest], blockNumber);
    randomness = { ready, expired, targetBlock };
  }
  const next = nextClaimStep({ claim, now: block.timestamp, blockNumber: block.number, honourUntil, randomness });
  const text = (v: bigint | undefined) => (v === undefined ? null : v.toString());
  return {
    kind: next.kind ?? null,
    due: next.due,
    allowedAt: text(next.allowedAt),
    allowedAtBlock: text(next.allowedAtBlock),
    slot: next.slot ?? null,
    waitingFor: next.waitingFor,
    detail: next.detail,
  };
}

/** Waits until the index has processed the chain's head (Ponder's /status), which must take under `ms`, then
 *  requires the API to agree with the chain on every figure at once: an answer is computed as of the indexed block,
 *  so nothing may lag behind it (the statements are checked separately). Returns the wait. */
async function agreesWithin(ms: number): Promise<number> {
  const started = Date.now();
  await ix.waitForBlock(await head(), ms);
  const waited = Date.now() - started;
  assert.deepEqual(await disagreements({ statements: false }), [], `the API disagrees with the chain although it has indexed the head`);
  return waited;
}

describe('the index agrees with the chain', { timeout: 480_000 }, () => {
  before(async () => {
    s = await seededChain(30);
    pool = s.seed.pool;
    claims = s.seed.claims as Address;
    reports = s.seed.reports as Address;
    registry = s.seed.registry as Address;
    ix = await indexer({ rpcUrl: s.chain.rpcUrl, deploymentPath: s.deploymentPath });
    await ix.waitForBlock(await head());
    // CREDITOR_ROLE for the operator (granted after indexing, so the first check sees the seed's own history).
    await grantCreditor(client().account.address);
    await requestTestTokens(client(), { token: s.seed.token, amount: 1_000n * UNIT });
  });
  after(async () => {
    await ix?.stop();
    await s?.stop();
  });

  test('every member, the pool totals, the reserves and every claim of the seeded demo', async () => {
    // The demo has the states worth checking: covered, lapsed, exited (withdrawn), expelled after fraud.
    const statuses = await Promise.all((await chainMembers()).map((a) => read<number>(pool, mutualPoolAbi, 'statusOf', [a], 'latest' as never)));
    for (const wanted of [2, 3, 4, 5]) assert.ok(statuses.includes(wanted), `the demo has a member in state ${MEMBER_VIEW[wanted]}`);
    assert.deepEqual(await disagreements({ statements: true }), []);
    console.log(`# next steps compared with the chain: ${[...nextStepKinds].sort().join(', ')}`);
  });

  test("/api/stats says the block its answer is computed at: the index's head, not the pool's last event", async () => {
    // The last transactions of before() (a test-token faucet call) touched no pool row.
    const at = await head();
    await ix.waitForBlock(at);
    const stats: any = await api(ix.url, '/api/stats');
    assert.equal(BigInt(stats.indexedBlock), at);
    assert.ok(BigInt(stats.poolUpdatedBlock) < at, `the pool's last event (block ${stats.poolUpdatedBlock}) is older than the head ${at}`);
  });

  test('after time moves on, an epoch is settled (paying the approved claim) and members are credited', async () => {
    const before: any = await api(ix.url, '/api/stats');
    // Past the announced claim's window and into the next epoch; settle every ended epoch.
    await s.chain.increaseTime(15 * DAY);
    for (;;) {
      const at = await head();
      const next = await read<bigint>(pool, mutualPoolAbi, 'nextEpochToSettle', [], at);
      const current = await read<bigint>(pool, mutualPoolAbi, 'currentEpoch', [], at);
      if (next >= current) break;
      await settleEpoch(client(), { pool });
    }
    const settled = await agreesWithin(4_000);
    const after: any = await api(ix.url, '/api/stats');
    assert.ok(BigInt(after.money.totalPaid) > BigInt(before.money.totalPaid), 'the settlement paid the queued claim');
    console.log(`# settlement visible and agreeing in ${settled} ms`);

    // A credit to every member (CREDITOR_ROLE granted to the operator by the timelock, impersonated, in before()).
    const credit = await creditMembers(client(), { pool, amount: 123_456_789n, reason: 'RECOVERY', refId: 2n });
    assert.ok(credit.perMember > 0n);
    const credited = await agreesWithin(4_000);
    console.log(`# credit visible and agreeing in ${credited} ms`);
    assert.deepEqual(await disagreements({ statements: true }), [], 'statements after the settlement and the credit');
    // Waiting (before) and due (after the 15 days) next steps were both compared with the chain.
    console.log(`# next steps compared with the chain: ${[...nextStepKinds].sort().join(', ')}`);
    for (const expected of ['Announced:approveClaim:waiting', 'Announced:approveClaim:due', 'Filed:expireClaim:waiting', 'Filed:expireClaim:due', 'Paid:releaseStakes:waiting']) {
      assert.ok(nextStepKinds.has(expected), `a ${expected} next step was compared with the chain (${[...nextStepKinds].join(', ')})`);
    }
  });

  test('a settlement and a credit write the same rows with N members as with N + 30, and touch no member row', async () => {
    const perMemberTables = ['members', 'membershipPeriods', 'memberNumbers'];
    const memberRows = () =>
      gql(ix.url, `{ members(limit: 1000) { items { address key status period linked frozenBalance } } membershipPeriods(limit: 1000) { items { address period fromSeq untilSeq exitEpoch } } }`);
    /** New rows per table for one empty-epoch settlement plus one credit, and whether member rows changed. */
    const measure = async () => {
      await s.chain.increaseTime(15 * DAY);
      await ix.waitForBlock(await head());
      const before = await rowCounts(ix.url);
      const membersBefore = await memberRows();
      const settlement = await settleEpoch(client(), { pool });
      assert.equal(settlement.collected, 0n, 'an epoch with no payments: the comparison is about members, not claims');
      await creditMembers(client(), { pool, amount: 50_000_000n, reason: 'RECOVERY' });
      await ix.waitForBlock(await head());
      const afterCounts = await rowCounts(ix.url);
      const membersAfter = await memberRows();
      const added = Object.fromEntries(Object.keys(afterCounts).map((t) => [t, afterCounts[t]! - (before[t] ?? 0)]));
      return { added, members: settlement.members, membersUnchanged: JSON.stringify(membersBefore) === JSON.stringify(membersAfter) };
    };
    const small = await measure();

    // Thirty more members join (fresh demo keys).
    const wallets = Array.from({ length: 30 }, (_, i) => walletFor(s.chain.rpcUrl, demoMemberKey(1_000 + i)));
    await Promise.all(wallets.map((w) => client().request({ method: 'anvil_setBalance' as never, params: [w.account.address, toHex(10n ** 19n)] as never })));
    await Promise.all(wallets.map((w) => requestTestTokens(w, { token: s.seed.token, amount: 100n * UNIT })));
    for (const [i, w] of wallets.entries()) {
      await joinPoolWithPermit(w, {
        pool,
        identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: `CHN:E${20_000_000 + i}`, name: `Later Member ${i}` }).commitment,
        deposit: (20n + BigInt(i)) * UNIT,
      });
    }
    const large = await measure();
    console.log(`# rows added per settlement + credit: ${JSON.stringify(small.added)} with ${small.members} members; ${JSON.stringify(large.added)} with ${large.members} members`);
    assert.equal(large.members - small.members, 30n);
    assert.deepEqual(large.added, small.added, 'the rows written do not depend on the number of members');
    const total = Object.values(small.added).reduce((a, n) => a + n, 0);
    assert.ok(total <= 6, `a settlement and a credit add a handful of rows (${total})`);
    for (const t of perMemberTables) assert.equal(small.added[t], 0, `no ${t} row is added at a settlement or credit`);
    assert.ok(small.membersUnchanged && large.membersUnchanged, 'member and membership-period rows are untouched by a settlement or a credit');
    // And the figures still agree with the chain for all 58 + 2 members.
    await agreesWithin(4_000);
  });

  test('several reports on an approved claim (one confirmed: its queued payments cancelled, the other superseded), a dismissed bond credited to members, the reserve used, and a claim paid in part', async () => {
    const operator = client();
    const notary = s.chain.dev(1);
    const supervisor = s.chain.dev(2);
    const second = s.chain.dev(8);
    const patient = s.chain.dev(3);
    await requestTestTokens(second, { token: s.seed.token, amount: 1_000n * UNIT });
    await requestTestTokens(supervisor, { token: s.seed.token, amount: 1_000n * UNIT });
    const witnessWallets = new Map(s.seed.witnesses.map((w) => [w.address.toLowerCase(), walletFor(s.chain.rpcUrl, w.privateKey)]));
    const settleEnded = async () => {
      for (;;) {
        const { epoch } = await getPool(operator, { pool });
        if (epoch.nextToSettle >= epoch.current) return;
        await processLapses(operator, { pool });
        await settleEpoch(operator, { pool });
      }
    };
    await settleEnded();

    // 1. The demo's announced claim is approved, then reported twice while approved: both reports open at once.
    const announced = s.seed.demoClaims.find((x) => x.stage === 'Announced')!.claimId;
    await approveClaim(operator, { claims, claimId: announced });
    const evidence = (text: string) => keccak256(toHex(text));
    const first = await reportFraud(supervisor, { reports, claimId: announced, evidenceHash: evidence('the approved claim: a forged discharge letter') });
    const other = await reportFraud(second, { reports, claimId: announced, evidenceHash: evidence('the approved claim: the same patient under another name') });
    await ix.waitForBlock(await head());
    const open: any = await api(ix.url, `/api/claims/${announced}`);
    assert.equal(open.state, 'UnderInvestigation');
    assert.equal(open.openReports, 2, 'two reports open on one claim');
    assert.ok(open.reports.every((r: any) => r.evidenceHash !== null && r.commitment !== r.evidenceHash), 'each report has its commitment and its revealed evidence');
    assert.deepEqual(await disagreements({ statements: false }), [], 'with two reports open');
    // Confirmed: the claim's queued payout and commissions are cancelled, its claimant expelled; the other report is superseded.
    await resolveReport(operator, { reports, reportId: first.reportId, confirmed: true });
    const superseded = await expireReport(operator, { reports, reportId: other.reportId });
    assert.equal(superseded.outcome, 'Superseded');

    // 2. Dismissed bonds go to every member (DismissedBondToMembers, a timelocked parameter: the default, set here
    // explicitly so the test does not depend on it), so a dismissal is a credit.
    await asTimelock(claimParametersAddress(), claimParametersAbi, 'setParameter', [16, 1n]);

    // 3. A claim of 1,000 tUSD: more than one settlement can pay (members × minimum), so it is paid in instalments.
    const documentHash = evidence('a new diagnosis of the patient');
    const diagnosedAt = (await operator.getBlock()).timestamp - 86_400n;
    const { signature, notary: signer } = await signDiagnosis(notary, { claims, claimant: patient.account.address, documentHash, diagnosedAt, region: 1 });
    const { claimId } = await fileClaim(patient, { claims, documentHash, diagnosedAt, amount: 1_000n * UNIT, region: 1, notary: signer, signature });
    await reviewClaim(operator, { claims, claimId, approve: true, amount: 1_000n * UNIT, nullifier: keccak256(toHex('a person with no earlier payout')) });
    // A drawn witness whose stake is all locked by other claims is skipped and its slot drawn again.
    const drawAll = async () => {
      for (let attempt = 0; (await getClaim(operator, { claims, claimId })).witnesses.some((w) => w.status === 'Empty'); attempt++) {
        assert.ok(attempt < 12, 'three witnesses could be drawn');
        await s.chain.mine(3);
        await drawWitnesses(operator, { claims, claimId });
      }
    };
    await drawAll();
    // Two witnesses decline, one block apart: the second decline replaces the randomness the first requested (not
    // yet known), so the redraw uses randomness requested after both decisions.
    for (const slot of (await getClaim(operator, { claims, claimId })).witnesses.slice(0, 2)) {
      await declineWitness(witnessWallets.get(slot.witness.toLowerCase())!, { claims, claimId, slot: slot.slot });
    }
    const requested = await client().getContractEvents({ address: claims, abi: claimsManagerAbi, eventName: 'DrawRandomnessRequested', args: { claimId }, fromBlock: 0n });
    const replacing = requested.filter((l) => l.args.expiredRequestId !== 0n);
    assert.equal(replacing.length, 1, 'the second decline replaced the first one\'s request');
    await ix.waitForBlock(await head());
    const withDeclines: any = await api(ix.url, `/api/claims/${claimId}`);
    assert.deepEqual(
      withDeclines.randomnessRequests.map((r: any) => [r.requestId, r.expiredRequestId, r.replacedBecause]),
      requested.map((l) => [String(l.args.requestId), l.args.expiredRequestId === 0n ? null : String(l.args.expiredRequestId), l.args.expiredRequestId === 0n ? null : 'decline']),
      'every request of the claim, the replaced one named with why',
    );
    await drawAll();
    for (const slot of (await getClaim(operator, { claims, claimId })).witnesses) {
      const w = witnessWallets.get(slot.witness.toLowerCase())!;
      await acceptWitness(w, { claims, claimId, slot: slot.slot });
      await attestClaim(w, { claims, claimId, slot: slot.slot, reportHash: evidence(`visit report ${claimId}/${slot.slot}`) });
    }
    const dismissed = await reportFraud(supervisor, { reports, claimId, evidenceHash: evidence('a rumour') });
    const resolved = await resolveReport(operator, { reports, reportId: dismissed.reportId, confirmed: false });
    assert.deepEqual([resolved.outcome, resolved.creditedToMembers, resolved.fee], ['Dismissed', dismissed.bond, 0n], 'the dismissed bond was credited to members');
    await s.chain.increaseTime(7 * DAY + 1);
    await settleEnded();
    const reserveBefore = await read<bigint>(pool, mutualPoolAbi, 'reserve', [], await head());
    assert.ok(reserveBefore > 0n, 'rounding dust left something in the reserve');
    await approveClaim(operator, { claims, claimId });
    // One settlement: the reserve pays first, the members the rest, up to members × minimum: an instalment.
    const { parameters, epoch } = await getPool(operator, { pool });
    await s.chain.increaseTime(Number(parameters.genesis + (epoch.current + 1n) * parameters.epochLength - epoch.now) + 1);
    await processLapses(operator, { pool });
    const settlement = await settleEpoch(operator, { pool });
    assert.ok(settlement.collected > 0n);
    await ix.waitForBlock(await head());
    const instalment: any = await api(ix.url, `/api/claims/${claimId}`);
    assert.equal(instalment.state, 'Approved');
    assert.ok(BigInt(instalment.paidAmount) > 0n && BigInt(instalment.paidAmount) < 1_000n * UNIT, `an instalment was paid (${instalment.paidAmount})`);
    assert.ok(BigInt(instalment.expectedEpochs) > 1n, 'the schedule announced more than one settlement');
    assert.deepEqual(await disagreements({ statements: false }), [], 'after the instalment');

    // 4. The payment window ends with nothing more settled: the claim closes paid in part, the rest cancelled.
    await s.chain.increaseTime(181 * DAY);
    await ix.waitForBlock(await head());
    const due: any = await api(ix.url, `/api/claims/${claimId}`);
    assert.deepEqual([due.nextStep.kind, due.nextStep.due], ['markClaimPaid', true]);
    assert.deepEqual(await disagreements({ statements: false }), [], 'with the payment window over');
    await markClaimPaid(operator, { claims, claimId });
    await ix.waitForBlock(await head());
    const partly: any = await api(ix.url, `/api/claims/${claimId}`);
    assert.equal(partly.state, 'Paid');
    assert.equal(partly.payment.paidInPart, true);
    assert.equal(BigInt(partly.payment.paid) + BigInt(partly.payment.shortfall), 1_000n * UNIT);
    assert.ok(partly.paymentReductions.length >= 1, 'the unpaid payout was cancelled');

    assert.deepEqual(await disagreements({ statements: true }), [], 'after the part payment');
    const counts = Object.fromEntries(eventCounts);
    console.log(`# new events compared with the chain: ${JSON.stringify(counts)}`);
    assert.ok((eventCounts.get('ReserveUsed') ?? 0) >= 1, 'a settlement used the reserve');
    assert.ok((eventCounts.get('PaymentReduced') ?? 0) >= 5, 'the fraud cancelled four payments and the part payment at least one');
    for (const outcome of ['Confirmed', 'Dismissed', 'Superseded']) assert.ok(eventCounts.has(`report:${outcome}`), `a ${outcome} report was compared`);
    const expelled: any = await api(ix.url, '/api/members?expelled=true');
    assert.ok(expelled.members.some((m: any) => getAddress(m.address) === getAddress(s.seed.demoClaims.find((x) => x.stage === 'Announced')!.claimant)), 'the claimant of the confirmed fraud is listed as expelled');
  });
});

/** The deployment's ClaimParameters. */
function claimParametersAddress(): Address {
  return s.seed.claimParameters as Address;
}

/** A call from the timelock (every governance power), through anvil's impersonation. */
async function asTimelock(address: Address, abi: any, functionName: string, args: unknown[]) {
  const timelock = s.seed.timelock as Address;
  await client().request({ method: 'anvil_impersonateAccount' as never, params: [timelock] as never });
  await client().request({ method: 'anvil_setBalance' as never, params: [timelock, toHex(10n ** 18n)] as never });
  const wallet = createWalletClient({ account: timelock, chain: s.chain.chain, transport: http(s.chain.rpcUrl) });
  const hash = await wallet.writeContract({ address, abi, functionName, args } as never);
  const receipt = await client().waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, 'success');
  await client().request({ method: 'anvil_stopImpersonatingAccount' as never, params: [timelock] as never });
}

/** The timelock (the pool's role admin) grants CREDITOR_ROLE, through anvil's impersonation. */
async function grantCreditor(to: Address) {
  const timelock = s.seed.timelock as Address;
  await client().request({ method: 'anvil_impersonateAccount' as never, params: [timelock] as never });
  await client().request({ method: 'anvil_setBalance' as never, params: [timelock, toHex(10n ** 18n)] as never });
  const asTimelock = createWalletClient({ account: timelock, chain: s.chain.chain, transport: http(s.chain.rpcUrl) });
  const role = keccak256(toHex('CREDITOR_ROLE')) as Hex;
  const hash = await asTimelock.writeContract({ address: pool, abi: mutualPoolAbi, functionName: 'grantRole', args: [role, to] });
  const receipt = await client().waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, 'success');
  await client().request({ method: 'anvil_stopImpersonatingAccount' as never, params: [timelock] as never });
}
