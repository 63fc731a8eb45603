// `lashou audit`: reads a deployment's logs from the chain alone, replays them by the protocol's rules (ledger.ts,
// modules.ts), and compares the recomputation with the events' own figures, the contracts' views at the audited
// block and, when asked, the indexer's API. docs/audit.md describes what is checked and how.
import { claimParametersAbi, claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, prevrandaoSourceAbi, witnessRegistryAbi } from '@lashou/abi';
import { type Abi, type Address, erc20Abi, getAddress, type PublicClient } from 'viem';
import { readViews, type ViewCall } from './calls.js';
import { PoolLedger, MEMBER_VIEWS, tagText, type PoolParameters } from './ledger.js';
import { DEFAULT_LOG_RANGE, readAuditLogs, readBlockTimestamps } from './logs.js';
import { CLAIM_PARAMETERS, CLAIM_STATES, ModulesLedger, REPORT_OUTCOMES } from './modules.js';
import { compareWithApi } from './api.js';
import type { AuditContract, AuditLog, Difference, Section, Wiring } from './types.js';

export type AuditAddresses = {
  chainId: number;
  pool: Address;
  claims?: Address | undefined;
  reports?: Address | undefined;
  registry?: Address | undefined;
  parameters?: Address | undefined;
  randomness?: Address | undefined;
  randomnessKind?: 'prevrandao' | 'vrf' | undefined;
  token?: Address | undefined;
  /** The deployment's first block (the address book's `blockNumber`). */
  fromBlock?: bigint | undefined;
};

export type AuditOptions = {
  client: PublicClient;
  rpcUrl: string;
  addresses: AuditAddresses;
  /** Audit at this block (default: the latest, or the API's indexed block when `apiUrl` is given). */
  block?: bigint | undefined;
  apiUrl?: string | undefined;
  logRange?: bigint | undefined;
  /** Progress of each stage (reading logs, timestamps, views, API, draws). */
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Skips the witness draws (another part of the audit; used by tests of the ledger alone). */
  skipDraws?: boolean;
};

export type AuditResult = {
  chainId: number;
  block: bigint;
  blockTimestamp: bigint;
  fromBlock: bigint;
  logs: number;
  wiring: Wiring;
  token: { address: Address; symbol: string; decimals: number };
  sections: Section[];
  differences: Difference[];
  /** Parts that could not be audited, with the reason. */
  incomplete: string[];
  seconds: number;
};

/** The audit could not be made (a node or API failure, a deployment not found): exit code 2. */
export class AuditUnavailableError extends Error {
  override name = 'AuditUnavailableError';
}

const lower = (a: string) => a.toLowerCase();

function section(area: string): Section {
  return { area, items: 0, comparisons: 0, differences: [], notes: [] };
}

/** Adds a comparison to `s`, and a difference when the values disagree. */
export function compare(s: Section, item: string, field: string, source: Difference['source'], recomputed: unknown, reported: unknown, area = s.area) {
  s.comparisons++;
  const r = String(recomputed);
  const p = String(reported);
  if (r !== p) s.differences.push({ area, item, field, source, recomputed: r, reported: p });
}

