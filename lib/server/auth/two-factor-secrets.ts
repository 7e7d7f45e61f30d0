// The secrets of two-factor sign-in at rest (docs/security.md "Two-factor sign-in"): the authenticator secret
// sealed with AES-256-GCM under a key derived from the server's auth secret, bound to its user; recovery codes
// made from 80 random bits and kept only as their SHA-256.
import 'server-only';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { recoveryCodeAlphabet, recoveryCodeCount, recoveryCodeLength } from '@/lib/auth/two-factor-code';
import { resolveAuthSecret } from './secret';

const sealVersion = 'v1';
const ivBytes = 12;

/** The key that seals authenticator secrets: HKDF-SHA-256 of the auth secret, for this one purpose. */
export function twoFactorKey(authSecret: string = resolveAuthSecret()): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, 'trajectory', 'two-factor secret encryption v1', 32));
}

/**
 * `v1.<iv>.<tag>.<ciphertext>`, base64url. The user id is authenticated data: a sealed secret copied to
 * another user's row does not open there.
 */
export function sealSecret(secret: string, userId: string, key: Buffer = twoFactorKey()): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(userId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [sealVersion, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The secret, or null when the sealed text was altered, belongs to another user or another key. */
export function openSecret(sealed: string, userId: string, key: Buffer = twoFactorKey()): string | null {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split('.');
  if (version !== sealVersion || iv === undefined || tag === undefined || ciphertext === undefined || rest.length)
    return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** Ten fresh recovery codes, compact (no dashes), as readSecondFactor gives them back. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () =>
    Array.from({ length: recoveryCodeLength }, () => recoveryCodeAlphabet[randomInt(recoveryCodeAlphabet.length)]).join(
      '',
    ),
  );
}

/** A fast hash is enough: 80 random bits leave nothing to guess, unlike a password (docs/security.md). */
export function hashRecoveryCode(compactCode: string): string {
  return createHash('sha256').update(compactCode).digest('hex');
}
