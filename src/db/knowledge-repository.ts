import type { DocumentCoverage } from "../knowledge/coverage/plan-coverage";
import type { IndexedSection } from "../knowledge/knowledge-index";
import type { KnowledgeStore, StoredDocumentInput } from "../knowledge/knowledge-store";
import { Prisma, type PrismaClient } from "./generated/prisma/client";

/**
 * The knowledge base in the database (KbDocument, KbSection): one client's documents, their
 * sections and extracted coverage. Replacing a document deletes its old sections and writes the new ones in one
 * transaction, so a reader never sees a half-ingested document.
 */
export function createKnowledgeRepository(prisma: PrismaClient): KnowledgeStore & {
  listDocuments(clientId: string): Promise<{ name: string; title: string; sections: number }[]>;
} {
  return {
    async listSections(clientId): Promise<IndexedSection[]> {
      const rows = await prisma.kbSection.findMany({
        where: { clientId },
        include: { document: { select: { name: true } } },
        orderBy: [{ document: { name: "asc" } }, { ordinal: "asc" }],
      });
      return rows.map((r) => ({
        id: r.id,
        document: r.document.name,
        section: r.section,
        headingPath: r.headingPath,
        text: r.text,
        embedding: Array.isArray(r.embedding) ? (r.embedding as number[]) : null,
      }));
    },
    async listCoverage(clientId) {
      const docs = await prisma.kbDocument.findMany({
        where: { clientId, NOT: { coverage: { equals: Prisma.DbNull } } },
        select: { name: true, coverage: true },
      });
      return new Map(docs.map((d) => [d.name, d.coverage as unknown as DocumentCoverage]));
    },
    async version(clientId) {
      const agg = await prisma.kbDocument.aggregate({
        where: { clientId },
        _count: { _all: true },
        _max: { updatedAt: true },
      });
      return `${agg._count._all}:${agg._max.updatedAt?.toISOString() ?? "-"}`;
    },
    async documentHash(clientId, name) {
      const doc = await prisma.kbDocument.findUnique({
        where: { clientId_name: { clientId, name } },
        select: { contentHash: true },
      });
      return doc?.contentHash ?? null;
    },
    async replaceDocument(clientId, document: StoredDocumentInput) {
      await prisma.$transaction(async (tx) => {
        const doc = await tx.kbDocument.upsert({
          where: { clientId_name: { clientId, name: document.name } },
          create: {
            clientId,
            name: document.name,
            format: document.format,
            title: document.title,
            contentHash: document.contentHash,
            coverage: coverageJson(document.coverage),
          },
          update: {
            format: document.format,
            title: document.title,
            contentHash: document.contentHash,
            coverage: coverageJson(document.coverage),
          },
        });
        await tx.kbSection.deleteMany({ where: { documentId: doc.id } });
        await tx.kbSection.createMany({
          data: document.sections.map((s) => ({
            documentId: doc.id,
            clientId,
            ordinal: s.ordinal,
            headingPath: s.headingPath,
            section: s.section,
            text: s.text,
            ...(s.embedding ? { embedding: s.embedding as Prisma.InputJsonValue } : {}),
          })),
        });
      });
    },
    async listDocuments(clientId) {
      const docs = await prisma.kbDocument.findMany({
        where: { clientId },
        orderBy: { name: "asc" },
        select: { name: true, title: true, _count: { select: { sections: true } } },
      });
      return docs.map((d) => ({ name: d.name, title: d.title, sections: d._count.sections }));
    },
  };
}

function coverageJson(
  coverage: DocumentCoverage | null | undefined,
): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return coverage ? (coverage as unknown as Prisma.InputJsonValue) : Prisma.DbNull;
}
