import { type Address, type Hex, type TypedDataDomain, domainSeparator, getAddress, hexToNumber, isAddressEqual, zeroAddress } from 'viem';
import { getChainId, getCode, readContract } from 'viem/actions';
import { isConnectionFailure, toLashouError } from '../errors/contractErrors.js';
import { InvalidInputError, NoContractCodeError } from '../errors/LashouError.js';
import { type LashouClient, transportUrl } from '../internal/client.js';
import { ALLOW_PERMIT_TYPEHASH, EIP2612_PERMIT_TYPEHASH, permitProbeAbi } from './tokenAbis.js';

/**
 * Which permit a token has: `eip2612` (`permit(owner, spender, value, deadline, v, r, s)`: OpenZeppelin's ERC20Permit,
 * USDC), `allow` (DAI's `permit(holder, spender, nonce, expiry, allowed, v, r, s)`, which grants an unlimited
 * allowance), or `none` (USDT; or a permit whose domain the SDK cannot reproduce, so it must not sign).
 */
export type PermitKind = 'eip2612' | 'allow' | 'none';

/** An EIP-712 domain (the fields a token uses; a token may leave some out). */
export type PermitDomain = { name?: string; version?: string; chainId?: number; verifyingContract?: Address; salt?: Hex };

/** Where the domain came from. */
export type PermitDomainSource = 'eip5267' | 'name-version';

/** Parameters of {@link getPermitSupport}. */
export type GetPermitSupportParameters = { token: Address };

/** What {@link getPermitSupport} found. */
export type GetPermitSupportReturnType = {
  token: Address;
  kind: PermitKind;
  /** The EIP-712 domain to sign with, checked against the token's `DOMAIN_SEPARATOR()`; `undefined` for `none`. */
  domain: PermitDomain | undefined;
  /** How the domain was found: the token's EIP-5267 `eip712Domain()`, or `name()`/`version()`, the chain id and the address. */
  source: PermitDomainSource | undefined;
  /** One line saying why: which permit and domain, or why there is none to use (and so approve is needed). */
  reason: string;
};

/**
 * What the chain says about a token's permit, each field `undefined` when the token has no such function. The input of
 * {@link resolvePermitSupport}; {@link getPermitSupport} reads it.
 */
export type PermitProbe = {
  token: Address;
  /** The chain the permit would be used on. */
  chainId: number;
  /** For messages (`USDT`). */
  symbol?: string | undefined;
  name?: string | undefined;
  version?: string | undefined;
  /** EIP-5267 `eip712Domain()`. */
  eip712Domain?: { fields: Hex; name: string; version: string; chainId: bigint; verifyingContract: Address; salt: Hex; extensions: readonly bigint[] } | undefined;
  domainSeparator?: Hex | undefined;
  permitTypehash?: Hex | undefined;
  /** Whether `nonces(address)` answers. */
  hasNonces: boolean;
  /** The token's runtime code (to find which `permit` selectors it dispatches when it has no `PERMIT_TYPEHASH()`). */
  code?: Hex | undefined;
};

/** `permit(address,address,uint256,uint256,uint8,bytes32,bytes32)` and DAI's `permit(address,address,uint256,uint256,bool,uint8,bytes32,bytes32)`, as PUSH4 operands. */
const EIP2612_SELECTOR_PUSH = '63d505accf';
const ALLOW_SELECTOR_PUSH = '638fcbaf0c';

/** EIP-5267's field bits: name, version, chainId, verifyingContract, salt. */
const FIELD_NAME = 0x01;
const FIELD_VERSION = 0x02;
const FIELD_CHAIN_ID = 0x04;
const FIELD_CONTRACT = 0x08;
const FIELD_SALT = 0x10;

