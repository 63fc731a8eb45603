import { fstatSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InvalidInputError } from '@lashou/sdk';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * Passwords of keystores and secret files. Sources, first match wins: `--password-file <file>` (its first line; a
 * file readable by group or others is refused; `/dev/fd/N` reads a file descriptor), LASHOU_KEYSTORE_PASSWORD (for
 * CI), then a hidden prompt on a terminal (asked twice when creating). A new password must reach zxcvbn score 3.
 */

/** The least zxcvbn score (0–4) a new password must reach. */
export const MIN_PASSWORD_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;

/** zxcvbn with the common-password lists of language-common and the English words, names and feedback of
 *  language-en: about 2 MB of dictionaries, loaded only by the commands that choose a password, not at every start. */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, { adjacencyGraphs, dictionary }, english] = await Promise.all([
      import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({ dictionary: { ...dictionary, ...english.dictionary, userInputs: ['lashou', 'keystore', 'password'] }, graphs: adjacencyGraphs, translations: english.translations });
  })();
  return estimator;
}

/** zxcvbn's verdict on a password: its score (0–4), warning and suggestions. */
export async function passwordStrength(password: string, userInputs: string[] = []): Promise<{ score: number; warning: string | null; suggestions: string[] }> {
  const result = (await loadEstimator()).check(password, userInputs);
  return { score: result.score, warning: result.feedback.warning ?? null, suggestions: result.feedback.suggestions };
}

/** Refuses a password below zxcvbn score 3, with zxcvbn's warning and suggestions (never the password). */
export async function assertStrongPassword(password: string, what = 'the password'): Promise<void> {
  const { score, warning, suggestions } = await passwordStrength(password);
  if (score >= MIN_PASSWORD_SCORE) return;
  const advice = [warning, ...suggestions].filter((s): s is string => !!s && s.length > 0).join(' ');
  throw new InvalidInputError(`${what} is too weak (zxcvbn strength ${score} of 4, at least ${MIN_PASSWORD_SCORE} needed): ${advice || 'Add more words that are less common.'}`);
}

/** Where a password may come from besides the terminal (the global options). */
export type PasswordSources = { passwordFile?: string };

/** Reads the first line of a password file; refuses one that group or others can read. `/dev/fd/N` reads
 *  descriptor N directly (a pipe, a socket or a file the caller opened). */
export function readPasswordFile(file: string): string {
  const descriptor = /^\/dev\/fd\/(\d+)$/.exec(file);
  const target: string | number = descriptor ? Number(descriptor[1]) : file;
  let mode: number;
  let regular: boolean;
  try {
    const stat = typeof target === 'number' ? fstatSync(target) : statSync(target);
    mode = stat.mode;
    regular = stat.isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InvalidInputError(`password file ${file} (from --password-file) does not exist`);
    if (code === 'EBADF') throw new InvalidInputError(`password file ${file}: no such open file descriptor`);
    throw new InvalidInputError(`cannot read password file ${file} (${code ?? 'error'})`);
  }
  // A pipe or a socket (<(…), a descriptor) is private to the processes that hold it; a regular file must be private too.
  if (regular && (mode & 0o077) !== 0) {
    throw new InvalidInputError(`password file ${file} is readable by ${mode & 0o070 ? 'its group' : 'others'} (mode ${(mode & 0o777).toString(8)}): make it private with chmod 600 ${file}`);
  }
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch (error) {
    throw new InvalidInputError(`cannot read password file ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const line = text.split('\n')[0]!.replace(/\r$/, '');
  if (line.length === 0) throw new InvalidInputError(`password file ${file} is empty: its first line is the password`);
  return line;
}

/** Asks on the terminal without echo; the answer is never shown. */
export async function promptHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  process.stderr.write(question);
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  try {
    return await new Promise<string>((resolve, reject) => {
      rl.question('', resolve);
      rl.once('close', () => reject(new InvalidInputError('no password given (the prompt was closed)')));
      // Ctrl-C at the prompt stops the command (readline would otherwise only pause).
      rl.once('SIGINT', () => {
        process.stderr.write('\n');
        process.exit(130);
      });
    });
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

/**
 * The password for `purpose` (e.g. "keystore key.json", "the new keystore key.json"). With `confirm` (creating a
 * keystore or a secret file) a prompt asks twice and the password must be strong (zxcvbn score ≥ 3) whatever its
 * source. Without a file, the environment or a terminal, fails saying how to give one.
 */
export async function readPassword(options: { purpose: string; confirm?: boolean } & PasswordSources): Promise<string> {
  const { purpose, confirm = false } = options;
  let password: string;
  if (options.passwordFile) password = readPasswordFile(options.passwordFile);
  else if (process.env.LASHOU_KEYSTORE_PASSWORD) password = process.env.LASHOU_KEYSTORE_PASSWORD;
  else if (process.stdin.isTTY) {
    password = await promptHidden(`password for ${purpose}: `);
    if (confirm) {
      await assertStrongPassword(password, `the password for ${purpose}`);
      const again = await promptHidden(`password for ${purpose} again: `);
      if (again !== password) throw new InvalidInputError('passwords do not match: nothing was written');
    }
  } else {
    throw new InvalidInputError(
      `${purpose} needs a password: run in a terminal to be asked, or pass --password-file <file> (its first line, mode 600; /dev/fd/N for a file descriptor); CI may set LASHOU_KEYSTORE_PASSWORD`,
    );
  }
  if (password.length === 0) throw new InvalidInputError(`the password for ${purpose} is empty`);
  if (confirm) await assertStrongPassword(password, `the password for ${purpose}`);
  return password;
}
