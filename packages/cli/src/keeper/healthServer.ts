import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Keeper, KeeperMetrics } from '@lashou/sdk';

/** A running health endpoint. */
export type KeeperHealthServer = { url: string; port: number; close: () => Promise<void> };

const json = (value: unknown) => JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v), 2);

/** The metrics in Prometheus' text format, for a scraper; the same figures as `/health`. */
export function prometheusText(m: KeeperMetrics): string {
  const lines: string[] = [];
  const gauge = (name: string, help: string, value: number | bigint | null, labels = '') => {
    if (value === null) return;
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name}${labels} ${value}`);
  };
  gauge('lashou_keeper_up', '1 when the last pass read the chain recently', m.healthy ? 1 : 0);
  gauge('lashou_keeper_block', 'latest block seen', m.block);
  gauge('lashou_keeper_chain_time_seconds', "latest block's timestamp", m.chainTime);
  gauge('lashou_keeper_consecutive_failures', 'failed passes in a row (chain unreachable)', m.consecutiveFailures);
  gauge('lashou_keeper_steps_due', 'steps allowed now and not yet taken', m.due.length);
  gauge('lashou_keeper_steps_waiting', 'steps waiting for a time, a block or someone', m.waiting.length);
  gauge('lashou_keeper_steps_held_by_token', 'due steps whose money the token still refuses to move (paused, or a payee blacklisted)', m.due.filter((s) => s.heldByToken !== undefined).length);
  const oldest = m.due.reduce<bigint | null>((max, s) => (s.dueForSeconds !== undefined && (max === null || s.dueForSeconds > max) ? s.dueForSeconds : max), null);
  gauge('lashou_keeper_oldest_due_seconds', 'chain seconds the oldest due step has been allowed', oldest);
  gauge('lashou_keeper_spent_24h_wei', 'spent on steps in the last 24 h of chain time (wei)', m.spentLast24h);
  gauge('lashou_keeper_balance_wei', "the keeper's balance (wei)", m.balance);
  for (const [name, help, counts] of [
    ['lashou_keeper_steps_done_total', 'steps taken, by kind', m.stepsDone],
    ['lashou_keeper_steps_failed_total', 'steps that failed, by kind', m.stepsFailed],
    ['lashou_keeper_steps_skipped_total', 'steps found taken by someone else, by kind', m.stepsSkipped],
  ] as const) {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
    for (const [kind, n] of Object.entries(counts)) lines.push(`${name}{kind="${kind}"} ${n}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Serves the keeper's metrics: `GET /health` (JSON; 200 while healthy, 503 otherwise) and `GET /metrics`
 * (Prometheus text). Anything else is a JSON 404 naming the two routes.
 */
export async function startKeeperHealthServer(keeper: Keeper, options: { port: number; host?: string | undefined }): Promise<KeeperHealthServer> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const m = keeper.metrics();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { 'content-type': 'application/json', allow: 'GET, HEAD' }).end(json({ error: `${request.method} is not allowed: use GET /health or GET /metrics` }));
    } else if (path === '/health') {
      response.writeHead(m.healthy ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(json(m));
    } else if (path === '/metrics') {
      response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' }).end(prometheusText(m));
    } else {
      response.writeHead(404, { 'content-type': 'application/json' }).end(json({ error: `no route ${path}: the keeper serves GET /health (JSON) and GET /metrics (Prometheus)` }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
