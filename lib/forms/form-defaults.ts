/** A stored row as a form's starting values: text as is, numbers as text, flags as checkbox values; anything else is left out. */
export function formDefaults(row: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'string') values[key] = value;
    else if (typeof value === 'number') values[key] = String(value);
    else if (typeof value === 'boolean') values[key] = value ? 'on' : '';
  }
  return values;
}
