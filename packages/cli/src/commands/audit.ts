import type { Command } from 'commander';
import { InvalidInputError, redactSecrets, toLashouError } from '@lashou/sdk';
import type { Context } from '../context.js';
import type { Run } from '../main.js';
import { progress } from '../progress.js';
import { AUDIT_EXIT, auditExitCode, auditJson, formatAuditReport } from '../audit/report.js';
import { runAudit } from '../audit/run.js';

function wholeNumber(text: string, what: string, min = 0n): bigint {
  if (!/^\d+$/.test(text)) throw new InvalidInputError(`${what} "${text}" is not a whole number: e.g. ${what} ${min > 0n ? 2000 : 123456}`);
  const value = BigInt(text);
  if (value < min) throw new InvalidInputError(`${what} must be at least ${min}`);
  return value;
}

export function auditCommand(program: Command, run: Run) {
  program
    .command('audit')
    .description("recompute every balance, epoch, payment, stake, bond and draw from the chain's logs alone and compare with the contracts (and the API with --api)")
    .option('--block <n>', 'audit at this block (default: the latest; with --api, the block the API has indexed)')
    .option('--log-range <n>', 'blocks per eth_getLogs request (halved when the node refuses a range)', '2000')
    .addHelpText(
      'after',
      [
        '',
        'Reads the deployment\'s event logs over JSON-RPC (no indexer, no API), replays them by the protocol\'s rules with its own',
        'code (docs/audit.md), and compares every recomputed figure with the events, the contracts\' views at the audited',
        'block and, with --api, the indexer\'s API. Exit code 0: no difference; 1: differences (each listed with its item,',
        'field, source and both values); 2: the audit could not be made (RPC or API unreachable, no deployment).',
        '',
        'Examples:',
        '  $ lashou audit',
        '  $ lashou audit --json',
        '  $ lashou audit --block 120 --log-range 500',
      ].join('\n'),
    )
    .action(run(async (ctx: Context, options: { block?: string; logRange: string }) => {
      const block = options.block !== undefined ? wholeNumber(options.block, '--block') : undefined;
      const logRange = wholeNumber(options.logRange, '--log-range', 1n);
      const bars = new Map<string, ReturnType<typeof progress>>();
      const onProgress = (stage: string, done: number, total: number) => {
        let bar = bars.get(stage);
        if (!bar) {
          for (const [name, other] of bars) if (name !== stage) other.stop();
          bar = progress(ctx, stage, total);
          bars.set(stage, bar);
        }
        bar.setTotal(total);
        bar.update(done);
      };
      let result;
      try {
        const [deployment, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
        result = await runAudit({
          client,
          rpcUrl: ctx.rpcUrl(),
          apiUrl: ctx.apiUrl(),
          block,
          logRange,
          onProgress,
          addresses: {
            chainId: deployment.chainId,
            pool: deployment.pool,
            claims: deployment.claims,
            reports: deployment.reports,
            registry: deployment.registry,
            parameters: deployment.claimParameters,
            randomness: deployment.randomness,
            randomnessKind: deployment.randomnessKind,
            token: deployment.token,
            fromBlock: deployment.blockNumber !== undefined ? BigInt(deployment.blockNumber) : undefined,
          },
        });
      } catch (error) {
        for (const bar of bars.values()) bar.stop();
        if (error instanceof InvalidInputError) throw error;
        const message = redactSecrets((error instanceof Error && error.name.endsWith('UnavailableError') ? error.message : toLashouError(error).shortMessage).split('\n')[0] ?? '');
        process.stderr.write(`error: could not audit: ${message}\n`);
        process.exitCode = AUDIT_EXIT.unavailable;
        return;
      }
      for (const bar of bars.values()) bar.stop();
      process.exitCode = auditExitCode(result);
      await ctx.print(formatAuditReport(result), auditJson(result), { decimals: result.token.decimals });
    }));
}
