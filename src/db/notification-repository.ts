import type { Prisma, PrismaClient } from "./generated/prisma/client";

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;

/** Deliveries already made and where updatable messages were posted (channels.prisma). */
export function createNotificationRepository(prisma: PrismaClient) {
  return {
    async wasDelivered(idempotencyKey: string): Promise<boolean> {
      return (await prisma.notificationDelivery.count({ where: { idempotencyKey } })) > 0;
    },

    /** Records a delivery; false when another worker recorded the same key first. */
    async recordDelivery(idempotencyKey: string, recipient: unknown, channels: string[]): Promise<boolean> {
      const result = await prisma.notificationDelivery.createMany({
        data: [{ idempotencyKey, recipient: recipient as Prisma.InputJsonValue, channels }],
        skipDuplicates: true,
      });
      return result.count === 1;
    },

    async rememberMessage(
      updateKey: string,
      channel: string,
      address: Record<string, string>,
    ): Promise<void> {
      const addressKey = JSON.stringify(Object.entries(address).sort(([a], [b]) => a.localeCompare(b)));
      await prisma.channelMessageRef.createMany({
        data: [{ updateKey, channel, address, addressKey }],
        skipDuplicates: true,
      });
    },

    async messagesFor(updateKey: string): Promise<{ channel: string; address: Record<string, string> }[]> {
      const rows = await prisma.channelMessageRef.findMany({
        where: { updateKey },
        orderBy: { createdAt: "asc" },
      });
      return rows.map((r) => ({ channel: r.channel, address: r.address as Record<string, string> }));
    },

    async employeeTarget(employeeId: string) {
      return prisma.employee.findUnique({
        where: { id: employeeId },
        select: {
          id: true,
          name: true,
          email: true,
          clientId: true,
          slackUserId: true,
          teamsUserId: true,
          client: { select: { slackTeamId: true, teamsTenantId: true } },
        },
      });
    },

    async staffTarget(staffId: string) {
      return prisma.staff.findUnique({
        where: { id: staffId },
        select: { id: true, name: true, email: true, slackUserId: true, teamsUserId: true },
      });
    },
  };
}
