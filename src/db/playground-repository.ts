import type { Reply } from "../conversation/reply";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

export type PlaygroundMessageRow = {
  id: string;
  actorRef: string;
  author: "user" | "assistant" | "notification";
  reply: Reply;
  updateKey: string | null;
  revision: number;
  createdAt: Date;
};

export type PlaygroundPersonaRows = {
  clients: { id: string; name: string; ein: string; state: string }[];
  employees: {
    id: string;
    clientId: string;
    name: string;
    workState: string;
    roles: string[];
    managerId: string | null;
  }[];
  staff: { id: string; name: string; roles: string[] }[];
};

type Row = {
  id: string;
  actorRef: string;
  author: string;
  reply: unknown;
  updateKey: string | null;
  revision: bigint;
  createdAt: Date;
};

function toMessage(row: Row): PlaygroundMessageRow {
  return {
    id: row.id,
    actorRef: row.actorRef,
    author: row.author as PlaygroundMessageRow["author"],
    reply: row.reply as Reply,
    updateKey: row.updateKey,
    revision: Number(row.revision),
    createdAt: row.createdAt,
  };
}

export type PlaygroundRepository = ReturnType<typeof createPlaygroundRepository>;

/**
 * The playground's chat history per persona (playground.prisma) and the demo people it offers as
 * personas. Every insert and in-place update takes a new `revision` from the table's sequence, so a
 * tab asks for "what changed since revision N" whichever process wrote it.
 */
export function createPlaygroundRepository(prisma: PrismaClient) {
  return {
    async append(input: {
      actorRef: string;
      author: PlaygroundMessageRow["author"];
      reply: Reply;
    }): Promise<PlaygroundMessageRow> {
      const row = await prisma.playgroundMessage.create({
        data: {
          actorRef: input.actorRef,
          author: input.author,
          reply: input.reply as unknown as Prisma.InputJsonValue,
          updateKey: input.reply.updateKey ?? null,
        },
      });
      return toMessage(row);
    },

    async byId(id: string): Promise<PlaygroundMessageRow | undefined> {
      const row = await prisma.playgroundMessage.findUnique({ where: { id } });
      return row ? toMessage(row) : undefined;
    },

    /** Replaces one message's reply and gives it a new revision; false when it no longer exists. */
    async replace(id: string, reply: Reply): Promise<boolean> {
      const count = await prisma.$executeRaw`
        UPDATE "playground_message"
        SET "reply" = ${JSON.stringify(reply)}::jsonb,
            "revision" = nextval(pg_get_serial_sequence('"playground_message"', 'revision')),
            "updatedAt" = now()
        WHERE "id" = ${id}::uuid`;
      return count > 0;
    },

    /** The messages carrying `updateKey` (every persona's copy of an approval card). */
    async withUpdateKey(updateKey: string): Promise<PlaygroundMessageRow[]> {
      const rows = await prisma.playgroundMessage.findMany({
        where: { updateKey },
        orderBy: { revision: "asc" },
      });
      return rows.map(toMessage);
    },

    /** Messages of these actor refs changed after `revision`, oldest first. */
    async since(
      actorRefs: readonly string[],
      revision: number,
      limit = 200,
    ): Promise<PlaygroundMessageRow[]> {
      const rows = await prisma.playgroundMessage.findMany({
        where: { actorRef: { in: [...actorRefs] }, revision: { gt: BigInt(revision) } },
        orderBy: { revision: "asc" },
        take: limit,
      });
      return rows.map(toMessage);
    },

    /** The last `limit` messages of these actor refs, oldest first. */
    async history(actorRefs: readonly string[], limit = 100): Promise<PlaygroundMessageRow[]> {
      const rows = await prisma.playgroundMessage.findMany({
        where: { actorRef: { in: [...actorRefs] } },
        orderBy: { createdAt: "desc" },
        take: limit,
      });
      return rows.map(toMessage).reverse();
    },

    /** The highest revision anyone wrote (0 when empty). */
    async latestRevision(): Promise<number> {
      const row = await prisma.playgroundMessage.findFirst({
        orderBy: { revision: "desc" },
        select: { revision: true },
      });
      return row ? Number(row.revision) : 0;
    },

    async personas(): Promise<PlaygroundPersonaRows> {
      const [clients, employees, staff] = await Promise.all([
        prisma.clientEmployer.findMany({
          select: { id: true, name: true, ein: true, state: true },
          orderBy: { name: "asc" },
        }),
        prisma.employee.findMany({
          where: { terminationDate: null },
          select: { id: true, clientId: true, name: true, workState: true, roles: true, managerId: true },
          orderBy: { name: "asc" },
        }),
        prisma.staff.findMany({ select: { id: true, name: true, roles: true }, orderBy: { name: "asc" } }),
      ]);
      return { clients, employees, staff };
    },
  };
}
