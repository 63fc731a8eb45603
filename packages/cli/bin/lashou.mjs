#!/usr/bin/env node
// The `lashou` command. Runs the bundle in dist/ when it is up to date (`npm run build -w @lashou/cli`,
// done by the package's tests), and otherwise the TypeScript sources through tsx, so a fresh clone needs
// no build step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(cli, 'dist/lashou.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.LASHOU_NO_BUNDLE || !existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return ['../cli/src', '../sdk/src', '../abi/src'].every((dir) => {
    const path = join(cli, dir);
    return !existsSync(path) || newestSource(path) <= built;
  });
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
await main(process.argv);
