import { claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, witnessRegistryAbi } from '@lashou/abi';
import type { TestChain } from '@lashou/sdk/node';
import { type Address, getAddress } from 'viem';
import { api } from './harness';

/** The deployment's contracts the waiting money lives in. */
export type WaitingContracts = { pool: Address; claims: Address; reports: Address; registry: Address };

/**
 * Mismatches between the API's money waiting for the token (`/api/stats` `money.waitingForToken`, `/api/waiting`, each
 * claim's `waiting`, each member's `held`, `/api/reserves`) and the contracts' own views at `blockNumber` (empty when they
 * agree). Every claim, report and address the chain's logs name is compared, not only those the API lists.
 */
export async function waitingDisagreements(chain: TestChain, url: string, c: WaitingContracts, blockNumber: bigint): Promise<string[]> {
  const problems: string[] = [];
  const client = chain.dev(0);
  const read = <T>(address: Address, abi: any, functionName: string, args: unknown[] = []) =>
    client.readContract({ address, abi, functionName, args, blockNumber } as never) as Promise<T>;
  const expect = (what: string, got: string | number | bigint | undefined | null, want: bigint) => {
    if (got === undefined || got === null || BigInt(got) !== want) problems.push(`${what}: API ${got}, chain ${want}`);
  };

  const [claimsCredits, reportsCredits, unclaimedPayouts, unclaimedRefunds, owedToClaims, owedToReports, totalOwed, claimCount, reportCount] = await Promise.all([
    read<bigint>(c.claims, claimsManagerAbi, 'pendingCredits'),
    read<bigint>(c.reports, fraudReportsAbi, 'pendingCredits'),
    read<bigint>(c.pool, mutualPoolAbi, 'unclaimedPayouts'),
    read<bigint>(c.reports, fraudReportsAbi, 'unclaimedRefunds'),
    read<bigint>(c.registry, witnessRegistryAbi, 'owedTo', [c.claims]),
    read<bigint>(c.registry, witnessRegistryAbi, 'owedTo', [c.reports]),
    read<bigint>(c.registry, witnessRegistryAbi, 'totalOwed'),
    read<bigint>(c.claims, claimsManagerAbi, 'claimCount'),
    read<bigint>(c.reports, fraudReportsAbi, 'reportCount'),
  ]);

  // The totals, as /api/stats and /api/waiting give them.
  const stats: any = await api(url, '/api/stats');
  const waiting: any = await api(url, '/api/waiting?limit=500');
  for (const [where, w] of [['stats money.waitingForToken', stats.money.waitingForToken], ['waiting totals', waiting.totals]] as const) {
    expect(`${where}.pendingCredits.claimsManager`, w.pendingCredits.claimsManager, claimsCredits);
    expect(`${where}.pendingCredits.fraudReports`, w.pendingCredits.fraudReports, reportsCredits);
    expect(`${where}.pendingCredits.total`, w.pendingCredits.total, claimsCredits + reportsCredits);
    expect(`${where}.unclaimedPayouts`, w.unclaimedPayouts, unclaimedPayouts);
    expect(`${where}.unclaimedRefunds`, w.unclaimedRefunds, unclaimedRefunds);
    expect(`${where}.total`, w.total, claimsCredits + reportsCredits + unclaimedPayouts + unclaimedRefunds);
    expect(`${where}.owedStake.toClaimsManager`, w.owedStake.toClaimsManager, owedToClaims);
    expect(`${where}.owedStake.toFraudReports`, w.owedStake.toFraudReports, owedToReports);
    expect(`${where}.owedStake.total`, w.owedStake.total, totalOwed);
  }
  for (const list of ['pendingCredits', 'owedStakes', 'payouts', 'refunds']) if (waiting[list].more) problems.push(`/api/waiting ${list}: more than 500 items in a test?`);

  // Every claim's pending credit: the claims manager's for the claim plus FraudReports' for each of its reports.
  const reportClaim = new Map<bigint, bigint>();
  const reportCredit = new Map<bigint, bigint>();
  for (let id = 1n; id <= reportCount; id++) {
    const [r, pending] = await Promise.all([
      read<{ claimId: bigint }>(c.reports, fraudReportsAbi, 'report', [id]),
      read<bigint>(c.reports, fraudReportsAbi, 'pendingCredit', [id]),
    ]);
    reportClaim.set(id, r.claimId);
    reportCredit.set(id, pending);
    const listed = waiting.pendingCredits.items.find((x: any) => x.source === 'FraudReports' && BigInt(x.reportId) === id);
    expect(`/api/waiting pending credit of report ${id}`, listed?.pending ?? '0', pending);
  }
  let owedStakeOfClaims = 0n;
  for (let id = 1n; id <= claimCount; id++) {
    const own = await read<bigint>(c.claims, claimsManagerAbi, 'pendingCredit', [id]);
    const ofReports = [...reportClaim].filter(([, claimId]) => claimId === id).reduce((sum, [reportId]) => sum + reportCredit.get(reportId)!, 0n);
    const listed = waiting.pendingCredits.items.find((x: any) => x.source === 'ClaimsManager' && BigInt(x.claimId) === id);
    expect(`/api/waiting pending credit of claim ${id} (claims manager)`, listed?.pending ?? '0', own);
    const claim: any = await api(url, `/api/claims/${id}`);
    expect(`claim ${id} waiting.pendingCredit`, claim.waiting.pendingCredit, own + ofReports);
    expect(`claim ${id} pendingCredit`, claim.pendingCredit, own + ofReports);
    const rowsPending = claim.waiting.credits.reduce((sum: bigint, x: any) => sum + BigInt(x.pending), 0n);
    expect(`claim ${id} waiting.credits (Σ pending)`, rowsPending, own + ofReports);
    const unpaid = claim.waiting.owedStakes.filter((x: any) => !x.paid).reduce((sum: bigint, x: any) => sum + BigInt(x.amount), 0n);
    expect(`claim ${id} waiting.owedStake vs its unpaid rows`, claim.waiting.owedStake, unpaid);
    owedStakeOfClaims += unpaid;
  }
  // The registry keeps no owed stake per claim: the claims' parts add up to what it owes.
  if (owedStakeOfClaims !== totalOwed) problems.push(`Σ claims' owed stake ${owedStakeOfClaims}, registry totalOwed ${totalOwed}`);
  const listedOwed = waiting.owedStakes.items.reduce((sum: bigint, x: any) => sum + BigInt(x.amount), 0n);
  if (listedOwed !== totalOwed) problems.push(`/api/waiting owedStakes add up to ${listedOwed}, registry totalOwed ${totalOwed}`);

  // What is kept for each address that ever had a transfer refused (from the chain's logs, not the index).
  const logs = async (address: Address, abi: any, eventName: string) =>
    (await client.getContractEvents({ address, abi, eventName, fromBlock: 0n, toBlock: blockNumber } as never)) as unknown as { args: Record<string, any> }[];
  const [made, deferred] = await Promise.all([logs(c.pool, mutualPoolAbi, 'PaymentMade'), logs(c.reports, fraudReportsAbi, 'ReporterPaymentDeferred')]);
  const payees = [...new Set(made.filter((l) => !l.args.transferred).map((l) => getAddress(l.args.recipient)))];
  const reporters = [...new Set(deferred.map((l) => getAddress(l.args.reporter)))];
  for (const payee of payees) {
    const want = await read<bigint>(c.pool, mutualPoolAbi, 'unclaimedPayoutOf', [payee]);
    const listed = waiting.payouts.items.find((x: any) => getAddress(x.payee) === payee);
    expect(`/api/waiting payout kept for ${payee}`, listed?.amount ?? '0', want);
    const member = await fetch(`${url}/api/members/${payee}`);
    if (member.status === 200) expect(`/api/members/${payee} held.payouts`, ((await member.json()) as any).held.payouts, want);
  }
  for (const reporter of reporters) {
    const want = await read<bigint>(c.reports, fraudReportsAbi, 'unclaimedRefundOf', [reporter]);
    const listed = waiting.refunds.items.find((x: any) => getAddress(x.reporter) === reporter);
    expect(`/api/waiting refund kept for ${reporter}`, listed?.amount ?? '0', want);
  }
  if (waiting.payouts.items.length > payees.length) problems.push(`/api/waiting lists ${waiting.payouts.items.length} payees, the chain refused transfers to ${payees.length}`);
  if (waiting.refunds.items.length > reporters.length) problems.push(`/api/waiting lists ${waiting.refunds.items.length} reporters, the chain deferred ${reporters.length}`);

  // The reserves check: every contract, with the new terms, balances; the index's figures are the chain's.
  const reserves: any = await api(url, '/api/reserves');
  if (reserves.balanced !== true || reserves.difference !== '0') problems.push(`/api/reserves not balanced: ${JSON.stringify(reserves)}`);
  for (const x of reserves.contracts) if (x.difference !== '0') problems.push(`/api/reserves ${x.contract}: difference ${x.difference}`);
  const part = (contract: string, name: string) => reserves.contracts.find((x: any) => x.contract === contract)?.parts?.[name];
  expect('/api/reserves WitnessRegistry owedToModules', part('WitnessRegistry', 'owedToModules'), totalOwed);
  expect('/api/reserves FraudReports pendingCredits', part('FraudReports', 'pendingCredits'), reportsCredits);
  expect('/api/reserves ClaimsManager pendingCredits', part('ClaimsManager', 'pendingCredits'), claimsCredits);
  expect('/api/reserves FraudReports receivable', reserves.contracts.find((x: any) => x.contract === 'FraudReports')?.receivable, owedToReports);
  expect('/api/reserves ClaimsManager receivable', reserves.contracts.find((x: any) => x.contract === 'ClaimsManager')?.receivable, owedToClaims);
  const [bonds, fees] = await Promise.all([read<bigint>(c.reports, fraudReportsAbi, 'bondsHeld'), read<bigint>(c.reports, fraudReportsAbi, 'operatorFees')]);
  expect('/api/reserves index.supervisorBonds', reserves.index?.supervisorBonds, bonds);
  expect('/api/reserves index.operatorFees', reserves.index?.operatorFees, fees);
  expect('/api/reserves index.unclaimedRefunds', reserves.index?.unclaimedRefunds, unclaimedRefunds);
  expect('/api/reserves index.pendingCredits.total', reserves.index?.pendingCredits?.total, claimsCredits + reportsCredits);
  expect('/api/reserves index.owedStake.total', reserves.index?.owedStake?.total, totalOwed);
  return problems;
}
