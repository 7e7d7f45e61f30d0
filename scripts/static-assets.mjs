// The build's files under /_next/static/, compressed once when the app is built and sent as they are.
// Next.js compresses every response as it sends it: a first visit's twelve scripts and style sheet cost the
// server about 90 ms of CPU, each visit again (the files never change, but nothing kept the result), on a
// machine whose two cores the browser also needs for that page's first frame (docs/performance.md, item 61).
// Brotli at its highest setting also makes them a seventh smaller than Next.js's gzip.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { securityHeaders, staticFileHeaders } from './response-headers.mjs';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const contentTypes = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=UTF-8',
};
const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];
const urlPrefix = '/_next/static/';

function* filesUnder(folder) {
  if (!fs.existsSync(folder)) return;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(file);
    else yield file;
  }
}

/** Writes `name.br` and `name.gz` beside each text file of the build's static folder (`next build`, once). */
export async function compressStaticFiles(distDir) {
  for (const file of filesUnder(path.join(distDir, 'static'))) {
    if (!(path.extname(file) in contentTypes)) continue;
    const content = fs.readFileSync(file);
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
    ]);
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, gz);
  }
}

/** The encodings a client accepts, from its Accept-Encoding header (`q=0` refuses one). */
export function acceptedEncodings(header) {
  const accepted = new Set();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    if (name && !(quality && Number(quality.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * The build's compressed files, found when the server starts. `serve` answers a GET or HEAD for one of them
 * and returns true; anything else (another path, a file without its compressed copies, a client that accepts
 * neither encoding) returns false for Next.js to answer as before.
 */
export function staticAssets(distDir) {
  const assets = new Map();
  for (const file of filesUnder(path.join(distDir, 'static'))) {
    const contentType = contentTypes[path.extname(file)];
    if (!contentType || !encodings.every(({ suffix }) => fs.existsSync(file + suffix))) continue;
    const urlPath = urlPrefix + path.relative(path.join(distDir, 'static'), file).split(path.sep).join('/');
    const tag = createHash('sha256').update(fs.readFileSync(file)).digest('base64url').slice(0, 22);
    assets.set(urlPath, { file, contentType, tag, bodies: new Map() });
  }

  return {
    serve(request, response) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return false;
      const url = request.url ?? '';
      if (!url.startsWith(urlPrefix)) return false;
      const queryAt = url.indexOf('?');
      const asset = assets.get(queryAt === -1 ? url : url.slice(0, queryAt));
      if (!asset) return false;
      const accepted = acceptedEncodings(request.headers['accept-encoding']);
      const encoding = encodings.find(({ name }) => accepted.has(name));
      if (!encoding) return false;

      let body = asset.bodies.get(encoding.name);
      if (!body) {
        try {
          body = fs.readFileSync(asset.file + encoding.suffix);
        } catch {
          return false; // gone since the server started (a rebuild): Next.js answers
        }
        asset.bodies.set(encoding.name, body);
      }

      const etag = `"${asset.tag}-${encoding.name}"`;
      for (const { key, value } of [...securityHeaders, ...staticFileHeaders]) response.setHeader(key, value);
      response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      response.setHeader('Vary', 'Accept-Encoding');
      response.setHeader('ETag', etag);
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304).end();
        return true;
      }
      response.writeHead(200, {
        'Content-Type': asset.contentType,
        'Content-Encoding': encoding.name,
        'Content-Length': body.length,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}
