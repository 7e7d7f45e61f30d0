// When something was saved, as its owner reads it in their time zone, on a 24-hour clock.
import { dateLabel, localDate } from './calendar';
import { usableTimeZone } from './time-zones';

/** "at 14:32" when saved on the owner's today, else "on 25 Nov 2026 at 14:32". */
export function savedAtPhrase(savedAt: Date, storedTimeZone: string, now: Date = new Date()): string {
  const timeZone = usableTimeZone(storedTimeZone);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = localDate(savedAt, timeZone);
  const at = `at ${time.format(savedAt)}`;
  return day === localDate(now, timeZone) ? at : `on ${dateLabel(day)} ${at}`;
}
