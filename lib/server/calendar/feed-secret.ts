// A calendar feed's secret: 32 random bytes, base64url, shown to its owner once and stored only as its
// SHA-256 (a fast hash is enough for 256 random bits: there is nothing to guess from it).
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

export function newFeedSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashFeedSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
