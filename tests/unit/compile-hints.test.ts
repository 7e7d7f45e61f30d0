import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCompileHints, compileHint } from '@/scripts/compile-hints.mjs';

// A build folder shaped like Next.js's: the framework's files in build-manifest.json, each route's entry files in
// its client reference manifest, and a file only loaded on demand (a dynamic import) that neither lists.
let distDir: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(distDir, file)), { recursive: true });
  fs.writeFileSync(path.join(distDir, file), text);
};
const read = (file: string) => fs.readFileSync(path.join(distDir, file), 'utf8');
const routeManifest = (route: string, entryJSFiles: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST[${JSON.stringify(route)}]=${JSON.stringify({ entryJSFiles, entryCSSFiles: {} })};`;

beforeEach(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
  write(
    'build-manifest.json',
    JSON.stringify({ rootMainFiles: ['static/chunks/react.js', 'static/chunks/turbopack-runtime.js'] }),
  );
  write(
    'server/app/(app)/goals/page_client-reference-manifest.js',
    routeManifest('/(app)/goals/page', {
      '[project]/app/layout': ['static/chunks/layout.js'],
      '[project]/app/(app)/goals/page': ['static/chunks/layout.js', 'static/chunks/goals.js'],
    }),
  );
  write(
    'server/app/(auth)/sign-in/page_client-reference-manifest.js',
    routeManifest('/(auth)/sign-in/page', { '[project]/app/(auth)/sign-in/page': ['static/chunks/sign-in.js'] }),
  );
  for (const name of ['react', 'turbopack-runtime', 'layout', 'goals', 'sign-in', 'charts-on-demand'])
    write(`static/chunks/${name}.js`, `(globalThis.TURBOPACK||[]).push(["${name}"]);`);
});

afterEach(() => fs.rmSync(distDir, { recursive: true, force: true }));

describe('compile hints after the production build', () => {
  it("marks the framework's files and every route's entry files, and leaves files loaded on demand lazy", () => {
    addCompileHints(distDir);

    for (const name of ['react', 'turbopack-runtime', 'layout', 'goals', 'sign-in']) {
      expect(read(`static/chunks/${name}.js`)).toBe(`${compileHint}(globalThis.TURBOPACK||[]).push(["${name}"]);`);
    }
    expect(read('static/chunks/charts-on-demand.js')).toBe('(globalThis.TURBOPACK||[]).push(["charts-on-demand"]);');
  });

  it('puts the hint on the first line, where V8 reads it, once however often the step runs', () => {
    expect(addCompileHints(distDir)).toHaveLength(5);
    expect(addCompileHints(distDir)).toEqual([]);

    const goals = read('static/chunks/goals.js');
    expect(goals.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(goals.split('allFunctionsCalledOnLoad')).toHaveLength(2);
  });
});
