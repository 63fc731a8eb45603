import type { Command } from 'commander';
import {
  InvalidInputError, KEEPER_STEP_GROUPS, createKeeper, findKeeperSteps, formatKeeperLog, type KeeperDeployment, type KeeperLogEntry, type KeeperStep,
  type KeeperStepGroup,
} from '@lashou/sdk';
import { type Address, createPublicClient, http, parseEther, parseGwei } from 'viem';
import { CliError, type Context } from '../context.js';
import { startKeeperHealthServer } from '../keeper/healthServer.js';
import { keystoreAddress, keystoreHasAddress } from '../keystore.js';
import { formatTime, toJson } from '../output.js';
import type { Run } from '../main.js';

const LOCAL_CHAIN_ID = 31337;

type KeeperOptions = {
  steps?: string;
  interval?: string;
  maxGas: string;
  maxGasPrice?: string;
  dailyBudget?: string;
  maxLapseSteps: string;
  dryRun?: boolean;
  once?: boolean;
  healthPort?: string;
  healthHost: string;
  mine?: boolean;
};

/** Parses `--steps pool,claims`; every name must be a known group. */
export function parseStepGroups(text: string | undefined): KeeperStepGroup[] {
  if (text === undefined) return [...KEEPER_STEP_GROUPS];
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new InvalidInputError(`--steps is empty: give one or more of ${KEEPER_STEP_GROUPS.join(', ')}, separated by commas`);
  for (const name of names) {
    if (!(KEEPER_STEP_GROUPS as readonly string[]).includes(name)) throw new InvalidInputError(`--steps: "${name}" is not a step group: use ${KEEPER_STEP_GROUPS.join(', ')}`);
  }
  return [...new Set(names)] as KeeperStepGroup[];
}

function positiveNumber(text: string, option: string, example: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(value) || value <= 0) throw new InvalidInputError(`${option} "${text}" is not a positive number: e.g. ${option} ${example}`);
  return value;
}

function wholeNumber(text: string, option: string, example: string): bigint {
  if (!/^\d+$/.test(text.trim()) || BigInt(text) === 0n) throw new InvalidInputError(`${option} "${text}" is not a whole number above 0: e.g. ${option} ${example}`);
  return BigInt(text);
}

function port(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65_535) throw new InvalidInputError(`--health-port "${text}" is not a port number (0 picks a free one)`);
  return value;
}

/** One JSON line in the CLI's output schema (output.ts): ids as strings, times as unix seconds plus `<key>Iso`, amounts in token units (`decimals`). */
const jsonLine = (value: unknown, decimals?: number) => JSON.stringify(toJson(value, decimals));

/** A keeper log entry for --json: its wall-clock `at` in unix seconds (with `atIso`), like every time in the CLI's JSON. */
const logJson = (entry: KeeperLogEntry) => ({ ...entry, at: Math.floor(Date.parse(entry.at) / 1000) });

/** A step for --json: its name under `step`, as in the log lines (`key` is an amount in the CLI's JSON schema). */
const stepJson = ({ key, ...rest }: KeeperStep) => ({ step: key, ...rest });

/** The claims part of the deployment the keeper needs. */
export function keeperDeployment(deployment: Awaited<ReturnType<Context['deployment']>>): KeeperDeployment {
  return {
    pool: deployment.pool, claims: deployment.claims, reports: deployment.reports, randomness: deployment.randomness, randomnessKind: deployment.randomnessKind,
    registry: deployment.registry, fromBlock: deployment.blockNumber,
  };
}

function stepLine(step: KeeperStep, now: bigint): string {
  const when = step.due
    ? step.allowedAt !== undefined && now >= step.allowedAt ? `due for ${now - step.allowedAt} s` : 'due'
    : step.allowedAtBlock !== undefined ? `from block ${step.allowedAtBlock}` : step.allowedAt !== undefined ? `from ${formatTime(step.allowedAt)}` : 'waiting';
  return `  ${step.key.padEnd(34)} ${when.padEnd(30)} ${step.detail}`;
}

