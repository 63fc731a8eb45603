import { type Hex, bytesToHex, keccak256, stringToHex } from 'viem';
import { mnemonicToAccount, privateKeyToAccount } from 'viem/accounts';

/** Anvil's public development mnemonic. PUBLIC: anyone can spend from its keys on any chain; local use only. */
export const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk';

/**
 * Anvil's well-known development key number `index` (derived from the public mnemonic, as anvil does).
 * @example
 * const deployerKey = anvilDevKey(0) // 0xac09…ff80, the same on every machine
 */
export function anvilDevKey(index: number): Hex {
  const key = mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: index }).getHdKey().privateKey;
  if (!key) throw new Error(`cannot derive anvil dev key ${index}`);
  return bytesToHex(key);
}

/**
 * A deterministic demo key (`keccak256("lashou-demo-member-" + index)`): reproducible demo members for
 * `lashou dev`. Public by construction: never use on a real chain.
 */
export function demoMemberKey(index: number): Hex {
  return keccak256(stringToHex(`lashou-demo-member-${index}`));
}

export { privateKeyToAccount };

/**
 * A deterministic demo witness key (`keccak256("lashou-demo-witness-" + index)`) for `lashou dev`. Public by
 * construction: never use on a real chain.
 */
export function demoWitnessKey(index: number): Hex {
  return keccak256(stringToHex(`lashou-demo-witness-${index}`));
}

/**
 * The deterministic key of the local mutual's keeper (`keccak256("lashou-demo-keeper")`): its own account, so that
 * its transactions never take a nonce from an account a person is using in the web app. Public by construction:
 * never use on a real chain.
 */
export function demoKeeperKey(): Hex {
  return keccak256(stringToHex('lashou-demo-keeper'));
}
