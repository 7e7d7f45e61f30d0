/** The client address as the nearest proxy reports it; "unknown" when there is none. */
export function clientIpAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
