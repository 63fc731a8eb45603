#!/usr/bin/env node
// Runs a Foundry tool (forge, anvil, cast) from its npm package and passes its exit code on. The npm launchers
// of Foundry 1.7.x always exit 0, so a failing test would never fail CI.
//
//   node bin/foundry.mjs <forge|anvil|cast> [args...]
//   node bin/foundry.mjs check          # fails, naming what is missing, unless forge, anvil and cast are all installed
//
// While forge compiles it shows progress on stderr: a note before a cold build (which takes minutes with npm's
// solcjs) and a heartbeat line whenever forge has printed nothing for a while.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FOUNDRY_TOOLS = ['forge', 'anvil', 'cast'];

/** A Foundry binary that is not installed; `message` says which, where it was looked for, and how to fix it. */
export class FoundryBinaryMissing extends Error {
  constructor(tool, message) {
    super(message);
    this.name = 'FoundryBinaryMissing';
    this.tool = tool;
  }
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Absolute path of a Foundry binary: the one shipped in the platform package `@foundry-rs/<tool>-<platform>`
 * (an optional dependency of `@foundry-rs/<tool>`), or else the one that `@foundry-rs/<tool>`'s postinstall
 * script downloads next to itself when the platform package could not be installed. Throws
 * `FoundryBinaryMissing` with a one-line message (which binary, where it looked, how to fix it) when neither exists.
 * `from` is where packages are resolved from (default: this file, that is the `@lashou/contracts` workspace).
 */
export function foundryBinary(tool, { from = import.meta.url } = {}) {
  if (!FOUNDRY_TOOLS.includes(tool)) throw new Error(`not a Foundry tool: ${tool} (one of ${FOUNDRY_TOOLS.join(', ')})`);
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform];
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch];
  if (!platform || !arch) throw new FoundryBinaryMissing(tool, `${tool}: Foundry has no npm build for ${process.platform}-${process.arch}`);
  const require = createRequire(from);
  const file = process.platform === 'win32' ? `${tool}.exe` : tool;
  const platformPackage = `@foundry-rs/${tool}-${platform}-${arch}`;
  const launcherPackage = `@foundry-rs/${tool}`;
  const looked = [];
  const candidate = (pkg, path) => {
    let dir;
    try {
      dir = dirname(require.resolve(`${pkg}/package.json`));
    } catch {
      looked.push(`${pkg}/${path} (package not installed)`);
      return undefined;
    }
    const binary = join(dir, path);
    if (executable(binary)) return binary;
    looked.push(`${binary} (${existsSync(binary) ? 'not executable' : 'missing'})`);
    return undefined;
  };
  const found = candidate(platformPackage, join('bin', file)) ?? candidate(launcherPackage, file);
  if (found) return found;
  const base = dirname(from.startsWith('file:') ? fileURLToPath(from) : from);
  throw new FoundryBinaryMissing(
    tool,
    `the Foundry binary ${tool} is missing: looked from ${base} for ${looked.join(' and ')}. ` +
      `It comes from npm: run \`npm rebuild ${launcherPackage}\` (its install script fetches the binary), or reinstall with \`npm ci\` ` +
      `with optional dependencies and install scripts allowed (no --omit=optional, no --ignore-scripts; ${launcherPackage} is listed in allowScripts of the root package.json)`,
  );
}

/** Every Foundry binary the project needs, or the errors of those that are missing. */
export function checkFoundry(options) {
  const missing = [];
  for (const tool of FOUNDRY_TOOLS) {
    try {
      foundryBinary(tool, options);
    } catch (error) {
      missing.push(error);
    }
  }
  return missing;
}

// --- progress while forge compiles ------------------------------------------------------------------------------

/** forge subcommands that compile the project first. */
const COMPILING = new Set(['build', 'b', 'compile', 'test', 't', 'coverage', 'snapshot', 's', 'script', 'create', 'inspect', 'selectors']);

