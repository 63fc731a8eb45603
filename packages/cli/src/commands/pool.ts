import type { Command } from 'commander';
import { formatAmount, getPendingMoney, getPool, processLapses, queuePayment, settleEpoch, creditMembers, findKeeperSteps, takeKeeperStep, toLashouError, TokenRefusedError, type KeeperStep } from '@lashou/sdk';
import { InvalidInputError } from '@lashou/sdk';
import { type Context, parseAddress } from '../context.js';
import { keeperDeployment } from './keeper.js';
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
    .command('release-pending')
    .description("send on the money that waited for the token (paused, or a payee blacklisted): stake the registry owes the claims and reports modules, members' credits deferred by a no-show replacement or a report's resolution, and payouts and report refunds kept for their owners (to them only); anyone may")
    .option('--dry-run', 'list what waits, send nothing (no key needed)')
    .addHelpText(
      'after',
      [
        '',
        'No decision waits for the token: while it cannot move, a settlement, a no-show replacement or a fraud confirmation',
        'stands and its money waits on chain. A running lashou keeper sends it on by itself as soon as the token moves; this',
        'command does the same once, by hand: each item is simulated first, and one the token still refuses is left waiting',
        '(exit code 1). Money kept for an address goes to that address only.',
        '',
        'Examples:',
        '  $ lashou pool release-pending --dry-run',
        '  $ lashou pool release-pending --yes --json',
      ].join('\n'),
    )
    .action(run(async (ctx: Context, options: { dryRun?: boolean }) => {
      const [raw, token] = await Promise.all([ctx.deployment(), ctx.token()]);
      const deployment = keeperDeployment(raw);
      const client = options.dryRun ? await ctx.publicClient() : await ctx.wallet();
      const [{ due }, totals] = await Promise.all([
        findKeeperSteps(client, { deployment, groups: ['deferred'] }),
        getPendingMoney(client, { pool: deployment.pool, claims: deployment.claims, reports: deployment.reports, registry: deployment.registry }),
      ]);
      const fmt = (v: bigint) => formatAmount(v, token);
      const item = (s: KeeperStep) => ({ step: s.key, kind: s.kind, amount: s.amount, recipient: s.recipient, claimId: s.claimId, reportId: s.reportId, detail: s.detail });
      // The registry's owed stake is where part of the credits and refunds still sits, not more money.
      const line = (s: KeeperStep) => `  ${s.key.padEnd(64)} ${fmt(s.amount ?? 0n)}${s.kind === 'payOwedStake' ? ' (held by the witness registry: part of what follows)' : ''}`;
      // The items come from the logs from the deployment's block on; the totals from the contracts. Should the record's
      // block be later than some deferral, the difference says so rather than hiding it.
      const found = due.filter((s) => s.kind !== 'payOwedStake').reduce((sum, s) => sum + (s.amount ?? 0n), 0n);
      const unfound = totals.totalWaiting - found;
      const unfoundNote = `${fmt(unfound)} waiting in the contracts was not found in their logs from block ${deployment.fromBlock ?? 0} (the deployment record's block): release it by owner with lashou member claim-payout --payee <address> or lashou report claim-refund --reporter <address>`;
      if (due.length === 0) {
        await ctx.print(
          [unfound > 0n ? `no waiting item found, but ${unfoundNote}` : `nothing waits for the token: every payout, refund and credit was made (${fmt(totals.totalWaiting)} waiting in total)`],
          { totalWaiting: totals.totalWaiting, waiting: [], released: [], held: [] },
        );
        return;
      }
      if (unfound > 0n) ctx.note(`note: ${unfoundNote}`);
      if (options.dryRun) {
        await ctx.print(
          [`${due.length} item(s) wait for the token, ${fmt(totals.totalWaiting)} in total (dry run: nothing sent):`, ...due.map(line)],
          { totalWaiting: totals.totalWaiting, waiting: due.map(item), released: [], held: [] },
        );
        return;
      }
      const wallet = client as Awaited<ReturnType<Context['wallet']>>;
      await ctx.confirm(`Send on ${due.length} item(s) of money that waited for the token (${fmt(totals.totalWaiting)} in total) from ${wallet.account.address}? Gas only; each goes to its owner.`);
      const released: Record<string, unknown>[] = [];
      const held: Record<string, unknown>[] = [];
      const human: string[] = [];
      for (const step of due) {
        try {
          const r = await takeKeeperStep(wallet, { deployment, step });
          released.push({ ...item(step), outcome: r.outcome, hash: r.hash, gasUsed: r.gasUsed });
          human.push(`${step.key}: ${r.outcome} — transaction ${r.hash}`);
        } catch (error) {
          const explained = toLashouError(error);
          // Taken meanwhile (the owed stake is fetched by the credits and refunds that follow it): nothing left to do.
          if (explained.code === 'stake.nothingOwed' || /NothingToClaim|NothingOwed|NoPendingCredit$/.test(explained.code)) {
            human.push(`${step.key}: already sent`);
            continue;
          }
          held.push({ ...item(step), reason: explained.shortMessage });
          human.push(`${step.key}: ${explained instanceof TokenRefusedError ? 'still waits for the token' : 'failed'}: ${explained.shortMessage}`);
        }
      }
      if (held.length) process.exitCode = 1;
      await ctx.print(
        [`released ${released.length} of ${due.length} item(s)${held.length ? `; ${held.length} still wait(s): try again once the token moves (a running lashou keeper does it by itself)` : ''}`, ...human],
        { totalWaiting: totals.totalWaiting, waiting: [], released, held },
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
