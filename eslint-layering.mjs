// Two layering rules ESLint's own no-restricted-imports cannot express: they depend on what a module
// is (marked 'use client'), or on what it must contain (the server-only guard).
const serverModule = /^(@\/db(\/|$)|@\/lib\/server(\/|$)|server-only$|node:)/;

const isUseClient = (program) =>
  program.body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');

/** @type {import('eslint').ESLint.Plugin} */
export const layering = {
  rules: {
    'client-imports-no-server-code': {
      meta: {
        type: 'problem',
        schema: [],
        messages: { server: "A 'use client' module is sent to the browser; '{{source}}' is server code." },
      },
      create(context) {
        let client = false;
        return {
          Program(program) {
            client = isUseClient(program);
          },
          ImportDeclaration(node) {
            if (!client || node.importKind === 'type') return;
            const source = String(node.source.value);
            if (serverModule.test(source)) context.report({ node, messageId: 'server', data: { source } });
          },
        };
      },
    },
    // Rules in lib/<area> are shared with the browser's forms. A Node built-in there would be bundled as a
    // polyfill (node:crypto brought 935 KB and an eval the CSP refused) instead of failing, so a module that
    // needs one must say it is server code: the build then refuses any client bundle that reaches it.
    'node-builtins-need-server-only': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          missing:
            "'{{source}}' works only on the server: start this module with import 'server-only' so no client bundle can reach it.",
        },
      },
      create(context) {
        let guarded = false;
        return {
          Program(program) {
            guarded = program.body.some(
              (node) => node.type === 'ImportDeclaration' && node.source.value === 'server-only',
            );
          },
          ImportDeclaration(node) {
            const source = String(node.source.value);
            if (guarded || node.importKind === 'type' || !source.startsWith('node:')) return;
            context.report({ node, messageId: 'missing', data: { source } });
          },
        };
      },
    },
    'server-only': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          missing:
            "Server modules start with import 'server-only', so a client bundle that reaches one fails the build.",
        },
      },
      create(context) {
        return {
          Program(program) {
            const guarded = program.body.some(
              (node) => node.type === 'ImportDeclaration' && node.source.value === 'server-only',
            );
            if (!guarded) context.report({ node: program, messageId: 'missing' });
          },
        };
      },
    },
  },
};