/** The forge project forge will use (`--root`, else the working directory), with the few settings read here. */
function forgeProject(args, cwd = process.cwd()) {
  const rootFlag = args.findIndex((a) => a === '--root');
  const root = rootFlag >= 0 && args[rootFlag + 1] ? resolve(cwd, args[rootFlag + 1]) : cwd;
  const toml = join(root, 'foundry.toml');
  if (!existsSync(toml)) return undefined;
  // A small reader for what is needed here: string settings and the remappings of [profile.default] and of the
  // active profile (FOUNDRY_PROFILE), the latter winning.
  const text = readFileSync(toml, 'utf8');
  const profile = process.env.FOUNDRY_PROFILE || 'default';
  const settings = { default: {}, active: {} };
  let section = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/#.*$/, '').trim();
    const header = line.match(/^\[([^\]]+)\]$/);
    if (header) {
      section = header[1];
      continue;
    }
    const target = section === 'profile.default' ? settings.default : section === `profile.${profile}` ? settings.active : undefined;
    if (!target) continue;
    const pair = line.match(/^([A-Za-z_]+)\s*=\s*(.*)$/);
    if (!pair) continue;
    let value = pair[2];
    if (value.startsWith('[') && !value.includes(']')) {
      while (i + 1 < lines.length && !value.includes(']')) value += lines[++i].replace(/#.*$/, '');
    }
    const strings = [...value.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    target[pair[1]] = value.trim().startsWith('[') ? strings : strings[0];
  }
  const get = (key, fallback) => settings.active[key] ?? settings.default[key] ?? fallback;
  return {
    root,
    src: get('src', 'src'),
    test: get('test', 'test'),
    script: get('script', 'script'),
    cache: get('cache_path', 'cache'),
    libs: get('libs', ['lib']),
    remappings: get('remappings', []).map((r) => r.split('=')).filter((r) => r.length === 2),
  };
}

function solidityFiles(dir) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...solidityFiles(path));
    else if (entry.name.endsWith('.sol')) files.push(path);
  }
  return files;
}

/** How many Solidity files a cold build compiles: the project's own (src, test, script) and the library files they import. */
export function countSources(project) {
  const { root } = project;
  const own = [project.src, project.test, project.script].flatMap((d) => solidityFiles(resolve(root, d)));
  const queue = [...own];
  const seen = new Set();
  const lookup = (from, path) => {
    if (path.startsWith('./') || path.startsWith('../')) return resolve(dirname(from), path);
    let best;
    for (const [prefix, target] of project.remappings) if (path.startsWith(prefix) && (!best || prefix.length > best[0].length)) best = [prefix, target];
    if (best) return resolve(root, best[1], path.slice(best[0].length));
    for (const base of [root, ...project.libs.map((l) => resolve(root, l))]) {
      const candidate = resolve(base, path);
      if (existsSync(candidate)) return candidate;
    }
    return undefined;
  };
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm)) {
      const target = lookup(file, m[1]);
      if (target) queue.push(target);
    }
  }
  return { project: own.length, libraries: seen.size - new Set(own).size };
}

function solcVersion(from) {
  try {
    return createRequire(from)('solc/package.json').version;
  } catch {
    return undefined;
  }
}

function duration(ms) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/**
 * Runs `binary` with `args`, forwarding its output, and resolves with its exit code (128 + n for a signal). `note`
 * (if any) is printed on stderr first; with `heartbeat`, the output is piped through (each chunk shown to
 * `watch`), and `heartbeat(elapsed, sawOutput)` is printed on stderr whenever the tool printed nothing for
 * `heartbeatMs`.
 */
