// The time zones the app can compute with: those this runtime's Intl knows, and UTC.
const knownTimeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** The zones offered in the forms, UTC first. */
export const timeZoneChoices = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];

export function isKnownTimeZone(zone: string): boolean {
  return knownTimeZones.has(zone);
}

/**
 * The zone to compute in for a stored one. A zone this runtime does not know (typed into the database,
 * or dropped from a newer tz database) must not fail every page: it is read as UTC until the user picks one.
 */
export function usableTimeZone(zone: string): string {
  return isKnownTimeZone(zone) ? zone : 'UTC';
}
