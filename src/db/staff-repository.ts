import { type AuditRecordInput, recordAudit } from "./audit-repository";
import type { Database } from "./database";
import type { Prisma } from "./generated/prisma/client";

/** An ASO staff member as the app sees it. */
export type StaffRecord = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  slackUserId: string | null;
  teamsUserId: string | null;
  timezone: string;
  /** EINs of the client employers this person serves. */
  clientEins: string[];
};

export type StaffData = Omit<StaffRecord, "id">;

type Tx = Prisma.TransactionClient;

const include = { clients: { include: { client: { select: { ein: true } } } } } as const;

function toRecord(row: Prisma.StaffGetPayload<{ include: typeof include }>): StaffRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    slackUserId: row.slackUserId,
    teamsUserId: row.teamsUserId,
    timezone: row.timezone,
    clientEins: row.clients.map((c) => c.client.ein).sort(),
  };
}

/** Staff reads and writes bound to one transaction (see `runStaffTransaction`). */
export type StaffRepository = {
  findByEmail(email: string): Promise<StaffRecord | null>;
  /** Client ids by EIN; EINs not on file are absent from the map. */
  clientIdsByEin(eins: string[]): Promise<Map<string, string>>;
  create(data: Omit<StaffData, "clientEins">): Promise<StaffRecord>;
  update(id: string, changes: Partial<Omit<StaffData, "clientEins">>): Promise<void>;
  assign(staffId: string, clientIds: string[]): Promise<void>;
  audit(entries: AuditRecordInput[]): Promise<void>;
};

function staffRepository(tx: Tx): StaffRepository {
  return {
    async findByEmail(email) {
      const row = await tx.staff.findUnique({ where: { email }, include });
      return row ? toRecord(row) : null;
    },
    async clientIdsByEin(eins) {
      const rows = await tx.clientEmployer.findMany({
        where: { ein: { in: eins } },
        select: { id: true, ein: true },
      });
      return new Map(rows.map((r) => [r.ein, r.id]));
    },
    async create(data) {
      const row = await tx.staff.create({ data, include });
      return toRecord(row);
    },
    async update(id, changes) {
      await tx.staff.update({ where: { id }, data: changes });
    },
    async assign(staffId, clientIds) {
      if (clientIds.length === 0) return;
      await tx.staffClientAssignment.createMany({
        data: clientIds.map((clientId) => ({ staffId, clientId })),
        skipDuplicates: true,
      });
    },
    async audit(entries) {
      await recordAudit(tx, entries);
    },
  };
}

/** Runs `fn` in one transaction with a staff repository bound to it. */
export async function runStaffTransaction<T>(
  db: Database,
  fn: (repo: StaffRepository) => Promise<T>,
): Promise<T> {
  return db.prisma.$transaction((tx) => fn(staffRepository(tx)), { maxWait: 10_000, timeout: 60_000 });
}

/** One staff member by email (outside any transaction). */
export async function findStaffByEmail(db: Database, email: string): Promise<StaffRecord | null> {
  const row = await db.prisma.staff.findUnique({ where: { email: email.trim().toLowerCase() }, include });
  return row ? toRecord(row) : null;
}

/** Every staff member, by name. */
export async function listStaff(db: Database): Promise<StaffRecord[]> {
  return (await db.prisma.staff.findMany({ include, orderBy: { name: "asc" } })).map(toRecord);
}
