// Run by `next build` (next.config.js, `compiler.runAfterProductionCompile`): marks the script files every first
// load runs with V8's explicit compile hint, so Chromium compiles their functions while the file downloads, on
// a background thread, instead of one function at a time on the main thread as each is first called.
// On a phone the main thread is what the page waits for: the bare Next.js page spent most of its one long task
// compiling React and the framework lazily (docs/performance.md, "Tenth round"). Only the files a page loads
// up front are marked (the framework's own and each route's entry files); a file loaded later on demand, such
// as the charts' library, stays lazy, since compiling functions that may never run would cost memory and time.
// Browsers without the hint read it as a comment.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const compileHint = '//# allFunctionsCalledOnLoad\n';

/** The script files a first load runs: the framework's (every page) and each route's entry files. */
export function filesRunOnLoad(distDir) {
  const files = new Set();
  const buildManifest = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'));
  for (const file of buildManifest.rootMainFiles ?? []) files.add(file);
  for (const manifestFile of clientReferenceManifests(path.join(distDir, 'server', 'app'))) {
    // Each is a script assigning `globalThis.__RSC_MANIFEST[route] = {…}`; only data, run in an empty context.
    const context = { globalThis: { __RSC_MANIFEST: {} } };
    vm.runInNewContext(fs.readFileSync(manifestFile, 'utf8'), context);
    for (const manifest of Object.values(context.globalThis.__RSC_MANIFEST))
      for (const entryFiles of Object.values(manifest.entryJSFiles ?? {}))
        for (const file of entryFiles) files.add(file);
  }
  return [...files].filter((file) => file.endsWith('.js')).sort();
}

function clientReferenceManifests(folder) {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('_client-reference-manifest.js'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Puts the hint at the top of each file run on load (once: a second build step leaves a marked file as is). */
export function addCompileHints(distDir) {
  const marked = [];
  for (const file of filesRunOnLoad(distDir)) {
    const location = path.join(distDir, file);
    const source = fs.readFileSync(location, 'utf8');
    if (source.startsWith(compileHint)) continue;
    fs.writeFileSync(location, compileHint + source);
    marked.push(file);
  }
  return marked;
}
