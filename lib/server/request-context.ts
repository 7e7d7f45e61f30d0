// The request a line of log belongs to. The production server runs every request inside this store; it is
// kept on globalThis under a registered symbol so the server (plain Node, outside the bundle) and the app's
// bundled modules share one store, whichever of them creates it first.
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestContext = { requestId: string };

const storeKey = Symbol.for('trajectory.requestContext');

type WithRequestContext = { [storeKey]?: AsyncLocalStorage<RequestContext> };

/** The one store of request contexts in this process, created on first use. */
export function requestContextStore(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as WithRequestContext;
  holder[storeKey] ??= new AsyncLocalStorage<RequestContext>();
  return holder[storeKey];
}

/** The id of the request being served, if this code runs inside one. */
export function currentRequestId(): string | undefined {
  return requestContextStore().getStore()?.requestId;
}
