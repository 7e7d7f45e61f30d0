import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { layering } from './eslint-layering.mjs';

const restrict = (...patterns) => ['error', { patterns }];
const nextImports = {
  group: ['next', 'next/*', 'next-auth', 'next-auth/*'],
  message: 'lib/<area> holds plain rules: no Next.js (server wiring lives in lib/server).',
};
const dbImports = {
  group: ['@/db', '@/db/*'],
  message: 'lib/<area> never reads the database: a loader in db/loaders combines queries and rules.',
};
const serverImports = {
  group: ['@/lib/server', '@/lib/server/*'],
  message: 'Server-only infrastructure is called from routes and actions, not from rules or views.',
};
const routeImports = { group: ['@/app', '@/app/*'], message: 'Nothing imports a route.' };
const nextLinkImports = {
  group: ['next/link'],
  message: 'Links to the app are InAppLink (components/ui/in-app-link.tsx): next/link cost every page server time.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,tsx,mts}'] })),
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    plugins: { layering },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A module marked 'use client' is sent to the browser: it may not reach server code.
      'layering/client-imports-no-server-code': 'error',
    },
  },
  // The layers of docs/architecture.md.
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/server/**'],
    rules: {
      'no-restricted-imports': restrict(nextImports, dbImports, serverImports, routeImports),
      'layering/node-builtins-need-server-only': 'error',
    },
  },
  {
    files: ['lib/server/**/*.ts', 'db/**/*.ts'],
    ignores: ['db/schema/**', 'db/migrations/**'],
    rules: {
      'no-restricted-imports': restrict(routeImports, {
        group: ['@/components', '@/components/*'],
        message: 'Server code does not render views.',
      }),
    },
  },
  {
    files: ['lib/server/**/*.ts', 'db/client.ts', 'db/queries/**/*.ts', 'db/loaders/**/*.ts'],
    rules: { 'layering/server-only': 'error' },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        { group: ['@/db', '@/db/*'], message: 'Components receive data as props.' },
        serverImports,
        routeImports,
        nextLinkImports,
      ),
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(nextLinkImports) },
  },
  {
    files: ['db/queries/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        routeImports,
        {
          group: ['@/db/loaders', '@/db/loaders/*'],
          message: 'Queries are the bottom layer; loaders build on them, not the other way.',
        },
        serverImports,
      ),
    },
  },
  // One logger for the server (lib/server/log/logger.ts, docs/architecture.md "Logs"), not console calls.
  // db/cli.ts is a command-line tool: it prints to the terminal of the person who ran it.
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'db/**/*.ts', 'lib/**/*.ts', 'instrumentation.ts'],
    ignores: ['db/cli.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  globalIgnores([
    '.next/**',
    'bench/floor/.next/**',
    'node_modules/**',
    'data/**',
    'db/migrations/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
]);
