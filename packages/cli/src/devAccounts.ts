import { InvalidInputError } from '@lashou/sdk';
import { anvilDevKey, demoKeeperKey, demoMemberKey, demoWitnessKey } from '@lashou/sdk/node';
import type { Hex } from 'viem';

/**
 * Account names of the local chain's public keys (chain 31337 only): anvil's dev accounts by role or index, and the
 * demo's deterministic member, witness and keeper keys. `--account dev:member` acts as anvil account #3, the demo's
 * patient. These keys are published, so they need no password and are refused on every other chain.
 */
export const DEV_ACCOUNT_ROLES = ['operator', 'notary', 'supervisor', 'member'] as const;

/** The name of anvil dev account `index`: its role name for #0–#3 (dev:operator …), else dev:<index>. */
export function devAccountName(index: number): string {
  return `dev:${DEV_ACCOUNT_ROLES[index] ?? index}`;
}

/** The dev: account names (anvil's and the demo's public keys; local chain only), for help texts. */
export const DEV_ACCOUNT_NAMES = 'dev:operator, dev:notary, dev:supervisor, dev:member, dev:<0-9>, dev:member-<n>, dev:witness-<n>, dev:keeper';

/** The public key of a `dev:` account name; refuses an unknown name. Does not check the chain (see `Context.account`). */
export function devAccountKey(name: string): Hex {
  const rest = name.slice('dev:'.length);
  const role = (DEV_ACCOUNT_ROLES as readonly string[]).indexOf(rest);
  if (role >= 0) return anvilDevKey(role);
  if (/^[0-9]$/.test(rest)) return anvilDevKey(Number(rest));
  if (rest === 'keeper') return demoKeeperKey();
  const demo = /^(member|witness)-(0|[1-9][0-9]{0,5})$/.exec(rest);
  if (demo) return demo[1] === 'member' ? demoMemberKey(Number(demo[2])) : demoWitnessKey(Number(demo[2]));
  throw new InvalidInputError(`unknown dev account "${name}": one of ${DEV_ACCOUNT_NAMES}`);
}
