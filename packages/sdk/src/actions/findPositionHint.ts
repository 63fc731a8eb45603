import { hintHelpersAbi, mutualPoolAbi } from '@lashou/abi';
import { type Address, encodeAbiParameters, hexToBigInt, isAddress, keccak256 } from 'viem';
import { readContract } from 'viem/actions';
import { toLashouError } from '../errors/contractErrors.js';
import { InvalidInputError, causeChain } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';

/** Parameters of {@link findPositionHint}. */
export type FindPositionHintParameters = {
  pool: Address;
  /** The balance key to insert (`balance + index`). */
  key: bigint;
  /** A member id to ignore (the member being moved by a top-up: the pool unlinks it before inserting). */
  exclude?: number | undefined;
  /**
   * How many member ids to sample: the HintHelpers' `numTrials` (default automatic, ⌈√n⌉; the contract caps it at
   * 3,000), and the starting points of the last-resort walk (default 64).
   */
  samples?: number | undefined;
  /**
   * Base URL of a Lashou API (the indexer), e.g. `https://api.example.org`: asked first, `GET /api/hints?key=…&exclude=…`.
   * Its answer may lag the chain by a few blocks, so it is checked (and corrected within 64 places) by one
   * `pool.findInsertPosition` call; an unreachable API, an error answer or a hint too far off falls back to the helper.
   */
  apiUrl?: string | undefined;
  /** The HintHelpers contract (`deployment.hintHelpers`): the exact position in one `eth_call`, whatever the pool size. */
  hintHelpers?: Address | undefined;
  /** Milliseconds to wait for the API before falling back (default 3,000). */
  apiTimeoutMs?: number | undefined;
  /** Told each time a source fails and the next one is tried (the API to the helper or the walk, the helper to the walk). */
  onFallback?: ((fallback: HintFallback) => void) | undefined;
};

/** The member id after which `key` belongs (`0` = at the head). */
export type FindPositionHintReturnType = number;

/** A source of hints that failed, and what was tried next. */
export type HintFallback = {
  from: 'api' | 'hintHelpers';
  to: 'hintHelpers' | 'walk';
  /** One line: what went wrong. */
  reason: string;
  cause?: unknown;
};

type MemberRecord = { prev: number; next: number; key: bigint; linked: boolean; status: number };

const MAX_MEMBER_ID = 0xffff_ffff;

/**
 * Computes the sorted-list position hint the pool needs for `join` and `topUp`, so callers never think about
 * hints. A key at or above the tail's needs none, but a key in the middle of a large pool does, and the pool only
 * walks 64 places from a wrong one. In order:
 *
 * 1. `apiUrl`: one HTTP request to the indexer, then one `eth_call` of `pool.findInsertPosition(key, hint)`, which
 *    corrects a slightly stale hint (≤ 64 places) and proves it against the chain;
 * 2. `hintHelpers`: one `eth_call` to the HintHelpers contract, exact whatever the pool size;
 * 3. otherwise, or if both fail: sampling then walking the list with `memberRecord` reads, about n/64 sequential
 *    round trips (≈1,560 at 100,000 members). Fine for small pools and tests only.
 *
 * So with the API or the helper a hint costs one RPC round trip (two when the API's hint must fall back to the
 * helper). A failing source never throws: `onFallback` is told and the next one is tried. Errors of the RPC
 * endpoint itself are thrown.
 * @example
 * const deployment = loadDeployment(chainId)
 * const index = await readContract(client, { address: deployment.pool, abi: mutualPoolAbi, functionName: 'index' })
 * const hint = await findPositionHint(client, { pool: deployment.pool, key: deposit + index, hintHelpers: deployment.hintHelpers, apiUrl: 'https://api.example.org' })
 */
export async function findPositionHint(client: LashouClient, parameters: FindPositionHintParameters): Promise<FindPositionHintReturnType> {
  const { pool, key, exclude = 0, samples, apiUrl, hintHelpers, onFallback } = parameters;
  if (!Number.isSafeInteger(exclude) || exclude < 0 || exclude > MAX_MEMBER_ID) throw new InvalidInputError(`exclude ${exclude} is not a member id (0 to ${MAX_MEMBER_ID})`, { code: 'hint.exclude', params: { exclude, maximum: MAX_MEMBER_ID } });
  if (samples !== undefined && (!Number.isSafeInteger(samples) || samples < 0)) throw new InvalidInputError(`samples ${samples} must be a whole number ≥ 0`, { code: 'hint.samples', params: { samples } });
  if (hintHelpers !== undefined && !isAddress(hintHelpers)) throw new InvalidInputError(`hintHelpers ${hintHelpers} is not an address: give 0x followed by 40 hex digits (deployment.hintHelpers)`, { code: 'address.invalid', params: { name: 'hintHelpers', value: hintHelpers } });
  const fallBack = (fallback: HintFallback) => onFallback?.(fallback);

  if (apiUrl !== undefined) {
    const answer = await askApi(apiUrl, key, exclude, parameters.apiTimeoutMs ?? 3_000);
    if ('hint' in answer) {
      const checked = await checkApiHint(client, pool, key, exclude, answer.hint);
      if ('position' in checked) return checked.position;
      fallBack({ from: 'api', to: hintHelpers ? 'hintHelpers' : 'walk', reason: checked.reason, cause: checked.cause });
    } else {
      fallBack({ from: 'api', to: hintHelpers ? 'hintHelpers' : 'walk', reason: answer.reason, cause: answer.cause });
    }
  }

  if (hintHelpers !== undefined) {
    try {
      return await readContract(client, {
        address: hintHelpers,
        abi: hintHelpersAbi,
        functionName: 'findInsertPosition',
        args: [pool, key, exclude, BigInt(samples ?? 0), seedFor(key, exclude)],
      });
    } catch (error) {
      if (isTransportFailure(error)) throw error;
      fallBack({ from: 'hintHelpers', to: 'walk', reason: `the HintHelpers contract at ${hintHelpers} did not answer: ${shortMessage(error)}`, cause: error });
    }
  }

  return walkList(client, pool, key, exclude, samples || 64);
}

