import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import type { Dated } from "../core/tables/dated";
import { type AuditEntry, recordAudit } from "./audit-repository";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

export type StoredTaxTable = Dated<unknown> & { table: string; checksum: string };

/** Tax tables loaded at run time, merged by the engine over its built-in tables. */
export function createTaxTableRepository(prisma: PrismaClient) {
  return {
    /**
     * Stores the entries in one transaction: an entry with the same table, effective date and
     * checksum is unchanged; a changed one replaces the stored one. Each change is audited.
     */
    async importEntries(
      entries: readonly StoredTaxTable[],
      audit: AuditEntry,
    ): Promise<{ imported: string[]; unchanged: string[] }> {
      return prisma.$transaction(async (tx) => {
        const imported: string[] = [];
        const unchanged: string[] = [];
        for (const e of entries) {
          const key = `${e.table}@${e.effective}`;
          const existing = await tx.taxTable.findUnique({
            where: { table_effective: { table: e.table, effective: utcMidnight(e.effective) } },
          });
          if (existing?.checksum === e.checksum) {
            unchanged.push(key);
            continue;
          }
          const data = {
            through: e.through ? utcMidnight(e.through) : null,
            source: e.source,
            unverified: e.unverified === true,
            value: e.value as Prisma.InputJsonValue,
            checksum: e.checksum,
            importedBy: audit.actorId ?? audit.actorKind,
          };
          const row = await tx.taxTable.upsert({
            where: { table_effective: { table: e.table, effective: utcMidnight(e.effective) } },
            create: { table: e.table, effective: utcMidnight(e.effective), ...data },
            update: { ...data, importedAt: new Date() },
          });
          await recordAudit(tx, {
            ...audit,
            subjectType: "TaxTable",
            subjectId: row.id,
            clientId: null,
            before: existing ? { source: existing.source, checksum: existing.checksum } : null,
            after: {
              table: e.table,
              effective: e.effective,
              through: e.through ?? null,
              source: e.source,
              checksum: e.checksum,
            },
          });
          imported.push(key);
        }
        return { imported, unchanged };
      });
    },

    /**
     * Sets a client's `settings.payroll.carryForwardTables`, audited; returns whether it changed.
     */
    async setCarryForward(clientId: string, on: boolean, audit: AuditEntry): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const client = await tx.clientEmployer.findUniqueOrThrow({ where: { id: clientId } });
        const settings = (client.settings ?? {}) as Record<string, unknown>;
        const payroll = (settings.payroll ?? {}) as Record<string, unknown>;
        const before = payroll.carryForwardTables === true;
        if (before === on) return false;
        await tx.clientEmployer.update({
          where: { id: clientId },
          data: {
            settings: {
              ...settings,
              payroll: { ...payroll, carryForwardTables: on },
            } as Prisma.InputJsonValue,
          },
        });
        await recordAudit(tx, {
          ...audit,
          subjectType: "ClientEmployer",
          subjectId: clientId,
          clientId,
          before: { carryForwardTables: before },
          after: { carryForwardTables: on },
        });
        return true;
      });
    },

    /** Every loaded entry, by table name. */
    async byTable(): Promise<Map<string, Dated<unknown>[]>> {
      const rows = await prisma.taxTable.findMany({ orderBy: [{ table: "asc" }, { effective: "asc" }] });
      const out = new Map<string, Dated<unknown>[]>();
      for (const r of rows) {
        const entry: Dated<unknown> = {
          effective: isoDay(r.effective),
          ...(r.through ? { through: isoDay(r.through) } : {}),
          source: r.source,
          value: r.value,
          ...(r.unverified ? { unverified: true } : {}),
        };
        out.set(r.table, [...(out.get(r.table) ?? []), entry]);
      }
      return out;
    },
  };
}
export type TaxTableRepository = ReturnType<typeof createTaxTableRepository>;
