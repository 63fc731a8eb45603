import type { Command } from 'commander';
import {
  InvalidInputError, advanceClaim, approveClaim, fileClaim, formatAmount, getClaimCount, getClaimPayment, listClaims, markClaimPaid,
  type GetClaimPaymentReturnType, type GetClaimReturnType,
} from '@lashou/sdk';
import type { Hex } from 'viem';
import { type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';
import { formatTime } from '../output.js';
import { nextStepJson, readNextStep, type ClaimNextStep } from './claimNext.js';
import { DEMO, documentHash, examples, modules, parseDate, parseDiagnosed, parseId, parseRegion, readAttestation, requireClaim } from './claimShared.js';
import { notaryCommands } from './notary.js';
import { operatorCommands } from './operator.js';
import { reportCommands } from './report.js';
import { witnessCommands } from './witness.js';

/** A claim in the JSON schema: its randomness request is an id (`randomnessRequestId`). */
export function claimJson(c: GetClaimReturnType) {
  const { randomnessRequest, ...rest } = c;
  return { ...rest, randomnessRequestId: randomnessRequest };
}

function claimLines(c: GetClaimReturnType, payment: GetClaimPaymentReturnType, next: ClaimNextStep, token: { decimals: number; symbol: string }): string[] {
  const fmt = (v: bigint) => formatAmount(v, token);
  const lines = [
    `claim ${c.claimId}: ${c.state}${c.reason !== 'None' ? ` (${c.reason})` : ''}`,
    `claimant   ${c.claimant}`,
    `amount     ${fmt(c.requestedAmount)} asked${c.approvedAmount ? `, ${fmt(c.approvedAmount)} approved` : ''}`,
    `region     ${c.region}`,
    `diagnosed  ${formatTime(c.diagnosedAt)}   filed ${formatTime(c.filedAt)}`,
    `deadline   ${formatTime(c.deadline)}${c.state === 'Approved' ? ' (payment deadline)' : c.state === 'UnderInvestigation' ? ` (of the ${c.resumeState} state it resumes)` : ''}`,
    `document   ${c.documentHash}`,
    ...c.witnesses.map((s) => `witness ${s.slot}  ${s.status === 'Empty' ? '—' : s.witness} ${s.status}${s.deadline ? ` until ${formatTime(s.deadline)}` : ''}`),
  ];
  if (c.openReports > 0n) {
    lines.push(`reports    ${c.openReports} open${c.state === 'UnderInvestigation' ? `; the claim resumes ${c.resumeState} once none is left` : ''}`);
  }
  if (payment) {
    const p = payment.payout;
    if (p.outstanding > 0n) {
      lines.push(`payout     ${fmt(p.paid)} of ${fmt(p.amount)} paid, ${fmt(p.outstanding)} still due${payment.paymentDeadline ? ` by ${formatTime(payment.paymentDeadline)}, when what is unpaid is cancelled` : ''}`);
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
  lines.push(`next       ${next.text}`);
  return lines;
}

/** `--from`/`--to` of `claim list`, checked against the claims that exist (1 to `count`). */
export function claimListRange(count: bigint, from: string | undefined, to: string | undefined): { from: bigint; to: bigint } | undefined {
  const parse = (text: string, flag: string) => {
    if (!/^\d{1,20}$/.test(text) || BigInt(text) === 0n) throw new InvalidInputError(`${flag} "${text}" is not a claim id: ${count === 0n ? 'no claim has been filed yet' : `claims are numbered 1 to ${count} (e.g. --from 1 --to ${count})`}`);
    return BigInt(text);
  };
  const first = from === undefined ? 1n : parse(from, '--from');
  const last = to === undefined ? count : parse(to, '--to');
  if (to !== undefined && first > last) throw new InvalidInputError(`--from ${first} is after --to ${last}: give --from ≤ --to; ${count === 0n ? 'no claim has been filed yet' : `claims are numbered 1 to ${count}`}`);
  if (count === 0n) {
    if (from === undefined && to === undefined) return undefined;
    throw new InvalidInputError(`--from ${first} is beyond the last claim: no claim has been filed yet`);
  }
  if (first > count) throw new InvalidInputError(`--from ${first} is beyond the last claim: claims are numbered 1 to ${count} (e.g. --from 1 --to ${count})`);
  return { from: first, to: last > count ? count : last };
}

export function claimCommands(program: Command, run: Run) {
  // ─── claim ───
  const claim = program
    .command('claim')
    .description('claims: file, follow and move them on (anyone may advance a claim past its deadlines)')
    .addHelpText('after', examples('lashou claim status 3', 'lashou claim list --from 1 --to 8', 'lashou claim advance 4 --yes'));
  claim
    .command('file')
    .description('file a claim as a covered member, with a notary signature over the diagnosis (lashou notary sign)')
    .option('--document <file>', 'the notarised diagnosis (only its hash goes on chain)')
    .option('--document-hash <hash>', 'the diagnosis hash, if already computed')
    .option('--signed <file>', 'the notary\'s attestation file (lashou notary sign --out, or the web app\'s notary page): gives the date, region, notary and signature, checked before sending')
    .option('--diagnosed <date>', "diagnosis date: YYYY-MM-DD, unix seconds, or today (the chain's date); the one the notary signed")
    .requiredOption('--amount <amount>', 'amount asked, in token units')
    .option('--region <code>', "coarse region code (1–65535) where witnesses can visit: the one the notary signed")
    .option('--notary <address>', 'the listed notary who signed')
    .option('--signature <hex>', 'the notary signature (lashou notary sign)')
    .addHelpText(
      'after',
      `\nThe notary signs first, for your address, the document, the date and the region (lashou notary sign), and gives you the signature.\nIn the demo mutual (lashou dev) the notary is dev account #1 and witnesses stake in regions 1, 2 and 3.\n${examples(
        `lashou claim file --signed signed.json --document diagnosis.pdf --amount 12.5 --yes`,
        `lashou claim file --document diagnosis.pdf --diagnosed 2026-11-20 --amount 5000 --region 1 --notary ${DEMO.notary} --signature 0x3b7e…1c --yes`,
        `lashou claim file --document-hash 0x4f1c…9a02 --diagnosed 1795132800 --amount 12.5 --region 2 --notary ${DEMO.notary} --signature 0x3b7e…1c --json`,
      )}`,
    )
    .action(run(async (ctx: Context, o: { signed?: string; document?: string; documentHash?: string; diagnosed?: string; amount: string; region?: string; notary?: string; signature?: string }) => {
      const signed = o.signed ? await readAttestation(o.signed) : undefined;
      if (signed) {
        const given = (['diagnosed', 'region', 'notary', 'signature'] as const).filter((k) => o[k] !== undefined);
        if (given.length > 0) throw new InvalidInputError(`--signed ${o.signed} already gives the ${given.join(', ')}: leave out ${given.map((k) => `--${k}`).join(', ')}`);
      } else {
        const missing = (['diagnosed', 'region', 'notary', 'signature'] as const).filter((k) => o[k] === undefined);
        if (missing.length > 0) throw new InvalidInputError(`missing ${missing.map((k) => `--${k}`).join(', ')}: give the notary's signed file with --signed <file> (lashou notary sign --out), or --diagnosed, --region, --notary and --signature`);
      }
      const hash = o.document || o.documentHash || !signed ? await documentHash(o, 'document') : signed.documentHash;
      if (signed && hash !== signed.documentHash) throw new InvalidInputError(`the document's hash ${hash} is not the one the notary signed in ${o.signed} (${signed.documentHash}): give the same document the notary signed`);
      // The date's form is checked with the other options, before anything is read from the chain (today is the chain's).
      if (!signed && o.diagnosed !== 'today') parseDate(o.diagnosed as string);
      const region = signed ? signed.region : parseRegion(o.region as string);
      const notary = signed ? signed.notary : parseAddress(o.notary as string, '--notary');
      const signature = signed ? signed.signature : (o.signature as string);
      if (!/^0x[0-9a-fA-F]{130}$/.test(signature)) throw new InvalidInputError('--signature must be 65 bytes: 0x followed by 130 hex digits (lashou notary sign)');
      const amount = await ctx.amount(o.amount);
      const [deployment, token, wallet] = await Promise.all([ctx.deployment(), ctx.token(), ctx.wallet()]);
      const diagnosedAt = signed ? BigInt(signed.diagnosedAt) : await parseDiagnosed(o.diagnosed as string, wallet);
      if (signed) {
        if (signed.chainId !== deployment.chainId || signed.claims !== modules(deployment).claims) throw new InvalidInputError(`${o.signed} was signed for the claims manager ${signed.claims} on chain ${signed.chainId}, not ${modules(deployment).claims} on chain ${deployment.chainId}: ask the notary to sign again for this deployment`);
        if (signed.claimant !== wallet.account.address) throw new InvalidInputError(`${o.signed} was signed for the claimant ${signed.claimant}, not for your address ${wallet.account.address}: file it with the claimant's key, or ask the notary to sign for your address`);
      }
      await ctx.confirm(`File a claim for ${formatAmount(amount, token)} in region ${region} from ${wallet.account.address}?`);
      const r = await fileClaim(wallet, { claims: modules(deployment).claims, documentHash: hash, diagnosedAt, amount, region, notary, signature: signature as Hex });
      await ctx.print(
        [`filed claim ${r.claimId}; the operator reviews it by ${formatTime(r.reviewDeadline)} (lashou claim status ${r.claimId})`, `transaction ${r.hash}`],
        { claimId: r.claimId, claimant: wallet.account.address, amount, region, diagnosedAt, notary, documentHash: hash, reviewDeadline: r.reviewDeadline, hash: r.hash },
      );
    }));
  claim
    .command('status')
    .argument('<claimId>')
    .description('a claim: state, amounts, witnesses, deadlines (the payment deadline while approved), open fraud reports, what the pool paid of it, and the next step with who takes it')
    .addHelpText('after', examples('lashou claim status 3', 'lashou claim status 4 --json'))
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const claimId = parseId(id);
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const { claims, reports } = modules(deployment);
      const fromBlock = BigInt(deployment.blockNumber);
      const c = await requireClaim(client, claims, claimId);
      const [payment, next] = await Promise.all([
        getClaimPayment(client, { claims, claimId, claim: c, fromBlock }),
        readNextStep(client, { claims, reports, claim: c, fromBlock }),
      ]);
      await ctx.print(claimLines(c, payment, next, token), { ...claimJson(c), payment, next: nextStepJson(next) });
    }));
  claim
    .command('list')
    .description('claims by id range (default: all); claims are numbered from 1 to the last one filed')
    .option('--from <id>', 'first id (default 1)')
    .option('--to <id>', 'last id (default: the latest)')
    .addHelpText('after', examples('lashou claim list', 'lashou claim list --from 1 --to 8', 'lashou claim list --from 3 --json'))
    .action(run(async (ctx: Context, o: { from?: string; to?: string }) => {
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const claims = modules(deployment).claims;
      const claimCount = await getClaimCount(client, { claims });
      const range = claimListRange(claimCount, o.from, o.to);
      if (!range) {
        await ctx.print(['no claims yet'], { claimCount, claims: [] });
        return;
      }
      const r = await listClaims(client, { claims, from: range.from, to: range.to });
      await ctx.print(
        r.claims.map((c) => `${String(c.claimId).padStart(4)}  ${c.state.padEnd(18)} ${formatAmount(c.approvedAmount || c.requestedAmount, token).padStart(16)}  ${c.claimant}`),
        { claimCount: r.claimCount, from: range.from, to: range.to, claims: r.claims.map(claimJson) },
      );
    }));
  claim
    .command('advance')
    .argument('<claimId>')
    .description('take the step the claim allows now: draw witnesses (fulfilling the randomness), replace a no-show, approve after the announcement, mark paid, release stakes, or close past a deadline; says what it waits for when nothing can move yet')
    .addHelpText('after', examples('lashou claim advance 6 --yes', 'lashou claim advance 4 --yes --json'))
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const claimId = parseId(id);
      const [deployment, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
      const { claims, reports } = modules(deployment);
      const fromBlock = BigInt(deployment.blockNumber);
      await requireClaim(client, claims, claimId);
      const wallet = await ctx.wallet();
      await ctx.confirm(`Advance claim ${claimId} from ${wallet.account.address} (gas only)?`);
      const r = await advanceClaim(wallet, { claims, claimId });
      const next = await readNextStep(client, { claims, reports, claim: await requireClaim(client, claims, claimId), fromBlock });
      await ctx.print(
        r.action === 'none'
          ? [`nothing to do now: claim ${claimId} is ${r.state}`, `next       ${next.text}`]
          : [`${r.action}: ${r.detail}`, `claim ${claimId} is ${r.state}`, `next       ${next.text}`, `transaction ${r.result!.hash}`],
        { claimId, action: r.action, detail: r.detail, state: r.state, next: nextStepJson(next), hash: r.result?.hash },
      );
    }));
  claim
    .command('approve')
    .argument('<claimId>')
    .description('approve an announced claim after its announcement window (anyone)')
    .addHelpText('after', examples('lashou claim approve 4 --yes'))
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const claimId = parseId(id);
      const [deployment, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
      const claims = modules(deployment).claims;
      await requireClaim(client, claims, claimId);
      const wallet = await ctx.wallet();
      await ctx.confirm(`Approve claim ${claimId} (gas only)?`);
      const r = await approveClaim(wallet, { claims, claimId });
      await ctx.print([`claim ${claimId} approved: paid when its epoch is settled`, `transaction ${r.hash}`], { claimId, state: 'Approved', hash: r.hash });
    }));
  claim
    .command('mark-paid')
    .argument('<claimId>')
    .description('mark an approved claim paid once every payment was made, or, after its payment window, close it paid in part (the unpaid rest is cancelled); anyone may')
    .addHelpText('after', examples('lashou claim mark-paid 3 --yes'))
    .action(run(async (ctx: Context, _o: object, id: string) => {
      const claimId = parseId(id);
      const [deployment, token, client] = await Promise.all([ctx.deployment(), ctx.token(), ctx.publicClient()]);
      const claims = modules(deployment).claims;
      await requireClaim(client, claims, claimId);
      const wallet = await ctx.wallet();
      await ctx.confirm(`Mark claim ${claimId} paid (gas only)?`);
      const r = await markClaimPaid(wallet, { claims, claimId });
      const part = r.paidInPart;
      await ctx.print(
        [
          part
            ? `claim ${claimId} is Paid in part: ${formatAmount(part.paid, token)} paid, ${formatAmount(part.shortfall, token)} short (the payment window ended); the fraud-report window is open`
            : `claim ${claimId} is Paid; the fraud-report window is open${r.reportWindowEnds ? ` until ${formatTime(r.reportWindowEnds)}` : ''}`,
          `transaction ${r.hash}`,
        ],
        { claimId, paidInPart: part, reportWindowEndsAt: r.reportWindowEnds, hash: r.hash },
      );
    }));

  witnessCommands(program, run);
  reportCommands(program, run);
  operatorCommands(program, run);
  notaryCommands(program, run);
}
