// The app's server, for `npm start` (and the end-to-end suite) and, with --dev, `npm run dev`: Next.js behind
// Node's own HTTP server, so that a stop can be graceful and every request meets the app's gate first.
// `next start` answers SIGTERM by closing its listener and exiting at once (143), with no way to finish requests
// in flight or close the database in between. Here SIGTERM/SIGINT stops taking connections, lets requests in
// flight finish, then runs the app's shutdown (job runner, database: PGlite flushes), all within a bound. Every
// request runs inside a request context carrying its id (the x-request-id header, kept when well-formed), also
// sent back, and passes lib/server/request-gate.ts: refused posts, malformed paths and signed-out visitors are
// answered there, and a page gets its CSP nonce.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import v8 from 'node:v8';
import { staticAssets } from './static-assets.mjs';

const dev = process.argv.includes('--dev');
process.env.NODE_ENV = dev ? 'development' : 'production';
// V8 lets the heap grow to several times what a major collection leaves before the next one: under ten
// concurrent renders the embedded server reached 578 MB resident for a live heap under 100 MB. A bound on that
// growth keeps it under 400 MB but costs requests a second: 9–14 % at 30 % (docs/performance.md, items 69 and
// 72). The embedded database shares this process and its memory, so it keeps a bound; with PostgreSQL, which
// runs in its own server, the heap grows as V8 sees fit.
if (!process.env.DATABASE_URL) v8.setFlagsFromString('--heap-growing-percent=50');
// The embedded database is PostgreSQL compiled to WebAssembly. V8 first compiles it with its baseline compiler
// (Liftoff) and recompiles the functions that run often with its optimising one (TurboFan), which kept about
// 70 MB more resident from the start. Pages read the database once per change (db/loaders/history-memo.ts),
// so the optimised code bought no measurable throughput; the heavy account's `npm run bench` keeps its target.
// PostgreSQL proper runs in its own server: nothing else here is WebAssembly.
v8.setFlagsFromString('--liftoff-only');
const { default: next } = await import('next');

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT || 3000);
const stopBoundMs = 10_000;
const wellFormedRequestId = /^[A-Za-z0-9._-]{1,64}$/;

/** Shared with the app's logger (contract: get or create; the store is `{ requestId }`). */
const contextKey = Symbol.for('trajectory.requestContext');
globalThis[contextKey] ??= new AsyncLocalStorage();
const requestContext = globalThis[contextKey];

const app = next({ dev, dir: root, port });
await app.prepare();
const handle = app.getRequestHandler();
// The build's scripts and style sheets, compressed when it was built (scripts/static-assets.mjs).
const assets = dev ? null : staticAssets(path.join(root, '.next'));

function requestIdOf(request) {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && wellFormedRequestId.test(incoming) ? incoming : randomUUID();
}

/** Registered by instrumentation.ts once the app has started (lib/server/request-gate.ts). */
const requestGateKey = Symbol.for('trajectory.gateRequest');
let startedUp;

async function serve(request, response) {
  // A request while the app is still starting waits for it: the gate is the app's.
  if (!globalThis[requestGateKey] && !request.url?.startsWith('/api/health')) await startedUp;
  const gate = globalThis[requestGateKey];
  const decision = gate
    ? await gate({ method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers })
    : { policy: null };
  if (decision.answer) {
    const { status, headers, body } = decision.answer;
    response.writeHead(status, headers).end(body);
    return;
  }
  if (decision.policy) response.setHeader('Content-Security-Policy', decision.policy);
  await handle(request, response);
}

const server = http.createServer((request, response) => {
  const requestId = requestIdOf(request);
  request.headers['x-request-id'] = requestId;
  response.setHeader('x-request-id', requestId);
  if (assets?.serve(request, response)) return;
  requestContext.run({ requestId }, () => {
    serve(request, response).catch((error) => {
      console.error('Request failed', request.method, request.url?.split('?')[0], error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
});

let stopping = false;

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`  ${signal}: finishing the requests in flight, then closing the database…`);
  setTimeout(() => {
    console.error(`  Stop took longer than ${stopBoundMs / 1000} s: exiting without waiting any longer.`);
    process.exit(1);
  }, stopBoundMs).unref();
  // Keep-alive connections that go idle once their last response is sent are closed as they do.
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  await new Promise((resolve) => server.close(resolve));
  clearInterval(idleSweep);
  await globalThis[Symbol.for('trajectory.shutdown')]?.();
  console.log('  Stopped.');
  process.exit(0);
}

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void stop(signal));

server.listen(port, () => (startedUp = warmUp()));

// Next.js runs instrumentation.ts (migrations, demo account, job runner) before its first request; one
// is sent now so start-up happens at start. A start-up that fails exits the process (db/lifecycle.ts).
async function warmUp() {
  while (!stopping) {
    try {
      const readiness = await fetch(`http://127.0.0.1:${port}/api/health/ready`);
      if (readiness.ok) {
        // For the person who started the server, as it is: the console is the logger's by now (docs/architecture.md, "Logs").
        process.stdout.write(`\n  Trajectory is ready on http://localhost:${port}\n\n`);
        return;
      }
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
