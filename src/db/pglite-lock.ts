import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Marks a PGlite folder as open by this process. PGlite runs inside one process and does not
 * guard its files, so a second process (a second `npm start`, or the import tool while the
 * app runs) could lose or damage data. Returns a release function, or the pid of the live
 * process that holds the folder. A lock left by a process that has exited is taken over.
 */
export function lockPgliteFolder(pgliteDir: string): { release: () => void } | { heldBy: number } {
  const lockPath = `${pgliteDir}.lock`;

  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return { release: () => rmSync(lockPath, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;

      const holder = Number(readFileSync(lockPath, 'utf8').trim());

      if (isRunning(holder)) return { heldBy: holder };

      rmSync(lockPath, { force: true });
    }
  }

  return { heldBy: Number.NaN };
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;

  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
