import { fraudReportsAbi, claimParametersAbi, claimsManagerAbi } from '@lashou/abi';
import { type Account, type Address, type Hash, type Hex, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { approveIfNeeded, poolOf, read, requireClaimId, requireHash } from '../claims/internal.js';

/** Parameters of {@link reportFraud}. */
export type ReportFraudParameters = {
  reports: Address;
  claimId: bigint;
  /** `hashDocument(...).hash` of the evidence (kept off chain, shown to the operator). */
  evidenceHash: Hex;
  account?: Account | Address | undefined;
};
/** The report's id, the bond posted and the investigation deadline. */
export type ReportFraudReturnType = WriteResult & { reportId: bigint; bond: bigint; deadline: bigint; approvalHash: Hash | undefined };

/**
 * A supervisor (any address; a fresh one for anonymity) reports fraud on an announced or paid claim, posting
 * the report bond (approved automatically).
 * @example
 * const { reportId } = await reportFraud(supervisorClient, { reports, claimId, evidenceHash })
 */
export async function reportFraud(client: LashouClient, parameters: ReportFraudParameters): Promise<ReportFraudReturnType> {
  const { reports, account } = parameters;
  const claimId = requireClaimId(parameters.claimId);
  const evidenceHash = requireHash('evidence hash', parameters.evidenceHash);
  const claims = await read(client, () => readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'claims' }));
  const [params, token] = await read(client, () =>
    Promise.all([
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'parameters' }),
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'token' }),
    ]),
  );
  const bond = await read(client, () => readContract(client, { address: params, abi: claimParametersAbi, functionName: 'parameter', args: [11] }));
  const pool = await poolOf(client, claims);
  const approval = await approveIfNeeded(client, { token, spender: reports, amount: bond, account });
  const result = await sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'reportFraud', args: [claimId, evidenceHash], account, pool });
  const [event] = parseEventLogs({ abi: fraudReportsAbi, logs: result.receipt.logs, eventName: 'FraudReported' });
  if (!event) throw new InvalidInputError(`transaction ${result.hash} emitted no FraudReported event`, { code: 'transaction.noEvent', params: { hash: result.hash, event: 'FraudReported' } });
  return { ...result, reportId: event.args.reportId, bond: event.args.bond, deadline: event.args.deadline, approvalHash: approval?.hash };
}
