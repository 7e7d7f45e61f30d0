// VTIMEZONE components (RFC 5545 §3.6.5), which must accompany every TZID a calendar uses. Built from the
// time-zone data the runtime already has (Intl), as the list of each offset change in the years asked for:
// no rule is guessed, so a zone that moved its DST dates, or dropped DST, is described as it really is.
// Calendar apps that know the IANA name use their own data; the rest read this.

const hourMs = 60 * 60 * 1000;
const weekMs = 7 * 24 * hourMs;

/** Reads minutes east of UTC in `timeZone` at an instant (one formatter, as this is asked thousands of times). */
export function offsetReader(timeZone: string): (instant: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  return (instant) => {
    const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
    const match = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '');
    if (!match) return 0; // "GMT" alone: UTC itself
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return match[1] === '-' ? -minutes : minutes;
  };
}

export type OffsetChange = { at: number; from: number; to: number };

/** Every change of offset from the start of `fromYear` to the end of `toYear`, each to the minute. */
export function offsetChanges(timeZone: string, fromYear: number, toYear: number): OffsetChange[] {
  const utcOffsetMinutes = offsetReader(timeZone);
  const changes: OffsetChange[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let before = Date.UTC(fromYear, 0, 1);
  let offset = utcOffsetMinutes(before);
  // Offsets change a few times a year at most, weeks apart (Morocco's pause for Ramadan is the shortest, about
  // a month): look a week at a time, then narrow the week that changed down to its minute.
  for (let after = before + weekMs; after <= end + weekMs; before = after, after += weekMs) {
    const next = utcOffsetMinutes(after);
    if (next === offset) continue;
    let low = before;
    let high = after;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (utcOffsetMinutes(middle) === offset) low = middle;
      else high = middle;
    }
    changes.push({ at: high, from: offset, to: next });
    offset = next;
  }
  return changes;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/** The wall-clock time an observance starts at, in the offset in force before it (§3.8.2.4). */
function localStamp(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/**
 * The VTIMEZONE of `timeZone` covering `fromYear` to `toYear`: the offset in force at their start, then one
 * observance per change. The larger offset of a change is daylight time, the smaller standard time.
 */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const key = `${timeZone} ${fromYear} ${toYear}`;
  const known = builtZones.get(key);
  if (known) return known;
  const lines = buildVtimezone(timeZone, fromYear, toYear);
  // A few zones and years in all, asked again at every fetch of a feed: worth keeping.
  if (builtZones.size >= maxBuiltZones) builtZones.clear();
  builtZones.set(key, lines);
  return lines;
}

const builtZones = new Map<string, string[]>();
const maxBuiltZones = 500;

function buildVtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const initial = offsetReader(timeZone)(start);
  const changes = offsetChanges(timeZone, fromYear, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const firstChange = changes[0];
  const initialIsDaylight = firstChange !== undefined && firstChange.to < initial;
  lines.push(...observance(initialIsDaylight ? 'DAYLIGHT' : 'STANDARD', localStamp(start, initial), initial, initial));
  for (const change of changes) {
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(...observance(kind, localStamp(change.at, change.from), change.from, change.to));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
}
