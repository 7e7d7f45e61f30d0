'use client';

import { createContext, useContext, type ReactNode } from 'react';

// The signed-in user's time zone (their setting, the one their weeks are counted in), for client components
// that write an instant: the same clock as every date the server wrote on the page.
const UserTimeZoneContext = createContext<string | null>(null);

export function UserTimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <UserTimeZoneContext value={timeZone}>{children}</UserTimeZoneContext>;
}

/** The user's time zone; the browser's outside the signed-in pages. */
export function useUserTimeZone(): string {
  return useContext(UserTimeZoneContext) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
