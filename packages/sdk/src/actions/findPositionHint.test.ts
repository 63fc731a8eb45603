import assert from 'node:assert/strict';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { hintHelpersAbi, mutualPoolAbi, testStablecoinAbi } from '@lashou/abi';
import { type Address, type Hex, createWalletClient, http, keccak256, publicActions, stringToHex, toFunctionSelector } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { type DeployLashouReturnType, type HintFallback, deployLashou, findPositionHint, joinPool, topUpBalance } from '../index.js';
import { type RpcCounter, type TestChain, type TestWalletClient, countingTransport, findFreePort, startTestChain, walletFor } from '../node/index.js';

const UNIT = 1_000_000n; // tUSD has 6 decimals
const JOIN = toFunctionSelector('join(bytes32,uint256,uint32)');
const TOP_UP = toFunctionSelector('topUp(uint256,uint32)');
const MEMBER_RECORD = toFunctionSelector('memberRecord(uint32)');
const FIND_INSERT_POSITION = toFunctionSelector('findInsertPosition(int256,uint32)');
/** Gas and fees of the bulk set-up transactions: no estimate needed, and a fee cap far above the base fee. */
const FEES = { gas: 200_000n, maxFeePerGas: 100_000_000_000n, maxPriorityFeePerGas: 1n };

/** A person of this test: a fresh key, funded with ETH by anvil. */
const keyOf = (i: number): Hex => keccak256(stringToHex(`lashou-hint-test-${i}`));
const commitmentOf = (i: number): Hex => keccak256(stringToHex(`lashou-hint-test-commitment-${i}`));

/** The answers of a tiny stand-in for the indexer's `GET /api/hints`. */
type ApiAnswer = { status: number; body: unknown };

