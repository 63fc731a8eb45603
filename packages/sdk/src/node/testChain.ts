import { type Hex, type PublicActions, type WalletActions, type Client, type Transport, type Chain, type Account, createWalletClient, defineChain, http, publicActions } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { anvilDevKey } from './devAccounts.js';
import { startAnvil, type StartAnvilParameters, type StartAnvilReturnType } from './startAnvil.js';

/** A wallet client with public actions, signing locally with a key. */
export type TestWalletClient = Client<Transport, Chain, Account> & PublicActions<Transport, Chain, Account> & WalletActions<Chain, Account>;

/** A local chain definition for an anvil on `rpcUrl`. */
export function localChain(rpcUrl: string, chainId = 31337): Chain {
  return defineChain({ id: chainId, name: 'Local (anvil)', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [rpcUrl] } } });
}

/** A wallet client on `rpcUrl` signing with `key`. */
export function walletFor(rpcUrl: string, key: Hex, chain = localChain(rpcUrl)): TestWalletClient {
  return createWalletClient({ account: privateKeyToAccount(key), chain, pollingInterval: 50, transport: http(rpcUrl, { retryCount: 0 }) }).extend(publicActions) as unknown as TestWalletClient;
}

/** A running anvil with wallet clients for its dev accounts, for tests. */
export type TestChain = StartAnvilReturnType & {
  chain: Chain;
  /** Wallet client of anvil dev account `i` (well-known keys, local only). */
  dev: (index: number) => TestWalletClient;
  /** Move chain time forward and mine a block. */
  increaseTime: (seconds: number | bigint) => Promise<void>;
  /** Set the next block's time (unix seconds) and mine it. */
  setTime: (timestamp: bigint) => Promise<void>;
  /** Mine `blocks` empty blocks. */
  mine: (blocks: number) => Promise<void>;
};

/**
 * Starts a fresh anvil on a free port (the shared helper of every TypeScript test).
 * @example
 * const chain = await startTestChain(); try { … } finally { await chain.stop() }
 */
export async function startTestChain(parameters: StartAnvilParameters = {}): Promise<TestChain> {
  const anvil = await startAnvil(parameters);
  const chain = localChain(anvil.rpcUrl, parameters.chainId ?? 31337);
  const clients = new Map<number, TestWalletClient>();
  const dev = (index: number) => {
    let client = clients.get(index);
    if (!client) clients.set(index, (client = walletFor(anvil.rpcUrl, anvilDevKey(index), chain)));
    return client;
  };
  const increaseTime = async (seconds: number | bigint) => {
    const client = dev(0);
    await client.request({ method: 'evm_increaseTime' as never, params: [Number(seconds)] as never });
    await client.request({ method: 'evm_mine' as never, params: [] as never });
  };
  const setTime = async (timestamp: bigint) => {
    const client = dev(0);
    await client.request({ method: 'evm_setNextBlockTimestamp' as never, params: [Number(timestamp)] as never });
    await client.request({ method: 'evm_mine' as never, params: [] as never });
  };
  const mine = async (blocks: number) => {
    await dev(0).request({ method: 'anvil_mine' as never, params: [`0x${blocks.toString(16)}`] as never });
  };
  return { ...anvil, chain, dev, increaseTime, setTime, mine };
}
