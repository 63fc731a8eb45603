import type { Command } from 'commander';
import { formatAmount, getTokenBalance, requestTestTokens } from '@lashou/sdk';
import { type Address, formatEther, parseEther, toHex } from 'viem';
import { CliError, type Context, LOCAL_CHAIN_ID, parseAddress, type Wallet } from '../context.js';
import type { Run } from '../main.js';

/** Below this an address on the local chain gets gas money from the faucet… */
const GAS_FLOOR_ETH = '1';
/** …up to this much. */
const GAS_TOP_UP_ETH = '10';

/**
 * On the local chain (anvil): sets `address`'s ETH to GAS_TOP_UP_ETH when it holds less than GAS_FLOOR_ETH, so a new
 * key can pay gas. Returns what it did, or undefined when nothing was needed. A node without anvil_setBalance
 * (not anvil) is left alone: the mint then fails with the gas error, which says how to get ETH.
 */
async function topUpLocalGas(wallet: Wallet, address: Address): Promise<{ address: Address; before: string; after: string; symbol: string } | undefined> {
  const balance = await wallet.getBalance({ address });
  if (balance >= parseEther(GAS_FLOOR_ETH)) return undefined;
  try {
    await wallet.request({ method: 'anvil_setBalance' as never, params: [address, toHex(parseEther(GAS_TOP_UP_ETH))] as never });
  } catch {
    return undefined;
  }
  return { address, before: formatEther(balance), after: GAS_TOP_UP_ETH, symbol: 'ETH' };
}

export function tokenCommands(program: Command, run: Run) {
  const token = program.command('token').description('the stablecoin: balances, and the test faucet on local and test chains');

  token
    .command('faucet')
    .description('mint test stablecoins (test chains only; at most 100,000 a call); on the local chain also gas money (ETH) for a key that has too little')
    .option('--amount <amount>', 'tokens to mint', '1000')
    .option('--to <address>', 'receiver (default: your address)')
    .addHelpText('after', `\nOn the local chain (${LOCAL_CHAIN_ID}) an address with less than ${GAS_FLOOR_ETH} ETH — the signer, and the receiver — is first topped up to ${GAS_TOP_UP_ETH} ETH,\nso a new key (lashou key new) can pay the gas of the mint and of joining. Elsewhere gas is yours to bring.\n\nExamples:\n  $ lashou token faucet --amount 500\n  $ lashou token faucet --to 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --yes`)
    .action(run(async (ctx: Context, options: { amount: string; to?: string }) => {
      const to = options.to ? parseAddress(options.to, '--to') : undefined;
      const deployment = await ctx.deployment();
      if (!deployment.testToken) throw new CliError(`${deployment.token} is a real stablecoin with no faucet: buy or bridge it instead`);
      const amount = await ctx.amount(options.amount);
      const [info, wallet, chainId] = await Promise.all([ctx.token(), ctx.wallet(), ctx.chainId()]);
      // On the local chain the faucet gives gas money too, before the mint (which itself costs gas).
      const gasTopUps: { address: Address; before: string; after: string; symbol: string }[] = [];
      if (chainId === LOCAL_CHAIN_ID) {
        for (const address of new Set([wallet.account.address, ...(to ? [to] : [])])) {
          const topUp = await topUpLocalGas(wallet, address);
          if (topUp) gasTopUps.push(topUp);
        }
      }
      const result = await requestTestTokens(wallet, { token: deployment.token, amount, to });
      await ctx.print(
        [
          `minted ${formatAmount(amount, info)} to ${result.to}`,
          ...gasTopUps.map((g) => `gave ${g.address} ${g.after} ETH for gas (it held ${g.before} ETH; local chain only)`),
          `transaction ${result.hash}`,
        ],
        { to: result.to, amount, hash: result.hash, gasTopUps },
      );
    }));

  token
    .command('balance')
    .description("an address's stablecoin balance")
    .argument('[address]', 'whose balance (default: your address)')
    .addHelpText('after', '\nExamples:\n  $ lashou token balance\n  $ lashou token balance 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json | jq -r .balance')
    .action(run(async (ctx: Context, _options: unknown, address?: string) => {
      const owner = address ? parseAddress(address) : (await ctx.account()).address;
      const [{ token: tokenAddress }, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
      const { balance, token: info } = await getTokenBalance(client, { token: tokenAddress, owner });
      await ctx.print(`${owner} holds ${formatAmount(balance, info)}`, { owner, balance, symbol: info.symbol, decimals: info.decimals, token: tokenAddress });
    }));
}
