#!/usr/bin/env node
// Presents npm's solcjs to forge as if it were a native solc binary.
// forge asks `--version` (expects native-style text) and then runs
// `--standard-json`, writing the input on stdin and reading the JSON output on stdout.
'use strict';
// solcjs's `compile` passes the standard-JSON input through emscripten's `ccall`, which copies a string
// argument onto the wasm *stack* (4 bytes per character). Past about a megabyte of input — the whole project
// with forge-std, OpenZeppelin and several modules — that overflows the stack and solc dies with
// "RuntimeError: memory access out of bounds" or "Error parsing input JSON". So the binding of
// `solidity_compile` is wrapped before solc loads it: the input is copied to the wasm *heap* instead, and the
// import callback and everything else stay solc's own.
const soljson = require('solc/soljson.js');
const cwrap = soljson.cwrap;
soljson.cwrap = (name, returnType, argTypes, ...rest) => {
  if (name !== 'solidity_compile' || argTypes[0] !== 'string') return cwrap(name, returnType, argTypes, ...rest);
  const raw = cwrap(name, returnType, ['number', ...argTypes.slice(1)], ...rest);
  return (input, ...more) => {
    const size = soljson.lengthBytesUTF8(input) + 1;
    const pointer = soljson._malloc(size);
    soljson.stringToUTF8(input, pointer, size);
    try {
      return raw(pointer, ...more);
    } finally {
      soljson._free(pointer);
    }
  };
};
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
  const findImports = (path) => {
    for (const root of roots) {
      try {
        return { contents: readFileSync(resolve(root, path), 'utf8') };
      } catch {
        // try the next root
      }
    }
    return { error: `File not found: ${path} (searched ${roots.join(', ')})` };
  };
  process.stdout.write(solc.compile(input, { import: findImports }));
});
