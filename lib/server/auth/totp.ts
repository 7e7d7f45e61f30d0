// Time-based codes (RFC 6238) as authenticator apps make them: SHA-1, six digits, 30-second steps. The clock
// is an argument, so tests move time instead of waiting for it.
import 'server-only';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

export const totpPeriodSeconds = 30;
/** One step either side of now: a phone's clock a little off, or a code typed just as it changed. */
const driftSeconds = totpPeriodSeconds;

const epochOf = (now: Date) => Math.floor(now.getTime() / 1000);

/** A new secret: 20 random bytes (160 bits, as RFC 4226 recommends), base32. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The code an app shows at `now`; for tests, which play the app. */
export function totpCodeAt(secret: string, now: Date): Promise<string> {
  return generate({ secret, epoch: epochOf(now) });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'mismatch' | 'replayed' };

/**
 * Checks a six-digit code against the secret at `now`, allowing one step of drift. A code whose step is not
 * after `lastUsedStep` is refused: a code seen once (over a shoulder, in a proxy's log) cannot sign in again.
 */
export async function checkTotpCode(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  now: Date,
): Promise<TotpCheck> {
  const result = await verify({ secret, token: code, epoch: epochOf(now), epochTolerance: driftSeconds });
  // The functional API's result type also covers HOTP, which has no time step.
  if (!result.valid || !('timeStep' in result)) return { ok: false, reason: 'mismatch' };
  if (lastUsedStep !== null && result.timeStep <= lastUsedStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step: result.timeStep };
}

/** What an app scans: an otpauth:// URI naming Trajectory and the account. */
export function otpauthUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: 'Trajectory', label: accountEmail, secret });
}

/**
 * The URI as a QR code, an SVG in a data: URL for an <img> (the CSP allows data: images; no script draws it).
 */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
