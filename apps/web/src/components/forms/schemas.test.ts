import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SALT_WARNING, createIdentity, diagnosisTypes } from '@lashou/sdk';
import { privateKeyToAccount } from 'viem/accounts';
import { createWalletClient, http } from 'viem';
import { foundry } from 'viem/chains';
import {
  amountSchema,
  attestationContent,
  attestationSignedByNotary,
  dateSchema,
  dateToUnix,
  identityFileContent,
  identityFileText,
  isHash,
  isSignature,
  parseAttestation,
  parseIdentityFile,
  regionSchema,
  hashSchema,
  addressSchema,
} from './schemas.ts';

/** The message keys themselves, with their parameters, so the tests read what a page would say. */
const msg = (key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key);
const money = (v: bigint) => `${v} units`;
const SALT = `0x${Array.from({ length: 32 }, (_, i) => (i + 1).toString(16).padStart(2, '0')).join('')}` as const;

test('amountSchema parses exactly in the token decimals with the SDK and says what is wrong', () => {
  const schema = amountSchema({ msg, decimals: 6, symbol: 'tUSD', min: 10_000_000n, formatMoney: money });
  assert.equal(schema.parse('12.5'), 12_500_000n);
  assert.equal(schema.parse(' 1,000 '), 1_000_000_000n);
  assert.equal(schema.parse('10.000001'), 10_000_001n);
  const issue = (text: string) => schema.safeParse(text).error?.issues[0]?.message;
  assert.equal(issue(''), 'amount.empty');
  assert.match(issue('1.2345678') ?? '', /^amount\.invalid/);
  assert.match(issue('-5') ?? '', /^amount\.invalid/);
  assert.match(issue('1e3') ?? '', /^amount\.invalid/);
  assert.equal(issue('0'), 'amount.positive');
  assert.equal(issue('9.99'), 'amount.belowMinimum {"min":"10000000 units"}');
  const capped = amountSchema({ msg, decimals: 2, symbol: 'X', max: 500n, formatMoney: money });
  assert.equal(capped.safeParse('5.01').error?.issues[0]?.message, 'amount.aboveMaximum {"max":"500 units"}');
  assert.equal(capped.parse('5'), 500n);
});

test('regions, hashes, addresses and dates', () => {
  const region = regionSchema(msg);
  assert.equal(region.parse('1'), 1);
  assert.equal(region.parse('65535'), 65_535);
  for (const bad of ['0', '65536', '1.5', 'abc', '']) assert.equal(region.safeParse(bad).error?.issues[0]?.message, 'region.invalid');
  assert.ok(isHash(`0x${'ab'.repeat(32)}`));
  assert.ok(!isHash(`0x${'ab'.repeat(31)}`));
  assert.ok(isSignature(`0x${'cd'.repeat(65)}`));
  assert.equal(hashSchema(msg).safeParse('0x12').error?.issues[0]?.message, 'hash.invalid');
  assert.equal(addressSchema(msg).parse('0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266'), '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
  assert.equal(dateToUnix('2026-11-20'), 1_795_132_800n);
  assert.equal(dateToUnix('2026-02-30'), undefined);
  const date = dateSchema(msg, () => 1_795_132_800n);
  assert.equal(date.parse('2026-11-20'), 1_795_132_800n);
  assert.equal(date.safeParse('2026-11-21').error?.issues[0]?.message, 'date.future');
  assert.equal(date.safeParse('20/11/2026').error?.issues[0]?.message, 'date.invalid');
});

test('the identity file has the content of the SDK/CLI identity file and reads back', () => {
  const identity = createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: '11010519491231002X', name: '张三', salt: SALT });
  assert.equal(identity.commitment, '0x63cd8b1cba518850b5dc0bda24a895887a0da3919c2e6b221f835c12b6b86532'); // docs/identity.md test vector
  const when = new Date('2026-11-29T12:00:00.000Z');
  const content = identityFileContent(identity, when);
  assert.deepEqual(Object.keys(content), ['version', 'docType', 'idNumber', 'name', 'salt', 'commitment', 'warning', 'createdAt']);
  assert.equal(content.warning, SALT_WARNING);
  assert.equal(content.createdAt, '2026-11-29T12:00:00.000Z');
  const text = identityFileText(identity, when);
  assert.ok(text.endsWith('}\n'));
  assert.deepEqual(parseIdentityFile(text, msg), identity);
  // A CLI file without the commitment reads too; a tampered one is refused.
  const { commitment: _c, ...withoutCommitment } = JSON.parse(text) as Record<string, unknown>;
  assert.equal(parseIdentityFile(JSON.stringify(withoutCommitment), msg).commitment, identity.commitment);
  assert.throws(() => parseIdentityFile(JSON.stringify({ ...JSON.parse(text), name: '李四' }), msg), /identityFile\.inconsistent/);
  assert.throws(() => parseIdentityFile('not json', msg), /identityFile\.notJson/);
  assert.throws(() => parseIdentityFile(JSON.stringify({ ...JSON.parse(text), version: 'v0' }), msg), /identityFile\.version/);
  assert.throws(() => parseIdentityFile(JSON.stringify({ ...JSON.parse(text), salt: '0x12' }), msg), /identityFile\.fields/);
});