/** Runs the whole audit. Throws AuditUnavailableError when the chain cannot be read. */
export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const started = Date.now();
  const { client, rpcUrl, addresses } = options;
  const progress = options.onProgress ?? (() => {});
  const sections: Section[] = [];
  /** Parts that could not be audited (the exit code is then 2 unless differences were found). */
  const incomplete: string[] = [];

  // ── The audited block ──
  let block = options.block;
  const apiNotes: string[] = [];
  if (options.apiUrl) {
    const indexed = await apiIndexedBlock(options.apiUrl);
    if (block === undefined && indexed !== undefined) {
      block = indexed;
      apiNotes.push(`audited at block ${indexed}, the block the API had indexed, so that both describe the same chain state`);
    } else if (block !== undefined && indexed !== undefined && indexed !== block) {
      apiNotes.push(`the API describes block ${indexed}, not the audited block ${block}: what changed between them shows as differences with the API`);
    }
  }
  const head = await client.getBlockNumber();
  block ??= head;
  if (block > head) throw new AuditUnavailableError(`block ${block} is beyond the chain's head ${head}: give --block ${head} or less`);
  const poolCode = await client.getCode({ address: addresses.pool, blockNumber: block });
  if (!poolCode || poolCode === '0x') throw new AuditUnavailableError(`no contract at the pool address ${addresses.pool} on chain ${addresses.chainId} at block ${block}: is the deployment file this chain's?`);

  // ── Wiring: what the pool and the claims module say they are wired to ──
  const poolAbi = mutualPoolAbi as Abi;
  const [tokenAddress, genesis, epochLength] = (await readViews(rpcUrl, [
    { address: addresses.pool, abi: poolAbi, functionName: 'token' },
    { address: addresses.pool, abi: poolAbi, functionName: 'genesis' },
    { address: addresses.pool, abi: poolAbi, functionName: 'epochLength' },
  ], block)) as [Address, bigint, bigint];
  const wiringSection = section('wiring');
  sections.push(wiringSection);
  const wired = { claims: addresses.claims, registry: addresses.registry, parameters: addresses.parameters };
  if (addresses.claims) {
    const [pool, registry, parameters] = (await readViews(rpcUrl, [
      { address: addresses.claims, abi: claimsManagerAbi as Abi, functionName: 'pool' },
      { address: addresses.claims, abi: claimsManagerAbi as Abi, functionName: 'registry' },
      { address: addresses.claims, abi: claimsManagerAbi as Abi, functionName: 'parameters' },
    ], block)) as [Address, Address, Address];
    compare(wiringSection, 'claims module', 'pool', 'contract', getAddress(addresses.pool), getAddress(pool));
    if (addresses.registry) compare(wiringSection, 'claims module', 'registry', 'contract', getAddress(addresses.registry), getAddress(registry));
    if (addresses.parameters) compare(wiringSection, 'claims module', 'parameters', 'contract', getAddress(addresses.parameters), getAddress(parameters));
    wired.registry ??= registry;
    wired.parameters ??= parameters;
  }
  if (addresses.token) compare(wiringSection, 'pool', 'token', 'contract', getAddress(addresses.token), getAddress(tokenAddress));

  const fromBlock = addresses.fromBlock ?? 0n;
  const contracts: { contract: AuditContract; address: Address }[] = [{ contract: 'pool', address: addresses.pool }];
  if (wired.claims) contracts.push({ contract: 'claims', address: wired.claims });
  if (addresses.reports) contracts.push({ contract: 'reports', address: addresses.reports });
  if (wired.registry) contracts.push({ contract: 'registry', address: wired.registry });
  if (wired.parameters) contracts.push({ contract: 'parameters', address: wired.parameters });
  if (addresses.randomness) contracts.push({ contract: 'source', address: addresses.randomness });
  wiringSection.items = contracts.length;

  // ── Logs ──
  let logs: AuditLog[];
  try {
    logs = await readAuditLogs(client, {
      contracts, fromBlock, toBlock: block, range: options.logRange ?? DEFAULT_LOG_RANGE,
      onProgress: (done, total) => progress('logs', Number(done), Number(total)),
    });
  } catch (error) {
    throw new AuditUnavailableError(`reading the logs failed: ${(error as Error).message.split('\n')[0]}`);
  }
  wiringFromEvents(logs, addresses, wiringSection);

  // ── Block timestamps: only the blocks whose rules depend on time, and the audited block ──
  const timed = new Set(['MemberJoined', 'MemberToppedUp', 'MemberExitRequested', 'MemberExpelled', 'PaymentQueued', 'EpochSettled', 'ParameterChanged']);
  const needed = new Set<bigint>([block]);
  for (const log of logs) if (log.contract === 'pool' && timed.has(log.eventName)) needed.add(log.blockNumber);
  const timestamps = await readBlockTimestamps(rpcUrl, needed, { onProgress: (d, t) => progress('block times', d, t) });
  const blockTimestamp = timestamps.get(block)!;

  // ── Parameters: the configuration events when the chain has them, else each parameter's first change (its old
  //    value), else the value in force now (never changed) ──
  const poolLogs = logs.filter((l) => l.contract === 'pool');
  const params = await initialPoolParameters(rpcUrl, addresses.pool, poolLogs, block, genesis, epochLength);
  const claimParameters = wired.parameters ? await initialClaimParameters(rpcUrl, wired.parameters, logs, block) : new Map<string, bigint>();

  // ── Replay ──
  const ledger = new PoolLedger(params);
  const modules = new ModulesLedger(claimParameters, ledger);
  for (const log of logs) {
    if (log.contract === 'pool') ledger.apply(log, timestamps.get(log.blockNumber) ?? 0n);
    else modules.apply(log);
  }
  ledger.finish();

  // ── Token ──
  const tokenViews = (await readViews(rpcUrl, [
    { address: tokenAddress, abi: erc20Abi as Abi, functionName: 'symbol' },
    { address: tokenAddress, abi: erc20Abi as Abi, functionName: 'decimals' },
  ], block).catch(() => ['token', 18])) as [string, number];
  const token = { address: getAddress(tokenAddress), symbol: tokenViews[0], decimals: Number(tokenViews[1]) };

  // ── Sections: members, epochs, payments, pool totals, witnesses, reports, claims, conservation ──
  const members = section('member');
  const epochs = section('epoch');
  const payments = section('payment');
  const pool = section('pool');
  const witnesses = section('witness');
  const reports = section('report');
  const claims = section('claim');
  const conservation = section('conservation');
  sections.push(members, epochs, payments, pool, witnesses, reports, claims, conservation);
  // The replay's own checks: each result an event states against the recomputation (each difference keeps the
  // area of its item).
  const events = section('events');
  events.items = logs.length;
  events.comparisons = ledger.comparisons + modules.comparisons;
  events.differences.push(...ledger.differences, ...modules.differences);
  sections.splice(1, 0, events);

  const memberList = [...ledger.members.values()];
  const epochList = [...ledger.epochs.values()];
  const paymentList = [...ledger.payments.values()];
  const witnessList = [...modules.witnesses.values()];
  const reportList = [...modules.reports.values()];
  const claimList = [...modules.claims.values()];
  members.items = memberList.length;
  epochs.items = epochList.length;
  payments.items = paymentList.length;
  witnesses.items = witnessList.length;
  reports.items = reportList.length;
  claims.items = claimList.length;
  pool.items = 1;

  // ── The contracts' views at the audited block, in JSON-RPC batches ──
  type Check = { call: ViewCall; s: Section; item: string; field: string; recomputed: unknown; map?: (v: unknown) => unknown };
  const checks: Check[] = [];
  const add = (s: Section, item: string, field: string, call: ViewCall, recomputed: unknown, map?: (v: unknown) => unknown) => checks.push({ call, s, item, field, recomputed, map });
  const p = (functionName: string, args: readonly unknown[] = []): ViewCall => ({ address: addresses.pool, abi: poolAbi, functionName, args });
  for (const m of memberList) {
    add(members, m.address, 'balance', p('balanceOf', [m.address]), ledger.balanceOf(m));
    add(members, m.address, 'status', p('statusOf', [m.address]), ledger.viewOf(m, blockTimestamp), (v) => MEMBER_VIEWS[Number(v)] ?? v);
    add(members, m.address, 'memberId', p('memberIdOf', [m.address]), m.id);
    add(members, m.address, 'expelled', p('isExpelled', [m.address]), m.expelled);
    if (m.status === 'active' || m.status === 'lapsed' || m.status === 'exitRequested') add(members, m.address, 'coverageStart', p('coverageStartOf', [m.address]), m.coverageStart);
  }
  for (const e of epochList) {
    const item = `epoch ${e.epoch}`;
    add(epochs, item, 'members', p('epochRecord', [e.epoch]), e.members, (v) => (v as { members: bigint }).members);
    add(epochs, item, 'share', p('epochRecord', [e.epoch]), e.share, (v) => (v as { share: bigint }).share);
    add(epochs, item, 'indexAfter', p('epochRecord', [e.epoch]), e.indexAfter, (v) => (v as { indexAfter: bigint }).indexAfter);
  }
  for (const pay of paymentList) add(payments, `payment ${pay.paymentId}`, 'remaining', p('payment', [pay.paymentId]), pay.remaining, (v) => (v as { remaining: bigint }).remaining);
  for (const [recipient, owed] of ledger.unclaimedOf) add(payments, getAddress(recipient), 'unclaimedPayout', p('unclaimedPayoutOf', [recipient]), owed);
  add(pool, 'pool', 'index', p('index'), ledger.index);
  add(pool, 'pool', 'activeMembers', p('activeMembers'), ledger.activeCount);
  add(pool, 'pool', 'memberFunds', p('memberFunds'), ledger.memberFunds());
  add(pool, 'pool', 'reserve', p('reserve'), ledger.reserve);
  add(pool, 'pool', 'unclaimedPayouts', p('unclaimedPayouts'), ledger.unclaimedPayouts);
  add(pool, 'pool', 'queuedPayments', p('queuedPayments'), ledger.queuedPayments);
  add(pool, 'pool', 'nextEpochToSettle', p('nextEpochToSettle'), ledger.nextEpochToSettle);
  add(pool, 'pool', 'minimumBalance', p('minimumBalance'), ledger.params.minimumBalance);
  add(pool, 'pool', 'exitNotice', p('exitNotice'), ledger.params.exitNotice);
  add(pool, 'pool', 'waitingPeriod', p('waitingPeriod'), ledger.params.waitingPeriod);
  add(pool, 'pool', 'paymentQueue head', p('paymentQueue'), ledger.paymentHead, (v) => (v as [bigint, bigint])[0]);
  add(pool, 'pool', 'paymentQueue tail', p('paymentQueue'), ledger.paymentTail, (v) => (v as [bigint, bigint])[1]);
  const tokenOf = (address: Address): ViewCall => ({ address: tokenAddress, abi: erc20Abi as Abi, functionName: 'balanceOf', args: [address] });
  add(conservation, 'pool', 'tokens held (from the events\' transfers)', tokenOf(addresses.pool), ledger.expectedTokenBalance());
  // The first invariant, both sides recomputed: what the pool holds is every member's money, the reserve and the
  // payouts kept for their payees.
  const heldByRule = ledger.memberFunds() + ledger.reserve + ledger.unclaimedPayouts;
  add(conservation, 'pool', 'tokens held == member funds + reserve + unclaimed payouts', tokenOf(addresses.pool), heldByRule);
  let balanceSum = 0n;
  for (const m of memberList) balanceSum += ledger.balanceOf(m);
  compare(conservation, 'pool', 'Σ member balances == member funds', 'events', ledger.memberFunds(), balanceSum);
  conservation.items = 1;

  if (wired.registry) {
    const r = (functionName: string, args: readonly unknown[] = []): ViewCall => ({ address: wired.registry!, abi: witnessRegistryAbi as Abi, functionName, args });
    for (const w of witnessList) {
      add(witnesses, w.address, 'stake', r('witnessInfo', [w.address]), w.stake, (v) => (v as bigint[])[0]);
      add(witnesses, w.address, 'locked', r('witnessInfo', [w.address]), w.locked, (v) => (v as bigint[])[1]);
    }
    for (const [key, amount] of modules.locks) {
      const [w, claimId] = key.split(':') as [string, string];
      add(witnesses, getAddress(w), `lock for claim ${claimId}`, r('lockedFor', [w, BigInt(claimId)]), amount);
    }
    for (const [to, owed] of modules.owedTo) add(witnesses, getAddress(to), 'owed stake', r('owedTo', [to]), owed);
    add(witnesses, 'registry', 'totalStaked', r('totalStaked'), modules.totalStaked);
    add(witnesses, 'registry', 'totalOwed', r('totalOwed'), modules.totalOwed);
    add(conservation, 'registry', 'tokens held == stakes + owed stake', tokenOf(wired.registry), modules.totalStaked + modules.totalOwed);
    conservation.items++;
  }
  const owedTo = (a: Address | undefined) => (a ? (modules.owedTo.get(lower(a)) ?? 0n) : 0n);
  if (addresses.reports) {
    const f = (functionName: string, args: readonly unknown[] = []): ViewCall => ({ address: addresses.reports!, abi: fraudReportsAbi as Abi, functionName, args });
    for (const rep of reportList) {
      add(reports, `report ${rep.reportId}`, 'outcome', f('report', [rep.reportId]), REPORT_OUTCOMES[rep.outcome], (v) => REPORT_OUTCOMES[Number((v as { outcome: number }).outcome)]);
      add(reports, `report ${rep.reportId}`, 'bond', f('report', [rep.reportId]), rep.bond, (v) => (v as { bond: bigint }).bond);
      add(reports, `report ${rep.reportId}`, 'pendingCredit', f('pendingCredit', [rep.reportId]), modules.reportPendingCredit.get(rep.reportId) ?? 0n);
    }
    for (const [reporter, owed] of modules.unclaimedRefundOf) add(reports, getAddress(reporter), 'unclaimedRefund', f('unclaimedRefundOf', [reporter]), owed);
    add(reports, 'reports module', 'reportCount', f('reportCount'), BigInt(reportList.length));
    add(reports, 'reports module', 'bondsHeld', f('bondsHeld'), modules.bondsHeld);
    add(reports, 'reports module', 'operatorFees', f('operatorFees'), modules.operatorFees);
    add(reports, 'reports module', 'unclaimedRefunds', f('unclaimedRefunds'), modules.unclaimedRefunds);
    add(reports, 'reports module', 'pendingCredits', f('pendingCredits'), modules.reportPendingCredits);
    add(conservation, 'reports module', 'tokens held + owed stake == bonds + fees + refunds + pending credits', tokenOf(addresses.reports), modules.bondsHeld + modules.operatorFees + modules.unclaimedRefunds + modules.reportPendingCredits - owedTo(addresses.reports));
    conservation.items++;
  }
  if (wired.claims) {
    const c = (functionName: string, args: readonly unknown[] = []): ViewCall => ({ address: wired.claims!, abi: claimsManagerAbi as Abi, functionName, args });
    for (const cl of claimList) {
      const item = `claim ${cl.claimId}`;
      add(claims, item, 'state', c('claim', [cl.claimId]), CLAIM_STATES[cl.state], (v) => CLAIM_STATES[Number((v as { state: number }).state)]);
      add(claims, item, 'claimant', c('claim', [cl.claimId]), cl.claimant, (v) => getAddress((v as { claimant: Address }).claimant));
      add(claims, item, 'requestedAmount', c('claim', [cl.claimId]), cl.requestedAmount, (v) => (v as { requestedAmount: bigint }).requestedAmount);
      add(claims, item, 'approvedAmount', c('claim', [cl.claimId]), cl.approvedAmount, (v) => (v as { approvedAmount: bigint }).approvedAmount);
      add(claims, item, 'openReports', c('claim', [cl.claimId]), cl.openReports, (v) => (v as { openReports: bigint }).openReports);
      add(claims, item, 'pendingCredit', c('pendingCredit', [cl.claimId]), modules.claimPendingCredit.get(cl.claimId) ?? 0n);
    }
    add(claims, 'claims module', 'claimCount', c('claimCount'), BigInt(claimList.length));
    add(claims, 'claims module', 'pendingCredits', c('pendingCredits'), modules.claimPendingCredits);
    add(conservation, 'claims module', 'tokens held + owed stake == pending credits', tokenOf(wired.claims), modules.claimPendingCredits - owedTo(wired.claims));
    conservation.items++;
  }
  // Paid amounts per claim: the payments of its claim id paid to its claimant.
  const paidToClaimant = new Map<bigint, bigint>();
  for (const pay of paymentList) {
    const cl = modules.claims.get(pay.claimId);
    if (cl && lower(cl.claimant) === lower(pay.recipient)) paidToClaimant.set(pay.claimId, (paidToClaimant.get(pay.claimId) ?? 0n) + pay.paid);
  }

  let answers: unknown[];
  try {
    answers = await readViews(rpcUrl, checks.map((c) => c.call), block, { onProgress: (d, t) => progress('contract views', d, t) });
  } catch (error) {
    throw new AuditUnavailableError(`reading the contracts' views at block ${block} failed: ${(error as Error).message.split('\n')[0]}`);
  }
  checks.forEach((c, i) => compare(c.s, c.item, c.field, 'contract', c.recomputed, c.map ? c.map(answers[i]) : answers[i]));

  const wiring: Wiring = {
    chainId: addresses.chainId,
    pool: getAddress(addresses.pool),
    claims: getAddress(wired.claims ?? addresses.pool),
    reports: getAddress(addresses.reports ?? addresses.pool),
    registry: getAddress(wired.registry ?? addresses.pool),
    parameters: getAddress(wired.parameters ?? addresses.pool),
    token: token.address,
    randomnessSource: getAddress(addresses.randomness ?? addresses.pool),
    randomness: await randomnessOf(rpcUrl, addresses, logs, block),
    toBlock: block,
    fromBlock,
  };

  // ── The API ──
  if (options.apiUrl) {
    const apiSection = await compareWithApi({
      apiUrl: options.apiUrl, ledger, modules, blockTimestamp, paidToClaimant,
      onProgress: (d, t) => progress('API', d, t),
    });
    apiSection.notes.unshift(...apiNotes);
    sections.push(apiSection);
  }

  // ── Witness draws (docs/witness-draw.md): their own part ──
  if (!options.skipDraws && wired.claims && wired.registry) {
    const draws = await import('./draws.js').catch((error: unknown) => {
      const s = section('draw');
      s.notes.push(`the witness-draw audit could not be loaded: ${(error as Error).message}`);
      return { auditDraws: async () => s };
    });
    try {
      sections.push(await draws.auditDraws({ logs, wiring, client, onProgress: (d: number, t: number) => progress('draws', d, t) }));
    } catch (error) {
      // The rest of the audit stands; the report says the draws could not be checked, and the exit code says the
      // audit is incomplete (2) unless it found differences (1).
      const s = section('draw');
      incomplete.push(`witness draws: ${(error as Error).message.split('\n')[0]}`);
      sections.push(s);
    }
  }

  pool.notes.push(...ledger.notes);
  claims.notes.push(...modules.notes);
  const differences = sections.flatMap((s) => s.differences);
  return {
    chainId: addresses.chainId, block, blockTimestamp, fromBlock, logs: logs.length, wiring, token, sections, differences, incomplete,
    seconds: (Date.now() - started) / 1000,
  };
}

