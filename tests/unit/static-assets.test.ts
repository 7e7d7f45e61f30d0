import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptedEncodings, compressStaticFiles, staticAssets } from '@/scripts/static-assets.mjs';

// A build folder shaped like Next.js's, compressed as `next build` does, served by a real HTTP server; whatever
// the assets do not answer, the stand-in for Next.js does, with 418 so a test can tell who answered.
const script = `console.log(${JSON.stringify('a line repeated to compress '.repeat(200))});\n`;
let distDir: string;
let server: http.Server;
let base: string;

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(distDir, file)), { recursive: true });
  fs.writeFileSync(path.join(distDir, file), text);
}

async function listen(handler: http.RequestListener) {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeEach(async () => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-assets-'));
  write('static/chunks/app.js', script);
  write('static/chunks/app.css', 'main { color: red }\n');
  await compressStaticFiles(distDir);
  write('static/late/added-after-build.js', script);
  const assets = staticAssets(distDir);
  await listen((request, response) => {
    if (!assets.serve(request, response)) response.writeHead(418).end('next');
  });
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(distDir, { recursive: true, force: true });
});

describe('the build’s static files', () => {
  it('are sent compressed with brotli when accepted, and read back as the file', async () => {
    const response = await fetch(`${base}/_next/static/chunks/app.js`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=UTF-8');
    expect(Number(response.headers.get('content-length'))).toBeLessThan(script.length / 10);
    expect(await response.text()).toBe(script);
  });

  it('fall back to gzip, and leave a client that accepts neither to Next.js', async () => {
    const gzipped = await fetch(`${base}/_next/static/chunks/app.css`, {
      headers: { 'accept-encoding': 'gzip, br;q=0' },
    });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('content-type')).toBe('text/css; charset=UTF-8');
    expect(await gzipped.text()).toBe('main { color: red }\n');
    const plain = await fetch(`${base}/_next/static/chunks/app.css`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status).toBe(418);
  });

  it('carry the security headers, the locked-down policy and a year of caching', async () => {
    const response = await fetch(`${base}/_next/static/chunks/app.js`, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('answer a repeated request with its tag by 304, and a HEAD with headers only', async () => {
    const url = `${base}/_next/static/chunks/app.js`;
    const first = await fetch(url, { headers: { 'accept-encoding': 'br' } });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+-br"$/);
    const again = await fetch(url, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const head = await fetch(url, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(await head.text()).toBe('');
  });

  it('leave every other request to Next.js: other paths, unknown or uncompressed files, posts, escapes', async () => {
    const leftToNext: [method: string, pathname: string][] = [
      ['GET', '/_next/static/chunks/missing.js'],
      ['GET', '/_next/static/late/added-after-build.js'],
      ['POST', '/_next/static/chunks/app.js'],
      ['GET', '/_next/static/chunks/../chunks/app.js'],
      ['GET', '/_next/static/chunks/app.js.br'],
      ['GET', '/goals'],
    ];
    for (const [method, pathname] of leftToNext) {
      // A raw request, so the path reaches the server as written (fetch would resolve the dots).
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const request = http.request(`${base}${pathname}`, { method, headers: { 'accept-encoding': 'br' } }, (r) => {
          r.resume();
          resolve(r.statusCode);
        });
        request.on('error', reject);
        request.path = pathname;
        request.end();
      });
      expect({ method, pathname, status }).toEqual({ method, pathname, status: 418 });
    }
  });
});

describe('acceptedEncodings', () => {
  it('reads names case-insensitively and drops those refused with q=0', () => {
    expect([...acceptedEncodings('GZIP;q=0.5, br;q=0, deflate')]).toEqual(['gzip', 'deflate']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});
