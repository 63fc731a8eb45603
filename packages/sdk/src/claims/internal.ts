import { claimsManagerAbi } from '@lashou/abi';
import type { Address, Hex } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { explain } from '../internal/write.js';

/** The claims manager's pool, for phrasing amounts in error messages. */
export async function poolOf(client: LashouClient, claims: Address): Promise<Address | undefined> {
  try {
    return await readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'pool' });
  } catch {
    return undefined;
  }
}

/** Runs a read and turns any failure into a `LashouError`. */
export async function read<T>(client: LashouClient, run: () => Promise<T>, context: { pool?: Address | undefined } = {}): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw await explain(client, error, context);
  }
}

/** Refuses anything but a 32-byte hash, naming the field. */
export function requireHash(name: string, value: Hex): Hex {
  if (!/^0x[0-9a-fA-F]{64}$/.test(value)) throw new InvalidInputError(`${name} must be a 32-byte hash (0x + 64 hex digits), got ${value}`, { code: 'hash.format', params: { name, value } });
  if (/^0x0{64}$/.test(value)) throw new InvalidInputError(`${name} is zero: give the hash of the document (lashou document hash)`, { code: 'hash.zero', params: { name } });
  return value;
}

/** Refuses claim ids that cannot exist. */
export function requireClaimId(claimId: bigint): bigint {
  if (claimId <= 0n) throw new InvalidInputError(`claim id ${claimId} is not valid: claim ids start at 1`, { code: 'claim.idInvalid', params: { claimId } });
  return claimId;
}

/** A write to the ClaimsManager, with the pool's token phrasing amounts in errors. */
export async function claimsWrite(
  client: LashouClient,
  call: { claims: Address; functionName: string; args: readonly unknown[]; account?: import('viem').Account | Address | undefined },
) {
  const { sendContractWrite } = await import('../internal/write.js');
  const pool = await poolOf(client, call.claims);
  return sendContractWrite(client, { address: call.claims, abi: claimsManagerAbi, functionName: call.functionName, args: call.args, account: call.account, pool });
}

/** Approves `spender` for `amount` of `token` when the allowance is short; refuses when the balance is short. */
export async function approveIfNeeded(
  client: LashouClient,
  args: { token: Address; spender: Address; amount: bigint; account?: import('viem').Account | Address | undefined },
) {
  const { erc20Abi } = await import('../tokens/tokenAbis.js');
  const { resolveAccount, accountAddress } = await import('../internal/client.js');
  const { getTokenInfo } = await import('../actions/getTokenInfo.js');
  const { formatAmount } = await import('../amounts/formatAmount.js');
  const account = resolveAccount(client, args.account);
  const owner = accountAddress(account);
  const [balance, allowance, { decimals, symbol }] = await read(client, () =>
    Promise.all([
      readContract(client, { address: args.token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] }),
      readContract(client, { address: args.token, abi: erc20Abi, functionName: 'allowance', args: [owner, args.spender] }),
      getTokenInfo(client, { token: args.token }),
    ]),
  );
  if (balance < args.amount) {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    throw new InvalidInputError(`${owner} holds ${fmt(balance)} but ${fmt(args.amount)} is needed: get at least ${fmt(args.amount - balance)} more (lashou token faucet on test chains)`, {
      code: 'funds.insufficientBalance',
      params: { owner, balance, needed: args.amount, decimals, symbol },
    });
  }
  if (allowance >= args.amount) return undefined;
  // By the token's own rules (USDT: no return value, and a non-zero allowance goes through zero first).
  const { approveToken } = await import('../tokens/approveToken.js');
  return approveToken(client, { token: args.token, spender: args.spender, amount: args.amount, currentAllowance: allowance, account });
}
