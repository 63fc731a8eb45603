import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { testStablecoinAbi, testStablecoinBytecode } from '@lashou/abi';
import { type Abi, type Address, type Hex, getAddress, maxUint256 } from 'viem';
import type { TestWalletClient } from './testChain.js';

/** The stablecoins a test can run the pool on: the project's TestStablecoin and the doubles of USDC, USDT and DAI. */
export type StablecoinKind = 'test' | 'usdc' | 'usdt' | 'dai';
export const STABLECOIN_KINDS: readonly StablecoinKind[] = ['test', 'usdc', 'usdt', 'dai'];

/** A deployed stablecoin and what a test does with it through the token's own paths. */
export type TestStablecoin = {
  kind: StablecoinKind;
  address: Address;
  abi: Abi;
  symbol: string;
  decimals: number;
  /** Gives `to` `amount` through the token's own minting path (faucet; USDC's minter; USDT's issue + transfer; DAI's ward). */
  mint: (to: Address, amount: bigint) => Promise<void>;
  /** Stops transfers (USDC, USDT), if the token can be paused. */
  pause?: (() => Promise<void>) | undefined;
  unpause?: (() => Promise<void>) | undefined;
  /** Blocks an address (USDC's blacklist, USDT's black list), if the token has one. */
  blacklist?: ((account: Address) => Promise<void>) | undefined;
  unblacklist?: ((account: Address) => Promise<void>) | undefined;
};

/** The doubles' Foundry artifacts (contracts/test/doubles → contracts/out/<Name>.sol/<Name>.json). */
function artifact(name: 'UsdcDouble' | 'UsdtDouble' | 'DaiDouble'): { abi: Abi; bytecode: Hex } {
  const contracts = dirname(createRequire(import.meta.url).resolve('@lashou/contracts/package.json'));
  const path = join(contracts, 'out', `${name}.sol`, `${name}.json`);
  if (!existsSync(path)) throw new Error(`${path} is missing: build the contracts first (npm run build:contracts), which compiles contracts/test/doubles/${name}.sol`);
  const json = JSON.parse(readFileSync(path, 'utf8')) as { abi: Abi; bytecode: { object: Hex } };
  return { abi: json.abi, bytecode: json.bytecode.object };
}

/**
 * Deploys a stablecoin of `kind` from `admin` (who holds every role of the double) for tests. Not for production:
 * the doubles live in contracts/test/doubles and reproduce the real tokens' behaviour (USDC's reason strings, pause
 * and blacklist; USDT's missing return values, zero-first approvals and empty reverts; DAI's own permit).
 * @example
 * const usdc = await deployStablecoin(chain.dev(0), 'usdc')
 * await usdc.mint(member, 1_000_000_000n)
 */
export async function deployStablecoin(admin: TestWalletClient, kind: StablecoinKind, options: { daiDomainChainId?: bigint | undefined } = {}): Promise<TestStablecoin> {
  const send = async (address: Address, abi: Abi, functionName: string, args: readonly unknown[]) => {
    const hash = await admin.writeContract({ address, abi, functionName, args } as never);
    const receipt = await admin.waitForTransactionReceipt({ hash });
    if (receipt.status !== 'success') throw new Error(`${kind}: ${functionName} reverted (${hash})`);
  };
  const deploy = async (abi: Abi, bytecode: Hex, args: readonly unknown[]) => {
    const hash = await admin.deployContract({ abi, bytecode, args } as never);
    const receipt = await admin.waitForTransactionReceipt({ hash });
    if (!receipt.contractAddress) throw new Error(`${kind}: deployment ${hash} failed`);
    return getAddress(receipt.contractAddress);
  };
  switch (kind) {
    case 'test': {
      const abi = testStablecoinAbi as Abi;
      const address = await deploy(abi, testStablecoinBytecode, ['Test USD', 'tUSD', 6]);
      return { kind, address, abi, symbol: 'tUSD', decimals: 6, mint: (to, amount) => send(address, abi, 'faucet', [to, amount]) };
    }
    case 'usdc': {
      const { abi, bytecode } = artifact('UsdcDouble');
      const address = await deploy(abi, bytecode, [admin.account.address]);
      await send(address, abi, 'configureMinter', [admin.account.address, maxUint256]);
      return {
        kind, address, abi, symbol: 'USDC', decimals: 6,
        mint: (to, amount) => send(address, abi, 'mint', [to, amount]),
        pause: () => send(address, abi, 'pause', []),
        unpause: () => send(address, abi, 'unpause', []),
        blacklist: (account) => send(address, abi, 'blacklist', [account]),
        unblacklist: (account) => send(address, abi, 'unBlacklist', [account]),
      };
    }
    case 'usdt': {
      const { abi, bytecode } = artifact('UsdtDouble');
      const address = await deploy(abi, bytecode, [0n]);
      return {
        kind, address, abi, symbol: 'USDT', decimals: 6,
        mint: async (to, amount) => {
          await send(address, abi, 'issue', [amount]);
          await send(address, abi, 'transfer', [to, amount]);
        },
        pause: () => send(address, abi, 'pause', []),
        unpause: () => send(address, abi, 'unpause', []),
        blacklist: (account) => send(address, abi, 'addBlackList', [account]),
        unblacklist: (account) => send(address, abi, 'removeBlackList', [account]),
      };
    }
    case 'dai': {
      const { abi, bytecode } = artifact('DaiDouble');
      // DAI fixes its DOMAIN_SEPARATOR at construction from the chain id it is given (normally its own).
      const address = await deploy(abi, bytecode, [options.daiDomainChainId ?? BigInt(await admin.getChainId())]);
      return { kind, address, abi, symbol: 'DAI', decimals: 18, mint: (to, amount) => send(address, abi, 'mint', [to, amount]) };
    }
  }
}

/**
 * Deploys a contract at a new address that forwards every call to `target` with CALL (not DELEGATECALL): it answers
 * the target's views, but the target sees the forwarder as its caller and keeps its own address in its EIP-712 domain.
 * A token reached this way has a `DOMAIN_SEPARATOR()` for another address than the one the SDK is given.
 */
export async function deployCallForwarder(admin: TestWalletClient, target: Address): Promise<Address> {
  // calldatacopy(0, 0, calldatasize); ok := call(gas, target, 0, 0, calldatasize, 0, 0);
  // returndatacopy(0, 0, returndatasize); if ok { return(0, returndatasize) } revert(0, returndatasize)
  const runtime = `365f5f375f5f365f5f73${target.slice(2).toLowerCase()}5af13d5f5f3e3d5f82602b57fd5bf3`;
  const length = (runtime.length / 2).toString(16).padStart(2, '0');
  const hash = await admin.sendTransaction({ data: `0x60${length}80600b6000396000f3${runtime}` });
  const receipt = await admin.waitForTransactionReceipt({ hash });
  if (!receipt.contractAddress) throw new Error(`the forwarder's deployment ${hash} failed`);
  return getAddress(receipt.contractAddress);
}
