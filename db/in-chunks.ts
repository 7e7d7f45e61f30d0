// Long lists are written a chunk at a time: PostgreSQL binds at most 65,535 parameters in one statement,
// and a statement of a few thousand parameters stays quick to plan and short to log.
export const maxParametersPerStatement = 5_000;

/** Calls `write` with consecutive slices of `rows`, each binding at most maxParametersPerStatement parameters. */
export async function writeInChunks<T>(
  rows: readonly T[],
  parametersPerRow: number,
  write: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  const rowsPerChunk = Math.max(1, Math.floor(maxParametersPerStatement / parametersPerRow));
  for (let start = 0; start < rows.length; start += rowsPerChunk) await write(rows.slice(start, start + rowsPerChunk));
}
