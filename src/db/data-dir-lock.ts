import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite keeps its data in a folder that only one process may open: two would corrupt it.
 * This lock file holds the owner's pid; a lock left by a process that has died is taken over.
 */
export type DataDirLock = { release(): void };

export type LockOutcome = { ok: true; lock: DataDirLock } | { ok: false; ownerPid: number; lockFile: string };

export function lockDataDir(dataDir: string): LockOutcome {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'landfall.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return {
        ok: true,
        lock: {
          release() {
            if (released) return;
            released = true;
            fs.rmSync(lockFile, { force: true });
          },
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const ownerPid = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
      if (Number.isInteger(ownerPid) && ownerPid !== process.pid && isAlive(ownerPid)) {
        return { ok: false, ownerPid, lockFile };
      }
      fs.rmSync(lockFile, { force: true }); // stale: its owner is gone
    }
  }
  throw new Error(`could not take the data folder lock ${lockFile}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
