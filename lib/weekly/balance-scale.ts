// The words and limits of the weekly form's balance fields, apart from their schema (lib/weekly/balance.ts) so the
// browser's form does not load zod.

/** The words of the balance rating, shown on its buttons: 1 is a draining week, 5 a sustainable one. */
export const balanceLabels = ['', 'Draining', 'Strained', 'Mixed', 'Good', 'Sustainable'] as const;

/** More than 120 hours in a 168-hour week is a typing mistake, not a week. */
export const maxHoursWorked = 120;
