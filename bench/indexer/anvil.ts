// Anvil for a history of 100,000 members. The SDK's startAnvil keeps anvil's default of a state snapshot per
// block for historical calls: each one is a copy of the whole state, so memory and mining time grow with
// accounts × blocks (11 GB and 3× slower mining at 32,000 members, measured here; it would not fit the machine
// at 100,000). `--prune-history` keeps the last few states only; blocks, receipts and logs stay complete, which
// is all the indexer reads (its setup reads immutables at the head).
import { type ChildProcess, spawn } from 'node:child_process';
import { foundryBinary } from '@lashou/contracts/bin/foundry.mjs';
import { findFreePort } from '@lashou/sdk/node';

export type BenchAnvil = { rpcUrl: string; pid: number; args: string[]; stop: () => Promise<void> };

export async function startBenchAnvil(parameters: { keepStates: number }): Promise<BenchAnvil> {
  const port = await findFreePort();
  // The same flags as the SDK's startAnvil, plus the pruning.
  const args = ['--host', '127.0.0.1', '--port', String(port), '--chain-id', '31337', '--accounts', '10', '--silent', '--prune-history', String(parameters.keepStates)];
  const child: ChildProcess = spawn(foundryBinary('anvil'), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let alive = true;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => {
    if (alive) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  void exited.then(() => {
    alive = false;
    process.removeListener('exit', killOnExit);
  });
  const stop = async () => {
    if (!alive) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const rpcUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (!alive) throw new Error(`anvil exited before answering: ${stderr.trim() || 'no output'}`);
    try {
      const response = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }) });
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (i > 200) {
      await stop();
      throw new Error(`anvil did not answer on ${rpcUrl} within 20 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { rpcUrl, pid: child.pid!, args, stop };
}
