import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

test('resident ID errors say what is wrong and where, never which digits: no two characters of the number in the message or params', () => {
  const cases = [
    { id: '990105194912310023', code: 'residentId.province' },
    { id: '530105195902300023', code: 'residentId.birthDate' }, // 30 February
    { id: '530105189912310023', code: 'residentId.birthDate' }, // before 1900
    { id: '530105290012310023', code: 'residentId.birthDateFuture' },
    { id: '530105195912310021', code: 'residentId.checksum' },
    { id: '５３０１０５１９５９１２３１００２１', code: 'residentId.checksum' }, // full-width: the ASCII digits are not echoed either
  ];
  for (const { id, code } of cases) {
    const ascii = id.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
    assert.throws(() => parseResidentId(id), (error: unknown) => {
      assert.ok(error instanceof InvalidInputError);
      assert.equal(error.code, code, id);
      const shown = `${error.message}\n${JSON.stringify(error.params)}`;
      for (const input of new Set([id, ascii])) {
        for (let i = 0; i + 2 <= input.length; i++) {
          assert.ok(!shown.includes(input.slice(i, i + 2)), `${code}: "${input.slice(i, i + 2)}" of the number appears in: ${shown}`);
        }
      }
      assert.match(error.message, code === 'residentId.province' ? /first two digits/ : code === 'residentId.checksum' ? /check digit/ : /digits 7 to 14/);
      return true;
    });
  }
});

test('ill-formed Unicode (lone surrogates) is refused in names and document numbers before any encoding', () => {
  // UTF-8 turns both lone surrogates into U+FFFD: accepted, they would give one commitment for two names.
  const salt = `0x${'11'.repeat(32)}` as Hex;
  for (const name of ['A\uD800', 'A\uDC00', '\uDC00\uD800', '张\uD83D三']) {
    assert.throws(() => normaliseName(name), (e: unknown) => e instanceof InvalidInputError && e.code === 'name.illFormed', JSON.stringify(name));
    assert.throws(() => createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name, salt }), (e: unknown) => e instanceof InvalidInputError && e.code === 'name.illFormed');
    assert.throws(() => encodeIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name, salt }), (e: unknown) => e instanceof InvalidInputError && e.code === 'name.illFormed');
  }
  // A well-formed pair (an emoji, a CJK Extension B character) is fine.
  assert.equal(normaliseName('𠀀 Li'), '𠀀 Li');
  assert.throws(() => createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X\uD800', name: '张三' }), (e: unknown) => e instanceof InvalidInputError && e.code === 'idNumber.illFormed');
  assert.throws(() => createIdentity({ docType: 'PASSPORT', idNumber: 'GBR:12345678\uDC00', name: 'Jane' }), (e: unknown) => e instanceof InvalidInputError && e.code === 'idNumber.illFormed');
  assert.throws(() => parseResidentId('\uD80011010519491231002X'), (e: unknown) => e instanceof InvalidInputError && e.code === 'idNumber.illFormed');
});

test('the salt store creates, never follows: a symbolic link at the path is refused, dangling or not, and nothing is written at its target', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lashou-id-'));
  try {
    const identity = createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name: '张三' });
    // A dangling link: writing through it would create the target.
    const target = join(dir, 'elsewhere.json');
    const dangling = join(dir, 'dangling.json');
    symlinkSync(target, dangling);
    for (const overwrite of [false, true]) {
      assert.throws(() => saveIdentity({ path: dangling, identity, overwrite }), (e: unknown) => e instanceof InvalidInputError && e.code === 'identityFile.symlink');
      assert.equal(existsSync(target), false, 'nothing is created at the target');
      assert.equal(readlinkSync(dangling), target, 'the link is left as it was');
    }
    // A link to an existing file: the file is not touched.
    const existing = join(dir, 'existing.txt');
    writeFileSync(existing, 'keep me\n');
    const link = join(dir, 'link.json');
    symlinkSync(existing, link);
    for (const overwrite of [false, true]) {
      assert.throws(() => saveIdentity({ path: link, identity, overwrite }), (e: unknown) => e instanceof InvalidInputError && e.code === 'identityFile.symlink');
      assert.equal(readFileSync(existing, 'utf8'), 'keep me\n');
      assert.ok(lstatSync(link).isSymbolicLink());
    }
    // overwrite: true replaces a regular file, still mode 0600, and leaves no temporary file behind.
    const path = join(dir, 'identity.json');
    writeFileSync(path, 'old\n', { mode: 0o644 });
    assert.throws(() => saveIdentity({ path, identity }), (e: unknown) => e instanceof InvalidInputError && e.code === 'identityFile.exists');
    assert.equal(readFileSync(path, 'utf8'), 'old\n');
    saveIdentity({ path, identity, overwrite: true });
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(loadIdentity(path).commitment, identity.commitment);
    assert.throws(() => saveIdentity({ path: dir, identity, overwrite: true }), (e: unknown) => e instanceof InvalidInputError && e.code === 'identityFile.notAFile');
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
