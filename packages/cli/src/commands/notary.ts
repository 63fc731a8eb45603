import type { Command } from 'commander';
import { InvalidInputError, createDiagnosisAttestation, signDiagnosis } from '@lashou/sdk';
import { type Address, type PrivateKeyAccount, createWalletClient, custom } from 'viem';
import { CliError, type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';
import { formatTime } from '../output.js';
import { DEMO, diagnosedOption, parseDate, documentHash, examples, modules, parseDiagnosed, parseRegion, writeAttestation } from './claimShared.js';

export function notaryCommands(program: Command, run: Run) {
  const notary = program
    .command('notary')
    .description('notaries: sign diagnoses (EIP-712; offline with --chain-id and --claims)')
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
    .option('--chain-id <id>', 'sign offline: the chain of the mutual (with --claims; nothing is read from a node)')
    .option('--claims <address>', "sign offline: the mutual's ClaimsManager (\"claims\" in its deployment file; with --chain-id)")
    .addHelpText(
      'after',
      `\nIn the demo mutual (lashou dev) the listed notary is dev account #1 (--account dev:notary) and witnesses stake in regions 1, 2 and 3.\nOffline (--chain-id and --claims), nothing is read from a node: the key must be a keystore or an account name, and\n--diagnosed today is today's date in UTC on this computer.\n${examples(
        `lashou notary sign --claimant ${DEMO.member} --document diagnosis.pdf --diagnosed 2026-11-20 --region 1`,
        `lashou notary sign --claimant ${DEMO.member} --document-hash 0x4f1c…9a02 --diagnosed 2026-11-20 --region 2 --json`,
        `lashou notary sign --claimant ${DEMO.member} --document diagnosis.pdf --diagnosed today --region 1 --out signed.json`,
        `lashou notary sign --claimant ${DEMO.member} --document diagnosis.pdf --diagnosed 2026-11-20 --region 1 --chain-id 31337 --claims ${DEMO.claims} --out signed.json   # offline`,
      )}`,
    )
    .action(run(async (ctx: Context, o: { claimant: string; document?: string; documentHash?: string; diagnosed: string; region: string; out?: string; chainId?: string; claims?: string }) => {
      const claimant = parseAddress(o.claimant, '--claimant');
      const hash = await documentHash(o, 'document');
      const region = parseRegion(o.region);
      if ((o.chainId === undefined) !== (o.claims === undefined)) {
        throw new CliError('to sign offline give both --chain-id and --claims (the ClaimsManager of the deployment file); without either, the chain and the address book are read from --rpc');
      }
      let chainId: number;
      let claims: Address;
      let diagnosedAt: bigint;
      let account: PrivateKeyAccount;
      if (o.chainId !== undefined && o.claims !== undefined) {
        if (!/^[1-9][0-9]{0,15}$/.test(o.chainId)) throw new InvalidInputError(`--chain-id "${o.chainId}" is not a chain id: give a positive whole number, e.g. 1 or 31337`);
        chainId = Number(o.chainId);
        claims = parseAddress(o.claims, '--claims');
        ctx.assumeChainId(chainId);
        account = await ctx.account();
        const now = BigInt(Math.floor(Date.now() / 1000));
        diagnosedAt = o.diagnosed === 'today' ? now - (now % 86_400n) : parseDate(o.diagnosed);
      } else {
        const [deployment, wallet] = await Promise.all([ctx.deployment(), ctx.wallet()]);
        chainId = deployment.chainId;
        claims = modules(deployment).claims;
        account = wallet.account;
        diagnosedAt = await parseDiagnosed(o.diagnosed, wallet);
      }
      // The statement is signed with the local key alone: no request goes to a node (signDiagnosis with chainId).
      const signer = createWalletClient({ account, transport: custom({ request: () => Promise.reject(new Error('the notary signs offline: no node is asked')) }) });
      const r = await signDiagnosis(signer, { claims, claimant, documentHash: hash, diagnosedAt, region, chainId });
      if (o.out) writeAttestation(o.out, createDiagnosisAttestation({ chainId, claims, notary: r.notary, claimant, documentHash: hash, diagnosedAt, region, signature: r.signature }));
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
