import type { Hex } from 'viem';
import { hexToString, trim } from 'viem';

/** Turns event arguments into JSON: bigints as decimal strings (the timeline keeps every argument). */
export function toJson(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  }
  return value;
}

/** A `bytes32` short tag such as `"SLASH"` as text (the pool's credit reasons and parameter names). */
export function bytes32Text(value: Hex): string {
  try {
    return hexToString(trim(value, { dir: 'right' })).replace(/\0+$/, '');
  } catch {
    return value;
  }
}

/** Where an event sits: the columns every event-derived row carries. */
export type EventPosition = {
  blockNumber: bigint;
  logIndex: number;
  timestamp: bigint;
  transactionHash: Hex;
};

export function positionOf(event: {
  block: { number: bigint; timestamp: bigint };
  log: { logIndex: number };
  transaction: { hash: Hex };
}): EventPosition {
  return {
    blockNumber: event.block.number,
    logIndex: event.log.logIndex,
    timestamp: event.block.timestamp,
    transactionHash: event.transaction.hash,
  };
}
