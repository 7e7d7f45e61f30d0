// Next.js calls register() once when the server starts, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startDatabase } = await import('./db/lifecycle');
    await startDatabase();
  }
}
