import { AsyncLocalStorage } from 'node:async_hooks';
import { db, publicClients } from 'ponder:api';
import schema from 'ponder:schema';
import { and, asc, client, desc, eq, graphql, inArray, lte, ne, or, sql } from 'ponder';
import type { SQL } from 'drizzle-orm';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { erc20Abi, getAddress, isAddress, type Hex } from 'viem';
import { claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, witnessRegistryAbi } from '@lashou/abi';
import { CLAIM_STATES } from '@lashou/sdk';
import { indexerSettings } from '../settings';
import { indexedClaimForStep, indexedNextStep, nextStepJson } from './nextStep';
import { balanceOf, maxChargeOf, serialize, statusOf } from './views';

// REST under /api (described at /api/openapi.json), Ponder's GraphQL at /graphql and SQL over HTTP at /sql.
// Every parameter is validated: bad input answers 400 with what was wrong; unknown routes 404.

const settings = indexerSettings();
const chain = publicClients.lashou;

const app = new OpenAPIHono({
  defaultHook: (result, c) => {
    if (!result.success) {
      const issues = result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`);
      return c.json({ error: `bad request — ${issues.join('; ')}` }, 400);
    }
  },
});

app.use('*', cors({ origin: (origin) => origin ?? '*', allowMethods: ['GET', 'POST', 'OPTIONS'] }));
// Ponder's SQL-over-HTTP answers a query it refuses (not a SELECT, a syntax error, an unknown table) with a plain-text
// 500, and throws on a `sql` parameter that is not superjson: both are the caller's mistakes, so 400 in JSON here.
app.use('/sql/*', async (c, next) => {
  if (c.req.path === '/sql/db') {
    let query: unknown;
    try {
      query = JSON.parse(c.req.query('sql') ?? '');
    } catch {
      query = undefined;
    }
    if (typeof (query as { json?: { sql?: unknown } } | undefined)?.json?.sql !== 'string') {
      return c.json({ error: 'sql: must be a query as @ponder/client sends it (superjson of { sql, params })' }, 400);
    }
  }
  await next();
  if (c.res.status === 500 && c.res.headers.get('content-type')?.startsWith('text/plain')) {
    c.res = c.json({ error: `sql: the query was refused: ${await c.res.text()}` }, 400);
  }
});
app.use('/sql/*', client({ db, schema }));
app.use('/graphql', graphql({ db, schema }));

app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}: see /api/openapi.json for the REST routes, /graphql and /sql` }, 404));
app.onError((error, c) => {
  if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
  console.error(`api error on ${c.req.method} ${c.req.path}:`, error);
  return c.json({ error: 'the server failed to answer this request; it was logged' }, 500);
});

// ───────────────────────────────────────── helpers ─────────────────────────────────────────

/** The index's position: Ponder's latest checkpoint (its first 10 digits are the block time), or null before the
 *  first block. Every answer is computed at one checkpoint, read once per request. */
async function latestCheckpoint(): Promise<string | null> {
  try {
    const result = (await db.execute(sql`select latest_checkpoint from _ponder_checkpoint`)) as unknown as
      | { rows: { latest_checkpoint: string }[] }
      | { latest_checkpoint: string }[];
    const rows = Array.isArray(result) ? result : result.rows;
    const checkpoints = rows.map((r) => r.latest_checkpoint).filter((c) => BigInt(c.slice(0, 10)) > 0n);
    return checkpoints.length ? checkpoints.reduce((a, b) => (a > b ? a : b)) : null;
  } catch {
    return null;
  }
}

/** The checkpoint of the request being answered (set by the /api middleware below). */
const requestCheckpoint = new AsyncLocalStorage<string | null>();

/** The time the answers are computed at: the timestamp of the last block the index has processed, so waiting vs
 *  covered and the most a member can still be charged are decided at the same block as the balances they go with
 *  — as the chain's views do at its head. A clock read from the chain separately (and cached) ran behind a
 *  settlement already indexed: right after it the API answered `maxChargeBeforeExit` 0 where the pool said 20 tUSD.
 *  The chain's latest block time is the fallback when the checkpoint cannot be read. */
let clock = { at: 0, timestamp: BigInt(Math.floor(Date.now() / 1000)) };
async function chainNow(): Promise<bigint> {
  const checkpoint = requestCheckpoint.getStore() ?? (await latestCheckpoint());
  if (checkpoint) return BigInt(checkpoint.slice(0, 10));
  if (Date.now() - clock.at > 2_000) {
    const block = await chain.getBlock().catch(() => null);
    if (block) clock = { at: Date.now(), timestamp: block.timestamp };
  }
  return clock.timestamp;
}

/** The last block the index has processed (digits 27–42 of Ponder's checkpoint: timestamp 10, chain id 16, block
 *  number 16, …), or null when no checkpoint can be read. */
async function indexedBlockNow(): Promise<bigint | null> {
  const checkpoint = requestCheckpoint.getStore() ?? (await latestCheckpoint());
  return checkpoint ? BigInt(checkpoint.slice(26, 42)) : null;
}

/** The pool row, read once per checkpoint (it changes only when a block is indexed). */
let poolCache: { checkpoint: string; row: typeof schema.pool.$inferSelect | null } | null = null;
async function poolRow() {
  const checkpoint = requestCheckpoint.getStore();
  if (checkpoint && poolCache?.checkpoint === checkpoint) return poolCache.row;
  const [p] = await db.select().from(schema.pool).where(eq(schema.pool.id, 1));
  if (checkpoint) poolCache = { checkpoint, row: p ?? null };
  return p ?? null;
}

// Answers depend only on the index, which changes only when Ponder commits a block: an answer is kept until the
// checkpoint moves, so a burst of requests for the same thing (the public board, the dashboard) costs one query
// per block, not one per request. /api/reserves reads the chain live and is never kept.
const MAX_KEPT_ANSWERS = 20_000;
const kept = { checkpoint: '', answers: new Map<string, { status: number; body: string }>() };
app.use('/api/*', async (c, next) => {
  if (c.req.method !== 'GET') return next();
  const checkpoint = await latestCheckpoint();
  if (checkpoint === null || c.req.path === '/api/reserves') return requestCheckpoint.run(checkpoint, next);
  if (kept.checkpoint !== checkpoint) {
    kept.checkpoint = checkpoint;
    kept.answers.clear();
  }
  const key = c.req.url;
  const answer = kept.answers.get(key);
  if (answer) return c.body(answer.body, answer.status as 200, { 'content-type': 'application/json' });
  await requestCheckpoint.run(checkpoint, next);
  const type = c.res.headers.get('content-type') ?? '';
  if (c.res.status < 500 && type.startsWith('application/json') && kept.checkpoint === checkpoint) {
    if (kept.answers.size >= MAX_KEPT_ANSWERS) kept.answers.clear();
    kept.answers.set(key, { status: c.res.status, body: await c.res.clone().text() });
  }
});

const json = (value: unknown) => serialize(value) as Record<string, unknown>;
const memberFunds = (p: { activeKeySum: bigint; activeMembers: number; index: bigint; frozenFunds: bigint }) =>
  p.activeKeySum - BigInt(p.activeMembers) * p.index + p.frozenFunds;

/** Money decided but waiting for the token to move, from the index's running totals (one row each). `total` is what
 *  members, payees and reporters are owed and will get once the token moves; `owedStake` is not more money: it is
 *  where part of it still sits (slashed stake the registry could not send to the module it belongs to). */
async function waitingTotals(p: { unclaimedPayouts: bigint }) {
  const [[wait], [reportsRow]] = await Promise.all([
    db.select().from(schema.tokenWait).where(eq(schema.tokenWait.id, 1)),
    db.select().from(schema.reportsState).where(eq(schema.reportsState.id, 1)),
  ]);
  const owedToClaims = wait?.owedToClaims ?? 0n;
  const owedToReports = wait?.owedToReports ?? 0n;
  const owedToOthers = wait?.owedToOthers ?? 0n;
  const claimsCredits = wait?.claimsPendingCredits ?? 0n;
  const reportsCredits = reportsRow?.pendingCredits ?? 0n;
  const unclaimedRefunds = reportsRow?.deferred ?? 0n;
  return {
    total: claimsCredits + reportsCredits + p.unclaimedPayouts + unclaimedRefunds,
    pendingCredits: { total: claimsCredits + reportsCredits, claimsManager: claimsCredits, fraudReports: reportsCredits },
    unclaimedPayouts: p.unclaimedPayouts,
    unclaimedRefunds,
    owedStake: { total: owedToClaims + owedToReports + owedToOthers, toClaimsManager: owedToClaims, toFraudReports: owedToReports, toOthers: owedToOthers },
    reports: { bondsHeld: reportsRow?.bondsHeld ?? 0n, operatorFees: reportsRow?.operatorFees ?? 0n },
  };
}

const ErrorSchema = z.object({ error: z.string() }).openapi('Error');
const Any = z.record(z.string(), z.unknown());
const Address = z
  .string()
  .refine((v) => isAddress(v, { strict: false }), { message: 'must be a 0x-prefixed 20-byte hex address' })
  .transform((v) => v.toLowerCase() as Hex)
  .openapi({ example: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8' });
const Uint = (what: string) =>
  z
    .string()
    .regex(/^\d{1,78}$/, { message: `${what} must be a whole number (decimal digits)` })
    .transform((v) => BigInt(v));
const Limit = z.coerce
  .number({ message: 'limit must be a number' })
  .int({ message: 'limit must be a whole number' })
  .min(1, { message: 'limit must be at least 1' })
  .max(500, { message: 'limit must be at most 500' })
  .default(50);
/** A whole number in decimal digits up to `max`; an empty value counts as absent. (Number coercion read `region=`
 *  and `region= ` as region 0 and answered an empty list instead of all witnesses or a 400.) */
const WholeNumber = (name: string, max: number, what = `a whole number 0..${max}`) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string({ message: `${name} must be ${what}` })
      .regex(/^\d{1,10}$/, { message: `${name} must be ${what}` })
      .transform(Number)
      .refine((n) => n <= max, { message: `${name} must be ${what}` })
      .optional(),
  );
/** Largest value of a PostgreSQL `integer` column (log indexes, member ids): a bigger one in a filter is a 500. */
const INT4_MAX = 2_147_483_647;
const Cursor = z
  .string()
  .regex(/^\d{1,20}:\d{1,10}:[\w:.-]{1,200}$/, { message: 'cursor must be a nextCursor value returned by a previous page' })
  .refine((v) => Number(v.split(':')[1]) <= INT4_MAX, { message: 'cursor must be a nextCursor value returned by a previous page' })
  .optional();
const NumericCursor = z.string().regex(/^\d{1,78}$/, { message: 'cursor must be a nextCursor value returned by a previous page' }).optional();

const ok = (description: string) => ({
  200: { description, content: { 'application/json': { schema: Any } } },
  400: { description: 'bad parameter', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'not found', content: { 'application/json': { schema: ErrorSchema } } },
  503: { description: 'the index has not seen the deployment yet', content: { 'application/json': { schema: ErrorSchema } } },
});

const notIndexed = { error: 'the indexer has not indexed the pool yet: wait for it to catch up with the chain' };

// ───────────────────────────────────────── /api/stats ─────────────────────────────────────────

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/stats',
    summary: 'Pool totals (running totals kept at index time)',
    description:
      '`money.waitingForToken`: money decided but waiting for the token to move (paused, or an address blocked by its issuer): ' +
      '`pendingCredits` (credits to the members the claims manager and FraudReports could not make at once, for `creditPending`), ' +
      '`unclaimedPayouts` (payouts kept for their payees, for `releasePayout`), `unclaimedRefunds` (reporter payments kept for `releaseRefund`), ' +
      '`total` (their sum), and `owedStake` (slashed stake the registry still owes the claims manager and FraudReports: where part of that money still sits, not more of it). ' +
      'The lists are at /api/waiting.',
    responses: ok('pool statistics'),
  }),
  async (c) => {
    const p = await poolRow();
    if (!p) return c.json(notIndexed, 503);
    const now = await chainNow();
    const forToken = await waitingTotals(p);
    const [waiting] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.member)
      .where(and(eq(schema.member.status, 'active'), sql`${schema.member.coverageStart} > ${now}`));
    const history = await db.select().from(schema.poolStat).orderBy(desc(schema.poolStat.blockNumber), desc(schema.poolStat.id)).limit(60);
    return c.json(
      json({
        chainId: settings.deployment.chainId,
        pool: p.address,
        token: { address: p.token, symbol: p.tokenSymbol, decimals: p.tokenDecimals },
        parameters: {
          epochLength: p.epochLength,
          waitingPeriod: p.waitingPeriod,
          minimumBalance: p.minimumBalance,
          exitNotice: p.exitNotice,
          genesis: p.genesis,
          noticeFloorSource: p.noticeFloorSource,
          shareCap: p.capBefore < p.minimumBalance && p.capFrom > p.nextEpochToSettle ? { capBefore: p.capBefore, capFrom: p.capFrom } : null,
        },
        members: {
          active: p.activeMembers,
          waiting: waiting?.n ?? 0,
          covered: p.activeMembers - (waiting?.n ?? 0),
          lapsed: p.lapsedMembers,
          exited: p.exitedMembers,
          expelled: p.expelledMembers,
          ever: p.membersEver,
        },
        money: {
          memberFunds: memberFunds(p),
          reserve: p.reserve,
          unclaimedPayouts: p.unclaimedPayouts,
          queuedPayments: p.queuedPayments,
          totalDeposited: p.totalDeposited,
          totalWithdrawn: p.totalWithdrawn,
          totalPaid: p.totalPaid,
          totalCredited: p.totalCredited,
          reserveUsed: p.reserveUsed,
          reserveSwept: p.reserveSwept,
          paymentsCancelled: p.paymentsCancelled,
          payoutsReclaimed: p.payoutsReclaimed,
          waitingForToken: {
            total: forToken.total,
            pendingCredits: forToken.pendingCredits,
            unclaimedPayouts: forToken.unclaimedPayouts,
            unclaimedRefunds: forToken.unclaimedRefunds,
            owedStake: forToken.owedStake,
          },
        },
        index: p.index,
        epoch: { current: p.genesis > now ? 0n : (now - p.genesis) / p.epochLength, nextToSettle: p.nextEpochToSettle },
        claims: { filed: p.claimsFiled, paid: p.claimsPaid, rejected: p.claimsRejected },
        runOff: p.inRunOff ? { startedAt: p.runOffStartedAt } : null,
        history: history.reverse(),
        // The block the answer is computed at (the index's head), not the block of the pool's last event.
        indexedBlock: (await indexedBlockNow()) ?? p.updatedBlock,
        poolUpdatedBlock: p.updatedBlock,
        chainTime: now,
      }),
      200,
    );
  },
);

