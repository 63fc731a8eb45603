/**
 * Builds and serves the web app for a local mutual (`lashou dev`, the browser tests, the web bench).
 *
 *   const web = await startWebApp({ port: 5173, config: webConfig({ rpcUrl, apiUrl, deployment }) })
 *   console.log(web.url) // http://127.0.0.1:5173
 *   await web.stop()
 *
 * The built app (apps/web/dist) is rebuilt with Vite's JS API when it is missing or older than any of its
 * sources, then served by Vite's preview server: the static files, `/lashou.json` (the runtime configuration
 * given here) and the SPA fallback, so a deep link such as /claims/4 loads the app.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The web app's folder (apps/web). */
export const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where `vite build` writes the app. */
export const defaultDist = join(webDir, 'dist');

/** What the build is made from: the app and the workspace packages bundled into it. */
export function webSources(): string[] {
  return [
    join(webDir, 'src'),
    join(webDir, 'index.html'),
    join(webDir, 'vite.config.ts'),
    join(webDir, 'package.json'),
    join(webDir, 'public'),
    join(webDir, '../../packages/sdk/src'),
    join(webDir, '../../packages/sdk/package.json'),
    join(webDir, '../../packages/abi/src'),
    join(webDir, '../../packages/abi/package.json'),
  ];
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file changes its folder's time
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.endsWith('.test.ts')) continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

/** True when `dist` has a built app newer than every source file. */
export function buildIsFresh(dist = defaultDist): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return webSources().every((source) => newest(source) <= built);
}

/**
 * Builds the app into `dist` with Vite (apps/web/vite.config.ts, which also writes `.vite/manifest.json`).
 * The build goes to a sibling folder first and replaces `dist` at the end, so a server or another build reading
 * `dist` meanwhile never sees half an app.
 */
export async function buildWebApp({ dist = defaultDist, logLevel = 'error' }: { dist?: string; logLevel?: 'info' | 'warn' | 'error' | 'silent' } = {}): Promise<string> {
  const { build } = await import('vite');
  const out = resolve(dist);
  const temporary = `${out}.building-${process.pid}-${Date.now()}`;
  mkdirSync(dirname(out), { recursive: true });
  try {
    await build({ root: webDir, configFile: join(webDir, 'vite.config.ts'), logLevel, build: { outDir: temporary, emptyOutDir: true } });
    const old = `${out}.old-${process.pid}-${Date.now()}`;
    if (existsSync(out)) renameSync(out, old);
    renameSync(temporary, out);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  return out;
}

/** Builds the app unless `dist` is already up to date; says whether it built. */
export async function ensureWebAppBuilt(dist = defaultDist): Promise<boolean> {
  if (buildIsFresh(dist)) return false;
  await buildWebApp({ dist });
  return true;
}

export type StartWebAppParameters = {
  /** HTTP port (0: any free one). */
  port: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** The runtime configuration served at `/lashou.json`: the object (apps/web/server/config.ts `webConfig`) or the path of a JSON file. */
  config: object | string;
  /** The built app (default apps/web/dist); it is built first when missing or stale, unless `build` is false. */
  dist?: string;
  /** Build a missing or stale app first (default true). */
  build?: boolean;
};

export type StartWebAppReturnType = {
  /** `http://<host>:<port>` */
  url: string;
  port: number;
  /** Whether this start built the app first. */
  built: boolean;
  stop: () => Promise<void>;
};

function runtimeConfig(config: object | string): Plugin {
  // A path is read on every request, so rewriting the file changes what the next page load gets.
  const body = () => (typeof config === 'string' ? readFileSync(config, 'utf8') : JSON.stringify(config));
  return {
    name: 'lashou-runtime-config',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/lashou.json') return next();
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(body());
      });
    },
  };
}

/** Builds the app if needed and serves it with `/lashou.json` and the SPA fallback; returns its URL. */
export async function startWebApp({ port, host = '127.0.0.1', config, dist = defaultDist, build = true }: StartWebAppParameters): Promise<StartWebAppReturnType> {
  if (typeof config === 'string' && !existsSync(config)) throw new Error(`no web app configuration at ${config}`);
  const built = build ? await ensureWebAppBuilt(dist) : false;
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built web app in ${dist}: run npm run build -w @lashou/web`);
  const { preview } = await import('vite');
  const server = await preview({
    root: webDir,
    configFile: false, // the app's config file loads the React plugin and reads LASHOU_WEB_CONFIG: neither is needed to serve files
    logLevel: 'silent',
    appType: 'spa',
    plugins: [runtimeConfig(config)],
    build: { outDir: resolve(dist) },
    preview: { port, host, strictPort: true, open: false, cors: false },
  });
  const address = server.httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  let stopped: Promise<void> | null = null;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    port: actualPort,
    built,
    stop: () => (stopped ??= server.close()),
  };
}
