import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { LashouError, redactSecrets, setTimestampFormat, toLashouError } from '@lashou/sdk';
import { inspect } from 'node:util';
import { formatTime } from './output.js';
import { Context, type GlobalOptions } from './context.js';
import { deployCommand } from './commands/deploy.js';
import { devCommand } from './commands/dev.js';
import { identityCommands } from './commands/identity.js';
import { keyCommands } from './commands/key.js';
import { memberCommands } from './commands/member.js';
import { poolCommands } from './commands/pool.js';
import { tokenCommands } from './commands/token.js';
import { claimCommands } from './commands/claims.js';
import { keeperCommand } from './commands/keeper.js';
import { auditCommand } from './commands/audit.js';
import { simulateCommand } from './commands/simulate.js';

// biome-ignore lint: handlers have varied signatures
type Handler = (ctx: Context, options: any, ...args: any[]) => Promise<void>;
/** Wraps a command handler: builds the context from the global options and passes positional arguments last. */
export type Run = (handler: Handler) => (...args: unknown[]) => Promise<void>;

const run: Run = (handler) => async (...args) => {
  const command = args.at(-1) as Command;
  const options = args.at(-2) as Record<string, unknown>;
  const positional = args.slice(0, -2);
  const ctx = new Context(command.optsWithGlobals() as GlobalOptions);
  await handler(ctx, options, ...positional);
};

// The CLI package's version: set by the bundle (scripts/build.mjs), read from package.json when running the sources.
declare const __LASHOU_VERSION__: string | undefined;

/** The version of the `lashou` CLI (its package.json), e.g. `0.1.0`. */
export function cliVersion(): string {
  if (typeof __LASHOU_VERSION__ === 'string') return __LASHOU_VERSION__;
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The `lashou` program. */
export function buildProgram(): Command {
  const program = new Command('lashou')
    .description('Lashou (拉手): open mutual aid for critical illness, on EVM chains')
    .version(`lashou ${cliVersion()}`, '-V, --version', 'print the version of lashou and exit')
    .option('--rpc <url>', 'JSON-RPC endpoint (env LASHOU_RPC_URL; default http://127.0.0.1:8545)')
    .option('--deployment <file>', 'deployment record (env LASHOU_DEPLOYMENT; default deployments/<chainId>.json)')
    .option('--api <url>', "the indexer's API, used for sorted-list hints (env LASHOU_API_URL; default none: the chain's HintHelpers)")
    .option('--keystore <file>', 'encrypted key file (Web3 Secret Storage v3, as lashou key new, cast wallet and geth write); wins over every other key setting')
    .option('--account <name>', 'the keystore <name> in LASHOU_KEYSTORE_DIR (default ~/.foundry/keystores, where cast wallet import writes), or on the local chain dev:operator|notary|supervisor|member|<0-9>|member-<n>|witness-<n>|keeper (env LASHOU_ACCOUNT)')
    .option('--password-file <file>', "the keystore's password: the file's first line (mode 600; /dev/fd/N reads a descriptor); else LASHOU_KEYSTORE_PASSWORD, else a hidden prompt")
    .option('--config <file>', 'JSON config with rpc, deployment, keystore or account (default ./lashou.config.json if present)')
    .option('--json', 'machine-readable output on stdout')
    .option('-y, --yes', 'do not ask before spending money (required when stdin is not a terminal)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ npm start                                   # lashou dev: a local chain with a demo mutual',
        '  $ lashou pool info',
        '  $ lashou identity new                         # writes ~/.local/share/lashou/identities/<date>-<commitment>.identity.json',
        '  $ lashou token faucet && lashou member join --deposit 50 --identity ~/.local/share/lashou/identities/<…>.identity.json',
        '  $ lashou member status 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json',
        '',
        'Settings: flag, then environment, then the config file. The key: --keystore, else --account, else LASHOU_PRIVATE_KEY,',
        'else LASHOU_ACCOUNT, else LASHOU_KEYSTORE, else the config file\'s keystore or account. --json prints one document: amounts',
        'in token units with <key>BaseUnits, times in unix seconds with <key>Iso, ids as strings (docs/cli.md, "Output").',
      ].join('\n'),
    );
  memberCommands(program, run);
  poolCommands(program, run);
  tokenCommands(program, run);
  identityCommands(program, run);
  keyCommands(program, run);
  claimCommands(program, run);
  keeperCommand(program, run);
  auditCommand(program, run);
  simulateCommand(program, run);
  deployCommand(program, run);
  devCommand(program, run);
  return program;
}

/** Runs the CLI; every failure becomes one line on stderr and exit code 1. */
export async function main(argv: string[]): Promise<void> {
  // The SDK's sentences (contract errors, keeper steps) write times like the rest of the human output.
  setTimestampFormat(formatTime);
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its message (or the help); keep its exit code
      process.exit(error.exitCode);
    }
    // Whatever escaped a command (a raw viem error, a file-system error) goes through the SDK's explainers too.
    const explained = error instanceof LashouError ? error : toLashouError(error);
    // Credentials in an RPC URL (user:password@, /v3/<key>, ?apikey=) never reach the terminal or a log.
    const message = redactSecrets(explained.shortMessage.split('\n')[0] ?? '');
    process.stderr.write(`error: ${message}\n`);
    if (process.env.LASHOU_DEBUG) process.stderr.write(`${redactSecrets(inspect(error, { depth: 6 }))}\n`);
    process.exit(1);
  }
}