/** "name "USD Coin", version "2", chain 1, contract 0x…" */
function describeDomain(domain: PermitDomain): string {
  const parts = [
    domain.name !== undefined ? `name "${domain.name}"` : undefined,
    domain.version !== undefined ? `version "${domain.version}"` : 'no version',
    domain.chainId !== undefined ? `chain ${domain.chainId}` : undefined,
    domain.verifyingContract !== undefined ? `contract ${domain.verifyingContract}` : undefined,
    domain.salt !== undefined ? `salt ${domain.salt}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}

/** The domain EIP-5267 describes, with only the fields its bitmap names. */
function domainFrom5267(d: NonNullable<PermitProbe['eip712Domain']>): PermitDomain {
  const fields = hexToNumber(d.fields);
  const domain: PermitDomain = {};
  if (fields & FIELD_NAME) domain.name = d.name;
  if (fields & FIELD_VERSION) domain.version = d.version;
  if (fields & FIELD_CHAIN_ID) domain.chainId = Number(d.chainId);
  if (fields & FIELD_CONTRACT) domain.verifyingContract = d.verifyingContract;
  if (fields & FIELD_SALT) domain.salt = d.salt;
  return domain;
}

/** viem's separator of a domain (fields left out are left out of the type as well). */
export function permitDomainSeparator(domain: PermitDomain): Hex {
  return domainSeparator({ domain: domain as TypedDataDomain });
}

/**
 * Decides a token's permit from what the chain says about it (pure: {@link getPermitSupport} reads the probe).
 *
 * The domain: EIP-5267 `eip712Domain()` when the token has it, else `name()`, `version()` ("1" when the token has no
 * `version()`, then no version at all), the chain id and the token's address; whichever reproduces the token's
 * `DOMAIN_SEPARATOR()` is used, and when none does the answer is `none`: a permit signed for another domain would be
 * refused, so nobody is asked to sign it. The kind: the token's `PERMIT_TYPEHASH()` when present (EIP-2612's or
 * DAI's), else the `permit` its code dispatches, else EIP-2612 (the standard; OpenZeppelin's ERC20Permit has no
 * `PERMIT_TYPEHASH()` getter).
 * @example
 * resolvePermitSupport({ token, chainId: 1, name: 'USD Coin', version: '2', domainSeparator, permitTypehash, hasNonces: true })
 * // { kind: 'eip2612', domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: token }, source: 'name-version', … }
 */
export function resolvePermitSupport(probe: PermitProbe): GetPermitSupportReturnType {
  const token = getAddress(probe.token);
  const label = probe.symbol ? `${probe.symbol} (${token})` : token;
  const none = (reason: string): GetPermitSupportReturnType => ({ token, kind: 'none', domain: undefined, source: undefined, reason });
  if (probe.domainSeparator === undefined && probe.eip712Domain === undefined && !probe.hasNonces) {
    return none(`${label} has no permit (no nonces(address), DOMAIN_SEPARATOR() or eip712Domain()): it can only be approved`);
  }
  if (!probe.hasNonces) return none(`${label} has no nonces(address), which every permit needs: it can only be approved`);
  if (probe.domainSeparator === undefined) {
    return none(`${label} has no DOMAIN_SEPARATOR(), so the domain of a permit cannot be checked before signing: approve it instead`);
  }

  let kind: Exclude<PermitKind, 'none'>;
  let kindReason: string;
  const typehash = probe.permitTypehash?.toLowerCase();
  if (typehash === EIP2612_PERMIT_TYPEHASH) {
    kind = 'eip2612';
    kindReason = 'EIP-2612 permit (its PERMIT_TYPEHASH)';
  } else if (typehash === ALLOW_PERMIT_TYPEHASH) {
    kind = 'allow';
    kindReason = 'DAI-style permit (its PERMIT_TYPEHASH), which grants an unlimited allowance';
  } else if (typehash !== undefined) {
    return none(`${label}'s PERMIT_TYPEHASH() ${typehash} is neither EIP-2612's nor DAI's: the SDK cannot sign its permit; approve it instead`);
  } else {
    const code = probe.code?.toLowerCase() ?? '';
    const allow = code.includes(ALLOW_SELECTOR_PUSH);
    const standard = code.includes(EIP2612_SELECTOR_PUSH);
    if (allow && !standard) {
      kind = 'allow';
      kindReason = 'DAI-style permit (its code dispatches permit(holder, spender, nonce, expiry, allowed, …)), which grants an unlimited allowance';
    } else {
      kind = 'eip2612';
      kindReason = standard ? 'EIP-2612 permit (its code dispatches permit(owner, spender, value, deadline, …))' : 'EIP-2612 permit (assumed: it has nonces and DOMAIN_SEPARATOR but no PERMIT_TYPEHASH)';
    }
  }

  const candidates: { domain: PermitDomain; source: PermitDomainSource }[] = [];
  if (probe.eip712Domain) candidates.push({ domain: domainFrom5267(probe.eip712Domain), source: 'eip5267' });
  if (probe.name !== undefined) {
    const base = { name: probe.name, chainId: probe.chainId, verifyingContract: token };
    candidates.push({ domain: { ...base, version: probe.version ?? '1' }, source: 'name-version' });
    if (probe.version === undefined) candidates.push({ domain: base, source: 'name-version' });
  }
  const wanted = probe.domainSeparator.toLowerCase();
  const match = candidates.find((c) => permitDomainSeparator(c.domain).toLowerCase() === wanted);
  if (!match) {
    const tried = candidates.length > 0 ? candidates.map((c) => `${c.source === 'eip5267' ? 'eip712Domain()' : 'name()/version()'}: ${describeDomain(c.domain)}`).join('; ') : 'nothing (no name() and no eip712Domain())';
    return none(
      `${label}'s DOMAIN_SEPARATOR() ${probe.domainSeparator} is not the separator of any domain the SDK can build for it on chain ${probe.chainId} (tried ${tried}): a permit signed now would be refused (a token deployed for another chain, or reached through a contract that does not forward its address), so the SDK does not ask for a signature; approve it instead`,
    );
  }
  const { domain, source } = match;
  if (domain.chainId !== undefined && domain.chainId !== probe.chainId) {
    return none(`${label}'s permit domain is for chain ${domain.chainId}, not chain ${probe.chainId} where it would be used: approve it instead`);
  }
  if (domain.verifyingContract !== undefined && !isAddressEqual(domain.verifyingContract, token)) {
    return none(`${label}'s permit domain names contract ${domain.verifyingContract}, not the token: approve it instead`);
  }
  const from = source === 'eip5267' ? "the token's eip712Domain() (EIP-5267)" : 'name(), version(), the chain id and the token address';
  return { token, kind, domain, source, reason: `${label}: ${kindReason}; domain ${describeDomain(domain)} from ${from}, checked against its DOMAIN_SEPARATOR()` };
}

