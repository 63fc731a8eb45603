// An open-loop, evenly paced HTTP load: request i is due at start + i / rate, whether or not earlier ones have
// answered (a closed loop would slow down with the server and hide its queueing; autocannon's -R sends each
// second's requests in a burst). Latency is counted from the moment a request was DUE, so a client that falls
// behind, or a server that queues, shows in the figures instead of being omitted (coordinated omission).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export type LoadParameters = {
  /** Base URL, e.g. http://127.0.0.1:42069 */
  url: string;
  /** Path of request `i` (a route with a random member, …). */
  path: (i: number) => string;
  rate: number;
  durationSeconds: number;
  /** A request not answered within this counts as a timeout (default 10 s). */
  timeoutMs?: number;
};

export type LoadResult = {
  route: string;
  rate: number;
  durationSeconds: number;
  sent: number;
  ok: number;
  /** Non-200 answers and connection errors (timeouts apart). */
  errors: number;
  timeouts: number;
  /** Successful answers per second, from the first due time to the last answer (≈ rate when the server keeps up). */
  rps: number;
  /** Latency from the due time, ms (what the target applies to); a timed-out request counts as the timeout. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Latency from the moment the request was actually written, ms (for comparison). */
  sentP50: number;
  sentP99: number;
  /** How late the client wrote requests (due → written), ms: high values mean the client, not the server, lagged. */
  clientLagP99: number;
  statusCounts: Record<string, number>;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function pacedLoad(parameters: LoadParameters): Promise<LoadResult> {
  const { url, rate, durationSeconds } = parameters;
  const timeoutMs = parameters.timeoutMs ?? 10_000;
  const base = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 256 });
  const total = Math.round(rate * durationSeconds);
  const interval = 1000 / rate;
  const fromDue: number[] = [];
  const fromSent: number[] = [];
  const lag: number[] = [];
  const statusCounts: Record<string, number> = {};
  let ok = 0;
  let errors = 0;
  let timeouts = 0;
  const outstanding = new Set<Promise<void>>();
  let lastEnd = 0;

  const fire = (i: number, due: number) => {
    const path = parameters.path(i);
    const done = new Promise<void>((resolve) => {
      const written = performance.now();
      lag.push(written - due);
      let finished = false;
      const finish = () => {
        finished = true;
        clearTimeout(timer);
        resolve();
      };
      const req = request({ host: base.hostname, port: base.port, path, agent, method: 'GET' }, (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          if (finished) return;
          const end = performance.now();
          lastEnd = Math.max(lastEnd, end);
          const key = String(res.statusCode);
          statusCounts[key] = (statusCounts[key] ?? 0) + 1;
          if (res.statusCode === 200) {
            ok++;
            fromDue.push(end - due);
            fromSent.push(end - written);
          } else errors++;
          finish();
        });
      });
      // The deadline runs from the due time: a request still waiting for a socket counts too.
      const timer = setTimeout(() => {
        if (finished) return;
        timeouts++;
        statusCounts.timeout = (statusCounts.timeout ?? 0) + 1;
        // A timed-out request is at least this slow: it stays in the percentiles at the timeout.
        fromDue.push(timeoutMs);
        finish();
        req.destroy();
      }, Math.max(1, due + timeoutMs - performance.now()));
      req.on('error', () => {
        if (finished) return;
        statusCounts.error = (statusCounts.error ?? 0) + 1;
        errors++;
        finish();
      });
      req.end();
    });
    outstanding.add(done);
    void done.then(() => outstanding.delete(done));
  };

  const start = performance.now() + 20;
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        fire(next, start + next * interval);
        next++;
      }
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    setTimeout(tick, 20);
  });
  await Promise.all([...outstanding]);
  agent.destroy();
  fromDue.sort((a, b) => a - b);
  fromSent.sort((a, b) => a - b);
  lag.sort((a, b) => a - b);
  // Answers per second from the first due time to the last answer: a server that falls behind stretches it.
  const elapsed = Math.max(durationSeconds, (lastEnd - start) / 1000);
  return {
    route: parameters.path(0),
    rate,
    durationSeconds,
    sent: total,
    ok,
    errors,
    timeouts,
    rps: round(ok / elapsed),
    p50: round(percentile(fromDue, 50)),
    p90: round(percentile(fromDue, 90)),
    p99: round(percentile(fromDue, 99)),
    max: round(fromDue[fromDue.length - 1] ?? Number.NaN),
    sentP50: round(percentile(fromSent, 50)),
    sentP99: round(percentile(fromSent, 99)),
    clientLagP99: round(percentile(lag, 99)),
    statusCounts,
  };
}

/** Closed loop, one request at a time: what one request costs the server when nothing else waits (ms). */
export async function serviceTime(url: string, path: (i: number) => string, requests: number): Promise<{ p50: number; p99: number; perSecondAtMost: number }> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const response = await fetch(`${url}${path(i)}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path(i)} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  return { p50: round(p50), p99: round(percentile(times, 99)), perSecondAtMost: Math.round(1000 / p50) };
}

/**
 * Waits until the server answers /status quickly again (three answers under 50 ms in a row): requests the client
 * gave up on are still being served after an overload, and would otherwise spill into the next measurement.
 */
export async function waitDrained(url: string, timeoutMs = 180_000): Promise<number> {
  const started = performance.now();
  let fast = 0;
  while (fast < 3) {
    if (performance.now() - started > timeoutMs) throw new Error(`${url} still answers slowly ${timeoutMs / 1000} s after the load`);
    const t = performance.now();
    try {
      await (await fetch(`${url}/status`)).arrayBuffer();
      fast = performance.now() - t < 50 ? fast + 1 : 0;
    } catch {
      fast = 0;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return Math.round(performance.now() - started);
}
