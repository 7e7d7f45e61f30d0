import path from 'node:path';
import { defineConfig } from 'vitest/config';

// 'server-only' throws outside a React Server bundle; tests run server modules directly.
const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default leaves one core free: a single worker on a two-core machine, where the integration tests
    // wait on the databases a third of the time. Every file has databases of its own, so files run side by side.
    maxWorkers: '100%',
    projects: [
      {
        resolve: { alias },
        // The bound only stops a hang: drawing review PDFs took over the 5 s default on a loaded machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          globalSetup: ['tests/support/pglite-template.ts'],
        },
      },
    ],
  },
});
