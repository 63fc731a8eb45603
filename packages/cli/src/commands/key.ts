import type { Command } from 'commander';
import { generatePrivateKey } from 'viem/accounts';
import { CliError, type Context } from '../context.js';
import { encryptKey, writeKeystore } from '../keystore.js';
import type { Run } from '../main.js';

export function keyCommands(program: Command, run: Run) {
  const key = program.command('key').description('signing keys: an encrypted keystore file (see docs/cli.md)');
  key
    .command('new')
    .description('generate a key and write it encrypted (password from LASHOU_KEYSTORE_PASSWORD)')
    .requiredOption('--out <file>', 'keystore file to write (mode 0600, never overwritten)')
    .addHelpText(
      'after',
      '\nA new key holds no ETH for gas: on the local chain lashou token faucet gives it some with the test tokens.\n\nExamples:\n  $ LASHOU_KEYSTORE_PASSWORD=… lashou key new --out ~/.lashou/key.json\n  $ lashou token faucet --keystore ~/.lashou/key.json --yes          # local chain: test tokens and ETH for gas\n  $ lashou member status --keystore ~/.lashou/key.json',
    )
    .action(run(async (ctx: Context, options: { out: string }) => {
      const password = process.env.LASHOU_KEYSTORE_PASSWORD;
      if (!password) throw new CliError('no password for the new keystore: set LASHOU_KEYSTORE_PASSWORD to the password that will protect the key (at least 8 characters)');
      const store = encryptKey(generatePrivateKey(), password);
      writeKeystore(options.out, store);
      await ctx.print(
        [
          `wrote ${options.out} (mode 0600)`,
          `address ${store.address}`,
          `it holds no ETH for gas yet: on the local chain lashou token faucet --keystore ${options.out} gives some; elsewhere send ETH to ${store.address}`,
        ],
        { path: options.out, address: store.address },
      );
    }));
  key
    .command('address')
    .description('the address of the configured key: --keystore, else LASHOU_PRIVATE_KEY, else LASHOU_KEYSTORE, else the config file')
    .addHelpText('after', '\nExamples:\n  $ lashou key address --keystore ~/.lashou/key.json\n  $ LASHOU_PRIVATE_KEY=0x… lashou key address --json')
    .action(run(async (ctx: Context) => {
      const account = await ctx.account();
      await ctx.print(account.address, { address: account.address, keyFrom: ctx.keySource()?.from });
    }));
}
