import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TestChain } from '@lashou/sdk/node';
import { type Abi, type Address, type Hex, erc20Abi, getAddress, parseAbi } from 'viem';

// The demo's TestStablecoin cannot be paused. To see what the index makes of a token that refuses to move (a paused
// USDC or USDT, an address on the issuer's blacklist), a test swaps the token's code for a copy compiled with a pause
// switch and a block list (anvil_setCode): the copy adds its two variables after every slot of the original, so the
// balances, allowances and permit nonces are untouched, and the original code can be put back the same way.

const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TestStablecoin} from "contracts/src/tokens/TestStablecoin.sol";

/// TestStablecoin with USDC's controls, for tests: paused, every transfer reverts as USDC's does; a blocked address
/// can neither send nor receive. Anyone may flip them (a test chain only).
contract ControlledTestStablecoin is TestStablecoin {
    bool public paused;
    mapping(address account => bool) public blocked;

    constructor(string memory name_, string memory symbol_, uint8 decimals_) TestStablecoin(name_, symbol_, decimals_) {}

    function setPaused(bool value) external {
        paused = value;
    }

    function setBlocked(address account, bool value) external {
        blocked[account] = value;
    }

    function _update(address from, address to, uint256 value) internal override {
        require(!paused, "Pausable: paused");
        require(!blocked[from] && !blocked[to], "Blacklistable: account is blacklisted");
        super._update(from, to, value);
    }
}
`;

const controlsAbi = parseAbi([
  'function setPaused(bool value)',
  'function setBlocked(address account, bool value)',
  'function paused() view returns (bool)',
  'function blocked(address account) view returns (bool)',
]);

let compiled: { abi: Abi; bytecode: Hex } | undefined;

/** Compiles the controlled copy with the solc the contracts use (solcjs 0.8.28, the only compiler here). */
function compile(): { abi: Abi; bytecode: Hex } {
  if (compiled) return compiled;
  const contractsRequire = createRequire(createRequire(import.meta.url).resolve('@lashou/contracts/package.json'));
  const contractsDir = dirname(contractsRequire.resolve('@lashou/contracts/package.json'));
  const solc = contractsRequire('solc') as { compile: (input: string, callbacks: { import: (path: string) => { contents: string } | { error: string } }) => string };
  const input = {
    language: 'Solidity',
    sources: { 'ControlledTestStablecoin.sol': { content: SOURCE } },
    settings: { evmVersion: 'cancun', outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  };
  const findImports = (path: string) => {
    try {
      if (path.startsWith('contracts/')) return { contents: readFileSync(join(contractsDir, path.slice('contracts/'.length)), 'utf8') };
      if (path.startsWith('@openzeppelin/')) return { contents: readFileSync(contractsRequire.resolve(path), 'utf8') };
      return { error: `not found: ${path}` };
    } catch (error) {
      return { error: `cannot read ${path}: ${(error as Error).message}` };
    }
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports })) as {
    errors?: { severity: string; formattedMessage: string }[];
    contracts?: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
  };
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length) throw new Error(`the controlled test token does not compile:\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  const contract = output.contracts?.['ControlledTestStablecoin.sol']?.ControlledTestStablecoin;
  if (!contract) throw new Error('solc gave no ControlledTestStablecoin');
  compiled = { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
  return compiled;
}

export type TokenControls = {
  /** Every transfer of the token reverts ("Pausable: paused"), as a paused USDC. */
  pause: () => Promise<void>;
  unpause: () => Promise<void>;
  /** `account` can neither send nor receive the token, as on USDC's blacklist. */
  block: (account: Address) => Promise<void>;
  unblock: (account: Address) => Promise<void>;
  /** Puts the token's original code back (the switches' storage is left, and ignored by that code). */
  restore: () => Promise<void>;
};

/**
 * Gives the token at `token` (a TestStablecoin) a pause switch and a block list by swapping its code on anvil.
 * @example
 * const controls = await controlToken(chain, seed.token)
 * await controls.pause()
 */
export async function controlToken(chain: TestChain, token: Address): Promise<TokenControls> {
  const wallet = chain.dev(0);
  const { abi, bytecode } = compile();
  const [name, symbol, decimals] = await Promise.all([
    wallet.readContract({ address: token, abi: erc20Abi, functionName: 'name' }),
    wallet.readContract({ address: token, abi: erc20Abi, functionName: 'symbol' }),
    wallet.readContract({ address: token, abi: erc20Abi, functionName: 'decimals' }),
  ]);
  // The copy is deployed with the token's own constructor arguments, so its immutables (decimals, the EIP-712 name
  // and version) are the token's; the domain separator is rebuilt for the token's address on use.
  const hash = await wallet.deployContract({ abi, bytecode, args: [name, symbol, decimals] } as never);
  const receipt = await wallet.waitForTransactionReceipt({ hash });
  if (!receipt.contractAddress) throw new Error('the controlled test token was not deployed');
  const [original, controlled] = await Promise.all([wallet.getCode({ address: token }), wallet.getCode({ address: getAddress(receipt.contractAddress) })]);
  if (!original || !controlled) throw new Error('no code to swap');
  const setCode = (code: Hex) => wallet.request({ method: 'anvil_setCode' as never, params: [token, code] as never });
  await setCode(controlled);
  const send = async (functionName: 'setPaused' | 'setBlocked', args: readonly unknown[]) => {
    const tx = await wallet.writeContract({ address: token, abi: controlsAbi, functionName, args } as never);
    const r = await wallet.waitForTransactionReceipt({ hash: tx });
    if (r.status !== 'success') throw new Error(`${functionName}(${args.join(', ')}) reverted on the token`);
  };
  return {
    pause: () => send('setPaused', [true]),
    unpause: () => send('setPaused', [false]),
    block: (account) => send('setBlocked', [account, true]),
    unblock: (account) => send('setBlocked', [account, false]),
    restore: async () => {
      await setCode(original);
    },
  };
}