/** The block the API has indexed (`/api/stats`' `indexedBlock`), or undefined when it does not say. */
async function apiIndexedBlock(apiUrl: string): Promise<bigint | undefined> {
  let response: Response;
  try {
    response = await fetch(`${apiUrl}/api/stats`);
  } catch (error) {
    throw new AuditUnavailableError(`cannot reach the API at ${apiUrl}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new AuditUnavailableError(`the API at ${apiUrl} answered /api/stats with HTTP ${response.status}: is the indexer running and caught up?`);
  const stats = (await response.json()) as { indexedBlock?: string | number };
  return stats.indexedBlock !== undefined && stats.indexedBlock !== null ? BigInt(stats.indexedBlock) : undefined;
}

/**
 * Compares the wiring and configuration events the constructors emit with the addresses the deployment file names
 * (the file only names addresses; the chain says how they are wired). A deployment older than these events gets a
 * note, and the claims module's own views (compared above) stand in for them.
 */
function wiringFromEvents(logs: AuditLog[], addresses: AuditAddresses, s: Section) {
  const same = (item: string, field: string, named: Address | undefined, announced: unknown) => {
    if (named) compare(s, item, field, 'events', getAddress(named), getAddress(announced as Address));
  };
  const seen = new Set<string>();
  for (const log of logs) {
    const a = log.args as Record<string, unknown>;
    switch (log.eventName) {
      case 'PoolConfigured':
        same('pool', 'token (PoolConfigured)', addresses.token, a.token);
        break;
      case 'ClaimsModuleWired':
        same('claims module', 'pool (ClaimsModuleWired)', addresses.pool, a.pool);
        same('claims module', 'registry (ClaimsModuleWired)', addresses.registry, a.registry);
        same('claims module', 'randomness source (ClaimsModuleWired)', addresses.randomness, a.randomnessSource);
        same('claims module', 'parameters (ClaimsModuleWired)', addresses.parameters, a.parameters);
        break;
      case 'ReportsModuleWired':
        same('reports module', 'claims (ReportsModuleWired)', addresses.claims, a.claims);
        same('reports module', 'pool (ReportsModuleWired)', addresses.pool, a.pool);
        same('reports module', 'registry (ReportsModuleWired)', addresses.registry, a.registry);
        same('reports module', 'parameters (ReportsModuleWired)', addresses.parameters, a.parameters);
        break;
      case 'ClaimParametersWired':
        same('claim parameters', 'pool (ClaimParametersWired)', addresses.pool, a.pool);
        same('claim parameters', 'registry (ClaimParametersWired)', addresses.registry, a.registry);
        break;
      default:
        continue;
    }
    seen.add(log.eventName);
  }
  const expected = ['PoolConfigured', ...(addresses.claims ? ['ClaimsModuleWired'] : []), ...(addresses.reports ? ['ReportsModuleWired'] : []), ...(addresses.parameters ? ['ClaimParametersWired'] : [])];
  const missing = expected.filter((e) => !seen.has(e));
  if (missing.length) s.notes.push(`no ${missing.join(', ')} in the logs read (a deployment older than these events, or logs read from a later block): the addresses are the deployment file's, checked against the claims module's views`);
}

/** The pool's parameters at the deployment: PoolConfigured when emitted; else the old value of each parameter's
 *  first change; else the value now (never changed). */
async function initialPoolParameters(rpcUrl: string, pool: Address, logs: AuditLog[], block: bigint, genesis: bigint, epochLength: bigint): Promise<PoolParameters> {
  const configured = logs.find((l) => l.eventName === 'PoolConfigured')?.args as Record<string, bigint> | undefined;
  if (configured) {
    return { genesis: configured.genesis!, epochLength: configured.epochLength!, waitingPeriod: configured.waitingPeriod!, minimumBalance: configured.minimumBalance!, exitNotice: configured.exitNotice! };
  }
  const first = new Map<string, bigint>();
  for (const l of logs) {
    if (l.eventName !== 'ParameterChanged') continue;
    const name = tagText(l.args.name);
    if (!first.has(name)) first.set(name, l.args.oldValue as bigint);
  }
  const [waitingPeriod, minimumBalance, exitNotice] = (await readViews(rpcUrl, ['waitingPeriod', 'minimumBalance', 'exitNotice'].map((functionName) => ({ address: pool, abi: mutualPoolAbi as Abi, functionName })), block)) as bigint[];
  return {
    genesis, epochLength,
    waitingPeriod: first.get('waitingPeriod') ?? waitingPeriod!,
    minimumBalance: first.get('minimumBalance') ?? minimumBalance!,
    exitNotice: first.get('exitNotice') ?? exitNotice!,
  };
}

/** The claim parameters at the deployment, the same way (the constructor's ClaimParameterChanged when emitted). */
async function initialClaimParameters(rpcUrl: string, parameters: Address, logs: AuditLog[], block: bigint): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>();
  for (const l of logs) {
    if (l.contract !== 'parameters' || l.eventName !== 'ClaimParameterChanged') continue;
    const name = CLAIM_PARAMETERS[Number(l.args.parameter)];
    if (name && !out.has(name)) out.set(name, l.args.oldValue as bigint);
  }
  const missing = CLAIM_PARAMETERS.map((name, i) => ({ name, i })).filter(({ name }) => !out.has(name));
  const now = (await readViews(rpcUrl, missing.map(({ i }) => ({ address: parameters, abi: claimParametersAbi as Abi, functionName: 'parameter', args: [i] })), block)) as bigint[];
  missing.forEach(({ name }, k) => out.set(name, now[k]!));
  return out;
}

async function randomnessOf(rpcUrl: string, addresses: AuditAddresses, logs: AuditLog[], block: bigint): Promise<Wiring['randomness']> {
  const vrf = logs.find((l) => l.eventName === 'VrfSourceConfigured')?.args as Record<string, unknown> | undefined;
  if (vrf) return { kind: 'vrf', coordinator: getAddress(vrf.coordinator as Address), requestTimeout: vrf.requestTimeout as bigint };
  const pr = logs.find((l) => l.eventName === 'PrevrandaoSourceConfigured')?.args as Record<string, unknown> | undefined;
  if (pr) return { kind: 'prevrandao', delay: pr.delay as bigint };
  if (addresses.randomness && addresses.randomnessKind !== 'vrf') {
    const [delay] = (await readViews(rpcUrl, [{ address: addresses.randomness, abi: prevrandaoSourceAbi as Abi, functionName: 'delay' }], block).catch(() => [0n])) as bigint[];
    return { kind: 'prevrandao', delay: delay ?? 0n };
  }
  return { kind: 'vrf', coordinator: '0x0000000000000000000000000000000000000000', requestTimeout: 0n };
}
