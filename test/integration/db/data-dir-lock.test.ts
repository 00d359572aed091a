import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, type DataDirLock, LOCK_FILE_NAME } from "../../../src/db/data-dir-lock";
import { isDomainError } from "../../../src/errors/domain-error";

describe("the data directory lock", () => {
  const dirs: string[] = [];
  const locks: DataDirLock[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "aso-lock-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const lock of locks.splice(0)) lock.release();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("writes this process's pid and removes the file on release", () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it("refuses a second holder, naming the directory and the pid", () => {
    const dir = freshDir();
    locks.push(acquireDataDirLock(dir));
    let error: unknown;
    try {
      acquireDataDirLock(dir);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error, "db.data_dir_locked")).toBe(true);
    expect((error as Error).message).toContain(
      `the data directory ${dir} is in use by process ${process.pid}`,
    );
  });

  it("treats a lock with this pid that this process does not hold as left by an earlier run", () => {
    const dir = freshDir();
    writeFileSync(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: process.pid, hostname: "", startedAt: "" }),
    );
    locks.push(acquireDataDirLock(dir));
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), "utf8")).startedAt).not.toBe("");
  });

  it("refuses a lock held on another host and says which file to delete if that process is gone", () => {
    const dir = freshDir();
    writeFileSync(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: 1, hostname: "some-other-host", startedAt: "2026-01-01T00:00:00Z" }),
    );
    expect(() => acquireDataDirLock(dir)).toThrow(
      `in use by process 1 on some-other-host (since 2026-01-01T00:00:00Z); stop it first, or set DATA_DIR to another directory (if that process is gone, delete ${join(dir, LOCK_FILE_NAME)})`,
    );
  });

  it("keeps a lock whose file is being written right now (unreadable but fresh)", () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE_NAME), "");
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by another process/);
  });
});
