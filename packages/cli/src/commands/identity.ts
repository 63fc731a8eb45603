import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { mutualPoolAbi } from '@lashou/abi';
import { SALT_WARNING, createIdentity, type DocumentType, InvalidInputError } from '@lashou/sdk';
import { hashDocument, loadIdentity, saveIdentity } from '@lashou/sdk/node';
import { parseAbiItem } from 'viem';
import { CliError, type Context, parseAddress } from '../context.js';
import type { Run } from '../main.js';
import { progress } from '../progress.js';

const DOC_TYPES: Record<string, DocumentType> = { cn: 'CN_RESIDENT_ID', CN_RESIDENT_ID: 'CN_RESIDENT_ID', passport: 'PASSPORT', PASSPORT: 'PASSPORT' };

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new InvalidInputError(`${question.replace(/: $/, '')} is missing: pass it as an option (stdin is not a terminal)`);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  return answer;
}

export function identityCommands(program: Command, run: Run) {
  const identity = program.command('identity').description('identity commitments: make one (with its secret salt), verify one');

  identity
    .command('new')
    .description('validate your document, draw a 256-bit salt, and write the identity file (mode 0600)')
    .option('--doc-type <type>', 'cn (resident ID card) or passport', 'cn')
    .option('--id <number>', 'document number (asked for when omitted, to keep it out of shell history); passports: CHN:E12345678')
    .option('--name <name>', 'name as on the document (asked for when omitted)')
    .option('--out <file>', 'identity file to write (never overwritten)', 'identity.json')
    .addHelpText('after', '\nExamples:\n  $ lashou identity new --out me.json            # asks for the number and the name\n  $ lashou identity new --doc-type passport --id CHN:E12345678 --name "Wang Fang" --out me.json')
    .action(run(async (ctx: Context, options: { docType: string; id?: string; name?: string; out: string }) => {
      const docType = DOC_TYPES[options.docType];
      if (!docType) throw new InvalidInputError(`unknown document type "${options.docType}": use cn or passport`);
      const idNumber = options.id ?? (await ask('document number: '));
      const name = options.name ?? (await ask('name as on the document: '));
      const created = createIdentity({ docType, idNumber, name });
      saveIdentity({ path: options.out, identity: created });
      ctx.note(`\n${SALT_WARNING}\n`);
      ctx.print([`wrote ${options.out} (mode 0600)`, `commitment ${created.commitment}`], { path: options.out, commitment: created.commitment, docType: created.docType, version: created.version });
    }));

  identity
    .command('verify')
    .description('recompute the commitment of an identity file; with --member, check it is the one that member joined with')
    .requiredOption('--file <file>', 'identity file')
    .option('--member <address>', 'the member whose on-chain commitment to compare')
    .action(run(async (ctx: Context, options: { file: string; member?: string }) => {
      const loaded = loadIdentity(options.file);
      if (!options.member) {
        ctx.print([`${options.file} is consistent`, `commitment ${loaded.commitment}`], { commitment: loaded.commitment, valid: true });
        return;
      }
      const member = parseAddress(options.member, '--member');
      const [deployment, client] = await Promise.all([ctx.deployment(), ctx.publicClient()]);
      const logs = await client.getLogs({
        address: deployment.pool,
        event: parseAbiItem('event MemberJoined(address indexed member, uint256 indexed memberId, bytes32 indexed identityCommitment, uint256 deposit, int256 key, int256 index, uint256 coverageStart, uint256 epoch)'),
        args: { member },
        fromBlock: BigInt(deployment.blockNumber),
      });
      void mutualPoolAbi;
      const joined = logs.at(-1);
      if (!joined) throw new CliError(`${member} never joined pool ${deployment.pool}: nothing to verify against`);
      if (joined.args.identityCommitment !== loaded.commitment) {
        throw new CliError(`${options.file} does not match: ${member} joined with ${joined.args.identityCommitment}, the file gives ${loaded.commitment}`);
      }
      ctx.print(`${options.file} matches member #${joined.args.memberId} ${member}`, { commitment: loaded.commitment, member, memberId: joined.args.memberId, valid: true });
    }));

  program
    .command('document')
    .description('documents stay off chain; only their keccak256 goes on chain')
    .command('hash')
    .description('keccak256 of a file, streamed (any size)')
    .argument('<file>', 'the document')
    .action(run(async (ctx: Context, _options: unknown, file?: string) => {
      const bar = progress(ctx, 'hashing (MiB)', 0);
      const { hash, size } = await hashDocument({ path: file as string, onProgress: (read, total) => { bar.setTotal(Math.ceil(total / 2 ** 20)); bar.update(Math.floor(read / 2 ** 20)); } });
      bar.stop();
      ctx.print(`${hash}  ${file}`, { hash, size, file });
    }));
}
