import { mkdirSync } from 'node:fs';
import type { Command } from 'commander';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { CliError, type Context, accountPath, keystoreDir } from '../context.js';
import { DEV_ACCOUNT_NAMES } from '../devAccounts.js';
import { decryptKeystore, encryptKey, keystoreFormat, parsePrivateKey, writeKeystore } from '../keystore.js';
import type { Run } from '../main.js';
import { assertStrongPassword, readPassword, readPasswordFile } from '../password.js';

/** Where `key new` writes: --out, else the keystore of --account <name> in the keystore folder (created 0700 if missing). */
function newKeystorePath(ctx: Context, out: string | undefined): string {
  if (out) return out;
  const name = ctx.options.account;
  if (!name) throw new CliError('where should the key go? pass --out <file>, or --account <name> to write it in the keystore folder (as cast wallet import does)');
  if (name.startsWith('dev:')) throw new CliError(`${name} is a public dev account, it cannot be created: choose another --account name`);
  const path = accountPath(name);
  mkdirSync(keystoreDir(), { recursive: true, mode: 0o700 });
  return path;
}

export function keyCommands(program: Command, run: Run) {
  const key = program.command('key').description('signing keys: encrypted keystore files (Web3 Secret Storage v3, as cast wallet and geth use; see docs/cli.md)');
  key
    .command('new')
    .description('generate a key and write it encrypted (scrypt N=2^18): password from --password-file, LASHOU_KEYSTORE_PASSWORD, or asked twice on a terminal')
    .option('--out <file>', 'keystore file to write (mode 0600, never overwritten); or --account <name> to write <keystore folder>/<name>')
    .addHelpText(
      'after',
      [
        '',
        'The password must be strong (zxcvbn score 3 of 4: a few uncommon words do). The file opens in cast wallet and ethers too.',
        'A new key holds no ETH for gas: on the local chain lashou token faucet gives it some with the test tokens.',
        '',
        'Examples:',
        '  $ lashou key new --out ~/.lashou/key.json                     # asks for the password twice',
        '  $ lashou key new --account alice                              # writes ~/.foundry/keystores/alice (LASHOU_KEYSTORE_DIR)',
        '  $ lashou key new --out key.json --password-file ~/.lashou/key.pass',
        '  $ lashou token faucet --keystore ~/.lashou/key.json --yes     # local chain: test tokens and ETH for gas',
        '  $ lashou member status --account alice',
      ].join('\n'),
    )
    .action(run(async (ctx: Context, options: { out?: string }) => {
      const out = newKeystorePath(ctx, options.out);
      const password = await readPassword({ purpose: `the new keystore ${out}`, confirm: true, passwordFile: ctx.options.passwordFile });
      const privateKey = generatePrivateKey();
      const address = privateKeyToAccount(privateKey).address;
      writeKeystore(out, await encryptKey(privateKey, password));
      await ctx.print(
        [
          `wrote ${out} (mode 0600)`,
          `address ${address}`,
          `it holds no ETH for gas yet: on the local chain lashou token faucet --keystore ${out} gives some; elsewhere send ETH to ${address}`,
        ],
        { path: out, address },
      );
    }));
  key
    .command('address')
    .description('the address of the configured key: --keystore, --account, LASHOU_PRIVATE_KEY, LASHOU_ACCOUNT, LASHOU_KEYSTORE, then the config file')
    .addHelpText(
      'after',
      `\nAccount names: a keystore file in ${'$'}LASHOU_KEYSTORE_DIR (default ~/.foundry/keystores), or on the local chain ${DEV_ACCOUNT_NAMES}.\n\nExamples:\n  $ lashou key address --keystore ~/.lashou/key.json\n  $ lashou key address --account alice          # after cast wallet import alice --interactive\n  $ lashou key address --account dev:operator   # local chain\n  $ lashou key address --account alice --json`,
    )
    .action(run(async (ctx: Context) => {
      const account = await ctx.account();
      const source = ctx.keySource();
      await ctx.print(account.address, { address: account.address, keyFrom: source?.from, ...(source?.account ? { account: source.account } : {}) });
    }));
  key
    .command('migrate')
    .description('convert an old Lashou keystore (lashouKeystore 1) to a standard v3 keystore: reads --keystore, writes --out (never overwritten)')
    .requiredOption('--out <file>', 'the v3 keystore to write (mode 0600)')
    .option('--new-password-file <file>', 'protect the new file with this password (first line) instead of the old one')
    .addHelpText('after', '\nThe old password opens the old file (--password-file, LASHOU_KEYSTORE_PASSWORD or a prompt); the new file keeps it\nunless --new-password-file is given, and it must be strong. The old file is left as it is: delete it once the new one works.\n\nExamples:\n  $ lashou key migrate --keystore ~/.lashou/key.json --out ~/.lashou/key.v3.json\n  $ lashou key address --keystore ~/.lashou/key.v3.json')
    .action(run(async (ctx: Context, options: { out: string; newPasswordFile?: string }) => {
      const from = ctx.options.keystore;
      if (!from) throw new CliError('which keystore? pass --keystore <old file> (and --out <new file>)');
      if (keystoreFormat(from) === 'v3') throw new CliError(`${from} is already a standard (v3) keystore: nothing to migrate`);
      const password = await readPassword({ purpose: `keystore ${from}`, passwordFile: ctx.options.passwordFile });
      const privateKey = await decryptKeystore(from, password, { quiet: true });
      let newPassword = password;
      if (options.newPasswordFile) newPassword = readPasswordFile(options.newPasswordFile);
      try {
        await assertStrongPassword(newPassword, `the password for the new keystore ${options.out}`);
      } catch (error) {
        throw new CliError(`${(error as Error).message}${options.newPasswordFile ? '' : ' Give a stronger one with --new-password-file <file>.'}`);
      }
      writeKeystore(options.out, await encryptKey(parsePrivateKey(privateKey, `the key in ${from}`), newPassword));
      const address = privateKeyToAccount(privateKey).address;
      await ctx.print([`wrote ${options.out} (standard v3 keystore, mode 0600)`, `address ${address}`, `${from} is unchanged: delete it once ${options.out} works`], { path: options.out, address });
    }));
}
