// The documentation's commands run as written. Every command in the ```sh and ```console blocks of README.md and
// docs/cli.md is either run, in document order, against one fresh local demo mutual (`lashou dev`), or listed below
// with the reason it is not; a command that is neither fails the test. A command run must exit 0, or, where the
// document shows `error: …` on the next line, fail with exactly one line `error: …` matching the shown text (`…`
// stands for any text). Human output is otherwise not compared: it is the CLI tests' business, and it changes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { type DocCommand, errorPattern, extractCommands, tokenize } from './docCommands.js';
import { lashou, startDev, stopAllDev } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The documents, in the order they are run (LASHOU_DOCS: a comma-separated list, relative to the repository). */
const DOCS = (process.env.LASHOU_DOCS ?? 'README.md,docs/cli.md').split(',');

/** The RPC URL the documentation uses (npm start's chain): mapped to the test's own chain. */
const DOCUMENTED_RPC = 'http://127.0.0.1:8545';

/**
 * Commands the test does not run, by their text (one `&&` segment, as written, without the prompt and the comment),
 * each with the reason. Keep this list short: a documented command should run.
 */
const NOT_RUN: Record<string, string> = {
  'npm install': 'installs the workspace; the test runs inside it',
  'npm start': 'runs the whole local stack until Ctrl-C; this test starts the same demo mutual with `lashou dev --no-web --no-indexer --no-keeper`',
  'npm test': 'the whole test suite, which includes this test',
  'curl http://127.0.0.1:42069/api/stats': "needs the indexer's API, which this test leaves out (apps/indexer's tests and dev.test.ts cover it)",
  'lashou report reveal 2 --evidence photos.zip --salt $SALT --yes --account dev:supervisor':
    'only when the reveal of report file failed, which it did not; $SALT is the random salt report file printed',
  'LASHOU_KEYSTORE=deployer.json lashou deploy --rpc $SEPOLIA_RPC --test-token --yes': 'a deployment to Sepolia (a public test network): no network here; cli.test.ts covers the refusal with anvil posing as chain 11155111',
  'LASHOU_KEYSTORE=deployer.json lashou deploy --rpc $SEPOLIA_RPC --test-token --operator $OPERATOR --timelock-admin $SAFE --yes': 'a deployment to Sepolia (a public test network) naming multisigs: no network here; cli.test.ts deploys so with anvil posing as chain 11155111',
};

/** Files the documents assume you have (`--document diagnosis.pdf`, `--evidence photos.zip`): created in the working folder. */
const FIXTURES: Record<string, string> = {
  'diagnosis.pdf': '%PDF-1.4\n% a notarised diagnosis, for the documentation test\n',
  'photos.zip': 'PK\u0003\u0004 evidence for the documentation test\n',
};

/** The reader's home folder ($HOME in the documents, and where `identity new` writes by default): a temporary one. */
const HOME = mkdtempSync(join(tmpdir(), 'lashou-docs-home-'));
after(() => rmSync(HOME, { recursive: true, force: true }));

const documents = DOCS.map((file) => ({ file, commands: extractCommands(readFileSync(join(ROOT, file), 'utf8'), file, { HOME }) }));

/** Why a command cannot be run as it stands, or undefined when it can. */
function notRunnable(c: DocCommand): string | undefined {
  if (c.unsupported) return `uses ${c.unsupported}`;
  if (c.unset.length) return `uses ${c.unset.map((v) => `$${v}`).join(', ')}, which the document never sets`;
  if (c.program !== 'lashou') return `runs ${c.program}, not lashou`;
  if (c.text.includes('…')) return 'an ellipsis (…) stands for a value: write the real one';
  return undefined;
}

