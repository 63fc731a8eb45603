import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Command } from 'commander';
import { buildProgram, cliVersion } from '../src/main.js';
import { lashou } from './helpers.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Every command under `command`, with its full name (`lashou pool settle`). */
function walk(command: Command, path: string[] = []): { name: string; command: Command }[] {
  const here = [...path, command.name()];
  return [{ name: here.join(' '), command }, ...command.commands.flatMap((sub) => walk(sub, here))];
}

/** The whole help a user sees for `command --help`, the texts added after the options included. */
function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  command.outputHelp();
  return text;
}

const hasAction = (command: Command) => (command as unknown as { _actionHandler: unknown })._actionHandler != null;

test('every command (a leaf, or a group with an action) has --help with an example: "Examples:" and "$ lashou"', () => {
  const commands = walk(buildProgram()).filter(({ command }) => command.commands.length === 0 || hasAction(command));
  assert.ok(commands.length > 40, `only ${commands.length} commands found: the walk is broken`);
  const missing = commands
    .filter(({ command }) => {
      const help = helpOf(command);
      return !/\n\s*Examples?:\n(?:.*\n)*?\s*\$ (?:[A-Z_]+=\S+ )*lashou /.test(help);
    })
    .map(({ name }) => name);
  assert.deepEqual(missing, [], `add .addHelpText('after', '\\nExample:\\n  $ lashou …') to these commands`);
});

test('the examples call commands that exist', () => {
  const program = buildProgram();
  const names = new Set(walk(program).map(({ name }) => name.replace(/^lashou ?/, '')));
  const unknown: string[] = [];
  for (const { name, command } of walk(program)) {
    for (const line of helpOf(command).split('\n')) {
      const match = /^\s*\$ (?:[A-Z_]+=\S+ )*lashou ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)?)/.exec(line);
      if (!match) continue;
      const words = match[1]!.split(' ');
      if (!names.has(words.join(' ')) && !names.has(words[0]!)) unknown.push(`${name}: ${line.trim()}`);
    }
  }
  assert.deepEqual(unknown, []);
});

test('--version prints the CLI package version, from the bundle and from the sources', async () => {
  assert.equal(cliVersion(), version);
  for (const env of [{}, { LASHOU_NO_BUNDLE: '1' }]) {
    for (const flag of ['--version', '-V']) {
      const out = await lashou([flag], env);
      assert.equal(out.code, 0, out.stderr);
      assert.equal(out.stdout, `lashou ${version}\n`, JSON.stringify(env));
    }
  }
  const help = await lashou(['--help']);
  assert.match(help.stdout, /-V, --version +print the version of lashou and exit/);
});

/** What teaches a secret on the command line, where shell history, process listings and logs keep it. */
const INLINE_SECRET = /LASHOU_(?:PRIVATE_KEY|KEYSTORE_PASSWORD|OPERATOR_SECRET)=|--private-key\b|--unsafe-password\b/;

test('no help text invites a secret on the command line: examples use a keystore or an account name', () => {
  const offenders = walk(buildProgram())
    .map(({ name, command }) => ({ name, line: helpOf(command).split('\n').find((l) => INLINE_SECRET.test(l)) }))
    .filter((o) => o.line !== undefined);
  assert.deepEqual(offenders, [], 'rewrite these examples with --keystore, --account or --password-file');
});

test('no command in the documentation types a secret inline', () => {
  const root = new URL('../../../', import.meta.url);
  const files = ['README.md', 'docs/cli.md', 'docs/deploy.md', 'docs/keeper.md', 'docs/identity.md'];
  const offenders: string[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(file, root), 'utf8');
    // Only the shell blocks: prose may name the variables to say what they are.
    for (const block of text.matchAll(/```(?:sh|console|bash)\n([\s\S]*?)```/g)) {
      for (const line of (block[1] ?? '').split('\n')) if (INLINE_SECRET.test(line)) offenders.push(`${file}: ${line}`);
    }
  }
  assert.deepEqual(offenders, []);
});
