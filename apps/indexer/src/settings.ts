import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { type Deployment, parseDeployment } from '@lashou/abi';
import { defaultDeploymentsDir, loadDeployment } from '@lashou/abi/node';
import { readFileSync } from 'node:fs';

/**
 * The indexer's settings, all from the environment so `ponder start` and `ponder serve` agree:
 *
 * | variable | meaning | default |
 * | --- | --- | --- |
 * | `LASHOU_RPC_URL` | JSON-RPC endpoint of the chain | `http://127.0.0.1:8545` |
 * | `LASHOU_WS_URL` | optional WebSocket endpoint (lower event-to-API delay) | none |
 * | `LASHOU_DEPLOYMENT` | path of the deployment record | `deployments/<LASHOU_CHAIN_ID>.json` |
 * | `LASHOU_CHAIN_ID` | which record of `deployments/` to read | `31337` |
 * | `LASHOU_POLLING_INTERVAL` | ms between polls for new blocks | 100 on chain 31337, else 1000 |
 * | `LASHOU_RPC_CONNECTIONS` | logical RPC endpoints over the same URL: Ponder starts each at 20 requests/s and raises the rate slowly, which throttles a local node for nothing | 8 on chain 31337, else 1 |
 * | `LASHOU_GET_LOGS_RANGE` | most blocks per `eth_getLogs` (public RPCs cap it) | found automatically |
 * | `DATABASE_URL` | PostgreSQL connection string; unset = embedded PGlite | unset |
 * | `LASHOU_DB_POOL_MAX` | most PostgreSQL connections per process (indexer or replica) | 30 |
 * | `LASHOU_PGLITE_DIR` | PGlite data folder | `.ponder/pglite` |
 */
export type IndexerSettings = {
  deployment: Deployment;
  deploymentPath: string;
  rpcUrl: string;
  rpcConnections: number;
  wsUrl: string | undefined;
  pollingInterval: number;
  ethGetLogsBlockRange: number | undefined;
  database: { kind: 'postgres'; connectionString: string; poolConfig: { max: number } } | { kind: 'pglite'; directory: string };
};

function positiveInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name}="${raw}" must be a positive whole number`);
  return value;
}

export function indexerSettings(env: NodeJS.ProcessEnv = process.env): IndexerSettings {
  const chainId = positiveInteger('LASHOU_CHAIN_ID', env.LASHOU_CHAIN_ID) ?? 31337;
  let deployment: Deployment;
  let deploymentPath: string;
  if (env.LASHOU_DEPLOYMENT) {
    deploymentPath = resolve(env.LASHOU_DEPLOYMENT);
    if (!existsSync(deploymentPath)) {
      throw new Error(`LASHOU_DEPLOYMENT=${env.LASHOU_DEPLOYMENT}: no such file; point it at a deployments/<chainId>.json record`);
    }
    deployment = parseDeployment(JSON.parse(readFileSync(deploymentPath, 'utf8')), deploymentPath);
  } else {
    deploymentPath = join(defaultDeploymentsDir, `${chainId}.json`);
    if (!existsSync(deploymentPath)) {
      throw new Error(
        `no deployment record at ${deploymentPath}: deploy first (npm start runs the local mutual), or set LASHOU_DEPLOYMENT to the record's path`,
      );
    }
    deployment = loadDeployment(chainId, defaultDeploymentsDir);
  }
  const rpcUrl = env.LASHOU_RPC_URL || 'http://127.0.0.1:8545';
  if (!/^https?:\/\//.test(rpcUrl)) throw new Error(`LASHOU_RPC_URL="${rpcUrl}" must be an http(s) URL`);
  const wsUrl = env.LASHOU_WS_URL || undefined;
  if (wsUrl && !/^wss?:\/\//.test(wsUrl)) throw new Error(`LASHOU_WS_URL="${wsUrl}" must be a ws(s) URL`);
  const pollingInterval =
    positiveInteger('LASHOU_POLLING_INTERVAL', env.LASHOU_POLLING_INTERVAL) ?? (deployment.chainId === 31337 ? 100 : 1000);
  const rpcConnections = positiveInteger('LASHOU_RPC_CONNECTIONS', env.LASHOU_RPC_CONNECTIONS) ?? (deployment.chainId === 31337 ? 8 : 1);
  const ethGetLogsBlockRange = positiveInteger('LASHOU_GET_LOGS_RANGE', env.LASHOU_GET_LOGS_RANGE);
  const pgliteDir = env.LASHOU_PGLITE_DIR || '.ponder/pglite';
  const database = env.DATABASE_URL
    ? ({
        kind: 'postgres',
        connectionString: env.DATABASE_URL,
        poolConfig: { max: positiveInteger('LASHOU_DB_POOL_MAX', env.LASHOU_DB_POOL_MAX) ?? 30 },
      } as const)
    : ({ kind: 'pglite', directory: isAbsolute(pgliteDir) ? pgliteDir : resolve(pgliteDir) } as const);
  return { deployment, deploymentPath, rpcUrl, rpcConnections, wsUrl, pollingInterval, ethGetLogsBlockRange, database };
}
