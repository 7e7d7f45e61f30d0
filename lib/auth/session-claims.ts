// What a session token carries beyond the user id, so it can be ended before it expires
// (docs/security.md "Sessions that end"): its own id, and the user's session version when it was issued.
import { z } from 'zod';

export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

export const sessionClaimsSchema = z.object({
  sub: z.uuid(),
  sid: z.uuid(),
  sv: z.number().int().nonnegative(),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

/** The claims of a token, or null for a token issued before sessions could end (it is signed out once). */
export function readSessionClaims(token: Record<string, unknown>): SessionClaims | null {
  const parsed = sessionClaimsSchema.safeParse(token);
  return parsed.success ? parsed.data : null;
}

/** When a token ended now could at the latest have expired anyway: ended sessions before this are forgotten. */
export function endedSessionsForgottenBefore(now: Date): Date {
  return new Date(now.getTime() - sessionMaxAgeSeconds * 1000);
}
