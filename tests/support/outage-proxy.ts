// A TCP proxy in front of a database that a test can cut, to play an outage: `pass` forwards to the
// database, `stopped` listens no more (the server is down: connections are refused), `black-hole`
// accepts and never answers (a network partition, a hung host), `silent` keeps the connections already open but
// carries nothing more across them (a link that died without a word; new ones are black-holed). Switching to any
// other mode drops the connections already open, as a stopped server does.
import net from 'node:net';

export type OutageMode = 'pass' | 'stopped' | 'black-hole' | 'silent';

export type OutageProxy = {
  port: number;
  setMode: (mode: OutageMode) => Promise<void>;
  close: () => Promise<void>;
};

export async function startOutageProxy(target: { host: string; port: number }, listenPort = 0): Promise<OutageProxy> {
  let mode: OutageMode = 'pass';
  const open = new Set<net.Socket>();
  const pairs = new Set<[net.Socket, net.Socket]>();

  const server = net.createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    if (mode === 'black-hole' || mode === 'silent') return; // read and dropped, never answered
    const upstream = net.connect(target.port, target.host);
    open.add(upstream);
    upstream.on('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.on('close', () => pairs.delete(pair));
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));

  await listen(listenPort);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the outage proxy has no TCP port');
  const port = address.port;

  return {
    port,
    setMode: async (next) => {
      const wasListening = mode !== 'stopped';
      mode = next;
      if (next === 'silent') {
        for (const [client, upstream] of pairs) {
          client.unpipe(upstream);
          upstream.unpipe(client);
          client.pause();
          upstream.pause();
        }
        return;
      }
      for (const socket of open) socket.destroy();
      if (next === 'stopped' && wasListening) await stopListening();
      if (next !== 'stopped' && !wasListening) await listen(port);
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      if (mode !== 'stopped') await stopListening();
    },
  };
}

/** A port with nothing listening on it: one the system just handed out and took back. */
export async function unusedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}
