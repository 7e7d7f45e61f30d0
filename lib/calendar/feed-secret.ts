// The shape of a calendar feed's secret in its URL: 32 random bytes in base64url, 43 characters, no padding.
// Anything else is answered 404 before the database is asked.
export const feedSecretPattern = /^[A-Za-z0-9_-]{43}$/;

/** The secret of `/api/calendar/<secret>.ics`, or null when the file name cannot hold one. */
export function feedSecretFromFileName(fileName: string): string | null {
  const match = /^(.*)\.ics$/.exec(fileName);
  const secret = match?.[1];
  return secret !== undefined && feedSecretPattern.test(secret) ? secret : null;
}

export function feedPath(secret: string): string {
  return `/api/calendar/${secret}.ics`;
}
