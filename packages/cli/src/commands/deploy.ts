import type { Command } from 'commander';
import { InvalidInputError, deployerPowers, getRoleCensus, getTokenInfo } from '@lashou/sdk';
import { deployLashou } from '@lashou/sdk/node';
import { CliError, type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';
import { deploymentJson } from '../output.js';

const days = (text: string, flag: string) => {
  if (!/^\d+(\.\d+)?$/.test(text)) throw new InvalidInputError(`${flag} "${text}" must be a number of days`);
  const seconds = Math.round(Number(text) * 86_400);
  if (seconds <= 0) throw new InvalidInputError(`${flag} must be positive`);
  return BigInt(seconds);
};

export function deployCommand(program: Command, run: Run) {
  program
    .command('deploy')
    .description('deploy the whole protocol (stablecoin or test token, timelock, pool, witness registry, randomness, claim parameters, claims manager, fraud reports), wire every role and write deployments/<chainId>.json')
    .option('--token <address>', 'an existing stablecoin (USDC, DAI, …); refused if it has no code')
    .option('--test-token', 'deploy a TestStablecoin with a faucet (local chains and test networks only)')
    .option('--operator <address>', 'the operator: OPERATOR_ROLE on the claims manager and fraud reports (a multisig in production; required on chains that are not local)')
    .option('--randomness-delay <blocks>', 'blocks between a draw request and the prevrandao it uses (1–256)', '2')
    .option('--timelock-admin <address>', 'proposer and canceller of governance operations (a multisig in production; required on chains that are not local)')
    .option('--epoch-days <days>', 'epoch length', '14')
    .option('--waiting-days <days>', 'waiting period before coverage', '90')
    .option('--governance-delay-days <days>', 'timelock delay (default: exit notice + epoch + one day of settlement slack, plus a day); at least exit notice + epoch + one day')
    .option('--seasoning-days <days>', 'days a new witness waits before it can be drawn', '30')
    .option('--min-region-witnesses <n>', "witnesses a claim's region needs (outside the exclusions) before a draw uses it instead of all regions", '12')
    .option('--exit-notice-days <days>', "days a leaver still shares claims (default: the claims' announcement plus investigation windows, 37)")
    .option('--minimum <units>', 'minimum balance, in whole tokens', '10')
    .option('--keep-admin', "keep the deployer's temporary role admin after wiring (local experiments only; by default it is renounced and the timelock stays admin)")
    .option('--force', 'on a chain that is not local, deploy even though the deploying key keeps a power (a missing --operator or --timelock-admin, or --keep-admin)')
    .option('--deployments-dir <dir>', 'where to write <chainId>.json (default: the repository deployments/)')
    .addHelpText('after', '\nExamples:\n  $ lashou deploy --rpc http://127.0.0.1:8545 --test-token --operator 0x7099…79C8 --yes\n  $ LASHOU_KEYSTORE=deployer.json lashou deploy --rpc $SEPOLIA_RPC --test-token --operator $OPERATOR --timelock-admin $SAFE\n  $ lashou deploy --rpc $BASE_RPC --token 0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913 --operator $OPERATOR --timelock-admin $SAFE\nSee docs/deploy.md.')
    .action(run(async (ctx: Context, options: { token?: string; testToken?: boolean; operator?: string; timelockAdmin?: string; epochDays: string; waitingDays: string; governanceDelayDays?: string; seasoningDays: string; minRegionWitnesses: string; exitNoticeDays?: string; minimum: string; keepAdmin?: boolean; force?: boolean; randomnessDelay: string; deploymentsDir?: string }) => {
      if (!options.token && !options.testToken) throw new CliError('choose the stablecoin: --token <address> for a real one, or --test-token on a test chain');
      if (options.token && options.testToken) throw new CliError('give either --token or --test-token, not both');
      const token = options.token ? parseAddress(options.token, '--token') : undefined;
      const operator = options.operator ? parseAddress(options.operator, '--operator') : undefined;
      if (!/^\d+$/.test(options.randomnessDelay) || Number(options.randomnessDelay) < 1 || Number(options.randomnessDelay) > 256) throw new InvalidInputError(`--randomness-delay "${options.randomnessDelay}" must be a whole number of blocks from 1 to 256`);
      const timelockAdmin = options.timelockAdmin ? parseAddress(options.timelockAdmin, '--timelock-admin') : undefined;
      if (!/^\d+$/.test(options.minimum)) throw new InvalidInputError(`--minimum "${options.minimum}" must be a whole number of tokens`);
      const epochLength = days(options.epochDays, '--epoch-days');
      if (!/^\d+$/.test(options.minRegionWitnesses)) throw new InvalidInputError(`--min-region-witnesses "${options.minRegionWitnesses}" must be a whole number`);
      const exitNotice = options.exitNoticeDays === undefined ? undefined : days(options.exitNoticeDays, '--exit-notice-days');
      const governanceDelay = options.governanceDelayDays === undefined ? undefined : days(options.governanceDelayDays, '--governance-delay-days');
      const wallet = await ctx.wallet();
      const chainId = await ctx.chainId();
      const settings = {
        token, operator, timelockAdmin, randomness: { kind: 'prevrandao' as const, delay: BigInt(options.randomnessDelay) }, epochLength, governanceDelay,
        waitingPeriod: days(options.waitingDays, '--waiting-days'),
        witnessSeasoning: options.seasoningDays === '0' ? 0n : days(options.seasoningDays, '--seasoning-days'),
        minRegionWitnesses: BigInt(options.minRegionWitnesses),
        exitNotice,
        minimumBalanceUnits: BigInt(options.minimum),
        renounceAdmin: !options.keepAdmin,
      };
      const keeps = deployerPowers(settings, wallet.account.address);
      const warning = `WARNING: the deploying key ${wallet.account.address} keeps: ${keeps.join('; ')}. Anyone holding that key holds these powers.`;
      if (keeps.length > 0 && chainId !== 31337 && !options.force) {
        throw new CliError(`this deployment would leave powers with the deploying key ${wallet.account.address} on chain ${chainId}: ${keeps.join('; ')}. Name the multisigs with --operator and --timelock-admin (and drop --keep-admin), or add --force to accept it knowingly`);
      }
      await ctx.confirm(`Deploy Lashou on chain ${chainId} from ${wallet.account.address}${token ? ` with stablecoin ${token}` : ' with a test stablecoin'}?${keeps.length > 0 ? ` ${warning}` : ''}`);
      const deployment = await deployLashou(wallet, {
        ...settings,
        allowDeployerPowers: options.force === true,
        deploymentsDir: options.deploymentsDir ?? ctx.deploymentsDir(),
        onStep: (step) => ctx.note(step),
      });
      const census = await getRoleCensus(wallet, { deployment });
      // On stderr even with --json, once deployed: a warning about powers is never left out.
      if (keeps.length > 0) process.stderr.write(`${warning}\n`);
      const censusLines = census.holdings.map((h) => `  ${h.contract.padEnd(15)} ${h.role.padEnd(18)} ${h.holder}${h.holder === deployment.deployer ? '  ← the deploying key' : ''}`);
      await ctx.print(
        [
          `deployed on chain ${deployment.chainId} at block ${deployment.blockNumber}`, `token     ${deployment.token}${deployment.testToken ? ' (test stablecoin)' : ''}`, `pool      ${deployment.pool}`, `timelock  ${deployment.timelock} (delay ${deployment.parameters.governanceDelay} s)`,
          `claims    ${deployment.claims}`, `reports   ${deployment.reports}`, `registry  ${deployment.registry}`, `random    ${deployment.randomness} (${deployment.randomnessKind})`, `params    ${deployment.claimParameters}`, `operator  ${deployment.operator}`, `governance ${deployment.governance}`,
          'who holds what:', ...censusLines,
          census.deployerHoldings.length === 0 ? 'the deploying key holds no power' : `the deploying key still holds ${census.deployerHoldings.length} power(s)`,
          `wrote     ${deployment.path}`,
        ],
        {
          ...deploymentJson(deployment),
          census: census.holdings,
        },
        { decimals: (await getTokenInfo(wallet, { token: deployment.token })).decimals },
      );
    }));
}
