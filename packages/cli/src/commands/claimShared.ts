// Helpers shared by the claim, witness, report, operator and notary commands (claims.ts registers them).
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import {
  type DiagnosisAttestation, InvalidInputError, LashouError, getClaim, getClaimCount, getReport, readDiagnosisAttestation, verifyDiagnosisAttestation, type GetClaimReturnType, type GetReportReturnType, type LashouClient,
} from '@lashou/sdk';
import { hashDocument } from '@lashou/sdk/node';
import type { Deployment } from '@lashou/abi';
import type { Address, Hex, PublicClient } from 'viem';
import { CliError } from '../context.js';

/** The claims part of the deployment, or a clear error for records written before it existed. */
export function modules(deployment: Deployment): { claims: Address; registry: Address; reports: Address } {
  if (!deployment.claims || !deployment.registry || !deployment.reports) {
    throw new CliError('this deployment has no claims modules (it predates them): redeploy with lashou deploy');
  }
  return { claims: deployment.claims, registry: deployment.registry, reports: deployment.reports };
}

const MAX_ID = 2n ** 64n;

/** A claim or report id as typed: a whole number from 1. */
export function parseId(text: string, what = 'claim id'): bigint {
  if (!/^\d{1,20}$/.test(text) || BigInt(text) === 0n || BigInt(text) >= MAX_ID) throw new InvalidInputError(`${what} "${text}" is not valid: give a whole number from 1`);
  return BigInt(text);
}

export function parseHash(text: string, what: string): Hex {
  if (!/^0x[0-9a-fA-F]{64}$/.test(text)) throw new InvalidInputError(`${what} "${text}" is not a 32-byte hash: give 0x followed by 64 hex digits (lashou document hash <file>)`);
  return text as Hex;
}

export function parseSlot(text: string): number {
  if (!/^[0-2]$/.test(text)) throw new InvalidInputError(`slot "${text}" is not valid: give 0, 1 or 2 (lashou claim status shows the slots)`);
  return Number(text);
}

export function parseRegion(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 65_535) throw new InvalidInputError(`region "${text}" is not valid: give a region code from 1 to 65535`);
  return Number(text);
}

/** A date `YYYY-MM-DD` (UTC midnight) or unix seconds. */
export function parseDate(text: string): bigint {
  if (/^\d{9,11}$/.test(text)) return BigInt(text);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(match[3])) {
    throw new InvalidInputError(`date "${text}" is not valid: give YYYY-MM-DD or unix seconds`);
  }
  return BigInt(ms / 1000);
}

/** `diagnosedAt` as the `--diagnosed` value that gives it back: the date when it is a UTC midnight. */
export function diagnosedOption(seconds: bigint): string {
  return seconds % 86_400n === 0n ? new Date(Number(seconds) * 1000).toISOString().slice(0, 10) : String(seconds);
}

/**
 * Refuses a file that cannot be read, in one line naming it and saying what to do: missing, a directory (or anything
 * but a file), or not readable by this user. `flag` is the option that named it (`--document`).
 */
export function requireReadableFile(path: string, flag: string, hashFlag?: string): void {
  const instead = hashFlag ? `, or give ${hashFlag} <0x…> if you already have its hash` : '';
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(`${flag} ${path} does not exist: check the path${instead}`);
    throw new CliError(unreadable(path, flag, code, instead));
  }
  if (!isFile) throw new CliError(`${flag} ${path} is ${statSync(path).isDirectory() ? 'a directory' : 'not a regular file'}: give the path of the file itself${instead}`);
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw new CliError(unreadable(path, flag, (error as NodeJS.ErrnoException).code, instead));
  }
}

/** The one line for a file that exists but cannot be read. */
export function unreadable(path: string, flag: string, code: string | undefined, instead = ''): string {
  if (code === 'EACCES' || code === 'EPERM') return `${flag} ${path} cannot be read (permission denied): make it readable for this user (chmod u+r ${path}) or run as its owner${instead}`;
  return `${flag} ${path} cannot be read (${code ?? 'unknown error'}): check the file${instead}`;
}

/** The hash of `--<what> <file>` or `--<what>-hash <0x…>`, exactly one of them. */
export async function documentHash(options: { document?: string | undefined; documentHash?: string | undefined }, what: string): Promise<Hex> {
  if (options.document && options.documentHash) throw new CliError(`give either --${what} <file> or --${what}-hash <0x…>, not both`);
  if (options.document) {
    requireReadableFile(options.document, `--${what}`, `--${what}-hash`);
    try {
      return (await hashDocument({ path: options.document })).hash;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error instanceof LashouError ? String(error.params.reason ?? '') : undefined);
      throw new CliError(unreadable(options.document, `--${what}`, code, `, or give --${what}-hash <0x…>`), { cause: error });
    }
  }
  if (options.documentHash) return parseHash(options.documentHash, `--${what}-hash`);
  throw new CliError(`give the ${what}: --${what} <file> or --${what}-hash <0x…>`);
}

