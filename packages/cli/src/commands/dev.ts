import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadDeployment } from '@lashou/abi/node';
import { InvalidInputError, createKeeper, formatKeeperLog, getPool, formatAmount, type Keeper } from '@lashou/sdk';
import { anvilDevKey, demoKeeperKey, findFreePort, startAnvil, walletFor } from '@lashou/sdk/node';
import { createServer } from 'node:net';
import { type Context } from '../context.js';
import type { Run } from '../main.js';
import { DEV_ROLES, seedDemo } from '../dev/seedDemo.js';
import { devAccountName } from '../devAccounts.js';
import { progress } from '../progress.js';
import { startKeeperHealthServer, type KeeperHealthServer } from '../keeper/healthServer.js';
import { keeperDeployment } from './keeper.js';
import { lockStateDir, type DevLock } from '../dev/stateLock.js';
import { startBlockProducer, type BlockProducer } from '../dev/blockProducer.js';
import { readDemoState, type DemoClaimNow } from '../dev/demoState.js';
import { advanceTime, aheadOfWallClock, chainTime, mineBlocks, showTime } from '../dev/devChain.js';
import { deploymentJson } from '../output.js';

/** Parses --block-time: seconds between interval blocks (decimals allowed), 0 for blocks only with transactions. */
function blockTimeOption(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(seconds) || (seconds > 0 && seconds < 0.1) || seconds > 86_400) {
    throw new InvalidInputError(`--block-time "${value}" is not a number of seconds from 0.1 to 86400: e.g. --block-time 2, or --block-time 0 for blocks only with transactions`);
  }
  return seconds;
}

