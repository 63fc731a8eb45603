import { claimsManagerAbi, mutualPoolAbi } from '@lashou/abi';
import type { Address, BlockNumber } from 'viem';
import { getContractEvents, readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { getClaim, type GetClaimReturnType } from './getClaim.js';
import { read } from './internal.js';

/** Parameters of {@link getClaimPayment}. */
export type GetClaimPaymentParameters = {
  claims: Address;
  claimId: bigint;
  /** The claim as `getClaim` returned it, to save reading it again. */
  claim?: GetClaimReturnType | undefined;
  /** First block to search for cancellations (default 0; `deployment.blockNumber` is always safe). */
  fromBlock?: BlockNumber | undefined;
};

/** One queued payment of a claim (its payout, or a witness's commission), in token units. */
export type ClaimPaymentLine = {
  paymentId: bigint;
  recipient: Address;
  /** What was queued. */
  amount: bigint;
  /** What the pool has paid of it. */
  paid: bigint;
  /** What it still owes (paid at the next settlements while the claim is approved). */
  outstanding: bigint;
  /** What was cancelled: the unpaid rest at the end of the payment window, or everything left after confirmed fraud. */
  cancelled: bigint;
};

/** How far the pool paid an approved claim, `undefined` for a claim that was never approved into the pool. */
export type GetClaimPaymentReturnType =
  | {
      payout: ClaimPaymentLine;
      /** The three witnesses' commissions (none when the commission was 0). */
      commissions: ClaimPaymentLine[];
      /** While the claim is approved (or under investigation from there): when whatever is unpaid gets cancelled. */
      paymentDeadline: bigint | undefined;
      /** Whether part of the payout was cancelled (the claim was closed paid in part, or ended by confirmed fraud). */
      inPart: boolean;
    }
  | undefined;

/**
 * How far the pool paid a claim: its payout and the witnesses' commissions, each paid, still owed and cancelled
 * (`PaymentReduced` events: the unpaid rest at the end of the payment window, or all of it after confirmed fraud),
 * and, while approved, its payment deadline.
 * @example
 * const payment = await getClaimPayment(publicClient, { claims, claimId })
 * if (payment?.inPart) console.log(`paid ${payment.payout.paid}, ${payment.payout.cancelled} short`)
 */
export async function getClaimPayment(client: LashouClient, parameters: GetClaimPaymentParameters): Promise<GetClaimPaymentReturnType> {
  const { claims, claimId } = parameters;
  const c = parameters.claim ?? (await getClaim(client, { claims, claimId }));
  if (c.approvedAmount === 0n) return undefined;
  const pool = await read(client, () => readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'pool' }));
  const ids = [c.paymentId, ...(c.commission === 0n ? [] : [c.paymentId + 1n, c.paymentId + 2n, c.paymentId + 3n])];
  const [payments, reductions] = await read(client, () =>
    Promise.all([
      Promise.all(ids.map((paymentId) => readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'payment', args: [paymentId] }))),
      getContractEvents(client, { address: pool, abi: mutualPoolAbi, eventName: 'PaymentReduced', args: { claimId }, fromBlock: parameters.fromBlock ?? 0n }),
    ]),
  );
  // Not queued yet (approved at review, waiting for the announcement to end): the ids do not belong to this claim.
  if (payments[0]!.claimId !== claimId || payments[0]!.recipient.toLowerCase() !== c.claimant.toLowerCase()) return undefined;
  const line = (k: number): ClaimPaymentLine => {
    const paymentId = ids[k]!;
    const amount = k === 0 ? c.approvedAmount : c.commission;
    const outstanding = BigInt(payments[k]!.remaining);
    const cancelled = reductions.filter((r) => r.args.paymentId === paymentId).reduce((sum, r) => sum + (r.args.cancelled ?? 0n), 0n);
    return { paymentId, recipient: payments[k]!.recipient, amount, paid: amount - outstanding - cancelled, outstanding, cancelled };
  };
  const payout = line(0);
  const approvedNow = c.state === 'Approved' || (c.state === 'UnderInvestigation' && c.resumeState === 'Approved');
  return {
    payout,
    commissions: ids.slice(1).map((_, k) => line(k + 1)),
    paymentDeadline: approvedNow ? c.deadline : undefined,
    inPart: payout.cancelled > 0n,
  };
}
