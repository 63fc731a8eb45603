import type { Account, Address, Chain, Client, Transport } from 'viem';
import { AccountRequiredError } from '../errors/LashouError.js';

/** Any viem client: public reads work without an account; writes need one (on the client or per call). */
export type LashouClient = Client<Transport, Chain | undefined, Account | undefined>;

/** The account a write is sent from. */
export function resolveAccount(client: LashouClient, account?: Account | Address): Account | Address {
  const resolved = account ?? client.account;
  if (!resolved) throw new AccountRequiredError();
  return resolved;
}

/** The address of an account or address. */
export function accountAddress(account: Account | Address): Address {
  return typeof account === 'string' ? account : account.address;
}

/** The RPC URL of an HTTP transport, for error messages. */
export function transportUrl(client: LashouClient): string | undefined {
  const url = (client.transport as { url?: unknown }).url;
  return typeof url === 'string' ? url : undefined;
}
