/**
 * The fraud report's two transactions, as the report page follows them (no React here, so the tests read it):
 * 1. the bond and a sealed commitment to the evidence (`reportFraud(claimId, commitment)`, an approval first if
 *    needed), 2. the evidence itself (`revealEvidence(reportId, evidenceHash, salt)`), sent once the first is mined.
 * Sealing first means nobody can copy the evidence hash from a pending transaction and take the reporter's
 * reward; the salt is what opens the seal, so the reporter keeps it until the evidence is revealed.
 */
import { fraudReportsAbi } from '@lashou/abi';
import { reportCommitment } from '@lashou/sdk';
import { getAddress, isAddress, parseEventLogs, parseTransaction, toFunctionSelector, type Address, type Hash, type Hex, type TransactionReceipt } from 'viem';
import { isHash, type Msg } from '../../components/forms/schemas';

/** Where one of the two transactions is. */
export type StepStatus = 'waiting' | 'signing' | 'pending' | 'done' | 'failed';

/** The report being filed: what the page knows before the first transaction and learns on the way. */
export type ReportFlow = {
  /** idle: nothing sent; running: under way; done: both mined; commitFailed: nothing posted (try again);
   *  revealFailed: the report and bond are on chain but the evidence is not revealed (retry the reveal). */
  phase: 'idle' | 'running' | 'done' | 'commitFailed' | 'revealFailed';
  commit: StepStatus;
  reveal: StepStatus;
  commitHash?: Hash | undefined;
  revealHash?: Hash | undefined;
  reportId?: bigint | undefined;
  /** The SDK's explanation of the failure, in the page's language. */
  message?: string | undefined;
};

export const IDLE: ReportFlow = { phase: 'idle', commit: 'waiting', reveal: 'waiting' };

/** What the wallet's client saw, or how the SDK call ended. */
export type FlowEvent =
  | { type: 'start' }
  /** A request carrying one of the report's calls: a simulation or an estimate (`sent: false`), or a transaction handed to the node with its hash. */
  | { type: 'request'; call: ReportCall; hash?: Hash | undefined }
  | { type: 'success'; reportId: bigint; commitHash: Hash; revealHash: Hash }
  /** The SDK call threw: `reportId` when the commitment was found mined (then only the reveal is missing). */
  | { type: 'failure'; message: string; reportId?: bigint | undefined }
  | { type: 'revealRetried'; hash: Hash | undefined };

/** The report's calls, told apart by their function selector. */
export type ReportCall = 'commit' | 'reveal';

const SELECTORS: Record<string, ReportCall> = {
  [toFunctionSelector('reportFraud(uint256,bytes32)')]: 'commit',
  [toFunctionSelector('revealEvidence(uint256,bytes32,bytes32)')]: 'reveal',
};

/** The call data of a JSON-RPC request, if it carries one (`eth_call`, `eth_estimateGas`, `eth_sendTransaction`, or a signed raw transaction). */
function callData(method: string, params: unknown): Hex | undefined {
  const first = Array.isArray(params) ? (params[0] as unknown) : undefined;
  if (method === 'eth_sendRawTransaction' && typeof first === 'string') {
    try {
      return parseTransaction(first as Hex).data;
    } catch {
      return undefined;
    }
  }
  if (method === 'eth_call' || method === 'eth_estimateGas' || method === 'eth_sendTransaction') {
    const data = (first as { data?: unknown; input?: unknown } | undefined)?.data ?? (first as { input?: unknown } | undefined)?.input;
    return typeof data === 'string' && data.startsWith('0x') ? (data as Hex) : undefined;
  }
  return undefined;
}

/** Which of the report's calls a request to the node carries, if any (the bond's approval and reads carry none). */
export function reportCallOf(method: string, params: unknown): ReportCall | undefined {
  const data = callData(method, params);
  return data && data.length >= 10 ? SELECTORS[data.slice(0, 10).toLowerCase()] : undefined;
}

/** Whether a request hands a transaction to the node (its answer is the transaction's hash). */
export const isSend = (method: string) => method === 'eth_sendTransaction' || method === 'eth_sendRawTransaction';

/** The flow after `event`. */
export function reportFlowStep(flow: ReportFlow, event: FlowEvent): ReportFlow {
  switch (event.type) {
    case 'start':
      return { phase: 'running', commit: 'signing', reveal: 'waiting' };
    case 'request':
      if (event.call === 'commit') {
        return event.hash ? { ...flow, commit: 'pending', commitHash: event.hash } : flow;
      }
      // The reveal is prepared only once the commitment is mined: step 1 is done.
      return event.hash
        ? { ...flow, commit: 'done', reveal: 'pending', revealHash: event.hash }
        : { ...flow, commit: 'done', reveal: flow.reveal === 'waiting' ? 'signing' : flow.reveal };
    case 'success':
      return { phase: 'done', commit: 'done', reveal: 'done', commitHash: event.commitHash, revealHash: event.revealHash, reportId: event.reportId };
    case 'failure':
      if (event.reportId !== undefined) {
        return { ...flow, phase: 'revealFailed', commit: 'done', reveal: 'failed', reportId: event.reportId, message: event.message };
      }
      return { ...flow, phase: 'commitFailed', commit: 'failed', reveal: 'waiting', message: event.message };
    case 'revealRetried':
      return { ...flow, phase: 'done', reveal: 'done', revealHash: event.hash ?? flow.revealHash, message: undefined };
  }
}

