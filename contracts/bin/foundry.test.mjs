// Tests of the Foundry launcher (run by `npm test -w @lashou/contracts` before forge's own tests):
// a missing binary fails with one clear line, the real exit code passes through, and a slow compile shows progress.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { FoundryBinaryMissing, checkFoundry, forgeProgress, foundryBinary, runTool } from './foundry.mjs';

const launcher = fileURLToPath(new URL('./foundry.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lashou-foundry-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const platform = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform];
const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch];
const exe = (tool) => (process.platform === 'win32' ? `${tool}.exe` : tool);

/** A folder with its own node_modules, from which packages are resolved instead of the real install. */
function fakeInstall(name) {
  const root = join(dir, name);
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"name":"fake","private":true}');
  const pkg = (pkgName, files = {}) => {
    const pkgDir = join(root, 'node_modules', pkgName);
    mkdirSync(pkgDir, { recursive: true });
    writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name: pkgName, version: '1.7.1' }));
    for (const [file, mode] of Object.entries(files)) {
      mkdirSync(dirname(join(pkgDir, file)), { recursive: true });
      writeFileSync(join(pkgDir, file), '#!/bin/sh\necho fake\n');
      chmodSync(join(pkgDir, file), mode);
    }
    return pkgDir;
  };
  return { root, from: join(root, 'index.js'), pkg };
}

function collector() {
  let text = '';
  return { write: (chunk) => ((text += chunk.toString()), true), text: () => text };
}

test('the installed forge, anvil and cast are found', () => {
  assert.deepEqual(checkFoundry().map((e) => e.message), []);
  for (const tool of ['forge', 'anvil', 'cast']) assert.match(foundryBinary(tool), new RegExp(`${tool}(\\.exe)?$`));
});

test('a missing binary is one line naming the binary, where it was looked for, and the fix', () => {
  const empty = fakeInstall('empty');
  for (const tool of ['forge', 'anvil', 'cast']) {
    assert.throws(() => foundryBinary(tool, { from: empty.from }), (e) => {
      assert.ok(e instanceof FoundryBinaryMissing);
      assert.equal(e.tool, tool);
      assert.doesNotMatch(e.message, /\n/);
      assert.ok(e.message.startsWith(`the Foundry binary ${tool} is missing: looked from ${empty.root} for `), e.message);
      assert.ok(e.message.includes(`@foundry-rs/${tool}-${platform}-${arch}/bin/${exe(tool)} (package not installed)`), e.message);
      assert.ok(e.message.includes(`npm rebuild @foundry-rs/${tool}`), e.message);
      assert.match(e.message, /npm ci/);
      return true;
    });
  }
});

test('a platform package without an executable binary is reported as such; the postinstall download is used when present', () => {
  const broken = fakeInstall('broken');
  broken.pkg(`@foundry-rs/forge-${platform}-${arch}`, { [`bin/${exe('forge')}`]: 0o644 });
  assert.throws(() => foundryBinary('forge', { from: broken.from }), /bin\/forge \(not executable\) and @foundry-rs\/forge\/forge \(package not installed\)/);
  const downloaded = fakeInstall('downloaded');
  const launcherDir = downloaded.pkg('@foundry-rs/forge', { [exe('forge')]: 0o755 });
  assert.equal(foundryBinary('forge', { from: downloaded.from }), join(launcherDir, exe('forge')));
});

test('the launcher fails with exit 127 and one error line when the binary is missing; `check` names every missing one', () => {
  // A copy of the launcher resolves packages from its own folder, where none are installed.
  const empty = fakeInstall('launcher');
  const copy = join(empty.root, 'foundry.mjs');
  copyFileSync(launcher, copy);
  const run = spawnSync(process.execPath, [copy, 'forge', 'build'], { encoding: 'utf8' });
  assert.equal(run.status, 127);
  assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, /^error: the Foundry binary forge is missing: .*npm rebuild @foundry-rs\/forge/);
  const check = spawnSync(process.execPath, [copy, 'check'], { encoding: 'utf8' });
  assert.equal(check.status, 1);
  assert.deepEqual(check.stderr.trimEnd().split('\n').map((l) => l.match(/binary (\w+) is missing/)?.[1]), ['forge', 'anvil', 'cast']);
  assert.equal(spawnSync(process.execPath, [launcher, 'check'], { encoding: 'utf8' }).status, 0);
});