/** The banner's claim lines: one per claim while there are few, else one per state with the claim ids. */
function claimLines(claims: DemoClaimNow[], fmt: (v: bigint) => string): string[] {
  if (claims.length === 0) return ['Claims: none yet (lashou claim file)'];
  if (claims.length <= 20) {
    return ['Claims (their state now, read from the chain):', ...claims.map((c) => `  claim ${String(c.claimId).padEnd(3)} ${c.stage.padEnd(19)} ${c.claimant}  ${fmt(c.amount)}`)];
  }
  const byStage = new Map<string, bigint[]>();
  for (const c of claims) byStage.set(c.stage, [...(byStage.get(c.stage) ?? []), c.claimId]);
  return [
    `Claims (${claims.length}; their state now, read from the chain; lashou claim list for all):`,
    ...[...byStage].map(([stage, ids]) => `  ${stage.padEnd(19)} ${String(ids.length).padStart(4)}: ${ids.slice(-8).join(', ')}${ids.length > 8 ? ' (the last 8)' : ''}`),
  ];
}

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
  const dev = program
    .command('dev')
    .description('the one-command local mutual: anvil, contracts, a seeded demo, the indexer and its API, the web app, a keeper; stays up until Ctrl-C')
    .option('--port <port>', 'RPC port (default 8545, or a free one if taken)')
    .option('--fresh', 'forget the saved chain state and start empty')
    .option('--members <n>', 'demo members to seed', '210')
    .option('--state-dir <dir>', 'where the chain state is kept (one lashou dev at a time: it is locked while in use)', '.lashou')
    .option('--deployments-dir <dir>', 'where to write 31337.json (default: the repository deployments/)')
    .option('--block-time <seconds>', 'an empty block every so many seconds once the chain is up, next to one per transaction (0: blocks only for transactions)', '2')
    .option('--api-port <port>', 'port of the indexer API (default 42069, or a free one if taken)')
    .option('--no-indexer', 'run only the chain and the contracts, without the indexer, its API and the web app')
    .option('--web-port <port>', 'port of the web app (default 5173, or a free one if taken)')
    .option('--no-web', 'do not build and serve the web app')
    .option('--no-keeper', 'do not run the keeper (nothing moves on by itself: lashou claim advance, lashou pool settle)')
    .option('--keeper-port <port>', "port of the keeper's health endpoint (default 9464, or a free one if taken)")
    .option('--web-dist <dir>', 'folder of the built web app (default apps/web/dist; built there when missing or older than the sources)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ npm start                 # same as lashou dev: open the printed web app URL\n  $ lashou dev --fresh --members 50\n  $ lashou dev --web-port 8080 --block-time 5\n  $ lashou dev --json         # one JSON line with the RPC URL, addresses and accounts, then stays up\n  $ lashou dev time advance 8d   # in another terminal: move the dev chain\'s clock on (also: dev time, dev mine)',
    )
    .action(run(async (ctx: Context, options: { port?: string; fresh?: boolean; members: string; stateDir: string; deploymentsDir?: string; blockTime: string; apiPort?: string; indexer: boolean; webPort?: string; web: boolean; webDist?: string; keeper: boolean; keeperPort?: string }) => {
      const members = Number(options.members);
      if (!Number.isSafeInteger(members) || members < 12) throw new InvalidInputError('--members must be a whole number ≥ 12 (the demo claims need them)');
      const blockTime = blockTimeOption(options.blockTime);
      const stateDir = resolve(options.stateDir);
      const statePath = join(stateDir, 'anvil-state.json');
      const deploymentsDir = options.deploymentsDir ?? ctx.deploymentsDir();
      mkdirSync(stateDir, { recursive: true });
      // One lashou dev per state directory, taken before anything in it is touched (--fresh included).
      const lock: DevLock = lockStateDir(stateDir, { note: (text) => ctx.note(text) });
      try {
        await runDev(ctx, options, { members, blockTime, stateDir, statePath, deploymentsDir, lock });
      } catch (error) {
        lock.release();
        throw error;
      }
    }));

  const time = dev
    .command('time')
    .description("the dev chain's time: its latest block, the time it carries and the pool's epoch (same as dev time show)")
    .action(run(async (ctx: Context) => showTime(ctx)))
    .addHelpText('after', '\nExamples:\n  $ lashou dev time\n  $ lashou dev time advance 8d       # past an announcement window: the keeper approves what became due\n  $ LASHOU_RPC_URL=http://127.0.0.1:8546 lashou dev time --json');
  time
    .command('show')
    .description("the dev chain's time: its latest block, the time it carries and the pool's epoch")
    .action(run(async (ctx: Context) => showTime(ctx)))
    .addHelpText('after', '\nExamples:\n  $ lashou dev time show\n  $ lashou dev time show --json --rpc http://127.0.0.1:8546');
  time
    .command('advance <duration>')
    .description("move the local chain's clock on (evm_increaseTime) and mine a block; prints the time and epoch before and after, and what became due for the keeper. Local anvil only")
    .action(run(async (ctx: Context, _options: unknown, duration: string) => advanceTime(ctx, duration)))
    .addHelpText(
      'after',
      '\nDurations: whole numbers with units w, d, h, m, s, largest first, or plain seconds.\n\nExamples:\n  $ lashou dev time advance 8d       # past the 7-day announcement window of the demo\'s announced claim\n  $ lashou dev time advance 14d      # one epoch: the keeper settles it\n  $ lashou dev time advance 1d12h\n  $ lashou dev time advance 3600 --rpc http://127.0.0.1:8546',
    );
  dev
    .command('mine [n]')
    .description('mine n empty blocks on the local chain (default 1; anvil_mine), e.g. up to a randomness target block. Local anvil only')
    .action(run(async (ctx: Context, _options: unknown, n: string | undefined) => mineBlocks(ctx, n)))
    .addHelpText('after', '\nExamples:\n  $ lashou dev mine\n  $ lashou dev mine 5\n  $ lashou dev mine 300 --json --rpc http://127.0.0.1:8546');
}

type DevRunOptions = { port?: string; fresh?: boolean; apiPort?: string; indexer: boolean; webPort?: string; web: boolean; webDist?: string; keeper: boolean; keeperPort?: string };

