import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { privateKeyToAccount } from 'viem/accounts';
import { decryptKeystore } from '../src/keystore.js';
import { assertStrongPassword, passwordStrength } from '../src/password.js';
import { BIN, assertOneLineError, cleanEnv, lashou } from './helpers.js';

const STRONG = 'violet kettle orbit';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'lashou-password-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('password strength (zxcvbn score ≥ 3)', () => {
  test('weak passwords are refused with zxcvbn’s reason, never echoing the password', async () => {
    for (const [i, [password, reason]] of ([
      ['12345678', /This is a heavily used password\./],
      ['password', /This is a heavily used password\./],
      ['lashou123', /too weak \(zxcvbn strength [0-2] of 4/],
    ] as const).entries()) {
      assert.ok((await passwordStrength(password)).score < 3, password);
      await assert.rejects(assertStrongPassword(password), reason);
      const out = join(dir, `weak-${i}.json`);
      const result = await lashou(['key', 'new', '--out', out], { LASHOU_KEYSTORE_PASSWORD: password });
      assertOneLineError(result, /^error: the password for the new keystore .* is too weak \(zxcvbn strength \d of 4, at least 3 needed\): .+/);
      assert.match(result.stderr, reason);
      if (password !== 'password') assert.ok(!result.stderr.includes(password), 'the password is not printed');
      assert.ok(!existsSync(out), 'nothing was written');
    }
    await assert.doesNotReject(assertStrongPassword(STRONG));
  });
});

describe('password sources', () => {
  test('--password-file: its first line; a file readable by group or others is refused with a chmod hint; empty refused', async () => {
    const file = join(dir, 'key.pass');
    writeFileSync(file, `${STRONG}\nsecond line is ignored\n`, { mode: 0o600 });
    const out = join(dir, 'from-file.json');
    const made = await lashou(['key', 'new', '--out', out, '--password-file', file, '--json']);
    assert.equal(made.code, 0, made.stderr);
    assert.equal(privateKeyToAccount(await decryptKeystore(out, STRONG)).address, JSON.parse(made.stdout).address);
    // --password-file wins over LASHOU_KEYSTORE_PASSWORD.
    assert.equal((await lashou(['key', 'address', '--keystore', out, '--password-file', file], { LASHOU_KEYSTORE_PASSWORD: 'something else' })).code, 0);
    chmodSync(file, 0o644);
    assertOneLineError(await lashou(['key', 'address', '--keystore', out, '--password-file', file]), new RegExp(`password file .* is readable by its group \\(mode 644\\): make it private with chmod 600 `));
    chmodSync(file, 0o604);
    assertOneLineError(await lashou(['key', 'address', '--keystore', out, '--password-file', file]), /is readable by others \(mode 604\): make it private with chmod 600/);
    const empty = join(dir, 'empty.pass');
    writeFileSync(empty, '\n', { mode: 0o600 });
    assertOneLineError(await lashou(['key', 'address', '--keystore', out, '--password-file', empty]), /password file .* is empty/);
    assertOneLineError(await lashou(['key', 'address', '--keystore', out, '--password-file', join(dir, 'none.pass')]), /password file .* \(from --password-file\) does not exist/);
  });

  test('--password-file /dev/fd/3 reads a file descriptor (a pipe, or a file the caller opened)', async () => {
    const run = (out: string, fd3: 'pipe' | number) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'key', 'new', '--out', out, '--password-file', '/dev/fd/3', '--json'], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe', fd3] });
        if (fd3 === 'pipe') {
          const stream = child.stdio[3] as NodeJS.WritableStream & { on: (e: string, f: () => void) => void };
          stream.on('error', () => {});
          stream.end(`${STRONG}\n`);
        }
        child.stdin!.end();
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const viaPipe = join(dir, 'from-fd-pipe.json');
    const piped = await run(viaPipe, 'pipe');
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal(privateKeyToAccount(await decryptKeystore(viaPipe, STRONG)).address, JSON.parse(piped.stdout).address);
    const file = join(dir, 'fd.pass');
    writeFileSync(file, `${STRONG}\n`, { mode: 0o600 });
    const fd = openSync(file, 'r');
    const viaFile = join(dir, 'from-fd-file.json');
    const opened = await run(viaFile, fd);
    closeSync(fd);
    assert.equal(opened.code, 0, opened.stderr);
    assert.equal(privateKeyToAccount(await decryptKeystore(viaFile, STRONG)).address, JSON.parse(opened.stdout).address);
  });

  test('without a file, the environment or a terminal, it fails saying how to give one', async () => {
    assertOneLineError(
      await lashou(['key', 'new', '--out', join(dir, 'nothing.json')]),
      /the new keystore .* needs a password: run in a terminal to be asked, or pass --password-file <file> .*; CI may set LASHOU_KEYSTORE_PASSWORD/,
    );
  });

  // A real terminal through python's pty module (skipped where python3 is missing).
  const python = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;
  const onTerminal = (args: string[], answers: string[]): { code: number; output: string } => {
    const script = `
import os, pty, sys, json, time
answers = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.execve(sys.argv[2], sys.argv[2:], os.environ)
out = b''
def read_until(marker):
    global out
    while marker not in out:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            return False
        if not chunk:
            return False
        out += chunk
    return True
for i, answer in enumerate(answers):
    if not read_until(b'password for'):
        break
    mark = len(out)
    time.sleep(0.2)
    os.write(fd, (answer + '\\r').encode())
    # wait for the next prompt text to be distinct from the one answered
    out = out[:mark].replace(b'password for', b'PASSWORD-ASKED') + out[mark:]
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf8', 'replace'))
sys.exit(os.waitstatus_to_exitcode(status))
`;
    const result = spawnSync('python3', ['-c', script, JSON.stringify(answers), process.execPath, BIN, ...args], { encoding: 'utf8', env: cleanEnv(), timeout: 60_000 });
    return { code: result.status ?? -1, output: result.stdout };
  };

  test('on a terminal: a hidden prompt, asked twice when creating; a mismatch is refused', { skip: !python && 'python3 is not installed' }, () => {
    const out = join(dir, 'prompted.json');
    const made = onTerminal(['key', 'new', '--out', out], [STRONG, STRONG]);
    assert.equal(made.code, 0, made.output);
    assert.match(made.output, /PASSWORD-ASKED the new keystore .*prompted\.json: [\s\S]*PASSWORD-ASKED the new keystore .*prompted\.json again: /);
    assert.ok(!made.output.includes(STRONG), 'the password is not echoed');
    assert.match(made.output, /wrote .*prompted\.json \(mode 0600\)/);
    const address = /address (0x[0-9a-fA-F]{40})/.exec(made.output)?.[1];
    const shown = onTerminal(['key', 'address', '--keystore', out], [STRONG]);
    assert.equal(shown.code, 0, shown.output);
    assert.ok(address && shown.output.includes(address), shown.output);

    const mismatch = join(dir, 'mismatch.json');
    const refused = onTerminal(['key', 'new', '--out', mismatch], [STRONG, 'violet kettle orbiT']);
    assert.equal(refused.code, 1, refused.output);
    assert.match(refused.output, /error: passwords do not match: nothing was written/);
    assert.ok(!existsSync(mismatch));
    const weak = onTerminal(['key', 'new', '--out', mismatch], ['12345678']);
    assert.equal(weak.code, 1, weak.output);
    assert.match(weak.output, /too weak .*This is a heavily used password/);
    assert.ok(!readFileSync(join(dir, 'prompted.json'), 'utf8').includes(STRONG));
  });
});
