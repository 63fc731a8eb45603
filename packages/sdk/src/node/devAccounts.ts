import { type Hex, bytesToHex, keccak256, stringToHex } from 'viem';
import { residentIdCheckCharacter } from '../identity/residentId.js';
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

/**
 * The resident ID number of demo member `index` in `lashou dev` (`110105` Beijing Chaoyang, a birth date from
 * 1950-01-01 on, a sequence number, and its check character): valid for `parseResidentId`, distinct for every index
 * below 16.8 million. Made up: no real person is meant.
 * @example
 * demoResidentId(0) // '110105195001010004'
 */
export function demoResidentId(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0 || index >= 50 * 12 * 28 * 1000) throw new RangeError(`demo resident ID index ${index} is out of range`);
  const year = 1950 + (index % 50);
  const month = 1 + (Math.floor(index / 50) % 12);
  const day = 1 + (Math.floor(index / 600) % 28);
  const sequence = Math.floor(index / 16_800);
  const first17 = `110105${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(sequence).padStart(3, '0')}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}
