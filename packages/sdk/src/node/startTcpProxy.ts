import { type Server, type Socket, connect, createServer } from 'node:net';
import { findFreePort } from './startAnvil.js';

/** A running TCP proxy that can be cut (an outage) and restored. */
export type StartTcpProxyReturnType = {
  /** `http://127.0.0.1:<port>`: give it to a client instead of the target's URL. */
  url: string;
  port: number;
  /** Destroys open connections and resets new ones until `restore`. */
  cut: () => void;
  restore: () => void;
  close: () => Promise<void>;
};

/**
 * A TCP proxy on 127.0.0.1 to `targetPort`, for outage tests: a client talks to a node through it, and the test
 * cuts the line (open connections destroyed, new ones reset at once) and restores it.
 * @example
 * const proxy = await startTcpProxy({ targetPort: anvil.port }); proxy.cut(); … proxy.restore()
 */
export async function startTcpProxy(parameters: { targetPort: number }): Promise<StartTcpProxyReturnType> {
  const sockets = new Set<Socket>();
  let up = true;
  const server: Server = createServer((client) => {
    if (!up) return void client.destroy();
    const upstream = connect(parameters.targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    cut: () => {
      up = false;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    restore: () => {
      up = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