// ──────────────────────────────────── /api/members/:address ────────────────────────────────────

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/members/{address}',
    summary: "A member's status, balance, coverage, the most they can still be charged, and their itemised statement",
    description:
      '`held` is what is kept for this address until the token moves (paused, or the address blocked by its issuer): `payouts` (the pool\'s `unclaimedPayoutOf`, ' +
      'released by `releasePayout`) and `refunds` (FraudReports\' `unclaimedRefundOf`, released by `releaseRefund`). Anyone may release them; they go to this address only.',
    request: { params: z.object({ address: Address }), query: z.object({ limit: Limit, cursor: Cursor }) },
    responses: ok('member and statement page'),
  }),
  async (c) => {
    const { address } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    const p = await poolRow();
    if (!p) return c.json(notIndexed, 503);
    const [[m], [held]] = await Promise.all([
      db.select().from(schema.member).where(eq(schema.member.address, address)),
      db.select().from(schema.heldFor).where(eq(schema.heldFor.address, address)),
    ]);
    if (!m) return c.json({ error: `${getAddress(address)} has never joined this pool` }, 404);
    const now = await chainNow();
    const periods = await db.select().from(schema.membershipPeriod).where(eq(schema.membershipPeriod.address, address)).orderBy(asc(schema.membershipPeriod.period));
    // Exits end a period at their exit epoch's settlement (the member is counted up to it).
    const exitEpochs = [...new Set([m.exitEpoch, ...periods.map((x) => x.exitEpoch)].filter((e): e is bigint => e !== null))];
    const settledExits = exitEpochs.length
      ? await db.select().from(schema.epoch).where(and(inArray(schema.epoch.epoch, exitEpochs), eq(schema.epoch.settled, true)))
      : [];
    const exitSettlement = new Map(settledExits.map((e) => [e.epoch, e]));
    const exitIndexAfter = m.exitEpoch !== null ? (exitSettlement.get(m.exitEpoch)?.indexAfter ?? null) : null;
    const balance = balanceOf(m, p, exitIndexAfter);
    // Each period counts the index changes (fromSeq, until]: a lapse closes it at its own seq, an exit at its exit
    // epoch's settlement, an open period at the latest change.
    const ranges = periods.map((period) => {
      let until = period.untilSeq;
      if (until === null) {
        const exit = period.exitEpoch !== null ? exitSettlement.get(period.exitEpoch) : undefined;
        until = exit?.seq ?? p.indexChanges;
      }
      return { period: period.period, from: period.fromSeq, until, endReason: period.endReason, startedAt: period.startedAt, exitEpoch: period.exitEpoch };
    });
    // Totals over the ranges: two look-ups per range on the running sums (never a scan).
    const bounds = [...new Set(ranges.flatMap((r) => [r.from, r.until]).filter((s) => s > 0))];
    const cumulative = bounds.length
      ? await db.select().from(schema.indexChange).where(inArray(schema.indexChange.seq, bounds))
      : [];
    const at = new Map(cumulative.map((row) => [row.seq, row]));
    let charged = 0n;
    let credited = 0n;
    for (const r of ranges) {
      const a = at.get(r.from);
      const b = at.get(r.until);
      charged += (b?.cumulativeCharged ?? 0n) - (a?.cumulativeCharged ?? 0n);
      credited += (b?.cumulativeCredited ?? 0n) - (a?.cumulativeCredited ?? 0n);
    }

    // The statement page: own money movements and the index changes of the member's ranges, newest first.
    const [cb, cl, cid] = cursor ? (cursor.split(':') as [string, string, string]) : [null, null, null];
    const before = (table: { blockNumber: typeof schema.ledger.blockNumber; logIndex: typeof schema.ledger.logIndex }, id: SQL) =>
      cb === null ? undefined : sql`(${table.blockNumber}, ${table.logIndex}, ${id}) < (${BigInt(cb)}, ${Number(cl)}, ${cid})`;
    const own = await db
      .select()
      .from(schema.ledger)
      .where(and(eq(schema.ledger.account, address), before(schema.ledger, sql`${schema.ledger.id}`)))
      .orderBy(desc(schema.ledger.blockNumber), desc(schema.ledger.logIndex), desc(schema.ledger.id))
      .limit(limit);
    const inRanges = ranges.filter((r) => r.until > r.from);
    const shared = inRanges.length
      ? await db
          .select()
          .from(schema.indexChange)
          .where(
            and(
              or(...inRanges.map((r) => sql`(${schema.indexChange.seq} > ${r.from} and ${schema.indexChange.seq} <= ${r.until})`)),
              before(schema.indexChange as never, sql`lpad(${schema.indexChange.seq}::text, 10, '0')`),
            ),
          )
          .orderBy(desc(schema.indexChange.seq))
          .limit(limit)
      : [];
    const epochsOf = shared.filter((s) => s.epoch !== null).map((s) => s.epoch as bigint);
    const epochRows = epochsOf.length ? await db.select().from(schema.epoch).where(inArray(schema.epoch.epoch, epochsOf)) : [];
    const claimsOfEpoch = new Map(epochRows.map((e) => [e.epoch, e.claimIds]));
    type Item = { sortKey: [bigint, number, string]; item: Record<string, unknown> };
    const items: Item[] = [
      ...own.map((row) => ({
        sortKey: [row.blockNumber, row.logIndex, row.id] as [bigint, number, string],
        item: {
          kind: row.kind,
          direction: row.direction,
          amount: row.amount,
          claimId: row.claimId,
          reportId: row.reportId,
          epoch: row.epoch,
          counterparty: row.counterparty,
          blockNumber: row.blockNumber,
          timestamp: row.timestamp,
          transactionHash: row.transactionHash,
        },
      })),
      ...shared.map((row) => ({
        sortKey: [row.blockNumber, row.logIndex, String(row.seq).padStart(10, '0')] as [bigint, number, string],
        item:
          row.kind === 'settlement'
            ? {
                kind: 'epochShare',
                direction: 'charge',
                amount: row.perMember,
                epoch: row.epoch,
                members: row.members,
                epochTotal: row.amount,
                claimIds: claimsOfEpoch.get(row.epoch as bigint) ?? [],
                blockNumber: row.blockNumber,
                timestamp: row.timestamp,
                transactionHash: row.transactionHash,
              }
            : {
                kind: 'credit',
                direction: 'credit',
                amount: -row.perMember,
                reason: row.reason,
                claimId: row.refId,
                members: row.members,
                creditTotal: row.amount,
                source: row.source,
                blockNumber: row.blockNumber,
                timestamp: row.timestamp,
                transactionHash: row.transactionHash,
              },
      })),
    ];
    const compare = (x: Item, y: Item) => {
      const [xb, xl, xi] = x.sortKey;
      const [yb, yl, yi] = y.sortKey;
      if (xb !== yb) return xb > yb ? -1 : 1;
      if (xl !== yl) return yl - xl;
      return xi > yi ? -1 : xi < yi ? 1 : 0;
    };
    items.sort(compare);
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = page.length === limit && items.length > 0 && last ? `${last.sortKey[0]}:${last.sortKey[1]}:${last.sortKey[2]}` : null;
    return c.json(
      json({
        address: getAddress(address),
        memberId: m.memberId,
        status: statusOf(m, now),
        balance,
        coverageStart: m.coverageStart,
        covered: m.status === 'active' && now >= m.coverageStart && balance >= p.minimumBalance,
        maxChargeBeforeExit: maxChargeOf(m, p, balance, now),
        exitEpoch: m.exitEpoch,
        expelled: m.expelled,
        expelledAt: m.expelledAt,
        identityCommitment: m.identityCommitment,
        joinedAt: m.joinedAt,
        totals: { deposited: m.totalDeposited, withdrawn: m.totalWithdrawn, charged, credited },
        held: { payouts: held?.payouts ?? 0n, refunds: held?.refunds ?? 0n },
        periods: ranges,
        token: { symbol: p.tokenSymbol, decimals: p.tokenDecimals },
        statement: page.map((i) => i.item),
        nextCursor,
      }),
      200,
    );
  },
);

