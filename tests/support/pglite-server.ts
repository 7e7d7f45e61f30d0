// An in-memory PGlite served over PostgreSQL's wire protocol on a local port, so a production server
// can be pointed at a real PostgreSQL-speaking database (through postgres.js) where no PostgreSQL is
// installed. PGlite is one session: the server should use a pool of one connection (DATABASE_POOL_SIZE=1).
// @electric-sql/pglite-socket does this too, but it pins another PGlite version and seven extensions as
// peers; the protocol framing below is all the tests need.
import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';

const sslRequestCode = 80877103;
const cancelRequestCode = 80877102;
const protocolVersion3 = 196608;
const terminateMessage = 0x58; // 'X'

type Message = { bytes: Buffer; code: number | null };

/** Splits the complete messages off the front of `buffer`; the rest waits for more bytes. */
function takeMessages(buffer: Buffer, startedUp: boolean): { messages: Message[]; rest: Buffer; startedUp: boolean } {
  const messages: Message[] = [];
  let offset = 0;
  for (;;) {
    const available = buffer.length - offset;
    // Before start-up, messages have no type byte: a length, then a code or the protocol version.
    if (available < (startedUp ? 5 : 8)) break;
    const length = startedUp ? 1 + buffer.readInt32BE(offset + 1) : buffer.readInt32BE(offset);
    if (available < length) break;
    const bytes = buffer.subarray(offset, offset + length);
    // An untyped message's code: an SSL or cancel request, or the start-up message's protocol version.
    const code = startedUp ? null : bytes.readInt32BE(4);
    messages.push({ bytes, code });
    offset += length;
    if (code === protocolVersion3) startedUp = true;
  }
  return { messages, rest: buffer.subarray(offset), startedUp };
}

export type PgliteServer = { port: number; close: () => Promise<void> };

export async function startPgliteServer(): Promise<PgliteServer> {
  const database = new PGlite();
  await database.waitReady;
  // One session serves every connection in turn: messages run one at a time, in arrival order.
  let queue: Promise<unknown> = Promise.resolve();
  const run = <T>(work: () => Promise<T>) => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  const sockets = new Set<net.Socket>();

  const server = net.createServer((socket) => {
    sockets.add(socket);
    let pending: Buffer = Buffer.alloc(0);
    let startedUp = false;
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      // A connection cut mid-transaction must not leave the one session inside it.
      void run(async () => {
        if (database.isInTransaction()) await database.exec('ROLLBACK');
      });
    });
    socket.on('data', (data) => {
      const taken = takeMessages(Buffer.concat([pending, data]), startedUp);
      pending = taken.rest;
      startedUp = taken.startedUp;
      for (const { bytes, code } of taken.messages) {
        if (code === sslRequestCode) {
          socket.write('N'); // no TLS: go on in plain text
          continue;
        }
        if (code === cancelRequestCode) continue; // one session, nothing to cancel
        if (code === null && bytes[0] === terminateMessage) {
          socket.end();
          return;
        }
        void run(async () => {
          if (socket.destroyed) return;
          const answer = await database.execProtocolRaw(new Uint8Array(bytes));
          if (!socket.destroyed && answer.length > 0) socket.write(answer);
        });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the PGlite server has no TCP port');
  return {
    port: address.port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue;
      await database.close();
    },
  };
}
