import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadEnv } from "../../../src/config/env";
import { EMBEDDED_KEY_FILE, loadKeyring } from "../../../src/db/data-encryption-key";

const dirs: string[] = [];
async function dataDir() {
  const dir = await mkdtemp(join(tmpdir(), "aso-key-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("the data encryption key", () => {
  it("uses DATA_ENCRYPTION_KEY, with previous keys readable", async () => {
    const current = randomBytes(32).toString("base64");
    const previous = randomBytes(32).toString("base64");
    const ring = await loadKeyring(
      loadEnv({
        DATA_ENCRYPTION_KEY: current,
        DATA_ENCRYPTION_PREVIOUS_KEYS: previous,
        DATA_DIR: "/nonexistent",
      }),
    );
    expect(ring.keys.size).toBe(2);
    expect(ring.keys.get(ring.currentId)?.toString("base64")).toBe(current);
  });

  it("refuses a key that is not base64 of 32 bytes, naming the variable", () => {
    expect(() => loadEnv({ DATA_ENCRYPTION_KEY: randomBytes(16).toString("base64") })).toThrow(
      /DATA_ENCRYPTION_KEY: must be base64 of exactly 32 bytes/,
    );
  });

  it("generates one key into DATA_DIR in the embedded mode, readable by its owner only", async () => {
    const dir = await dataDir();
    const first = await loadKeyring(loadEnv({ DATA_DIR: dir }));
    const file = join(dir, EMBEDDED_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = await loadKeyring(loadEnv({ DATA_DIR: dir }));
    expect(again.currentId).toBe(first.currentId);
    expect(Buffer.from((await readFile(file, "utf8")).trim(), "base64")).toHaveLength(32);
  });

  it("refuses a key file other users can read", async () => {
    const dir = await dataDir();
    await loadKeyring(loadEnv({ DATA_DIR: dir }));
    await chmod(join(dir, EMBEDDED_KEY_FILE), 0o644);
    await expect(loadKeyring(loadEnv({ DATA_DIR: dir }))).rejects.toThrow(/chmod 600/);
  });

  it("derives and generates nothing with a database URL and no key", async () => {
    const dir = await dataDir();
    await expect(
      loadKeyring(loadEnv({ DATABASE_URL: "postgresql://x@127.0.0.1/db", DATA_DIR: dir })),
    ).rejects.toThrow(/DATA_ENCRYPTION_KEY is required/);
    await expect(stat(join(dir, EMBEDDED_KEY_FILE))).rejects.toThrow();
  });
});