// ───────────────────────────────────────── /api/members ─────────────────────────────────────────

const MemberStatus = ['active', 'exitRequested', 'lapsed', 'exited'] as const;

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/members',
    summary: 'Members by address, filtered by recorded status and/or expulsion (balances: /api/members/{address})',
    description:
      '`status` is the recorded membership state (active, exitRequested, lapsed, exited; waiting vs covered is decided per member at /api/members/{address}); ' +
      '`expelled=true` lists the addresses expelled after a confirmed fraud (they can never join or top up back in).',
    request: {
      query: z.object({
        status: z.preprocess(
          (v) => (v === '' ? undefined : v),
          z.enum(MemberStatus, { message: `status must be one of ${MemberStatus.join(', ')}` }).optional(),
        ),
        expelled: z.enum(['true', 'false'], { message: 'expelled must be true or false' }).optional(),
        limit: Limit,
        cursor: z.string().regex(/^0x[0-9a-f]{40}$/, { message: 'cursor must be a nextCursor value returned by a previous page' }).optional(),
      }),
    },
    responses: ok('a page of members'),
  }),
  async (c) => {
    const { status, expelled, limit, cursor } = c.req.valid('query');
    const rows = await db
      .select({
        address: schema.member.address,
        memberId: schema.member.memberId,
        status: schema.member.status,
        coverageStart: schema.member.coverageStart,
        joinedAt: schema.member.joinedAt,
        exitEpoch: schema.member.exitEpoch,
        expelled: schema.member.expelled,
        expelledAt: schema.member.expelledAt,
        period: schema.member.period,
      })
      .from(schema.member)
      .where(
        and(
          status ? eq(schema.member.status, status) : undefined,
          expelled !== undefined ? eq(schema.member.expelled, expelled === 'true') : undefined,
          cursor ? sql`${schema.member.address} > ${cursor}` : undefined,
        ),
      )
      .orderBy(asc(schema.member.address))
      .limit(limit);
    const last = rows[rows.length - 1];
    return c.json(json({ members: rows, nextCursor: rows.length === limit && last ? last.address : null }), 200);
  },
);

