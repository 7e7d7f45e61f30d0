import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * AUTH_SECRET when set; otherwise a secret generated on first start and kept in
 * the data folder, so the quick start needs no configuration. Several app
 * instances must share one AUTH_SECRET instead.
 */
export function resolveAuthSecret(): string {
  const { authSecret, dataDir } = env();
  if (authSecret) return authSecret;
  // Read on every request (the proxy and the page decode the session token): from the file once per process.
  secretFromFile ??= secretInFolder(dataDir);
  return secretFromFile;
}

let secretFromFile: string | undefined;

function secretInFolder(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    // 'wx' fails if another process won the race; then read theirs.
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}
