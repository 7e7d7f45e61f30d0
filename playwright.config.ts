import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// The browser comes from the system (Debian's chromium); nothing is ever downloaded.
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => fs.existsSync(path));
  if (!found) {
    throw new Error(
      'End-to-end tests need Chromium. Install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH ' +
        'to a Chromium or Chrome binary. Tests never download a browser.',
    );
  }
  return found;
}

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording a trace for every test (to keep the failing ones) cost about a tenth of the suite's CPU; rerun a
    // failing test with `--trace on` to get one.
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${port}/sign-in`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
