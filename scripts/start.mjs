// `npm start`: build the production app when there is no build yet (or the
// sources changed since), then serve it. The server itself migrates the
// database and creates the demo account on first start (instrumentation.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const buildId = path.join(root, '.next', 'BUILD_ID');
const sourceFolders = ['app', 'components', 'db', 'lib'];
const sourceFiles = ['next.config.js', 'instrumentation.ts', 'package-lock.json', 'postcss.config.mjs'];

function newestSourceChange() {
  let newest = 0;
  const visit = (entry) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  [...sourceFolders, ...sourceFiles].forEach((name) => visit(path.join(root, name)));
  return newest;
}

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function build() {
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = fs.statSync(buildId, { throwIfNoEntry: false });
if (!built || built.mtimeMs < newestSourceChange()) {
  console.log('Building the production app (first start or sources changed)…');
  build();
}

// scripts/server.mjs serves it: it says "ready" only once the readiness check passes, and a start-up
// that fails ends this process with its exit code.
await import('./server.mjs');
