#!/usr/bin/env node
// Runs a Foundry tool (forge, anvil, cast) from its npm platform package and passes its exit
// code on. The npm launchers of Foundry 1.7.x always exit 0, so a failing test would never fail CI.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Absolute path of a Foundry binary shipped in `@foundry-rs/<tool>-<platform>`. */
export function foundryBinary(tool) {
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform];
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch];
  if (!platform || !arch) throw new Error(`Foundry has no npm build for ${process.platform}-${process.arch}`);
  const pkg = `@foundry-rs/${tool}-${platform}-${arch}`;
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  return join(dir, 'bin', process.platform === 'win32' ? `${tool}.exe` : tool);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [tool, ...args] = process.argv.slice(2);
  if (!['forge', 'anvil', 'cast'].includes(tool)) {
    console.error('usage: foundry.mjs <forge|anvil|cast> [args...]');
    process.exit(2);
  }
  const child = spawn(foundryBinary(tool), args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`could not start ${tool}: ${error.message}`);
    process.exit(127);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
}