/**
 * Finds out which permit a token supports and the EIP-712 domain to sign it with, verified against the token's
 * `DOMAIN_SEPARATOR()` before anyone is asked to sign (see {@link resolvePermitSupport}). Works on tokens without
 * EIP-5267 (USDC, DAI) and tells `none` for tokens without a permit (USDT), with the reason.
 * @example
 * const { kind, domain, reason } = await getPermitSupport(publicClient, { token })
 * if (kind === 'none') console.log(`approve first: ${reason}`)
 */
export async function getPermitSupport(client: LashouClient, { token }: GetPermitSupportParameters): Promise<GetPermitSupportReturnType> {
  if (typeof token !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(token)) {
    throw new InvalidInputError(`token ${String(token)} is not an address: give 0x followed by 40 hex digits`, { code: 'address.invalid', params: { name: 'token', value: token } });
  }
  const rpcUrl = transportUrl(client);
  /** A read the token may not answer: `undefined` when it reverts or returns nothing; an unreachable node still throws. */
  const optional = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (isConnectionFailure(error)) throw toLashouError(error, { rpcUrl });
      return undefined;
    }
  };
  const call = <F extends 'DOMAIN_SEPARATOR' | 'PERMIT_TYPEHASH' | 'name' | 'version'>(functionName: F) =>
    optional(() => readContract(client, { address: token, abi: permitProbeAbi, functionName }) as Promise<F extends 'name' | 'version' ? string : Hex>);
  const symbolAbi = [{ type: 'function', name: 'symbol', stateMutability: 'view', inputs: [], outputs: [{ type: 'string' }] }] as const;
  const [chainId, code, eip712Domain, separator, typehash, name, version, nonce, symbol] = await Promise.all([
    getChainId(client).catch((error: unknown) => {
      throw toLashouError(error, { rpcUrl });
    }),
    optional(() => getCode(client, { address: token })),
    optional(() => readContract(client, { address: token, abi: permitProbeAbi, functionName: 'eip712Domain' })),
    call('DOMAIN_SEPARATOR'),
    call('PERMIT_TYPEHASH'),
    call('name'),
    call('version'),
    optional(() => readContract(client, { address: token, abi: permitProbeAbi, functionName: 'nonces', args: [zeroAddress] })),
    optional(() => readContract(client, { address: token, abi: symbolAbi, functionName: 'symbol' })),
  ]);
  if (!code || code === '0x') {
    throw new NoContractCodeError(`there is no contract at ${token} on chain ${chainId}: check the stablecoin's address for this chain`, { code: 'token.noCode', params: { token, chainId } });
  }
  const [fields, dName, dVersion, dChainId, verifyingContract, salt, extensions] = eip712Domain ?? [];
  return resolvePermitSupport({
    token,
    chainId,
    symbol,
    name,
    version,
    eip712Domain: eip712Domain ? { fields: fields!, name: dName!, version: dVersion!, chainId: dChainId!, verifyingContract: verifyingContract!, salt: salt!, extensions: extensions! } : undefined,
    domainSeparator: separator,
    permitTypehash: typehash,
    hasNonces: nonce !== undefined,
    code,
  });
}
