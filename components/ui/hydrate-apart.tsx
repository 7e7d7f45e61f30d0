import { Suspense, type ReactNode } from 'react';

/**
 * A part of a server page that React hydrates on its own, after the page around it, in short tasks that
 * let the browser breathe in between; a click or key press inside it before then is replayed by React once
 * it is hydrated. For pages with many forms, whose hydration in one go blocked a phone's main thread for a
 * long while. Below the first screen only: React's payload puts what comes after its first few KB in rows
 * of their own, sent a moment after the page's first part, and a boundary whose content is in such a row is
 * sent empty, filled once the row arrives and revealed no sooner than 300 ms after the first paint (React
 * 19.2 batches reveals). Around a page's main content that made the largest paint wait for it; on /goals
 * it also hydrated as one slice anyway (docs/performance.md, "Eighth round").
 */
export function HydrateApart({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
