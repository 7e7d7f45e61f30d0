import 'server-only';

/** A record's creation and last change as the export writes them (docs/export-format.md). */
export const recordTimes = (row: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
