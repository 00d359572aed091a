import type { PrismaClient } from "./generated/prisma/client";

const employeeSelect = {
  id: true,
  name: true,
  email: true,
  roles: true,
  clientId: true,
  timezone: true,
  terminationDate: true,
  client: { select: { timezone: true } },
} as const;

const staffSelect = { id: true, name: true, email: true, roles: true, timezone: true } as const;

export type IdentityRepository = ReturnType<typeof createIdentityRepository>;

/** Lookups that map a channel identity (Slack, Teams, email) to an employee or ASO staff member. */
export function createIdentityRepository(prisma: PrismaClient) {
  return {
    clientBySlackTeam: (slackTeamId: string) =>
      prisma.clientEmployer.findUnique({ where: { slackTeamId }, select: { id: true, name: true } }),
    clientByTeamsTenant: (teamsTenantId: string) =>
      prisma.clientEmployer.findUnique({ where: { teamsTenantId }, select: { id: true, name: true } }),
    employeeBySlackUser: (clientId: string, slackUserId: string) =>
      prisma.employee.findFirst({ where: { clientId, slackUserId }, select: employeeSelect }),
    employeeByTeamsUser: (clientId: string, teamsUserId: string) =>
      prisma.employee.findFirst({ where: { clientId, teamsUserId }, select: employeeSelect }),
    employeeByEmail: (email: string, clientId?: string) =>
      prisma.employee.findFirst({
        where: { email: { equals: email, mode: "insensitive" }, ...(clientId ? { clientId } : {}) },
        select: employeeSelect,
      }),
    employeeById: (id: string) => prisma.employee.findUnique({ where: { id }, select: employeeSelect }),
    staffBySlackUser: (slackUserId: string) =>
      prisma.staff.findUnique({ where: { slackUserId }, select: staffSelect }),
    staffByTeamsUser: (teamsUserId: string) =>
      prisma.staff.findUnique({ where: { teamsUserId }, select: staffSelect }),
    staffByEmail: (email: string) =>
      prisma.staff.findFirst({
        where: { email: { equals: email, mode: "insensitive" } },
        select: staffSelect,
      }),
    staffById: (id: string) => prisma.staff.findUnique({ where: { id }, select: staffSelect }),
    /** Remembers a Slack user id found through `users.info` so the next lookup is direct. */
    linkSlackUser: (employeeId: string, slackUserId: string) =>
      prisma.employee.update({ where: { id: employeeId }, data: { slackUserId } }),
    linkTeamsUser: (employeeId: string, teamsUserId: string) =>
      prisma.employee.update({ where: { id: employeeId }, data: { teamsUserId } }),
  };
}
