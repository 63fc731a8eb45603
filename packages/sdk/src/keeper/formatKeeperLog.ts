import type { KeeperLogEntry } from './createKeeper.js';

/**
 * One line of text for a keeper log entry: time, event, what, and the transaction.
 * @example
 * createKeeper(client, { deployment, onLog: (e) => process.stdout.write(`${formatKeeperLog(e)}\n`) })
 */
export function formatKeeperLog(entry: KeeperLogEntry): string {
  const tx = entry.hash ? ` — tx ${entry.hash}${entry.gasUsed !== undefined ? `, ${entry.gasUsed} gas` : ''}${entry.block !== undefined ? `, block ${entry.block}` : ''}` : '';
  return `${entry.at} ${entry.event.padEnd(9)} ${entry.message}${tx}`;
}