describe('position hints in a constant number of round trips, on anvil', () => {
  let chain: TestChain;
  let d: DeployLashouReturnType;
  let hintHelpers: Address;
  let people = 0;

  let api: Server;
  let apiUrl: string;
  let apiAnswer: (url: URL) => ApiAnswer = () => ({ status: 500, body: { error: 'not set' } });
  const apiRequests: URL[] = [];

  const reader = () => chain.dev(0);

  /** A wallet for person `i` whose transport counts requests. */
  function countedWallet(i: number): { wallet: TestWalletClient; counter: RpcCounter } {
    const { transport, counter } = countingTransport(http(chain.rpcUrl, { retryCount: 0 }));
    const wallet = createWalletClient({ account: privateKeyToAccount(keyOf(i)), chain: chain.chain, pollingInterval: 50, transport }).extend(publicActions) as unknown as TestWalletClient;
    return { wallet, counter };
  }

  /** New people, with ETH, tokens and the pool approved (not joined). Fresh keys: their nonces start at 0. */
  async function newPeople(count: number, tokens: bigint): Promise<number[]> {
    const numbers = Array.from({ length: count }, () => people++);
    const wallets = numbers.map((i) => walletFor(chain.rpcUrl, keyOf(i), chain.chain));
    await Promise.all(wallets.map((w) => reader().request({ method: 'anvil_setBalance' as never, params: [w.account.address, '0x56BC75E2D63100000'] as never })));
    await inBlocks(wallets.map((w) => () => w.writeContract({ address: d.token, abi: testStablecoinAbi, functionName: 'faucet', args: [w.account.address, tokens], nonce: 0, ...FEES })));
    await inBlocks(wallets.map((w) => () => w.writeContract({ address: d.token, abi: testStablecoinAbi, functionName: 'approve', args: [d.pool, tokens], nonce: 1, ...FEES })));
    return numbers;
  }

  /**
   * Sends many transactions at once with automining off, then mines them: hundreds of concurrent sends to an
   * automining anvil now and then leave transactions pending with nothing to mine them.
   */
  async function inBlocks(sends: (() => Promise<Hex>)[]): Promise<void> {
    await reader().request({ method: 'evm_setAutomine' as never, params: [false] as never });
    try {
      const hashes = await Promise.all(sends.map((send) => send()));
      for (let blocks = 0; ; blocks++) {
        await reader().request({ method: 'evm_mine' as never, params: [] as never });
        const receipts = await Promise.all(hashes.map((hash) => reader().getTransactionReceipt({ hash }).catch(() => undefined)));
        if (receipts.every((r) => r !== undefined)) {
          for (const r of receipts) assert.equal(r?.status, 'success');
          return;
        }
        assert.ok(blocks < 5, `${receipts.filter((r) => !r).length} transactions still unmined after ${blocks + 1} blocks`);
      }
    } finally {
      await reader().request({ method: 'evm_setAutomine' as never, params: [true] as never });
    }
  }

  /** `count` people join with the same deposit, at or above the tail's key (hint 0), in a few blocks. */
  async function joinAtTail(count: number, deposit: bigint): Promise<void> {
    const numbers = await newPeople(count, deposit);
    const wallets = numbers.map((i) => walletFor(chain.rpcUrl, keyOf(i), chain.chain));
    await inBlocks(wallets.map((w, k) => () => w.writeContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'join', args: [commitmentOf(numbers[k] as number), deposit, 0], nonce: 2, ...FEES, gas: 400_000n })));
  }

  async function record(id: number) {
    return reader().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'memberRecord', args: [id] });
  }

  /** `hint` is where `key` belongs in the list without `exclude`, and the pool takes it as is. */
  async function assertExact(key: bigint, hint: number, exclude = 0): Promise<void> {
    assert.notEqual(hint !== 0 && hint === exclude, true, 'never the moving member');
    const [head] = await reader().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'sortedMembers' });
    let next = head;
    if (hint !== 0) {
      const prev = await record(hint);
      assert.ok(prev.linked, `hint ${hint} is linked`);
      assert.ok(BigInt(prev.key) <= key, `key(${hint}) = ${prev.key} ≤ ${key}`);
      next = prev.next;
    }
    if (next !== 0 && next === exclude) next = (await record(next)).next;
    if (next !== 0) assert.ok(BigInt((await record(next)).key) >= key, `${key} ≤ key(next ${next})`);
    if (exclude === 0) {
      const pools = await reader().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'findInsertPosition', args: [key, hint] });
      assert.equal(pools, hint, 'the pool takes the hint without walking');
    }
  }

  async function assertSorted(): Promise<number> {
    const [head, tail, size] = await reader().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'sortedMembers' });
    let previous = -(2n ** 95n);
    let last = 0;
    let count = 0;
    for (let id = head; id !== 0; ) {
      const r = await record(id);
      assert.ok(BigInt(r.key) >= previous, `keys ascend at member ${id}`);
      previous = BigInt(r.key);
      last = id;
      id = r.next;
      count += 1;
    }
    assert.equal(last, tail);
    assert.equal(BigInt(count), size);
    return count;
  }

  /** Round trips before the first request matching `selector` to the pool (the write's simulation): the hint's share. */
  function roundTripsBefore(counter: RpcCounter, selector: Hex): { roundTrips: number; before: RpcCounter['log'] } {
    const first = counter.log.find((r) => r.method === 'eth_call' && r.to?.toLowerCase() === d.pool.toLowerCase() && r.selector === selector);
    assert.ok(first, `no ${selector} simulation among ${counter.log.map((r) => r.method).join(', ')}`);
    return { roundTrips: first.round - 1, before: counter.log.filter((r) => r.round < first.round) };
  }

  before(async () => {
    chain = await startTestChain();
    d = await deployLashou(chain.dev(0));
    assert.ok(d.hintHelpers, 'deployLashou deploys the HintHelpers');
    hintHelpers = d.hintHelpers;
    // 300 members: runs of 100, 120 and 80 equal keys (the same deposit at the same index), longer than the pool's
    // 64-step walk, so a wrong hint cannot be rescued by the pool.
    await joinAtTail(100, 20n * UNIT);
    await joinAtTail(120, 50n * UNIT);
    await joinAtTail(80, 90n * UNIT);
    api = createServer((request: IncomingMessage, response: ServerResponse) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      apiRequests.push(url);
      const { status, body } = url.pathname === '/api/hints' ? apiAnswer(url) : { status: 404, body: { error: `no route ${url.pathname}` } };
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const address = api.address();
    assert.ok(address && typeof address === 'object');
    apiUrl = `http://127.0.0.1:${address.port}/`;
  });

  after(async () => {
    await chain?.stop();
    // fetch keeps its connections alive: close them, or close() waits for them (and the test run never ends).
    api?.closeAllConnections();
    await new Promise((resolve) => api?.close(resolve));
  });

  test('deployLashou records the HintHelpers; it answers the last member id', async () => {
    assert.equal(await assertSorted(), 300);
    const last = await reader().readContract({ address: hintHelpers, abi: hintHelpersAbi, functionName: 'lastMemberId', args: [d.pool] });
    assert.equal(last, 300);
  });

  test('helper: one request per hint, exact, for keys in, just above, between and outside runs of equal keys', async () => {
    const { wallet, counter } = countedWallet(9_999);
    const keys = { equalToRun: 50n * UNIT, aboveRun: 50n * UNIT + 1n, betweenRuns: 35n * UNIT, belowHead: 15n * UNIT, atHead: 20n * UNIT, aboveTail: 95n * UNIT };
    for (const [name, key] of Object.entries(keys)) {
      counter.reset();
      const hint = await findPositionHint(wallet, { pool: d.pool, key, hintHelpers, onFallback: (f) => assert.fail(`${name}: unexpected fallback ${f.reason}`) });
      assert.equal(counter.requests, 1, `${name}: one eth_call`);
      assert.equal(counter.roundTrips, 1, `${name}: one round trip`);
      await assertExact(key, hint);
      if (name === 'belowHead') assert.equal(hint, 0);
      if (name === 'atHead') assert.notEqual(hint, 0, 'hint 0 would make the pool walk the run of 100 from the head');
    }
    // Without the helper the same hint walks the list: many sequential round trips (the counter counts them).
    counter.reset();
    const walked = await findPositionHint(wallet, { pool: d.pool, key: keys.aboveRun });
    await assertExact(keys.aboveRun, walked);
    assert.ok(counter.roundTrips > 3, `the list walk took ${counter.roundTrips} round trips`);
    assert.ok(counter.log.filter((r) => r.selector === MEMBER_RECORD).length > 64);
  });

  test('joinPool and topUpBalance with hintHelpers: the hint costs 2 round trips (≤ 3), mid-list next to long runs', async () => {
    const [joiner, joinerToo] = await newPeople(2, 100n * UNIT);
    for (const [person, deposit] of [[joiner as number, 50n * UNIT + 1n], [joinerToo as number, 35n * UNIT]] as const) {
      const { wallet, counter } = countedWallet(person);
      await joinPool(wallet, { pool: d.pool, identityCommitment: commitmentOf(person), deposit, hintHelpers });
      const { roundTrips, before: hintRequests } = roundTripsBefore(counter, JOIN);
      assert.ok(roundTrips <= 3, `join hint in ${roundTrips} round trips`);
      assert.equal(roundTrips, 2, 'token and index, then the helper');
      assert.equal(hintRequests.filter((r) => r.to?.toLowerCase() === hintHelpers.toLowerCase()).length, 1, 'one helper call');
      assert.equal(hintRequests.filter((r) => r.selector === MEMBER_RECORD).length, 0, 'no list walk');
    }
    // A member of the run of 120 tops up by 1 unit (it moves just above the run), and one of the run of 100 by 30.
    for (const [person, amount] of [[150, UNIT], [10, 30n * UNIT]] as const) {
      const { wallet, counter } = countedWallet(person);
      await reader().writeContract({ address: d.token, abi: testStablecoinAbi, functionName: 'faucet', args: [wallet.account.address, amount] });
      const result = await topUpBalance(wallet, { pool: d.pool, amount, hintHelpers });
      assert.equal(result.receipt.status, 'success');
      const { roundTrips, before: hintRequests } = roundTripsBefore(counter, TOP_UP);
      assert.equal(roundTrips, 2, 'pool reads by address, then the helper');
      assert.equal(hintRequests.filter((r) => r.selector === MEMBER_RECORD).length, 0, 'no list walk');
    }
    assert.equal(await assertSorted(), 302);
  });

  test('API: a slightly stale hint is corrected by the pool in one call, no helper needed', async () => {
    const key = 35n * UNIT + 5n;
    const fresh = await findPositionHint(reader(), { pool: d.pool, key, hintHelpers });
    // Three members join between the hint and the key's place: the API's (indexed a little earlier) hint is stale.
    const between = await newPeople(3, key - 3n);
    for (const i of between) {
      const { wallet } = countedWallet(i);
      await joinPool(wallet, { pool: d.pool, identityCommitment: commitmentOf(i), deposit: key - 3n, hintHelpers });
    }
    assert.notEqual(await reader().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'findInsertPosition', args: [key, fresh] }), fresh, 'the hint went stale');
    apiAnswer = () => ({ status: 200, body: { hint: fresh, key: (20n * UNIT).toString(), blockNumber: 1 } });
    apiRequests.length = 0;
    const { wallet, counter } = countedWallet(9_999);
    const fallbacks: HintFallback[] = [];
    const hint = await findPositionHint(wallet, { pool: d.pool, key, apiUrl, hintHelpers, onFallback: (f) => fallbacks.push(f) });
    assert.deepEqual(fallbacks, []);
    await assertExact(key, hint);
    assert.notEqual(hint, fresh);
    assert.equal(counter.requests, 1, 'only the pool check');
    assert.equal(counter.log[0]?.selector, FIND_INSERT_POSITION);
    assert.equal(apiRequests.length, 1);
    assert.equal(apiRequests[0]?.searchParams.get('key'), key.toString());
    assert.equal(apiRequests[0]?.searchParams.get('exclude'), '0');
  });

  test('API: a garbage hint, an error answer, malformed JSON or no server fall back to the helper, correct and noted', async () => {
    const key = 50n * UNIT + 7n;
    const closedPort = await findFreePort();
    const cases: { name: string; url: string; answer: (url: URL) => ApiAnswer; reason: RegExp; rpcRequests: number }[] = [
      // An id nobody has: the pool walks from the head, which is far more than 64 places away, and refuses.
      { name: 'garbage hint', url: apiUrl, answer: () => ({ status: 200, body: { hint: 4_294_967_295, key: '0', blockNumber: 1 } }), reason: /pool refused the API's hint 4294967295.*stale/, rpcRequests: 2 },
      { name: 'error answer', url: apiUrl, answer: () => ({ status: 503, body: { error: 'the indexer has not indexed the pool yet' } }), reason: /HTTP 503: the indexer has not indexed the pool yet/, rpcRequests: 1 },
      { name: 'not a member id', url: apiUrl, answer: () => ({ status: 200, body: { hint: 'abc' } }), reason: /no member id as its hint/, rpcRequests: 1 },
      { name: 'not JSON', url: apiUrl, answer: () => ({ status: 200, body: '<html>' }), reason: /without JSON/, rpcRequests: 1 },
      { name: 'no server', url: `http://127.0.0.1:${closedPort}`, answer: () => ({ status: 200, body: {} }), reason: /unreachable/, rpcRequests: 1 },
    ];
    for (const { name, url, answer, reason, rpcRequests } of cases) {
      apiAnswer = answer;
      const { wallet, counter } = countedWallet(9_999);
      const fallbacks: HintFallback[] = [];
      const hint = await findPositionHint(wallet, { pool: d.pool, key, apiUrl: url, hintHelpers, onFallback: (f) => fallbacks.push(f) });
      await assertExact(key, hint);
      assert.equal(fallbacks.length, 1, name);
      assert.equal(fallbacks[0]?.from, 'api');
      assert.equal(fallbacks[0]?.to, 'hintHelpers');
      assert.match(fallbacks[0]?.reason ?? '', reason, name);
      assert.equal(counter.requests, rpcRequests, `${name}: RPC requests`);
      assert.ok(counter.roundTrips <= 2, `${name}: ${counter.roundTrips} RPC round trips`);
      assert.equal(counter.log.at(-1)?.to?.toLowerCase(), hintHelpers.toLowerCase(), `${name}: answered by the helper`);
    }
  });

  test('API in joinPool and topUpBalance: ≤ 3 RPC round trips, and the moving member answered by the API is replaced by its predecessor', async () => {
    // The API answers with the right place computed by the helper (as an up-to-date indexer would).
    let served = 0;
    apiAnswer = (url) => ({ status: 200, body: { hint: served, key: url.searchParams.get('key'), blockNumber: 1 } });
    const [person] = await newPeople(1, 100n * UNIT);
    const deposit = 90n * UNIT - 3n;
    served = await findPositionHint(reader(), { pool: d.pool, key: deposit, hintHelpers });
    const { wallet, counter } = countedWallet(person as number);
    const noFallback = (f: HintFallback) => assert.fail(`unexpected fallback: ${f.reason}`);
    const joined = await joinPool(wallet, { pool: d.pool, identityCommitment: commitmentOf(person as number), deposit, apiUrl, hintHelpers, onHintFallback: noFallback });
    const join = roundTripsBefore(counter, JOIN);
    assert.equal(join.roundTrips, 2, 'token and index, then the pool check of the API hint');
    assert.equal(join.before.filter((r) => r.to?.toLowerCase() === hintHelpers.toLowerCase()).length, 0, 'the helper was not needed');

    // The new member tops up by 2 base units: its new key still belongs at its own place, so an API that ignores
    // `exclude` (or the pool's check of any hint near it) answers the member itself; its predecessor is used instead.
    served = joined.memberId;
    const { wallet: again, counter: counted } = countedWallet(person as number);
    await reader().writeContract({ address: d.token, abi: testStablecoinAbi, functionName: 'faucet', args: [again.account.address, 2n] });
    const before = await record(joined.memberId);
    const topUp = await topUpBalance(again, { pool: d.pool, amount: 2n, apiUrl, hintHelpers, onHintFallback: noFallback });
    assert.equal(topUp.receipt.status, 'success');
    const check = roundTripsBefore(counted, TOP_UP);
    assert.equal(check.roundTrips, 2, 'reads by address, then the pool check (with the member record alongside)');
    assert.equal(check.before.filter((r) => r.selector === MEMBER_RECORD).length, 1, 'the moving member, read with the check');
    const after = await record(joined.memberId);
    assert.equal(after.prev, before.prev, 'it stayed where it was');
    assert.equal(apiRequests.at(-1)?.searchParams.get('exclude'), String(joined.memberId));
    await assertSorted();
  });
});
