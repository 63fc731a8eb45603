import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { type BuildFailure, build } from 'esbuild';

const sdkEntry = fileURLToPath(new URL('../index.ts', import.meta.url));
const abiEntry = fileURLToPath(new URL('../../../abi/src/index.ts', import.meta.url));

/** Bundles `entry` for the browser as Vite would and returns esbuild's errors and every `node:` import left. */
async function bundleForBrowser(entry: string): Promise<{ errors: string[]; nodeImports: string[] }> {
  try {
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const text = result.outputFiles.map((file) => file.text).join('\n');
    const fromMeta = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path)).filter((path) => path.startsWith('node:'));
    const fromText = [...text.matchAll(/(?:from\s*|import\s*\(?\s*|require\s*\(\s*)["'](node:[^"']+)["']/g)].map((m) => m[1]!);
    return { errors: result.errors.map((e) => e.text), nodeImports: [...new Set([...fromMeta, ...fromText])] };
  } catch (error) {
    return { errors: (error as BuildFailure).errors?.map((e) => `${e.text} (${e.location?.file ?? '?'})`) ?? [String(error)], nodeImports: [] };
  }
}

test('@lashou/sdk and @lashou/abi main entries bundle for the browser with no node: import', async () => {
  for (const entry of [sdkEntry, abiEntry]) {
    const { errors, nodeImports } = await bundleForBrowser(entry);
    assert.deepEqual(errors, [], `${entry} does not bundle for the browser`);
    assert.deepEqual(nodeImports, [], `${entry} still imports Node built-ins`);
  }
});

test('the check catches a node: import (the Node entry fails it)', async () => {
  const { errors } = await bundleForBrowser(fileURLToPath(new URL('../node/index.ts', import.meta.url)));
  assert.ok(errors.some((e) => /node:/.test(e)), `expected esbuild to refuse node: built-ins, got ${JSON.stringify(errors)}`);
});