// ───────────────────────────────────── /api/reserve-movements ─────────────────────────────────────

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/reserve-movements',
    summary: "Money that left the pool's reserve, newest first: paid toward a settlement's payments (used) or swept to a successor at the end of run-off (swept)",
    description:
      'Each item: `kind` (used | swept), `amount`, `epoch` (used) or `to` (swept). What comes in (rounding dust, credits that found no member) is in each epoch\'s `reserveAdded` and each credit. ' +
      'The totals and the reserve now are in /api/stats (`money.reserve`, `money.reserveUsed`, `money.reserveSwept`).',
    request: { query: z.object({ limit: Limit, cursor: Cursor }) },
    responses: ok('a page of reserve movements'),
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const [cb, cl, cid] = cursor ? (cursor.split(':') as [string, string, string]) : [null, null, null];
    const t = schema.reserveMovement;
    const rows = await db
      .select()
      .from(t)
      .where(cb === null ? undefined : sql`(${t.blockNumber}, ${t.logIndex}, ${t.id}) < (${BigInt(cb)}, ${Number(cl)}, ${cid})`)
      .orderBy(desc(t.blockNumber), desc(t.logIndex), desc(t.id))
      .limit(limit);
    const last = rows[rows.length - 1];
    return c.json(json({ movements: rows, nextCursor: rows.length === limit && last ? `${last.blockNumber}:${last.logIndex}:${last.id}` : null }), 200);
  },
);

