import { z } from "zod";
import type { Clock } from "../../core/clock";
import { type Actor, actorRef, STAFF_ROLES } from "../../core/policy/actor";
import type { Database } from "../../db/database";
import { runStaffTransaction, type StaffRecord } from "../../db/staff-repository";
import { DomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";
import { Ein } from "./census.schema";

/** Input of `addStaff` (the `aso staff add` flags, or one entry of prisma/demo/staff.json). */
export const StaffInputSchema = z
  .strictObject({
    email: z.email().transform((e) => e.trim().toLowerCase()),
    name: z.string().trim().min(1),
    roles: z.array(z.enum(STAFF_ROLES)).min(1).default(["specialist"]),
    slackUserId: z.string().trim().min(1).nullable().optional(),
    teamsUserId: z.string().trim().min(1).nullable().optional(),
    timezone: z.string().trim().min(1).default("America/New_York"),
    /** EINs of the client employers this person serves (added to, never removed). */
    clients: z.array(Ein).default([]),
  })
  .refine((s) => Boolean(s.slackUserId || s.teamsUserId), {
    message: "give a Slack user id or a Teams user id",
    path: ["slackUserId"],
  })
  .refine(
    (s) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: s.timezone });
        return true;
      } catch {
        return false;
      }
    },
    { message: "must be an IANA time zone such as America/New_York", path: ["timezone"] },
  );
export type StaffInput = z.input<typeof StaffInputSchema>;

export type AddStaffResult = { staff: StaffRecord; status: "created" | "updated" | "unchanged" };

/**
 * Adds an ASO staff member, or updates the one with that email (idempotent: the same input twice
 * changes nothing the second time). Client assignments given are added; existing ones are kept.
 * Audited as `staff.created` / `staff.updated`.
 *
 * @throws DomainError `input.invalid` naming the field; `record.not_found` for an EIN not on file.
 */
export async function addStaff(
  db: Database,
  input: StaffInput,
  ctx: { clock: Clock; actor?: Actor; requestId?: string },
): Promise<AddStaffResult> {
  const parsed = StaffInputSchema.safeParse(input);
  if (!parsed.success) throw new DomainError("input.invalid", formatZodIssue(parsed.error));
  const { clients, ...data } = parsed.data;
  const desired = {
    email: data.email,
    name: data.name,
    roles: [...new Set(data.roles)],
    slackUserId: data.slackUserId ?? null,
    teamsUserId: data.teamsUserId ? data.teamsUserId.toLowerCase() : null,
    timezone: data.timezone,
  };
  const actor = ctx.actor ?? { kind: "system" as const, name: "cli" };
  const at = ctx.clock.now();
  const base = {
    at,
    ...actorRef(actor),
    subjectType: "Staff",
    clientId: null,
    requestId: ctx.requestId ?? null,
  };
  return runStaffTransaction(db, async (repo) => {
    const clientIds = await repo.clientIdsByEin(clients);
    const unknown = clients.find((ein) => !clientIds.has(ein));
    if (unknown)
      throw new DomainError("record.not_found", `client ${unknown} is not on file (import its census first)`);
    const current = await repo.findByEmail(desired.email);
    if (!current) {
      const created = await repo.create(desired);
      await repo.assign(created.id, [...clientIds.values()]);
      await repo.audit([
        {
          ...base,
          action: "staff.created",
          subjectId: created.id,
          before: null,
          after: { ...desired, clients },
        },
      ]);
      return { staff: { ...created, clientEins: [...clients].sort() }, status: "created" };
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of Object.keys(desired) as (keyof typeof desired)[]) {
      if (JSON.stringify(current[key]) !== JSON.stringify(desired[key])) {
        before[key] = current[key];
        after[key] = desired[key];
      }
    }
    const newClients = clients.filter((ein) => !current.clientEins.includes(ein));
    if (newClients.length > 0) {
      before.clients = current.clientEins;
      after.clients = [...new Set([...current.clientEins, ...newClients])].sort();
    }
    if (Object.keys(after).length === 0) return { staff: current, status: "unchanged" };
    const { clients: _c, ...fieldChanges } = after;
    if (Object.keys(fieldChanges).length > 0) await repo.update(current.id, fieldChanges);
    await repo.assign(
      current.id,
      newClients.map((ein) => clientIds.get(ein) as string),
    );
    await repo.audit([{ ...base, action: "staff.updated", subjectId: current.id, before, after }]);
    const staff = await repo.findByEmail(desired.email);
    return { staff: staff as StaffRecord, status: "updated" };
  });
}
