import { createConfig, http, type CreateConnectorFn } from 'wagmi';
import { injected } from 'wagmi/connectors';
import { defineChain, type Chain } from 'viem';
import type { RuntimeConfig } from './config';
import { devAccount } from './devAccounts';

/** The chain of the deployment, as wagmi and viem need it. */
export function chainOf(config: RuntimeConfig): Chain {
  return defineChain({
    id: config.chainId,
    name: config.chainName,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [config.rpcUrl] } },
    ...(config.explorerUrl ? { blockExplorers: { default: { name: 'Explorer', url: config.explorerUrl } } } : {}),
    ...(config.chainId === 31337 ? { testnet: true } : {}),
  });
}

/** wagmi's configuration: any injected EIP-1193 wallet, plus the dev accounts on the local chain. */
export function createWagmiConfig(config: RuntimeConfig) {
  const chain = chainOf(config);
  const connectors: CreateConnectorFn[] = [injected({ shimDisconnect: true })];
  for (const [index, account] of (config.devAccounts ?? []).entries()) {
    connectors.push(devAccount(account, index, chain, config.rpcUrl) as unknown as CreateConnectorFn);
  }
  return createConfig({
    chains: [chain],
    connectors,
    transports: { [chain.id]: http(config.rpcUrl, { batch: true }) },
    pollingInterval: config.chainId === 31337 ? 1_000 : 4_000,
  });
}
