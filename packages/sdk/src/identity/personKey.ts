import { InvalidInputError } from '../errors/LashouError.js';
import { type IdentityInput, normaliseDocumentNumber } from './encodeIdentity.js';
import { parseResidentId } from './residentId.js';

/**
 * The canonical key of a person, from which the operator's nullifier is computed (docs/identity.md, "The person
 * key"): a PRC resident identity number whenever the person has one, else a passport `ISSUER:NUMBER` (never one
 * issued by CHN).
 */
export type PersonKey = { kind: 'CN_RESIDENT_ID' | 'PASSPORT'; number: string };

/** Options of {@link personKey}: what the operator read in the notarised documents besides the identity file. */
export type PersonKeyOptions = {
  /**
   * The person's PRC resident identity number (18 characters, GB 11643-1999). Required for a passport issued by CHN
   * (a PRC citizen has one); for a foreign passport, the number of a PRC permanent-residence card if the person holds
   * one; for a resident ID identity, only a cross-check (it must be the same number).
   */
  residentId?: string | undefined;
  /**
   * For a passport not issued by CHN and a person without a resident ID number: the earliest passport (`ISSUER:NUMBER`)
   * the person was known by in this pool. A renewed passport has a new number; the key stays the earlier one's.
   */
  previousPassport?: string | undefined;
};

/** The issuer of a normalised passport number `ISSUER:NUMBER`. */
const issuerOf = (passport: string) => passport.slice(0, passport.indexOf(':'));

function chinesePassportRefused(): never {
  throw new InvalidInputError(
    'a passport issued by CHN belongs to a PRC citizen, whose person key is the resident ID number: give the resident ID number from the notarised documents',
    { code: 'personKey.residentIdRequired' },
  );
}

/**
 * Validates and normalises a person key: a resident ID number as `parseResidentId` does, a passport as
 * `normaliseDocumentNumber` does; a passport issued by CHN is refused (its holder is keyed by the resident ID).
 * @example
 * normalisePersonKey({ kind: 'PASSPORT', number: 'gbr:123456789' }) // { kind: 'PASSPORT', number: 'GBR:123456789' }
 */
export function normalisePersonKey(person: PersonKey): PersonKey {
  if (person?.kind === 'CN_RESIDENT_ID') return { kind: 'CN_RESIDENT_ID', number: parseResidentId(person.number).idNumber };
  if (person?.kind === 'PASSPORT') {
    const number = normaliseDocumentNumber('PASSPORT', person.number);
    if (issuerOf(number) === 'CHN') chinesePassportRefused();
    return { kind: 'PASSPORT', number };
  }
  throw new InvalidInputError(`unknown person key kind ${String(person?.kind)}: use CN_RESIDENT_ID or PASSPORT`, { code: 'personKey.kind', params: { kind: String(person?.kind) } });
}

/**
 * The canonical person key of an identity (docs/identity.md, "The person key"), so that one person gets one
 * nullifier whatever document they joined with:
 * - a resident ID identity: its normalised number (`options.residentId`, if given, must be the same number);
 * - a passport issued by CHN: `options.residentId`, required (a PRC citizen has a resident ID number);
 * - another passport: `options.residentId` if given (a PRC permanent-residence number), else
 *   `options.previousPassport` if given (the earlier passport of a renewed one), else the passport itself.
 *
 * Error messages never repeat the numbers.
 * @example
 * personKey({ docType: 'PASSPORT', idNumber: 'CHN:E12345678', name: '张三' }, { residentId: '11010519491231002X' })
 * // { kind: 'CN_RESIDENT_ID', number: '11010519491231002X' }
 */
export function personKey(identity: IdentityInput, options: PersonKeyOptions = {}): PersonKey {
  const residentId = options.residentId === undefined ? undefined : parseResidentId(options.residentId).idNumber;
  const number = normaliseDocumentNumber(identity.docType, identity.idNumber);
  if (identity.docType === 'CN_RESIDENT_ID') {
    if (residentId !== undefined && residentId !== number) {
      throw new InvalidInputError('the resident ID number given differs from the one in the identity: check which one the notarised documents show', { code: 'personKey.residentIdMismatch' });
    }
    return { kind: 'CN_RESIDENT_ID', number };
  }
  if (issuerOf(number) === 'CHN') {
    if (residentId === undefined) chinesePassportRefused();
    return { kind: 'CN_RESIDENT_ID', number: residentId };
  }
  if (residentId !== undefined) return { kind: 'CN_RESIDENT_ID', number: residentId };
  if (options.previousPassport !== undefined) return normalisePersonKey({ kind: 'PASSPORT', number: options.previousPassport });
  return { kind: 'PASSPORT', number };
}
