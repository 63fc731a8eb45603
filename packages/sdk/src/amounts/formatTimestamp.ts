/** How the SDK's sentences (error explanations, keeper steps) write an instant given in unix seconds. */
export type TimestampFormat = (seconds: bigint) => string;

/** ISO 8601 in UTC without milliseconds (`2023-11-14T22:13:20Z`): the default, the same in every time zone. */
export const isoTimestamp: TimestampFormat = (seconds) => new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z');

let current: TimestampFormat = isoTimestamp;

/**
 * Chooses how the SDK's sentences write times. A command line shows the local date and time with the zone; a web
 * page may show the reader's locale. Applies to the whole process.
 * @example
 * setTimestampFormat((s) => new Date(Number(s) * 1000).toLocaleString('zh-CN'))
 */
export function setTimestampFormat(format: TimestampFormat): void {
  current = format;
}

/** Writes unix seconds with the chosen format (`setTimestampFormat`; ISO 8601 UTC by default). */
export function formatTimestamp(seconds: bigint | number): string {
  return current(BigInt(seconds));
}