/** `GET <apiUrl>/api/hints?key=<key>&exclude=<id>`: `{ hint, key, blockNumber }`, or why not. */
async function askApi(apiUrl: string, key: bigint, exclude: number, timeoutMs: number): Promise<{ hint: number } | { reason: string; cause?: unknown }> {
  let url: URL;
  try {
    url = new URL(`${apiUrl.replace(/\/+$/, '')}/api/hints`);
  } catch (error) {
    return { reason: `the API URL "${apiUrl}" is not a URL`, cause: error };
  }
  url.searchParams.set('key', key.toString());
  url.searchParams.set('exclude', String(exclude));
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return { reason: `the hint API ${url.origin} is unreachable: ${shortMessage(error)}`, cause: error };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    return { reason: `the hint API answered HTTP ${response.status} without JSON`, cause: error };
  }
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (!response.ok) {
    return { reason: `the hint API answered HTTP ${response.status}: ${typeof fields.error === 'string' ? fields.error : 'no error message'}` };
  }
  const hint = fields.hint;
  if (typeof hint !== 'number' || !Number.isSafeInteger(hint) || hint < 0 || hint > MAX_MEMBER_ID) {
    return { reason: `the hint API answered no member id as its hint: ${JSON.stringify(body)?.slice(0, 200)}` };
  }
  return { hint };
}

/**
 * One round trip: the pool's own search from the API's hint (exact, or walked ≤ 64 places), and for a top-up the
 * moving member's record, read alongside. The pool still lists that member, so its search may answer the member
 * itself; once unlinked, the member's predecessor takes its place.
 */
async function checkApiHint(client: LashouClient, pool: Address, key: bigint, exclude: number, hint: number): Promise<{ position: number } | { reason: string; cause?: unknown }> {
  try {
    const [position, excluded] = await Promise.all([
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'findInsertPosition', args: [key, hint] }),
      exclude === 0 ? undefined : readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'memberRecord', args: [exclude] }),
    ]);
    if (!excluded || position !== exclude) return { position };
    // Hint 0 would mean "no hint" to the pool, which then walks from the head: fine below the next key, not on a
    // run of keys equal to it. Rare (the head member tops up to exactly the next key); let the helper decide.
    if (excluded.prev === 0) return { reason: `member ${exclude} heads the list: the pool's answer cannot be used without it` };
    return { position: excluded.prev };
  } catch (error) {
    if (isTransportFailure(error)) throw error;
    return { reason: `the pool refused the API's hint ${hint} for key ${key}: ${shortMessage(error)}`, cause: error };
  }
}

/** A sampling seed that depends only on the query, so the same question gets the same answer (and gas). */
function seedFor(key: bigint, exclude: number): bigint {
  return hexToBigInt(keccak256(encodeAbiParameters([{ type: 'int256' }, { type: 'uint32' }], [key, exclude])));
}

/** Errors of the RPC endpoint itself (as opposed to a call that reverted): no other source would do better. */
function isTransportFailure(error: unknown): boolean {
  for (const current of causeChain(error)) {
    const name = (current as { name?: string }).name;
    if (name === 'HttpRequestError' || name === 'TimeoutError' || name === 'WebSocketRequestError' || name === 'SocketClosedError') return true;
  }
  return false;
}

/** One line about a failed call, with contract errors explained (SortedMembersHintTooFar: "went stale"). */
function shortMessage(error: unknown): string {
  const explained = error instanceof Error && 'shortMessage' in error ? toLashouError(error) : error;
  const text = (explained as { shortMessage?: unknown })?.shortMessage ?? (explained as { message?: unknown })?.message ?? String(explained);
  return String(text).split('\n')[0] ?? '';
}

/**
 * The last resort: samples ids (dense, 1…last) for the closest linked key not above `key`, then walks the list with
 * `memberRecord`, one round trip per step. The pool re-checks the hint and walks up to 64 nodes itself.
 */
async function walkList(client: LashouClient, pool: Address, key: bigint, exclude: number, samples: number): Promise<number> {
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
  const headKey = (await record(realHead)).key;
  if (headKey > key) return 0;

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

  const count = Math.min(Math.max(samples, 1), lastId);
  const ids = Array.from({ length: count }, (_, i) => 1 + Math.floor((i * lastId) / count));
  const sampled = await Promise.all(ids.map(async (id) => ({ id, record: await record(id) })));
  let start = realHead;
  let startKey = headKey;
  for (const { id, record: r } of sampled) {
    if (r.linked && id !== exclude && r.key <= key && r.key > startKey) {
      start = id;
      startKey = r.key;
    }
  }
  // Stop at the first valid position (the next key ≥ key): inside a run of equal keys any position is valid,
  // so the walk never crosses one.
  let cursor = start;
  for (;;) {
    const next = await skip((await record(cursor)).next, 'next');
    if (next === 0 || (await record(next)).key >= key) return cursor;
    cursor = next;
  }
}
