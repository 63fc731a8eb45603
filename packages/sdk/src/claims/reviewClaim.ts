import { type Account, type Address, type Hex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import { REVIEW_REASONS } from '../errors/contractErrors.js';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireClaimId, requireHash } from './internal.js';

/** Reasons an operator may reject a claim at review. */
export const REJECTION_REASONS = ['WaitingPeriod', 'NotCoveredIllness', 'DocumentsInvalid', 'DuplicatePerson', 'IdentityMismatch', 'AmountUnsupported', 'Other'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Parameters of {@link reviewClaim}: approve with an amount and the claimant's nullifier, or reject with a reason. */
export type ReviewClaimParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined } & (
  | { approve: true; /** Approved amount, ≤ the requested amount. */ amount: bigint; /** From `computeNullifier`. */ nullifier: Hex }
  | { approve: false; reason: RejectionReason; nullifier?: Hex | undefined }
);
export type ReviewClaimReturnType = WriteResult;

/**
 * The operator's review (OPERATOR_ROLE): approving requests the witness-draw randomness; rejecting closes the claim.
 * @example
 * await reviewClaim(operatorClient, { claims, claimId, approve: true, amount: 5_000_000_000n, nullifier })
 * await reviewClaim(operatorClient, { claims, claimId, approve: false, reason: 'DocumentsInvalid' })
 */
export async function reviewClaim(client: LashouClient, parameters: ReviewClaimParameters): Promise<ReviewClaimReturnType> {
  const { claims, account } = parameters;
  const claimId = requireClaimId(parameters.claimId);
  if (parameters.approve) {
    if (parameters.amount <= 0n) throw new InvalidInputError('the approved amount must be positive', { code: 'review.amountNotPositive' });
    const nullifier = requireHash('nullifier', parameters.nullifier);
    return claimsWrite(client, { claims, functionName: 'review', args: [claimId, true, parameters.amount, 0, nullifier], account });
  }
  if (!REJECTION_REASONS.includes(parameters.reason)) {
    throw new InvalidInputError(`reason ${String(parameters.reason)} is not a rejection reason: use one of ${REJECTION_REASONS.join(', ')}`, { code: 'review.reason', params: { reason: String(parameters.reason), allowed: REJECTION_REASONS } });
  }
  const reason = REVIEW_REASONS.indexOf(parameters.reason);
  return claimsWrite(client, { claims, functionName: 'review', args: [claimId, false, 0n, reason, parameters.nullifier ?? `0x${'0'.repeat(64)}`], account });
}
