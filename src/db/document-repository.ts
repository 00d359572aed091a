import { isoDay } from "../core/calendar/iso-date";
import { type AuditEntry, recordAudit } from "./audit-repository";
import type { PrismaClient } from "./generated/prisma/client";

export type EmployeeDocumentKind = "pay_stub" | "employment_verification" | "w2";

export type StoredDocument = {
  id: string;
  clientId: string;
  employeeId: string;
  kind: EmployeeDocumentKind;
  subject: string;
  fileName: string;
  title: string;
  createdAt: Date;
};

type Row = {
  id: string;
  clientId: string;
  employeeId: string;
  kind: string;
  subject: string;
  fileName: string;
  title: string;
  createdAt: Date;
};

const toDocument = (r: Row): StoredDocument => ({
  id: r.id,
  clientId: r.clientId,
  employeeId: r.employeeId,
  kind: r.kind as EmployeeDocumentKind,
  subject: r.subject,
  fileName: r.fileName,
  title: r.title,
  createdAt: r.createdAt,
});

const META = {
  id: true,
  clientId: true,
  employeeId: true,
  kind: true,
  subject: true,
  fileName: true,
  title: true,
  createdAt: true,
} as const;

/** Documents rendered for employees on request; each is saved with its audit row (what, who, when). */
export function createDocumentRepository(prisma: PrismaClient) {
  return {
    /**
     * Save a rendered document once per `requestKey` (a retry returns the first one), with an audit
     * row naming the kind and what it covers, never its figures.
     */
    async save(input: {
      clientId: string;
      employeeId: string;
      kind: EmployeeDocumentKind;
      subject: string;
      fileName: string;
      title: string;
      pdf: Buffer;
      requestKey: string;
      at: Date;
      audit: AuditEntry;
    }): Promise<{ kind: "created" | "existing"; document: StoredDocument }> {
      return prisma.$transaction(async (tx) => {
        const prior = await tx.employeeDocument.findUnique({
          where: { employeeId_requestKey: { employeeId: input.employeeId, requestKey: input.requestKey } },
          select: META,
        });
        if (prior) return { kind: "existing" as const, document: toDocument(prior) };
        const row = await tx.employeeDocument.create({
          data: {
            clientId: input.clientId,
            employeeId: input.employeeId,
            kind: input.kind,
            subject: input.subject,
            fileName: input.fileName,
            title: input.title,
            pdf: new Uint8Array(input.pdf),
            requestKey: input.requestKey,
            createdAt: input.at,
          },
          select: META,
        });
        await recordAudit(tx, {
          ...input.audit,
          at: input.at,
          subjectType: "EmployeeDocument",
          subjectId: row.id,
          clientId: input.clientId,
          after: { kind: input.kind, subject: input.subject },
        });
        return { kind: "created" as const, document: toDocument(row) };
      });
    },

    /** The employment facts a letter states, or null for an unknown employee. */
    async employmentFacts(employeeId: string) {
      const row = await prisma.employee.findUnique({
        where: { id: employeeId },
        select: {
          id: true,
          clientId: true,
          name: true,
          hireDate: true,
          terminationDate: true,
          jobTitle: true,
          payType: true,
          payRate: true,
          client: { select: { name: true, payFrequency: true } },
        },
      });
      if (!row) return null;
      return {
        id: row.id,
        clientId: row.clientId,
        name: row.name,
        hireDate: isoDay(row.hireDate),
        terminationDate: row.terminationDate ? isoDay(row.terminationDate) : null,
        jobTitle: row.jobTitle,
        payType: row.payType === "salary" ? ("salary" as const) : ("hourly" as const),
        payRate: row.payRate.toString(),
        employer: { name: row.client.name, payFrequency: row.client.payFrequency },
      };
    },

    /** A document and its bytes, only when it belongs to `employeeId` (anyone else gets null). */
    async findForEmployee(
      id: string,
      employeeId: string,
    ): Promise<(StoredDocument & { pdf: Buffer }) | null> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const row = await prisma.employeeDocument.findFirst({ where: { id, employeeId } });
      return row ? { ...toDocument(row), pdf: Buffer.from(row.pdf) } : null;
    },
  };
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
