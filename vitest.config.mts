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
    // Each project runs its files in worker threads, not child processes: on this machine a new process pays for
    // every page of fresh memory it touches, and each test file's process did. Integration on both databases took
    // 270 s in processes and 190 s in threads (CPU 5.5 → 3.4 min), unit 36 → 31 s; no test needs a process of
    // its own. (A project does not take the pool from this level.)
    projects: [
      {
        resolve: { alias },
        // The bound only stops a hang: drawing review PDFs took over the 5 s default on a loaded machine.
        test: {
          name: 'unit',
          pool: 'threads',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          pool: 'threads',
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
