import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Env } from "../config/env";
import { DomainError } from "../errors/domain-error";
import { createKeyring, type Keyring } from "./field-encryption";

/** The key file of the embedded mode, in DATA_DIR. */
export const EMBEDDED_KEY_FILE = "data-encryption.key";

/**
 * The keyring for data encrypted at rest (bank account numbers, Slack bot tokens).
 * `DATA_ENCRYPTION_KEY` (base64, 32 bytes) is the current key and `DATA_ENCRYPTION_PREVIOUS_KEYS`
 * the older ones still readable. Without a key:
 * - the embedded mode (no DATABASE_URL) generates one once into `DATA_DIR/data-encryption.key`,
 *   readable by its owner only (0600), and refuses a key file others can read;
 * - with DATABASE_URL nothing is derived or generated: storing or reading a bank account or a Slack
 *   installation stops with `config.invalid` naming the variable (the rest of the product runs without it).
 */
export async function loadKeyring(env: Env): Promise<Keyring> {
  const previous = env.DATA_ENCRYPTION_PREVIOUS_KEYS;
  if (env.DATA_ENCRYPTION_KEY) return createKeyring(env.DATA_ENCRYPTION_KEY, previous);
  if (env.DATABASE_URL) {
    throw new DomainError(
      "config.invalid",
      "DATA_ENCRYPTION_KEY is required to store or read bank accounts or Slack installations when DATABASE_URL is set (base64 of 32 random bytes)",
    );
  }
  const file = join(env.DATA_DIR, EMBEDDED_KEY_FILE);
  let key: Buffer;
  try {
    const info = await stat(file);
    if ((info.mode & 0o077) !== 0) {
      throw new DomainError(
        "config.invalid",
        `${file} may be readable by other users; run chmod 600 on it, or set DATA_ENCRYPTION_KEY`,
      );
    }
    key = Buffer.from((await readFile(file, "utf8")).trim(), "base64");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(env.DATA_DIR, { recursive: true });
    key = randomBytes(32);
    try {
      // `wx`: two processes starting at once never overwrite each other's key.
      await writeFile(file, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
      await chmod(file, 0o600);
    } catch (raced) {
      if ((raced as NodeJS.ErrnoException).code !== "EEXIST") throw raced;
      key = Buffer.from((await readFile(file, "utf8")).trim(), "base64");
    }
  }
  if (key.length !== 32)
    throw new DomainError("config.invalid", `${file} does not hold a 32-byte base64 key`);
  return createKeyring(key, previous);
}

/** The keyring, read once on first use: parts that never need it start without the key. */
export function lazyKeyring(env: Env): () => Promise<Keyring> {
  let keyring: Promise<Keyring> | undefined;
  return () => {
    keyring ??= loadKeyring(env);
    return keyring;
  };
}