export function keeperCommand(program: Command, run: Run) {
  program
    .command('keeper')
    .description('push every permissionless step as soon as the chain allows it: lapses, settlement, randomness, draws, approvals, payouts (in part after a payment window), releases, expiries, superseded reports, witness activations, and the money that waited for the token (owed stake, deferred credits, kept payouts and refunds, to their owners only)')
    .option('--steps <groups>', `which steps to push, comma-separated: ${KEEPER_STEP_GROUPS.join(', ')} (default all)`)
    .option('--interval <seconds>', 'how often to look for a new block (default 2 on the local chain, 12 elsewhere)')
    .option('--max-gas <units>', 'gas limit per call; a step that needs more is refused and logged', '3000000')
    .option('--max-gas-price <gwei>', 'send nothing while the network asks more than this per gas')
    .option('--daily-budget <amount>', "spend at most this much of the chain's native currency (e.g. ETH) per 24 h; recounted from the chain at start")
    .option('--max-lapse-steps <n>', 'members lapsed per processLapses call', '200')
    .option('--dry-run', 'print what would be sent, send nothing (no key needed: a keystore gives its address without the password)')
    .option('--once', 'one pass: take (or, with --dry-run, show) what is due, print what waits, and exit')
    .option('--health-port <port>', 'serve GET /health (JSON) and GET /metrics (Prometheus) on this port (0: a free one)')
    .option('--health-host <host>', 'address the health endpoint listens on', '127.0.0.1')
    .option('--mine', 'local chain only: mine the blocks a randomness request waits for (anvil makes blocks only for transactions)')
    .addHelpText(
      'after',
      [
        '',
        'Anyone may push these steps; the keeper only makes the protocol move on in time. It keeps no state of its own:',
        'stop it and start it again, or run two, and it picks up from the chain. One line per action on stdout (--json: one JSON',
        'object per line). On a public chain it signs only with a keystore (--keystore or --account; its password from',
        '--password-file, LASHOU_KEYSTORE_PASSWORD or a prompt).',
        '',
        'Group deferred: when the token could not move (paused by its issuer, or a payee blacklisted), decisions stood and',
        'their money waited on chain. The keeper sends it on as soon as the token moves; until then each such step is said',
        'once on stderr ("… waits for the token: …") and tried again at each new block, never counted as a failure.',
        '',
        'Examples:',
        '  $ lashou keeper --mine --account dev:keeper                    # the local chain (a public dev key)',
        '  $ lashou keeper --once --dry-run                               # what is due now, and what waits',
        '  $ lashou keeper --rpc https://… --keystore keeper.json --password-file ~/.lashou/keeper.pass --daily-budget 0.05 --max-gas-price 30 --health-port 9464',
      ].join('\n'),
    )
    .action(run(async (ctx: Context, options: KeeperOptions) => {
      const groups = parseStepGroups(options.steps);
      const maxGas = wholeNumber(options.maxGas, '--max-gas', '3000000');
      const maxLapseSteps = Number(wholeNumber(options.maxLapseSteps, '--max-lapse-steps', '200'));
      // Checked as decimals first, then parsed from the text itself (String(1e-10) would be "1e-10").
      const maxFeePerGas = options.maxGasPrice === undefined ? undefined : (positiveNumber(options.maxGasPrice, '--max-gas-price', '30'), parseGwei(options.maxGasPrice.trim()));
      const dailyBudget = options.dailyBudget === undefined ? undefined : (positiveNumber(options.dailyBudget, '--daily-budget', '0.05'), parseEther(options.dailyBudget.trim()));
      if (maxFeePerGas === 0n) throw new InvalidInputError(`--max-gas-price "${options.maxGasPrice}" is below 1 wei: e.g. --max-gas-price 30`);
      if (dailyBudget === 0n) throw new InvalidInputError(`--daily-budget "${options.dailyBudget}" is below 1 wei: e.g. --daily-budget 0.05`);
      const healthPort = options.healthPort === undefined ? undefined : port(options.healthPort);
      const chainId = await ctx.chainId();
      const local = chainId === LOCAL_CHAIN_ID;
      const intervalMs = Math.round(1000 * (options.interval === undefined ? (local ? 2 : 12) : positiveNumber(options.interval, '--interval', '12')));
      if (options.mine && !local) throw new CliError(`--mine is for the local development chain (31337) only; chain ${chainId} makes its own blocks`);
      const deployment = keeperDeployment(await ctx.deployment());
      if (!deployment.claims) throw new CliError('this deployment has no claims modules (it predates them): redeploy with lashou deploy');

      // The key: a keystore on a public chain; none at all for a dry run.
      let account: Awaited<ReturnType<Context['account']>> | undefined;
      let address: Address | undefined;
      const keySource = ctx.keySource();
      if (options.dryRun) {
        // A keystore's own address field, without the password; a keystore without one (cast wallet import) is opened.
        if (keySource?.kind === 'keystore') address = keystoreHasAddress(keySource.path) ? keystoreAddress(keySource.path) : (await ctx.account()).address;
        else if (keySource?.kind === 'privateKey') address = (await ctx.account()).address;
      } else {
        if (!local && keySource?.kind === 'privateKey' && !keySource.account) {
          throw new CliError(`on chain ${chainId} the keeper signs only with a keystore: unset LASHOU_PRIVATE_KEY and pass --keystore <file> or --account <name> (lashou key new)`);
        }
        account = await ctx.account();
        address = account.address;
        if (!local && dailyBudget === undefined) process.stderr.write(`warning: no --daily-budget on chain ${chainId}: the keeper's key may spend without limit\n`);
        if (!local && maxFeePerGas === undefined) process.stderr.write(`warning: no --max-gas-price on chain ${chainId}: the keeper sends at any gas price\n`);
      }
      const client = account
        ? await ctx.wallet(account)
        : createPublicClient({ chain: await ctx.chain(), transport: http(ctx.rpcUrl(), { retryCount: 0, timeout: 30_000 }) });

      const emit = (entry: KeeperLogEntry) => {
        if (ctx.json) process.stdout.write(`${jsonLine(logJson(entry))}\n`);
        else (entry.level === 'info' ? process.stdout : process.stderr).write(`${formatKeeperLog(entry)}\n`);
      };
      const keeper = createKeeper(client, {
        deployment, account: account ?? address, groups, intervalMs, dryRun: options.dryRun, maxGas, maxLapseSteps, maxFeePerGas, dailyBudget,
        mineLocalBlocks: options.mine, onLog: emit,
      });

      if (options.once) {
        const result = await keeper.tick({ force: true });
        const plan = await findKeeperSteps(client, { deployment, groups });
        if (ctx.json) {
          // Deferred steps carry the money they move: written in the token's units.
          const decimals = [...plan.due, ...plan.waiting].some((s) => s.amount !== undefined) ? (await ctx.token()).decimals : undefined;
          process.stdout.write(`${jsonLine({ once: true, taken: result.taken, failed: result.failed, blockNumber: plan.blockNumber, chainTime: plan.now, due: plan.due.map(stepJson), waiting: plan.waiting.map(stepJson) }, decimals)}\n`);
        } else {
          await ctx.print(
            [
              `block ${plan.blockNumber}, chain time ${formatTime(plan.now)}: ${options.dryRun ? 'dry run, nothing sent' : `${result.taken} step(s) taken${result.failed ? `, ${result.failed} failed` : ''}`}`,
              `due now (${plan.due.length}):`,
              ...plan.due.map((s) => stepLine(s, plan.now)),
              `waiting (${plan.waiting.length}):`,
              ...plan.waiting.map((s) => stepLine(s, plan.now)),
            ],
            null,
          );
        }
        if (result.failed !== 0) process.exitCode = 1;
        return;
      }

      const health = healthPort === undefined ? undefined : await startKeeperHealthServer(keeper, { port: healthPort, host: options.healthHost });
      if (health) emit({ at: new Date().toISOString(), level: 'info', event: 'start', message: `health endpoint ${health.url}/health (JSON) and ${health.url}/metrics (Prometheus)` });
      const stop = () => keeper.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await keeper.run();
      await health?.close();
    }));
}
