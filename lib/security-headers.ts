// The Content-Security-Policy for documents. Scripts need the per-request nonce;
// styles allow inline attributes because charts set them.
const oauthFormTargets: Record<string, string> = {
  github: 'https://github.com',
  google: 'https://accounts.google.com',
};

export function contentSecurityPolicy(options: { nonce: string; oauthProviderIds: string[] }) {
  const formTargets = options.oauthProviderIds.map((id) => oauthFormTargets[id]).filter(Boolean);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${formTargets.map((target) => ` ${target}`).join('')}`,
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}
