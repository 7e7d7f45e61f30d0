// Headers that do not depend on the request, shared by next.config.js (everything Next.js answers) and
// scripts/static-assets.mjs (the build's files, answered before Next.js). The Content-Security-Policy of a
// document needs a fresh nonce, so the server's gate (lib/server/request-gate.ts) sets it on documents.

/** On every response. */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Static files (the build's assets and the icons in public/) carry no page: nothing may run or load from them. */
export const staticFileHeaders = [
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
];
