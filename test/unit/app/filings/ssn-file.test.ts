import { describe, expect, it } from "vitest";
import { parseSsnFile } from "../../../../src/app/filings/ssn-file";

describe("parseSsnFile", () => {
  it("reads external_id,ssn lines, with or without a header and dashes", () => {
    const ssns = parseSsnFile("external_id,ssn\nE00001,123-45-6789\r\nE00002, 234567890\n\n");
    expect([...ssns.entries()]).toEqual([
      ["E00001", "123456789"],
      ["E00002", "234567890"],
    ]);
  });

  it("names the line of an invalid SSN without repeating the number", () => {
    for (const bad of [
      "000-12-3456",
      "666-12-3456",
      "912-34-5678",
      "123-00-4567",
      "123-45-0000",
      "12345678",
    ]) {
      let message = "";
      try {
        parseSsnFile(`E00001,123-45-6789\nE00002,${bad}`);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, bad).toBe("--ssns line 2: not a valid SSN for E00002");
      expect(message).not.toContain(bad.replace(/-/g, "").slice(0, 5));
    }
  });

  it("refuses an employee listed twice and a malformed line", () => {
    expect(() => parseSsnFile("E1,123456789\nE1,223456789")).toThrow("--ssns line 2: E1 appears twice");
    expect(() => parseSsnFile("E1")).toThrow("--ssns line 1: must be external_id,ssn");
  });
});
