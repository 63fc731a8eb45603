import { type Address, isAddress, isAddressEqual } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouError } from '../errors/LashouError.js';
import { type TokenAction, type TokenRefusalParams, calledFunction, tokenRefusalError } from '../errors/tokenErrors.js';
import { tokenStateAbi } from '../tokens/tokenAbis.js';
import type { LashouClient } from './client.js';

/** Refusals whose cause the token's state can tell better than its revert did. */
const VAGUE = new Set(['token.noReason', 'token.customError', 'contract.panic']);

/** True when `error` is a token refusal that reading the token's state may explain (no reason, or a blacklist without the address). */
export function isVagueTokenRefusal(error: LashouError): boolean {
  if (error.code === 'token.blacklisted') return error.params.address === undefined;
  return VAGUE.has(error.code) && typeof error.params.token === 'string';
}

/** The addresses a failed call involves: the sender, the contract called and every address among its arguments. */
export function addressesOf(error: unknown, extra: readonly (Address | undefined)[]): Address[] {
  const { address, args } = calledFunction(error);
  const found: Address[] = [];
  for (const value of [...extra, address, ...args]) {
    if (typeof value !== 'string' || !isAddress(value) || /^0x0{40}$/i.test(value)) continue;
    if (!found.some((a) => isAddressEqual(a, value))) found.push(value);
  }
  return found;
}

/**
 * Reads what a refusal without details depends on — `paused()`, and USDC's `isBlacklisted` and USDT's
 * `isBlackListed` of each address involved — and returns the refusal that explains it (`token.paused`,
 * `token.blacklisted` naming the address), else `error` unchanged. `owner` and `spender` only phrase the message.
 * Best effort: reads a token does not answer are skipped.
 */
export async function refineTokenRefusal(
  client: LashouClient,
  error: LashouError,
  args: { token: Address; symbol?: string | undefined; addresses: readonly Address[]; owner?: Address | undefined; spender?: Address | undefined },
): Promise<LashouError> {
  const read = <T>(promise: Promise<T>) => promise.then((value) => value, () => undefined);
  const { token } = args;
  const [paused, blacklisted] = await Promise.all([
    read(readContract(client, { address: token, abi: tokenStateAbi, functionName: 'paused' })),
    Promise.all(
      args.addresses.map(async (account) => {
        const [usdc, usdt] = await Promise.all([
          read(readContract(client, { address: token, abi: tokenStateAbi, functionName: 'isBlacklisted', args: [account] })),
          read(readContract(client, { address: token, abi: tokenStateAbi, functionName: 'isBlackListed', args: [account] })),
        ]);
        return usdc === true || usdt === true ? account : undefined;
      }),
    ).then((found) => found.find((a) => a !== undefined)),
  ]);
  const action = (typeof error.params.action === 'string' ? error.params.action : 'transfer') as TokenAction;
  const base: TokenRefusalParams = {
    token,
    symbol: args.symbol ?? (typeof error.params.symbol === 'string' ? error.params.symbol : undefined),
    action,
    reason: typeof error.params.reason === 'string' ? error.params.reason : undefined,
    owner: args.owner,
    spender: args.spender,
  };
  const cause = error.cause ?? error;
  if (paused === true) return tokenRefusalError({ code: 'token.paused', ...base }, cause, error.details);
  if (blacklisted) return tokenRefusalError({ code: 'token.blacklisted', ...base, address: blacklisted }, cause, error.details);
  return error;
}

