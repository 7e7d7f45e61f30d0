// The CV form's limits, apart from its schema (lib/career/cv.ts) so the browser's form does not load zod.

export const maxCvProfileLength = 600;
