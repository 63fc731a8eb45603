import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import type { Hex } from 'viem';
import { computeNullifier, NULLIFIER_VERSION } from '../claims/computeNullifier.js';
import { InvalidInputError } from '../errors/LashouError.js';
import { describeError } from '../errors/describeError.js';
import { normalisePersonKey, personKey } from './personKey.js';

const secret = `0x${'ab'.repeat(32)}` as Hex;
const RESIDENT_ID = '11010519491231002X';

/** The v2 nullifier, written out with node:crypto (not with the code under test). */
function reference(kind: string, number: string, generation: number, key: Hex = secret): Hex {
  const generationBytes = Buffer.alloc(4);
  generationBytes.writeUInt32BE(generation);
  const message = Buffer.concat([Buffer.from('lashou-nullifier-v2', 'utf8'), Buffer.from([0]), generationBytes, Buffer.from([0]), Buffer.from(kind, 'utf8'), Buffer.from([0]), Buffer.from(number, 'utf8')]);
  return `0x${createHmac('sha256', Buffer.from(key.slice(2), 'hex')).update(message).digest('hex')}`;
}

const refused = (code: string) => (error: unknown) => error instanceof InvalidInputError && error.code === code;

test('nullifier v2: fixed test vectors computed independently with node:crypto', () => {
  assert.equal(NULLIFIER_VERSION, 'lashou-nullifier-v2');
  const vector = computeNullifier({ person: { kind: 'CN_RESIDENT_ID', number: RESIDENT_ID }, operatorSecret: secret });
  assert.equal(vector, reference('CN_RESIDENT_ID', RESIDENT_ID, 1));
  assert.equal(vector, '0xdc856e0bab5b1106151566572a099c6ac1ef5e9f694f2c6862b0b6e99508b61d');
  const passport = computeNullifier({ person: { kind: 'PASSPORT', number: 'gbr:123456789' }, operatorSecret: secret, generation: 2 });
  assert.equal(passport, reference('PASSPORT', 'GBR:123456789', 2));
  assert.equal(passport, '0x1cf9ef32583760d29d9b596921adc15dd91829226d8e11b2f7703f270c7cb2a4');
});

test('one person, one nullifier: the resident ID card and a CHN passport with that resident ID give the same nullifier', () => {
  const card = personKey({ docType: 'CN_RESIDENT_ID', idNumber: '１１０１０５１９４９１２３１００２ｘ', name: '张三' });
  const passport = personKey({ docType: 'PASSPORT', idNumber: 'chn:e12345678', name: 'ZHANG SAN' }, { residentId: '11010519491231002x' });
  const renewed = personKey({ docType: 'PASSPORT', idNumber: 'CHN:EA9876543', name: 'Zhang San' }, { residentId: RESIDENT_ID });
  for (const person of [card, passport, renewed]) assert.deepEqual(person, { kind: 'CN_RESIDENT_ID', number: RESIDENT_ID });
  const byCard = computeNullifier({ person: card, operatorSecret: secret });
  assert.equal(computeNullifier({ person: passport, operatorSecret: secret }), byCard);
  assert.equal(computeNullifier({ person: renewed, operatorSecret: secret }), byCard);
  // The `identity` shorthand keys a resident ID card the same way.
  assert.equal(computeNullifier({ identity: { docType: 'CN_RESIDENT_ID', idNumber: RESIDENT_ID, name: '张三' }, operatorSecret: secret }), byCard);
  // A matching cross-check is accepted.
  assert.deepEqual(personKey({ docType: 'CN_RESIDENT_ID', idNumber: RESIDENT_ID, name: '张三' }, { residentId: '11010519491231002x' }), card);
});

