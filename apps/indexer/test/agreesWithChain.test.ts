import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimParametersAbi, claimsManagerAbi, mutualPoolAbi, prevrandaoSourceAbi } from '@lashou/abi';
import { creditMembers, getClaim, joinPoolWithPermit, createIdentity, nextClaimStep, requestTestTokens, settleEpoch, type GetClaimReturnType } from '@lashou/sdk';
import { demoMemberKey, walletFor } from '@lashou/sdk/node';
import { type Address, type Hex, createWalletClient, getAddress, http, keccak256, toHex } from 'viem';
import { api, gql, indexer, rowCounts, seededChain, type Indexer, type SeededChain } from './utils/harness';

// The index against the chain's own views, member by member and claim by claim, on the demo mutual (30 members,
// claims in every stage, a lapse, an exit, a confirmed fraud report); then again after time moves on, an epoch is
// settled and members are credited. Also: a settlement or a credit writes the same handful of rows whatever the
// number of members (the pool's O(1) design kept by the index).

const MEMBER_VIEW = ['None', 'Waiting', 'Covered', 'ExitRequested', 'Lapsed', 'Exited'] as const;
const SLOT_STATUS = ['Empty', 'Drawn', 'Accepted', 'Approved', 'Rejected'] as const;
const UNIT = 1_000_000n;
const DAY = 86_400;

let s: SeededChain;
let ix: Indexer;
let pool: Address;
let claims: Address;

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
  if (reserves.balanced !== true || reserves.difference !== '0') problems.push(`/api/reserves not balanced: ${JSON.stringify(reserves)}`);
  for (const c of reserves.contracts) if (c.difference !== '0') problems.push(`/api/reserves ${c.contract}: difference ${c.difference}`);

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
  return problems;
}

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

describe('the index agrees with the chain', { timeout: 240_000 }, () => {
  before(async () => {
    s = await seededChain(30);
    pool = s.seed.pool;
    claims = s.seed.claims as Address;
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
});

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
