import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Address, toHex, zeroHash } from 'viem';
import { type PermitProbe, permitDomainSeparator, resolvePermitSupport } from './getPermitSupport.js';
import { ALLOW_PERMIT_TYPEHASH, EIP2612_PERMIT_TYPEHASH } from './tokenAbis.js';

// The real tokens on Ethereum (chain 1): their DOMAIN_SEPARATOR() as the contracts return it.
const USDC: Address = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const USDC_SEPARATOR = '0x06c37168a7db5138defc7866392bb87a741f9b3d104deb5094588ce041cae335';
const DAI: Address = '0x6B175474E89094C44Da98b954EedeAC495271d0F';
const DAI_SEPARATOR = '0xdbb8cf42e1ecb028be3f3dbc922e1d878b963f411dc388ced501601c60f7c6f7';
const USDT: Address = '0xdAC17F958D2ee523a2206206994597C13D831ec7';
const OTHER: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3';

/** USDC as FiatTokenV2_2 answers: no eip712Domain(), version() "2", EIP-2612's PERMIT_TYPEHASH. */
const usdcProbe: PermitProbe = {
  token: USDC, chainId: 1, symbol: 'USDC', name: 'USD Coin', version: '2', domainSeparator: USDC_SEPARATOR, permitTypehash: EIP2612_PERMIT_TYPEHASH, hasNonces: true,
};

test('USDC: no EIP-5267, the domain from name() "USD Coin", version() "2", the chain and the address reproduces its DOMAIN_SEPARATOR', () => {
  const support = resolvePermitSupport(usdcProbe);
  assert.equal(support.kind, 'eip2612');
  assert.equal(support.source, 'name-version');
  assert.deepEqual(support.domain, { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: USDC });
  assert.equal(permitDomainSeparator(support.domain!), USDC_SEPARATOR);
  assert.match(support.reason, /EIP-2612 permit .*name "USD Coin", version "2", chain 1, contract 0xA0b8.*checked against its DOMAIN_SEPARATOR/);
});

test("DAI: its own permit (by PERMIT_TYPEHASH), domain name \"Dai Stablecoin\" version \"1\"", () => {
  const support = resolvePermitSupport({
    token: DAI, chainId: 1, symbol: 'DAI', name: 'Dai Stablecoin', version: '1', domainSeparator: DAI_SEPARATOR, permitTypehash: ALLOW_PERMIT_TYPEHASH, hasNonces: true,
  });
  assert.equal(support.kind, 'allow');
  assert.deepEqual(support.domain, { name: 'Dai Stablecoin', version: '1', chainId: 1, verifyingContract: DAI });
  assert.match(support.reason, /DAI-style permit .*unlimited allowance/);
});

test('USDT: no nonces, no DOMAIN_SEPARATOR: none, with the reason', () => {
  const support = resolvePermitSupport({ token: USDT, chainId: 1, symbol: 'USDT', name: 'Tether USD', hasNonces: false });
  assert.equal(support.kind, 'none');
  assert.equal(support.domain, undefined);
  assert.equal(support.reason, `USDT (${USDT}) has no permit (no nonces(address), DOMAIN_SEPARATOR() or eip712Domain()): it can only be approved`);
});

test('a wrong DOMAIN_SEPARATOR (USDC\'s domain, another address) is refused: the SDK does not sign, and says what it tried', () => {
  const support = resolvePermitSupport({ ...usdcProbe, token: OTHER });
  assert.equal(support.kind, 'none');
  assert.equal(support.domain, undefined);
  assert.match(support.reason, new RegExp(`^USDC \\(${OTHER}\\)'s DOMAIN_SEPARATOR\\(\\) ${USDC_SEPARATOR} is not the separator of any domain .* on chain 1 \\(tried name\\(\\)/version\\(\\): name "USD Coin", version "2", chain 1, contract ${OTHER}\\): a permit signed now would be refused .*approve it instead$`));
  // On another chain, too.
  assert.equal(resolvePermitSupport({ ...usdcProbe, chainId: 5 }).kind, 'none');
});

