import { fraudReportsAbi } from '@lashou/abi';
import type { Account, Address, Hash } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { approveIfNeeded, poolOf, read, requireClaimId } from '../claims/internal.js';

/** Parameters of {@link recordRecovery}. */
export type RecordRecoveryParameters = { reports: Address; claimId: bigint; /** Recovered amount in token units, paid by the operator and credited to all members. */ amount: bigint; account?: Account | Address | undefined };
export type RecordRecoveryReturnType = WriteResult & { approvalHash: Hash | undefined };

/**
 * The operator records money recovered off chain for a fraud-confirmed claim; it is credited to all members.
 * @example
 * await recordRecovery(operatorClient, { reports, claimId, amount: 1_000_000_000n })
 */
export async function recordRecovery(client: LashouClient, parameters: RecordRecoveryParameters): Promise<RecordRecoveryReturnType> {
  const { reports, amount, account } = parameters;
  const claimId = requireClaimId(parameters.claimId);
  if (amount <= 0n) throw new InvalidInputError('the recovered amount must be positive', { code: 'recovery.amountNotPositive' });
  const [claims, token] = await read(client, () =>
    Promise.all([
      readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'claims' }),
      readContract(client, { address: reports, abi: fraudReportsAbi, functionName: 'token' }),
    ]),
  );
  const pool = await poolOf(client, claims);
  const approval = await approveIfNeeded(client, { token, spender: reports, amount, account });
  const result = await sendContractWrite(client, { address: reports, abi: fraudReportsAbi, functionName: 'recordRecovery', args: [claimId, amount], account, pool });
  return { ...result, approvalHash: approval?.hash };
}
