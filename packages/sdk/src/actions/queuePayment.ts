import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, parseEventLogs } from 'viem';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';

/** Parameters of {@link queuePayment}. */
export type QueuePaymentParameters = { pool: Address; claimId: bigint; recipient: Address; amount: bigint; account?: Account | Address | undefined };
/** The queued payment's id and epoch. */
export type QueuePaymentReturnType = WriteResult & { paymentId: bigint; epoch: bigint };

/**
 * Queues an approved claim's payment for the epoch now open. Needs CLAIMS_ROLE: the claims module holds it;
 * in tests a helper account may be granted it too (`deployLashou({ claimsOperator })`).
 * @example
 * await queuePayment(claimsClient, { pool, claimId: 1n, recipient: patient, amount: 1_000_000_000n })
 */
export async function queuePayment(client: LashouClient, parameters: QueuePaymentParameters): Promise<QueuePaymentReturnType> {
  const { pool, claimId, recipient, amount, account } = parameters;
  const result = await sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'queuePayment', args: [claimId, recipient, amount], account, pool });
  const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'PaymentQueued' });
  return { ...result, paymentId: event?.args.paymentId ?? 0n, epoch: event?.args.epoch ?? 0n };
}
