import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../src/log/logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger("info", stream) };
}

describe("createLogger", () => {
  it("masks identity, card and bank numbers in messages, fields and errors", () => {
    const { lines, logger } = capture();
    logger.info({ note: "routing 021000021" }, "ssn 123-45-6789 seen");
    logger.warn({ err: new Error("card 4111 1111 1111 1111 declined") }, "failed");
    const out = lines.join("");
    for (const secret of ["123-45-6789", "021000021", "4111 1111 1111 1111"])
      expect(out).not.toContain(secret);
    expect(out).toContain("[SSN redacted]");
  });

  it("drops bank account fields and the census's bank account lists whole", () => {
    const { lines, logger } = capture();
    logger.info(
      {
        employee: { accountNumber: "98765432101", routingNumber: "011000015" },
        row: { bankAccounts: [{ accountNumber: "55501234" }], fundingAccount: { accountNumber: "44409876" } },
        change: { verificationCode: "482913" },
      },
      "imported",
    );
    const out = lines.join("");
    for (const secret of ["98765432101", "011000015", "55501234", "44409876", "482913"])
      expect(out).not.toContain(secret);
  });
});
