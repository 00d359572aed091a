import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import { decryptField, encryptField, type Keyring, keyIdOfCiphertext } from "./field-encryption";
import type { PrismaClient } from "./generated/prisma/client";

export type SlackInstallationRecord = {
  teamId: string;
  enterpriseId: string;
  isEnterpriseInstall: boolean;
  botToken: string;
  botId: string;
  botUserId: string;
};

type InstallationRow = {
  teamId: string;
  enterpriseId: string;
  botToken: string;
  installation: unknown;
};

/** The associated data of a row's ciphertexts: a token copied onto another workspace's row fails. */
const ownerOf = (row: { enterpriseId: string; teamId: string }) =>
  `slack-installation:${row.enterpriseId}:${row.teamId}`;

/** What the `installation` column holds once encrypted: the whole object, sealed as one field. */
type SealedInstallation = { ciphertext: string };

const isSealed = (value: unknown): value is SealedInstallation =>
  typeof value === "object" && value !== null && typeof (value as SealedInstallation).ciphertext === "string";

/** Slack tokens start `xox…`; a stored value that is not a ciphertext predates encryption. */
const isCiphertext = (value: string) => value.startsWith("v1.");

function seal(
  keyring: Keyring,
  row: { enterpriseId: string; teamId: string },
  botToken: string,
  installation: object,
) {
  const owner = ownerOf(row);
  return {
    botToken: encryptField(keyring, botToken, owner).ciphertext,
    installation: { ciphertext: encryptField(keyring, JSON.stringify(installation), owner).ciphertext },
  };
}

/** A row's token and installation in clear; rows written before encryption are read as they are. */
function unseal(keyring: Keyring, row: InstallationRow): { botToken: string; installation: Installation } {
  const owner = ownerOf(row);
  return {
    botToken: isCiphertext(row.botToken) ? decryptField(keyring, row.botToken, owner) : row.botToken,
    installation: (isSealed(row.installation)
      ? JSON.parse(decryptField(keyring, row.installation.ciphertext, owner))
      : row.installation) as Installation,
  };
}

/**
 * Slack OAuth installations (multi-workspace mode). An organization-wide Enterprise Grid install is
 * stored under its enterprise id with an empty team id, and answers for every workspace of the org.
 * Bot tokens and the installation object (which holds the tokens too) are encrypted at rest with the
 * data-encryption keyring, read only when a token is stored or needed.
 */
export function createSlackInstallationRepository(prisma: PrismaClient, keys: () => Promise<Keyring>) {
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
        botId: bot.id,
        botUserId: bot.userId,
        ...seal(await keys(), key, bot.token, installation),
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
        if (row) return { ...row, ...unseal(await keys(), row) };
      }
      return undefined;
    },
    /** The earliest installation: in multi-workspace mode, the stand-in for the ASO's own workspace. */
    async first(): Promise<SlackInstallationRecord | undefined> {
      const row = await prisma.slackInstallation.findFirst({
        orderBy: [{ installedAt: "asc" }, { id: "asc" }],
      });
      return row ? { ...row, ...unseal(await keys(), row) } : undefined;
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

/**
 * Moves every Slack installation that is not under the current key to it, and encrypts rows stored
 * in clear before tokens were encrypted. Returns how many rows moved; safe to run again or to
 * interrupt (each row is rewritten in one update).
 */
export async function reencryptSlackInstallations(prisma: PrismaClient, keyring: Keyring): Promise<number> {
  let moved = 0;
  for (const row of await prisma.slackInstallation.findMany()) {
    const current =
      isCiphertext(row.botToken) &&
      keyIdOfCiphertext(row.botToken) === keyring.currentId &&
      isSealed(row.installation) &&
      keyIdOfCiphertext(row.installation.ciphertext) === keyring.currentId;
    if (current) continue;
    const clear = unseal(keyring, row);
    await prisma.slackInstallation.update({
      where: { id: row.id },
      data: seal(keyring, row, clear.botToken, clear.installation as unknown as object),
    });
    moved++;
  }
  return moved;
}

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
