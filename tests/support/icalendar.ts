// Reads a feed back as a calendar app would, with ical.js (a real RFC 5545 parser, not our writer's rules).
import ICAL from 'ical.js';

export function parsedEvents(text: string): ICAL.Event[] {
  // ical.js types its parse result as `any`: it is jCal, the array form Component takes.
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

export function eventAt(events: ICAL.Event[], index: number): ICAL.Event {
  const event = events[index];
  if (!event) throw new Error(`no event ${index}; the feed has ${events.length}`);
  return event;
}