// ───────────────────────────────────────── /api/claims ─────────────────────────────────────────

const ClaimState = z.enum(CLAIM_STATES.filter((s) => s !== 'None') as [string, ...string[]], {
  message: `status must be one of ${CLAIM_STATES.filter((s) => s !== 'None').join(', ')}`,
});

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/claims',
    summary: 'Claims, newest first, filtered by status and/or claimant',
    request: {
      query: z.object({
        status: z
          .string()
          .optional()
          .transform((v, ctx) => {
            if (v === undefined || v === '') return undefined;
            const states = v.split(',');
            for (const s of states) {
              if (!ClaimState.safeParse(s).success) {
                ctx.addIssue({ code: 'custom', message: `unknown status "${s}": use ${CLAIM_STATES.filter((x) => x !== 'None').join(', ')} (comma-separated for several)` });
                return z.NEVER;
              }
            }
            return states;
          }),
        claimant: Address.optional(),
        limit: Limit,
        cursor: NumericCursor,
      }),
    },
    responses: ok('a page of claims'),
  }),
  async (c) => {
    const { status, claimant, limit, cursor } = c.req.valid('query');
    const rows = await db
      .select()
      .from(schema.claim)
      .where(
        and(
          status ? inArray(schema.claim.state, status) : undefined,
          claimant ? eq(schema.claim.claimant, claimant) : undefined,
          cursor ? sql`${schema.claim.claimId} < ${BigInt(cursor)}` : undefined,
        ),
      )
      .orderBy(desc(schema.claim.claimId))
      .limit(limit);
    const last = rows[rows.length - 1];
    return c.json(json({ claims: rows, nextCursor: rows.length === limit && last ? last.claimId : null }), 200);
  },
);

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/claims/{id}',
    summary:
      "A claim's timeline, evidence hashes (report commitments and revealed evidence), payment (schedule, paid, shortfall, cancellations), witnesses (with the inputs to recompute their draw), reports, and its next step",
    description:
      '`nextStep` is the claim\'s next permissionless step as the SDK\'s `nextClaimStep` decides it (the keeper, `advanceClaim` and the web app use the same function), ' +
      "computed from indexed data at the index's head (the last indexed block's timestamp and number; no chain call): " +
      '`kind` (fulfilRandomness, drawWitnesses, replaceWitness, approveClaim, markClaimPaid — every payment made, or the payment window over —, releaseStakes, expireClaim, or null when nothing permissionless can move the claim), ' +
      '`due` (anyone may send it now), `allowedAt` (chain time from which it is allowed, unix seconds as a decimal string, or null), `allowedAtBlock` (block from which it is allowed: a prevrandao target block, or null), ' +
      '`slot` (the witness slot concerned, 0-based, or null), `waitingFor` (operator, witnesses, randomness, settlement, reporters, investigation, anyone, nobody) and `detail` (one line in English). ' +
      'A VRF request not yet fulfilled is reported as waiting for randomness: its expiry (the coordinator timeout) is not indexed. `nextStep` is null before the index has a head (or, logged, if the indexed timeline cannot be read). ' +
      '`waiting` is the claim\'s money that waits for the token to move (paused): `pendingCredit` (credits to the members decided on this claim and not made yet: ' +
      'no-show slashes held by the claims manager, report resolutions held by FraudReports, each made by anyone\'s `creditPending`), `owedStake` (stake slashed on this claim that the registry ' +
      'still owes the module it belongs to, until `payOwed`: where part of that money sits, not more of it), and their rows, paid ones included (`credits`, `owedStakes`). ' +
      'The timeline has `CreditDeferred`, `SlashedStakeOwed`, `ReporterPaymentDeferred`, `OwedStakePaid` and `PendingCreditMade`.',
    request: { params: z.object({ id: Uint('claim id') }) },
    responses: ok('the claim'),
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const [row] = await db.select().from(schema.claim).where(eq(schema.claim.claimId, id));
    if (!row) return c.json({ error: `no claim ${id}: claim ids start at 1; list them at /api/claims` }, 404);
    const [timeline, witnesses, draws, reports, payments, reductions, parameterChanges, credits, owedStakes] = await Promise.all([
      db.select().from(schema.claimEvent).where(eq(schema.claimEvent.claimId, id)).orderBy(asc(schema.claimEvent.blockNumber), asc(schema.claimEvent.logIndex)),
      db.select().from(schema.claimWitness).where(eq(schema.claimWitness.claimId, id)).orderBy(asc(schema.claimWitness.slot)),
      db.select().from(schema.draw).where(eq(schema.draw.claimId, id)).orderBy(asc(schema.draw.blockNumber), asc(schema.draw.logIndex)),
      db.select().from(schema.report).where(eq(schema.report.claimId, id)).orderBy(asc(schema.report.reportId)),
      db.select().from(schema.payment).where(eq(schema.payment.claimId, id)).orderBy(asc(schema.payment.paymentId)),
      db
        .select()
        .from(schema.paymentReduction)
        .where(eq(schema.paymentReduction.claimId, id))
        .orderBy(asc(schema.paymentReduction.blockNumber), asc(schema.paymentReduction.logIndex)),
      // The draw window's changes and the run-off's end, for the next step.
      db
        .select({ name: schema.parameterChange.name, newValue: schema.parameterChange.newValue, blockNumber: schema.parameterChange.blockNumber })
        .from(schema.parameterChange)
        .where(and(eq(schema.parameterChange.contract, 'ClaimParameters'), inArray(schema.parameterChange.name, ['DrawWindow', 'claimsRunOff'])))
        .orderBy(asc(schema.parameterChange.blockNumber), asc(schema.parameterChange.id)),
      db.select().from(schema.pendingCredit).where(eq(schema.pendingCredit.claimId, id)).orderBy(asc(schema.pendingCredit.deferredAt), asc(schema.pendingCredit.id)),
      db.select().from(schema.owedStake).where(eq(schema.owedStake.claimId, id)).orderBy(asc(schema.owedStake.blockNumber), asc(schema.owedStake.logIndex)),
    ]);
    // The claim as getClaim would read it, rebuilt from the index; its pending randomness request (if any) is read
    // with the draws' requests.
    let stepClaim: ReturnType<typeof indexedClaimForStep> | null = null;
    try {
      stepClaim = indexedClaimForStep(row, timeline, payments, parameterChanges);
    } catch (error) {
      console.error(`api: claim ${id}: its next step could not be rebuilt from the index:`, error);
    }
    const pending = stepClaim?.randomnessRequest ?? 0n;
    const requestIds = [...new Set([...draws.map((d) => d.requestId), ...(pending !== 0n ? [pending] : [])])];
    // Every randomness request of the claim (replaced ones too), and any request its draws used.
    const requests = await db
      .select()
      .from(schema.randomnessRequest)
      .where(or(eq(schema.randomnessRequest.claimId, id), requestIds.length ? inArray(schema.randomnessRequest.requestId, requestIds) : undefined))
      .orderBy(asc(schema.randomnessRequest.requestId));
    const now = await chainNow();
    const blockNumber = await indexedBlockNow();
    const nextStep =
      blockNumber === null || stepClaim === null
        ? null
        : nextStepJson(indexedNextStep({ claim: stepClaim, requests, parameterChanges, randomnessKind: settings.deployment.randomnessKind, now, blockNumber }));
    return c.json(
      json({
        ...row,
        evidence: {
          diagnosis: row.documentHash,
          visitReports: witnesses.filter((w) => w.reportHash).map((w) => ({ slot: w.slot, witness: w.witness, reportHash: w.reportHash })),
          // A report commits to its evidence when filed and reveals it later: evidenceHash is null until then.
          reports: reports.map((r) => ({ reportId: r.reportId, commitment: r.commitment, evidenceHash: r.evidenceHash, revealedAt: r.revealedAt })),
        },
        announcement:
          row.state === 'Announced' && row.deadline !== null
            ? { endsAt: row.deadline, secondsLeft: row.deadline > now ? row.deadline - now : 0n }
            : null,
        // The schedule announced at approval (an estimate), what was paid and cancelled so far, and the shortfall
        // once the payment window closed the claim in part.
        payment:
          row.paymentId === null
            ? null
            : {
                approved: row.approvedAmount,
                paid: row.paidAmount,
                remaining: payments.find((x) => x.paymentId === row.paymentId)?.remaining ?? null,
                shortfall: row.shortfall,
                paidInPart: row.shortfall !== null,
                queuedAhead: row.queuedAhead,
                perEpochCapacity: row.perEpochCapacity,
                expectedEpochs: row.expectedEpochs,
                paymentDeadline: row.paymentDeadline,
                secondsLeft: row.state === 'Approved' && row.paymentDeadline !== null ? (row.paymentDeadline > now ? row.paymentDeadline - now : 0n) : null,
                commissionsPaid: payments.filter((x) => x.paymentId !== row.paymentId).reduce((sum, x) => sum + x.paid, 0n),
                cancelled: payments.reduce((sum, x) => sum + x.cancelled, 0n),
              },
        witnesses,
        draws: draws.map((d, i) => ({
          drawNumber: i + 1,
          ...d,
          randomness: requests.find((r) => r.requestId === d.requestId) ?? null,
          recompute: {
            registry: settings.deployment.registry,
            randomnessSource: settings.deployment.randomness,
            randomnessKind: settings.deployment.randomnessKind,
            seedFormula: 'keccak256(abi.encode(value, claimId, drawNumber))',
            snapshotBlock: d.snapshotBlock,
            doc: 'docs/witness-draw.md',
          },
        })),
        reports,
        waiting: {
          pendingCredit: row.pendingCredit,
          owedStake: row.owedStake,
          credits: credits.map((x) => ({
            source: x.source,
            reportId: x.reportId,
            reason: x.reason,
            pending: x.pending,
            deferred: x.deferred,
            credited: x.credited,
            deferredAt: x.deferredAt,
            creditedAt: x.creditedAt,
          })),
          owedStakes: owedStakes.map((x) => ({
            to: x.to,
            module: x.module,
            witness: x.witness,
            amount: x.amount,
            paid: x.paid,
            paidAt: x.paidAt,
            timestamp: x.timestamp,
            transactionHash: x.transactionHash,
          })),
        },
        randomnessRequests: requests.filter((r) => r.claimId === id),
        payments,
        paymentReductions: reductions,
        timeline,
        nextStep,
      }),
      200,
    );
  },
);

