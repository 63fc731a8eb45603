import { InvalidInputError } from '../errors/LashouError.js';
import { requireWellFormed } from './wellFormed.js';

/** Province-level codes that open a real resident ID number (GB/T 2260), plus 81/82/83 for the residence
 *  permits of Hong Kong, Macao and Taiwan residents, which use the same 18-character format. */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': 'Beijing', '12': 'Tianjin', '13': 'Hebei', '14': 'Shanxi', '15': 'Inner Mongolia',
  '21': 'Liaoning', '22': 'Jilin', '23': 'Heilongjiang',
  '31': 'Shanghai', '32': 'Jiangsu', '33': 'Zhejiang', '34': 'Anhui', '35': 'Fujian', '36': 'Jiangxi', '37': 'Shandong',
  '41': 'Henan', '42': 'Hubei', '43': 'Hunan', '44': 'Guangdong', '45': 'Guangxi', '46': 'Hainan',
  '50': 'Chongqing', '51': 'Sichuan', '52': 'Guizhou', '53': 'Yunnan', '54': 'Tibet',
  '61': 'Shaanxi', '62': 'Gansu', '63': 'Qinghai', '64': 'Ningxia', '65': 'Xinjiang',
  '71': 'Taiwan', '81': 'Hong Kong', '82': 'Macao', '83': 'Taiwan (residence permit)',
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * The GB 11643-1999 check character (ISO 7064 MOD 11-2) of the first 17 digits.
 * @example
 * residentIdCheckCharacter('11010519491231002') // 'X'
 */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** A validated resident ID number. */
export type ResidentId = {
  /** The normalised number: 18 ASCII characters, a final `x` upper-cased. */
  idNumber: string;
  /** The province (or region) its first two digits name. */
  province: string;
  /** Date of birth, `YYYY-MM-DD`. */
  birthDate: string;
};

/**
 * Validates and normalises a Chinese resident identity card number (GB 11643-1999): 18 characters, a real
 * province code, a real birth date not in the future, and the check character.
 *
 * Full-width digits and `Ｘ`/`ｘ` (what Chinese input methods often type) are normalised to ASCII rather than
 * refused, so the same person always gets the same commitment; a lower-case `x` becomes `X`. Surrounding
 * spaces are trimmed; anything else (inner spaces, hyphens, other letters) is refused.
 * @example
 * parseResidentId('11010519491231002x') // { idNumber: '11010519491231002X', province: 'Beijing', birthDate: '1949-12-31' }
 */
export function parseResidentId(text: string, now: Date = new Date()): ResidentId {
  requireWellFormed(text, 'idNumber.illFormed', 'resident ID number');
  const ascii = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF38\uFF58x]/g, 'X');
  if (ascii.length !== 18) {
    const length = [...ascii].length;
    throw new InvalidInputError(`resident ID number must have 18 characters, this one has ${length}: check for a missing or extra digit`, { code: 'residentId.length', params: { length } });
  }
  if (!/^\d{17}[\dX]$/.test(ascii)) {
    throw new InvalidInputError('resident ID number must be 17 digits followed by a digit or X: remove spaces, hyphens and other letters', { code: 'residentId.characters' });
  }
  // Messages and params say what is wrong and where, never which digits: they end up in logs, screenshots and
  // support requests, and the birth date and province narrow down whose number it is.
  const province = PROVINCE_CODES[ascii.slice(0, 2)];
  if (!province) {
    throw new InvalidInputError('the first two digits of the resident ID number are no province code: check them', { code: 'residentId.province' });
  }
  const year = Number(ascii.slice(6, 10));
  const month = Number(ascii.slice(10, 12));
  const day = Number(ascii.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const birthDate = `${ascii.slice(6, 10)}-${ascii.slice(10, 12)}-${ascii.slice(12, 14)}`;
  if (year < 1900 || birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) {
    throw new InvalidInputError('digits 7 to 14 of the resident ID number (the date of birth, YYYYMMDD) are not a real date of birth (it does not exist, or is too early): check them', { code: 'residentId.birthDate' });
  }
  if (birth.getTime() > now.getTime()) {
    throw new InvalidInputError('digits 7 to 14 of the resident ID number (the date of birth, YYYYMMDD) give a date in the future: check them', { code: 'residentId.birthDateFuture' });
  }
  if (ascii[17] !== residentIdCheckCharacter(ascii.slice(0, 17))) {
    throw new InvalidInputError('resident ID number fails its check digit (the last character does not match the first 17 digits): check for a mistyped digit', { code: 'residentId.checksum' });
  }
  return { idNumber: ascii, province, birthDate };
}
