import { type Command, Option } from 'commander';
import {
  InvalidInputError, REJECTION_REASONS, arbitrateClaim, checkRetiredNullifiers, computeNullifier, personKey, formatAmount, getClaimantCommitment, recordRecovery, resolveReport, reviewClaim, setNotary,
  withdrawOperatorFees, type RejectionReason,
} from '@lashou/sdk';
import { loadIdentity } from '@lashou/sdk/node';
import type { Hex } from 'viem';
import { CliError, type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';
import { loadOperatorSecrets, operatorSecretCommands, secretFileOption } from './operatorSecretCommands.js';
import { refuseTo } from './releaseShared.js';
import { DEMO, examples, modules, parseHash, parseId, requireClaim, requireReadableFile, requireReport } from './claimShared.js';

export function operatorCommands(program: Command, run: Run) {
  const operator = program
    .command('operator')
    .description('the operator: review, arbitration, reports, notaries, recoveries (OPERATOR_ROLE)')
    .addHelpText('after', examples('lashou operator review 7 --approve --identity patient.json --secret-file operator-secret.json --yes', 'lashou operator resolve-report 1 --dismiss --yes'));
  operator
    .command('review')
    .argument('<claimId>')
    .option('--approve', 'approve the claim')
    .option('--amount <amount>', 'approved amount (default: the amount asked)')
    .option('--identity <file>', "the claimant's identity file, shown to you off chain (for the nullifier); refused unless it is the identity the claimant joined with")
    .option('--resident-id <number>', "the patient's PRC resident ID number from the notarised documents: required with a passport issued by CHN (the person key, docs/identity.md); for a foreigner with a PRC permanent-residence number, that number")
    .option('--previous-passport <ISSUER:NUMBER>', "for a renewed foreign passport: the earlier passport the person was known by (the person key stays the earlier one's)")
    .option('--secret-file <file>', "the operator's encrypted nullifier secret (env LASHOU_OPERATOR_SECRET_FILE; lashou operator secret new); on the local chain, without it, the demo's public secret")
    .option('--nullifier <hash>', 'the nullifier, if already computed')
    .option('--reject <reason>', `reject, with one of ${REJECTION_REASONS.join(', ')}`)
    .description("review a filed claim: approve with an amount and the patient's nullifier (HMAC of the person key with the operator's secret; persons already paid under a retired secret are refused), or reject with a reason; an approval above what the pool can pay within the payment window is refused, naming the most it can")
    .addHelpText('after', examples(
      'lashou operator review 7 --approve --identity patient.json --secret-file operator-secret.json --yes',
      'lashou operator review 7 --approve --identity patient.json --resident-id 11010519491231002X --secret-file operator-secret.json --yes   # joined with a passport issued by CHN',
      'lashou operator review 7 --approve --amount 15 --nullifier 0x9f2c…77a1 --yes',
      'lashou operator review 7 --reject DocumentsInvalid --yes',
    ))
    .action(run(async (ctx: Context, o: { approve?: boolean; amount?: string; identity?: string; residentId?: string; previousPassport?: string; secretFile?: string; nullifier?: string; reject?: string }, id: string) => {
      const claimId = parseId(id);
      if (o.approve === !!o.reject) throw new CliError('give exactly one of --approve or --reject <reason>');
      if (o.reject && !REJECTION_REASONS.includes(o.reject as RejectionReason)) throw new InvalidInputError(`reason "${o.reject}" is not known: use one of ${REJECTION_REASONS.join(', ')}`);
      if (o.approve && o.identity && o.nullifier) throw new CliError('give either --identity <file> or --nullifier <hash>, not both');
      if (!o.identity && (o.residentId !== undefined || o.previousPassport !== undefined)) throw new CliError('--resident-id and --previous-passport go with --identity <file>: they choose the person key its nullifier is computed from');
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const claims = modules(deployment).claims;
      const c = await requireClaim(client, claims, claimId);
      if (o.reject) {
        const wallet = await ctx.wallet();
        await ctx.confirm(`Reject claim ${claimId} (${o.reject})?`);
        const r = await reviewClaim(wallet, { claims, claimId, approve: false, reason: o.reject as RejectionReason });
        await ctx.print([`claim ${claimId} rejected (${o.reject})`, `transaction ${r.hash}`], { claimId, approved: false, reason: o.reject, hash: r.hash });
        return;
      }
      let nullifier: Hex;
      let identityCommitment: Hex | undefined;
      if (o.nullifier) nullifier = parseHash(o.nullifier, '--nullifier');
      else if (o.identity) {
        requireReadableFile(o.identity, '--identity');
        const identity = loadIdentity(o.identity);
        // The nullifier must be the claimant's: another member's file would give another person's nullifier and let one
        // person be paid twice. The pool does not store commitments; the claimant's last join says which it is.
        const joined = await getClaimantCommitment(client, { claims, claimant: c.claimant, fromBlock: BigInt(deployment.blockNumber) });
        if (!joined.identityCommitment) {
          throw new CliError(`cannot find the commitment claimant ${c.claimant} joined pool ${joined.pool} with (no MemberJoined since block ${deployment.blockNumber}): check the identity off chain, then pass --nullifier; nothing was sent`);
        }
        if (joined.identityCommitment.toLowerCase() !== identity.commitment.toLowerCase()) {
          throw new CliError(`${o.identity} is not the identity of claim ${claimId}'s claimant: ${c.claimant} joined with commitment ${joined.identityCommitment}, the file gives ${identity.commitment}, so its nullifier would be another person's; ask the claimant for the identity file they joined with (lashou identity verify --file <file> --member ${c.claimant}); nothing was sent`);
        }
        identityCommitment = identity.commitment;
        // One person, one nullifier: computed from the person key (the resident ID number whenever the person has one),
        // not from whichever document they joined with.
        const person = personKey(identity, { residentId: o.residentId, previousPassport: o.previousPassport });
        const secrets = await loadOperatorSecrets(ctx, secretFileOption(o.secretFile), await ctx.chainId());
        // A person paid (or expelled) under a retired secret has another nullifier on chain: look for it first.
        const earlier = await checkRetiredNullifiers(client, { claims, person, retired: secrets.retired });
        if (earlier) {
          throw new CliError(
            `the patient of claim ${claimId} was ${earlier.expelled ? 'expelled for a confirmed fraud' : `already paid by claim ${earlier.paidBy}`} under the operator secret of generation ${earlier.generation} (nullifier ${earlier.nullifier}): reject it with lashou operator review ${claimId} --reject ${earlier.expelled ? 'Other' : 'DuplicatePerson'}; nothing was sent`,
          );
        }
        nullifier = computeNullifier({ person, operatorSecret: secrets.current.secret, generation: secrets.current.generation });
      } else throw new CliError("approving needs the claimant's nullifier: --identity <file> (with --secret-file) or --nullifier <hash>");
      const amount = o.amount ? await ctx.amount(o.amount) : c.requestedAmount;
      const wallet = await ctx.wallet();
      await ctx.confirm(`Approve claim ${claimId} for ${formatAmount(amount, token)}?`);
      const r = await reviewClaim(wallet, { claims, claimId, approve: true, amount, nullifier });
      await ctx.print(
        [`claim ${claimId} approved at review for ${formatAmount(amount, token)}; witnesses are drawn next (lashou claim advance ${claimId})`, `transaction ${r.hash}`],
        { claimId, approved: true, amount, nullifier, identityCommitment, hash: r.hash },
      );
    }));
  operator
    .command('arbitrate')
    .argument('<claimId>')
    .option('--uphold', 'the rejecting witness is right: reject the claim')
    .option('--overrule', 'overrule the witness: its slot is redrawn')
    .description('arbitrate a claim a witness rejected, within the arbitration window')
    .addHelpText('after', examples('lashou operator arbitrate 5 --uphold --yes', 'lashou operator arbitrate 5 --overrule --yes'))
    .action(run(async (ctx: Context, o: { uphold?: boolean; overrule?: boolean }, id: string) => {
      const claimId = parseId(id);
      if (!!o.uphold === !!o.overrule) throw new CliError('give exactly one of --uphold or --overrule');
      const [deployment, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
      const claims = modules(deployment).claims;
      await requireClaim(client, claims, claimId);
      const wallet = await ctx.wallet();
      await ctx.confirm(`${o.uphold ? 'Uphold' : 'Overrule'} the witness rejection of claim ${claimId}?`);
      const r = await arbitrateClaim(wallet, { claims, claimId, uphold: !!o.uphold });
      await ctx.print(
        [`claim ${claimId}: witness rejection ${o.uphold ? 'upheld: the claim is rejected' : 'overruled: the slot is redrawn (lashou claim advance)'}`, `transaction ${r.hash}`],
        { claimId, uphold: !!o.uphold, hash: r.hash },
      );
    }));
  operator
    .command('resolve-report')
    .argument('<reportId>')
    .option('--confirm', 'fraud confirmed: witnesses slashed, reporter rewarded, claimant expelled')
    .option('--dismiss', "not fraud: the bond becomes the operator's investigation fee (or is credited to all members, if governance chose so)")
    .description('resolve a fraud report within its deadline; confirming needs its evidence revealed, and the first report that revealed that evidence (the other open reports then close as superseded)')
    .addHelpText('after', examples('lashou operator resolve-report 1 --confirm --yes', 'lashou operator resolve-report 2 --dismiss --yes'))
    .action(run(async (ctx: Context, o: { confirm?: boolean; dismiss?: boolean }, id: string) => {
      const reportId = parseId(id, 'report id');
      if (!!o.confirm === !!o.dismiss) throw new CliError('give exactly one of --confirm or --dismiss');
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const reports = modules(deployment).reports;
      const report = await requireReport(client, reports, reportId);
      const wallet = await ctx.wallet();
      await ctx.confirm(`${o.confirm ? 'Confirm' : 'Dismiss'} report ${reportId} on claim ${report.claimId}?`);
      const r = await resolveReport(wallet, { reports, reportId, confirmed: !!o.confirm });
      await ctx.print(
        [`report ${reportId}: ${r.outcome}; reward ${formatAmount(r.reward, token)}, slashed ${formatAmount(r.slashed, token)}, credited to members ${formatAmount(r.creditedToMembers, token)}`, `transaction ${r.hash}`],
        { reportId, claimId: report.claimId, outcome: r.outcome, bondReturned: r.bondReturned, reward: r.reward, slashed: r.slashed, creditedToMembers: r.creditedToMembers, fee: r.fee, hash: r.hash },
      );
    }));
  operator
    .command('withdraw-fees')
    .requiredOption('--amount <amount>', 'how much, in token units (e.g. 100)')
    .addOption(new Option('--to <address>', 'no longer accepted: the fees go to the operator that withdraws them').hideHelp())
    .description('withdraw investigation fees (bonds of dismissed reports) to your own address, the operator that withdraws them')
    .addHelpText('after', `\nThe contract pays the calling operator and no other address: send the fees on from there.\n${examples('lashou operator withdraw-fees --amount 100 --yes', 'lashou operator withdraw-fees --amount 100 --yes --json')}`)
    .action(run(async (ctx: Context, o: { amount: string; to?: string }) => {
      refuseTo(o.to, 'fees');
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      const amount = await ctx.amount(o.amount);
      await ctx.confirm(`Withdraw ${formatAmount(amount, token)} of investigation fees to your address (${wallet.account.address})?`);
      const r = await withdrawOperatorFees(wallet, { reports: modules(deployment).reports, amount });
      await ctx.print([`${formatAmount(r.amount, token)} sent to ${r.to}`, `transaction ${r.hash}`], { to: r.to, amount: r.amount, hash: r.hash });
    }));
  for (const [name, listed] of [['notary-add', true], ['notary-remove', false]] as const) {
    operator
      .command(name)
      .argument('<address>')
      .description(listed ? 'list a notary whose diagnosis signatures claims may carry' : 'remove a notary (claims it signed before stay valid once filed)')
      .addHelpText('after', examples(`lashou operator ${name} ${DEMO.notary} --yes`))
      .action(run(async (ctx: Context, _o: object, who: string) => {
        const notary = parseAddress(who, 'notary');
        const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
        await ctx.confirm(`${listed ? 'Add' : 'Remove'} notary ${notary}?`);
        const r = await setNotary(wallet, { claims: modules(deployment).claims, notary, listed });
        await ctx.print([`notary ${notary} ${listed ? 'added' : 'removed'}`, `transaction ${r.hash}`], { notary, listed, hash: r.hash });
      }));
  }
  operator
    .command('record-recovery')
    .argument('<claimId>')
    .requiredOption('--amount <amount>', 'amount recovered off chain, paid in now and credited to all members')
    .description('record money recovered for a fraud-confirmed claim')
    .addHelpText('after', examples('lashou operator record-recovery 2 --amount 100 --yes'))
    .action(run(async (ctx: Context, o: { amount: string }, id: string) => {
      const claimId = parseId(id);
      const amount = await ctx.amount(o.amount);
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const { claims, reports } = modules(deployment);
      await requireClaim(client, claims, claimId);
      const wallet = await ctx.wallet();
      await ctx.confirm(`Pay in ${formatAmount(amount, token)} recovered for claim ${claimId}?`);
      const r = await recordRecovery(wallet, { reports, claimId, amount });
      await ctx.print([`recovery of ${formatAmount(amount, token)} credited to members`, `transaction ${r.hash}`], { claimId, amount, hash: r.hash });
    }));
  operatorSecretCommands(operator, run);
}
