// Two-factor sign-in's rules with the clock passed in: reading typed codes, the drift window, replays, the
// recovery codes' shape, and the sealed secret (docs/security.md "Two-factor sign-in").
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  groupSetupKey,
  readSecondFactor,
  recoveryCodeCount,
  refusedCodeMessage,
  twoFactorMessages,
} from '@/lib/auth/two-factor-code';
import { parseSignInForm } from '@/lib/auth/schema';
import { checkTotpCode, newTotpSecret, otpauthUri, qrCodeDataUrl, totpCodeAt } from '@/lib/server/auth/totp';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  openSecret,
  sealSecret,
  twoFactorKey,
} from '@/lib/server/auth/two-factor-secrets';

const now = new Date('2026-11-26T10:00:10Z');
const secondsFrom = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const userId = '7f1f6c2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const otherUserId = '0e2d6c1b-5a4f-4e3d-9c2b-1a0f9e8d7c6b';

describe('reading a typed code', () => {
  it('takes six digits with spaces or dashes as an app code', () => {
    for (const typed of ['123456', '123 456', ' 123-456 ', '1 2 3 4 5 6'])
      expect(readSecondFactor(typed)).toEqual({ kind: 'totp', code: '123456' });
  });

  it('takes a recovery code in any case, grouped or not', () => {
    const expected = { kind: 'recovery', code: 'abcdefghijk234mn' };
    expect(readSecondFactor('abcd-efgh-ijk2-34mn')).toEqual(expected);
    expect(readSecondFactor('ABCD EFGH IJK2 34MN')).toEqual(expected);
    expect(readSecondFactor('abcdefghijk234mn')).toEqual(expected);
  });

  it('refuses anything else', () => {
    for (const typed of ['', '12345', '1234567', '12345a', 'abcd-efgh-ijk2-34m', 'abcd-efgh-ijk0-34mn', '１２３４５６'])
      expect(readSecondFactor(typed)).toBeNull();
  });

  it('says which kind of code was refused', () => {
    expect(refusedCodeMessage('123 456')).toBe(twoFactorMessages.wrongCode);
    expect(refusedCodeMessage('abcd-efgh-ijk2-34mn')).toBe(twoFactorMessages.wrongRecoveryCode);
    expect(refusedCodeMessage('nonsense')).toBe(twoFactorMessages.wrongCode);
  });

  it('reaches the sign-in form as an optional field', () => {
    const form = (entries: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(entries)) data.set(name, value);
      return data;
    };
    expect(parseSignInForm(form({ email: 'a@example.com', password: 'x' }))).toMatchObject({
      success: true,
      data: { code: undefined },
    });
    expect(parseSignInForm(form({ email: 'a@example.com', password: 'x', code: ' 123 456 ' }))).toMatchObject({
      success: true,
      data: { code: '123 456' },
    });
  });
});

describe('app codes', () => {
  const secret = newTotpSecret();

  it('are made from a 160-bit base32 secret', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(groupSetupKey(secret).split(' ')).toHaveLength(8);
  });

  it('are accepted one step either side of now, not two', async () => {
    const code = await totpCodeAt(secret, now);
    expect(await checkTotpCode(secret, code, null, now)).toMatchObject({ ok: true });
    expect(await checkTotpCode(secret, code, null, secondsFrom(30))).toMatchObject({ ok: true });
    expect(await checkTotpCode(secret, code, null, secondsFrom(-30))).toMatchObject({ ok: true });
    expect(await checkTotpCode(secret, code, null, secondsFrom(60))).toEqual({ ok: false, reason: 'mismatch' });
    expect(await checkTotpCode(secret, code, null, secondsFrom(-60))).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('are refused once their step, or a later one, was used', async () => {
    const code = await totpCodeAt(secret, now);
    const first = await checkTotpCode(secret, code, null, now);
    if (!first.ok) throw new Error('the first use should pass');
    expect(first.step).toBe(Math.floor(now.getTime() / 30_000));
    expect(await checkTotpCode(secret, code, first.step, secondsFrom(5))).toEqual({ ok: false, reason: 'replayed' });
    const earlier = await totpCodeAt(secret, secondsFrom(-30));
    expect(await checkTotpCode(secret, earlier, first.step, now)).toEqual({ ok: false, reason: 'replayed' });
    const next = await totpCodeAt(secret, secondsFrom(30));
    expect(await checkTotpCode(secret, next, first.step, secondsFrom(30))).toMatchObject({ ok: true });
  });

  it('of another secret do not match', async () => {
    const code = await totpCodeAt(newTotpSecret(), now);
    expect(await checkTotpCode(secret, code, null, now)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('are set up from an otpauth URI drawn as an SVG image', async () => {
    const uri = otpauthUri(secret, 'ana@example.com');
    expect(uri).toBe(`otpauth://totp/Trajectory:ana%40example.com?secret=${secret}&issuer=Trajectory`);
    const image = await qrCodeDataUrl(uri);
    expect(image).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(image.split(',')[1] ?? '', 'base64').toString()).toMatch(/^<svg [^>]*viewBox/);
  });
});

describe('recovery codes', () => {
  it('are ten different 80-bit codes, printed in groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(recoveryCodeCount);
    expect(new Set(codes).size).toBe(recoveryCodeCount);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-7]{16}$/);
      expect(readSecondFactor(formatRecoveryCode(code))).toEqual({ kind: 'recovery', code });
    }
    expect(formatRecoveryCode('abcdefghijk234mn')).toBe('abcd-efgh-ijk2-34mn');
  });

  it('are stored as their SHA-256', () => {
    expect(hashRecoveryCode('abcdefghijk234mn')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('abcdefghijk234mn')).not.toBe(hashRecoveryCode('abcdefghijk234mm'));
  });
});

describe('the sealed secret', () => {
  const key = twoFactorKey('the server auth secret');
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('opens with the same key and user, and never holds the secret in clear', () => {
    const sealed = sealSecret(secret, userId, key);
    expect(sealed).not.toContain(secret);
    expect(sealed).not.toBe(sealSecret(secret, userId, key));
    expect(openSecret(sealed, userId, key)).toBe(secret);
  });

  it('refuses to open when tampered with, for another user, or under another auth secret', () => {
    const sealed = sealSecret(secret, userId, key);
    const [version, iv, tag, ciphertext] = sealed.split('.');
    const flipped = Buffer.from(ciphertext ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(openSecret([version, iv, tag, flipped.toString('base64url')].join('.'), userId, key)).toBeNull();
    expect(openSecret(sealed, otherUserId, key)).toBeNull();
    expect(openSecret(sealed, userId, twoFactorKey('another auth secret'))).toBeNull();
    expect(openSecret('not sealed at all', userId, key)).toBeNull();
    expect(openSecret(`${sealed}.extra`, userId, key)).toBeNull();
  });
});
