import { describe, expect, it } from 'vitest';
import { hasWellFormedPercentEncoding } from '@/lib/url-path';

describe('a URL path’s percent-encoding', () => {
  it.each(['/api/calendar/abc_-.ics', '/goals/%C3%A9', '/a%20b', '/'])('%s decodes', (path) => {
    expect(hasWellFormedPercentEncoding(path)).toBe(true);
  });
  it.each(['/api/calendar/%ZZ', '/api/calendar/%', '/goals/%C3', '/a%2'])('%s does not', (path) => {
    expect(hasWellFormedPercentEncoding(path)).toBe(false);
  });
});
