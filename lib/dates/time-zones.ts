// The time zones the app can compute with: those this runtime's Intl knows, and UTC. Listed on first use, so
// that a page importing this module for one zone (in the browser too) does not build the list of ~400.
let knownTimeZones: Set<string> | undefined;
let choices: readonly string[] | undefined;

/**
 * The zones offered in the forms, UTC first. The browser's Intl and the server's list the same zones (both
 * are V8 with ICU); a zone the server does not know is refused by the form's validation with a message.
 */
export function timeZoneChoices(): readonly string[] {
  choices ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return choices;
}

export function isKnownTimeZone(zone: string): boolean {
  knownTimeZones ??= new Set(timeZoneChoices());
  return knownTimeZones.has(zone);
}

/**
 * The zone to compute in for a stored one. A zone this runtime does not know (typed into the database,
 * or dropped from a newer tz database) must not fail every page: it is read as UTC until the user picks one.
 */
export function usableTimeZone(zone: string): string {
  return isKnownTimeZone(zone) ? zone : 'UTC';
}
