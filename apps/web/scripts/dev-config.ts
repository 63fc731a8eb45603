/**
 * Writes the web app's runtime configuration for a running local mutual:
 *   node --import tsx apps/web/scripts/dev-config.ts <deployment.json> <rpcUrl> <apiUrl> <out.json>
 * then `LASHOU_WEB_CONFIG=<out.json> npx vite` in apps/web serves it at /lashou.json.
 */
import { readFileSync } from 'node:fs';
import { writeWebConfig } from '../server/config.ts';

const [deploymentPath, rpcUrl, apiUrl, out] = process.argv.slice(2);
if (!deploymentPath || !rpcUrl || !apiUrl || !out) {
  process.stderr.write('usage: dev-config.ts <deployment.json> <rpcUrl> <apiUrl> <out.json>\n');
  process.exit(2);
}
writeWebConfig(out, { rpcUrl, apiUrl, deployment: readFileSync(deploymentPath, 'utf8') });
process.stdout.write(`wrote ${out}\n`);
