import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import type { FederalW4Input, StateW4Input } from "../core/payroll/paycheck-input";
import { type AuditEntry, recordAudit } from "./audit-repository";
import type { Database } from "./database";
import { Prisma } from "./generated/prisma/client";

export type SignedCertificate = {
  id: string;
  federalW4: FederalW4Input;
  stateW4: StateW4Input | null;
  effectivePayDate: string | null;
};

/**
 * Withholding certificates signed in chat. Signing stores the certificate under its idempotency key,
 * makes it the employee's certificate on file and writes the audit row, in one transaction: a double
 * click or a retried submission finds the first certificate and changes nothing more.
 */
export function withholdingRepository(db: Database) {
  const { prisma } = db;
  return {
    /** The employee's certificates on file (what the next pay run reads). */
    async current(
      employeeId: string,
    ): Promise<{ clientId: string; federalW4: FederalW4Input; stateW4: StateW4Input | null } | null> {
      const row = await prisma.employee.findUnique({
        where: { id: employeeId },
        select: { clientId: true, federalW4: true, stateW4: true },
      });
      return row
        ? {
            clientId: row.clientId,
            federalW4: row.federalW4 as unknown as FederalW4Input,
            stateW4: (row.stateW4 as unknown as StateW4Input | null) ?? null,
          }
        : null;
    },

    /** The client's payroll contacts (client admins), told when a certificate changes. */
    async payrollContacts(clientId: string): Promise<string[]> {
      const rows = await prisma.employee.findMany({
        where: { clientId, roles: { has: "client_admin" } },
        select: { id: true },
        orderBy: { name: "asc" },
      });
      return rows.map((r) => r.id);
    },

    async sign(input: {
      clientId: string;
      employeeId: string;
      federalW4: FederalW4Input;
      stateW4?: StateW4Input | undefined;
      effectivePayDate: string | null;
      exemptExpires?: string | undefined;
      idempotencyKey: string;
      audit: AuditEntry;
    }): Promise<{ outcome: "signed" | "already"; certificate: SignedCertificate }> {
      const existing = await prisma.withholdingCertificate.findUnique({
        where: { idempotencyKey: input.idempotencyKey },
      });
      if (existing) return { outcome: "already", certificate: toCertificate(existing) };
      try {
        return await prisma.$transaction(async (tx) => {
          const before = await tx.employee.findUniqueOrThrow({
            where: { id: input.employeeId },
            select: { federalW4: true, stateW4: true },
          });
          const created = await tx.withholdingCertificate.create({
            data: {
              clientId: input.clientId,
              employeeId: input.employeeId,
              federalW4: input.federalW4 as unknown as Prisma.InputJsonValue,
              ...(input.stateW4 ? { stateW4: input.stateW4 as unknown as Prisma.InputJsonValue } : {}),
              effectivePayDate: input.effectivePayDate ? utcMidnight(input.effectivePayDate) : null,
              exemptExpires: input.exemptExpires ? utcMidnight(input.exemptExpires) : null,
              idempotencyKey: input.idempotencyKey,
              replacedFederalW4: before.federalW4 as Prisma.InputJsonValue,
              ...(before.stateW4 === null
                ? {}
                : { replacedStateW4: before.stateW4 as Prisma.InputJsonValue }),
            },
          });
          const stateW4 = input.stateW4
            ? { ...((before.stateW4 as Record<string, unknown> | null) ?? {}), ...input.stateW4 }
            : undefined;
          await tx.employee.update({
            where: { id: input.employeeId },
            data: {
              federalW4: input.federalW4 as unknown as Prisma.InputJsonValue,
              ...(stateW4 ? { stateW4: stateW4 as Prisma.InputJsonValue } : {}),
            },
          });
          await recordAudit(tx, {
            ...input.audit,
            subjectType: "Employee",
            subjectId: input.employeeId,
            clientId: input.clientId,
            before: { federalW4: auditSummary(before.federalW4), stateW4: auditSummary(before.stateW4) },
            after: {
              federalW4: auditSummary(input.federalW4),
              stateW4: auditSummary(stateW4 ?? null),
              certificateId: created.id,
              effectivePayDate: input.effectivePayDate,
            },
          });
          return { outcome: "signed" as const, certificate: toCertificate(created) };
        });
      } catch (error) {
        // A concurrent click stored the same key first: that one is the signature.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          const first = await prisma.withholdingCertificate.findUniqueOrThrow({
            where: { idempotencyKey: input.idempotencyKey },
          });
          return { outcome: "already", certificate: toCertificate(first) };
        }
        throw error;
      }
    },
  };
}
export type WithholdingRepository = ReturnType<typeof withholdingRepository>;

/**
 * What the audit row says of a certificate: its statuses and flags, and which amount lines are filled
 * in, never the amounts (income and deductions stay in the certificate row, not the audit trail).
 */
function auditSummary(certificate: unknown): Record<string, unknown> | null {
  if (typeof certificate !== "object" || certificate === null) return null;
  const out: Record<string, unknown> = {};
  const amounts: string[] = [];
  for (const [key, value] of Object.entries(certificate as Record<string, unknown>)) {
    if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) amounts.push(key);
    else out[key] = value;
  }
  if (amounts.length > 0) out.amountsGiven = amounts.sort();
  return out;
}

function toCertificate(row: {
  id: string;
  federalW4: unknown;
  stateW4: unknown;
  effectivePayDate: Date | null;
}): SignedCertificate {
  return {
    id: row.id,
    federalW4: row.federalW4 as FederalW4Input,
    stateW4: (row.stateW4 as StateW4Input | null) ?? null,
    effectivePayDate: row.effectivePayDate ? isoDay(row.effectivePayDate) : null,
  };
}