// ───────────────────────────────────────── /api/epochs ─────────────────────────────────────────

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/epochs',
    summary: 'Settled epochs, newest first: members counted, share, total, reserve, claims paid',
    request: { query: z.object({ limit: Limit, cursor: NumericCursor }) },
    responses: ok('a page of epochs'),
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const rows = await db
      .select()
      .from(schema.epoch)
      .where(and(eq(schema.epoch.settled, true), cursor ? sql`${schema.epoch.epoch} < ${BigInt(cursor)}` : undefined))
      .orderBy(desc(schema.epoch.epoch))
      .limit(limit);
    const last = rows[rows.length - 1];
    return c.json(json({ epochs: rows, nextCursor: rows.length === limit && last ? last.epoch : null }), 200);
  },
);

// ───────────────────────────────────────── /api/witnesses ─────────────────────────────────────────

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/witnesses',
    summary: 'Witnesses with stake, region, eligibility, stake tier, seasoning, locks, slashes and record',
    description:
      '`tier` is the stake tier of the draw arrays the witness is in (stake ≥ minimumStake << tier, 0..7), null when it is not eligible; ' +
      '`seasonedAt` is when its seasoning ends (it is drawn only from then on, once activated); `seasoned` says whether that time has passed at the index head.',
    request: {
      query: z.object({
        region: WholeNumber('region', 65_535).optional(),
        tier: WholeNumber('tier', 7, 'a stake tier 0..7').optional(),
        eligible: z.enum(['true', 'false'], { message: 'eligible must be true or false' }).optional(),
        limit: Limit,
        cursor: z.string().regex(/^0x[0-9a-f]{40}$/, { message: 'cursor must be a nextCursor value returned by a previous page' }).optional(),
      }),
    },
    responses: ok('a page of witnesses'),
  }),
  async (c) => {
    const { region, tier, eligible, limit, cursor } = c.req.valid('query');
    const now = await chainNow();
    const rows = await db
      .select()
      .from(schema.witness)
      .where(
        and(
          region !== undefined ? eq(schema.witness.region, BigInt(region)) : undefined,
          tier !== undefined ? eq(schema.witness.tier, tier) : undefined,
          eligible !== undefined ? eq(schema.witness.eligible, eligible === 'true') : undefined,
          cursor ? sql`${schema.witness.address} > ${cursor}` : undefined,
        ),
      )
      .orderBy(asc(schema.witness.address))
      .limit(limit);
    const last = rows[rows.length - 1];
    const witnesses = rows.map((w) => ({ ...w, seasoned: w.seasonedAt !== null && now >= w.seasonedAt }));
    return c.json(json({ witnesses, nextCursor: rows.length === limit && last ? last.address : null }), 200);
  },
);

