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
    .requiredOption('--out <file>', 'keystore file to write (mode 0600)')
    .addHelpText('after', '\nExample:\n  $ LASHOU_KEYSTORE_PASSWORD=… lashou key new --out ~/.lashou/key.json\n  $ lashou member status --keystore ~/.lashou/key.json')
    .action(run(async (ctx: Context, options: { out: string }) => {
      const password = process.env.LASHOU_KEYSTORE_PASSWORD;
      if (!password) throw new CliError('set LASHOU_KEYSTORE_PASSWORD to the password that will protect the key');
      const store = encryptKey(generatePrivateKey(), password);
      writeKeystore(options.out, store);
      ctx.print([`wrote ${options.out} (mode 0600)`, `address ${store.address}`], { path: options.out, address: store.address });
    }));
  key
    .command('address')
    .description('the address of the configured key (LASHOU_PRIVATE_KEY or --keystore)')
    .action(run(async (ctx: Context) => {
      const account = await ctx.account();
      ctx.print(account.address, { address: account.address });
    }));
}
