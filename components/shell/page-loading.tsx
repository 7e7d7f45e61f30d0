// Shown inside the signed-in shell while a heavy page loads its data, so a slow query never leaves the
// previous page on screen looking ready. Only routes that never answer 404 use it: inside a loading
// boundary the response has started streaming (status 200) before notFound() could run.
export function PageLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="h-8 w-48 rounded-lg bg-slate-200 dark:bg-slate-800" />
      <div aria-hidden="true" className="h-40 rounded-xl bg-slate-100 dark:bg-slate-900" />
      <div aria-hidden="true" className="h-40 rounded-xl bg-slate-100 dark:bg-slate-900" />
    </div>
  );
}