// ───────────────────────────────────────── /api/reserves ─────────────────────────────────────────

/** The index's own figures of what the contracts hold for others (running totals), as /api/reserves reads them live. */
async function indexFigures(p: NonNullable<Awaited<ReturnType<typeof poolRow>>>) {
  const waiting = await waitingTotals(p);
  return {
    memberFunds: memberFunds(p),
    reserve: p.reserve,
    unclaimedPayouts: p.unclaimedPayouts,
    supervisorBonds: waiting.reports.bondsHeld,
    operatorFees: waiting.reports.operatorFees,
    unclaimedRefunds: waiting.unclaimedRefunds,
    pendingCredits: waiting.pendingCredits,
    owedStake: waiting.owedStake,
    indexedBlock: (await indexedBlockNow()) ?? p.updatedBlock,
  };
}

// The only route that reads the chain: Ponder's client retries a failing RPC for minutes, so without a bound a
// request hung for as long as the node was unreachable.
app.use(
  '/api/reserves',
  timeout(
    5_000,
    () => new HTTPException(503, { message: "the chain's RPC did not answer within 5 s: /api/reserves reads the chain live (the rest of the API is served from the index)" }),
  ),
);

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/reserves',
    summary: 'Tokens each contract holds vs. what it owes, read live from the chain (the difference must be zero)',
    description:
      'Per contract: `held` (its token balance), `receivable` (slashed stake the witness registry still owes it: `owedTo`), `owed` and its `parts`, and ' +
      '`difference = held + receivable − owed`, which must be 0: the pool `balance == memberFunds + reserve + unclaimedPayouts`; the registry ' +
      '`balance == totalStaked + totalOwed`; FraudReports `balance + registry.owedTo(reports) == bondsHeld + operatorFees + unclaimedRefunds + pendingCredits`; ' +
      'the claims manager `balance + registry.owedTo(claims) == pendingCredits`. The totals net out what the contracts owe each other. ' +
      '`index` has the same figures from the index (its running totals), to compare.',
    responses: ok('the reserves check'),
  }),
  async (c) => {
    const { deployment } = settings;
    const p = await poolRow();
    const token = deployment.token;
    // The head now, not viem's cached block number (it lagged by up to its polling interval behind a transaction).
    const blockNumber = await chain.getBlockNumber({ cacheTime: 0 });
    const read = (address: Hex, abi: typeof mutualPoolAbi | typeof fraudReportsAbi | typeof witnessRegistryAbi | typeof claimsManagerAbi, functionName: string) =>
      chain.readContract({ address, abi: abi as never, functionName: functionName as never, blockNumber }) as Promise<bigint>;
    const balance = (holder: Hex) => chain.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [holder], blockNumber });
    const [poolBalance, funds, reserve, unclaimed] = await Promise.all([
      balance(deployment.pool),
      read(deployment.pool, mutualPoolAbi, 'memberFunds'),
      read(deployment.pool, mutualPoolAbi, 'reserve'),
      read(deployment.pool, mutualPoolAbi, 'unclaimedPayouts'),
    ]);
    const contracts: Record<string, unknown>[] = [
      {
        contract: 'MutualPool',
        address: deployment.pool,
        held: poolBalance,
        owed: funds + reserve + unclaimed,
        receivable: 0n,
        parts: { memberFunds: funds, reserve, unclaimedPayouts: unclaimed },
        difference: poolBalance - (funds + reserve + unclaimed),
      },
    ];
    // The registry may owe the modules slashed stake it could not send (the token refused): the registry counts it as
    // owed, each module as a receivable (`registry.owedTo(module)`), so each contract balances on its own and the
    // protocol's total nets it out.
    const owedBy = (module: Hex | undefined) =>
      deployment.registry && module ? chain.readContract({ address: deployment.registry, abi: witnessRegistryAbi, functionName: 'owedTo', args: [module], blockNumber }) : Promise.resolve(0n);
    if (deployment.registry) {
      const [held, staked, owedToModules] = await Promise.all([
        balance(deployment.registry),
        read(deployment.registry, witnessRegistryAbi, 'totalStaked'),
        read(deployment.registry, witnessRegistryAbi, 'totalOwed'),
      ]);
      const owed = staked + owedToModules;
      contracts.push({
        contract: 'WitnessRegistry', address: deployment.registry, held, receivable: 0n, owed, parts: { witnessStakes: staked, owedToModules }, difference: held - owed,
      });
    }
    if (deployment.reports) {
      const [held, receivable, bonds, fees, refunds, credits] = await Promise.all([
        balance(deployment.reports),
        owedBy(deployment.reports),
        read(deployment.reports, fraudReportsAbi, 'bondsHeld'),
        read(deployment.reports, fraudReportsAbi, 'operatorFees'),
        read(deployment.reports, fraudReportsAbi, 'unclaimedRefunds'),
        read(deployment.reports, fraudReportsAbi, 'pendingCredits'),
      ]);
      const owed = bonds + fees + refunds + credits;
      contracts.push({
        contract: 'FraudReports', address: deployment.reports, held, receivable, owed,
        parts: { supervisorBonds: bonds, operatorFees: fees, unclaimedRefunds: refunds, pendingCredits: credits },
        difference: held + receivable - owed,
      });
    }
    if (deployment.claims) {
      const [held, receivable, credits] = await Promise.all([
        balance(deployment.claims),
        owedBy(deployment.claims),
        read(deployment.claims, claimsManagerAbi, 'pendingCredits'),
      ]);
      contracts.push({ contract: 'ClaimsManager', address: deployment.claims, held, receivable, owed: credits, parts: { pendingCredits: credits }, difference: held + receivable - credits });
    }
    const held = contracts.reduce((s, x) => s + (x.held as bigint), 0n);
    // What the contracts owe each other (the registry's owed stake) cancels out: `owed` is what the protocol owes
    // members, payees, witnesses, reporters and the operator.
    const owed = contracts.reduce((s, x) => s + (x.owed as bigint) - (x.receivable as bigint), 0n);
    return c.json(
      json({
        blockNumber,
        token: p ? { address: p.token, symbol: p.tokenSymbol, decimals: p.tokenDecimals } : { address: token },
        held,
        owed,
        difference: held - owed,
        balanced: held === owed,
        contracts,
        index: p ? await indexFigures(p) : null,
      }),
      200,
    );
  },
);

