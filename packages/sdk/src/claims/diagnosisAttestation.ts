import { type Address, type Hex, getAddress, isAddress, isAddressEqual, recoverTypedDataAddress } from 'viem';
import { diagnosisDomain, diagnosisTypes } from './signDiagnosis.js';

/**
 * The notary's attestation: what a notary gives the claimant after signing a diagnosis (the web app's notary page
 * downloads it, `lashou notary sign --out` writes it; the claim form and `lashou claim file --signed` read it). One
 * JSON format for both, so that a notary on one and a claimant on the other can hand it over.
 *
 * Version 2: the notary's statement covers the patient's region (`Diagnosis(claimant, documentHash, diagnosedAt,
 * region)`), because witnesses are drawn from it and the claimant must not choose it. A version 1 file (before the
 * region was signed) cannot be filed any more: the notary signs again.
 */
export const DIAGNOSIS_ATTESTATION_KIND = 'lashou-diagnosis-attestation';
export const DIAGNOSIS_ATTESTATION_VERSION = 2;

export type DiagnosisAttestation = {
  kind: typeof DIAGNOSIS_ATTESTATION_KIND;
  version: typeof DIAGNOSIS_ATTESTATION_VERSION;
  chainId: number;
  /** The ClaimsManager the signature is for (the EIP-712 domain's verifying contract). */
  claims: Address;
  notary: Address;
  claimant: Address;
  documentHash: Hex;
  /** unix seconds, as a decimal string (JSON has no bigint) */
  diagnosedAt: string;
  /** The patient's coarse region code (1–65535) as the notary attests it: the claim is filed with it. */
  region: number;
  signature: Hex;
};

/** The attestation of a signature made with `signDiagnosis`. */
export function createDiagnosisAttestation(a: Omit<DiagnosisAttestation, 'kind' | 'version' | 'diagnosedAt'> & { diagnosedAt: bigint }): DiagnosisAttestation {
  return { kind: DIAGNOSIS_ATTESTATION_KIND, version: DIAGNOSIS_ATTESTATION_VERSION, ...a, diagnosedAt: a.diagnosedAt.toString() };
}

/** Why a text is not an attestation: not JSON, a version 1 file (its region is not signed), or a field that is wrong. */
export type DiagnosisAttestationProblem = { reason: 'notJson' } | { reason: 'oldVersion' } | { reason: 'invalid'; field: string; expected: string };

const isHex = (bytes: number) => (v: unknown) => typeof v === 'string' && new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`).test(v);
const FIELDS: [keyof DiagnosisAttestation, string, (v: unknown) => boolean][] = [
  ['chainId', 'a chain id', (v) => Number.isSafeInteger(v) && (v as number) > 0],
  ['claims', 'an address', (v) => typeof v === 'string' && isAddress(v, { strict: false })],
  ['notary', 'an address', (v) => typeof v === 'string' && isAddress(v, { strict: false })],
  ['claimant', 'an address', (v) => typeof v === 'string' && isAddress(v, { strict: false })],
  ['documentHash', 'a 32-byte hash', isHex(32)],
  ['diagnosedAt', 'unix seconds as a decimal string', (v) => typeof v === 'string' && /^\d{1,20}$/.test(v)],
  ['region', 'a region code from 1 to 65535', (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65_535],
  ['signature', 'a 65-byte signature', isHex(65)],
];

/**
 * Reads an attestation from its JSON text: the attestation (addresses checksummed), or what is wrong with it.
 * @example
 * const read = readDiagnosisAttestation(text)
 * if ('problem' in read) … else await verifyDiagnosisAttestation(read.attestation)
 */
export function readDiagnosisAttestation(text: string): { attestation: DiagnosisAttestation } | { problem: DiagnosisAttestationProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: { reason: 'notJson' } };
  }
  const record = (value ?? {}) as Record<string, unknown>;
  if (typeof value !== 'object' || record.kind !== DIAGNOSIS_ATTESTATION_KIND) return { problem: { reason: 'invalid', field: 'kind', expected: `"${DIAGNOSIS_ATTESTATION_KIND}"` } };
  if (record.version === 1) return { problem: { reason: 'oldVersion' } };
  if (record.version !== DIAGNOSIS_ATTESTATION_VERSION) return { problem: { reason: 'invalid', field: 'version', expected: String(DIAGNOSIS_ATTESTATION_VERSION) } };
  for (const [field, expected, valid] of FIELDS) if (!valid(record[field])) return { problem: { reason: 'invalid', field, expected } };
  const a = record as unknown as DiagnosisAttestation;
  return {
    attestation: {
      kind: DIAGNOSIS_ATTESTATION_KIND, version: DIAGNOSIS_ATTESTATION_VERSION, chainId: a.chainId, claims: getAddress(a.claims), notary: getAddress(a.notary),
      claimant: getAddress(a.claimant), documentHash: a.documentHash, diagnosedAt: a.diagnosedAt, region: a.region, signature: a.signature,
    },
  };
}

/**
 * Whether the attestation's signature is the notary's over exactly its fields (claimant, document hash, date and
 * region), as `ClaimsManager` checks it: a region (or any field) edited in the file after signing fails here,
 * before the member spends gas on a claim the contract would refuse.
 */
export async function verifyDiagnosisAttestation(a: DiagnosisAttestation): Promise<boolean> {
  try {
    const signer = await recoverTypedDataAddress({
      domain: diagnosisDomain(a.chainId, a.claims),
      types: diagnosisTypes,
      primaryType: 'Diagnosis',
      message: { claimant: a.claimant, documentHash: a.documentHash, diagnosedAt: BigInt(a.diagnosedAt), region: BigInt(a.region) },
      signature: a.signature,
    });
    return isAddressEqual(signer, a.notary);
  } catch {
    return false;
  }
}
