import { Suspense, type ReactNode } from 'react';

/**
 * A part of a server page that React hydrates on its own, after the page around it, in short tasks that
 * let the browser breathe in between. It shows in the HTML at once like the rest (nothing in it waits for
 * data); a click or key press inside it before then is replayed by React once it is hydrated. For pages
 * with many forms, whose hydration in one go blocked a phone's main thread for a long while.
 */
export function HydrateApart({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
