import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadDeployment } from '@lashou/abi/node';
import { InvalidInputError, createKeeper, formatKeeperLog, getPool, formatAmount, type Keeper } from '@lashou/sdk';
import { anvilDevKey, demoKeeperKey, findFreePort, startAnvil, walletFor } from '@lashou/sdk/node';
import { createServer } from 'node:net';
import { type Context } from '../context.js';
import type { Run } from '../main.js';
import { DEMO_OPERATOR_SECRET, DEV_ROLES, seedDemo } from '../dev/seedDemo.js';
import { progress } from '../progress.js';
import { startKeeperHealthServer, type KeeperHealthServer } from '../keeper/healthServer.js';
import { keeperDeployment } from './keeper.js';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

type IndexerProcess = Awaited<ReturnType<typeof import('@lashou/indexer').startIndexer>>;
type WebApp = { url: string; port: number; built: boolean; stop: () => Promise<void> };

/** Parses a port option: 0 picks a free one; a taken port is an error naming the option. */
async function portOption(value: string | undefined, option: string, preferred: number): Promise<number> {
  if (value === undefined) return (await portIsFree(preferred)) ? preferred : findFreePort();
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidInputError(`${option} "${value}" is not a port number`);
  if (port === 0) return findFreePort();
  if (!(await portIsFree(port))) throw new InvalidInputError(`port ${port} is taken: choose another with ${option}, or omit it to pick a free one`);
  return port;
}

/**
 * Writes the web app's runtime configuration (`lashou.json`, with the dev accounts: this is chain 31337) into
 * the state directory and serves the built app (built first when missing or stale). The web app's server and
 * Vite are TypeScript and ESM outside the CLI bundle, loaded through tsx like the indexer.
 */
async function startDevWebApp(
  ctx: Context,
  options: { rpcUrl: string; apiUrl: string; deploymentPath: string; port: number; stateDir: string; dist?: string | undefined },
): Promise<WebApp> {
  const { register } = await import('tsx/esm/api');
  register();
  const { writeWebConfig } = await import('@lashou/web/server/config.js');
  const { startWebApp, buildIsFresh, defaultDist } = await import('@lashou/web/server/index.js');
  const configPath = join(options.stateDir, 'lashou.json');
  writeWebConfig(configPath, { rpcUrl: options.rpcUrl, apiUrl: options.apiUrl, deployment: readFileSync(options.deploymentPath, 'utf8') });
  const dist = options.dist ? resolve(options.dist) : defaultDist;
  if (!buildIsFresh(dist)) ctx.note(`building the web app (${dist})…`);
  return startWebApp({ port: options.port, host: '127.0.0.1', config: configPath, dist });
}

/**
 * Starts the indexer (Ponder, embedded PGlite under the state directory) and waits until it has indexed the
 * chain's head. If an index kept from an earlier run cannot be resumed, it is rebuilt once from the chain.
 */
async function startDevIndexer(
  ctx: Context,
  options: { rpcUrl: string; deploymentPath: string; port: number; dir: string; head: bigint },
): Promise<IndexerProcess> {
  // The indexer is TypeScript run by Ponder; its launcher is loaded through tsx, also from the CLI bundle.
  const { register } = await import('tsx/esm/api');
  register();
  const { startIndexer } = await import('@lashou/indexer');
  const start = async () => {
    mkdirSync(options.dir, { recursive: true });
    const indexer = await startIndexer({
      rpcUrl: options.rpcUrl,
      deploymentPath: options.deploymentPath,
      port: options.port,
      pgliteDir: join(options.dir, 'pglite'),
      logFile: join(options.dir, 'indexer.log'),
    });
    ctx.note(`indexing the chain up to block ${options.head} (indexer pid ${indexer.pid}, API ${indexer.url})…`);
    try {
      await indexer.waitForBlock(options.head, 180_000);
      return indexer;
    } catch (error) {
      await indexer.stop();
      throw error;
    }
  };
  try {
    return await start();
  } catch (error) {
    ctx.note(`the saved index could not be resumed (${String((error as Error).message).split('\n')[0]}); rebuilding it from the chain`);
    rmSync(options.dir, { recursive: true, force: true });
    return start();
  }
}

/**
 * The local mutual's keeper: its own deterministic account (funded here), mining the blocks a randomness request
 * waits for (anvil makes blocks only for transactions), its health endpoint, and one line per action in the state
 * directory's keeper.log and on stderr. It is started (`keeper.run()`) by the caller once the banner is out.
 */
