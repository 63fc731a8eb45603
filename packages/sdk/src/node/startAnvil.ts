import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { foundryBinary } from '@lashou/contracts/bin/foundry.mjs';
import { LashouError, RpcUnreachableError } from '../errors/LashouError.js';

/** Parameters of {@link startAnvil}. */
export type StartAnvilParameters = {
  /** Port to listen on; by default a free one. */
  port?: number | undefined;
  /** Load state from this file if it exists and dump to it on exit (and every `stateInterval` seconds). */
  statePath?: string | undefined;
  stateInterval?: number | undefined;
  chainId?: number | undefined;
  /** Dev accounts to create (default 10). */
  accounts?: number | undefined;
  /** Keep only the last N blocks' states for historical calls (anvil's `--prune-history`). By default anvil keeps
   *  a copy of the whole state per block, which grows with accounts × blocks (11 GB at 32,000 members): large
   *  histories (the indexer bench) need this. Blocks, receipts and logs stay complete. */
  pruneHistory?: number | undefined;
  /** Milliseconds to wait for the RPC to answer (default 20 s). */
  timeoutMs?: number | undefined;
};

/** A running anvil, and how to stop it. */
export type StartAnvilReturnType = {
  rpcUrl: string;
  port: number;
  pid: number;
  child: ChildProcess;
  stop: () => Promise<void>;
  /** Set when a saved state was loaded: its last block, from whose time the chain's clock continues. */
  resumed: { blockNumber: bigint; timestamp: bigint } | undefined;
};

/**
 * A TCP port nothing listens on right now (on 127.0.0.1).
 * @example
 * const port = await findFreePort()
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the anvil binary shipped on npm (not through `npx`, so the PID is anvil's own) and waits until
 * it answers JSON-RPC. `stop()` sends SIGTERM (anvil then writes its state file) and waits for the exit.
 *
 * A saved state (`statePath`) is reloaded with its blocks, but anvil does not keep its clock: the next block would
 * take the wall clock, which is before the saved blocks when time was moved on (`evm_increaseTime`). So the clock is
 * set (`evm_setTime`) to one second after the last saved block before anyone else can send a block: time on a
 * resumed chain continues from where it stopped (the time the chain was stopped does not count) and never goes back.
 * @example
 * const anvil = await startAnvil({ statePath: '.lashou/anvil-state.json' })
 * try { … anvil.rpcUrl … } finally { await anvil.stop() }
 */
export async function startAnvil(parameters: StartAnvilParameters = {}): Promise<StartAnvilReturnType> {
  const port = parameters.port ?? (await findFreePort());
  const resuming = parameters.statePath !== undefined && existsSync(parameters.statePath);
  const args = ['--host', '127.0.0.1', '--port', String(port), '--chain-id', String(parameters.chainId ?? 31337), '--accounts', String(parameters.accounts ?? 10), '--silent'];
  if (parameters.pruneHistory !== undefined) args.push('--prune-history', String(parameters.pruneHistory));
  if (parameters.statePath) args.push('--state', parameters.statePath, '--state-interval', String(parameters.stateInterval ?? 10));
  const child = spawn(foundryBinary('anvil'), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  // Last resort: whatever way this process ends (an uncaught error, process.exit), anvil goes with it.
  const killOnExit = () => {
    if (alive) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  void exited.then(() => {
    alive = false;
    process.removeListener('exit', killOnExit);
  });
  const rpcUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!alive) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (parameters.timeoutMs ?? 20_000);
  for (;;) {
    if (!alive) throw new RpcUnreachableError(`anvil exited before answering on port ${port}: ${stderr.trim() || 'no output'}`, { code: 'anvil.exited', params: { port, output: stderr.trim() } });
    try {
      const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }) });
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new RpcUnreachableError(`anvil did not answer on ${rpcUrl} within ${parameters.timeoutMs ?? 20_000} ms`, { code: 'anvil.timeout', params: { rpcUrl, timeoutMs: parameters.timeoutMs ?? 20_000 } });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  let resumed: StartAnvilReturnType['resumed'];
  if (resuming) {
    try {
      resumed = await continueClock(rpcUrl);
    } catch (error) {
      await stop();
      throw new LashouError(`anvil reloaded ${parameters.statePath} but its clock could not be set to continue from the last saved block: ${(error as Error).message}`, {
        code: 'anvil.resumeTime', params: { statePath: parameters.statePath, rpcUrl }, cause: error,
      });
    }
  }
  return { rpcUrl, port, pid: child.pid as number, child, stop, resumed };
}

async function anvilRequest(rpcUrl: string, method: string, params: unknown[]): Promise<unknown> {
  const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await response.json()) as { result?: unknown; error?: { message?: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`);
  return body.result;
}

/** Sets a reloaded anvil's clock to one second after its last block (`evm_setTime`); later blocks count on from there. */
async function continueClock(rpcUrl: string): Promise<{ blockNumber: bigint; timestamp: bigint }> {
  const latest = (await anvilRequest(rpcUrl, 'eth_getBlockByNumber', ['latest', false])) as { number: string; timestamp: string };
  const timestamp = BigInt(latest.timestamp);
  await anvilRequest(rpcUrl, 'evm_setTime', [Number(timestamp + 1n)]);
  return { blockNumber: BigInt(latest.number), timestamp };
}