test('OpenZeppelin ERC20Permit: the domain from eip712Domain() (EIP-5267), EIP-2612 assumed without PERMIT_TYPEHASH', () => {
  const domain = { name: 'Test USD', version: '1', chainId: 31337, verifyingContract: OTHER };
  const support = resolvePermitSupport({
    token: OTHER, chainId: 31337, name: 'Test USD', domainSeparator: permitDomainSeparator(domain), hasNonces: true,
    eip712Domain: { fields: '0x0f', name: 'Test USD', version: '1', chainId: 31337n, verifyingContract: OTHER, salt: zeroHash, extensions: [] },
  });
  assert.equal(support.kind, 'eip2612');
  assert.equal(support.source, 'eip5267');
  assert.deepEqual(support.domain, domain);
  // EIP-5267's field bits: a domain without a version, or with a salt, is rebuilt as described.
  const noVersion = { name: 'Thin', chainId: 31337, verifyingContract: OTHER };
  const thin = resolvePermitSupport({
    token: OTHER, chainId: 31337, domainSeparator: permitDomainSeparator(noVersion), hasNonces: true,
    eip712Domain: { fields: '0x0d', name: 'Thin', version: '', chainId: 31337n, verifyingContract: OTHER, salt: zeroHash, extensions: [] },
  });
  assert.deepEqual(thin.domain, noVersion);
  const salt = toHex(7, { size: 32 });
  const salted = { name: 'Salted', version: '3', chainId: 31337, verifyingContract: OTHER, salt };
  assert.deepEqual(
    resolvePermitSupport({
      token: OTHER, chainId: 31337, domainSeparator: permitDomainSeparator(salted), hasNonces: true,
      eip712Domain: { fields: '0x1f', name: 'Salted', version: '3', chainId: 31337n, verifyingContract: OTHER, salt, extensions: [] },
    }).domain,
    salted,
  );
});

test('without version(): version "1" is tried first, then no version field at all', () => {
  const v1 = { name: 'Token', version: '1', chainId: 10, verifyingContract: OTHER };
  assert.deepEqual(resolvePermitSupport({ token: OTHER, chainId: 10, name: 'Token', domainSeparator: permitDomainSeparator(v1), hasNonces: true }).domain, v1);
  const bare = { name: 'Token', chainId: 10, verifyingContract: OTHER };
  assert.deepEqual(resolvePermitSupport({ token: OTHER, chainId: 10, name: 'Token', domainSeparator: permitDomainSeparator(bare), hasNonces: true }).domain, bare);
  // A version() that is there is used as it is: "1" is not tried in its place.
  assert.equal(resolvePermitSupport({ token: OTHER, chainId: 10, name: 'Token', version: '2', domainSeparator: permitDomainSeparator(v1), hasNonces: true }).kind, 'none');
});

test('the kind: PERMIT_TYPEHASH first, else the permit the code dispatches; an unknown type hash or a missing DOMAIN_SEPARATOR is none', () => {
  const domain = { name: 'Token', version: '1', chainId: 10, verifyingContract: OTHER };
  const base: PermitProbe = { token: OTHER, chainId: 10, name: 'Token', version: '1', domainSeparator: permitDomainSeparator(domain), hasNonces: true };
  // DAI's permit selector (8fcbaf0c) behind PUSH4, without EIP-2612's (d505accf): allow.
  assert.equal(resolvePermitSupport({ ...base, code: `0x60806040526004361061000f5763${'8fcbaf0c'}14610014` }).kind, 'allow');
  assert.equal(resolvePermitSupport({ ...base, code: `0x6080604052${'63d505accf'}` }).kind, 'eip2612');
  assert.equal(resolvePermitSupport({ ...base, code: '0x6080' }).kind, 'eip2612');
  const unknown = resolvePermitSupport({ ...base, permitTypehash: `0x${'12'.repeat(32)}` });
  assert.equal(unknown.kind, 'none');
  assert.match(unknown.reason, /neither EIP-2612's nor DAI's/);
  const noSeparator = resolvePermitSupport({ ...base, domainSeparator: undefined });
  assert.equal(noSeparator.kind, 'none');
  assert.match(noSeparator.reason, /no DOMAIN_SEPARATOR\(\), so the domain of a permit cannot be checked before signing/);
  assert.match(resolvePermitSupport({ ...base, hasNonces: false }).reason, /has no nonces\(address\), which every permit needs/);
});
