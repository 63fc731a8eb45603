import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Serves the runtime configuration (`/lashou.json`: chain, RPC, API, addresses, dev accounts on a local chain)
 * from the file named by LASHOU_WEB_CONFIG, in `vite` and `vite preview`. A production host serves the same file
 * next to the built app, so one build works for any deployment.
 */
function runtimeConfig(): Plugin {
  const serve = (req: { url?: string }, res: { setHeader(k: string, v: string): void; end(body: string): void; statusCode: number }, next: () => void) => {
    if (req.url?.split('?')[0] !== '/lashou.json') return next();
    const path = process.env.LASHOU_WEB_CONFIG;
    if (!path) return next();
    res.setHeader('content-type', 'application/json');
    res.setHeader('cache-control', 'no-store');
    res.end(readFileSync(path, 'utf8'));
  };
  return {
    name: 'lashou-runtime-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

export default defineConfig({
  plugins: [react(), runtimeConfig()],
  build: { target: 'es2022', sourcemap: true, manifest: true, reportCompressedSize: true, chunkSizeWarningLimit: 1024 },
});