describe('the documentation commands', () => {
  test('the reader takes the shell syntax the documents use as a shell does', () => {
    // A `VAR=…` prefix reaches only the command it precedes: the README's old example gave the key to the faucet only.
    const [faucet, join] = extractCommands('```sh\nLASHOU_PRIVATE_KEY=0xabc npx lashou token faucet && npx lashou member join --deposit 50 --identity me.json\n```\n', 'x.md');
    assert.equal(faucet?.env.LASHOU_PRIVATE_KEY, '0xabc');
    assert.equal(join?.env.LASHOU_PRIVATE_KEY, undefined);
    assert.deepEqual(join?.args, ['member', 'join', '--deposit', '50', '--identity', 'me.json']);
    // export lasts; quotes group; comments end the line; console blocks: `$ ` lines and the error shown after one.
    const doc = extractCommands(
      "```sh\nexport K=0x1 P='a b'   # keys\nlashou key address --name \"x $K\" # note\n```\n```console\n$ lashou x $P\nout\n$ lashou y\nerror: no … here\n```\n```json\n{\"lashou\": 1}\n```\n",
      'y.md',
    );
    assert.deepEqual(doc.map((c) => c.program), ['export', 'lashou', 'lashou', 'lashou']);
    assert.deepEqual(doc[1]?.args, ['key', 'address', '--name', 'x 0x1']);
    assert.equal(doc[1]?.text, 'lashou key address --name "x $K"');
    assert.deepEqual(doc[2]?.args, ['x', 'a b']);
    assert.equal(doc[2]?.expectError, undefined);
    assert.equal(doc[3]?.expectError, 'error: no … here');
    assert.match('error: no key here', errorPattern('error: no … here'));
    assert.doesNotMatch('error: no key here, really', errorPattern('error: no … here.'));
    // What a shell would do differently is not guessed at: `<key>` is a redirection, `$(…)` a substitution.
    assert.match(tokenize('LASHOU_PRIVATE_KEY=<key> npx lashou token faucet', {}).unsupported ?? '', /redirection/);
    assert.match(tokenize('lashou x --diagnosed $(date +%F)', {}).unsupported ?? '', /command substitution/);
  });

  test('every command is run or listed with its reason', () => {
    const unaccounted: string[] = [];
    const seen = new Set<string>();
    for (const { commands } of documents) {
      for (const c of commands) {
        if (c.program === 'export') continue;
        seen.add(c.text);
        const why = notRunnable(c);
        if (why && !(c.text in NOT_RUN)) unaccounted.push(`${c.where}: ${c.text}\n    cannot run: ${why}; make it runnable, or list it in NOT_RUN with the reason`);
      }
    }
    assert.deepEqual(unaccounted, [], `commands neither run nor listed:\n${unaccounted.join('\n')}`);
    const stale = Object.keys(NOT_RUN).filter((text) => !seen.has(text));
    assert.deepEqual(stale, [], 'NOT_RUN lists commands the documents no longer have');
    assert.ok(documents.every((d) => d.commands.some((c) => c.program === 'lashou' && !(c.text in NOT_RUN))), 'each document has commands that run');
  });

  test('they run in document order against a fresh demo mutual', { timeout: 600_000 }, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'lashou-docs-'));
    const work = join(dir, 'work');
    mkdirSync(work);
    for (const [name, content] of Object.entries(FIXTURES)) writeFileSync(join(work, name), content);
    t.after(async () => {
      await stopAllDev();
      rmSync(dir, { recursive: true, force: true });
    });
    // Without web app, indexer and keeper: the demo's claims stay in their seeded stages.
    const dev = await startDev<{ rpcUrl: string }>(['--json', '--no-web', '--no-indexer', '--no-keeper', '--members', '12', '--fresh', '--port', '0', '--state-dir', join(dir, 'state'), '--deployments-dir', join(dir, 'deployments')]);
    const rpcUrl = dev.ready.rpcUrl;
    // The test's chain stands for npm start's: the documented URL maps to it, and deployments/ is the test's own.
    const mapRpc = (value: string) => (value === DOCUMENTED_RPC ? rpcUrl : value);
    // The reader types the keystore's password at the hidden prompt; without a terminal, the test gives it as CI would.
    const base = {
      LASHOU_RPC_URL: rpcUrl, LASHOU_DEPLOYMENTS_DIR: join(dir, 'deployments'), HOME, XDG_DATA_HOME: join(HOME, '.local/share'),
      LASHOU_KEYSTORE_PASSWORD: 'violet kettle orbits the quiet harbour',
    };
    const failures: string[] = [];
    for (const { file, commands } of documents) {
      // Each document is read on its own (its exports only), against the same chain, in order.
      let ran = 0;
      for (const c of commands) {
        // Listed ones are not run; unlisted ones that cannot run fail the test above.
        if (c.program === 'export' || c.text in NOT_RUN || notRunnable(c)) continue;
        const env: Record<string, string> = { ...base, ...c.env };
        env.LASHOU_RPC_URL = mapRpc(env.LASHOU_RPC_URL ?? rpcUrl);
        const args = c.args.map((a, i) => (c.args[i - 1] === '--rpc' ? mapRpc(a) : a));
        // Exactly the documented environment (no LASHOU_JSON_STRICT), in the reader's working folder.
        const result = await lashou(args, env, { cwd: work, strict: false });
        ran++;
        const context = `${c.where}: ${c.text}\n    exit ${result.code}; stderr: ${result.stderr.trim() || '(none)'}`;
        const lines = result.stderr.trimEnd().split('\n');
        if (c.expectError) {
          if (result.code === 0) failures.push(`${context}\n    expected it to fail as the document shows: ${c.expectError}`);
          else if (lines.length !== 1) failures.push(`${context}\n    expected one line on stderr`);
          else if (!errorPattern(c.expectError).test(lines[0]!)) failures.push(`${context}\n    expected the error the document shows: ${c.expectError}`);
        } else if (result.code !== 0) {
          failures.push(`${context}\n    expected it to succeed`);
        }
      }
      assert.ok(ran > 0, `${file}: no command ran`);
      t.diagnostic(`${file}: ran ${ran} commands`);
    }
    assert.deepEqual(failures, [], `documented commands that do not work as documented (later ones may fail because of earlier ones):\n${failures.join('\n')}`);
  });
});