/** "claims are numbered 1 to N" (or that there are none yet). */
export function claimRange(count: bigint): string {
  return count === 0n ? 'no claim has been filed yet' : `the last claim is ${count} (claims are numbered 1 to ${count}; lashou claim list)`;
}

/** The claim, or one line saying it does not exist and which ids do. */
export async function requireClaim(client: LashouClient, claims: Address, claimId: bigint): Promise<GetClaimReturnType> {
  try {
    return await getClaim(client, { claims, claimId });
  } catch (error) {
    if (error instanceof LashouError && error.code === 'claim.notFound') {
      const count = await getClaimCount(client, { claims });
      throw new CliError(`claim ${claimId} does not exist: ${claimRange(count)}`, { cause: error });
    }
    throw error;
  }
}

/** The report, or one line saying it does not exist and which ids do. */
export async function requireReport(client: LashouClient, reports: Address, reportId: bigint): Promise<GetReportReturnType> {
  try {
    return await getReport(client, { reports, reportId });
  } catch (error) {
    if (error instanceof LashouError && error.code === 'report.notFound') {
      const count = BigInt(String(error.params.count ?? 0));
      const range = count === 0n ? 'no fraud report has been filed yet' : `the last report is ${count} (reports are numbered 1 to ${count})`;
      throw new CliError(`report ${reportId} does not exist: ${range}`, { cause: error });
    }
    throw error;
  }
}

/** The examples block of `--help`: every line a command to type. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}`;
}

/** Demo values for examples (lashou dev): the notary is dev account #1, claims are filed in regions 1–3. */
export const DEMO = {
  notary: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  member: '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  witness: '0xAf8E9aF33a2AFe55a2d36310edf0273eff04B7Cb',
  operator: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  /** The ClaimsManager of a fresh demo (deployed by dev account #0 in a fixed order). */
  claims: '0xa513E6E4b8f2a923D98304ec87F64353C4D5C853',
} as const;

/**
 * `--diagnosed` as typed: `today` is the chain's current date (its latest block's UTC day, at midnight), so that a
 * notary and a claimant agree on it on a local chain whose clock runs ahead of the wall clock; otherwise `parseDate`.
 */
export async function parseDiagnosed(text: string, client: Pick<PublicClient, 'getBlock'>): Promise<bigint> {
  if (text !== 'today') return parseDate(text);
  const { timestamp } = await client.getBlock({ blockTag: 'latest' });
  return timestamp - (timestamp % 86_400n);
}

/** Writes the notary's attestation for the claimant (the web app's notary page gives the same file); never over an
 *  existing file, which could be another claimant's. */
export function writeAttestation(path: string, attestation: DiagnosisAttestation): void {
  // Created exclusively: an existing file or any symbolic link at the path (even a dangling one) is refused, never followed.
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${path} already exists: choose another file with --out (it may hold another signed diagnosis)`);
    throw new CliError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}: choose another --out`);
  }
  try {
    writeSync(fd, `${JSON.stringify(attestation, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the notary's attestation (`lashou notary sign --out`, or the web app's notary page) and checks that its
 * signature is the notary's over exactly its fields, before any gas is spent on a claim the contract would refuse.
 */
export async function readAttestation(path: string): Promise<DiagnosisAttestation> {
  requireReadableFile(path, '--signed');
  const again = 'give the file the notary wrote (lashou notary sign --out, or the notary page), unchanged';
  const read = readDiagnosisAttestation(readFileSync(path, 'utf8'));
  if ('problem' in read) {
    const { problem } = read;
    if (problem.reason === 'notJson') throw new CliError(`${path} (--signed) is not valid JSON: ${again}`);
    if (problem.reason === 'oldVersion') throw new CliError(`${path} (--signed) was signed before the notary's statement covered the region, and the contract no longer accepts it: ask the notary to sign again`);
    throw new CliError(`${path} (--signed): ${problem.field} is not ${problem.expected}: ${again}`);
  }
  if (!(await verifyDiagnosisAttestation(read.attestation))) {
    throw new CliError(`${path} (--signed): its signature is not the notary ${read.attestation.notary}'s over the claimant, document, date and region it holds (edited after signing?): ${again}, or ask the notary to sign again`);
  }
  return read.attestation;
}