async function startDevKeeper(rpcUrl: string, deployment: ReturnType<typeof loadDeployment>, options: { port: number; log: string; echo: boolean }) {
  const wallet = walletFor(rpcUrl, demoKeeperKey());
  await wallet.request({ method: 'anvil_setBalance' as never, params: [wallet.account.address, '0x3635c9adc5dea00000'] as never }); // 1,000 ETH
  const keeper = createKeeper(wallet, {
    deployment: keeperDeployment(deployment),
    intervalMs: 1_000,
    mineLocalBlocks: true,
    onLog: (entry) => {
      const line = formatKeeperLog(entry);
      appendFileSync(options.log, `${line}\n`);
      if (options.echo && entry.event !== 'start') process.stderr.write(`keeper: ${line}\n`);
    },
  });
  const health = await startKeeperHealthServer(keeper, { port: options.port });
  return { keeper, health, running: null as Promise<void> | null, address: wallet.account.address as string, log: options.log };
}

export function devCommand(program: Command, run: Run) {
  program
    .command('dev')
    .description('the one-command local mutual: anvil, contracts, a seeded demo, the indexer and its API, the web app; stays up until Ctrl-C')
    .option('--port <port>', 'RPC port (default 8545, or a free one if taken)')
    .option('--fresh', 'forget the saved chain state and start empty')
    .option('--members <n>', 'demo members to seed', '210')
    .option('--state-dir <dir>', 'where the chain state is kept', '.lashou')
    .option('--deployments-dir <dir>', 'where to write 31337.json (default: the repository deployments/)')
    .option('--api-port <port>', 'port of the indexer API (default 42069, or a free one if taken)')
    .option('--no-indexer', 'run only the chain and the contracts, without the indexer, its API and the web app')
    .option('--web-port <port>', 'port of the web app (default 5173, or a free one if taken)')
    .option('--no-web', 'do not build and serve the web app')
    .option('--no-keeper', 'do not run the keeper (nothing moves on by itself: lashou claim advance, lashou pool settle)')
    .option('--keeper-port <port>', "port of the keeper's health endpoint (default 9464, or a free one if taken)")
    .option('--web-dist <dir>', 'folder of the built web app (default apps/web/dist; built there when missing or older than the sources)')
    .addHelpText('after', '\nExamples:\n  $ npm start                 # same as lashou dev: open the printed web app URL\n  $ lashou dev --fresh --members 50\n  $ lashou dev --web-port 8080\n  $ lashou dev --json         # one JSON line with the RPC URL, addresses and accounts, then stays up')
    .action(run(async (ctx: Context, options: { port?: string; fresh?: boolean; members: string; stateDir: string; deploymentsDir?: string; apiPort?: string; indexer: boolean; webPort?: string; web: boolean; webDist?: string; keeper: boolean; keeperPort?: string }) => {
      const members = Number(options.members);
      if (!Number.isSafeInteger(members) || members < 12) throw new InvalidInputError('--members must be a whole number ≥ 12 (the demo claims need them)');
      const stateDir = resolve(options.stateDir);
      const statePath = join(stateDir, 'anvil-state.json');
      const deploymentsDir = options.deploymentsDir ?? ctx.deploymentsDir();
      mkdirSync(stateDir, { recursive: true });
      if (options.fresh) rmSync(statePath, { force: true });
      const port = await portOption(options.port, '--port', 8545);
      const apiPort = options.indexer ? await portOption(options.apiPort, '--api-port', 42069) : 0;
      // The web app reads the pool through the indexer's API: no indexer, no web app.
      const web = options.indexer && options.web;
      const webPort = web ? await portOption(options.webPort, '--web-port', 5173) : 0;
      const keeperPort = options.keeper ? await portOption(options.keeperPort, '--keeper-port', 9464) : 0;
      const indexerDir = join(stateDir, 'indexer');
      if (options.fresh) rmSync(indexerDir, { recursive: true, force: true });
      const resumed = existsSync(statePath);
      ctx.note(`${resumed ? 'resuming' : 'starting'} anvil on port ${port} (state: ${statePath})`);
      const anvil = await startAnvil({ port, statePath, stateInterval: 5 });
      let stopping = false;
      let indexer: IndexerProcess | null = null;
      let webApp: WebApp | null = null;
      let webError: string | null = null;
      let keeper: { keeper: Keeper; health: KeeperHealthServer; running: Promise<void> | null; address: string; log: string } | null = null;
      const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        if (keeper) {
          ctx.note(`\n${signal}: stopping the keeper`);
          keeper.keeper.stop();
          await keeper.running;
          await keeper.health.close();
        }
        if (webApp) {
          ctx.note(`\n${signal}: stopping the web app (${webApp.url})`);
          await webApp.stop().catch(() => {});
        }
        if (indexer) {
          ctx.note(`${webApp ? '' : '\n'}${signal}: stopping the indexer (pid ${indexer.pid})`);
          await indexer.stop();
        }
        ctx.note(`${indexer || webApp ? '' : '\n'}${signal}: stopping anvil (pid ${anvil.pid}), saving state to ${statePath}`);
        await anvil.stop();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      anvil.child.once('exit', (code) => {
        if (!stopping) {
          process.stderr.write(`error: anvil exited unexpectedly (code ${code})\n`);
          process.exit(1);
        }
      });

      try {
        let deployment = null as null | (ReturnType<typeof loadDeployment>);
        if (resumed) {
          try {
            const saved = loadDeployment(31337, deploymentsDir);
            const code = await walletFor(anvil.rpcUrl, anvilDevKey(0)).getBytecode({ address: saved.pool });
            if (code && code !== '0x') deployment = saved;
          } catch {
            deployment = null;
          }
        }
        let demo: Record<string, unknown> = {};
        if (!deployment) {
          const bars = new Map<string, ReturnType<typeof progress>>();
          const seeded = await seedDemo(anvil.rpcUrl, {
            members,
            deploymentsDir,
            onProgress: (stage, done, total) => {
              let bar = bars.get(stage);
              if (!bar) {
                for (const other of bars.values()) other.stop();
                bars.set(stage, (bar = progress(ctx, stage, total)));
              }
              bar.update(done);
            },
          });
          for (const bar of bars.values()) bar.stop();
          deployment = loadDeployment(31337, deploymentsDir);
          demo = { members: seeded.members, patient: seeded.patient, exited: seeded.exited, lapsed: seeded.lapsed, claims: seeded.demoClaims, witnesses: seeded.witnesses, fraudReportId: seeded.fraudReportId };
        }
        const client = walletFor(anvil.rpcUrl, anvilDevKey(0));
        if (options.indexer) {
          // A new chain makes the old index meaningless: index afresh whenever the chain was not resumed.
          if (!resumed) rmSync(indexerDir, { recursive: true, force: true });
          indexer = await startDevIndexer(ctx, {
            rpcUrl: anvil.rpcUrl,
            deploymentPath: join(deploymentsDir, '31337.json'),
            port: apiPort,
            dir: indexerDir,
            head: await client.getBlockNumber(),
          });
          indexer.child.once('exit', (code) => {
            if (!stopping) process.stderr.write(`warning: the indexer exited (code ${code}); its log is ${join(indexerDir, 'indexer.log')}. The chain keeps running.\n`);
          });
          if (web) {
            try {
              webApp = await startDevWebApp(ctx, { rpcUrl: anvil.rpcUrl, apiUrl: indexer.url, deploymentPath: join(deploymentsDir, '31337.json'), port: webPort, stateDir, dist: options.webDist });
            } catch (error) {
              // A web app that does not build (an edit in progress) leaves the chain and the API usable.
              webError = String((error as Error).message ?? error).split('\n')[0] ?? 'unknown error';
              process.stderr.write(`warning: the web app was not started: ${webError}\n`);
            }
          }
        }
        if (options.keeper) keeper = await startDevKeeper(anvil.rpcUrl, deployment, { port: keeperPort, log: join(stateDir, 'keeper.log'), echo: !ctx.json });
        const state = await getPool(client, { pool: deployment.pool });
        const accounts = DEV_ROLES.map((role, i) => ({ index: i, address: walletFor(anvil.rpcUrl, anvilDevKey(i)).account.address, privateKey: anvilDevKey(i), role }));
        const fmt = (v: bigint) => formatAmount(v, state.token);
        ctx.print(
          [
            '',
            `Lashou local mutual is running${resumed && !demo.members ? ' (resumed from saved state)' : ''}`,
            '',
            webApp
              ? `  Web app     ${webApp.url}   (中文 / English; dev accounts in the header's wallet menu)`
              : `  Web app     not started (${webError ? `failed: ${webError}` : options.indexer ? '--no-web' : '--no-indexer'})`,
            '',
            `  RPC URL     ${anvil.rpcUrl}   (chain 31337, anvil pid ${anvil.pid})`,
            `  token       ${deployment.token}   ${state.token.symbol}, ${state.token.decimals} decimals, with a faucet`,
            `  pool        ${deployment.pool}`,
            `  timelock    ${deployment.timelock}`,
            `  claims      ${deployment.claims}   reports ${deployment.reports}`,
            `  witnesses   ${deployment.registry}   randomness ${deployment.randomness} (${deployment.randomnessKind})`,
            `  address book ${join(deploymentsDir, '31337.json')}`,
            ...(indexer
              ? [
                  `  API         ${indexer.url}/api/stats   (REST, described at ${indexer.url}/api/openapi.json)`,
                  `  GraphQL     ${indexer.url}/graphql   SQL ${indexer.url}/sql   (indexer pid ${indexer.pid}, log ${join(indexerDir, 'indexer.log')})`,
                ]
              : ['  API         not started (--no-indexer)']),
            keeper
              ? `  keeper      ${keeper.address}   moves claims and epochs on by itself (health ${keeper.health.url}/health, log ${keeper.log})`
              : '  keeper      not started (--no-keeper): lashou claim advance <id>, lashou pool settle',
            `  members     ${state.activeMembers} active; member funds ${fmt(state.memberFunds)}; epoch ${state.epoch.current}, next to settle ${state.epoch.nextToSettle}`,
            '',
            "Dev accounts (anvil's WELL-KNOWN keys: public, for this local chain only):",
            ...accounts.map((a) => `  #${a.index} ${a.address}  ${a.privateKey}  ${a.role}`),
            ...(Array.isArray(demo.witnesses)
              ? ['Witnesses (deterministic demo keys):', ...(demo.witnesses as { address: string; privateKey: string; region: number }[]).map((w) => `  ${w.address}  ${w.privateKey}  witness, region ${w.region}`)]
              : []),
            ...(Array.isArray(demo.claims)
              ? ['Demo claims:', ...(demo.claims as { claimId: bigint; stage: string; claimant: string }[]).map((c) => `  claim ${c.claimId}  ${c.stage.padEnd(15)} ${c.claimant}`)]
              : []),
            `Operator nullifier secret (demo): ${DEMO_OPERATOR_SECRET}`,
            '',
            `Try:  LASHOU_RPC_URL=${anvil.rpcUrl} LASHOU_PRIVATE_KEY=${accounts[3]?.privateKey} npx lashou member status`,
            `      LASHOU_RPC_URL=${anvil.rpcUrl} npx lashou pool info`,
            `      LASHOU_RPC_URL=${anvil.rpcUrl} npx lashou claim list`,
            `      LASHOU_RPC_URL=${anvil.rpcUrl} npx lashou keeper --once --dry-run      # what is due, and what waits until when`,
            ...(indexer ? [`      curl ${indexer.url}/api/members/${accounts[3]?.address}`] : []),
            ...(webApp ? ['', `Open the web app:  ${webApp.url}`] : []),
            'Ctrl-C stops the chain and keeps its state; lashou dev --fresh starts empty.',
          ],
          { rpcUrl: anvil.rpcUrl, chainId: 31337, anvilPid: anvil.pid, apiUrl: indexer?.url ?? null, indexerPid: indexer?.pid ?? null, webUrl: webApp?.url ?? null, webConfig: webApp ? join(stateDir, 'lashou.json') : null, keeper: keeper ? { address: keeper.address, healthUrl: `${keeper.health.url}/health`, log: keeper.log } : null, resumed, deployment, demo, accounts, ready: true },
        );
        if (keeper) {
          // Started after the banner, so that its lines follow it; they also go to the keeper's log file.
          const running = keeper.keeper.run();
          keeper.running = running;
        }
      } catch (error) {
        stopping = true; // the seed failed: report its error, not anvil's exit
        await keeper?.health.close().catch(() => {});
        await webApp?.stop().catch(() => {});
        await indexer?.stop();
        await anvil.stop();
        throw error;
      }
      await new Promise(() => {}); // stay up until a signal
    }));
}
