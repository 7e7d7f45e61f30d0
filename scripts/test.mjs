// `npm test`: the type check, the linter and the format check side by side (each keeps one core busy, and CI's
// machine has two), then the unit, integration and end-to-end tests in turn. Stops at the first failure, with
// its exit code.
import { spawn } from 'node:child_process';

function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const checks = await Promise.all(['typecheck', 'lint:code', 'lint:format'].map(run));
const failedCheck = checks.find((code) => code !== 0);
if (failedCheck !== undefined) process.exit(failedCheck);
for (const script of ['test:unit', 'test:integration', 'test:e2e']) {
  const code = await run(script);
  if (code !== 0) process.exit(code);
}
