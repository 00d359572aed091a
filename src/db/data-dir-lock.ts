import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { DomainError } from "../errors/domain-error";

/** The lock file's name inside the data directory. */
export const LOCK_FILE_NAME = "aso.lock";

type LockContent = { pid: number; hostname: string; startedAt: string };

/** A held lock on a data directory; `release()` is idempotent. */
export type DataDirLock = { path: string; release(): void };

/** Data directories this process holds, so a second open in the same process is refused too. */
const heldByThisProcess = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(path: string): LockContent | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockContent>;
    if (typeof parsed.pid !== "number") return undefined;
    return {
      pid: parsed.pid,
      hostname: String(parsed.hostname ?? ""),
      startedAt: String(parsed.startedAt ?? ""),
    };
  } catch {
    return undefined;
  }
}

function lockedError(dir: string, holder: LockContent | undefined): DomainError {
  const who = holder
    ? `process ${holder.pid}${holder.pid === process.pid ? " (this process)" : ""}${holder.hostname && holder.hostname !== hostname() ? ` on ${holder.hostname}` : ""}` +
      (holder.startedAt ? ` (since ${holder.startedAt})` : "")
    : "another process";
  return new DomainError(
    "db.data_dir_locked",
    `the data directory ${dir} is in use by ${who}; stop it first, or set DATA_DIR to another directory` +
      (holder?.hostname && holder.hostname !== hostname()
        ? ` (if that process is gone, delete ${join(dir, LOCK_FILE_NAME)})`
        : ""),
    { userMessage: "The embedded database is already in use by another process." },
  );
}

/**
 * Takes the exclusive lock on an embedded data directory: one PGlite per directory, for the life
 * of the process. The lock is a file created with O_EXCL holding the pid; a lock left by a process
 * that no longer runs (same host) is taken over. Released by `release()` and at process exit.
 *
 * @throws DomainError `db.data_dir_locked` naming the directory and the pid holding it.
 */
export function acquireDataDirLock(dir: string): DataDirLock {
  const path = join(dir, LOCK_FILE_NAME);
  if (heldByThisProcess.has(path)) {
    throw lockedError(dir, { pid: process.pid, hostname: hostname(), startedAt: "" });
  }
  const content: LockContent = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o644);
      try {
        writeSync(fd, `${JSON.stringify(content)}\n`);
      } finally {
        closeSync(fd);
      }
      heldByThisProcess.add(path);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldByThisProcess.delete(path);
        process.off("exit", release);
        const current = readLock(path);
        if (current?.pid === process.pid) {
          try {
            unlinkSync(path);
          } catch {
            // already gone
          }
        }
      };
      process.on("exit", release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(path);
      const sameHost = !holder || holder.hostname === "" || holder.hostname === hostname();
      // Our own pid in a lock this process does not hold: left by an earlier run that had the same
      // pid (containers restart with the same low pids), so it is stale.
      const stale =
        holder === undefined
          ? isStaleUnreadable(path)
          : sameHost && (holder.pid === process.pid || !isAlive(holder.pid));
      if (!stale) throw lockedError(dir, holder);
      try {
        unlinkSync(path); // stale: its process is gone; take it over
      } catch {
        // someone else took it over first; try again
      }
    }
  }
  throw lockedError(dir, readLock(path));
}

/**
 * A lock file we cannot parse: either a crash while writing it (stale), or a process that created
 * it an instant ago and is writing its pid now. Stale only once it is a few seconds old.
 */
function isStaleUnreadable(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > 5_000;
  } catch {
    return true;
  }
}