// ───────────────────────────────────────── /api/waiting ─────────────────────────────────────────

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/waiting',
    summary: 'Money decided but waiting for the token to move (paused, or an address blocked by its issuer), with what each item waits in',
    description:
      'No decision waits for the token: a slash, a confirmed fraud, a dismissal and a no-show replacement stand, and their money waits. ' +
      '`totals` as in /api/stats `money.waitingForToken`. The lists (each at most `limit` items, `more` when there are more): ' +
      '`pendingCredits` (credits to every member not made yet, by claim for the claims manager\'s no-show slashes and by report for FraudReports; anyone makes them with `creditPending(claimId)` or `creditPending(reportId)`), ' +
      '`owedStakes` (slashed stake the registry still owes a module, per slash; anyone sends it with `payOwed(module)`, which `creditPending` and `releaseRefund` also call), ' +
      '`payouts` (payouts kept for their payees: `releasePayout(payee)`) and `refunds` (reporter payments kept: `releaseRefund(reporter)`); ' +
      'anyone may call those two, and the tokens go to the payee or reporter only. Ordered by claim (credits, stakes) or address (payouts, refunds).',
    request: { query: z.object({ limit: Limit }) },
    responses: ok('money waiting for the token'),
  }),
  async (c) => {
    const { limit } = c.req.valid('query');
    const p = await poolRow();
    if (!p) return c.json(notIndexed, 503);
    const [totals, credits, stakes, payouts, refunds] = await Promise.all([
      waitingTotals(p),
      db
        .select()
        .from(schema.pendingCredit)
        .where(sql`${schema.pendingCredit.pending} > 0`)
        .orderBy(asc(schema.pendingCredit.claimId), asc(schema.pendingCredit.id))
        .limit(limit + 1),
      db
        .select()
        .from(schema.owedStake)
        .where(eq(schema.owedStake.paid, false))
        .orderBy(asc(schema.owedStake.claimId), asc(schema.owedStake.blockNumber), asc(schema.owedStake.logIndex))
        .limit(limit + 1),
      db.select().from(schema.heldFor).where(sql`${schema.heldFor.payouts} > 0`).orderBy(asc(schema.heldFor.address)).limit(limit + 1),
      db.select().from(schema.heldFor).where(sql`${schema.heldFor.refunds} > 0`).orderBy(asc(schema.heldFor.address)).limit(limit + 1),
    ]);
    const page = <T,>(rows: T[]) => ({ items: rows.slice(0, limit), more: rows.length > limit });
    const creditPage = page(credits);
    const stakePage = page(stakes);
    const payoutPage = page(payouts);
    const refundPage = page(refunds);
    return c.json(
      json({
        token: { address: p.token, symbol: p.tokenSymbol, decimals: p.tokenDecimals },
        totals: {
          total: totals.total,
          pendingCredits: totals.pendingCredits,
          unclaimedPayouts: totals.unclaimedPayouts,
          unclaimedRefunds: totals.unclaimedRefunds,
          owedStake: totals.owedStake,
        },
        pendingCredits: {
          items: creditPage.items.map((x) => ({ source: x.source, claimId: x.claimId, reportId: x.reportId, reason: x.reason, pending: x.pending, deferredAt: x.deferredAt })),
          more: creditPage.more,
        },
        owedStakes: {
          items: stakePage.items.map((x) => ({ to: x.to, module: x.module, claimId: x.claimId, witness: x.witness, amount: x.amount, timestamp: x.timestamp, transactionHash: x.transactionHash })),
          more: stakePage.more,
        },
        payouts: { items: payoutPage.items.map((x) => ({ payee: x.address, amount: x.payouts })), more: payoutPage.more },
        refunds: { items: refundPage.items.map((x) => ({ reporter: x.address, amount: x.refunds })), more: refundPage.more },
        indexedBlock: (await indexedBlockNow()) ?? p.updatedBlock,
      }),
      200,
    );
  },
);

// ───────────────────────────────────────── /api/hints ─────────────────────────────────────────

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/hints',
    summary: 'Sorted-list position hint for a join or top-up: the member after whom `key` belongs (0 = the head)',
    request: {
      query: z.object({
        key: z
          .string({ message: 'key is required: the balance key to insert (balance + the pool index), in token units' })
          .regex(/^-?\d{1,38}$/, { message: 'key must be a whole number of token base units (the balance + the pool index)' })
          .transform((v) => BigInt(v)),
        exclude: WholeNumber('exclude', 4_294_967_295, 'a member id').default(0),
      }),
    },
    responses: ok('the hint'),
  }),
  async (c) => {
    const { key, exclude } = c.req.valid('query');
    const p = await poolRow();
    if (!p) return c.json(notIndexed, 503);
    const [row] = await db
      .select({ memberId: schema.member.memberId, key: schema.member.key })
      .from(schema.member)
      .where(and(eq(schema.member.linked, true), lte(schema.member.key, key), exclude && exclude <= INT4_MAX ? ne(schema.member.memberId, exclude) : undefined))
      .orderBy(desc(schema.member.key), desc(schema.member.memberId))
      .limit(1);
    return c.json(json({ hint: row?.memberId ?? 0, key: row?.key ?? null, blockNumber: p.updatedBlock }), 200);
  },
);

// ───────────────────────────────────────── /api/governance ─────────────────────────────────────────

app.openapi(
  createRoute({
    method: 'get',
    path: '/api/governance',
    summary: 'Who holds which role on which contract, timelocked operations (scheduled, executed, cancelled) and every parameter change',
    responses: ok('roles, operations and parameter changes'),
  }),
  async (c) => {
    const [roles, calls, changes] = await Promise.all([
      db.select().from(schema.roleHolder).where(eq(schema.roleHolder.held, true)).orderBy(asc(schema.roleHolder.contract), asc(schema.roleHolder.roleName), asc(schema.roleHolder.account)),
      db.select().from(schema.governanceCall).orderBy(desc(schema.governanceCall.scheduledAt), asc(schema.governanceCall.id)).limit(200),
      db.select().from(schema.parameterChange).orderBy(desc(schema.parameterChange.blockNumber), desc(schema.parameterChange.id)).limit(200),
    ]);
    return c.json(json({ timelock: settings.deployment.timelock, roles, operations: calls, parameterChanges: changes }), 200);
  },
);

app.doc('/api/openapi.json', {
  openapi: '3.0.0',
  info: {
    title: 'Lashou API',
    version: '1.0.0',
    description: 'Read API of a Lashou mutual, served by its indexer. Amounts are decimal strings in token base units.',
  },
});

// Unknown /api routes answer 404 in JSON (Ponder's own server answers any other unknown path with a plain 404).
app.all('/api/*', (c) => c.json({ error: `no route ${c.req.method} ${c.req.path}: the REST routes are listed at /api/openapi.json` }, 404));

export default app;
