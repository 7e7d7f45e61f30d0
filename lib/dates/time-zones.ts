// The time zones the app can compute with: those this runtime's Intl knows, and UTC. Listed on first use, so
// that a page importing this module for one zone (in the browser too) does not build the list of ~400.
let knownTimeZones: Set<string> | undefined;
let choices: readonly string[] | undefined;

/**
 * The zones offered in the forms, UTC first. Settings lists the browser's own, which may name a zone otherwise
 * (Firefox's "Asia/Kolkata" for V8's "Asia/Calcutta"): the forms' rule (`timeZoneField`) takes any name this
 * runtime can compute in and keeps its canonical spelling.
 */
export function timeZoneChoices(): readonly string[] {
  choices ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return choices;
}

/** The name this runtime's Intl gives `zone` ("Asia/Kolkata" → "Asia/Calcutta" on V8), or null if it has none. */
export function canonicalTimeZone(zone: string): string | null {
  if (zone.length === 0 || zone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isKnownTimeZone(zone: string): boolean {
  knownTimeZones ??= new Set(timeZoneChoices());
  return knownTimeZones.has(zone) || canonicalTimeZone(zone) !== null;
}

/**
 * The zone to compute in for a stored one. A zone this runtime does not know (typed into the database,
 * or dropped from a newer tz database) must not fail every page: it is read as UTC until the user picks one.
 */
export function usableTimeZone(zone: string): string {
  return isKnownTimeZone(zone) ? zone : 'UTC';
}
