// What the import form and the server agree on before a file is read. Kept apart from the export schema so the
// browser's import form and every form's refusal messages (lib/forms/refused-requests.ts) do not ship zod and
// every area's rules with them.

/** Larger files are refused before they are read. */
export const maxImportBytes = 20 * 1024 * 1024;

/** Said above the import form whenever a file is refused. */
export const nothingImported = 'Nothing was imported.';