test("forge's own exit code passes through the launcher", () => {
  assert.equal(spawnSync(process.execPath, [launcher, 'forge', '--version'], { encoding: 'utf8' }).status, 0);
  const bad = spawnSync(process.execPath, [launcher, 'forge', 'build', '--no-such-flag'], { encoding: 'utf8' });
  assert.notEqual(bad.status, 0);
  assert.equal(bad.status, 2, `clap's usage error: ${bad.stderr}`);
});

test('runTool prints the note, a heartbeat while the tool is quiet, forwards its output and returns its exit code', async () => {
  const tool = join(dir, 'slow-tool.sh');
  writeFileSync(tool, '#!/bin/sh\nsleep 1\necho "Compiling 3 files"\nsleep 1\necho "Solc finished in 1s" >&2\nexit 3\n');
  chmodSync(tool, 0o755);
  const stdout = collector();
  const stderr = collector();
  const lines = [];
  const code = await runTool(tool, [], { note: 'forge: first build…', heartbeat: (ms, saw) => (lines.push([ms, saw]), `still ${saw ? 'running' : 'compiling'}`), heartbeatMs: 300, stdout, stderr });
  assert.equal(code, 3);
  assert.equal(stdout.text(), 'Compiling 3 files\n');
  assert.match(stderr.text(), /^forge: first build…\nstill compiling\n/);
  assert.match(stderr.text(), /still running\n(.|\n)*Solc finished in 1s\n$/);
  assert.ok(lines.length >= 2 && lines.length <= 8, `heartbeats: ${lines.length}`);
  const quiet = collector();
  assert.equal(await runTool('/bin/sh', ['-c', 'echo hi; exit 0'], { heartbeat: () => 'beat', heartbeatMs: 5_000, stdout: quiet, stderr: quiet }), 0);
  assert.equal(quiet.text(), 'hi\n', 'no heartbeat for a tool that finishes quickly');
});

test('forgeProgress: a note with the number of files on a cold build only; a heartbeat for compiling commands only', () => {
  const project = join(dir, 'project');
  mkdirSync(join(project, 'src'), { recursive: true });
  mkdirSync(join(project, 'test'), { recursive: true });
  mkdirSync(join(project, 'lib', 'dep'), { recursive: true });
  writeFileSync(join(project, 'foundry.toml'), '[profile.default]\nsrc = "src"\ncache_path = "cache"\nremappings = [\n  "dep/=lib/dep/",\n]\n[profile.other]\ncache_path = "cache-other"\n');
  writeFileSync(join(project, 'src', 'A.sol'), 'import {B} from "./B.sol";\nimport "dep/L.sol";\ncontract A {}\n');
  writeFileSync(join(project, 'src', 'B.sol'), 'contract B {}\n');
  writeFileSync(join(project, 'test', 'A.t.sol'), 'import {\n  A\n} from "../src/A.sol";\n');
  writeFileSync(join(project, 'lib', 'dep', 'L.sol'), 'import "./M.sol";\n');
  writeFileSync(join(project, 'lib', 'dep', 'M.sol'), '');
  const cold = forgeProgress(['test', '-vv'], { cwd: project });
  assert.match(cold.note, /compiling 5 Solidity files \(3 of the project, 2 from libraries\) with solc 0\.8\.28/);
  assert.equal(cold.heartbeat(45_000), 'forge: still compiling… 45 s');
  cold.watch('Solc 0.8.28 finished in 130.1s\n');
  assert.equal(cold.heartbeat(135_000), 'forge: still running… 2 min 15 s');
  mkdirSync(join(project, 'cache'));
  writeFileSync(join(project, 'cache', 'solidity-files-cache.json'), '{}');
  assert.equal(forgeProgress(['build'], { cwd: project }).note, undefined, 'no note once a build is cached');
  assert.ok(forgeProgress(['build'], { cwd: project }).heartbeat);
  process.env.FOUNDRY_PROFILE = 'other';
  try {
    assert.ok(forgeProgress(['build'], { cwd: project }).note, "the active profile's cache path");
  } finally {
    delete process.env.FOUNDRY_PROFILE;
  }
  assert.deepEqual(forgeProgress(['fmt', '--check'], { cwd: project }), {});
  assert.deepEqual(forgeProgress(['test', '--help'], { cwd: project }), {});
});
