import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bytesToHex, type Hex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import { createIdentity } from './createIdentity.js';
import { computeIdentityCommitment, encodeIdentity, generateSalt, normaliseName, type DocumentType } from './encodeIdentity.js';
import { loadIdentity, saveIdentity } from './identityStore.js';
import { SALT_WARNING } from './saltWarning.js';
import { parseResidentId } from './residentId.js';

type Vectors = {
  valid: { description: string; input: { docType: DocumentType; idNumber: string; name: string; salt: Hex }; normalised: { idNumber: string; name: string }; encoding: Hex; commitment: Hex }[];
  invalid: { description: string; docType: DocumentType; idNumber: string; error: string }[];
};
const vectors = JSON.parse(readFileSync(new URL('../../test-vectors/identity.json', import.meta.url), 'utf8')) as Vectors;

test('identity vectors: encoding and commitment match the independently computed values', () => {
  assert.ok(vectors.valid.length >= 5);
  for (const vector of vectors.valid) {
    assert.equal(bytesToHex(encodeIdentity(vector.input)), vector.encoding, vector.description);
    assert.equal(computeIdentityCommitment(vector.input), vector.commitment, vector.description);
    const identity = createIdentity(vector.input);
    assert.equal(identity.idNumber, vector.normalised.idNumber, vector.description);
    assert.equal(identity.name, vector.normalised.name, vector.description);
  }
});

test('identity vectors: invalid numbers are refused with a message naming the problem', () => {
  for (const vector of vectors.invalid) {
    assert.throws(
      () => createIdentity({ docType: vector.docType, idNumber: vector.idNumber, name: '张三', salt: `0x${'11'.repeat(32)}` }),
      (error: Error) => error instanceof InvalidInputError && error.message.includes(vector.error),
      vector.description,
    );
  }
});

test('resident IDs: full-width digits are normalised, lower-case x upper-cased, province and birth date read', () => {
  const parsed = parseResidentId('１１０１０５１９４９１２３１００２ｘ');
  assert.deepEqual(parsed, { idNumber: '11010519491231002X', province: 'Beijing', birthDate: '1949-12-31' });
  assert.throws(() => parseResidentId('11010519491231002X', new Date('1949-12-30T00:00:00Z')), /in the future/);
  assert.throws(() => parseResidentId('110105 19491231002X'), /18 characters/);
});

test('names: NFC, trimmed, inner spaces kept, control characters refused', () => {
  assert.equal(normaliseName(' Zoe\u0301  Li\u3000'), 'Zo\u00e9  Li');
  assert.equal(normaliseName('Zoe\u0301'), normaliseName('Zo\u00e9'));
  assert.throws(() => normaliseName('   '), /name is empty/);
  assert.throws(() => normaliseName('Li\nWei'), /control characters/);
});

test('salts are 32 fresh bytes each time; the same person gets different commitments with different salts', () => {
  const salts = new Set(Array.from({ length: 50 }, generateSalt));
  assert.equal(salts.size, 50);
  for (const salt of salts) assert.match(salt, /^0x[0-9a-f]{64}$/);
  const one = createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name: '张三' });
  const two = createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name: '张三' });
  assert.notEqual(one.commitment, two.commitment);
});

test('the salt store writes mode 0600, refuses to overwrite, and reloads the same commitment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lashou-id-'));
  try {
    const path = join(dir, 'identity.json');
    const identity = createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name: '张三' });
    saveIdentity({ path, identity });
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.ok(readFileSync(path, 'utf8').includes('KEEP THIS FILE SAFE'));
    assert.ok(SALT_WARNING.includes('cannot prove'));
    assert.equal(loadIdentity(path).commitment, identity.commitment);
    assert.throws(() => saveIdentity({ path, identity }), /already exists/);
    assert.throws(() => loadIdentity(join(dir, 'missing.json')), /does not exist/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
