import type { Account, Address, Hex, LocalAccount } from 'viem';
import { getChainId, signTypedData } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { type LashouClient, resolveAccount } from '../internal/client.js';
import { read, requireHash } from './internal.js';

/** Parameters of {@link signDiagnosis}. */
export type SignDiagnosisParameters = {
  /** The ClaimsManager (the EIP-712 verifying contract). */
  claims: Address;
  /** The member who will file the claim (the signature is bound to this address). */
  claimant: Address;
  /** `hashDocument(...).hash` of the notarised diagnosis. */
  documentHash: Hex;
  /** Diagnosis date, unix seconds. */
  diagnosedAt: bigint;
  /** The patient's coarse region code (1..65535) as the notary attests it: witnesses are drawn from it. */
  region: number;
  /** The notary's account (a local account signs offline; an address asks the node's wallet). */
  account?: Account | Address | undefined;
  /** The chain of the ClaimsManager. Given with a local account, nothing is read from the node: the notary signs offline. */
  chainId?: number | undefined;
};
/** The notary's signature and who signed. */
export type SignDiagnosisReturnType = { signature: Hex; notary: Address };

/** EIP-712 types of the notary's statement, exactly as `ClaimsManager.DIAGNOSIS_TYPEHASH`. */
export const diagnosisTypes = {
  Diagnosis: [
    { name: 'claimant', type: 'address' },
    { name: 'documentHash', type: 'bytes32' },
    { name: 'diagnosedAt', type: 'uint256' },
    { name: 'region', type: 'uint256' },
  ],
} as const;

/** EIP-712 domain of the notary's statement: `Lashou Claims` v1 on the ClaimsManager of chain `chainId`. */
export const diagnosisDomain = (chainId: number, claims: Address) => ({ name: 'Lashou Claims', version: '1', chainId, verifyingContract: claims }) as const;

/**
 * The notary's EIP-712 signature that the diagnosis document with `documentHash`, dated `diagnosedAt`, is
 * authentic for `claimant`, whose region is `region` (domain `Lashou Claims` v1 on the ClaimsManager). The notary
 * attests the region because witnesses are drawn from it: the claimant cannot choose it. Checked against the
 * contract's own `diagnosisDigest` in the tests. With `chainId` and a local account it reads nothing from the node.
 * @example
 * const { signature, notary } = await signDiagnosis(notaryClient, { claims, claimant, documentHash, diagnosedAt, region: 1 })
 */
export async function signDiagnosis(client: LashouClient, parameters: SignDiagnosisParameters): Promise<SignDiagnosisReturnType> {
  const { claims, claimant, diagnosedAt } = parameters;
  const documentHash = requireHash('document hash', parameters.documentHash);
  if (diagnosedAt <= 0n) throw new InvalidInputError('the diagnosis date must be a positive unix time', { code: 'diagnosis.date' });
  const region = parameters.region;
  if (!Number.isInteger(region) || region < 1 || region > 65_535) {
    throw new InvalidInputError(`region ${region} must be a whole number from 1 to 65535 (the patient's coarse region code)`, { code: 'claim.region', params: { region } });
  }
  const account = resolveAccount(client, parameters.account);
  if (parameters.chainId !== undefined && (!Number.isSafeInteger(parameters.chainId) || parameters.chainId < 1)) {
    throw new InvalidInputError(`chain id ${parameters.chainId} must be a positive whole number (the chain of the ClaimsManager, e.g. 1 or 31337)`, { code: 'diagnosis.chainId', params: { chainId: String(parameters.chainId) } });
  }
  const chainId = parameters.chainId ?? (await read(client, () => getChainId(client)));
  const message = { claimant, documentHash, diagnosedAt, region: BigInt(region) };
  const domain = diagnosisDomain(chainId, claims);
  const signature =
    typeof account === 'object' && 'signTypedData' in account && account.type === 'local'
      ? await (account as LocalAccount).signTypedData({ domain, types: diagnosisTypes, primaryType: 'Diagnosis', message })
      : await signTypedData(client, { account, domain, types: diagnosisTypes, primaryType: 'Diagnosis', message });
  return { signature, notary: typeof account === 'string' ? account : account.address };
}
