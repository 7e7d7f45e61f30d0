// What the user chose to include in a document they take out of the app (the JSON Resume, the CV).
// Pay is private: it is included only when the user ticks it for that export, never by default.

/** The query parameter an export's link carries when the user ticked "include pay". */
export const includePayParam = 'pay';

/**
 * True only when the export was asked for with pay ticked (`pay=1`, or `pay=on` from a checkbox), in a
 * link's query or a posted form.
 */
export function includesPay(params: Pick<URLSearchParams | FormData, 'get'>): boolean {
  const value = params.get(includePayParam);
  return value === '1' || value === 'on';
}
