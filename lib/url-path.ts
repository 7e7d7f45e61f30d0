/**
 * Whether a URL path's percent-encoding can be decoded. A path with `%ZZ` or a lone `%` names no page, yet
 * Next.js answers it with a 500 when it decodes a dynamic segment (`/api/calendar/%ZZ`); the server's gate
 * (lib/server/request-gate.ts) answers it 404 first.
 */
export function hasWellFormedPercentEncoding(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
