import path from 'node:path';

// Resolves next and react from the project's own node_modules (two folders up).
/** @type {import('next').NextConfig} */
const nextConfig = { poweredByHeader: false, turbopack: { root: path.resolve(import.meta.dirname, '../..') } };

export default nextConfig;
