import net from 'node:net';

export interface SwitchableProxy {
  /** host:port to connect to instead of the real server. */
  port: number;
  /** Refuses new connections and cuts open ones, as a server that went down. */
  down(): void;
  up(): void;
  close(): Promise<void>;
}

/** A TCP proxy in front of a real server that a test can take down and bring back. */
export async function startSwitchableProxy(targetPort: number): Promise<SwitchableProxy> {
  let isUp = true;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!isUp) return void client.destroy();
    const upstream = net.connect(targetPort, '127.0.0.1');
    open.add(client).add(upstream);
    const forget = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', forget).on('close', forget);
    upstream.on('error', forget).on('close', forget);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    down() {
      isUp = false;
      for (const socket of open) socket.destroy();
    },
    up() {
      isUp = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
