import type { Command } from 'commander';
import {
  InvalidInputError, REJECTION_REASONS, acceptWitness, activateWitness, advanceClaim, approveClaim, arbitrateClaim, attestClaim, computeNullifier, declineWitness,
  fileClaim, formatAmount, getClaim, getClaimPayment, getReport, getWitness, listClaims, markClaimPaid, recordRecovery, reportFraud,
  requestUnstake, resolveReport, revealEvidence, reviewClaim, setNotary, signDiagnosis, stakeWitness, withdrawStake, type GetClaimPaymentReturnType, type GetClaimReturnType,
  type RejectionReason, expireReport, claimReportRefund, withdrawOperatorFees,
} from '@lashou/sdk';
import { hashDocument, loadIdentity } from '@lashou/sdk/node';
import type { Deployment } from '@lashou/abi';
import type { Address, Hex } from 'viem';
import { CliError, type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';

const when = (seconds: bigint) => (seconds === 0n ? '—' : new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z'));

/** The claims part of the deployment, or a clear error for records written before it existed. */
function modules(deployment: Deployment): { claims: Address; registry: Address; reports: Address } {
  if (!deployment.claims || !deployment.registry || !deployment.reports) {
    throw new CliError('this deployment has no claims modules (it predates them): redeploy with lashou deploy');
  }
  return { claims: deployment.claims, registry: deployment.registry, reports: deployment.reports };
}

function parseId(text: string, what = 'claim id'): bigint {
  if (!/^\d+$/.test(text) || BigInt(text) === 0n) throw new InvalidInputError(`${what} "${text}" is not valid: give a whole number from 1`);
  return BigInt(text);
}

function parseHash(text: string, what: string): Hex {
  if (!/^0x[0-9a-fA-F]{64}$/.test(text)) throw new InvalidInputError(`${what} "${text}" is not a 32-byte hash: give 0x followed by 64 hex digits (lashou document hash <file>)`);
  return text as Hex;
}

function parseSlot(text: string): number {
  if (!/^[0-2]$/.test(text)) throw new InvalidInputError(`slot "${text}" is not valid: give 0, 1 or 2 (lashou claim status shows the slots)`);
  return Number(text);
}

function parseRegion(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 65_535) throw new InvalidInputError(`region "${text}" is not valid: give a region code from 1 to 65535`);
  return Number(text);
}

/** A date `YYYY-MM-DD` (UTC midnight) or unix seconds. */
function parseDate(text: string): bigint {
  if (/^\d{9,11}$/.test(text)) return BigInt(text);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(match[3])) {
    throw new InvalidInputError(`date "${text}" is not valid: give YYYY-MM-DD or unix seconds`);
  }
  return BigInt(ms / 1000);
}

async function documentHash(options: { document?: string; documentHash?: string }, what: string): Promise<Hex> {
  if (options.document && options.documentHash) throw new CliError(`give either --${what} <file> or --${what}-hash <0x…>, not both`);
  if (options.document) return (await hashDocument({ path: options.document })).hash;
  if (options.documentHash) return parseHash(options.documentHash, `--${what}-hash`);
  throw new CliError(`give the ${what}: --${what} <file> or --${what}-hash <0x…>`);
}

