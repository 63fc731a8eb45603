#!/usr/bin/env node
// Writes src/generated.ts from the Foundry artifacts in contracts/out: the ABI (`as const`) and creation
// bytecode of every deployable contract. Run `npm run generate -w @lashou/abi` after changing a contract;
// the package's test fails while the committed file is stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const contractsDir = join(repoRoot, 'contracts');
export const outDir = join(contractsDir, 'out');
export const generatedFile = resolve(here, '../src/generated.ts');

/** Contracts outside `contracts/src` that the protocol deploys itself. */
const EXTERNAL_DEPLOYABLES = ['TimelockController'];
/** Libraries with external functions that deployable contracts link against (their functions take storage
 *  pointers, so the ABI lists none; their bytecode is deployed once and linked). */
const LINKED_LIBRARIES = ['ClaimWitnesses', 'ClaimReviews', 'ClaimPayouts'];

/** Runs `forge build` (incremental: about a second when nothing changed). Throws when the build fails. */
export function buildContracts() {
  const result = spawnSync(process.execPath, [join(contractsDir, 'bin/foundry.mjs'), 'forge', 'build'], {
    cwd: contractsDir,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`forge build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

function readArtifacts() {
  if (!existsSync(outDir)) throw new Error(`${outDir} is missing: run \`npm run build:contracts\` first`);
  const artifacts = [];
  for (const folder of readdirSync(outDir).sort()) {
    if (!folder.endsWith('.sol')) continue;
    for (const file of readdirSync(join(outDir, folder)).sort()) {
      if (!file.endsWith('.json')) continue;
      const artifact = JSON.parse(readFileSync(join(outDir, folder, file), 'utf8'));
      const target = Object.entries(artifact.metadata?.settings?.compilationTarget ?? {})[0];
      if (!target) continue;
      const [sourcePath, name] = target;
      artifacts.push({ name, sourcePath, abi: artifact.abi, bytecode: artifact.bytecode?.object ?? '0x' });
    }
  }
  return artifacts;
}

function isDeployable({ name, sourcePath, abi, bytecode }) {
  if (bytecode.length <= 2) return false;
  if (EXTERNAL_DEPLOYABLES.includes(name) || LINKED_LIBRARIES.includes(name)) return true;
  if (!sourcePath.startsWith('src/')) return false;
  // Libraries with only internal functions compile to a stub with an ABI of errors at most.
  return abi.some((item) => item.type === 'function' || item.type === 'constructor');
}

const lowerFirst = (name) => name[0].toLowerCase() + name.slice(1);

/** The text of src/generated.ts for the artifacts now in contracts/out. */
export function renderGenerated() {
  const contracts = readArtifacts().filter(isDeployable);
  const seen = new Set();
  const lines = [
    '// generated — do not edit. Source: contracts/out (Foundry artifacts).',
    '// Regenerate with `npm run generate -w @lashou/abi` after `npm run build:contracts`.',
    '/* eslint-disable */',
    '',
  ];
  for (const contract of contracts.sort((a, b) => a.name.localeCompare(b.name))) {
    if (seen.has(contract.name)) throw new Error(`two deployable contracts are named ${contract.name}`);
    seen.add(contract.name);
    const id = lowerFirst(contract.name);
    lines.push(`/** ABI of \`${contract.name}\` (${contract.sourcePath.replace(/^.*node_modules\//, '')}). */`);
    lines.push(`export const ${id}Abi = ${JSON.stringify(contract.abi, null, 2)} as const;`, '');
    lines.push(`/** Creation bytecode of \`${contract.name}\`. */`);
    lines.push(`export const ${id}Bytecode = '${contract.bytecode}' as const;`, '');
  }
  lines.push('/** Every deployable contract, by name. */');
  lines.push('export const contracts = {');
  for (const name of [...seen].sort()) {
    lines.push(`  ${name}: { abi: ${lowerFirst(name)}Abi, bytecode: ${lowerFirst(name)}Bytecode },`);
  }
  lines.push('} as const;', '');
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--build') || !existsSync(outDir)) buildContracts();
  writeFileSync(generatedFile, renderGenerated());
  console.log(`wrote ${generatedFile}`);
}
