import { claimsManagerAbi } from '@lashou/abi';
import { type Account, type Address, type Hex, isAddress, parseEventLogs } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite, requireHash } from './internal.js';

/** Parameters of {@link fileClaim}. */
export type FileClaimParameters = {
  claims: Address;
  /** `hashDocument(...).hash` of the notarised diagnosis (the document stays off chain). */
  documentHash: Hex;
  /** Diagnosis date, unix seconds (the member must have been covered then). */
  diagnosedAt: bigint;
  /** Amount asked, in token units (≤ the claim cap). */
  amount: bigint;
  /** Coarse region code (1–65535) where witnesses should come from. */
  region: number;
  /** The listed notary who signed, and its signature from `signDiagnosis`. */
  notary: Address;
  signature: Hex;
  account?: Account | Address | undefined;
};
/** The new claim's id and its review deadline. */
export type FileClaimReturnType = WriteResult & { claimId: bigint; reviewDeadline: bigint };

/**
 * Files a claim as the patient (a covered member), with the notary's signature over the diagnosis.
 * @example
 * const { signature, notary } = await signDiagnosis(notaryClient, { claims, claimant, documentHash, diagnosedAt })
 * const { claimId } = await fileClaim(memberClient, { claims, documentHash, diagnosedAt, amount: 5_000_000_000n, region: 110000, notary, signature })
 */
export async function fileClaim(client: LashouClient, parameters: FileClaimParameters): Promise<FileClaimReturnType> {
  const { claims, diagnosedAt, amount, region, notary, signature, account } = parameters;
  const documentHash = requireHash('document hash', parameters.documentHash);
  if (amount <= 0n) throw new InvalidInputError('the claim amount must be positive', { code: 'claim.amountNotPositive' });
  if (!Number.isInteger(region) || region < 1 || region > 65_535) throw new InvalidInputError(`region ${region} is not valid: give a region code from 1 to 65535`, { code: 'region.invalid', params: { region } });
  if (!isAddress(notary)) throw new InvalidInputError(`notary ${notary} is not an address`, { code: 'address.invalid', params: { name: 'notary', value: notary } });
  if (!/^0x[0-9a-fA-F]{130}$/.test(signature)) throw new InvalidInputError('the notary signature must be 65 bytes (0x + 130 hex digits)', { code: 'claim.signatureFormat' });
  const result = await claimsWrite(client, { claims, functionName: 'fileClaim', args: [documentHash, diagnosedAt, amount, BigInt(region), notary, signature], account });
  const [filed] = parseEventLogs({ abi: claimsManagerAbi, logs: result.receipt.logs, eventName: 'ClaimFiled' });
  if (!filed) throw new InvalidInputError(`transaction ${result.hash} emitted no ClaimFiled event: is ${claims} a ClaimsManager?`, { code: 'transaction.noEvent', params: { hash: result.hash, event: 'ClaimFiled', contract: claims, expected: 'ClaimsManager' } });
  return { ...result, claimId: filed.args.claimId, reviewDeadline: filed.args.reviewDeadline };
}
