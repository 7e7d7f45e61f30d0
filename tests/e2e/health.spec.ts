// Health endpoints for load balancers (README, "Running as a service"), answered by the production server
// (scripts/server.mjs) without a session, never cached, with no user data; every answer carries its
// request id.
import { expect, test } from '@playwright/test';

test('readiness answers 200 with the database reachable and every migration applied, signed out', async ({
  request,
}) => {
  const response = await request.get('/api/health/ready', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(await response.json()).toEqual({ status: 'ready', database: 'reachable', pendingMigrations: 0 });
});

test('liveness answers 200 without a session and is never cached', async ({ request }) => {
  const response = await request.get('/api/health/live', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(await response.json()).toEqual({ status: 'live' });
});

test('a well-formed x-request-id is kept; a malformed one is replaced by a fresh id', async ({ request }) => {
  const kept = await request.get('/api/health/live', { headers: { 'x-request-id': 'lb-4711.a_b-c' } });
  expect(kept.headers()['x-request-id']).toBe('lb-4711.a_b-c');
  const replaced = await request.get('/api/health/live', { headers: { 'x-request-id': 'has spaces; and more' } });
  expect(replaced.headers()['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
});