async function runDev(
  ctx: Context,
  options: DevRunOptions,
  settings: { members: number; blockTime: number; stateDir: string; statePath: string; deploymentsDir: string; lock: DevLock },
): Promise<void> {
  const { members, blockTime, stateDir, statePath, deploymentsDir, lock } = settings;
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
  lock.update({ rpcUrl: anvil.rpcUrl });
  if (anvil.resumed) ctx.note(`the chain's clock continues from its last saved block ${anvil.resumed.blockNumber} (${chainTime(anvil.resumed.timestamp)})`);
  let stopping = false;
  let indexer: IndexerProcess | null = null;
  let webApp: WebApp | null = null;
  let webError: string | null = null;
  let blocks: BlockProducer | null = null;
  let keeper: { keeper: Keeper; health: KeeperHealthServer; running: Promise<void> | null; address: string; log: string } | null = null;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await blocks?.stop();
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
    lock.release();
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
    let seeded: Awaited<ReturnType<typeof seedDemo>> | null = null;
    if (!deployment) {
      const bars = new Map<string, ReturnType<typeof progress>>();
      seeded = await seedDemo(anvil.rpcUrl, {
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
    }
    const deploymentPath = join(deploymentsDir, '31337.json');
    lock.update({ deploymentPath });
    // Time passes on an idle chain from here: the seed is done and a resumed chain's clock is set.
    if (blockTime > 0) blocks = startBlockProducer(anvil.rpcUrl, blockTime, { onError: (message) => process.stderr.write(`warning: ${message}\n`) });
    const client = walletFor(anvil.rpcUrl, anvilDevKey(0));
    if (options.indexer) {
      // A new chain makes the old index meaningless: index afresh whenever the chain was not resumed.
      if (!resumed) rmSync(indexerDir, { recursive: true, force: true });
      indexer = await startDevIndexer(ctx, {
        rpcUrl: anvil.rpcUrl,
        deploymentPath,
        port: apiPort,
        dir: indexerDir,
        head: await client.getBlockNumber(),
      });
      indexer.child.once('exit', (code) => {
        if (!stopping) process.stderr.write(`warning: the indexer exited (code ${code}); its log is ${join(indexerDir, 'indexer.log')}. The chain keeps running.\n`);
      });
      if (web) {
        try {
          webApp = await startDevWebApp(ctx, { rpcUrl: anvil.rpcUrl, apiUrl: indexer.url, deploymentPath, port: webPort, stateDir, dist: options.webDist });
        } catch (error) {
          // A web app that does not build (an edit in progress) leaves the chain and the API usable.
          webError = String((error as Error).message ?? error).split('\n')[0] ?? 'unknown error';
          process.stderr.write(`warning: the web app was not started: ${webError}\n`);
        }
      }
    }
    if (options.keeper) {
      keeper = await startDevKeeper(anvil.rpcUrl, deployment, { port: keeperPort, log: join(stateDir, 'keeper.log'), echo: !ctx.json });
      lock.update({ keeperHealthUrl: `${keeper.health.url}/health` });
    }
    const state = await getPool(client, { pool: deployment.pool });
    // What the banner says of the demo is read from the chain as it is now, fresh or resumed.
    const now = await readDemoState(client, deployment);
    const head = await client.getBlock({ blockTag: 'latest' });
    const accounts = DEV_ROLES.map((role, i) => ({ index: i, address: walletFor(anvil.rpcUrl, anvilDevKey(i)).account.address, privateKey: anvilDevKey(i), role }));
    const fmt = (v: bigint) => formatAmount(v, state.token);
    const demo = {
      ...(seeded ? { members: seeded.members } : {}),
      patient: seeded?.patient ?? now.patient,
      exited: seeded?.exited ?? now.exited,
      lapsed: seeded?.lapsed ?? now.lapsed,
      witnesses: now.witnesses.map((w) => ({ address: w.address, privateKey: w.privateKey, region: w.region })),
      claims: now.claims.map((c) => ({ claimId: c.claimId, stage: c.stage, claimant: c.claimant })),
      ...(seeded ? { fraudReportId: seeded.fraudReportId } : {}),
    };
    const blocksLine = blockTime > 0 ? `a block every ${blockTime} s and one per transaction (--block-time)` : 'blocks only for transactions (--block-time 0)';
    await ctx.print(
      [
        '',
        resumed && !seeded
          ? `Lashou local mutual is running (resumed from saved state: block ${anvil.resumed?.blockNumber ?? head.number}, its clock continues from ${chainTime(anvil.resumed?.timestamp ?? head.timestamp)})`
          : 'Lashou local mutual is running',
        '',
        webApp
          ? `  Web app     ${webApp.url}   (中文 / English; dev accounts in the header's wallet menu)`
          : `  Web app     not started (${webError ? `failed: ${webError}` : options.indexer ? '--no-web' : '--no-indexer'})`,
        '',
        `  RPC URL     ${anvil.rpcUrl}   (chain 31337, anvil pid ${anvil.pid}; state ${stateDir}, locked by pid ${process.pid})`,
        `  chain time  ${chainTime(head.timestamp)}   block ${head.number}; ${aheadOfWallClock(head.timestamp)}; ${blocksLine}`,
        `  token       ${deployment.token}   ${state.token.symbol}, ${state.token.decimals} decimals, with a faucet`,
        `  pool        ${deployment.pool}`,
        `  timelock    ${deployment.timelock}`,
        `  claims      ${deployment.claims}   reports ${deployment.reports}`,
        `  witnesses   ${deployment.registry}   randomness ${deployment.randomness} (${deployment.randomnessKind})`,
        `  address book ${deploymentPath}`,
        ...(indexer
          ? [
              `  API         ${indexer.url}/api/stats   (REST, described at ${indexer.url}/api/openapi.json)`,
              `  GraphQL     ${indexer.url}/graphql   SQL ${indexer.url}/sql   (indexer pid ${indexer.pid}, log ${join(indexerDir, 'indexer.log')})`,
            ]
          : ['  API         not started (--no-indexer)']),
        keeper
          ? `  keeper      ${keeper.address}   moves claims and epochs on by itself (health ${keeper.health.url}/health, log ${keeper.log})`
          : '  keeper      not started (--no-keeper): lashou claim advance <id>, lashou pool settle',
        `  members     ${state.activeMembers} active; member funds ${fmt(state.memberFunds)}; epoch ${state.epoch.current} (ends ${chainTime(state.parameters.genesis + (state.epoch.current + 1n) * state.parameters.epochLength)}), next to settle ${state.epoch.nextToSettle}`,
        '',
        "Dev accounts (anvil's WELL-KNOWN keys: public, for this local chain only; in the CLI name them with --account, e.g. --account dev:member):",
        ...accounts.map((a) => `  ${devAccountName(a.index).padEnd(15)} #${a.index} ${a.address}  ${a.privateKey}  ${a.role}`),
        ...(now.witnesses.length > 0
          ? ['Witnesses (deterministic demo keys, public):', ...now.witnesses.map((w) => `  ${`dev:witness-${w.index}`.padEnd(15)} ${w.address}  ${w.privateKey}  witness, region ${w.region}${w.eligible ? '' : ' (not in the draw now)'}`)]
          : []),
        ...claimLines(now.claims, fmt),
        'Operator nullifier secret: the public demo secret, refused on any other chain (lashou operator review uses it here; elsewhere lashou operator secret new)',
        '',
        `Try:  LASHOU_RPC_URL=${anvil.rpcUrl} npx lashou member status --account dev:member`,
        `      LASHOU_RPC_URL=${anvil.rpcUrl} npx lashou pool info`,
        `      LASHOU_RPC_URL=${anvil.rpcUrl} npx lashou claim list`,
        `      LASHOU_RPC_URL=${anvil.rpcUrl} npx lashou keeper --once --dry-run      # what is due, and what waits until when`,
        `      LASHOU_RPC_URL=${anvil.rpcUrl} npx lashou dev time advance 8d          # move the clock on: the keeper takes what becomes due`,
        ...(indexer ? [`      curl ${indexer.url}/api/members/${accounts[3]?.address}`] : []),
        ...(webApp ? ['', `Open the web app:  ${webApp.url}`] : []),
        'Ctrl-C stops the chain and keeps its state; lashou dev --fresh starts empty.',
      ],
      {
        rpcUrl: anvil.rpcUrl, chainId: 31337, anvilPid: anvil.pid, pid: process.pid, stateDir, lockFile: lock.path, blockTimeSeconds: blockTime,
        chainTime: head.timestamp, blockNumber: head.number,
        resumedFrom: anvil.resumed ? { blockNumber: anvil.resumed.blockNumber, time: anvil.resumed.timestamp } : null,
        apiUrl: indexer?.url ?? null, indexerPid: indexer?.pid ?? null, webUrl: webApp?.url ?? null, webConfig: webApp ? join(stateDir, 'lashou.json') : null,
        keeper: keeper ? { address: keeper.address, healthUrl: `${keeper.health.url}/health`, log: keeper.log } : null,
        resumed, deployment: deploymentJson(deployment), demo, accounts, ready: true,
      },
      { decimals: state.token.decimals },
    );
    if (keeper) {
      // Started after the banner, so that its lines follow it; they also go to the keeper's log file.
      const running = keeper.keeper.run();
      keeper.running = running;
    }
  } catch (error) {
    stopping = true; // the seed failed: report its error, not anvil's exit
    await blocks?.stop();
    await keeper?.health.close().catch(() => {});
    await webApp?.stop().catch(() => {});
    await indexer?.stop();
    await anvil.stop();
    throw error;
  }
  await new Promise(() => {}); // stay up until a signal
}
