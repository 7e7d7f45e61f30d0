// Security headers that do not depend on the request. The Content-Security-Policy
// needs a fresh nonce per page, so the server's gate (lib/server/request-gate.ts) sets it on documents; static assets
// get a locked-down policy here.
const baseSecurityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

// Static files (the build's assets and the icons in public/) carry no page: nothing may run or load from them.
const staticFileHeaders = [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The type check is a step of its own (`npm run typecheck`, the first of `npm test`, which stops on an error
  // before anything is built); the build repeated it: 22 of its 73 s here, on every first `npm start` too.
  typescript: { ignoreBuildErrors: true },
  // PGlite and react-pdf load WASM and font files through file URLs that break once bundled; argon2 is a
  // native addon.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', '@react-pdf/renderer'],
  experimental: {
    // An account import may be up to 20 MB (lib/account/export-schema.ts); a little room for the form.
    serverActions: { bodySizeLimit: '21mb' },
  },
  compiler: {
    // Marks the scripts a first load runs for compilation while they download, off the main thread
    // (scripts/compile-hints.mjs).
    async runAfterProductionCompile({ distDir }) {
      const { addCompileHints } = await import('./scripts/compile-hints.mjs');
      addCompileHints(distDir);
    },
  },
  async headers() {
    return [
      { source: '/:path*', headers: baseSecurityHeaders },
      { source: '/:file(favicon\\.ico|icon\\.svg)', headers: staticFileHeaders },
      { source: '/_next/static/:path*', headers: staticFileHeaders },
    ];
  },
};

module.exports = nextConfig;
