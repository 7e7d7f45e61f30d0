// Next.js calls register() once before the server handles its first request (in production: when the
// first request arrives; scripts/server.mjs sends one itself at start). A failure exits the process.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerRequestGate } = await import('./lib/server/request-gate');
    registerRequestGate();
    const { startDatabaseOrExit } = await import('./db/lifecycle');
    await startDatabaseOrExit();
  }
}
