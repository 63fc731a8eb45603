#!/usr/bin/env node
// Bundles the CLI (with the SDK and ABIs) into dist/lashou.mjs: one file starts in under a second, where
// running the TypeScript through tsx takes several. bin/lashou.mjs uses the bundle only while it is newer
// than every source file, so an edit is never shadowed by a stale build.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
await build({
  entryPoints: [join(root, 'src/main.ts')],
  outfile: join(root, 'dist/lashou.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  // Loaded at run time through tsx, never bundled: the indexer (Ponder) and the web app's server (Vite).
  external: ['esbuild', 'tsx', '@lashou/indexer', '@lashou/web', 'vite'],
  banner: { js: "import { createRequire as __lashouRequire } from 'node:module'; const require = __lashouRequire(import.meta.url);" },
  // `lashou --version`: the package's version, fixed in the bundle (the sources read package.json instead).
  define: { __LASHOU_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
