// How start-up names the database in use: the embedded folder, or PostgreSQL's host, port and database.
// Never the user's password: this line is printed and logged.

export type DatabaseTargetDescription = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export function describeDatabaseTarget(target: DatabaseTargetDescription): string {
  if (target.kind === 'pglite')
    return target.dataDir ? `embedded PGlite in ${target.dataDir}` : 'embedded PGlite in memory';
  const location = postgresLocation(target.url);
  return location ? `PostgreSQL at ${location.host}/${location.database}` : 'PostgreSQL (DATABASE_URL cannot be read)';
}

export type PostgresLocation = { host: string; database: string; user: string; password: string };

/** host:port, database, user and password of a postgres:// URL; undefined when it is not a URL. */
export function postgresLocation(url: string): PostgresLocation | undefined {
  try {
    const parsed = new URL(url);
    return {
      host: `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`,
      database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username),
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
    };
  } catch {
    return undefined;
  }
}
