import type { Command } from 'commander';
import { formatAmount, getTokenBalance, requestTestTokens } from '@lashou/sdk';
import { CliError, type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';

export function tokenCommands(program: Command, run: Run) {
  const token = program.command('token').description('the stablecoin: balances, and the test faucet on local and test chains');

  token
    .command('faucet')
    .description('mint test stablecoins (test chains only; at most 100,000 a call)')
    .option('--amount <amount>', 'tokens to mint', '1000')
    .option('--to <address>', 'receiver (default: your address)')
    .addHelpText('after', '\nExample:\n  $ lashou token faucet --amount 500')
    .action(run(async (ctx: Context, options: { amount: string; to?: string }) => {
      const to = options.to ? parseAddress(options.to, '--to') : undefined;
      const deployment = await ctx.deployment();
      if (!deployment.testToken) throw new CliError(`${deployment.token} is a real stablecoin with no faucet: buy or bridge it instead`);
      const amount = await ctx.amount(options.amount);
      const [info, wallet] = await Promise.all([ctx.token(), ctx.wallet()]);
      const result = await requestTestTokens(wallet, { token: deployment.token, amount, to });
      ctx.print([`minted ${formatAmount(amount, info)} to ${result.to}`, `transaction ${result.hash}`], { to: result.to, amount, hash: result.hash });
    }));

  token
    .command('balance')
    .description("an address's stablecoin balance")
    .argument('[address]', 'whose balance (default: your address)')
    .action(run(async (ctx: Context, _options: unknown, address?: string) => {
      const owner = address ? parseAddress(address) : (await ctx.account()).address;
      const [{ token: tokenAddress }, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
      const { balance, token: info } = await getTokenBalance(client, { token: tokenAddress, owner });
      ctx.print(`${owner} holds ${formatAmount(balance, info)}`, { owner, balance, symbol: info.symbol, decimals: info.decimals });
    }));
}
