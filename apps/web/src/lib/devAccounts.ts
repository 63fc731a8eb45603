import { createConnector } from 'wagmi';
import { createWalletClient, http, numberToHex, type Address, type Chain, type Hex, type WalletClient } from 'viem';

export type DevAccount = { label: string; address: Address; privateKey: Hex };

/**
 * A wallet for one of the local chain's known accounts, so `npm start` is usable without a browser wallet.
 * It signs in the page with the account's key (public: anvil's dev keys and the demo's deterministic keys) and
 * is only created when the runtime configuration is for chain 31337.
 */
export function devAccount(account: DevAccount, index: number, chain: Chain, rpcUrl: string) {
  // The signing code (secp256k1) is fetched when the account is first used, not on every page's first load.
  let client: Promise<WalletClient> | undefined;
  const getClient = () =>
    (client ??= import('viem/accounts').then(({ privateKeyToAccount }) => {
      const local = privateKeyToAccount(account.privateKey);
      if (local.address !== account.address) throw new Error(`the dev account ${account.label} has a key for ${local.address}, not ${account.address}`);
      return createWalletClient({ account: local, chain, transport: http(rpcUrl) });
    }));
  const local = { address: account.address };
  let connected = false;
  return createConnector<WalletClient['transport'], { devAccount: DevAccount }>((config) => ({
    id: `lashou-dev-${index}`,
    name: account.label,
    type: 'lashouDev',
    devAccount: account,
    async connect(parameters) {
      await getClient(); // a wrong key fails here, at connect, with a message
      connected = true;
      config.storage?.setItem(`lashou-dev-${index}.connected` as never, true as never);
      const accounts = parameters?.withCapabilities ? [{ address: local.address, capabilities: {} }] : [local.address];
      return { accounts: accounts as never, chainId: chain.id };
    },
    async disconnect() {
      connected = false;
      await config.storage?.removeItem(`lashou-dev-${index}.connected` as never);
    },
    async getAccounts() {
      return [local.address];
    },
    async getChainId() {
      return chain.id;
    },
    async getProvider() {
      return (await getClient()).transport;
    },
    async getClient() {
      return (await getClient()) as never;
    },
    async isAuthorized() {
      return connected || Boolean(await config.storage?.getItem(`lashou-dev-${index}.connected` as never));
    },
    async switchChain({ chainId }) {
      if (chainId !== chain.id) throw new Error(`the dev account only works on the local chain (${numberToHex(chain.id)})`);
      return chain;
    },
    onAccountsChanged() {},
    onChainChanged() {},
    onDisconnect() {
      connected = false;
    },
  }));
}
