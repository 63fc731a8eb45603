import type { Command } from 'commander';
import { InvalidInputError } from '@lashou/sdk';
import type { Hex } from 'viem';
import { CliError, LOCAL_CHAIN_ID, type Context } from '../context.js';
import { DEMO_OPERATOR_SECRET } from '../dev/seedDemo.js';
import type { Run } from '../main.js';
import { type SecretFileContents, createSecretFile, readSecretFile, rotateSecretFile } from '../operatorSecret.js';
import { promptHidden, readPassword } from '../password.js';
import { examples } from './claimShared.js';

/** Where the operator's secret file comes from: --secret-file, then LASHOU_OPERATOR_SECRET_FILE. */
export function secretFileOption(file: string | undefined): string | undefined {
  return file ?? (process.env.LASHOU_OPERATOR_SECRET_FILE || undefined);
}

/** The environment variable of earlier versions, refused so that a secret is never taken from the environment. */
function refuseSecretInEnvironment(): void {
  if (process.env.LASHOU_OPERATOR_SECRET !== undefined) {
    throw new CliError(
      'LASHOU_OPERATOR_SECRET is not read any more: a secret in the environment reaches process listings, logs and shell history; import it into an encrypted file once (lashou operator secret import --out operator-secret.json, which asks for it without echo), unset LASHOU_OPERATOR_SECRET, and pass --secret-file operator-secret.json',
    );
  }
}

/**
 * The operator's nullifier secrets (current and retired) for a review on `chainId`: from the encrypted secret file, or
 * on the local chain without one, the demo's public secret. The demo secret is refused on every other chain, from
 * wherever it comes: anyone could compute its nullifiers.
 */
export async function loadOperatorSecrets(ctx: Context, file: string | undefined, chainId: number): Promise<SecretFileContents & { demo: boolean }> {
  refuseSecretInEnvironment();
  if (!file) {
    if (chainId === LOCAL_CHAIN_ID) {
      ctx.note('using the demo operator secret (public, local chain only): pass --secret-file for your own');
      return { current: { secret: DEMO_OPERATOR_SECRET, generation: 1 }, retired: [], demo: true };
    }
    throw new CliError(`approving with --identity needs the operator's nullifier secret: pass --secret-file <file> (or set LASHOU_OPERATOR_SECRET_FILE); create one with lashou operator secret new --out <file>`);
  }
  const password = await readPassword({ purpose: `the secret file ${file}`, passwordFile: ctx.options.passwordFile });
  const secrets = await readSecretFile(file, password);
  if (chainId !== LOCAL_CHAIN_ID && [secrets.current, ...secrets.retired].some((s) => s.secret.toLowerCase() === DEMO_OPERATOR_SECRET.toLowerCase())) {
    throw new CliError(`${file} holds the demo operator secret, which is public: refused on chain ${chainId} (any chain but the local one); create your own with lashou operator secret new --out <file>; nothing was sent`);
  }
  return { ...secrets, demo: false };
}

export function operatorSecretCommands(operator: Command, run: Run) {
  const secret = operator
    .command('secret')
    .description("the operator's nullifier secret: an encrypted file with its generations (docs/identity.md, \"Rotating the secret\")")
    .addHelpText('after', examples('lashou operator secret new --out operator-secret.json', 'lashou operator secret rotate --secret-file operator-secret.json', 'lashou operator secret info --secret-file operator-secret.json'));
  secret
    .command('new')
    .description('draw a new random secret (generation 1) and write it encrypted with a password (asked twice, hidden)')
    .requiredOption('--out <file>', 'the secret file to write (mode 0600, never over an existing file or through a link)')
    .addHelpText('after', examples('lashou operator secret new --out operator-secret.json', 'lashou operator secret new --out operator-secret.json --password-file /dev/fd/3 3< pass.txt   # a script'))
    .action(run(async (ctx: Context, o: { out: string }) => {
      refuseSecretInEnvironment();
      const password = await readPassword({ purpose: `the new secret file ${o.out}`, confirm: true, passwordFile: ctx.options.passwordFile });
      const { generation } = await createSecretFile(o.out, password);
      await ctx.print(
        [`wrote ${o.out} (mode 0600): operator nullifier secret, generation ${generation}`, 'back it up with its password: without it, persons already paid can no longer be recognised'],
        { path: o.out, generation },
      );
    }));
  secret
    .command('import')
    .description('encrypt an existing secret (32 bytes of hex, asked without echo on a terminal, else read from stdin) into a new secret file')
    .requiredOption('--out <file>', 'the secret file to write (mode 0600, never over an existing file or through a link)')
    .addHelpText('after', examples('lashou operator secret import --out operator-secret.json', 'lashou operator secret import --out operator-secret.json --password-file ~/.lashou/secret.pass < old-secret.txt'))
    .action(run(async (ctx: Context, o: { out: string }) => {
      let text: string;
      if (process.stdin.isTTY) text = await promptHidden('secret to import (0x + 64 hex digits): ');
      else {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        text = Buffer.concat(chunks).toString('utf8').split('\n')[0] ?? '';
      }
      const value = text.trim();
      if (!/^(0x)?[0-9a-fA-F]{64}$/.test(value)) throw new InvalidInputError('the secret to import must be 32 bytes of hex (0x and 64 hex digits) on one line: nothing was written');
      const hex = `0x${value.replace(/^0x/i, '').toLowerCase()}` as Hex;
      if (hex === DEMO_OPERATOR_SECRET.toLowerCase()) throw new CliError('that is the demo operator secret, which is public: it is only for the local chain, where it needs no file; nothing was written');
      const password = await readPassword({ purpose: `the new secret file ${o.out}`, confirm: true, passwordFile: ctx.options.passwordFile });
      const { generation } = await createSecretFile(o.out, password, hex);
      await ctx.print([`wrote ${o.out} (mode 0600): the imported secret as generation ${generation}`, 'now unset LASHOU_OPERATOR_SECRET and delete any copy of the secret in plain text'], { path: o.out, generation });
    }));
  secret
    .command('rotate')
    .description('retire the current secret (kept in the file, to recognise persons already paid) and draw a new one with the next generation')
    .requiredOption('--secret-file <file>', 'the secret file to rotate (rewritten atomically)')
    .addHelpText('after', examples('lashou operator secret rotate --secret-file operator-secret.json'))
    .action(run(async (ctx: Context, o: { secretFile: string }) => {
      const password = await readPassword({ purpose: `the secret file ${o.secretFile}`, passwordFile: ctx.options.passwordFile });
      const { generation, retired } = await rotateSecretFile(o.secretFile, password);
      await ctx.print(
        [`${o.secretFile}: generation ${generation} is current; generation ${retired} is retired and still checked at every review (keep the file whole)`],
        { path: o.secretFile, generation, retired },
      );
    }));
  secret
    .command('info')
    .description('the generations a secret file holds (never the secrets): checks that the password opens every one')
    .requiredOption('--secret-file <file>', 'the secret file')
    .addHelpText('after', examples('lashou operator secret info --secret-file operator-secret.json --json'))
    .action(run(async (ctx: Context, o: { secretFile: string }) => {
      const password = await readPassword({ purpose: `the secret file ${o.secretFile}`, passwordFile: ctx.options.passwordFile });
      const { current, retired } = await readSecretFile(o.secretFile, password);
      await ctx.print(
        [`${o.secretFile}: current generation ${current.generation}; retired ${retired.length === 0 ? 'none' : retired.map((r) => r.generation).join(', ')}`],
        { path: o.secretFile, generation: current.generation, retired: retired.map((r) => r.generation) },
      );
    }));
}
