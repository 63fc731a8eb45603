import { InvalidInputError } from '../errors/LashouError.js';

/** A lone (unpaired) UTF-16 surrogate: what `String.prototype.isWellFormed` refuses. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when `text` is well-formed UTF-16 (no lone surrogate), as `String.prototype.isWellFormed` (ES2024) says; written
 * out so that it runs on every engine the SDK supports.
 */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * @internal Refuses a string with a lone surrogate before it is encoded: UTF-8 encoding replaces every lone surrogate
 * with U+FFFD, so `'A\uD800'` and `'A\uDC00'` would give the same bytes, and one commitment for two inputs.
 */
export function requireWellFormed(text: string, code: 'name.illFormed' | 'idNumber.illFormed', field: string): void {
  if (typeof text === 'string' && isWellFormedText(text)) return;
  if (code === 'name.illFormed') {
    throw new InvalidInputError('name contains ill-formed Unicode (a lone surrogate): type or paste the name from the document again', { code: 'name.illFormed' });
  }
  throw new InvalidInputError(`${field} contains ill-formed Unicode (a lone surrogate): type it again`, { code: 'idNumber.illFormed', params: { field } });
}
