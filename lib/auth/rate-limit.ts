// Sign-in throttling rules. The data layer supplies recent failure times; this
// decides, so the rule can be tested without a clock or a database.

export const signInLimits = {
  windowMinutes: 15,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 20,
} as const;

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export type RecentFailures = {
  /** Times of failures for this email inside the window, any order. */
  byEmail: Date[];
  /** Times of failures from this IP address inside the window, any order. */
  byIp: Date[];
};

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - signInLimits.windowMinutes * 60_000);
}

export function decideSignInAttempt(failures: RecentFailures, now: Date): RateLimitDecision {
  const waits = [
    waitUntilBelowLimit(failures.byEmail, signInLimits.maxFailuresPerEmail, now),
    waitUntilBelowLimit(failures.byIp, signInLimits.maxFailuresPerIp, now),
  ].filter((wait): wait is number => wait !== null);
  if (waits.length === 0) return { allowed: true };
  const longestWaitMs = Math.max(...waits);
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(longestWaitMs / 60_000)) };
}

/** Milliseconds until fewer than `limit` failures remain in the window, or null if already below. */
function waitUntilBelowLimit(times: Date[], limit: number, now: Date): number | null {
  const start = windowStart(now).getTime();
  const inWindow = times
    .map((time) => time.getTime())
    .filter((time) => time > start)
    .sort((a, b) => b - a);
  if (inWindow.length < limit) return null;
  // The attempt is allowed again once the limit-th newest failure leaves the window.
  const blocking = inWindow[limit - 1] ?? start;
  return blocking + signInLimits.windowMinutes * 60_000 - now.getTime();
}

export function waitMessage(retryAfterMinutes: number): string {
  const unit = retryAfterMinutes === 1 ? 'minute' : 'minutes';
  return `Too many sign-in attempts. Try again in ${retryAfterMinutes} ${unit}.`;
}

/** The one message for any failed sign-in: it never says whether the email exists. */
export const genericSignInFailure = 'That email and password do not match an account.';
