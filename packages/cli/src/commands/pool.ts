import type { Command } from 'commander';
import { formatAmount, getPool, processLapses, queuePayment, settleEpoch, creditMembers } from '@lashou/sdk';
import { InvalidInputError } from '@lashou/sdk';
import { type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';
import { formatTime } from '../output.js';
import { progress } from '../progress.js';


export function poolCommands(program: Command, run: Run) {
  const pool = program.command('pool').description('the pool: state, settlement, lapses (anyone); payments and credits (modules)');

  pool
    .command('info')
    .description('parameters, epoch, index, reserve, member funds and the payment queue')
    .addHelpText('after', '\nExample:\n  $ lashou pool info --json | jq .activeMembers')
    .action(run(async (ctx: Context) => {
      const [{ pool: address }, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
      const state = await getPool(client, { pool: address });
      const fmt = (v: bigint) => formatAmount(v, state.token);
      const days = (s: bigint) => `${Number(s) / 86_400} days`;
      await ctx.print(
        [
          `pool ${address} (token ${state.token.symbol} ${state.token.address}, ${state.token.decimals} decimals)`,
          `epoch length ${days(state.parameters.epochLength)}, waiting period ${days(state.parameters.waitingPeriod)}, minimum balance ${fmt(state.parameters.minimumBalance)}`,
          `current epoch ${state.epoch.current}; next to settle ${state.epoch.nextToSettle} (ends ${formatTime(state.epoch.nextToSettleEndsAt)}${state.epoch.settleable ? ', settleable now' : ''})`,
          `active members ${state.activeMembers}; member funds ${fmt(state.memberFunds)}; reserve ${fmt(state.reserve)}; index ${fmt(state.index)}`,
          `queued payments ${fmt(state.queuedPayments)} in ${state.queue.tail - state.queue.head} payment(s); unclaimed payouts ${fmt(state.unclaimedPayouts)}`,
          `lapses pending: ${state.lapsesPending ? 'yes' : 'no'}${state.inRunOff ? '; IN RUN-OFF (no new members)' : ''}`,
          ...state.queue.payments.map((p) => `  payment #${p.paymentId} claim ${p.claimId} → ${p.recipient}: ${fmt(p.remaining)} (epoch ${p.epoch})`),
        ],
        state,
      );
    }));

  pool
    .command('settle')
    .description('settle the oldest ended epoch (processes pending lapses first); anyone may')
    .option('--max-lapse-steps <n>', 'members lapsed per transaction', '200')
    .addHelpText('after', '\nExamples:\n  $ lashou pool settle                 # once the oldest open epoch has ended (pool info says when)\n  $ lashou pool settle --json | jq .collected')
    .action(run(async (ctx: Context, options: { maxLapseSteps: string }) => {
      const [{ pool: address }, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      const bar = progress(ctx, 'lapses', 0);
      const result = await settleEpoch(wallet, { pool: address, maxLapseSteps: Number(options.maxLapseSteps), onProgress: (p) => bar.update(p.steps) });
      bar.stop();
      await ctx.print(
        [
          `settled epoch ${result.epoch}: ${result.members} members charged ${formatAmount(result.share, token)} each`,
          `paid ${formatAmount(result.collected, token)} in ${result.payments.length} payment(s); carried over ${formatAmount(result.carriedOver, token)}; reserve +${formatAmount(result.reserveAdded, token)}`,
          `lapsed before settling: ${result.lapses.lapsed}; exits finalised: ${result.exitsFinalised}`,
          `transaction ${result.hash}`,
        ],
        result,
      );
    }));

  pool
    .command('process-lapses')
    .description('lapse members whose balance fell below the minimum (bounded per transaction); anyone may')
    .option('--max-steps <n>', 'members per transaction', '200')
    .addHelpText('after', '\nExamples:\n  $ lashou pool process-lapses\n  $ lashou pool process-lapses --max-steps 50')
    .action(run(async (ctx: Context, options: { maxSteps: string }) => {
      const maxSteps = Number(options.maxSteps);
      if (!Number.isSafeInteger(maxSteps) || maxSteps <= 0) throw new InvalidInputError('--max-steps must be a positive integer');
      const [{ pool: address }, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      const bar = progress(ctx, 'lapses', 0);
      const result = await processLapses(wallet, { pool: address, maxSteps, onProgress: (p) => bar.update(p.steps) });
      bar.stop();
      await ctx.print(result.hashes.length === 0 ? 'nothing pending' : [`lapsed ${result.lapsed} member(s) in ${result.hashes.length} transaction(s)`], result);
    }));

  pool
    .command('queue-payment')
    .description('queue an approved claim payment for the open epoch (CLAIMS_ROLE: the claims module, or the dev helper account)')
    .requiredOption('--claim-id <id>', 'the claim')
    .requiredOption('--to <address>', 'the patient')
    .requiredOption('--amount <amount>', 'tokens')
    .addHelpText('after', '\nExample:\n  $ lashou pool queue-payment --claim-id 3 --to 0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc --amount 1200 --yes')
    .action(run(async (ctx: Context, options: { claimId: string; to: string; amount: string }) => {
      if (!/^\d+$/.test(options.claimId)) throw new InvalidInputError(`--claim-id "${options.claimId}" must be a whole number`);
      const recipient = parseAddress(options.to, '--to');
      const amount = await ctx.amount(options.amount);
      const [{ pool: address }, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Queue ${formatAmount(amount, token)} to ${recipient} for claim ${options.claimId}?`);
      const result = await queuePayment(wallet, { pool: address, claimId: BigInt(options.claimId), recipient, amount });
      await ctx.print([`queued payment #${result.paymentId} for epoch ${result.epoch}`, `transaction ${result.hash}`], { paymentId: result.paymentId, claimId: BigInt(options.claimId), recipient, amount, epoch: result.epoch, hash: result.hash });
    }));

  pool
    .command('credit')
    .description('pay tokens in and credit every active member equally (CREDITOR_ROLE)')
    .requiredOption('--amount <amount>', 'tokens')
    .option('--reason <tag>', 'short tag', 'RECOVERY')
    .addHelpText('after', '\nExample:\n  $ lashou pool credit --amount 500 --reason RECOVERY --yes')
    .action(run(async (ctx: Context, options: { amount: string; reason: string }) => {
      const amount = await ctx.amount(options.amount);
      const [{ pool: address }, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Credit ${formatAmount(amount, token)} to all members?`);
      const result = await creditMembers(wallet, { pool: address, amount, reason: options.reason });
      await ctx.print(
        [`credited ${formatAmount(result.perMember, token)} to each of ${result.members} members`, `transaction ${result.hash}`],
        { amount, perMember: result.perMember, members: result.members, reserveAdded: result.reserveAdded, reason: options.reason, hash: result.hash, approvalHash: result.approvalHash },
      );
    }));
}
