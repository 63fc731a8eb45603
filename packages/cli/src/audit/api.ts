// Comparison of the audit's recomputation with what the indexer's API serves (docs/indexer.md, the REST routes):
// every member (list and detail), epoch, claim and witness, and the pool's totals. The API is read over HTTP only;
// nothing of the indexer's code is used.
import { getAddress } from 'viem';
import type { PoolLedger } from './ledger.js';
import type { ModulesLedger, ReportRecord } from './modules.js';
import { CLAIM_STATES, REPORT_OUTCOMES } from './modules.js';
import type { Section } from './types.js';

export type CompareWithApiParameters = {
  apiUrl: string;
  ledger: PoolLedger;
  modules: ModulesLedger;
  blockTimestamp: bigint;
  paidToClaimant: Map<bigint, bigint>;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  fetchImpl?: typeof fetch;
};

const PAGE = 500;

/** Reads every page of a list route (`nextCursor` paging). */
async function pages<T>(get: (path: string) => Promise<any>, path: string, key: string): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  for (;;) {
    const sep = path.includes('?') ? '&' : '?';
    const body = await get(`${path}${sep}limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...((body[key] ?? []) as T[]));
    cursor = body.nextCursor ?? null;
    if (!cursor) return out;
  }
}

const norm = (v: unknown) => (v === null || v === undefined ? 'null' : String(v));

/** Every figure the API serves for the pool's members, epochs, claims and witnesses, against the recomputation. */
export async function compareWithApi(p: CompareWithApiParameters): Promise<Section> {
  const s: Section = { area: 'api', items: 0, comparisons: 0, differences: [], notes: [] };
  const doFetch = p.fetchImpl ?? fetch;
  const get = async (path: string) => {
    let response: Response;
    try {
      response = await doFetch(`${p.apiUrl}${path}`);
    } catch (error) {
      throw new ApiUnavailableError(`cannot reach the API at ${p.apiUrl}${path}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new ApiUnavailableError(`the API answered ${path} with HTTP ${response.status}`);
    return response.json() as Promise<any>;
  };
  const cmp = (area: string, item: string, field: string, recomputed: unknown, reported: unknown) => {
    s.comparisons++;
    const r = norm(recomputed);
    const q = norm(reported);
    if (r !== q) s.differences.push({ area, item, field, source: 'api', recomputed: r, reported: q });
  };
  const { ledger, modules } = p;

  // ── Totals ──
  const stats = await get('/api/stats');
  s.items++;
  const counts = { lapsed: 0, exited: 0, expelled: 0 };
  for (const m of ledger.members.values()) {
    if (m.status === 'lapsed') counts.lapsed++;
    if (m.status === 'exited') counts.exited++;
    if (m.expelled) counts.expelled++;
  }
  cmp('pool', 'stats', 'members.active', ledger.activeCount, stats.members?.active);
  cmp('pool', 'stats', 'members.lapsed', counts.lapsed, stats.members?.lapsed);
  cmp('pool', 'stats', 'members.exited', counts.exited, stats.members?.exited);
  cmp('pool', 'stats', 'members.expelled', counts.expelled, stats.members?.expelled);
  cmp('pool', 'stats', 'money.memberFunds', ledger.memberFunds(), stats.money?.memberFunds);
  cmp('reserve', 'stats', 'money.reserve', ledger.reserve, stats.money?.reserve);
  cmp('pool', 'stats', 'money.unclaimedPayouts', ledger.unclaimedPayouts, stats.money?.unclaimedPayouts);
  cmp('pool', 'stats', 'money.queuedPayments', ledger.queuedPayments, stats.money?.queuedPayments);
  cmp('reserve', 'stats', 'money.reserveUsed', ledger.reserveUsedTotal, stats.money?.reserveUsed);
  cmp('pool', 'stats', 'index', ledger.index, stats.index);
  cmp('pool', 'stats', 'epoch.nextToSettle', ledger.nextEpochToSettle, stats.epoch?.nextToSettle);
  cmp('pool', 'stats', 'parameters.minimumBalance', ledger.params.minimumBalance, stats.parameters?.minimumBalance);
  cmp('claim', 'stats', 'claims.filed', modules.claims.size, stats.claims?.filed);

  // ── Members: the list, then each member's detail ──
  const listed = await pages<{ address: string; status: string; memberId: string; expelled: boolean }>(get, '/api/members', 'members');
  const listedBy = new Map(listed.map((m) => [m.address.toLowerCase(), m]));
  for (const m of ledger.members.values()) {
    if (m.status === 'none') continue;
    const row = listedBy.get(m.address.toLowerCase());
    if (!row) {
      cmp('member', m.address, 'listed by /api/members', 'listed', 'missing');
      continue;
    }
    cmp('member', m.address, 'recorded status', m.status, row.status);
  }
  for (const row of listed) {
    const m = ledger.members.get(row.address.toLowerCase());
    if (!m || m.status === 'none') cmp('member', getAddress(row.address), 'listed by /api/members', 'never joined', 'listed');
  }
  const joined = [...ledger.members.values()].filter((m) => m.status !== 'none');
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < joined.length) {
      const m = joined[next++]!;
      const detail = await get(`/api/members/${m.address.toLowerCase()}?limit=1`);
      s.items++;
      cmp('member', m.address, 'balance', ledger.balanceOf(m), detail.balance);
      cmp('member', m.address, 'status', ledger.viewOf(m, p.blockTimestamp).toLowerCase(), String(detail.status).toLowerCase());
      cmp('member', m.address, 'memberId', m.id, detail.memberId);
      cmp('member', m.address, 'coverageStart', m.coverageStart, detail.coverageStart);
      cmp('member', m.address, 'expelled', m.expelled, detail.expelled);
      cmp('member', m.address, 'exitEpoch', m.exitEpoch ?? 'null', detail.exitEpoch ?? 'null');
      cmp('member', m.address, 'totals.deposited', m.deposited, detail.totals?.deposited);
      cmp('member', m.address, 'totals.withdrawn', m.withdrawn, detail.totals?.withdrawn);
      p.onProgress?.(++done, joined.length);
    }
  };
  await Promise.all(Array.from({ length: p.concurrency ?? 8 }, worker));

  // ── Epochs ──
  const epochs = await pages<Record<string, unknown>>(get, '/api/epochs', 'epochs');
  const served = new Map(epochs.map((e) => [String(e.epoch), e]));
  for (const e of ledger.epochs.values()) {
    const row = served.get(String(e.epoch));
    const item = `epoch ${e.epoch}`;
    s.items++;
    if (!row) {
      cmp('epoch', item, 'served by /api/epochs', 'settled', 'missing');
      continue;
    }
    cmp('epoch', item, 'members', e.members, row.members);
    cmp('epoch', item, 'share', e.share, row.share);
    cmp('epoch', item, 'collected', e.collected, row.collected);
    cmp('epoch', item, 'reserveUsed', e.reserveUsed, row.reserveUsed);
    cmp('epoch', item, 'reserveAdded', e.reserveAdded, row.reserveAdded);
    cmp('epoch', item, 'indexAfter', e.indexAfter, row.indexAfter);
    cmp('epoch', item, 'carriedOver', e.carriedOver, row.carriedOver);
    cmp('epoch', item, 'exitsFinalised', e.exitsFinalised, row.exitsFinalised);
  }
  if (epochs.length !== ledger.epochs.size) cmp('epoch', 'epochs', 'settled epochs served', ledger.epochs.size, epochs.length);

  // ── Claims ──
  const claims = await pages<Record<string, unknown>>(get, '/api/claims', 'claims');
  const claimBy = new Map(claims.map((c) => [String(c.claimId), c]));
  for (const c of modules.claims.values()) {
    const row = claimBy.get(String(c.claimId));
    const item = `claim ${c.claimId}`;
    s.items++;
    if (!row) {
      cmp('claim', item, 'served by /api/claims', 'filed', 'missing');
      continue;
    }
    cmp('claim', item, 'state', CLAIM_STATES[c.state]!.toLowerCase(), String(row.state).toLowerCase());
    cmp('claim', item, 'requestedAmount', c.requestedAmount, row.requestedAmount);
    if (c.approvedAmount !== 0n) cmp('claim', item, 'approvedAmount', c.approvedAmount, row.approvedAmount);
    cmp('claim', item, 'paidAmount', p.paidToClaimant.get(c.claimId) ?? 0n, row.paidAmount);
    cmp('claim', item, 'openReports', c.openReports, row.openReports);
  }

  // ── Reports: each claim's detail lists its reports ──
  const reportsByClaim = new Map<bigint, ReportRecord[]>();
  for (const r of modules.reports.values()) reportsByClaim.set(r.claimId, [...(reportsByClaim.get(r.claimId) ?? []), r]);
  for (const [claimId, reports] of reportsByClaim) {
    const detail = await get(`/api/claims/${claimId}`);
    const served = new Map(((detail.reports ?? []) as Record<string, unknown>[]).map((r) => [String(r.reportId), r]));
    for (const r of reports) {
      const item = `report ${r.reportId}`;
      s.items++;
      const row = served.get(String(r.reportId));
      if (!row) {
        cmp('report', item, `served by /api/claims/${claimId}`, 'filed', 'missing');
        continue;
      }
      cmp('report', item, 'reporter', r.reporter.toLowerCase(), String(row.reporter).toLowerCase());
      cmp('report', item, 'bond', r.bond, row.bond);
      cmp('report', item, 'outcome', REPORT_OUTCOMES[r.outcome]!.toLowerCase(), String(row.outcome).toLowerCase());
      if (r.resolution) {
        cmp('report', item, 'bondReturned', r.resolution.bondReturned, row.bondReturned);
        cmp('report', item, 'reward', r.resolution.reward, row.reward);
        cmp('report', item, 'slashed', r.resolution.slashed, row.slashed);
        cmp('report', item, 'creditedToMembers', r.resolution.creditedToMembers, row.creditedToMembers);
        cmp('report', item, 'fee', r.resolution.fee, row.fee);
      }
    }
  }

  // ── Witnesses ──
  const witnesses = await pages<Record<string, unknown>>(get, '/api/witnesses', 'witnesses');
  const witnessBy = new Map(witnesses.map((w) => [String(w.address).toLowerCase(), w]));
  for (const w of modules.witnesses.values()) {
    if (!w.registered) continue;
    const row = witnessBy.get(w.address.toLowerCase());
    s.items++;
    if (!row) {
      cmp('witness', w.address, 'served by /api/witnesses', 'staked', 'missing');
      continue;
    }
    cmp('witness', w.address, 'stake', w.stake, row.stake);
    cmp('witness', w.address, 'locked', w.locked, row.locked);
    cmp('witness', w.address, 'slashed', w.slashed, row.slashed);
  }
  return s;
}

export class ApiUnavailableError extends Error {
  override name = 'ApiUnavailableError';
}
