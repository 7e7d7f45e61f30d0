// An embedded data folder serves one process: PGlite takes no lock of its own, and two processes on one
// folder corrupt it. The server holds a lock file naming its process while it runs; a lock left by a
// process that is gone (killed, crashed, a container restarted) is taken over.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

export const lockFileName = 'server.lock';

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM'; // alive, someone else's
  }
}

/** Takes the folder for this process; throws an error with code ELOCKED when a running process has it. */
export function lockDataFolder(folder: string): () => void {
  const file = path.join(folder, lockFileName);
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    const holder = Number(fs.readFileSync(file, 'utf8').trim());
    if (isRunning(holder))
      throw Object.assign(new Error(`${folder} is in use by process ${holder}`), { code: 'ELOCKED' });
    fs.writeFileSync(file, String(process.pid));
  }
  return () => fs.rmSync(file, { force: true });
}
