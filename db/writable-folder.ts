// PGlite on a folder it cannot write fails deep inside WebAssembly ("RuntimeError: Aborted()"), which
// names neither the folder nor the disk. Writing a small file first turns that into an error with a code
// (EACCES, EROFS, ENOTDIR, ENOSPC) that start-up can explain.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

const probeBytes = 256 * 1024;

export function checkWritableFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true });
  const probe = path.join(folder, '.write-check');
  try {
    fs.writeFileSync(probe, Buffer.alloc(probeBytes));
  } finally {
    fs.rmSync(probe, { force: true });
  }
}