test("the notary's attestation carries the region it signs, round-trips, and its signature is checked", async () => {
  const notary = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
  const client = createWalletClient({ account: notary, chain: foundry, transport: http('http://127.0.0.1:1') });
  const claims = '0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6';
  const claimant = '0x90F79bf6EB2c4f870365E785982E1f101E93b906';
  const documentHash = `0x${'11'.repeat(32)}` as const;
  // signDiagnosis needs a chain (it reads the chain id and the contract); the same EIP-712 statement is signed here offline.
  const signature = await client.signTypedData({
    domain: { name: 'Lashou Claims', version: '1', chainId: 31337, verifyingContract: claims },
    types: diagnosisTypes,
    primaryType: 'Diagnosis',
    message: { claimant, documentHash, diagnosedAt: 1_795_132_800n, region: 7n },
  });
  const a = attestationContent({ chainId: 31337, claims, notary: notary.address, claimant, documentHash, diagnosedAt: 1_795_132_800n, region: 7, signature });
  assert.equal(a.diagnosedAt, '1795132800');
  assert.equal(a.version, 2);
  assert.equal(a.region, 7);
  const back = parseAttestation(JSON.stringify(a), msg);
  assert.deepEqual(back, a);
  assert.equal(await attestationSignedByNotary(back), true, 'the notary signed exactly these fields');
  // The region is signed: a file whose region was edited (to pick the witnesses' region) no longer verifies, nor one
  // whose date, document or claimant changed, nor one "signed" by another key.
  assert.equal(await attestationSignedByNotary({ ...back, region: 8 }), false);
  assert.equal(await attestationSignedByNotary({ ...back, diagnosedAt: '1795132801' }), false);
  assert.equal(await attestationSignedByNotary({ ...back, documentHash: `0x${'12'.repeat(32)}` }), false);
  assert.equal(await attestationSignedByNotary({ ...back, notary: claimant }), false);
  assert.equal(await attestationSignedByNotary({ ...back, signature: `0x${'00'.repeat(65)}` }), false);
  assert.throws(() => parseAttestation('{', msg), /attestation\.notJson/);
  assert.throws(() => parseAttestation(JSON.stringify({ ...a, signature: '0x12' }), msg), /attestation\.invalid/);
  assert.throws(() => parseAttestation(JSON.stringify({ ...a, kind: 'other' }), msg), /attestation\.invalid/);
  for (const region of [0, 65_536, 1.5, '7', undefined]) {
    assert.throws(() => parseAttestation(JSON.stringify({ ...a, region }), msg), /attestation\.invalid/, `region ${String(region)}`);
  }
  // A file of the notary page from before the region was signed says so, instead of failing on chain.
  const { region: _region, ...v1 } = a;
  assert.throws(() => parseAttestation(JSON.stringify({ ...v1, version: 1 }), msg), /attestation\.oldVersion/);
});
