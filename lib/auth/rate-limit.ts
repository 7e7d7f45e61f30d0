// Sign-in throttling rules (docs/security.md "Sign-in throttling"). The data layer supplies recent failure
// times; this decides, so the rule can be tested without a clock or a database.

export const signInLimits = {
  windowMinutes: 15,
  /** Failures one address may spend on one account in fifteen minutes; the tiers below make waits grow. */
  maxFailuresPerAccountAndAddress: 5,
  /** Failures on one account from every address together: the cap on guessing from many addresses. */
  maxFailuresPerAccount: 50,
  /** Failures from one address across accounts; counted only when the address is known (trusted proxies). */
  maxFailuresPerAddress: 20,
} as const;

/**
 * One address guessing one account meets longer windows as it goes on: five failures a quarter hour, fifteen an
 * hour, thirty in six hours, fifty a day. A guesser waits longer each round; the owner elsewhere is untouched.
 */
export const accountAndAddressTiers = [
  { failures: signInLimits.maxFailuresPerAccountAndAddress, minutes: signInLimits.windowMinutes },
  { failures: 15, minutes: 60 },
  { failures: 30, minutes: 6 * 60 },
  { failures: 50, minutes: 24 * 60 },
] as const;

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export type RecentFailures = {
  /** This account's failures from this address since historyStart, any order. */
  byAccountAndAddress: Date[];
  /** This account's failures from every address since windowStart, any order. */
  byAccount: Date[];
  /** This address's failures since windowStart; null when the address cannot be trusted (docs/security.md). */
  byAddress: Date[] | null;
};

const minute = 60_000;

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - signInLimits.windowMinutes * minute);
}

/** How far back the account-and-address failures are read: the longest tier. */
export function historyStart(now: Date): Date {
  const longest = Math.max(...accountAndAddressTiers.map((tier) => tier.minutes));
  return new Date(now.getTime() - longest * minute);
}

export function decideSignInAttempt(failures: RecentFailures, now: Date): RateLimitDecision {
  const waits = [
    ...accountAndAddressTiers.map((tier) =>
      waitUntilBelowLimit(failures.byAccountAndAddress, tier.failures, tier.minutes, now),
    ),
    waitUntilBelowLimit(failures.byAccount, signInLimits.maxFailuresPerAccount, signInLimits.windowMinutes, now),
    failures.byAddress &&
      waitUntilBelowLimit(failures.byAddress, signInLimits.maxFailuresPerAddress, signInLimits.windowMinutes, now),
  ].filter((wait): wait is number => typeof wait === 'number');
  if (waits.length === 0) return { allowed: true };
  const longestWaitMs = Math.max(...waits);
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(longestWaitMs / minute)) };
}

/** Milliseconds until fewer than `limit` failures remain in the window, or null if already below. */
export function waitUntilBelowLimit(times: Date[], limit: number, windowMinutes: number, now: Date): number | null {
  const start = now.getTime() - windowMinutes * minute;
  const inWindow = times
    .map((time) => time.getTime())
    .filter((time) => time > start)
    .sort((a, b) => b - a);
  if (inWindow.length < limit) return null;
  // The attempt is allowed again once the limit-th newest failure leaves the window.
  const blocking = inWindow[limit - 1] ?? start;
  return blocking + windowMinutes * minute - now.getTime();
}

export function waitMessage(retryAfterMinutes: number): string {
  const unit = retryAfterMinutes === 1 ? 'minute' : 'minutes';
  return `Too many sign-in attempts. Try again in ${retryAfterMinutes} ${unit}.`;
}

/** The one message for any failed sign-in: it never says whether the email exists. */
export const genericSignInFailure = 'That email and password do not match an account.';
