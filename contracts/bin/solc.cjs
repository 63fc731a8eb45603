#!/usr/bin/env node
// Presents npm's solcjs to forge as if it were a native solc binary.
// forge asks `--version` (expects native-style text) and then runs
// `--standard-json`, writing the input on stdin and reading the JSON output on stdout.
'use strict';
const solc = require('solc');
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const args = process.argv.slice(2);
if (args.includes('--version')) {
  const version = solc.version().replace('.Emscripten.clang', '.Linux.g++');
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${version}\n`);
  process.exit(0);
}
if (!args.includes('--standard-json')) {
  process.stderr.write('lashou solc wrapper: only --version and --standard-json are supported\n');
  process.exit(2);
}
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const input = Buffer.concat(chunks).toString('utf8');
  // Native solc reads imported files itself from --base-path and --include-path; do the same.
  const roots = [process.cwd()];
  args.forEach((arg, i) => {
    if (arg === '--base-path' || arg === '--include-path') roots.push(resolve(args[i + 1]));
  });
  // solcjs copies the standard-JSON input onto the wasm stack (4 bytes per character, a few MB in all):
  // past ~1.2 MB of sources it overflows and dies with "RuntimeError: memory access out of bounds". So
  // the sources go by name and their text through the read callback, which copies them onto the heap.
  const request = JSON.parse(input);
  const texts = new Map();
  for (const [name, source] of Object.entries(request.sources ?? {})) {
    if (typeof source.content === 'string') {
      texts.set(name, source.content);
      request.sources[name] = { urls: [name] };
    }
  }
  const findImports = (path) => {
    if (texts.has(path)) return { contents: texts.get(path) };
    for (const root of roots) {
      try {
        return { contents: readFileSync(resolve(root, path), 'utf8') };
      } catch {
        // try the next root
      }
    }
    return { error: `File not found: ${path} (searched ${roots.join(', ')})` };
  };
  process.stdout.write(solc.compile(JSON.stringify(request), { import: findImports }));
});
