// The bench's own line to anvil: batched JSON-RPC, transactions from impersonated addresses with nonces kept
// here (no round trip per transaction), and mining that packs the pending pool into blocks the way a busy
// chain would. viem is used for encoding and reads; bulk writes go through this file because 300,000
// `writeContract` calls (each simulating, estimating and fetching a nonce) would take hours.
import { type Abi, type Address, type Hex, encodeAbiParameters, encodeFunctionData, erc20Abi, keccak256, maxUint256, pad, toHex } from 'viem';

type RpcError = { code: number; message: string; data?: unknown };
type RpcReply = { id: number; result?: unknown; error?: RpcError };

/** A JSON-RPC request that failed, with the method and the node's message. */
export class RpcCallError extends Error {
  constructor(
    readonly method: string,
    readonly rpcError: RpcError,
  ) {
    super(`${method}: ${rpcError.message}${rpcError.data ? ` (${JSON.stringify(rpcError.data).slice(0, 300)})` : ''}`);
  }
}

/** Batched JSON-RPC over HTTP (anvil answers arrays of requests in one round trip). */
export class Rpc {
  private id = 0;
  constructor(readonly url: string) {}

  async call<T = unknown>(method: string, params: unknown[] = []): Promise<T> {
    const [result] = await this.batch<T>([{ method, params }]);
    return result as T;
  }

  /** Sends the calls in chunks of `chunk` per HTTP request; throws on the first error, naming it. */
  async batch<T = unknown>(calls: { method: string; params: unknown[] }[], chunk = 500): Promise<T[]> {
    const results: T[] = [];
    for (let start = 0; start < calls.length; start += chunk) {
      const part = calls.slice(start, start + chunk).map((c) => ({ jsonrpc: '2.0', id: ++this.id, method: c.method, params: c.params }));
      const response = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(part) });
      if (!response.ok) throw new Error(`JSON-RPC HTTP ${response.status} from ${this.url}: ${(await response.text()).slice(0, 300)}`);
      const replies = (await response.json()) as RpcReply[];
      const byId = new Map(replies.map((r) => [r.id, r]));
      for (const request of part) {
        const reply = byId.get(request.id);
        if (!reply) throw new Error(`${request.method}: no reply in the batch`);
        if (reply.error) throw new RpcCallError(request.method, reply.error);
        results.push(reply.result as T);
      }
    }
    return results;
  }
}

export type Receipt = {
  transactionHash: Hex;
  from: Address;
  to: Address | null;
  status: Hex;
  gasUsed: Hex;
  blockNumber: Hex;
  logs: { address: Address; topics: Hex[]; data: Hex; logIndex: Hex; transactionHash: Hex }[];
};

/** What one call to `pump` produced. */
export type Mined = { blocks: number[]; transactions: number; receipts: Receipt[] };

/** A transaction to send: `data` encoded here from an ABI, `gas` explicit (anvil then never estimates, which
 *  would run against the mined state and fail for transactions that depend on others still pending). */
export type Tx = {
  from: Address;
  to: Address;
  data: Hex;
  gas: bigint;
  label: string;
  /** Wei per gas above the base price: anvil orders its pool by fee, so a higher priority is mined first. */
  priority?: bigint | undefined;
  /** Logs the transaction emits when it succeeds. When every transaction of a `pump` says, blocks are checked by
   *  counting their logs (one `eth_getLogs`) instead of fetching receipts, which anvil serves slowly (~0.3 s for
   *  a block of 500 transactions); a count that differs falls back to the receipts to name the failure. */
  logs?: number | undefined;
};

export function call<const A extends Abi>(abi: A, functionName: string, args: readonly unknown[] = []): Hex {
  return encodeFunctionData({ abi: abi as Abi, functionName, args } as never);
}

/**
 * Sends transactions from any address (anvil impersonates them all), packs them into blocks and keeps the
 * chain clock: every block is `blockTime` seconds after the previous one unless time is moved on purpose.
 */
export class Chain {
  readonly rpc: Rpc;
  private readonly nonces = new Map<string, number>();
  private readonly pending: Tx[] = [];
  /** Timestamp of the latest mined block. */
  now = 0n;
  head = 0;
  blocksMined = 0;
  txsMined = 0;
  /** Largest number of transactions seen in one block, and the counts per mined block (for the run record). */
  txsPerBlock: number[] = [];
  constructor(
    url: string,
    readonly options: { blockTime: number; gasPrice: bigint; baseFee: bigint; blockGasLimit: bigint },
  ) {
    this.rpc = new Rpc(url);
  }

  async init(): Promise<void> {
    await this.rpc.call('anvil_autoImpersonateAccount', [true]);
    await this.rpc.call('evm_setAutomine', [false]);
    const block = await this.rpc.call<{ number: Hex; timestamp: Hex }>('eth_getBlockByNumber', ['latest', false]);
    this.head = Number(block.number);
    this.now = BigInt(block.timestamp);
  }

