import { Command, CommanderError } from 'commander';
import { LashouError } from '@lashou/sdk';
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

/** The `lashou` program. */
export function buildProgram(): Command {
  const program = new Command('lashou')
    .description('Lashou (拉手): open mutual aid for critical illness, on EVM chains')
    .option('--rpc <url>', 'JSON-RPC endpoint (env LASHOU_RPC_URL; default http://127.0.0.1:8545)')
    .option('--deployment <file>', 'deployment record (env LASHOU_DEPLOYMENT; default deployments/<chainId>.json)')
    .option('--api <url>', "the indexer's API, used for sorted-list hints (env LASHOU_API_URL; default none: the chain's HintHelpers)")
    .option('--keystore <file>', 'encrypted key file (env LASHOU_KEYSTORE; or set LASHOU_PRIVATE_KEY)')
    .option('--config <file>', 'JSON config with rpc, deployment, keystore (default ./lashou.config.json if present)')
    .option('--json', 'machine-readable output on stdout')
    .option('-y, --yes', 'do not ask before spending money (required when stdin is not a terminal)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExamples:\n  $ npm start                                   # lashou dev: a local chain with a demo mutual\n  $ lashou pool info\n  $ lashou identity new --out me.json && lashou token faucet && lashou member join --deposit 50 --identity me.json\n  $ lashou member status 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json');
  memberCommands(program, run);
  poolCommands(program, run);
  tokenCommands(program, run);
  identityCommands(program, run);
  keyCommands(program, run);
  claimCommands(program, run);
  keeperCommand(program, run);
  deployCommand(program, run);
  devCommand(program, run);
  return program;
}

/** Runs the CLI; every failure becomes one line on stderr and exit code 1. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its message (or the help); keep its exit code
      process.exit(error.exitCode);
    }
    const message = error instanceof LashouError ? error.shortMessage : error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`error: ${message}\n`);
    if (process.env.LASHOU_DEBUG) console.error(error);
    process.exit(1);
  }
}
