import { type Stats, chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
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

/** Where identity files go by default: $XDG_DATA_HOME/lashou/identities, or ~/.local/share/lashou/identities. */
export function defaultIdentityDir(): string {
  const xdg = process.env.XDG_DATA_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.local', 'share'), 'lashou', 'identities');
}

/** A path with the home directory written as ~ (for help texts). */
function displayDir(path: string): string {
  const home = homedir();
  return home && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path;
}

/** Creates `dir` (and its parents) readable only by its owner (0700). */
function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** The git work tree `path` would be inside (the nearest folder above it with a .git), if any. */
export function gitWorkTreeOf(path: string): string | undefined {
  let dir = dirname(resolve(path));
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Refuses to put an identity file inside a git work tree unless forced: git status would show it, a commit would publish it. */
function refuseGitWorkTree(path: string, chosen: boolean, force: boolean): void {
  const root = gitWorkTreeOf(path);
  if (!root || force) return;
  const where = chosen ? resolve(path) : `${defaultIdentityDir()}`;
  throw new CliError(
    `refusing to write the identity file ${where} inside the git work tree ${root}: it holds your ID number and the secret salt, so git status would show it and it could be committed and published by mistake: ${chosen ? `leave out --out to keep it in ${defaultIdentityDir()}, or choose a path outside any repository` : 'set XDG_DATA_HOME to a folder outside any repository, or pass --out <file> outside one'}; --force writes it there anyway`,
  );
}

/** Checks that a document can be read before hashing it: a missing file, a folder or a file without read permission is one clear line. */
export function readableDocument(path: string): void {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    throw documentError(path, error);
  }
  if (info.isDirectory()) throw new CliError(`${path} is a directory, not a document: give the path of one file (hash each file separately, or archive the folder first)`);
  if (!info.isFile()) throw new CliError(`${path} is not a regular file: give the path of the document itself`);
  try {
    closeSync(openSync(path, 'r'));
  } catch (error) {
    throw documentError(path, error);
  }
}

/** A file-system error on a document, as what went wrong and what to do. */
export function documentError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CliError(`cannot read ${path}: there is no such file (${code}): check the path; a relative path starts in ${process.cwd()}`);
    case 'EACCES':
    case 'EPERM':
      return new CliError(`cannot read ${path}: permission denied (${code}): make it readable (chmod u+r ${path}) or run lashou as the user who owns it`);
    case 'EISDIR':
      return new CliError(`${path} is a directory, not a document: give the path of one file`);
    default:
      return new CliError(`cannot read ${path}: ${code ?? (error as Error).message}: check the path and that the file can be read`);
  }
}

export function identityCommands(program: Command, run: Run) {
  const identity = program.command('identity').description('identity commitments: make one (with its secret salt), verify one');

  identity
    .command('new')
    .description('validate your document, draw a 256-bit salt, and write the identity file (mode 0600) to your private data folder')
    .option('--doc-type <type>', 'cn (resident ID card) or passport', 'cn')
    .option('--id <number>', 'document number (asked for when omitted, to keep it out of shell history); passports: CHN:E12345678')
    .option('--name <name>', 'name as on the document (asked for when omitted)')
    .option('--out <file>', `identity file to write, never overwritten (default: a new <date>-<commitment>.identity.json in ${displayDir(defaultIdentityDir())})`)
    .option('--force', 'write the file even inside a git work tree')
    .addHelpText(
      'after',
      [
        '',
        'The file holds your ID number and the secret salt of your commitment: it goes to a folder only you can read',
        '($XDG_DATA_HOME/lashou/identities, or ~/.local/share/lashou/identities), never into the current directory, and',
        'never inside a git work tree unless --force. Back it up offline; member join --identity takes its path.',
        '',
        'Examples:',
        '  $ lashou identity new                                             # asks for the number and the name',
        '  $ lashou identity new --doc-type passport --id CHN:E12345678 --name "Wang Fang"',
        '  $ lashou identity new --out /media/usb/me.identity.json          # straight onto a backup drive',
      ].join('\n'),
    )
    .action(run(async (ctx: Context, options: { docType: string; id?: string; name?: string; out?: string; force?: boolean }) => {
      const docType = DOC_TYPES[options.docType];
      if (!docType) throw new InvalidInputError(`unknown document type "${options.docType}": use cn or passport`);
      // Where it goes is checked before anything is asked or drawn.
      const dir = options.out ? dirname(resolve(options.out)) : defaultIdentityDir();
      if (options.out && !existsSync(dir)) throw new CliError(`cannot write ${options.out}: the folder ${dir} does not exist: create it first, or leave out --out to use ${defaultIdentityDir()}`);
      refuseGitWorkTree(options.out ?? join(dir, 'x.identity.json'), Boolean(options.out), options.force === true);
      const idNumber = options.id ?? (await ask('document number: '));
      const name = options.name ?? (await ask('name as on the document: '));
      const created = createIdentity({ docType, idNumber, name });
      let path = options.out;
      if (!path) {
        ensurePrivateDir(dir);
        path = join(dir, `${new Date().toISOString().slice(0, 10)}-${created.commitment.slice(2, 14)}.identity.json`);
      }
      saveIdentity({ path, identity: created });
      ctx.note(`\n${SALT_WARNING}\n`);
      await ctx.print(
        [`wrote ${path} (mode 0600)`, `commitment ${created.commitment}`, `join with: lashou member join --deposit <amount> --identity ${path}`],
        { path, commitment: created.commitment, docType: created.docType, version: created.version },
      );
    }));

  identity
    .command('verify')
    .description('recompute the commitment of an identity file; with --member, check it is the one that member joined with')
    .requiredOption('--file <file>', 'identity file')
    .option('--member <address>', 'the member whose on-chain commitment to compare')
    .addHelpText('after', '\nExamples:\n  $ lashou identity verify --file ~/.local/share/lashou/identities/2026-05-01-1a2b3c4d5e6f.identity.json\n  $ lashou identity verify --file me.identity.json --member 0x70997970C51812dc3A010C7d01b50e0d17dc79C8')
    .action(run(async (ctx: Context, options: { file: string; member?: string }) => {
      const loaded = loadIdentity(options.file);
      if (!options.member) {
        await ctx.print([`${options.file} is consistent`, `commitment ${loaded.commitment}`], { commitment: loaded.commitment, valid: true });
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
      await ctx.print(`${options.file} matches member #${joined.args.memberId} ${member}`, { commitment: loaded.commitment, member, memberId: joined.args.memberId, valid: true });
    }));

  program
    .command('document')
    .description('documents stay off chain; only their keccak256 goes on chain')
    .command('hash')
    .description('keccak256 of a file, streamed (any size)')
    .argument('<file>', 'the document')
    .addHelpText('after', '\nExamples:\n  $ lashou document hash diagnosis.pdf\n  $ lashou document hash diagnosis.pdf --json | jq -r .hash')
    .action(run(async (ctx: Context, _options: unknown, file?: string) => {
      readableDocument(file as string);
      const bar = progress(ctx, 'hashing (MiB)', 0);
      const { hash, size } = await hashDocument({ path: file as string, onProgress: (read, total) => { bar.setTotal(Math.ceil(total / 2 ** 20)); bar.update(Math.floor(read / 2 ** 20)); } });
      bar.stop();
      await ctx.print(`${hash}  ${file}`, { hash, size, file });
    }));
}
