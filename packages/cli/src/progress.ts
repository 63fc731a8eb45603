import cliProgress from 'cli-progress';
import type { Context } from './context.js';

/** A progress bar on a terminal, plain lines otherwise (never on stdout, never in --json mode). */
export function progress(ctx: Context, label: string, total: number) {
  if (ctx.json) return { update: (_n: number) => {}, setTotal: (_n: number) => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({ format: `${label.padEnd(18)} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic);
    bar.start(total, 0);
    return { update: (n: number) => bar.update(n), setTotal: (n: number) => bar.setTotal(n), stop: () => bar.stop() };
  }
  let shown = -1;
  let size = total;
  return {
    update: (n: number) => {
      const tenth = size > 0 ? Math.floor((n * 10) / size) : n;
      if (tenth !== shown) {
        shown = tenth;
        process.stderr.write(`${label}: ${n}${size > 0 ? `/${size}` : ''}\n`);
      }
    },
    setTotal: (n: number) => (size = n),
    stop: () => {},
  };
}
