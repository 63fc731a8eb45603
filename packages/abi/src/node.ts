// `@lashou/abi/node`: the address book on disk (node:fs). Browsers use the main entry's `parseDeployment` on a
// record they fetched instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Deployment, parseDeployment } from './addressBook.js';

/** The repository root: the nearest folder above this module holding `contracts/foundry.toml` (this file may
 *  run from its source or from a bundle elsewhere in the tree), else the working directory. */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'contracts', 'foundry.toml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** The repository's `deployments/` folder. */
export const defaultDeploymentsDir = join(findRepoRoot(), 'deployments');

/** Path of the address book for `chainId`. */
export function deploymentPath(chainId: number, dir = defaultDeploymentsDir): string {
  return join(dir, `${chainId}.json`);
}

/**
 * Loads `deployments/<chainId>.json`.
 * @example
 * const { pool, token } = loadDeployment(31337)
 */
export function loadDeployment(chainId: number, dir = defaultDeploymentsDir): Deployment {
  const path = deploymentPath(chainId, dir);
  if (!existsSync(path)) {
    throw new Error(`no Lashou deployment for chain ${chainId}: ${path} does not exist (run \`lashou deploy\`)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const deployment = parseDeployment(json, path);
  if (deployment.chainId !== chainId) throw new Error(`${path} is for chain ${deployment.chainId}, not ${chainId}`);
  return deployment;
}

/** Writes `deployments/<chainId>.json` (pretty JSON, trailing newline) and returns its path. */
export function saveDeployment(deployment: Deployment, dir = defaultDeploymentsDir): string {
  const checked = parseDeployment(deployment);
  mkdirSync(dir, { recursive: true });
  const path = deploymentPath(checked.chainId, dir);
  writeFileSync(path, `${JSON.stringify(checked, null, 2)}\n`);
  return path;
}
