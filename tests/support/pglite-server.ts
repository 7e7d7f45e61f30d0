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

const syncMessage = 0x53; // 'S': ends an extended-protocol cycle
const simpleQueryMessage = 0x51; // 'Q': a cycle of its own
const notificationMessage = 0x41; // 'A': NotificationResponse

/** Splits a run of typed backend messages into the notifications and the rest. */
function takeNotifications(answer: Uint8Array): { notifications: Buffer[]; rest: Buffer } {
  const bytes = Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength);
  const notifications: Buffer[] = [];
  const rest: Buffer[] = [];
  for (let offset = 0; offset + 5 <= bytes.length;) {
    const end = offset + 1 + bytes.readInt32BE(offset + 1);
    (bytes[offset] === notificationMessage ? notifications : rest).push(bytes.subarray(offset, end));
    offset = end;
  }
  return { notifications, rest: Buffer.concat(rest) };
}

/**
 * Several connections share PGlite's one session the way clients share a database that allows one at a
 * time: a connection holds the session from its first message until it ends a cycle (Sync, or a simple
 * query) outside a transaction. Without that, another connection's Parse between a Parse and its Bind
 * replaced the unnamed statement ("bind message supplies 3 parameters, but prepared statement requires 2"),
 * and its statements ran inside someone else's transaction. Notifications go to every connection that
 * asked to LISTEN, whichever connection's statement raised them, as PostgreSQL delivers them.
 */
export async function startPgliteServer(): Promise<PgliteServer> {
  const database = new PGlite();
  await database.waitReady;
  let holder: net.Socket | null = null;
  let released: Promise<void> = Promise.resolve();
  let release = () => {};
  const hold = async (socket: net.Socket) => {
    while (holder !== null && holder !== socket) await released;
    if (holder === socket) return;
    holder = socket;
    released = new Promise((resolve) => (release = resolve));
  };
  const letGo = (socket: net.Socket) => {
    if (holder !== socket) return;
    holder = null;
    release();
  };
  const sockets = new Set<net.Socket>();
  const listening = new Set<net.Socket>();
  const work = new Set<Promise<unknown>>();

  const server = net.createServer((socket) => {
    sockets.add(socket);
    let pending: Buffer = Buffer.alloc(0);
    let startedUp = false;
    // This connection's messages, one at a time in arrival order.
    let queue: Promise<unknown> = Promise.resolve();
    const run = (step: () => Promise<void>) => {
      const next = queue.then(step).catch(() => socket.destroy());
      queue = next;
      work.add(next);
      void next.finally(() => work.delete(next));
    };
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      listening.delete(socket);
      run(async () => {
        if (holder !== socket) return;
        // A connection cut mid-transaction must not leave the one session inside it.
        if (database.isInTransaction()) await database.exec('ROLLBACK');
        letGo(socket);
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
        if (code === null && /\blisten\b/i.test(bytes.toString('latin1'))) listening.add(socket);
        run(async () => {
          if (socket.destroyed) return;
          await hold(socket);
          const { notifications, rest } = takeNotifications(await database.execProtocolRaw(new Uint8Array(bytes)));
          if (!socket.destroyed && rest.length > 0) socket.write(rest);
          for (const notification of notifications)
            for (const listener of listening) if (!listener.destroyed) listener.write(notification);
          const endsCycle = code !== null || bytes[0] === syncMessage || bytes[0] === simpleQueryMessage;
          if (endsCycle && !database.isInTransaction()) letGo(socket);
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
      await Promise.allSettled([...work]);
      await database.close();
    },
  };
}
