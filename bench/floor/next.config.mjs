import path from 'node:path';
import { addCompileHints } from '../../scripts/compile-hints.mjs';

// Resolves next and react from the project's own node_modules (two folders up). Its scripts get the same compile
// hint as the app's, so the yardstick is the framework delivered the way the app delivers it.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
  compiler: { runAfterProductionCompile: async ({ distDir }) => void addCompileHints(distDir) },
};

export default nextConfig;
