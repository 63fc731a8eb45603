import type { Command } from 'commander';
import { createDiagnosisAttestation, signDiagnosis } from '@lashou/sdk';
import { type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';
import { formatTime } from '../output.js';
import { DEMO, diagnosedOption, documentHash, examples, modules, parseDiagnosed, parseRegion, writeAttestation } from './claimShared.js';

export function notaryCommands(program: Command, run: Run) {
  const notary = program
    .command('notary')
    .description('notaries: sign diagnoses (EIP-712, offline)')
    .addHelpText('after', examples(`lashou notary sign --claimant ${DEMO.member} --document diagnosis.pdf --diagnosed 2026-11-20 --region 1`));
  notary
    .command('sign')
    .description("sign that a diagnosis document is authentic for a claimant (give the output to the claimant)")
    .requiredOption('--claimant <address>', 'the member who will file the claim')
    .option('--document <file>', 'the diagnosis document')
    .option('--document-hash <hash>', 'its hash, if already computed')
    .requiredOption('--diagnosed <date>', "diagnosis date: YYYY-MM-DD, unix seconds, or today (the chain's date)")
    .requiredOption('--region <code>', "the patient's coarse region code (1–65535), as on the documents: witnesses are drawn from it")
    .option('--out <file>', 'also write the signed diagnosis to this file, for the claimant (lashou claim file --signed <file>)')
    .addHelpText(
      'after',
      `\nIn the demo mutual (lashou dev) the listed notary is dev account #1 and witnesses stake in regions 1, 2 and 3.\n${examples(
        `lashou notary sign --claimant ${DEMO.member} --document diagnosis.pdf --diagnosed 2026-11-20 --region 1`,
        `lashou notary sign --claimant ${DEMO.member} --document-hash 0x4f1c…9a02 --diagnosed 2026-11-20 --region 2 --json`,
        `lashou notary sign --claimant ${DEMO.member} --document diagnosis.pdf --diagnosed today --region 1 --out signed.json`,
      )}`,
    )
    .action(run(async (ctx: Context, o: { claimant: string; document?: string; documentHash?: string; diagnosed: string; region: string; out?: string }) => {
      const claimant = parseAddress(o.claimant, '--claimant');
      const hash = await documentHash(o, 'document');
      const region = parseRegion(o.region);
      const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
      const diagnosedAt = await parseDiagnosed(o.diagnosed, wallet);
      const claims = modules(deployment).claims;
      const r = await signDiagnosis(wallet, { claims, claimant, documentHash: hash, diagnosedAt, region });
      if (o.out) writeAttestation(o.out, createDiagnosisAttestation({ chainId: deployment.chainId, claims, notary: r.notary, claimant, documentHash: hash, diagnosedAt, region, signature: r.signature }));
      const handOver = o.out
        ? `give ${o.out} to the claimant: lashou claim file --signed ${o.out} --document <the same file> --amount <amount>`
        : diagnosedAt % 86_400n === 0n ? `the claimant files with --diagnosed ${diagnosedOption(diagnosedAt)}` : 'the claimant files with the same --diagnosed value';
      await ctx.print(
        [
          `notary     ${r.notary}`, `claimant   ${claimant}`, `document   ${hash}`, `diagnosed  ${formatTime(diagnosedAt)} (${o.out ? 'in the signed file' : handOver})`, `region     ${region}`,
          `signature  ${r.signature}`, ...(o.out ? [`wrote      ${o.out}: ${handOver}`] : []),
        ],
        { notary: r.notary, claimant, documentHash: hash, diagnosedAt, region, signature: r.signature, out: o.out ?? null },
      );
    }));
}
