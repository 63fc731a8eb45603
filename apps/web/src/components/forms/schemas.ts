/**
 * Pure form logic shared by the pages (no React): amounts through the SDK's `parseAmount`, hashes, the notary's
 * attestation file and the identity file. Messages come from `msg(key, params)` so the pages say them in the
 * user's language and the tests can read the keys.
 */
import { z } from 'zod';
import { getAddress, isAddress, type Address, type Hex } from 'viem';
import {
  DIAGNOSIS_ATTESTATION_KIND,
  DIAGNOSIS_ATTESTATION_VERSION,
  IDENTITY_VERSION,
  DOCUMENT_TYPES,
  createDiagnosisAttestation,
  readDiagnosisAttestation,
  verifyDiagnosisAttestation,
  type DiagnosisAttestation,
  SALT_WARNING,
  computeIdentityCommitment,
  parseAmount,
  type CreateIdentityReturnType,
  type DocumentType,
} from '@lashou/sdk';

export type Msg = (key: string, params?: Record<string, unknown>) => string;

export const isHash = (text: string): boolean => /^0x[0-9a-fA-F]{64}$/.test(text);
export const isSignature = (text: string): boolean => /^0x[0-9a-fA-F]{130}$/.test(text);

/**
 * A typed amount → base units with the SDK's `parseAmount` (exact, in the token's decimals); thousands separators
 * (`1,000`) are allowed. Throws the SDK's error when the text is not an amount.
 */
export function parseTypedAmount(text: string, decimals: number, symbol?: string): bigint {
  return parseAmount(text.trim().replace(/,/g, ''), { decimals, symbol });
}

/**
 * A typed amount → base units with {@link parseTypedAmount}, then checked
 * against an optional minimum / maximum (base units). `formatMoney` phrases the limits in messages.
 */
export function amountSchema(options: {
  msg: Msg;
  decimals: number;
  symbol: string;
  min?: bigint | undefined;
  max?: bigint | undefined;
  positive?: boolean | undefined;
  formatMoney: (value: bigint) => string;
}) {
  const { msg, decimals, symbol, min, max, positive = true, formatMoney } = options;
  return z.string().transform((text, ctx) => {
    let value: bigint;
    try {
      value = parseTypedAmount(text, decimals, symbol);
    } catch {
      ctx.addIssue({ code: 'custom', message: text.trim() === '' ? msg('amount.empty') : msg('amount.invalid', { decimals, symbol }) });
      return z.NEVER;
    }
    if (positive && value <= 0n) {
      ctx.addIssue({ code: 'custom', message: msg('amount.positive') });
      return z.NEVER;
    }
    if (min !== undefined && value < min) {
      ctx.addIssue({ code: 'custom', message: msg('amount.belowMinimum', { min: formatMoney(min) }) });
      return z.NEVER;
    }
    if (max !== undefined && value > max) {
      ctx.addIssue({ code: 'custom', message: msg('amount.aboveMaximum', { max: formatMoney(max) }) });
      return z.NEVER;
    }
    return value;
  });
}

/** A region code 1–65535 (witness regions, claim regions). */
export function regionSchema(msg: Msg) {
  return z.string().transform((text, ctx) => {
    const value = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || value < 1 || value > 65_535) {
      ctx.addIssue({ code: 'custom', message: msg('region.invalid') });
      return z.NEVER;
    }
    return value;
  });
}

/** A 32-byte hash (0x + 64 hex digits). */
export function hashSchema(msg: Msg, key = 'hash.invalid') {
  return z
    .string()
    .refine((text) => isHash(text.trim()), { message: msg(key) })
    .transform((text) => text.trim() as Hex);
}

/** An address (any case; returned checksummed). */
export function addressSchema(msg: Msg) {
  return z
    .string()
    .refine((text) => isAddress(text.trim(), { strict: false }), { message: msg('address.invalid') })
    .transform((text) => getAddress(text.trim()) as Address);
}

/** A calendar date `YYYY-MM-DD` → unix seconds at UTC midnight, not in the future (`now` in seconds). */
export function dateToUnix(text: string): bigint | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(match[3])) return undefined;
  return BigInt(ms / 1000);
}

export function dateSchema(msg: Msg, now: () => bigint) {
  return z.string().transform((text, ctx) => {
    const value = dateToUnix(text);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: msg('date.invalid') });
      return z.NEVER;
    }
    if (value > now()) {
      ctx.addIssue({ code: 'custom', message: msg('date.future') });
      return z.NEVER;
    }
    return value;
  });
}

// ─── Identity file (same content as the SDK's saveIdentity / the CLI's `identity new`) ───

/** The JSON a member keeps: the identity, its salt and commitment, the SDK's warning and the creation time. */
export function identityFileContent(identity: CreateIdentityReturnType, createdAt: Date = new Date()) {
  return { ...identity, warning: SALT_WARNING, createdAt: createdAt.toISOString() };
}

/** The identity file as text, as `saveIdentity` writes it (two-space JSON, final newline). */
export function identityFileText(identity: CreateIdentityReturnType, createdAt: Date = new Date()): string {
  return `${JSON.stringify(identityFileContent(identity, createdAt), null, 2)}\n`;
}

/**
 * Reads an identity file (from the web app or the CLI) and re-checks it with the SDK: the version, the fields,
 * and that its commitment matches its contents. Throws an Error whose message is a `msg` text.
 */
export function parseIdentityFile(text: string, msg: Msg): CreateIdentityReturnType {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(msg('identityFile.notJson'));
  }
  if (record.version !== IDENTITY_VERSION) throw new Error(msg('identityFile.version', { version: String(record.version), expected: IDENTITY_VERSION }));
  if (
    !DOCUMENT_TYPES.includes(record.docType as DocumentType) ||
    typeof record.idNumber !== 'string' ||
    typeof record.name !== 'string' ||
    typeof record.salt !== 'string' ||
    !isHash(record.salt)
  ) {
    throw new Error(msg('identityFile.fields'));
  }
  const secret = { docType: record.docType as DocumentType, idNumber: record.idNumber, name: record.name, salt: record.salt as Hex };
  let commitment: Hex;
  try {
    commitment = computeIdentityCommitment(secret);
  } catch {
    throw new Error(msg('identityFile.fields'));
  }
  if (record.commitment !== undefined && record.commitment !== commitment) throw new Error(msg('identityFile.inconsistent'));
  return { version: IDENTITY_VERSION, ...secret, commitment };
}

// ─── The notary's attestation (what the notary page gives the claimant) ───
// The format is the SDK's (`lashou notary sign --out` writes the same file): here its problems become messages.

export const ATTESTATION_KIND = DIAGNOSIS_ATTESTATION_KIND;
export const ATTESTATION_VERSION = DIAGNOSIS_ATTESTATION_VERSION;
export type Attestation = DiagnosisAttestation;
export const attestationContent = createDiagnosisAttestation;
export const attestationSignedByNotary = verifyDiagnosisAttestation;

/** Reads the notary's attestation JSON (pasted or from a file); throws with a `msg` text when it is not one. */
export function parseAttestation(text: string, msg: Msg): Attestation {
  const read = readDiagnosisAttestation(text);
  if ('attestation' in read) return read.attestation;
  // A file of the notary page before the region was signed: the contract no longer accepts its signature.
  throw new Error(msg(read.problem.reason === 'notJson' ? 'attestation.notJson' : read.problem.reason === 'oldVersion' ? 'attestation.oldVersion' : 'attestation.invalid'));
}

/** Offers `text` as a file download named `name` (the browser keeps it; nothing is sent). */
export function downloadText(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
