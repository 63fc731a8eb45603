// `npm start|serve|dev -w @lashou/indexer`: runs Ponder with the schema named by the launcher (a hash of the
// indexing code and the deployment record), unless LASHOU_SCHEMA names one. Ponder refuses to reuse a schema
// written by other code, so a fixed name would stop working at the first upgrade; see docs/indexer-postgres.md.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultSchema, indexerDir } from '../launcher/index';
import { indexerSettings } from '../src/settings';

const [command = 'start', ...rest] = process.argv.slice(2);
if (!['start', 'serve', 'dev'].includes(command)) {
  console.error(`unknown command "${command}": use start, serve or dev`);
  process.exit(2);
}
let schema = process.env.LASHOU_SCHEMA;
if (!schema) {
  try {
    schema = defaultSchema(indexerSettings().deploymentPath);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
}
console.error(`ponder ${command} --schema ${schema}`);
const ponderBin = fileURLToPath(new URL('dist/esm/bin/ponder.js', new URL('../../', import.meta.resolve('ponder'))));
const result = spawnSync(process.execPath, [ponderBin, command, '--schema', schema, ...rest], {
  cwd: indexerDir,
  stdio: 'inherit',
  env: { ...process.env, PONDER_TELEMETRY_DISABLED: 'true' },
});
process.exit(result.status ?? 1);
