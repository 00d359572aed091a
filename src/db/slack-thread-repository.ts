import type { PrismaClient } from "./generated/prisma/client";

export type SlackThreadRepository = ReturnType<typeof createSlackThreadRepository>;

/** Which specialists'-channel thread belongs to which case, both ways. */
export function createSlackThreadRepository(prisma: PrismaClient) {
  return {
    async threadOfCase(caseId: string): Promise<{ channel: string; threadTs: string } | undefined> {
      const row = await prisma.slackCaseThread.findUnique({ where: { caseId } });
      return row ? { channel: row.channel, threadTs: row.threadTs } : undefined;
    },
    async caseOfThread(channel: string, threadTs: string): Promise<string | undefined> {
      const row = await prisma.slackCaseThread.findUnique({
        where: { channel_threadTs: { channel, threadTs } },
      });
      return row?.caseId;
    },
    /** Remembers the case's thread; the first one wins when two deliveries race. */
    async rememberThread(caseId: string, channel: string, threadTs: string): Promise<void> {
      await prisma.slackCaseThread.createMany({
        data: [{ caseId, channel, threadTs }],
        skipDuplicates: true,
      });
    },
  };
}
