// Apart from the forms' schemas (./two-factor-forms.ts) so the browser's Settings forms do not load zod.

/**
 * The forms' field names, unique on the Settings page (a field's id is made from its name, and the page has
 * other password fields); the server names them when it refuses one.
 */
export const twoFactorFields = {
  setupPassword: 'setupPassword',
  setupCode: 'setupCode',
  newCodesCode: 'newCodesCode',
  offPassword: 'offPassword',
  offCode: 'offCode',
} as const;
