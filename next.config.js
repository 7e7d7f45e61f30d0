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
    // (scripts/compile-hints.mjs), then compresses the build's files once, for the server to send as they are
    // (scripts/static-assets.mjs).
    async runAfterProductionCompile({ distDir }) {
      const { addCompileHints } = await import('./scripts/compile-hints.mjs');
      addCompileHints(distDir);
      const { compressStaticFiles } = await import('./scripts/static-assets.mjs');
      await compressStaticFiles(distDir);
    },
  },
  async headers() {
    const { securityHeaders, staticFileHeaders } = await import('./scripts/response-headers.mjs');
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/:file(favicon\\.ico|icon\\.svg)', headers: staticFileHeaders },
      { source: '/_next/static/:path*', headers: staticFileHeaders },
    ];
  },
};

module.exports = nextConfig;
