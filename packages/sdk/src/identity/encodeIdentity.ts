import { type Hex, bytesToHex, concatBytes, hexToBytes, keccak256, stringToBytes } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import { parseResidentId } from './residentId.js';
import { requireWellFormed } from './wellFormed.js';

/** The version tag that opens every encoded identity. */
export const IDENTITY_VERSION = 'lashou-identity-v1';

/** Identity documents the encoding knows. `CN_RESIDENT_ID` is checked digit by digit; the others by shape. */
export const DOCUMENT_TYPES = ['CN_RESIDENT_ID', 'PASSPORT'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** What a person states about themselves. */
export type IdentityInput = {
  docType: DocumentType;
  /** The document number. For passports, prefix the issuing country: `CHN:E12345678`. */
  idNumber: string;
  /** The name exactly as on the document. */
  name: string;
};

/** An identity with its secret salt. */
export type IdentitySecret = IdentityInput & {
  /** 32 random bytes, hex. */
  salt: Hex;
};

/**
 * Normalises a name: Unicode NFC, surrounding white space (including the ideographic space U+3000)
 * trimmed, inner spaces kept as typed. Refuses ill-formed Unicode (lone surrogates), empty names and control characters.
 * @example
 * normaliseName('  Zoe\u0301 ') // 'Zoé' (one code point U+00E9)
 */
export function normaliseName(name: string): string {
  // Before NFC and UTF-8, which would turn every lone surrogate into U+FFFD (two names, one commitment).
  requireWellFormed(name, 'name.illFormed', 'name');
  const normalised = name.normalize('NFC').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (normalised === '') throw new InvalidInputError('name is empty: give the name exactly as on the document', { code: 'name.empty' });
  if (/[\u0000-\u001f\u007f-\u009f]/.test(normalised)) {
    throw new InvalidInputError('name contains control characters (tabs, line breaks): give it on one line as on the document', { code: 'name.controlCharacters' });
  }
  if ([...normalised].length > 200) throw new InvalidInputError('name is longer than 200 characters: check the input', { code: 'name.tooLong', params: { maximum: 200 } });
  return normalised;
}

/**
 * Normalises a document number for its type (see docs/identity.md).
 * @example
 * normaliseDocumentNumber('PASSPORT', 'chn:e12345678') // 'CHN:E12345678'
 */
export function normaliseDocumentNumber(docType: DocumentType, idNumber: string): string {
  requireWellFormed(idNumber, 'idNumber.illFormed', docType === 'PASSPORT' ? 'passport number' : 'resident ID number');
  switch (docType) {
    case 'CN_RESIDENT_ID':
      return parseResidentId(idNumber).idNumber;
    case 'PASSPORT': {
      const match = /^([A-Za-z]{3}):([A-Za-z0-9]{5,20})$/.exec(idNumber.trim());
      if (!match) {
        throw new InvalidInputError('passport number must be ISSUER:NUMBER, e.g. CHN:E12345678 (ISO 3166 alpha-3 issuer, 5–20 letters or digits)', { code: 'passport.format' });
      }
      return `${(match[1] as string).toUpperCase()}:${(match[2] as string).toUpperCase()}`;
    }
    default:
      throw new InvalidInputError(`unknown document type ${String(docType)}: use one of ${DOCUMENT_TYPES.join(', ')}`, { code: 'identity.documentType', params: { docType: String(docType), allowed: DOCUMENT_TYPES } });
  }
}

/**
 * Normalises every field of an identity (throws `InvalidInputError` naming the bad field).
 * @example
 * normaliseIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002x', name: ' 张三 ' })
 * // { docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name: '张三' }
 */
export function normaliseIdentity(input: IdentityInput): IdentityInput {
  if (!DOCUMENT_TYPES.includes(input.docType)) {
    throw new InvalidInputError(`unknown document type ${String(input.docType)}: use one of ${DOCUMENT_TYPES.join(', ')}`, { code: 'identity.documentType', params: { docType: String(input.docType), allowed: DOCUMENT_TYPES } });
  }
  return { docType: input.docType, idNumber: normaliseDocumentNumber(input.docType, input.idNumber), name: normaliseName(input.name) };
}

/**
 * The v1 byte encoding (docs/identity.md):
 * `"lashou-identity-v1" ‖ 0x00 ‖ docType ‖ 0x00 ‖ idNumber ‖ 0x00 ‖ NFC(name) ‖ 0x00 ‖ salt (32 bytes)`,
 * texts in UTF-8, after normalisation.
 * @example
 * encodeIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name: '张三', salt })
 */
export function encodeIdentity(identity: IdentitySecret): Uint8Array {
  const { docType, idNumber, name } = normaliseIdentity(identity);
  if (!/^0x[0-9a-fA-F]{64}$/.test(identity.salt)) throw new InvalidInputError('salt must be 32 bytes (64 hex digits after 0x)', { code: 'identity.salt' });
  const zero = new Uint8Array([0]);
  return concatBytes([
    stringToBytes(IDENTITY_VERSION), zero,
    stringToBytes(docType), zero,
    stringToBytes(idNumber), zero,
    stringToBytes(name), zero,
    hexToBytes(identity.salt),
  ]);
}

/**
 * The on-chain identity commitment: `keccak256(encodeIdentity(identity))`.
 * @example
 * const commitment = computeIdentityCommitment({ docType: 'CN_RESIDENT_ID', idNumber, name, salt })
 */
export function computeIdentityCommitment(identity: IdentitySecret): Hex {
  return keccak256(encodeIdentity(identity));
}

/**
 * 32 bytes from the platform's CSPRNG (`crypto.getRandomValues`).
 * @example
 * const salt = generateSalt() // '0x…' (64 hex digits)
 */
export function generateSalt(): Hex {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
}
