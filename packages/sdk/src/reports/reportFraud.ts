import { fraudReportsAbi, claimParametersAbi, claimsManagerAbi } from '@lashou/abi';
import { type Account, type Address, type Hash, type Hex, encodeAbiParameters, keccak256, parseEventLogs, toHex } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError, LashouError } from '../errors/LashouError.js';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { approveIfNeeded, poolOf, read, requireClaimId, requireHash } from '../claims/internal.js';
import { formatTimestamp } from '../amounts/formatTimestamp.js';

/** Parameters of {@link reportFraud}. */
export type ReportFraudParameters = {
  reports: Address;
  claimId: bigint;
  /** `hashDocument(...).hash` of the evidence (kept off chain, shown to the operator). */
  evidenceHash: Hex;
  /** The commitment's secret salt (32 bytes); default a fresh random one. Keep it until the evidence is revealed. */
  salt?: Hex | undefined;
  account?: Account | Address | undefined;
};
/**
 * The report's id, the bond posted, the investigation deadline, the salt and the reveal's transaction (the
 * report's own transaction is `hash`/`receipt`).
 */
export type ReportFraudReturnType = WriteResult & {
  reportId: bigint;
  bond: bigint;
  deadline: bigint;
  approvalHash: Hash | undefined;
  commitment: Hex;
  salt: Hex;
  revealHash: Hash;
};

/** What a reporter commits to: `keccak256(abi.encode(reporter, claimId, evidenceHash, salt))`, as `FraudReports.reportCommitment`. */
export function reportCommitment(parameters: { reporter: Address; claimId: bigint; evidenceHash: Hex; salt: Hex }): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'address' }, { type: 'uint256' }, { type: 'bytes32' }, { type: 'bytes32' }],
      [parameters.reporter, parameters.claimId, parameters.evidenceHash, parameters.salt],
    ),
  );
}

/** Parameters of {@link revealEvidence}. */
export type RevealEvidenceParameters = { reports: Address; reportId: bigint; evidenceHash: Hex; salt: Hex; account?: Account | Address | undefined };

/**
 * Reveals a report's evidence (the second half of {@link reportFraud}; use it again if that reveal did not go
 * through). Fraud can be confirmed only on a report whose evidence is revealed.
 * @example
 * await revealEvidence(client, { reports, reportId, evidenceHash, salt })
 */
export async function revealEvidence(client: LashouClient, parameters: RevealEvidenceParameters): Promise<WriteResult> {
  if (parameters.reportId <= 0n) throw new InvalidInputError(`report id ${parameters.reportId} is not valid: report ids start at 1`, { code: 'report.idInvalid', params: { reportId: parameters.reportId } });
  const evidenceHash = requireHash('evidence hash', parameters.evidenceHash);
  const salt = requireHash('salt', parameters.salt);
  return sendContractWrite(client, { address: parameters.reports, abi: fraudReportsAbi, functionName: 'revealEvidence', args: [parameters.reportId, evidenceHash, salt], account: parameters.account });
}

/**
 * A supervisor (any address; a fresh one for anonymity) reports fraud on an announced, approved or paid claim,
 * posting the report bond (approved automatically): it files a commitment to the evidence bound to its own address,
 * then reveals the evidence in a second transaction once the first is mined, so nobody can copy the report from
 * the mempool and take its reward.
 * @example
 * const { reportId, salt } = await reportFraud(supervisorClient, { reports, claimId, evidenceHash })
 */
export async function reportFraud(client: LashouClient, parameters: ReportFraudParameters): Promise<ReportFraudReturnType> {
  const { reports, account } = parameters;
  const claimId = requireClaimId(parameters.claimId);
  const evidenceHash = requireHash('evidence hash', parameters.evidenceHash);
  const salt = parameters.salt === undefined ? toHex(crypto.getRandomValues(new Uint8Array(32))) : requireHash('salt', parameters.salt);
  const reporter = accountAddress(resolveAccount(client, account));
  const commitment = reportCommitment({ reporter, claimId, evidenceHash, salt });
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
  const result = await sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'reportFraud', args: [claimId, commitment], account, pool });
  const [event] = parseEventLogs({ abi: fraudReportsAbi, logs: result.receipt.logs, eventName: 'FraudReported' });
  if (!event) throw new InvalidInputError(`transaction ${result.hash} emitted no FraudReported event`, { code: 'transaction.noEvent', params: { hash: result.hash, event: 'FraudReported' } });
  const reportId = event.args.reportId;
  let reveal: WriteResult;
  try {
    reveal = await revealEvidence(client, { reports, reportId, evidenceHash, salt, account });
  } catch (error) {
    // The report stands, but only this salt can reveal its evidence: never lose it with the error.
    const reason = error instanceof LashouError ? error.shortMessage : error instanceof Error ? error.message : String(error);
    const deadline = formatTimestamp(event.args.deadline);
    throw new LashouError(
      `report ${reportId} was filed but its evidence was not revealed (${reason}): reveal it before ${deadline} with salt ${salt} (lashou report reveal ${reportId} --evidence-hash ${evidenceHash} --salt ${salt}, or revealEvidence)`,
      { cause: error, code: 'report.revealFailed', params: { reportId, salt, evidenceHash, deadline, reason, commitment } },
    );
  }
  return { ...result, reportId, bond: event.args.bond, deadline: event.args.deadline, approvalHash: approval?.hash, commitment, salt, revealHash: reveal.hash };
}
