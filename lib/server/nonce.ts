import 'server-only';
import { randomBytes } from 'node:crypto';

const nonceBytes = 16;
const poolBytes = 4096;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * A fresh Content-Security-Policy nonce: 16 bytes from the system's secure random source, in base64. The
 * bytes are drawn 4 KB at a time and each is handed out once: a call to `randomBytes` costs about the same
 * for 16 bytes as for 4,096 (14 µs here, 67 µs under load, against 0.1 µs a nonce from the pool), the way
 * Node.js buffers `randomUUID` itself (docs/performance.md, item 57).
 */
export function freshNonce(): string {
  if (offset + nonceBytes > pool.length) {
    pool = randomBytes(poolBytes);
    offset = 0;
  }
  const nonce = pool.toString('base64', offset, offset + nonceBytes);
  offset += nonceBytes;
  return nonce;
}