export function runTool(binary, args, { note, heartbeat, watch, heartbeatMs = 15_000, stdout = process.stdout, stderr = process.stderr } = {}) {
  return new Promise((resolvePromise) => {
    if (note) stderr.write(`${note}\n`);
    const started = Date.now();
    let last = started;
    let sawOutput = false;
    // With a heartbeat, output is piped (to see whether the tool printed anything) and forwarded unchanged.
    const child = spawn(binary, args, { stdio: heartbeat ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
    const forward = (to) => (chunk) => {
      last = Date.now();
      sawOutput = true;
      watch?.(chunk.toString());
      to.write(chunk);
    };
    child.stdout?.on('data', forward(stdout));
    child.stderr?.on('data', forward(stderr));
    const timer = heartbeat
      ? setInterval(() => {
          if (Date.now() - last < heartbeatMs) return;
          stderr.write(`${heartbeat(Date.now() - started, sawOutput)}\n`);
          last = Date.now();
        }, Math.min(1000, heartbeatMs))
      : undefined;
    const signals = ['SIGINT', 'SIGTERM'].map((signal) => {
      const handler = () => child.kill(signal);
      process.on(signal, handler);
      return [signal, handler];
    });
    let settled = false;
    const finish = (code) => {
      if (settled) return;
      settled = true;
      if (timer) clearInterval(timer);
      for (const [signal, handler] of signals) process.off(signal, handler);
      resolvePromise(code);
    };
    child.on('error', (error) => {
      stderr.write(`error: could not start ${binary}: ${error.message}\n`);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 + ({ SIGINT: 2, SIGTERM: 15, SIGKILL: 9 }[signal] ?? 0) : 1)));
  });
}

/** The note and heartbeat for a forge command, or nothing when it does not compile. */
export function forgeProgress(args, { from = import.meta.url, cwd = process.cwd() } = {}) {
  const sub = args.find((a) => !a.startsWith('-'));
  if (!sub || !COMPILING.has(sub) || args.includes('--help') || args.includes('-h')) return {};
  const project = forgeProject(args, cwd);
  const solc = solcVersion(from) ?? '(npm)';
  let note;
  if (project && !existsSync(join(resolve(project.root, project.cache), 'solidity-files-cache.json'))) {
    const files = countSources(project);
    note =
      `forge: first build: compiling ${files.project + files.libraries} Solidity files (${files.project} of the project, ${files.libraries} from libraries) ` +
      `with solc ${solc} from npm (solcjs); this takes about 2–3 minutes, later builds compile only what changed…`;
  }
  // forge prints "Compiling N files with Solc …" when it starts and "Solc … finished in …" / "Compiler run …" /
  // "No files changed" when the compilation is over: until then a quiet forge is compiling.
  let compiled = false;
  const heartbeat = (elapsed) => `forge: still ${compiled ? 'running' : 'compiling'}… ${duration(elapsed)}`;
  const watch = (text) => {
    if (/finished in|Compiler run|No files changed|Nothing to compile/.test(text)) compiled = true;
  };
  return { note, heartbeat, watch };
}

async function cli(argv) {
  const [tool, ...args] = argv;
  if (tool === 'check') {
    const missing = checkFoundry();
    for (const error of missing) console.error(`error: ${error.message}`);
    return missing.length ? 1 : 0;
  }
  if (!FOUNDRY_TOOLS.includes(tool)) {
    console.error('usage: foundry.mjs <forge|anvil|cast> [args...] | foundry.mjs check');
    return 2;
  }
  let binary;
  try {
    binary = foundryBinary(tool);
  } catch (error) {
    console.error(`error: ${error.message}`);
    return 127;
  }
  const progress = tool === 'forge' ? forgeProgress(args) : {};
  // Piped output turns forge's colours off: keep them on a terminal.
  const color = progress.heartbeat && process.stdout.isTTY && !args.some((a) => a === '--color' || a.startsWith('--color=') || a === '--json') ? ['--color', 'always'] : [];
  const heartbeatMs = Number(process.env.LASHOU_FORGE_HEARTBEAT_MS) || 15_000;
  return runTool(binary, [...args, ...color], { ...progress, heartbeatMs });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await cli(process.argv.slice(2));
}
