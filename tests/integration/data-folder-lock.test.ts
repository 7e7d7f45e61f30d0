// One process per embedded data folder: the server's lock file (db/data-folder-lock.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataFolder, lockFileName } from '@/db/data-folder-lock';

describe('the data folder lock', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-lock-'));
  const lockFile = path.join(folder, lockFileName);
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('is refused (ELOCKED) while another running process holds it', () => {
    fs.writeFileSync(lockFile, String(process.ppid)); // the parent process: alive, and not this one
    expect(() => lockDataFolder(folder)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock whose process is gone, and releases it', () => {
    fs.writeFileSync(lockFile, '2147483646'); // no such process
    const release = lockDataFolder(folder);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it('is taken when there is none', () => {
    const release = lockDataFolder(folder);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    release();
  });
});
