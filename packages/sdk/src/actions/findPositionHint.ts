import { mutualPoolAbi } from '@lashou/abi';
import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';

/** Parameters of {@link findPositionHint}. */
export type FindPositionHintParameters = {
  pool: Address;
  /** The balance key to insert (`balance + index`). */
  key: bigint;
  /** A member id to ignore (the member being moved by a top-up: the pool unlinks it before inserting). */
  exclude?: number | undefined;
  /** How many member ids to sample for a starting point (default 64). */
  samples?: number | undefined;
};

/** The member id after which `key` belongs (`0` = at the head). */
export type FindPositionHintReturnType = number;

type MemberRecord = { prev: number; next: number; key: bigint; linked: boolean; status: number };

/**
 * Computes the sorted-list position hint the pool needs for `join` and `topUp`, so callers never think about
 * hints. A key at or above the tail's needs none; otherwise ids are sampled (ids are dense, 1…last) for the
 * closest linked key not above `key`, then the list is walked from there with `memberRecord`.
 * The pool re-checks the hint and walks up to 64 nodes itself, so a hint that went slightly stale still works.
 * @example
 * const hint = await findPositionHint(client, { pool, key: deposit + index })
 */
export async function findPositionHint(client: LashouClient, parameters: FindPositionHintParameters): Promise<FindPositionHintReturnType> {
  const { pool, key, exclude = 0, samples = 64 } = parameters;
  const records = new Map<number, Promise<MemberRecord>>();
  const record = (id: number) => {
    let found = records.get(id);
    if (!found) {
      found = readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'memberRecord', args: [id] }).then((r) => ({
        prev: Number(r.prev), next: Number(r.next), key: BigInt(r.key), linked: r.linked, status: Number(r.status),
      }));
      records.set(id, found);
    }
    return found;
  };
  const skip = async (id: number, direction: 'next' | 'prev'): Promise<number> => (id !== 0 && id === exclude ? (await record(id))[direction] : id);

  const [head, tail, size] = await readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'sortedMembers' });
  if (size === 0n) return 0;
  const realTail = await skip(Number(tail), 'prev');
  if (realTail === 0 || (await record(realTail)).key <= key) return realTail;
  const realHead = await skip(Number(head), 'next');
  if ((await record(realHead)).key > key) return 0;

  // The highest id ever given (ids are never reused, and a record never returns to status None).
  let high = Math.max(Number(size), 1);
  while ((await record(high)).status !== 0) high *= 2;
  let low = 0; // record(low) exists (or low = 0), record(high) does not
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if ((await record(middle)).status !== 0) low = middle;
    else high = middle;
  }
  const lastId = low;

  const count = Math.min(samples, lastId);
  const ids = Array.from({ length: count }, (_, i) => 1 + Math.floor((i * lastId) / count));
  const sampled = await Promise.all(ids.map(async (id) => ({ id, record: await record(id) })));
  let start = realHead;
  let startKey = (await record(realHead)).key;
  for (const { id, record: r } of sampled) {
    if (r.linked && id !== exclude && r.key <= key && r.key > startKey) {
      start = id;
      startKey = r.key;
    }
  }
  let cursor = start;
  for (;;) {
    const next = await skip((await record(cursor)).next, 'next');
    if (next === 0 || (await record(next)).key > key) return cursor;
    cursor = next;
  }
}
