// What the browser loads with a page is what its client components import. zod, the password dictionaries and
// Recharts once reached every page through one shared constant (docs/performance.md, "Client script"); this
// follows every value import from each client component and instrumentation-client.ts and fails when one of
// those packages is reachable. Charts reach Recharts only through import() (components/charts/lazy-charts.tsx),
// which this walk does not follow, on purpose.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const heavyPackages = [/^zod$/, /^zod\/v4$/, /^zod\/v4\/classic/, /^@zxcvbn-ts\//, /^recharts/];

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .flatMap((entry) =>
      entry.isFile() && /\.tsx?$/.test(entry.name) ? [path.join(entry.parentPath, entry.name)] : [],
    );
}

function directive(file: string): string | undefined {
  return /^\s*['"](use client|use server)['"]/.exec(fs.readFileSync(file, 'utf8'))?.[1];
}

function resolveProjectFile(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : path.resolve(path.dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => base + ending)
    .find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

/** Modules a file imports for their values (type-only imports are erased and cost no script). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!onlyTypes && ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    )
      specifiers.push(statement.moduleSpecifier.text);
  }
  return specifiers;
}

/** The chain of imports from `entry` to each heavy package it reaches. */
function heavyChains(entry: string): string[] {
  const cameFrom = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const chains: string[] = [];
  const chainTo = (file: string) => {
    const links: string[] = [];
    for (let link: string | null | undefined = file; link; link = cameFrom.get(link))
      links.unshift(path.relative(root, link));
    return links.join(' → ');
  };
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    // A server action is sent to the browser as a reference, not as its code.
    if (file !== entry && directive(file) === 'use server') continue;
    for (const specifier of valueImports(file)) {
      if (heavyPackages.some((heavy) => heavy.test(specifier))) chains.push(`${chainTo(file)} → ${specifier}`);
      if (!specifier.startsWith('@/') && !specifier.startsWith('.')) continue;
      const imported = resolveProjectFile(file, specifier);
      if (imported === undefined || cameFrom.has(imported)) continue;
      cameFrom.set(imported, file);
      queue.push(imported);
    }
  }
  return chains;
}

describe('the script every page loads', () => {
  const clientEntries = [...sourceFiles('app'), ...sourceFiles('components')].filter(
    (file) => directive(file) === 'use client',
  );

  it('finds the client components', () => {
    expect(clientEntries.length).toBeGreaterThan(20);
    expect(clientEntries).toContain(path.join(root, 'components/charts/lazy-charts.tsx'));
  });

  it('reaches neither zod, nor the password dictionaries, nor Recharts from a client component', () => {
    const entries = [...clientEntries, path.join(root, 'instrumentation-client.ts')];
    expect(entries.flatMap(heavyChains)).toEqual([]);
  });

  it('would name the chain that brings one in', () => {
    expect(heavyChains(path.join(root, 'lib/account/export-schema.ts')).join('\n')).toMatch(
      /lib\/account\/export-schema\.ts → zod$/m,
    );
  });
});
