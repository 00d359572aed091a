import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { PrismaClient } from "./generated/prisma/client";

export type SlackInstallationRecord = {
  teamId: string;
  enterpriseId: string;
  isEnterpriseInstall: boolean;
  botToken: string;
  botId: string;
  botUserId: string;
};

/**
 * Slack OAuth installations (multi-workspace mode). An organization-wide Enterprise Grid install is
 * stored under its enterprise id with an empty team id, and answers for every workspace of the org.
 */
export function createSlackInstallationRepository(prisma: PrismaClient) {
  const keyOf = (i: {
    teamId?: string | undefined;
    enterpriseId?: string | undefined;
    isEnterpriseInstall?: boolean;
  }) => ({
    enterpriseId: i.enterpriseId ?? "",
    teamId: i.isEnterpriseInstall ? "" : (i.teamId ?? ""),
  });
  const repo = {
    async save(installation: Installation): Promise<void> {
      const isEnterpriseInstall = installation.isEnterpriseInstall === true;
      const key = keyOf({
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall,
      });
      const bot = installation.bot;
      if (!bot) throw new Error("slack installation without a bot token");
      const data = {
        isEnterpriseInstall,
        botToken: bot.token,
        botId: bot.id,
        botUserId: bot.userId,
        installation: JSON.parse(JSON.stringify(installation)) as object,
      };
      // Installing again re-enables a workspace that had uninstalled the app.
      await prisma.$transaction([
        prisma.slackInstallation.upsert({
          where: { enterpriseId_teamId: key },
          create: { ...key, ...data },
          update: data,
        }),
        prisma.slackDisabledWorkspace.deleteMany({ where: key }),
      ]);
    },
    /**
     * The installation serving a workspace: its own, else its Grid organization's. Without an
     * enterprise id (a census `slackTeamId` carries none) the workspace's own install is found whether
     * or not the workspace belongs to a Grid organization.
     */
    async find(query: {
      teamId?: string | undefined;
      enterpriseId?: string | undefined;
      isEnterpriseInstall?: boolean;
    }): Promise<(SlackInstallationRecord & { installation: Installation }) | undefined> {
      const candidates = [];
      if (query.teamId && !query.isEnterpriseInstall)
        candidates.push(
          query.enterpriseId === undefined
            ? { teamId: query.teamId, isEnterpriseInstall: false }
            : { enterpriseId: query.enterpriseId, teamId: query.teamId },
        );
      if (query.enterpriseId) candidates.push({ enterpriseId: query.enterpriseId, teamId: "" });
      for (const where of candidates) {
        // The latest, should a workspace have been installed both before and after joining a Grid org.
        const row = await prisma.slackInstallation.findFirst({ where, orderBy: { updatedAt: "desc" } });
        if (row) return { ...row, installation: row.installation as unknown as Installation };
      }
      return undefined;
    },
    /** The earliest installation: in multi-workspace mode, the stand-in for the ASO's own workspace. */
    async first(): Promise<SlackInstallationRecord | undefined> {
      const row = await prisma.slackInstallation.findFirst({
        orderBy: [{ installedAt: "asc" }, { id: "asc" }],
      });
      return row ?? undefined;
    },
    async delete(query: {
      teamId?: string | undefined;
      enterpriseId?: string | undefined;
      isEnterpriseInstall?: boolean;
    }) {
      await prisma.slackInstallation.deleteMany({ where: keyOf(query) });
    },
    /**
     * The workspace uninstalled the app or revoked its bot token: remember it (so no process sends to
     * it, whichever token it would use) and drop its stored tokens, which no longer work. Idempotent:
     * Slack retries events, and both events may arrive for one uninstall.
     */
    async disable(
      query: {
        teamId?: string | undefined;
        enterpriseId?: string | undefined;
        isEnterpriseInstall?: boolean;
      },
      reason: "app_uninstalled" | "tokens_revoked",
    ): Promise<void> {
      const key = keyOf(query);
      await prisma.$transaction([
        prisma.slackDisabledWorkspace.upsert({
          where: { enterpriseId_teamId: key },
          create: { ...key, reason },
          update: {},
        }),
        prisma.slackInstallation.deleteMany({ where: key }),
      ]);
    },
    /**
     * Whether deliveries to a workspace must stop: the workspace itself, or its Grid organization's
     * org-wide install, was disabled. Without an enterprise id (a census `slackTeamId`) any mark of
     * that workspace counts.
     */
    async isDisabled(query: {
      teamId?: string | undefined;
      enterpriseId?: string | undefined;
    }): Promise<boolean> {
      const or = [
        ...(query.teamId
          ? [
              query.enterpriseId === undefined
                ? { teamId: query.teamId }
                : { teamId: query.teamId, enterpriseId: query.enterpriseId },
            ]
          : []),
        ...(query.enterpriseId ? [{ enterpriseId: query.enterpriseId, teamId: "" }] : []),
      ];
      if (or.length === 0) return false;
      return (await prisma.slackDisabledWorkspace.count({ where: { OR: or } })) > 0;
    },
  };
  return repo;
}

export type SlackInstallationRepository = ReturnType<typeof createSlackInstallationRepository>;

/** The repository as @slack/oauth's InstallationStore (used by the OAuth install flow). */
export function installationStoreOf(repo: SlackInstallationRepository): InstallationStore {
  return {
    storeInstallation: (installation) => repo.save(installation as Installation),
    fetchInstallation: async (query: InstallationQuery<boolean>) => {
      const found = await repo.find(query);
      if (!found) throw new Error("no slack installation for this workspace");
      return found.installation;
    },
    deleteInstallation: (query: InstallationQuery<boolean>) => repo.delete(query),
  };
}
