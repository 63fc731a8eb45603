import { fraudReportsAbi } from '@lashou/abi';
import type { Address, Hex } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { CLAIM_STATES, REPORT_OUTCOMES } from '../errors/contractErrors.js';
import type { LashouClient } from '../internal/client.js';
import { read } from '../claims/internal.js';

/** Parameters of {@link getReport}. */
export type GetReportParameters = { reports: Address; reportId: bigint };
/** A fraud report. */
export type GetReportReturnType = {
  reportId: bigint; claimId: bigint; reporter: Address; bond: bigint; deadline: bigint;
  outcome: (typeof REPORT_OUTCOMES)[number]; resumeState: (typeof CLAIM_STATES)[number];
  /** What the reporter committed to when filing: `reportCommitment(reporter, claimId, evidenceHash, salt)`. */
  commitment: Hex;
  /** The evidence's hash once revealed (zero until then). */
  evidenceHash: Hex;
  /** Whether the evidence is revealed (fraud can be confirmed only then). */
  revealed: boolean;
  /** The first report on the claim that revealed the same evidence (this one, or an earlier one that the operator must
   *  confirm instead); undefined until revealed. */
  firstWithEvidence: bigint | undefined;
};

/**
 * Reads one fraud report. Throws `InvalidInputError` for an unknown id.
 * @example
 * const { outcome } = await getReport(publicClient, { reports, reportId: 1n })
 */
export async function getReport(client: LashouClient, parameters: GetReportParameters): Promise<GetReportReturnType> {
  const { reports, reportId } = parameters;
  const [r, count] = await read(client, () =>
    Promise.all([
      readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'report', args: [reportId] }),
      readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'reportCount' }),
    ]),
  );
  if (reportId < 1n || reportId > count) throw new InvalidInputError(`there is no report ${reportId}: report ids run from 1 to ${count}`, { code: 'report.notFound', params: { reportId, count } });
  const revealed = !/^0x0{64}$/.test(r.evidenceHash);
  const first = revealed
    ? await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'firstReportWithEvidence', args: [r.claimId, r.evidenceHash] }))
    : undefined;
  return {
    reportId, claimId: r.claimId, reporter: r.reporter, bond: r.bond, deadline: BigInt(r.deadline),
    outcome: REPORT_OUTCOMES[r.outcome] ?? 'Open', resumeState: CLAIM_STATES[r.resumeState] ?? 'None',
    commitment: r.commitment, evidenceHash: r.evidenceHash, revealed, firstWithEvidence: first,
  };
}
