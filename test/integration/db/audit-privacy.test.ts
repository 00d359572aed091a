import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimCase } from "../../../src/app/cases/claim-case";
import { openCase } from "../../../src/app/cases/open-case";
import { relayEmployeeMessage } from "../../../src/app/cases/relay-employee-message";
import { resolveCase } from "../../../src/app/cases/resolve-case";
import { sendSpecialistMessage } from "../../../src/app/cases/send-specialist-message";
import { recordAudit } from "../../../src/db/audit-repository";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { type CaseWorld, manualDeps, seedCaseWorld } from "../cases/case-fixtures";

const ROOT = join(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const SSN = "123-45-6789";
const ACCOUNT = "000123456789";
const ROUTING = "021000021";
const CARD = "4111 1111 1111 1111";
const PERSONAL = [SSN, "123456789", ACCOUNT, ROUTING, CARD, "4111111111111111"];

describe("the audit trail", () => {
  it("has one writer: no module but the audit repository creates audit rows", () => {
    const writers = [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "jobs"))]
      .filter((file) =>
        /auditLog\s*\.\s*(create|createMany|upsert|update|updateMany)\b/.test(readFileSync(file, "utf8")),
      )
      .map((file) => relative(ROOT, file));
    expect(writers).toEqual(["src/db/audit-repository.ts"]);
  });

  describe("rows written through the use cases", () => {
    let db: TestDatabase;
    let world: CaseWorld;
    beforeAll(async () => {
      db = await createTestDatabase();
      world = await seedCaseWorld(db.prisma);
    });
    afterAll(async () => {
      await db.cleanup();
    });

    it("carry no SSN, bank account, routing or card number, whatever was typed", async () => {
      const { deps } = manualDeps(db, "2026-03-03T15:00:00Z");
      const opened = await openCase(deps, {
        actor: world.employee,
        origin: "talk_to_human",
        transcript: [
          { role: "employee", text: `My SSN is ${SSN}, please fix my W-2.` },
          { role: "employee", text: `Deposit to account ${ACCOUNT} routing ${ROUTING}, card ${CARD}.` },
        ],
        headline: `W-2 fix for SSN ${SSN}`,
        openKey: "audit-privacy-1",
      });
      await claimCase(deps, { actor: world.specialist, caseId: opened.caseId });
      await sendSpecialistMessage(deps, {
        actor: world.specialist,
        caseId: opened.caseId,
        text: `Confirm the account ${ACCOUNT}?`,
        awaitReply: true,
      });
      await relayEmployeeMessage(deps, { actor: world.employee, text: `yes, ${ACCOUNT} and SSN ${SSN}` });
      await resolveCase(deps, {
        actor: world.specialist,
        caseId: opened.caseId,
        note: `Refunded to account ${ACCOUNT}, routing ${ROUTING}.`,
      });
      // A resolution note is a case message like any other: stored and delivered masked, body and reply.
      const resolution = await db.prisma.caseMessage.findFirstOrThrow({
        where: { caseId: opened.caseId },
        orderBy: { sequence: "desc" },
        select: { body: true, reply: true },
      });
      const said = JSON.stringify(resolution);
      expect(said).toContain("[bank number redacted]");
      for (const value of [ACCOUNT, ROUTING]) expect(said).not.toContain(value);
      // A caller passing personal numbers under innocent keys, or under their own names.
      await recordAudit(db.prisma, {
        actorKind: "system",
        actorId: null,
        action: "test.direct",
        subjectType: "Employee",
        subjectId: "employee-1",
        clientId: null,
        after: { ssn: SSN, bankAccountNumber: ACCOUNT, note: `routing ${ROUTING} account ${ACCOUNT}` },
      });

      const rows = await db.prisma.auditLog.findMany();
      expect(rows.length).toBeGreaterThan(2);
      const text = JSON.stringify(rows.map((r) => [r.action, r.before, r.after]));
      for (const value of PERSONAL) expect(text).not.toContain(value);
    });
  });
});
