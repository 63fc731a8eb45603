// No command prints a secret or personal data it was given: RPC credentials are redacted in every error (also with
// --json), an ID number's digits are not echoed, and the operator's nullifier secret comes from an encrypted file, the
// demo's public one being refused on every chain but the local one.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Context } from '../src/context.js';
import { DEMO_OPERATOR_SECRET } from '../src/dev/seedDemo.js';
import { loadOperatorSecrets } from '../src/commands/operatorSecretCommands.js';
import { createSecretFile, rotateSecretFile } from '../src/operatorSecret.js';
import { assertOneLineError, lashou } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lashou-secrets-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const PASSWORD = 'violet kettle orbits the quiet harbour';
const passwordFile = join(dir, 'pass');
writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });

test('an RPC URL with credentials is redacted in errors, human and --json', async () => {
  // Port 9: nothing listens, so the command fails while reaching the node and names the endpoint.
  const rpc = 'http://alice:hunter2@127.0.0.1:9/v3/MYAPIKEY0123456789?apikey=SECRETVALUE';
  for (const json of [[], ['--json']]) {
    const out = await lashou(['pool', 'info', '--rpc', rpc, ...json]);
    assertOneLineError(out, /^error: cannot reach the RPC endpoint http:\/\/\*\*\*@127\.0\.0\.1:9\/v3\/\*\*\*\?apikey=\*\*\*/);
    for (const secret of ['hunter2', 'alice', 'MYAPIKEY', 'SECRETVALUE']) assert.ok(!out.stderr.includes(secret) && !out.stdout.includes(secret), `${secret} printed: ${out.stderr}`);
  }
});

test('an invalid resident ID number is explained without echoing its digits', async () => {
  // A real-looking number whose birth date (digits 7–14) does not exist: 1990-02-30.
  const id = '110105199002300011';
  const out = await lashou(['identity', 'new', '--doc-type', 'cn', '--id', id, '--name', '张三', '--out', join(dir, 'x.json')]);
  assert.equal(out.code, 1);
  assert.match(out.stderr, /^error: .*digits 7 to 14/);
  for (let i = 0; i + 4 <= id.length; i++) assert.ok(!out.stderr.includes(id.slice(i, i + 4)), `"${id.slice(i, i + 4)}" of the number echoed: ${out.stderr}`);
});

test('a name with a lone surrogate is refused, so two spellings cannot share one commitment', async () => {
  // argv cannot carry a lone surrogate (it arrives as U+FFFD), a JSON file can: "A\ud800" and "A\udc00" would both
  // encode to A + U+FFFD and give one commitment.
  const file = join(dir, 'surrogate.identity.json');
  writeFileSync(file, '{"version":"lashou-identity-v1","docType":"CN_RESIDENT_ID","idNumber":"11010519491231002X","name":"A\\ud800","salt":"0x' + '11'.repeat(32) + '"}\n', { mode: 0o600 });
  const out = await lashou(['member', 'join', '--deposit', '50', '--identity', file, '--yes']);
  assertOneLineError(out, /^error: .*(ill-formed|lone surrogate|not well-formed)/i);
});

test("the operator's secret: the demo's is refused off the local chain, retired generations are kept", async () => {
  const ctx = new Context({ passwordFile });
  // Without a file: the demo's public secret on the local chain only.
  assert.equal((await loadOperatorSecrets(ctx, undefined, 31337)).current.secret, DEMO_OPERATOR_SECRET);
  await assert.rejects(loadOperatorSecrets(ctx, undefined, 11155111), /needs the operator's nullifier secret: pass --secret-file/);
  // A file holding the demo secret: fine locally, refused on any other chain.
  const demoFile = join(dir, 'demo-secret.json');
  await createSecretFile(demoFile, PASSWORD, DEMO_OPERATOR_SECRET);
  assert.equal((await loadOperatorSecrets(ctx, demoFile, 31337)).demo, false);
  await assert.rejects(loadOperatorSecrets(ctx, demoFile, 11155111), /holds the demo operator secret, which is public: refused on chain 11155111/);
  // After a rotation, the demo secret is retired but still refused (a nullifier under it proves nothing).
  await rotateSecretFile(demoFile, PASSWORD);
  await assert.rejects(loadOperatorSecrets(ctx, demoFile, 11155111), /holds the demo operator secret/);
  // An own secret: generation 2 is current after a rotation, generation 1 kept as retired.
  const own = join(dir, 'own-secret.json');
  await createSecretFile(own, PASSWORD);
  const first = await loadOperatorSecrets(ctx, own, 11155111);
  await rotateSecretFile(own, PASSWORD);
  const second = await loadOperatorSecrets(ctx, own, 11155111);
  assert.deepEqual([second.current.generation, second.retired.map((r) => r.generation), second.retired[0]?.secret], [2, [1], first.current.secret]);
  assert.notEqual(second.current.secret, first.current.secret);
});

test('LASHOU_OPERATOR_SECRET is refused with the way to import it, and operator secret new asks for a strong password', async () => {
  const out = await lashou(['operator', 'secret', 'new', '--out', join(dir, 's.json'), '--password-file', passwordFile], { LASHOU_OPERATOR_SECRET: `0x${'5e'.repeat(32)}` });
  assertOneLineError(out, /^error: LASHOU_OPERATOR_SECRET is not read any more: .*lashou operator secret import/);
  assert.ok(!out.stderr.includes('5e5e'), 'the secret was echoed');
  const weak = join(dir, 'weak.pass');
  writeFileSync(weak, 'password\n', { mode: 0o600 });
  assertOneLineError(await lashou(['operator', 'secret', 'new', '--out', join(dir, 's.json'), '--password-file', weak]), /^error: the password for the new secret file .* is too weak/);
  const made = await lashou(['operator', 'secret', 'new', '--out', join(dir, 's.json'), '--password-file', passwordFile, '--json']);
  assert.equal(made.code, 0, made.stderr);
  assert.equal(JSON.parse(made.stdout).generation, 1);
  const info = await lashou(['operator', 'secret', 'info', '--secret-file', join(dir, 's.json'), '--password-file', passwordFile]);
  assert.match(info.stdout, /current generation 1; retired none/);
});
