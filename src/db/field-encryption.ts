import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Encryption of single fields at rest (bank account numbers): AES-256-GCM with a random 96-bit IV,
 * the ciphertext naming the key it was made with, so keys can rotate while old rows stay readable.
 * The associated data binds a ciphertext to its owner (`employee:<id>`): a ciphertext copied onto
 * another person's row fails to decrypt instead of paying someone else.
 */

export type Keyring = {
  /** Id of the key new ciphertexts use. */
  currentId: string;
  /** Every key that may still be found on a row, current first. */
  keys: ReadonlyMap<string, Buffer>;
};

const VERSION = "v1";

/** A key's id: the first 12 hex digits of its SHA-256, so the same key always has the same id. */
export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}

/** A keyring from the current key and the previous ones (each exactly 32 bytes). */
export function createKeyring(current: Buffer, previous: readonly Buffer[] = []): Keyring {
  for (const key of [current, ...previous]) {
    if (key.length !== 32) throw new Error("an encryption key must be 32 bytes");
  }
  const keys = new Map<string, Buffer>();
  keys.set(keyIdOf(current), current);
  for (const key of previous) if (!keys.has(keyIdOf(key))) keys.set(keyIdOf(key), key);
  return { currentId: keyIdOf(current), keys };
}

export type EncryptedField = { ciphertext: string; keyId: string };

export function encryptField(keyring: Keyring, plaintext: string, owner: string): EncryptedField {
  const key = keyring.keys.get(keyring.currentId) as Buffer;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(owner, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  const parts = [
    VERSION,
    keyring.currentId,
    iv.toString("base64"),
    tag.toString("base64"),
    body.toString("base64"),
  ];
  return { ciphertext: parts.join("."), keyId: keyring.currentId };
}

/** Decrypts with the key the ciphertext names; a missing key or a tampered value throws. */
export function decryptField(keyring: Keyring, ciphertext: string, owner: string): string {
  const [version, keyId, iv, tag, body] = ciphertext.split(".");
  if (version !== VERSION || !keyId || !iv || !tag || body === undefined) {
    throw new Error("not an encrypted field");
  }
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`no encryption key with id ${keyId} is configured`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
  decipher.setAAD(Buffer.from(owner, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
}

/** The id of the key a ciphertext was made with. */
export function keyIdOfCiphertext(ciphertext: string): string | undefined {
  return ciphertext.split(".")[1];
}

function fingerprintKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "bank-account-fingerprint", 32));
}

/**
 * A keyed fingerprint of a value under one key (HMAC-SHA256 with a key derived from it), for finding
 * equal values without decrypting: unlike a plain hash it cannot be reversed by trying every number.
 */
export function fingerprintField(keyring: Keyring, keyId: string, value: string): string {
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`no encryption key with id ${keyId} is configured`);
  return createHmac("sha256", fingerprintKey(key)).update(value).digest("hex");
}

/** The value's fingerprint under every key of the ring: rows not yet re-encrypted still match. */
export function fingerprintsOf(keyring: Keyring, value: string): string[] {
  return [...keyring.keys.keys()].map((id) => fingerprintField(keyring, id, value));
}

/**
 * A keyed digest under the current key for `purpose` (HMAC-SHA256 with an HKDF-derived key): one-time
 * codes are stored this way, so a copy of the database does not let anyone try all million codes.
 */
export function keyedDigest(keyring: Keyring, purpose: string, value: string): string {
  const key = keyring.keys.get(keyring.currentId) as Buffer;
  const derived = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), purpose, 32));
  return createHmac("sha256", derived).update(value).digest("hex");
}
