// `npm start`: build the production app when there is no build yet (or the
// sources changed since), then serve it. The server itself migrates the
// database and creates the demo account on first start (instrumentation.ts).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const buildId = path.join(root, '.next', 'BUILD_ID');
const sourceFolders = ['app', 'components', 'db', 'lib'];
const sourceFiles = ['next.config.js', 'proxy.ts', 'instrumentation.ts', 'package-lock.json', 'postcss.config.mjs'];

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

// Next.js prepares the database on the first request; make that happen now, so
// the demo account is printed at start and the first visitor does not wait.
async function warmUp(port) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/sign-in`);
      console.log(`\n  Trajectory is ready on http://localhost:${port}\n`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const built = fs.statSync(buildId, { throwIfNoEntry: false });
if (!built || built.mtimeMs < newestSourceChange()) {
  console.log('Building the production app (first start or sources changed)…');
  build();
}

const port = process.env.PORT || '3000';
const server = spawn(process.execPath, [nextBin, 'start', '-p', port, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
void warmUp(port);
