import type { HomeAddress, PersonalDetailsChange } from "../app/personal/address-form";
import { isoDay, utcMidnight } from "../core/calendar/iso-date";
import { type AuditEntry, recordAudit } from "./audit-repository";
import type { Database } from "./database";
import { Prisma } from "./generated/prisma/client";

export type OnFileDetails = {
  clientId: string;
  name: string;
  homeAddress: HomeAddress | null;
  homeLocality: string | null;
  workState: string;
};

/**
 * Home address and personal details changed in chat. A change is stored under its confirm key, made
 * the employee's details on file and audited in one transaction: a double click or a retried
 * submission finds the first change and changes nothing more.
 */
export function personalDetailsRepository(db: Database) {
  const { prisma } = db;
  return {
    async onFile(employeeId: string): Promise<OnFileDetails | null> {
      const row = await prisma.employee.findUnique({
        where: { id: employeeId },
        select: { clientId: true, name: true, homeAddress: true, localities: true, workState: true },
      });
      if (!row) return null;
      const localities = (row.localities as { home?: string } | null) ?? null;
      return {
        clientId: row.clientId,
        name: row.name,
        homeAddress: (row.homeAddress as HomeAddress | null) ?? null,
        homeLocality: localities?.home ?? null,
        workState: row.workState,
      };
    },

    async apply(input: {
      clientId: string;
      employeeId: string;
      change: PersonalDetailsChange;
      effectivePayDate: string | null;
      changedBy: string;
      idempotencyKey: string;
      audit: AuditEntry;
    }): Promise<{ outcome: "changed" | "already"; effectivePayDate: string | null; stateChanged: boolean }> {
      const existing = await prisma.personalDetailsChange.findUnique({
        where: { idempotencyKey: input.idempotencyKey },
      });
      if (existing) return already(existing);
      try {
        return await prisma.$transaction(async (tx) => {
          const before = await tx.employee.findUniqueOrThrow({
            where: { id: input.employeeId },
            select: { homeAddress: true },
          });
          const previousState = (before.homeAddress as HomeAddress | null)?.state ?? null;
          const { address, ...details } = input.change;
          await tx.personalDetailsChange.create({
            data: {
              clientId: input.clientId,
              employeeId: input.employeeId,
              details: input.change as unknown as Prisma.InputJsonValue,
              previousState,
              newState: address.state,
              effectivePayDate: input.effectivePayDate ? utcMidnight(input.effectivePayDate) : null,
              changedBy: input.changedBy,
              idempotencyKey: input.idempotencyKey,
            },
          });
          await tx.employee.update({
            where: { id: input.employeeId },
            data: { homeAddress: address as unknown as Prisma.InputJsonValue, ...details },
          });
          // The address and contact details are personal data: the audit row says which fields
          // changed and the home state (it moves resident taxes), never the values themselves.
          await recordAudit(tx, {
            ...input.audit,
            subjectType: "Employee",
            subjectId: input.employeeId,
            clientId: input.clientId,
            before: { homeState: previousState },
            after: {
              homeState: address.state,
              fieldsChanged: ["address", ...Object.keys(details)].sort(),
              effectivePayDate: input.effectivePayDate,
            },
          });
          return {
            outcome: "changed" as const,
            effectivePayDate: input.effectivePayDate,
            stateChanged: previousState !== address.state,
          };
        });
      } catch (error) {
        // A concurrent click stored the same key first: that one is the change.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          return already(
            await prisma.personalDetailsChange.findUniqueOrThrow({
              where: { idempotencyKey: input.idempotencyKey },
            }),
          );
        }
        throw error;
      }
    },
  };
}
export type PersonalDetailsRepository = ReturnType<typeof personalDetailsRepository>;

function already(row: { effectivePayDate: Date | null; previousState: string | null; newState: string }) {
  return {
    outcome: "already" as const,
    effectivePayDate: row.effectivePayDate ? isoDay(row.effectivePayDate) : null,
    stateChanged: row.previousState !== row.newState,
  };
}