/** The report id of a mined `reportFraud` transaction (its `FraudReported` event), or undefined when it failed. */
export function reportIdOf(receipt: Pick<TransactionReceipt, 'status' | 'logs'>): bigint | undefined {
  if (receipt.status !== 'success') return undefined;
  const [event] = parseEventLogs({ abi: fraudReportsAbi, logs: receipt.logs, eventName: 'FraudReported' });
  return event?.args.reportId;
}

// ─── What the reporter keeps: the receipt of a report, with its salt ───

export const RECEIPT_KIND = 'lashou-report-receipt';

/** Everything needed to reveal the evidence later (and to show the operator which evidence a report sealed). */
export type ReportReceipt = {
  kind: typeof RECEIPT_KIND;
  version: 1;
  chainId: number;
  reports: Address;
  claimId: string;
  /** Known once the first transaction is mined. */
  reportId: string | null;
  reporter: Address;
  evidenceHash: Hex;
  /** The secret that opens the commitment: keep it until the evidence is revealed. */
  salt: Hex;
  commitment: Hex;
};

export function reportReceipt(r: { chainId: number; reports: Address; claimId: bigint; reportId?: bigint | undefined; reporter: Address; evidenceHash: Hex; salt: Hex }): ReportReceipt {
  return {
    kind: RECEIPT_KIND,
    version: 1,
    chainId: r.chainId,
    reports: r.reports,
    claimId: r.claimId.toString(),
    reportId: r.reportId === undefined ? null : r.reportId.toString(),
    reporter: r.reporter,
    evidenceHash: r.evidenceHash,
    salt: r.salt,
    commitment: reportCommitment({ reporter: r.reporter, claimId: r.claimId, evidenceHash: r.evidenceHash, salt: r.salt }),
  };
}

/** Reads a report receipt (the file the report page offers); throws with a `msg` text when it is not one or does not add up. */
export function parseReportReceipt(text: string, msg: Msg): ReportReceipt {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(msg('receipt.notJson'));
  }
  const ok =
    value !== null &&
    typeof value === 'object' &&
    value.kind === RECEIPT_KIND &&
    value.version === 1 &&
    typeof value.chainId === 'number' &&
    typeof value.reports === 'string' &&
    isAddress(value.reports, { strict: false }) &&
    typeof value.reporter === 'string' &&
    isAddress(value.reporter, { strict: false }) &&
    typeof value.claimId === 'string' &&
    /^\d+$/.test(value.claimId) &&
    (value.reportId === null || (typeof value.reportId === 'string' && /^\d+$/.test(value.reportId))) &&
    typeof value.evidenceHash === 'string' &&
    isHash(value.evidenceHash) &&
    typeof value.salt === 'string' &&
    isHash(value.salt);
  if (!ok) throw new Error(msg('receipt.invalid'));
  const receipt = reportReceipt({
    chainId: value.chainId as number,
    reports: getAddress(value.reports as string),
    claimId: BigInt(value.claimId as string),
    reportId: value.reportId === null ? undefined : BigInt(value.reportId as string),
    reporter: getAddress(value.reporter as string),
    evidenceHash: value.evidenceHash as Hex,
    salt: value.salt as Hex,
  });
  // The commitment is recomputed: a receipt whose salt or evidence was edited says so here.
  if (typeof value.commitment === 'string' && value.commitment.toLowerCase() !== receipt.commitment.toLowerCase()) throw new Error(msg('receipt.inconsistent'));
  return receipt;
}

// ─── Whether a claim takes reports now (ClaimsManager.openInvestigation) ───

/**
 * Whether a claim takes a fraud report now, as `ClaimsManager.openInvestigation` decides: an approved claim until it
 * is marked paid (its instalments included); an announced one until the announcement ends; a paid one until the
 * fraud-report window ends (while its stakes are not settled). A claim under investigation takes more reports on the
 * same terms as the state it will return to (several reports may be open at once). `until` is the last second, or
 * undefined when the window has no fixed end (approved: until marked paid).
 */
export function reportWindow(c: { state: string; resumeState: string; deadline: bigint; stakesSettled: boolean }, now: bigint): { open: boolean; until?: bigint | undefined } {
  const resume = c.state === 'UnderInvestigation' ? c.resumeState : c.state;
  if (resume === 'Approved') return { open: true };
  if (resume === 'Announced' || (resume === 'Paid' && !c.stakesSettled)) return { open: now <= c.deadline, until: c.deadline };
  return { open: false };
}
