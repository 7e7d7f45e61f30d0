/**
 * A value made the first time it is asked for, then kept. For Intl formatters and lists in modules the browser
 * loads: built at import, each one ran on the phone's main thread while the page started, used or not (three
 * date formats cost a goal page 60–100 ms there: docs/performance.md, item 47).
 */
export function madeOnFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
