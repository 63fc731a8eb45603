import { claimsManagerAbi } from '@lashou/abi';
import type { Address, Hex } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { CLAIM_STATES, REVIEW_REASONS } from '../errors/contractErrors.js';
import type { LashouClient } from '../internal/client.js';
import { read } from './internal.js';

export type ClaimState = (typeof CLAIM_STATES)[number];
export type ReviewReason = (typeof REVIEW_REASONS)[number];
export const SLOT_STATUSES = ['Empty', 'Drawn', 'Accepted', 'Approved', 'Rejected'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

/** One of the three witness places of a claim. */
export type WitnessSlotView = { slot: number; witness: Address; status: SlotStatus; /** unix seconds, 0 when none */ deadline: bigint; reportHash: Hex };

/** Parameters of {@link getClaim}. */
export type GetClaimParameters = { claims: Address; claimId: bigint };
/** A claim with its state, amounts, witnesses and deadlines (amounts in token units). */
export type GetClaimReturnType = {
  claimId: bigint;
  claimant: Address;
  state: ClaimState;
  reason: ReviewReason;
  region: number;
  diagnosedAt: bigint;
  filedAt: bigint;
  /** The deadline of the current state (review, arbitration, announcement end, payment-window end while approved,
   *  report-window end once paid), 0 if none; under investigation, the deadline of the state it resumes. */
  deadline: bigint;
  requestedAmount: bigint;
  approvedAmount: bigint;
  commission: bigint;
  stakeLock: bigint;
  stakesSettled: boolean;
  documentHash: Hex;
  notary: Address;
  nullifier: Hex;
  randomnessRequest: bigint;
  paymentId: bigint;
  /** Fraud reports open on the claim (it is `UnderInvestigation` while any is). */
  openReports: bigint;
  /** While `UnderInvestigation`: the state it returns to once every open report is dismissed or expired (else `None`). */
  resumeState: ClaimState;
  witnesses: WitnessSlotView[];
  fullyPaid: boolean;
};

/**
 * Reads one claim: state, amounts, witnesses and deadlines. Throws `InvalidInputError` for an unknown id.
 * @example
 * const { state, witnesses } = await getClaim(publicClient, { claims, claimId: 1n })
 */
export async function getClaim(client: LashouClient, parameters: GetClaimParameters): Promise<GetClaimReturnType> {
  const { claims, claimId } = parameters;
  const [c, slots, fullyPaid, count] = await read(client, () =>
    Promise.all([
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'claim', args: [claimId] }),
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'witnessSlots', args: [claimId] }),
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'isFullyPaid', args: [claimId] }),
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'claimCount' }),
    ]),
  );
  if (c.state === 0) throw new InvalidInputError(`there is no claim ${claimId}: claim ids run from 1 to ${count} (lashou claim list)`, { code: 'claim.notFound', params: { claimId, count } });
  return {
    claimId,
    claimant: c.claimant,
    state: CLAIM_STATES[c.state] ?? 'None',
    reason: REVIEW_REASONS[c.reason] ?? 'None',
    region: c.region,
    diagnosedAt: BigInt(c.diagnosedAt),
    filedAt: BigInt(c.filedAt),
    deadline: BigInt(c.deadline),
    requestedAmount: c.requestedAmount,
    approvedAmount: c.approvedAmount,
    commission: c.commission,
    stakeLock: c.stakeLock,
    stakesSettled: c.stakesSettled,
    documentHash: c.documentHash,
    notary: c.notary,
    nullifier: c.nullifier,
    randomnessRequest: c.randomnessRequest,
    paymentId: c.paymentId,
    openReports: c.openReports,
    resumeState: c.state === 10 ? (CLAIM_STATES[c.resumeState] ?? 'None') : 'None',
    witnesses: slots.map((s, slot) => ({ slot, witness: s.witness, status: SLOT_STATUSES[s.status] ?? 'Empty', deadline: BigInt(s.deadline), reportHash: s.reportHash })),
    fullyPaid,
  };
}
