// Tags of achievements: typed as one comma-separated line, kept lower-case and once each, so a filter by
// "Leadership" and "leadership " finds the same entries.
export const maxTags = 10;
export const maxTagLength = 40;

/** "Delivery, leadership ,delivery" → ["delivery", "leadership"]: trimmed, spaces collapsed, lower-case, once each. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** Every tag in use, alphabetical, for the filter. */
export function tagsInUse(entries: { tags: string[] }[]): string[] {
  return [...new Set(entries.flatMap((entry) => entry.tags))].sort((a, b) => a.localeCompare(b));
}