function claimLines(c: GetClaimReturnType, payment: GetClaimPaymentReturnType, token: { decimals: number; symbol: string }): string[] {
  const fmt = (v: bigint) => formatAmount(v, token);
  const lines = [
    `claim ${c.claimId}: ${c.state}${c.reason !== 'None' ? ` (${c.reason})` : ''}`,
    `claimant   ${c.claimant}`,
    `amount     ${fmt(c.requestedAmount)} asked${c.approvedAmount ? `, ${fmt(c.approvedAmount)} approved` : ''}`,
    `region     ${c.region}`,
    `diagnosed  ${when(c.diagnosedAt)}   filed ${when(c.filedAt)}`,
    `deadline   ${when(c.deadline)}${c.state === 'Approved' ? ' (payment deadline)' : c.state === 'UnderInvestigation' ? ` (of the ${c.resumeState} state it resumes)` : ''}`,
    `document   ${c.documentHash}`,
    ...c.witnesses.map((s) => `witness ${s.slot}  ${s.status === 'Empty' ? '—' : s.witness} ${s.status}${s.deadline ? ` until ${when(s.deadline)}` : ''}`),
  ];
  if (c.openReports > 0n) {
    lines.push(`reports    ${c.openReports} open${c.state === 'UnderInvestigation' ? `; the claim resumes ${c.resumeState} once none is left` : ''}`);
  }
  if (payment) {
    const p = payment.payout;
    if (p.outstanding > 0n) {
      lines.push(`payout     ${fmt(p.paid)} of ${fmt(p.amount)} paid, ${fmt(p.outstanding)} still due${payment.paymentDeadline ? ` by ${when(payment.paymentDeadline)}, when what is unpaid is cancelled` : ''}`);
    } else if (payment.inPart) {
      lines.push(`payout     ${fmt(p.paid)} paid, ${fmt(p.cancelled)} short (${c.state === 'FraudConfirmed' ? 'cancelled after confirmed fraud' : 'paid in part: the payment window ended first'})`);
    } else {
      lines.push(`payout     ${fmt(p.paid)} paid in full`);
    }
    if (payment.commissions.length > 0) {
      const sum = (key: 'paid' | 'outstanding' | 'cancelled') => payment.commissions.reduce((total, line) => total + line[key], 0n);
      lines.push(`commission ${payment.commissions.length} × ${fmt(payment.commissions[0]!.amount)}: ${fmt(sum('paid'))} paid${sum('outstanding') ? `, ${fmt(sum('outstanding'))} due` : ''}${sum('cancelled') ? `, ${fmt(sum('cancelled'))} cancelled` : ''}`);
    }
  }
  return lines;
}

