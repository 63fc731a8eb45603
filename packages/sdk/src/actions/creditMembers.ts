import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, type Hash, parseEventLogs, stringToHex } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { type LashouClient, resolveAccount } from '../internal/client.js';
import { prepareFunding } from '../internal/funds.js';
import { explain, sendContractWrite, type WriteResult } from '../internal/write.js';

/** Parameters of {@link creditMembers}. */
export type CreditMembersParameters = {
  pool: Address;
  amount: bigint;
  /** Short tag, at most 32 bytes (`SLASH`, `RECOVERY`, …). */
  reason: string;
  refId?: bigint | undefined;
  account?: Account | Address | undefined;
};
/** The credit and how it was shared. */
export type CreditMembersReturnType = WriteResult & { approvalHash: Hash | undefined; perMember: bigint; members: bigint; reserveAdded: bigint };

/**
 * Pays tokens in and credits them equally to every active member (CREDITOR_ROLE: slashed stakes, recoveries).
 * @example
 * await creditMembers(creditorClient, { pool, amount: 500_000_000n, reason: 'RECOVERY', refId: 7n })
 */
export async function creditMembers(client: LashouClient, parameters: CreditMembersParameters): Promise<CreditMembersReturnType> {
  const { pool, amount, refId = 0n } = parameters;
  if (new TextEncoder().encode(parameters.reason).length > 32) throw new InvalidInputError('reason must fit 32 bytes: use a short tag such as RECOVERY', { code: 'credit.reasonTooLong', params: { reason: parameters.reason } });
  const reason = stringToHex(parameters.reason, { size: 32 });
  const account = resolveAccount(client, parameters.account);
  let token: Address;
  try {
    token = await readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'token' });
  } catch (error) {
    throw await explain(client, error, { pool });
  }
  const approval = await prepareFunding(client, { token, pool, account, amount, poolCall: { functionName: 'creditMembers', args: [amount, reason, refId] } });
  const result = await sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'creditMembers', args: [amount, reason, refId], account, token });
  const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MembersCredited' });
  return { ...result, approvalHash: approval?.hash, perMember: event?.args.perMember ?? 0n, members: event?.args.members ?? 0n, reserveAdded: event?.args.reserveAdded ?? 0n };
}
