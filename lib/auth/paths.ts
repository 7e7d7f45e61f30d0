/** Request header the server sets with the path being visited, for "return here after sign-in" (lib/server/request-gate.ts). */
export const pathHeader = 'x-trajectory-path';

/** A callback URL is honoured only when it is a path on this site. */
export function safeCallbackPath(candidate: string | null | undefined, fallback = '/dashboard'): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return fallback;
  }
  return candidate;
}