export function claimCommands(program: Command, run: Run) {
  // ─── claim ───
  const claim = program.command('claim').description('claims: file, follow and move them on (anyone may advance a claim past its deadlines)');
  claim
    .command('file')
    .description('file a claim as a covered member, with a notary signature over the diagnosis (lashou notary sign)')
    .option('--document <file>', 'the notarised diagnosis (only its hash goes on chain)')
    .option('--document-hash <hash>', 'the diagnosis hash, if already computed')
    .requiredOption('--diagnosed <date>', 'diagnosis date, YYYY-MM-DD or unix seconds')
    .requiredOption('--amount <amount>', 'amount asked, in token units')
    .requiredOption('--region <code>', "coarse region code (1–65535) where witnesses can visit: the one the notary signed")
    .requiredOption('--notary <address>', 'the listed notary who signed')
    .requiredOption('--signature <hex>', 'the notary signature (lashou notary sign)')
    .addHelpText('after', '\nExample:\n  $ lashou claim file --document diagnosis.pdf --diagnosed 2026-11-20 --amount 5000 --region 110 --notary 0x3C44…93BC --signature 0x…')
    .action(run(async (ctx: Context, o: { document?: string; documentHash?: string; diagnosed: string; amount: string; region: string; notary: string; signature: string }) => {
      const hash = await documentHash(o, 'document');
      const diagnosedAt = parseDate(o.diagnosed);
      const region = parseRegion(o.region);
      const notary = parseAddress(o.notary, '--notary');
      if (!/^0x[0-9a-fA-F]{130}$/.test(o.signature)) throw new InvalidInputError('--signature must be 65 bytes: 0x followed by 130 hex digits (lashou notary sign)');
      const amount = await ctx.amount(o.amount);
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`File a claim for ${formatAmount(amount, token)} from ${wallet.account.address}?`);
      const r = await fileClaim(wallet, { claims: modules(deployment).claims, documentHash: hash, diagnosedAt, amount, region, notary, signature: o.signature as Hex });
      ctx.print([`filed claim ${r.claimId}; the operator reviews it by ${when(r.reviewDeadline)}`, `transaction ${r.hash}`], { claimId: r.claimId, reviewDeadline: r.reviewDeadline, documentHash: hash, hash: r.hash });
    }));
  claim
    .command('status')
    .argument('<claimId>')
    .description('a claim: state, amounts, witnesses, deadlines (the payment deadline while approved), open fraud reports, and what the pool paid of it')
    .addHelpText('after', '\nExample:\n  $ lashou claim status 1 --json')
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const claimId = parseId(id);
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const claims = modules(deployment).claims;
      const c = await getClaim(client, { claims, claimId });
      const payment = await getClaimPayment(client, { claims, claimId, claim: c, fromBlock: BigInt(deployment.blockNumber) });
      ctx.print(claimLines(c, payment, token), { ...c, payment });
    }));
  claim
    .command('list')
    .description('claims by id range (default: all)')
    .option('--from <id>', 'first id', '1')
    .option('--to <id>', 'last id (default: the latest)')
    .addHelpText('after', '\nExample:\n  $ lashou claim list --from 1 --to 20')
    .action(run(async (ctx: Context, o: { from: string; to?: string }) => {
      const from = parseId(o.from, '--from');
      const to = o.to ? parseId(o.to, '--to') : undefined;
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const r = await listClaims(client, { claims: modules(deployment).claims, from, to });
      ctx.print(
        r.claims.length === 0 ? ['no claims'] : r.claims.map((c) => `${String(c.claimId).padStart(4)}  ${c.state.padEnd(18)} ${formatAmount(c.approvedAmount || c.requestedAmount, token).padStart(16)}  ${c.claimant}`),
        r,
      );
    }));
  claim
    .command('advance')
    .argument('<claimId>')
    .description('take the step the claim allows now: draw witnesses (fulfilling the randomness), replace a no-show, approve after the announcement, mark paid, release stakes, or close past a deadline')
    .addHelpText('after', '\nExample:\n  $ lashou claim advance 3 --yes')
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const claimId = parseId(id);
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      await ctx.confirm(`Advance claim ${claimId} from ${wallet.account.address} (gas only)?`);
      const r = await advanceClaim(wallet, { claims: modules(deployment).claims, claimId });
      ctx.print([`${r.action === 'none' ? 'nothing to do' : r.action}: ${r.detail}`, `claim ${claimId} is ${r.state}`, ...(r.result ? [`transaction ${r.result.hash}`] : [])], { action: r.action, detail: r.detail, state: r.state, hash: r.result?.hash });
    }));
  claim
    .command('approve')
    .argument('<claimId>')
    .description('approve an announced claim after its announcement window (anyone)')
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const claimId = parseId(id);
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      await ctx.confirm(`Approve claim ${claimId} (gas only)?`);
      const r = await approveClaim(wallet, { claims: modules(deployment).claims, claimId });
      ctx.print([`claim ${claimId} approved: paid when its epoch is settled`, `transaction ${r.hash}`], { claimId, hash: r.hash });
    }));
  claim
    .command('mark-paid')
    .argument('<claimId>')
    .description('mark an approved claim paid once every payment was made, or, after its payment window, close it paid in part (the unpaid rest is cancelled); anyone may')
    .addHelpText('after', '\nExample:\n  $ lashou claim mark-paid 3 --yes')
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const claimId = parseId(id);
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Mark claim ${claimId} paid (gas only)?`);
      const r = await markClaimPaid(wallet, { claims: modules(deployment).claims, claimId });
      const part = r.paidInPart;
      ctx.print(
        [
          part
            ? `claim ${claimId} is Paid in part: ${formatAmount(part.paid, token)} paid, ${formatAmount(part.shortfall, token)} short (the payment window ended); the fraud-report window is open`
            : `claim ${claimId} is Paid; the fraud-report window is open`,
          `transaction ${r.hash}`,
        ],
        { claimId, paidInPart: part, hash: r.hash },
      );
    }));

  // ─── witness ───
  const witness = program.command('witness').description('witnesses: stake, accept a visit, attest, unstake');
  witness
    .command('stake')
    .description('register as a witness (or top up) with a stake in a region')
    .requiredOption('--amount <amount>', 'stake, in token units (the first stake must reach the minimum)')
    .requiredOption('--region <code>', 'coarse region code (1–65535) where you can visit patients')
    .addHelpText('after', '\nExample:\n  $ lashou witness stake --amount 5000 --region 110 --yes')
    .action(run(async (ctx: Context, o: { amount: string; region: string }) => {
      const region = parseRegion(o.region);
      const amount = await ctx.amount(o.amount);
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Stake ${formatAmount(amount, token)} as a witness in region ${region} from ${wallet.account.address}?`);
      const r = await stakeWitness(wallet, { registry: modules(deployment).registry, amount, region });
      ctx.print([`staked ${formatAmount(amount, token)} in region ${region}`, `transaction ${r.hash}`], { amount, region, hash: r.hash });
    }));
  for (const [name, description, action] of [
    ['accept', 'accept the visit you were drawn for (before the accept deadline)', acceptWitness],
    ['decline', 'decline the visit you were drawn for (the slot is redrawn)', declineWitness],
  ] as const) {
    witness
      .command(name)
      .argument('<claimId>')
      .requiredOption('--slot <n>', 'your slot (0–2; lashou claim status shows it)')
      .description(description)
      .addHelpText('after', `\nExample:\n  $ lashou witness ${name} 4 --slot 1 --yes`)
      .action(run(async (ctx: Context, o: { slot: string }, id: string) => {
        const claimId = parseId(id);
        const slot = parseSlot(o.slot);
        const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
        await ctx.confirm(`${name} slot ${slot} of claim ${claimId} as ${wallet.account.address}?`);
        const r = await action(wallet, { claims: modules(deployment).claims, claimId, slot });
        ctx.print([`${name === 'accept' ? 'accepted' : 'declined'} slot ${slot} of claim ${claimId}`, `transaction ${r.hash}`], { claimId, slot, hash: r.hash });
      }));
  }
  witness
    .command('attest')
    .argument('<claimId>')
    .requiredOption('--slot <n>', 'your slot (0–2)')
    .option('--report <file>', 'your signed visit report (only its hash goes on chain)')
    .option('--report-hash <hash>', 'the visit report hash, if already computed')
    .option('--reject', 'the patient is not as the claim says (the operator arbitrates)')
    .description('attest after the visit, with the hash of your signed visit report')
    .addHelpText('after', '\nExample:\n  $ lashou witness attest 4 --slot 1 --report visit.pdf --yes')
    .action(run(async (ctx: Context, o: { slot: string; report?: string; reportHash?: string; reject?: boolean }, id: string) => {
      const claimId = parseId(id);
      const slot = parseSlot(o.slot);
      const reportHash = await documentHash({ document: o.report, documentHash: o.reportHash }, 'report');
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      await ctx.confirm(`${o.reject ? 'Reject' : 'Attest'} claim ${claimId} (slot ${slot}) as ${wallet.account.address}?`);
      const r = await attestClaim(wallet, { claims: modules(deployment).claims, claimId, slot, reportHash, approve: !o.reject });
      ctx.print([`${o.reject ? 'rejected' : 'attested'} claim ${claimId} (slot ${slot})`, `transaction ${r.hash}`], { claimId, slot, reportHash, approve: !o.reject, hash: r.hash });
    }));
  witness
    .command('unstake')
    .description('stop being drawn and start the unstake cooldown')
    .action(run(async (ctx: Context) => {
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      await ctx.confirm(`Request unstake for ${wallet.account.address}?`);
      const r = await requestUnstake(wallet, { registry: modules(deployment).registry });
      ctx.print([`unstake requested: withdraw after ${when(r.availableAt)}`, `transaction ${r.hash}`], { availableAt: r.availableAt, hash: r.hash });
    }));
  witness
    .command('withdraw')
    .description('withdraw the whole stake after the cooldown (nothing may be locked)')
    .action(run(async (ctx: Context) => {
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Withdraw the stake of ${wallet.account.address}?`);
      const r = await withdrawStake(wallet, { registry: modules(deployment).registry });
      ctx.print([`withdrew ${formatAmount(r.amount, token)}`, `transaction ${r.hash}`], { amount: r.amount, hash: r.hash });
    }));
  witness
    .command('status')
    .argument('[address]', 'witness address (default: your key)')
    .description("a witness's stake, locked part, region, stake tier, seasoning and whether it can be drawn")
    .addHelpText('after', '\nExample:\n  $ lashou witness status 0x90F7…b906')
    .action(run(async (ctx: Context, _o: object, who?: string) => {
      const address = who ? parseAddress(who, 'witness') : (await ctx.account()).address;
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const w = await getWitness(client, { registry: modules(deployment).registry, witness: address });
      if (!w.registered) throw new CliError(`${address} is not a registered witness: stake with lashou witness stake`);
      const eligible = w.eligible
        ? `yes (tier ${w.tier}: stakes from ${formatAmount(w.minimumStake << BigInt(w.tier ?? 0), token)})`
        : w.unstakeAvailableAt !== 0n
          ? 'no (unstaking)'
          : w.tier === undefined
            ? `no (stake below the ${formatAmount(w.minimumStake, token)} minimum: top up)`
            : w.awaitingActivation
              ? 'no: seasoned, waiting to be activated (lashou witness activate; any keeper does it)'
              : `no (seasoning until ${when(w.seasonedAt)})`;
      ctx.print(
        [
          `witness ${address}`, `stake     ${formatAmount(w.stake, token)} (${formatAmount(w.locked, token)} locked)`, `region    ${w.region}`,
          `seasoned  ${w.seasoned ? 'since' : 'at'} ${when(w.seasonedAt)}`, `eligible  ${eligible}`, `unstake   ${when(w.unstakeAvailableAt)}`,
        ],
        w,
      );
    }));
  witness
    .command('activate')
    .argument('[address]', 'the witness (default: your key); anyone may activate anyone')
    .description('put a witness whose seasoning period is over into the draw (a keeper does this for everyone)')
    .addHelpText('after', '\nExample:\n  $ lashou witness activate 0x90F7…b906 --yes')
    .action(run(async (ctx: Context, _o: object, who?: string) => {
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      const address = who ? parseAddress(who, 'witness') : wallet.account.address;
      const registry = modules(deployment).registry;
      const w = await getWitness(wallet, { registry, witness: address });
      if (!w.registered) throw new CliError(`${address} is not a registered witness: stake with lashou witness stake`);
      if (w.eligible) {
        ctx.print([`witness ${address} is already in the draw (tier ${w.tier}, region ${w.region}): nothing to do`], { witness: address, entered: false, eligible: true, tier: w.tier, region: w.region });
        return;
      }
      if (w.unstakeAvailableAt !== 0n) throw new CliError(`${address} is unstaking: it can no longer be drawn (stake again after withdrawing to register anew)`);
      await ctx.confirm(`Activate witness ${address} (gas only)?`);
      const r = await activateWitness(wallet, { registry, witness: address });
      ctx.print(
        [r.entered ? `activated witness ${address} (tier ${r.tier}, region ${r.region})` : `witness ${address} did not enter the draw`, `transaction ${r.hash}`],
        { witness: address, entered: r.entered, eligible: r.eligible, tier: r.tier, region: r.region, hash: r.hash },
      );
    }));

  // ─── report ───
  const report = program.command('report').description('fraud reports (supervisors: any address, a fresh one for anonymity)');
  report
    .command('file')
    .argument('<claimId>')
    .option('--evidence <file>', 'the evidence (only its hash goes on chain)')
    .option('--evidence-hash <hash>', 'the evidence hash, if already computed')
    .description('report fraud on an announced, approved or paid claim, posting the report bond: a commitment to the evidence bound to your address first, then the evidence itself, so nobody can copy the report and take its reward')
    .addHelpText('after', '\nThe salt printed is the only way to reveal the evidence again if the reveal does not go through: keep it with the evidence.\n\nExample:\n  $ lashou report file 3 --evidence photos.zip --yes')
    .action(run(async (ctx: Context, o: { evidence?: string; evidenceHash?: string }, id: string) => {
      const claimId = parseId(id);
      const evidenceHash = await documentHash({ document: o.evidence, documentHash: o.evidenceHash }, 'evidence');
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      await ctx.confirm(`Report fraud on claim ${claimId} from ${wallet.account.address}, posting the report bond?`);
      const r = await reportFraud(wallet, { reports: modules(deployment).reports, claimId, evidenceHash });
      const token = await ctx.token();
      ctx.print(
        [
          `report ${r.reportId} filed with a ${formatAmount(r.bond, token)} bond; the operator decides by ${when(r.deadline)}`,
          `evidence  ${evidenceHash} (revealed)`, `salt      ${r.salt} (keep it with the evidence)`, `transactions ${r.hash} (report), ${r.revealHash} (reveal)`,
        ],
        { reportId: r.reportId, bond: r.bond, deadline: r.deadline, evidenceHash, salt: r.salt, commitment: r.commitment, hash: r.hash, revealHash: r.revealHash },
      );
    }));
  report
    .command('reveal')
    .argument('<reportId>')
    .option('--evidence <file>', 'the evidence')
    .option('--evidence-hash <hash>', 'the evidence hash, if already computed')
    .requiredOption('--salt <hex>', 'the salt printed when the report was filed')
    .description("reveal a report's evidence (only if the reveal of `report file` did not go through), before the report's deadline; fraud can be confirmed only on a revealed report; any account may send it")
    .addHelpText('after', '\nExample:\n  $ lashou report reveal 4 --evidence photos.zip --salt 0x5c1d… --yes')
    .action(run(async (ctx: Context, o: { evidence?: string; evidenceHash?: string; salt: string }, id: string) => {
      const reportId = parseId(id, 'report id');
      const evidenceHash = await documentHash({ document: o.evidence, documentHash: o.evidenceHash }, 'evidence');
      if (!/^0x[0-9a-fA-F]{64}$/.test(o.salt)) throw new CliError(`--salt "${o.salt}" must be 0x followed by 64 hex digits: the salt printed by lashou report file`);
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      await ctx.confirm(`Reveal the evidence of report ${reportId} from ${wallet.account.address} (gas only)?`);
      const r = await revealEvidence(wallet, { reports: modules(deployment).reports, reportId, evidenceHash, salt: o.salt as `0x${string}` });
      ctx.print([`report ${reportId}: evidence ${evidenceHash} revealed`, `transaction ${r.hash}`], { reportId, evidenceHash, hash: r.hash });
    }));
  report
    .command('status')
    .argument('<reportId>')
    .description('a fraud report: outcome, bond, deadline, its commitment and whether its evidence is revealed')
    .addHelpText('after', '\nExample:\n  $ lashou report status 4')
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const reportId = parseId(id, 'report id');
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const r = await getReport(client, { reports: modules(deployment).reports, reportId });
      const evidence = !r.revealed
        ? r.outcome === 'Open'
          ? `not revealed: the reporter reveals it before ${when(r.deadline)} (lashou report reveal ${reportId} --salt …); until then fraud cannot be confirmed on it`
          : 'never revealed'
        : r.firstWithEvidence === reportId
          ? `${r.evidenceHash} (revealed; first to reveal it on claim ${r.claimId})`
          : `${r.evidenceHash} (revealed; report ${r.firstWithEvidence} revealed it first and is the one to confirm)`;
      const outcome = r.outcome === 'Open' ? `Open, under investigation until ${when(r.deadline)}` : r.outcome === 'Superseded' ? 'Superseded (the claim ended through another report; bond back)' : r.outcome;
      ctx.print(
        [
          `report ${reportId} on claim ${r.claimId}: ${outcome}`, `reporter    ${r.reporter}`, `bond        ${formatAmount(r.bond, token)}`, `deadline    ${when(r.deadline)}`,
          `commitment  ${r.commitment}`, `evidence    ${evidence}`,
        ],
        r,
      );
    }));

  report
    .command('expire')
    .argument('<reportId>')
    .description('close a report the operator left unanswered past its deadline (the claim goes on), or one whose claim ended through another report (superseded): the bond goes back (anyone)')
    .addHelpText('after', '\nExample:\n  $ lashou report expire 2 --yes')
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const reportId = parseId(id, 'report id');
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Close report ${reportId} (unanswered, or superseded)?`);
      const r = await expireReport(wallet, { reports: modules(deployment).reports, reportId });
      ctx.print([`report ${reportId}: ${r.outcome}; bond ${formatAmount(r.bondReturned, token)} back to the reporter`, `transaction ${r.hash}`], { reportId, outcome: r.outcome, bondReturned: r.bondReturned, hash: r.hash });
    }));
  report
    .command('claim-refund')
    .option('--to <address>', 'where to send it (default: your own address)')
    .description('collect bonds and rewards whose transfer failed when your report was closed')
    .addHelpText('after', '\nExample:\n  $ lashou report claim-refund --yes')
    .action(run(async (ctx: Context, o: { to?: string }) => {
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      const to = o.to ? parseAddress(o.to, '--to') : wallet.account.address;
      await ctx.confirm(`Send your unclaimed report refunds to ${to}?`);
      const r = await claimReportRefund(wallet, { reports: modules(deployment).reports, to });
      ctx.print([`refund sent to ${to}`, `transaction ${r.hash}`], { to, hash: r.hash });
    }));

  // ─── operator ───
  const operator = program.command('operator').description('the operator: review, arbitration, reports, notaries, recoveries (OPERATOR_ROLE)');
  operator
    .command('review')
    .argument('<claimId>')
    .option('--approve', 'approve the claim')
    .option('--amount <amount>', 'approved amount (default: the amount asked)')
    .option('--identity <file>', "the claimant's identity file, shown to you off chain (for the nullifier)")
    .option('--nullifier <hash>', 'the nullifier, if already computed')
    .option('--reject <reason>', `reject, with one of ${REJECTION_REASONS.join(', ')}`)
    .description('review a filed claim: approve with an amount and the claimant nullifier (HMAC with LASHOU_OPERATOR_SECRET), or reject with a reason; an approval above what the pool can pay within the payment window is refused, naming the most it can')
    .addHelpText('after', '\nExamples:\n  $ LASHOU_OPERATOR_SECRET=0x… lashou operator review 3 --approve --identity patient.json --yes\n  $ lashou operator review 4 --reject DocumentsInvalid --yes')
    .action(run(async (ctx: Context, o: { approve?: boolean; amount?: string; identity?: string; nullifier?: string; reject?: string }, id: string) => {
      const claimId = parseId(id);
      if (o.approve === !!o.reject) throw new CliError('give exactly one of --approve or --reject <reason>');
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      const claims = modules(deployment).claims;
      if (o.reject) {
        if (!REJECTION_REASONS.includes(o.reject as RejectionReason)) throw new InvalidInputError(`reason "${o.reject}" is not known: use one of ${REJECTION_REASONS.join(', ')}`);
        await ctx.confirm(`Reject claim ${claimId} (${o.reject})?`);
        const r = await reviewClaim(wallet, { claims, claimId, approve: false, reason: o.reject as RejectionReason });
        ctx.print([`claim ${claimId} rejected (${o.reject})`, `transaction ${r.hash}`], { claimId, approved: false, reason: o.reject, hash: r.hash });
        return;
      }
      let nullifier: Hex;
      if (o.nullifier) nullifier = parseHash(o.nullifier, '--nullifier');
      else if (o.identity) {
        const secret = process.env.LASHOU_OPERATOR_SECRET;
        if (!secret) throw new CliError('set LASHOU_OPERATOR_SECRET (the operator key of the nullifier HMAC) or pass --nullifier');
        nullifier = computeNullifier({ identity: loadIdentity(o.identity), operatorSecret: secret as Hex });
      } else throw new CliError("approving needs the claimant's nullifier: --identity <file> (with LASHOU_OPERATOR_SECRET) or --nullifier <hash>");
      const c = await getClaim(wallet, { claims, claimId });
      const amount = o.amount ? await ctx.amount(o.amount) : c.requestedAmount;
      await ctx.confirm(`Approve claim ${claimId} for ${formatAmount(amount, token)}?`);
      const r = await reviewClaim(wallet, { claims, claimId, approve: true, amount, nullifier });
      ctx.print([`claim ${claimId} approved at review for ${formatAmount(amount, token)}; witnesses are drawn next (lashou claim advance)`, `transaction ${r.hash}`], { claimId, approved: true, amount, nullifier, hash: r.hash });
    }));
  operator
    .command('arbitrate')
    .argument('<claimId>')
    .option('--uphold', 'the rejecting witness is right: reject the claim')
    .option('--overrule', 'overrule the witness: its slot is redrawn')
    .description('arbitrate a claim a witness rejected')
    .action(run(async (ctx: Context, o: { uphold?: boolean; overrule?: boolean }, id: string) => {
      const claimId = parseId(id);
      if (!!o.uphold === !!o.overrule) throw new CliError('give exactly one of --uphold or --overrule');
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      await ctx.confirm(`${o.uphold ? 'Uphold' : 'Overrule'} the witness rejection of claim ${claimId}?`);
      const r = await arbitrateClaim(wallet, { claims: modules(deployment).claims, claimId, uphold: !!o.uphold });
      ctx.print([`claim ${claimId}: witness rejection ${o.uphold ? 'upheld' : 'overruled'}`, `transaction ${r.hash}`], { claimId, uphold: !!o.uphold, hash: r.hash });
    }));
  operator
    .command('resolve-report')
    .argument('<reportId>')
    .option('--confirm', 'fraud confirmed: witnesses slashed, reporter rewarded, claimant expelled')
    .option('--dismiss', "not fraud: the bond becomes the operator's investigation fee (or is credited to all members, if governance chose so)")
    .description('resolve a fraud report within its deadline; confirming needs its evidence revealed, and the first report that revealed that evidence (the other open reports then close as superseded)')
    .action(run(async (ctx: Context, o: { confirm?: boolean; dismiss?: boolean }, id: string) => {
      const reportId = parseId(id, 'report id');
      if (!!o.confirm === !!o.dismiss) throw new CliError('give exactly one of --confirm or --dismiss');
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`${o.confirm ? 'Confirm' : 'Dismiss'} report ${reportId}?`);
      const r = await resolveReport(wallet, { reports: modules(deployment).reports, reportId, confirmed: !!o.confirm });
      ctx.print([`report ${reportId}: ${r.outcome}; reward ${formatAmount(r.reward, token)}, slashed ${formatAmount(r.slashed, token)}, credited to members ${formatAmount(r.creditedToMembers, token)}`, `transaction ${r.hash}`], { reportId, outcome: r.outcome, reward: r.reward, slashed: r.slashed, creditedToMembers: r.creditedToMembers, fee: r.fee, hash: r.hash });
    }));
  operator
    .command('withdraw-fees')
    .requiredOption('--amount <amount>', 'how much, in token units (e.g. 100)')
    .option('--to <address>', 'recipient (default: your own address)')
    .description('withdraw investigation fees (bonds of dismissed reports)')
    .addHelpText('after', '\nExample:\n  $ lashou operator withdraw-fees --amount 100 --to 0x… --yes')
    .action(run(async (ctx: Context, o: { amount: string; to?: string }) => {
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      const amount = await ctx.amount(o.amount);
      const to = o.to ? parseAddress(o.to, '--to') : wallet.account.address;
      await ctx.confirm(`Withdraw ${formatAmount(amount, token)} of investigation fees to ${to}?`);
      const r = await withdrawOperatorFees(wallet, { reports: modules(deployment).reports, to, amount });
      ctx.print([`${formatAmount(amount, token)} sent to ${to}`, `transaction ${r.hash}`], { to, amount, hash: r.hash });
    }));
  for (const [name, listed] of [['notary-add', true], ['notary-remove', false]] as const) {
    operator
      .command(name)
      .argument('<address>')
      .description(listed ? 'list a notary whose diagnosis signatures claims may carry' : 'remove a notary')
      .action(run(async (ctx: Context, _o: object, who: string) => {
        const notary = parseAddress(who, 'notary');
        const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
        await ctx.confirm(`${listed ? 'Add' : 'Remove'} notary ${notary}?`);
        const r = await setNotary(wallet, { claims: modules(deployment).claims, notary, listed });
        ctx.print([`notary ${notary} ${listed ? 'added' : 'removed'}`, `transaction ${r.hash}`], { notary, listed, hash: r.hash });
      }));
  }
  operator
    .command('record-recovery')
    .argument('<claimId>')
    .requiredOption('--amount <amount>', 'amount recovered off chain, paid in now and credited to all members')
    .description('record money recovered for a fraud-confirmed claim')
    .action(run(async (ctx: Context, o: { amount: string }, id: string) => {
      const claimId = parseId(id);
      const amount = await ctx.amount(o.amount);
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      await ctx.confirm(`Pay in ${formatAmount(amount, token)} recovered for claim ${claimId}?`);
      const r = await recordRecovery(wallet, { reports: modules(deployment).reports, claimId, amount });
      ctx.print([`recovery of ${formatAmount(amount, token)} credited to members`, `transaction ${r.hash}`], { claimId, amount, hash: r.hash });
    }));

  // ─── notary ───
  const notary = program.command('notary').description('notaries: sign diagnoses (EIP-712, offline)');
  notary
    .command('sign')
    .description("sign that a diagnosis document is authentic for a claimant (give the output to the claimant)")
    .requiredOption('--claimant <address>', 'the member who will file the claim')
    .option('--document <file>', 'the diagnosis document')
    .option('--document-hash <hash>', 'its hash, if already computed')
    .requiredOption('--diagnosed <date>', 'diagnosis date, YYYY-MM-DD or unix seconds')
    .requiredOption('--region <code>', "the patient's coarse region code (1–65535), as on the documents: witnesses are drawn from it")
    .addHelpText('after', '\nExample:\n  $ lashou notary sign --claimant 0x7099…79C8 --document diagnosis.pdf --diagnosed 2026-11-20 --region 1 --json')
    .action(run(async (ctx: Context, o: { claimant: string; document?: string; documentHash?: string; diagnosed: string; region: string }) => {
      const claimant = parseAddress(o.claimant, '--claimant');
      const hash = await documentHash(o, 'document');
      const diagnosedAt = parseDate(o.diagnosed);
      const region = parseRegion(o.region);
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      const r = await signDiagnosis(wallet, { claims: modules(deployment).claims, claimant, documentHash: hash, diagnosedAt, region });
      ctx.print([`notary     ${r.notary}`, `claimant   ${claimant}`, `document   ${hash}`, `diagnosed  ${diagnosedAt}`, `region     ${region}`, `signature  ${r.signature}`], { notary: r.notary, claimant, documentHash: hash, diagnosedAt, region, signature: r.signature });
    }));
}
