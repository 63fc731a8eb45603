import { type Command, Option } from 'commander';
import { expireReport, formatAmount, getReportBond, getReportRefund, releaseReportRefund, reportFraud, revealEvidence, type GetReportReturnType } from '@lashou/sdk';
import { CliError, type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';
import { formatTime } from '../output.js';
import { documentHash, examples, modules, parseId, requireClaim, requireReport } from './claimShared.js';
import { explainTokenWait, refuseTo } from './releaseShared.js';

/** A report in the JSON schema: the report that revealed the same evidence first is an id (`firstReportWithEvidenceId`). */
export function reportJson(r: GetReportReturnType) {
  const { firstWithEvidence, ...rest } = r;
  return { ...rest, firstReportWithEvidenceId: firstWithEvidence };
}

export function reportCommands(program: Command, run: Run) {
  const report = program
    .command('report')
    .description('fraud reports (supervisors: any address, a fresh one for anonymity)')
    .addHelpText('after', examples('lashou report file 4 --evidence photos.zip --yes', 'lashou report status 1'));
  report
    .command('file')
    .argument('<claimId>')
    .option('--evidence <file>', 'the evidence (only its hash goes on chain)')
    .option('--evidence-hash <hash>', 'the evidence hash, if already computed')
    .description('report fraud on an announced, approved or paid claim, posting the report bond: a commitment to the evidence bound to your address first, then the evidence itself, so nobody can copy the report and take its reward')
    .addHelpText('after', `\nThe salt printed is the only way to reveal the evidence again if the reveal does not go through: keep it with the evidence.\n${examples('lashou report file 4 --evidence photos.zip --yes', 'lashou report file 3 --evidence-hash 0x8d2e…41f0 --yes --json')}`)
    .action(run(async (ctx: Context, o: { evidence?: string; evidenceHash?: string }, id: string) => {
      const claimId = parseId(id);
      const evidenceHash = await documentHash({ document: o.evidence, documentHash: o.evidenceHash }, 'evidence');
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const { claims, reports } = modules(deployment);
      await requireClaim(client, claims, claimId);
      const bond = await getReportBond(client, { reports });
      const wallet = await ctx.wallet();
      await ctx.confirm(`File a fraud report on claim ${claimId} with a bond of ${formatAmount(bond, token)} from ${wallet.account.address}? Its evidence is revealed in a second transaction.`);
      const r = await reportFraud(wallet, { reports, claimId, evidenceHash });
      await ctx.print(
        [
          `report ${r.reportId} filed with a ${formatAmount(r.bond, token)} bond; the operator decides by ${formatTime(r.deadline)}`,
          `evidence  ${evidenceHash} (revealed)`, `salt      ${r.salt} (keep it with the evidence)`, `transactions ${r.hash} (report), ${r.revealHash} (reveal)`,
        ],
        { reportId: r.reportId, claimId, reporter: wallet.account.address, bond: r.bond, deadline: r.deadline, evidenceHash, salt: r.salt, commitment: r.commitment, hash: r.hash, revealHash: r.revealHash },
      );
    }));
  report
    .command('reveal')
    .argument('<reportId>')
    .option('--evidence <file>', 'the evidence')
    .option('--evidence-hash <hash>', 'the evidence hash, if already computed')
    .requiredOption('--salt <hex>', 'the salt printed when the report was filed')
    .description("reveal a report's evidence (only if the reveal of `report file` did not go through), before the report's deadline; fraud can be confirmed only on a revealed report; any account may send it")
    .addHelpText('after', examples('lashou report reveal 2 --evidence photos.zip --salt 0x5c1d…e77a --yes'))
    .action(run(async (ctx: Context, o: { evidence?: string; evidenceHash?: string; salt: string }, id: string) => {
      const reportId = parseId(id, 'report id');
      const evidenceHash = await documentHash({ document: o.evidence, documentHash: o.evidenceHash }, 'evidence');
      if (!/^0x[0-9a-fA-F]{64}$/.test(o.salt)) throw new CliError(`--salt "${o.salt}" must be 0x followed by 64 hex digits: the salt printed by lashou report file`);
      const [deployment, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
      const reports = modules(deployment).reports;
      await requireReport(client, reports, reportId);
      const wallet = await ctx.wallet();
      await ctx.confirm(`Reveal the evidence of report ${reportId} from ${wallet.account.address} (gas only)?`);
      const r = await revealEvidence(wallet, { reports, reportId, evidenceHash, salt: o.salt as `0x${string}` });
      await ctx.print([`report ${reportId}: evidence ${evidenceHash} revealed`, `transaction ${r.hash}`], { reportId, evidenceHash, hash: r.hash });
    }));
  report
    .command('status')
    .argument('<reportId>')
    .description('a fraud report: outcome, bond, deadline, its commitment and whether its evidence is revealed')
    .addHelpText('after', examples('lashou report status 1', 'lashou report status 1 --json'))
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const reportId = parseId(id, 'report id');
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const r = await requireReport(client, modules(deployment).reports, reportId);
      const evidence = !r.revealed
        ? r.outcome === 'Open'
          ? `not revealed: the reporter reveals it before ${formatTime(r.deadline)} (lashou report reveal ${reportId} --salt …); until then fraud cannot be confirmed on it`
          : 'never revealed'
        : r.firstWithEvidence === reportId
          ? `${r.evidenceHash} (revealed; first to reveal it on claim ${r.claimId})`
          : `${r.evidenceHash} (revealed; report ${r.firstWithEvidence} revealed it first and is the one to confirm)`;
      const outcome = r.outcome === 'Open' ? `Open, under investigation until ${formatTime(r.deadline)}` : r.outcome === 'Superseded' ? 'Superseded (the claim ended through another report; bond back)' : r.outcome;
      await ctx.print(
        [
          `report ${reportId} on claim ${r.claimId}: ${outcome}`, `reporter    ${r.reporter}`, `bond        ${formatAmount(r.bond, token)}`, `deadline    ${formatTime(r.deadline)}`,
          `commitment  ${r.commitment}`, `evidence    ${evidence}`,
        ],
        reportJson(r),
      );
    }));
  report
    .command('expire')
    .argument('<reportId>')
    .description('close a report the operator left unanswered past its deadline (the claim goes on), or one whose claim ended through another report (superseded): the bond goes back (anyone)')
    .addHelpText('after', examples('lashou report expire 2 --yes'))
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const reportId = parseId(id, 'report id');
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const reports = modules(deployment).reports;
      await requireReport(client, reports, reportId);
      const wallet = await ctx.wallet();
      await ctx.confirm(`Close report ${reportId} (unanswered, or superseded)?`);
      const r = await expireReport(wallet, { reports, reportId });
      await ctx.print([`report ${reportId}: ${r.outcome}; bond ${formatAmount(r.bondReturned, token)} back to the reporter`, `transaction ${r.hash}`], { reportId, outcome: r.outcome, bondReturned: r.bondReturned, hash: r.hash });
    }));
  report
    .command('claim-refund')
    .option('--reporter <address>', "release another reporter's kept bonds and rewards, to them (default: your own address)")
    .addOption(new Option('--to <address>', 'no longer accepted: a refund goes to its reporter only').hideHelp())
    .description("release report bonds and rewards kept for a reporter (their transfer failed when the report was closed: the token was paused, or the reporter blacklisted): they go to the reporter only — you, or --reporter; anyone may send it")
    .addHelpText('after', `\nWhat is kept for a reporter goes to that reporter and to no other address; while the token still refuses it stays kept, and a running\nlashou keeper releases it as soon as the token moves.\n${examples('lashou report claim-refund --yes', 'lashou report claim-refund --reporter 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC --yes')}`)
    .action(run(async (ctx: Context, o: { reporter?: string; to?: string }) => {
      refuseTo(o.to, 'refund');
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      const reports = modules(deployment).reports;
      const reporter = o.reporter ? parseAddress(o.reporter, '--reporter') : wallet.account.address;
      const own = reporter === wallet.account.address;
      const waiting = await getReportRefund(wallet, { reports, reporter });
      if (waiting === 0n) {
        await ctx.print([`no refund is waiting for ${reporter}: nothing sent (refunds wait here only when a bond or reward could not be transferred)`], { reporter, to: reporter, amount: 0n, sent: false });
        return;
      }
      await ctx.confirm(own ? `Release your ${formatAmount(waiting, token)} of kept report refunds to your address (${reporter})?` : `Release the ${formatAmount(waiting, token)} of report refunds kept for ${reporter} to ${reporter} (you pay the gas)?`);
      const r = await releaseReportRefund(wallet, { reports, reporter }).catch((error: unknown) => {
        throw explainTokenWait(error, { what: `the ${formatAmount(waiting, token)} refund`, owner: reporter, retry: `lashou report claim-refund${own ? '' : ` --reporter ${reporter}`}` });
      });
      await ctx.print([`${formatAmount(r.amount, token)} refund released to ${own ? 'you' : 'the reporter'}, ${reporter}`, `transaction ${r.hash}`], { reporter, to: reporter, amount: r.amount, sent: true, hash: r.hash });
    }));
}
