// Requests refused before a server action runs (lib/server/request-gate.ts), and what the form then says. Next.js checks
// the same two things itself, but answers both with a 500 and a stack trace in the log; refused here first,
// the sender gets a 4xx with a sentence, and the form shows that sentence (components/ui/use-form-action.ts).
// docs/security.md, "Refused requests".
import { maxImportBytes } from '@/lib/account/import-limits';

/**
 * The largest request body the server reads: the largest import and a little room for the rest of the form.
 * next.config.js's serverActions.bodySizeLimit is the same ('21mb'; a unit test holds them together).
 */
export const maxRequestBodyBytes = maxImportBytes + 1024 * 1024;

/** What the sender is told, and the form shows after "This was not saved: ". */
export const refusedRequestMessages = {
  foreignOrigin: 'the form was sent from another site. Open Trajectory itself and send it from there.',
  tooLarge: `it is larger than ${maxImportBytes / 1024 / 1024} MB, the most the server accepts.`,
  lengthRequired: 'the request did not say how large it is.',
} as const;

export type RequestRefusal = { status: 403 | 411 | 413; message: string };

type IncomingRequest = { method: string; pathname: string; headers: Pick<Headers, 'get'> };

/** The host an Origin header names ("example.com:3000"), or null when it is not a URL (e.g. "null"). */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Why a form post to a page (a server action) is refused, or null to let it through:
 * - sent from another site: its Origin names neither the Host nor the X-Forwarded-Host the request came
 *   with (the same rule Next.js applies; a request without Origin is let through, as Next.js does, since a
 *   browser always sends one with a cross-site post);
 * - larger than maxRequestBodyBytes, or not saying how large it is.
 * Route handlers under /api (Auth.js) check their own requests.
 */
export function requestRefusal({ method, pathname, headers }: IncomingRequest): RequestRefusal | null {
  if (method !== 'POST' || pathname === '/api' || pathname.startsWith('/api/')) return null;
  const origin = headers.get('origin');
  if (origin !== null) {
    const from = originHost(origin);
    const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
    if (from === null || (from !== headers.get('host') && from !== forwardedHost))
      return { status: 403, message: refusedRequestMessages.foreignOrigin };
  }
  const length = headers.get('content-length');
  if (length === null) return { status: 411, message: refusedRequestMessages.lengthRequired };
  if (!/^\d+$/.test(length) || Number(length) > maxRequestBodyBytes)
    return { status: 413, message: refusedRequestMessages.tooLarge };
  return null;
}