  /** Gives every address `wei` of ether (for gas), in batches. */
  async fund(addresses: Address[], wei: bigint): Promise<void> {
    await this.rpc.batch(addresses.map((a) => ({ method: 'anvil_setBalance', params: [a, toHex(wei)] })), 1000);
  }

  /**
   * Gives each holder `amount` of an OpenZeppelin 5 ERC20 (TestStablecoin) and an unlimited allowance for
   * `spender` by writing the token's storage, as forge-std's `deal` does (and the gas bench's BenchDriver):
   * `_balances` is slot 0, `_allowances` slot 1, `_totalSupply` slot 2 (`forge inspect TestStablecoin
   * storageLayout`). The total supply is raised to match, and the first and last holders are read back through
   * `balanceOf`/`allowance`, so a change of the token's layout fails loudly instead of silently.
   */
  async dealTokens(token: Address, spender: Address, holders: [Address, bigint][]): Promise<void> {
    if (holders.length === 0) return;
    const word = (n: bigint) => pad(toHex(n), { size: 32 });
    const writes = holders.flatMap(([holder, amount]) => {
      const balanceSlot = keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [holder, 0n]));
      const inner = keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [holder, 1n]));
      const allowanceSlot = keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'bytes32' }], [spender, inner]));
      return [
        { method: 'anvil_setStorageAt', params: [token, balanceSlot, word(amount)] },
        { method: 'anvil_setStorageAt', params: [token, allowanceSlot, word(maxUint256)] },
      ];
    });
    const supplySlot = word(2n);
    const supply = BigInt(await this.rpc.call<Hex>('eth_getStorageAt', [token, supplySlot, 'latest']));
    const added = holders.reduce((sum, [, amount]) => sum + amount, 0n);
    await this.rpc.batch([...writes, { method: 'anvil_setStorageAt', params: [token, supplySlot, word(supply + added)] }], 1000);
    for (const [holder, amount] of [holders[0]!, holders[holders.length - 1]!]) {
      const [balance, allowance] = await this.rpc.batch<Hex>([
        { method: 'eth_call', params: [{ to: token, data: encodeFunctionData({ abi: erc20Abi, functionName: 'balanceOf', args: [holder] }) }, 'latest'] },
        { method: 'eth_call', params: [{ to: token, data: encodeFunctionData({ abi: erc20Abi, functionName: 'allowance', args: [holder, spender] }) }, 'latest'] },
      ]);
      if (BigInt(balance!) !== amount || BigInt(allowance!) !== maxUint256) {
        throw new Error(`dealTokens: ${token} did not take the storage writes (balance ${BigInt(balance!)}, allowance ${BigInt(allowance!)}): its storage layout moved`);
      }
    }
  }

  /** Queues a transaction; `pump` sends the queue. */
  add(tx: Tx): void {
    this.pending.push(tx);
  }

  /** Automine on hands the chain to ordinary clients (viem's writeContract); off again, the head, the clock and
   *  the nonces are re-read, since those clients sent transactions this class did not count. */
  async setAutomine(on: boolean): Promise<void> {
    await this.rpc.call('evm_setAutomine', [on]);
    if (!on) {
      this.nonces.clear();
      await this.sync();
    }
  }

  /** Re-reads the head and its time (after blocks mined by someone else, e.g. under automine). */
  async sync(): Promise<void> {
    const block = await this.rpc.call<{ number: Hex; timestamp: Hex }>('eth_getBlockByNumber', ['latest', false]);
    this.head = Number(block.number);
    this.now = BigInt(block.timestamp);
  }

  /** Sends transactions in JSON-RPC batches without mining them (nonces assigned here, in order per sender). */
  async submit(txs: Tx[]): Promise<void> {
    const unknown = [...new Set(txs.map((t) => t.from.toLowerCase()))].filter((a) => !this.nonces.has(a));
    if (unknown.length) {
      const counts = await this.rpc.batch<Hex>(unknown.map((a) => ({ method: 'eth_getTransactionCount', params: [a, 'pending'] })), 1000);
      unknown.forEach((a, i) => this.nonces.set(a, Number(counts[i])));
    }
    const requests = txs.map((t) => {
      const key = t.from.toLowerCase();
      const nonce = this.nonces.get(key)!;
      this.nonces.set(key, nonce + 1);
      const gasPrice = this.options.gasPrice + (t.priority ?? 0n);
      return { method: 'eth_sendTransaction', params: [{ from: t.from, to: t.to, data: t.data, gas: toHex(t.gas), gasPrice: toHex(gasPrice), nonce: toHex(nonce) }] };
    });
    try {
      await this.rpc.batch(requests, 500);
    } catch (error) {
      throw new Error(`sending ${txs.length} transactions (${[...new Set(txs.map((t) => t.label))].join(', ')}) failed: ${(error as Error).message}`);
    }
  }

  /** Mines one block `advance` seconds after the previous one (default: the block time) and returns its number. */
  async mine(advance?: number | bigint): Promise<number> {
    this.now += BigInt(advance ?? this.options.blockTime);
    // Full blocks would raise the EIP-1559 base fee 12.5 % per block; hold it still so fixed-price transactions
    // keep fitting, as a fee market does over a bench's worth of blocks.
    await this.rpc.call('anvil_setNextBlockBaseFeePerGas', [toHex(this.options.baseFee)]);
    await this.rpc.call('evm_mine', [Number(this.now)]);
    this.head += 1;
    this.blocksMined += 1;
    return this.head;
  }

  /** Moves the clock by `seconds` and mines a block at that time (with whatever is pending). */
  async warp(seconds: number | bigint): Promise<number> {
    const number = await this.mine(seconds);
    await this.checkBlock(number);
    return number;
  }

  /** Fetches a mined block's receipts; a reverted transaction stops the bench with what it was. */
  private async checkBlock(number: number): Promise<Receipt[]> {
    const receipts = await this.rpc.call<Receipt[]>('eth_getBlockReceipts', [toHex(number)]);
    const failed = receipts.filter((r) => r.status !== '0x1');
    if (failed.length) {
      const first = failed[0]!;
      const tx = await this.rpc.call<{ input: Hex; to: Address; gas: Hex }>('eth_getTransactionByHash', [first.transactionHash]);
      let reason = '';
      try {
        await this.rpc.call('eth_call', [{ from: first.from, to: tx.to, data: tx.input, gas: toHex(10_000_000) }, toHex(number - 1)]);
      } catch (error) {
        reason = (error as Error).message;
      }
      const outOfGas = first.gasUsed === tx.gas ? `; it used all its gas (${Number(tx.gas)})` : '';
      throw new Error(
        `${failed.length} of ${receipts.length} transactions in block ${number} reverted; first ${first.transactionHash} from ${first.from} to ${tx.to} ` +
          `selector ${tx.input.slice(0, 10)}${outOfGas} (${reason || 'replayed on the parent state without error: it depended on an earlier transaction of its block'})`,
      );
    }
    if (receipts.length) {
      this.txsMined += receipts.length;
      this.txsPerBlock.push(receipts.length);
    }
    return receipts;
  }

  /**
   * Sends what `add` queued plus `txs` and mines them, one block's worth at a time: the gas limits of what is
   * sent before each block add up to at most the block gas limit, so every block takes everything pending.
   * (Anvil drops the later transactions of a sender whose earlier one did not fit in a block, so the pool must
   * never hold more than a block.) Returns the receipts, for the events they carry.
   */
  async pump(txs: Tx[] = [], options: { receipts?: boolean; advance?: number | bigint | undefined } = {}): Promise<Mined> {
    const all = [...this.pending.splice(0), ...txs];
    const mined: Mined = { blocks: [], transactions: 0, receipts: [] };
    // The first block comes `advance` seconds after the previous one (time moves with it), the rest a block apart.
    let advance: number | bigint | undefined = options.advance;
    if (all.length === 0 && advance !== undefined) await this.warp(advance);
    const window = this.options.blockGasLimit;
    let sent = 0;
    let inPool = 0;
    const byCount = !options.receipts && all.every((t) => t.logs !== undefined);
    let slice: Tx[] = [];
    while (sent < all.length || inPool > 0) {
      if (inPool === 0) {
        let end = sent;
        let gas = 0n;
        while (end < all.length && gas + all[end]!.gas <= window) gas += all[end++]!.gas;
        if (end === sent) throw new Error(`a ${all[sent]!.label} transaction asks for ${all[sent]!.gas} gas, more than a block (${window})`);
        slice = all.slice(sent, end);
        await this.submit(slice);
        inPool = end - sent;
        sent = end;
      }
      const number = await this.mine(advance);
      advance = undefined;
      let count: number;
      if (byCount) {
        const at = toHex(number);
        const [block, logs] = await this.rpc.batch<{ transactions: Hex[] } & Hex[]>([
          { method: 'eth_getBlockByNumber', params: [at, false] },
          { method: 'eth_getLogs', params: [{ fromBlock: at, toBlock: at }] },
        ]);
        count = (block as { transactions: Hex[] }).transactions.length;
        const expected = slice.reduce((sum, t) => sum + t.logs!, 0);
        if (count !== slice.length || (logs as Hex[]).length !== expected) {
          await this.checkBlock(number); // throws, naming the reverted transaction
          throw new Error(`block ${number}: ${count} of ${slice.length} transactions mined, ${(logs as Hex[]).length} logs where ${expected} were expected`);
        }
        this.txsMined += count;
        this.txsPerBlock.push(count);
      } else {
        const receipts = await this.checkBlock(number);
        count = receipts.length;
        mined.receipts.push(...receipts);
      }
      if (count === 0) {
        const status = await this.rpc.call<{ pending: Hex; queued: Hex }>('txpool_status');
        throw new Error(
          `anvil mined none of ${inPool} pending transactions (pool: ${Number(status.pending)} pending, ${Number(status.queued)} queued; ` +
            `${mined.transactions} of ${all.length} mined so far)`,
        );
      }
      inPool -= count;
      mined.blocks.push(number);
      mined.transactions += count;
    }
    return mined;
  }
}
