import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, startTestChain, type TestChain } from '@lashou/sdk/node';
import { seedDemo, type SeedResult } from '../../../../packages/cli/src/dev/seedDemo';
import { startIndexer, type StartIndexerParameters, type StartIndexerReturnType } from '../../launcher/index';

// Shared set-up of the indexer's tests: a seeded demo mutual on a fresh anvil, an indexer over it with its own
// PGlite folder, and small clients for the REST API and GraphQL.

const created: string[] = [];
// Temp folders (PGlite data, deployment records) go when the test process ends, after its indexers (a folder
// may outlive one indexer: crash recovery restarts on it).
process.once('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder, removed when the test process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `lashou-indexer-${prefix}-`));
  created.push(dir);
  return dir;
}

export type SeededChain = {
  chain: TestChain;
  seed: SeedResult;
  deploymentPath: string;
  dir: string;
  stop: () => Promise<void>;
};

/** A fresh anvil with the demo mutual (`members` members, every claim stage) deployed into a temp folder. */
export async function seededChain(members = 30): Promise<SeededChain> {
  const chain = await startTestChain();
  const dir = tempDir('seed');
  try {
    const seed = await seedDemo(chain.rpcUrl, { members, deploymentsDir: dir, onProgress: () => undefined });
    return {
      chain,
      seed,
      deploymentPath: join(dir, '31337.json'),
      dir,
      stop: async () => {
        await chain.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await chain.stop();
    throw error;
  }
}

export type Indexer = StartIndexerReturnType & { pgliteDir: string; port: number };

/** An indexer over `rpcUrl` in its own PGlite folder (a new one unless given) on a free port. */
export async function indexer(
  parameters: Omit<StartIndexerParameters, 'port' | 'pgliteDir'> & { pgliteDir?: string; port?: number },
): Promise<Indexer> {
  const pgliteDir = parameters.pgliteDir ?? join(tempDir('pglite'), 'pglite');
  const port = parameters.port ?? (await findFreePort());
  const started = await startIndexer({ ...parameters, pgliteDir, port });
  return { ...started, pgliteDir, port };
}

export type ApiResponse<T = any> = { status: number; body: T; text: string; contentType: string | null };

/** GET (or another method) on the indexer; the body parsed as JSON when it is JSON. */
export async function call<T = any>(url: string, path: string, init?: RequestInit): Promise<ApiResponse<T>> {
  const response = await fetch(`${url}${path}`, init);
  const text = await response.text();
  let body: any = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text, contentType: response.headers.get('content-type') };
}

/** GET that must answer 200 with JSON. */
export async function api<T = any>(url: string, path: string): Promise<T> {
  const r = await call<T>(url, path);
  if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status}: ${r.text.slice(0, 500)}`);
  return r.body;
}

/** A GraphQL query; throws on errors. */
export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await call<{ data?: T; errors?: unknown }>(url, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (r.status !== 200 || !r.body?.data || r.body.errors) throw new Error(`GraphQL ${query.slice(0, 80)}: ${r.status} ${r.text.slice(0, 800)}`);
  return r.body.data;
}

type TableInfo = { list: string; fields: string[] };

/** Every table Ponder serves over GraphQL (`<name>s` list fields), with its scalar columns, by introspection. */
export async function graphqlTables(url: string): Promise<TableInfo[]> {
  const data = await gql<any>(
    url,
    `{ __schema { queryType { fields { name type { kind name ofType { name } } } } types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`,
  );
  const types = new Map<string, any>(data.__schema.types.map((t: any) => [t.name, t]));
  const tables: TableInfo[] = [];
  for (const field of data.__schema.queryType.fields) {
    const pageType = field.type.kind === 'NON_NULL' ? field.type.ofType?.name : field.type.name;
    if (!pageType?.endsWith('Page')) continue;
    const itemType = types.get(pageType.slice(0, -'Page'.length));
    if (!itemType) continue;
    const fields = itemType.fields
      .filter((f: any) => {
        let t = f.type;
        while (t && (t.kind === 'NON_NULL' || t.kind === 'LIST')) t = t.ofType;
        return t?.kind === 'SCALAR' || t.kind === 'ENUM';
      })
      .map((f: any) => f.name);
    tables.push({ list: field.name, fields });
  }
  return tables.sort((a, b) => a.list.localeCompare(b.list));
}

/** Row counts of every table (GraphQL `totalCount`). */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const tables = await graphqlTables(url);
  const data = await gql<Record<string, { totalCount: number }>>(url, `{ ${tables.map((t) => `${t.list} { totalCount }`).join(' ')} }`);
  return Object.fromEntries(tables.map((t) => [t.list, data[t.list]!.totalCount]));
}

/** Every row of every table, each table sorted, as plain JSON: two indexes of the same chain dump equal. */
export async function dumpAll(url: string): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of await graphqlTables(url)) {
    const rows: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await gql(
        url,
        `query($after: String) { ${table.list}(limit: 1000, after: $after) { items { ${table.fields.join(' ')} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      rows.push(...page[table.list].items);
      if (!page[table.list].pageInfo.hasNextPage) break;
      after = page[table.list].pageInfo.endCursor;
    }
    dump[table.list] = rows.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r));
  }
  return dump;
}

/** Polls `check` until it returns without throwing, or rethrows its last error after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A small deterministic PRNG (mulberry32) so a failing fuzz case can be replayed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
