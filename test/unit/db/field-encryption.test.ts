import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createKeyring,
  decryptField,
  encryptField,
  fingerprintField,
  fingerprintsOf,
} from "../../../src/db/field-encryption";

const keyA = randomBytes(32);
const keyB = randomBytes(32);

describe("field encryption", () => {
  it("encrypts with the current key, naming it, and never leaves the number in the ciphertext", () => {
    const ring = createKeyring(keyA);
    const a = encryptField(ring, "98765432101", "employee:1");
    const b = encryptField(ring, "98765432101", "employee:1");
    expect(a.keyId).toBe(ring.currentId);
    expect(a.ciphertext).not.toContain("98765432101");
    // A fresh IV each time: equal numbers do not give equal ciphertexts.
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(decryptField(ring, a.ciphertext, "employee:1")).toBe("98765432101");
  });

  it("refuses a ciphertext moved onto another owner or altered", () => {
    const ring = createKeyring(keyA);
    const { ciphertext } = encryptField(ring, "98765432101", "employee:1");
    expect(() => decryptField(ring, ciphertext, "employee:2")).toThrow();
    const parts = ciphertext.split(".");
    const body = Buffer.from(parts[4] as string, "base64");
    body[0] = (body[0] as number) ^ 1;
    parts[4] = body.toString("base64");
    expect(() => decryptField(ring, parts.join("."), "employee:1")).toThrow();
  });

  it("reads old ciphertexts through a previous key, and not once that key is gone", () => {
    const old = createKeyring(keyA);
    const { ciphertext } = encryptField(old, "5550001234", "employee:1");
    const rotated = createKeyring(keyB, [keyA]);
    expect(rotated.currentId).not.toBe(old.currentId);
    expect(decryptField(rotated, ciphertext, "employee:1")).toBe("5550001234");
    expect(() => decryptField(createKeyring(keyB), ciphertext, "employee:1")).toThrow(/no encryption key/);
  });

  it("finds a fingerprint made under an older key among the value's fingerprints", () => {
    const old = createKeyring(keyA);
    const made = fingerprintField(old, old.currentId, "011000015:5550001234");
    expect(fingerprintsOf(createKeyring(keyB, [keyA]), "011000015:5550001234")).toContain(made);
    expect(fingerprintsOf(createKeyring(keyB, [keyA]), "011000015:5550001235")).not.toContain(made);
  });

  it("refuses keys that are not 32 bytes", () => {
    expect(() => createKeyring(randomBytes(16))).toThrow(/32 bytes/);
  });
});