test('a CHN passport without the resident ID number is refused, as a person key and through the identity shorthand', () => {
  const identity = { docType: 'PASSPORT' as const, idNumber: 'CHN:E12345678', name: 'ZHANG SAN' };
  assert.throws(() => personKey(identity), refused('personKey.residentIdRequired'));
  assert.throws(() => computeNullifier({ identity, operatorSecret: secret }), refused('personKey.residentIdRequired'));
  assert.throws(() => computeNullifier({ person: { kind: 'PASSPORT', number: 'CHN:E12345678' }, operatorSecret: secret }), refused('personKey.residentIdRequired'));
  assert.throws(() => personKey({ docType: 'PASSPORT', idNumber: 'GBR:123456789', name: 'A' }, { previousPassport: 'CHN:E12345678' }), refused('personKey.residentIdRequired'));
  try {
    personKey(identity);
  } catch (error) {
    assert.equal(
      describeError(error, { locale: 'en' }),
      'a passport issued by CHN belongs to a PRC citizen, whose person key is the resident ID number: give the resident ID number from the notarised documents',
    );
    assert.match(describeError(error, { locale: 'zh-CN' }), /居民身份证号码/);
  }
  // A bad resident ID number given with it is refused as such.
  assert.throws(() => personKey(identity, { residentId: '110105194912310021' }), refused('residentId.checksum'));
});

test('a resident ID given with a resident ID card must be the same number; the message does not repeat either number', () => {
  const other = '110105194912310038';
  assert.throws(
    () => personKey({ docType: 'CN_RESIDENT_ID', idNumber: RESIDENT_ID, name: '张三' }, { residentId: other }),
    (error: unknown) => {
      assert.ok(error instanceof InvalidInputError && error.code === 'personKey.residentIdMismatch');
      for (const number of [RESIDENT_ID, other]) {
        for (let i = 0; i + 4 <= number.length; i++) assert.ok(!error.message.includes(number.slice(i, i + 4)), error.message);
      }
      assert.deepEqual(error.params, {});
      return true;
    },
  );
});

test('foreign passports: keyed by the passport, by an earlier passport when renewed, or by a PRC resident ID number', () => {
  const renewed = { docType: 'PASSPORT' as const, idNumber: 'GBR:987654321', name: 'Jane Doe' };
  assert.deepEqual(personKey(renewed), { kind: 'PASSPORT', number: 'GBR:987654321' });
  const earlier = personKey({ docType: 'PASSPORT', idNumber: 'GBR:123456789', name: 'Jane Doe' });
  const viaPrevious = personKey(renewed, { previousPassport: 'gbr:123456789' });
  assert.deepEqual(viaPrevious, earlier);
  assert.equal(computeNullifier({ person: viaPrevious, operatorSecret: secret }), computeNullifier({ person: earlier, operatorSecret: secret }));
  assert.notEqual(computeNullifier({ person: personKey(renewed), operatorSecret: secret }), computeNullifier({ person: earlier, operatorSecret: secret }));
  assert.throws(() => personKey(renewed, { previousPassport: '123456789' }), refused('passport.format'));
  // A permanent resident: the resident ID number, whatever passport.
  assert.deepEqual(personKey(renewed, { residentId: RESIDENT_ID }), { kind: 'CN_RESIDENT_ID', number: RESIDENT_ID });
  assert.throws(() => normalisePersonKey({ kind: 'DRIVING_LICENCE' as never, number: 'x' }), refused('personKey.kind'));
});

test('the generation of the operator secret changes every nullifier; bad generations and secrets are refused', () => {
  const person = { kind: 'CN_RESIDENT_ID' as const, number: RESIDENT_ID };
  const one = computeNullifier({ person, operatorSecret: secret });
  assert.equal(computeNullifier({ person, operatorSecret: secret, generation: 1 }), one);
  const two = computeNullifier({ person, operatorSecret: secret, generation: 2 });
  assert.notEqual(two, one);
  assert.equal(two, reference('CN_RESIDENT_ID', RESIDENT_ID, 2));
  assert.notEqual(computeNullifier({ person, operatorSecret: `0x${'cd'.repeat(32)}` }), one);
  for (const generation of [0, -1, 1.5, 2 ** 32, Number.NaN]) assert.throws(() => computeNullifier({ person, operatorSecret: secret, generation }), refused('nullifier.generation'));
  assert.throws(() => computeNullifier({ person, operatorSecret: '0x1234' }), refused('nullifier.operatorSecret'));
});
